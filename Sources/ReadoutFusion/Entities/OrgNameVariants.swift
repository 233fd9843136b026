// One organisation, written differently by each outlet, reduced to one comparison key.
// In: an organisation's name as written, and the acronyms the document set spells out.
// Out: a key with "the" dropped, a bracketed acronym dropped ("Communist Party of China (CPC)
// Central Committee"), a possessive turned round ("the party's international department" →
// "international department of the party") and known acronyms spelled out ("the CPC Central
// Committee" → "the Communist Party of China Central Committee"). Also the head of an
// "X of Y" name ("International Liaison Department" of "International Liaison Department of
// the Chinese Communist Party"), which EntityResolver uses only when one organisation has it.
import ReadoutCore
import ReadoutKnowledge

struct OrgNameVariants {
    /// Folded acronym → folded words it stands for, when the documents spell it out one way only.
    let expansions: [String: [String]]

    /// The words an acronym's initials pass over (fusion.initials-skip, as `NameText.acronym` reads them).
    private static let minor = NameText.initialsSkipped

    /// Learns acronyms from names that define them ("Communist Party of China (CPC)") and from
    /// entities that list an acronym beside the name it abbreviates ("NATO" for "North Atlantic
    /// Treaty Organization").
    init(entityForms: [[String]]) {
        var found: [String: Set<[String]>] = [:]
        for forms in entityForms {
            for form in forms {
                for (acronym, words) in Self.bracketDefinitions(form) { found[acronym, default: []].insert(words) }
            }
            for short in forms where NameText.looksLikeAcronym(short) {
                let letters = NameText.key(short).filter { $0 != " " }
                for long in forms where long != short && NameText.acronym(long) == letters {
                    found[letters, default: []].insert(NameText.words(long).filter { $0 != "the" })
                }
            }
        }
        expansions = found.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The comparison key of one written name.
    func key(_ written: String) -> String {
        var text = Self.withoutBrackets(written)
        // "X's Y" → "Y of X": one possessive only, so a name with two stays as written.
        let marks = ["'s ", "\u{2019}s "].flatMap { mark in text.ranges(of: mark) }
        if marks.count == 1, let mark = marks.first {
            let parent = String(text[..<mark.lowerBound]), head = String(text[mark.upperBound...])
            if NameText.words(parent).count >= 2 { text = head + " of " + parent }
        }
        var words: [String] = []
        for word in NameText.words(text) where word != "the" {
            if let long = expansions[word] { words += long } else { words.append(word) }
        }
        return words.joined(separator: " ")
    }

    /// The words before the first "of" when there are at least three of them: "International
    /// Liaison Department"; nil for generic heads ("Ministry of ...", "Foreign Ministry of ...").
    func head(of key: String) -> String? {
        let words = key.split(separator: " ")
        guard let of = words.firstIndex(of: "of"), of >= 3, of < words.count - 1 else { return nil }
        return words[..<of].joined(separator: " ")
    }

    private static func withoutBrackets(_ text: String) -> String {
        var out = "", depth = 0
        for ch in text {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }

    /// "Long Name (LN)" pairs inside one written name, as folded acronym and words.
    private static func bracketDefinitions(_ text: String) -> [(String, [String])] {
        var out: [(String, [String])] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            let inside = String(rest[rest.index(after: open)..<close])
            if NameText.looksLikeAcronym(inside) {
                let letters = NameText.key(inside).filter { $0 != " " }
                let before = rest[..<open].split(separator: " ").map(String.init)
                // Walk back until the initials of the content words spell the acronym.
                var taken: [String] = [], initials = ""
                for word in before.reversed() {
                    taken.insert(word, at: 0)
                    if !minor.contains(word.lowercased()), let first = NameText.fold(word).first { initials = String(first) + initials }
                    if initials.count >= letters.count { break }
                }
                if initials == letters {
                    out.append((letters, taken.flatMap(NameText.words).filter { $0 != "the" }))
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        return out
    }
}
