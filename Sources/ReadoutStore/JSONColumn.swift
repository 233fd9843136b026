// Values kept as JSON text in one column (authors, blocks, analyses), by every backend. Sorted keys make
// the same value always produce the same text, so stored JSON can be compared byte for byte.
import Foundation
import ReadoutCore

public enum JSONColumn {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Lists of names (authors, roles, participants) and name maps are most of the values written,
    /// a few per entity and event; JSONEncoder's setup costs more than writing them out directly.
    /// The text JSONEncoder writes with these settings (keys sorted), written out directly.
    public static func encode(_ strings: [String]) throws -> String {
        var out = "["
        for (i, string) in strings.enumerated() {
            if i > 0 { out += "," }
            appendQuoted(string, to: &out)
        }
        return out + "]"
    }

    public static func encode(_ map: [String: String]) throws -> String {
        var out = "{"
        for (i, key) in map.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            appendQuoted(key, to: &out)
            out += ":"
            appendQuoted(map[key]!, to: &out)
        }
        return out + "}"
    }

    private static func appendQuoted(_ string: String, to out: inout String) {
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    public static func decode<T: Decodable>(_ type: T.Type, _ text: String, column: String, document: Int64) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw ReadoutError(source: "document \(document)", reason: "stored \(column) cannot be read: \(error)")
        }
    }
}
