// Decoded text → text with one kind of line break and one kind of space: CRLF/CR and Unicode
// line separators become "\n"; non-breaking, narrow, ideographic and other spaces and tabs become
// " "; zero-width spaces, soft hyphens, BOMs and stray control characters are dropped; the result
// is NFC so the same words always have the same scalars (and offsets).
import Foundation

enum WhitespaceNormalizer {
    static func normalize(_ text: String) -> String {
        var out = UTF8Builder(capacity: text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x20..<0x7F:
                out.append(scalar)  // printable ASCII, the bulk of any article: no table lookups
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
                if ScalarClass.isSpaceSeparator(scalar) {
                    out.append(" ")
                } else {
                    out.append(scalar)
                }
            }
        }
        let joined = out.string
        return ScalarClass.isKnownNFC(joined) ? joined : joined.precomposedStringWithCanonicalMapping
    }

    /// One line or block: runs of spaces/newlines → one space, ends trimmed.
    static func collapse(_ text: some StringProtocol) -> String {
        var out = UTF8Builder(capacity: text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || ScalarClass.isSpaceSeparator(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return out.string
    }
}
