// Values kept as JSON text in one column (authors, blocks, analyses). Sorted keys make
// the same value always produce the same text, so stored JSON can be compared byte for byte.
import Foundation
import ReadoutCore

enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String, column: String, document: Int64) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw ReadoutError(source: "document \(document)", reason: "stored \(column) cannot be read: \(error)")
        }
    }
}
