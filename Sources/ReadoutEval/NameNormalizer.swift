// score.py's `norm` and `doc_id`, scalar for scalar.
// In: a name, quote or location as written; a document's id or file. Out: the form two
// strings are compared in (case-, diacritic- and punctuation-insensitive), and the
// document key gold and prediction are joined on.
import Foundation

public enum NameNormalizer {
    /// NFKD, combining marks dropped, lowercased, ’ ‘ → ', a leading "the " dropped, every
    /// run of characters other than word characters, ' and space turned into one space,
    /// spaces collapsed and trimmed. "The Hagüe" → "hague"; nil → "".
    public static func normalize(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        let decomposed = text.decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0.properties.canonicalCombiningClass.rawValue == 0 }
        var scalars = PythonText.lowercased(Array(decomposed))
        for i in scalars.indices where scalars[i] == "\u{2019}" || scalars[i] == "\u{2018}" {
            scalars[i] = "'"
        }
        scalars = droppingLeadingThe(scalars)
        // One pass for the last three steps: anything not kept becomes a space, and
        // spaces are emitted once, between words only.
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar == "'" || PythonText.isWord(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// `re.sub(r"^(the)\s+", "", s)`: only with whitespace after it, so "theory" and "the-x" stay.
    private static func droppingLeadingThe(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.count > 3, s[0] == "t", s[1] == "h", s[2] == "e", PythonText.isSpace(s[3]) else { return s }
        var i = 4
        while i < s.count, PythonText.isSpace(s[i]) { i += 1 }
        return Array(s[i...])
    }

    /// score.py's `doc_id`: `id`, else `file`; last path component; a .txt/.htm/.html/.json
    /// extension removed (case-sensitive, as Python's regex is).
    public static func documentKey(id: String?, file: String?) -> String {
        let raw = [id, file].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        var last = raw.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        // Python's `$` also matches before one final newline.
        let newline = last.hasSuffix("\n") ? "\n" : ""
        if !newline.isEmpty { last.removeLast() }
        for ext in [".txt", ".html", ".htm", ".json"] where last.hasSuffix(ext) {
            last.removeLast(ext.count)
            break
        }
        return last + newline
    }

    /// Python's `a in b` on strings: code-point substring, the empty string in everything.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
        guard !n.isEmpty else { return true }
        guard n.count <= h.count else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] {
            if h[start..<(start + n.count)].elementsEqual(n) { return true }
        }
        return false
    }

    /// Python's `len` on a normalized string: code points.
    static func length(_ s: String) -> Int { s.unicodeScalars.count }
}
