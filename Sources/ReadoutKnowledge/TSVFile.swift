// Reads one bundled data file: tab-separated rows after `#` comment lines.
// In: a file URL. Out: the header comments and the rows as arrays of fields (empty fields kept).

import Foundation
import ReadoutCore

struct TSVFile {
    let comments: [Substring]
    let rows: [[Substring]]

    init(url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ReadoutError(source: url.path, reason: "cannot read knowledge file (\(error.localizedDescription))")
        }
        let text = String(decoding: data, as: UTF8.self)
        var comments: [Substring] = []
        var rows: [[Substring]] = []
        rows.reserveCapacity(data.count / 40)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == "#" {
                comments.append(line)
            } else {
                rows.append(line.split(separator: "\t", omittingEmptySubsequences: false))
            }
        }
        self.comments = comments
        self.rows = rows
    }

    /// The comment line that names the file's source; the loader refuses files without one.
    var sourceLine: Substring? { comments.first { $0.hasPrefix("# source:") } }
}

extension Array where Element == Substring {
    /// Field `index` as a String, or "" when the row is short.
    func field(_ index: Int) -> String { index < count ? String(self[index]) : "" }

    func optionalField(_ index: Int) -> String? {
        let value = field(index)
        return value.isEmpty ? nil : value
    }

    func list(_ index: Int) -> [String] {
        field(index).split(separator: "|").map(String.init)
    }
}
