// Reads one bundled data file: tab-separated rows after `#` comment lines.
// In: a file URL. Out: the header comments and the rows as arrays of fields (empty fields kept).
// Splits raw UTF-8 bytes rather than Strings: the whole knowledge base must load in well under 100 ms.

import Foundation
import ReadoutCore

struct TSVFile {
    let comments: [String]
    let rows: [[String]]

    init(url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReadoutError(source: url.path, reason: "cannot read knowledge file (\(error.localizedDescription))")
        }
        var comments: [String] = []
        var rows: [[String]] = []
        rows.reserveCapacity(data.count / 40)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#")
            let carriageReturn = UInt8(ascii: "\r")
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != newline { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart && bytes[contentEnd - 1] == carriageReturn { contentEnd -= 1 }
                if contentEnd > lineStart {
                    if bytes[lineStart] == hash {
                        comments.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd]),
                                               as: UTF8.self))
                    } else {
                        var fields: [String] = []
                        var fieldStart = lineStart
                        for index in lineStart...contentEnd where index == contentEnd || bytes[index] == tab {
                            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]),
                                                 as: UTF8.self))
                            fieldStart = index + 1
                        }
                        rows.append(fields)
                    }
                }
                lineStart = lineEnd + 1
            }
        }
        self.comments = comments
        self.rows = rows
    }

    /// The comment line that names the file's source; the loader refuses files without one.
    var sourceLine: String? { comments.first { $0.hasPrefix("# source:") } }
}

extension Array where Element == String {
    /// Field `index`, or "" when the row is short.
    func field(_ index: Int) -> String { index < count ? self[index] : "" }

    func optionalField(_ index: Int) -> String? {
        let value = field(index)
        return value.isEmpty ? nil : value
    }

    func list(_ index: Int) -> [String] {
        field(index).split(separator: "|").map(String.init)
    }
}
