// Decoded text → text with one kind of line break and one kind of space: CRLF/CR and Unicode
// line separators become "\n"; non-breaking, narrow, ideographic and other spaces and tabs become
// " "; zero-width spaces, soft hyphens, BOMs and stray control characters are dropped; the result
// is NFC so the same words always have the same scalars (and offsets).
import Foundation

enum WhitespaceNormalizer {
    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if !previousWasCR { out.append("\n") }
            case 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                out.append("\n")
            case 0x09:
                out.append(" ")
            case 0x200B, 0xFEFF, 0x00AD, 0x2060, 0xFFFE:
                continue
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                continue
            default:
                if scalar.properties.generalCategory == .spaceSeparator {
                    out.append(" ")
                } else {
                    out.append(scalar)
                }
            }
        }
        let joined = String(out)
        return joined.precomposedStringWithCanonicalMapping
    }

    /// One line or block: runs of spaces/newlines → one space, ends trimmed.
    static func collapse(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
