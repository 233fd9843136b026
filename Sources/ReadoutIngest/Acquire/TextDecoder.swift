// Bytes → String. UTF-8 (BOM stripped) first; UTF-16 when a BOM or the NUL pattern says so;
// bytes that are not valid UTF-8 are decoded as Windows-1252 (what old Western pages and
// Word exports are) unless most of the file is valid UTF-8 with a few broken bytes, which
// are then replaced with U+FFFD. Fails only when the result would be mostly control characters.
import Foundation

enum TextDecoder {
    enum Encoding: String { case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1252 = "windows-1252" }

    static func decode(_ data: Data) -> Result<(text: String, encoding: Encoding), DecodeFailure> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return check(String(decoding: bytes[3...], as: UTF8.self), .utf8)
        }
        if let endianness = utf16Endianness(of: data) {
            return check(decodeUTF16(bytes, bigEndian: endianness == .utf16BE), endianness)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return check(text, .utf8)
        }
        let (validMultibyte, invalid) = utf8Statistics(bytes)
        if validMultibyte >= invalid * 4 {
            // Mostly UTF-8 (a truncated or spliced file): keep it, with U+FFFD for the broken bytes.
            return check(String(decoding: bytes, as: UTF8.self), .utf8)
        }
        return check(decodeWindows1252(bytes), .windows1252)
    }

    struct DecodeFailure: Error { var reason: String }

    private static func check(_ text: String, _ encoding: Encoding) -> Result<(text: String, encoding: Encoding), DecodeFailure> {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(200_000) {
            total += 1
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" && scalar != "\u{0C}" { controls += 1 }
        }
        if total > 0 && controls * 20 > total {
            return .failure(DecodeFailure(reason: "not text (undecodable bytes)"))
        }
        return .success((text, encoding))
    }

    /// UTF-16 from a BOM, or from NUL bytes in every other position of mostly-ASCII text.
    static func utf16Endianness(of data: Data) -> Encoding? {
        let head = [UInt8](data.prefix(4096))
        if head.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if head.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        guard head.count >= 16 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (i, byte) in head.enumerated() where byte == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = head.count / 2
        if oddZeros * 10 >= pairs * 8 && evenZeros * 20 < pairs { return .utf16LE }
        if evenZeros * 10 >= pairs * 8 && oddZeros * 20 < pairs { return .utf16BE }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> String {
        var start = 0
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { start = 2 }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            let unit = bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
            units.append(unit)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Counts well-formed multi-byte UTF-8 sequences and bytes that break UTF-8.
    private static func utf8Statistics(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0, invalid = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: invalid += 1; i += 1; continue
            }
            var ok = i + length <= bytes.count
            if ok { for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { ok = false; break } }
            if ok { valid += 1; i += length } else { invalid += 1; i += 1 }
        }
        return (valid, invalid)
    }

    /// Windows-1252's 0x80–0x9F block (curly quotes, dashes, euro sign); the rest equals Latin-1.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
