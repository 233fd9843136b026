// Cleaned article text → SHA-256 hex of its normalized form: NFC, lowercased, typographic
// quotes/dashes folded to ASCII, all whitespace collapsed. The same article read from a
// page dump, an HTML page or a feed item gives the same value, so re-ingesting it is a no-op.
import Foundation
import ReadoutCore

enum ContentHasher {
    static func hash(_ text: String) -> String {
        SHA256.hex(of: normalizedForHash(text))
    }

    static func normalizedForHash(_ text: String) -> String {
        let lowered = TextCase.lowercased(ScalarClass.isKnownNFC(text) ? text : text.precomposedStringWithCanonicalMapping)
        var out = UTF8Builder(capacity: lowered.utf8.count)
        var pendingSpace = false
        for scalar in lowered.unicodeScalars {
            if ScalarClass.isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}", "\u{02BC}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}", "\u{00AB}", "\u{00BB}": out.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": out.append("-")
            case "\u{2026}": out.append("...")
            default: out.append(scalar)
            }
        }
        return out.string
    }
}
