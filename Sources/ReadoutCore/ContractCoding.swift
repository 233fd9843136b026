// Lenient JSON reading and stable JSON writing for the output contract.
// In: JSON from Readout, from gold files, or from any other program. Out: contract values
// where a missing, null or wrongly typed field reads as "absent" instead of failing the
// whole file, because a scorer must be able to score whatever a program printed.
import Foundation

/// A JSON object key chosen at run time (map keys such as document ids).
struct ContractKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Consumes one JSON value of any shape, so a bad array element can be skipped.
private struct SkippedValue: Decodable {
    init(from decoder: Decoder) throws {}
}

extension KeyedDecodingContainer {
    /// The value when present and of the expected type, else nil.
    func lenient<T: Decodable>(_ type: T.Type, _ key: Key) -> T? {
        (try? decodeIfPresent(T.self, forKey: key)) ?? nil
    }

    /// A list of strings; null elements are dropped, anything that is not a list reads as empty.
    func strings(_ key: Key) -> [String] {
        (lenient([String?].self, key) ?? []).compactMap { $0 }
    }

    /// A list of objects; elements that do not decode are skipped, not fatal.
    func lossyArray<T: Decodable>(_ type: T.Type, _ key: Key) -> [T] {
        guard var list = try? nestedUnkeyedContainer(forKey: key) else { return [] }
        var out: [T] = []
        while !list.isAtEnd {
            if let value = try? list.decode(T.self) {
                out.append(value)
            } else if (try? list.decode(SkippedValue.self)) == nil {
                break
            }
        }
        return out
    }
}

extension KeyedEncodingContainer {
    /// Writes `null` for an absent value: FORMAT.md shows these fields as null, not missing.
    mutating func encodeOrNull<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

public enum ContractJSON {
    /// Pretty, sorted keys (so two runs diff cleanly), UTF-8 text as is, `/` unescaped.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    public static func decodeOutput(_ data: Data, source: String) throws -> ContractOutput {
        do {
            return try JSONDecoder().decode(ContractOutput.self, from: data)
        } catch {
            throw ReadoutError(source: source, reason: "not a Readout/FORMAT.md JSON document (\(error.localizedDescription))")
        }
    }

    public static func readOutput(file: URL) throws -> ContractOutput {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ReadoutError(source: file.path, reason: "cannot read file (\(error.localizedDescription))")
        }
        return try decodeOutput(data, source: file.path)
    }
}
