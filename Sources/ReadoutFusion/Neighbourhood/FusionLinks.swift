// Which documents fusion has to read together: the keys by which a stored document is linked to
// others. Two documents sharing a key may hold one person (and so one event, one story); documents
// sharing none are fused apart. In: one document's analysis and publication date. Out: its link keys.
//
// The keys follow the blocking of EntityResolver, so no merge the rules could make is cut: a full
// name is compared only with names whose last word has the same consonants, and a lone word with
// the full names it can stand for (its own consonants appear as that name's surname, or as its
// family name first in an alias the same article gives). Events between people are linked through
// their people. Organisations and places are not keys: one body named in most articles ("the UN",
// "China") would chain the whole store into one neighbourhood, so they are fused within each.
// A surname many articles share ("Smith") would do the same, so each key comes with fuller ones
// that stand in for it where a store finds it common (`candidateKeys`).
import Foundation
import ReadoutCore

public enum FusionLinks {
    /// Every key that may link the document, each with the key it stands in for when that one is
    /// common (nil for a surname's own key): a full name gives its surname's key, then surname and
    /// given-name initial ("person:smth/j"), then those in the month of publication
    /// ("person:smth/j@2024-03"; "@undated" without a date). A store links a document by the first
    /// key of each chain that is not common, so a surname thousands of articles share still ties a
    /// "Jana Smith" to the other articles about a J. Smith (that month, if even those are many),
    /// never to every Smith stored. A lone surname has only its own key.
    public static func candidateKeys(of analysis: ArticleAnalysis, published: String?) -> [(key: String, standsFor: String?)] {
        var keys: [String: String?] = [:]
        let month = published.map { String($0.prefix(7)) } ?? "undated"
        for entity in analysis.entities where entity.type == .person {
            for form in [entity.name] + entity.aliases {
                let name = PersonName(form)
                guard let last = name.last else { continue }
                let surname = "person:" + Spelling.consonants(last)
                keys[surname] = .some(nil)
                guard name.tokens.count >= 2, let initial = name.first?.first else { continue }
                let given = surname + "/" + String(initial)
                keys[given] = .some(surname)
                keys[given + "@" + month] = .some(given)
            }
        }
        return keys.map { ($0.key, $0.value) }.sorted { $0.key < $1.key }
    }

    /// The folded form fused names are looked up by ("Sánchez" and "SANCHEZ" alike).
    public static func nameKey(_ name: String) -> String { NameText.key(name) }

    /// The words a person types to find a name, and the words names are indexed by: lowercase,
    /// without diacritics, "U.S." = "us", "Al-Thani" = "al thani", "O'Brien" = "obrien".
    public static func searchWords(_ text: String) -> [String] {
        // Most names are ASCII: folding is lowercasing, byte by byte (Foundation's folding cost a
        // quarter of writing a neighbourhood's fused rows).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSearchWords(text) }
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Letters that are not a base letter plus a mark, so folding leaves them as they are.
        for (letter, plain) in unmarked where folded.contains(letter) {
            folded = folded.replacingOccurrences(of: letter, with: plain)
        }
        return folded.split { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "'" || $0 == "\u{2019}") }
            .map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
    }

    private static func asciiSearchWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "."), UInt8(ascii: "'"): continue
            default: flush()
            }
        }
        flush()
        return words
    }

    private static let unmarked: [(String, String)] = [
        ("ł", "l"), ("ø", "o"), ("đ", "d"), ("ð", "d"), ("ß", "ss"), ("ı", "i"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"),
    ]
}
