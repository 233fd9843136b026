// Substring tests and scalar classes the cleaners run on every line, done on UTF-8 bytes and
// scalar values instead of through Foundation (which converts each string to UTF-16 per call)
// or the Unicode property tables. In: strings, literal needles. Out: Bool / String.Index ranges.
// Needles are compared byte for byte, so they match the NFC text the cleaners see.

enum TextSearch {
    /// `haystack` contains `needle` (exact bytes).
    static func contains(_ haystack: some StringProtocol, _ needle: String) -> Bool {
        firstByteOffset(of: needle, in: haystack, from: 0, ignoringASCIICase: false) != nil
    }

    /// `haystack` contains `needle`, A–Z matching a–z (`needle` written in lowercase).
    static func containsIgnoringASCIICase(_ haystack: some StringProtocol, _ needle: String) -> Bool {
        firstByteOffset(of: needle, in: haystack, from: 0, ignoringASCIICase: true) != nil
    }

    static func containsAny(_ haystack: some StringProtocol, _ needles: [String]) -> Bool {
        needles.contains { contains(haystack, $0) }
    }

    /// The first occurrence of `needle` at or after `start`.
    static func range(of needle: String, in haystack: String, from start: String.Index) -> Range<String.Index>? {
        let utf8 = haystack.utf8
        let offset = utf8.distance(from: utf8.startIndex, to: start)
        guard let found = firstByteOffset(of: needle, in: haystack, from: offset, ignoringASCIICase: false) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: found)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// `text` starts with `prefix`, byte for byte.
    static func hasPrefix(_ text: some StringProtocol, _ prefix: String) -> Bool {
        text.utf8.starts(with: prefix.utf8)
    }

    private static func firstByteOffset(of needle: String, in haystack: some StringProtocol, from start: Int,
                                        ignoringASCIICase: Bool) -> Int? {
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            guard let first = n.first else { return start }
            let found = haystack.utf8.withContiguousStorageIfAvailable { h -> Int? in
                search(n, first, in: h, from: start, ignoringASCIICase)
            }
            if let found { return found }
            return search(n, first, in: Array(haystack.utf8), from: start, ignoringASCIICase)
        }
    }

    @inline(__always)
    private static func search<Bytes: RandomAccessCollection<UInt8>>(
        _ needle: UnsafeBufferPointer<UInt8>, _ first: UInt8, in haystack: Bytes, from start: Int, _ ignoringCase: Bool
    ) -> Int? where Bytes.Index == Int {
        let count = needle.count
        guard haystack.count >= count, start <= haystack.count - count else { return nil }
        var i = start
        let last = haystack.count - count
        while i <= last {
            if fold(haystack[i], ignoringCase) == first {
                var k = 1
                while k < count && fold(haystack[i + k], ignoringCase) == needle[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func fold(_ byte: UInt8, _ ignoringCase: Bool) -> UInt8 {
        ignoringCase && byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}

/// Unicode character classes by scalar value, without the property-table lookups.
enum ScalarClass {
    /// The Unicode White_Space property (what `Unicode.Scalar.Properties.isWhitespace` reports).
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0x85 || isSpaceSeparator(s) || v == 0x2028 || v == 0x2029
    }

    /// General category Zs (space separators).
    @inline(__always)
    static func isSpaceSeparator(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 }
        return v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// True when `text` is certainly in NFC already: every scalar lies in ranges where each character
    /// is its own NFC form and none combines with a neighbour (Latin up to U+02FF, general
    /// punctuation U+2010–U+205F, currency signs). Checked against Unicode's data for every pair.
    static func isKnownNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            let v = s.value
            return v < 0x300 || (v >= 0x2010 && v < 0x2060) || (v >= 0x20A0 && v <= 0x20C0)
        }
    }
}

/// Builds a String from scalars through a byte buffer: appending scalar by scalar to a
/// String.UnicodeScalarView re-checks the string's storage on every append.
struct UTF8Builder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var isEmpty: Bool { bytes.isEmpty }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

enum TextCase {
    /// Exactly `String.lowercased()` (each scalar's lowercase mapping), with ASCII scalars mapped
    /// directly: the standard library's fast path only covers strings that are ASCII throughout,
    /// and one curly quote puts every letter of a line through the Unicode tables.
    static func lowercased(_ text: some StringProtocol) -> String {
        var out = UTF8Builder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 65 && v <= 90 ? Unicode.Scalar(UInt8(v + 32)) : scalar)
            } else {
                out.append(scalar.properties.lowercaseMapping)
            }
        }
        return out.string
    }
}
