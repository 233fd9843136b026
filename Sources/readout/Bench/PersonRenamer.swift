// Renames the people of a set of articles, one consistent cast per copy, for `readout bench --scale`.
// In: the base articles with their analyses (which words are people's names), a copy number.
// Out: the text with every name word of a person replaced — the same word everywhere in that copy,
// in every article of it, so the copy fuses as the original does, while no two copies share a
// person. Without renaming, N copies would be N reports of one cast: entities and events would
// merge across copies and the store would stay the size of the base corpus.
//
// Surnames (and single names, "Lula") become invented words built from syllables that encode the
// word's number and the copy's number, so they never collide within or across copies and read as
// names to the analyzer (a capitalised unknown word after a given name). Given names are permuted
// among the base corpus's own given names of the same sex: real given names keep the analyzer's
// person recognition and its "he"/"she" resolution working; the surname already makes each person new.
import ReadoutCore
import ReadoutKnowledge

struct PersonRenamer {
    /// Base name word → its role and number among the words of that role.
    private var surnames: [String: Int] = [:]
    private var givenNames: [String: (sex: String, number: Int)] = [:]
    /// Sex ("f", "m", "?") → the base corpus's given names of that sex, sorted.
    private var givenBySex: [String: [String]] = [:]
    /// Syllables per surname part: enough for every surname word and for every copy.
    private let wordDigits: Int
    private let copyDigits: Int

    /// Consonant–vowel pairs, none spelling a common English word when joined.
    private static let syllables = ["ka", "re", "lo", "mi", "su", "to", "na", "vi", "de", "bo",
                                    "ra", "ne", "si", "lu", "go", "fa", "te", "mo", "ri", "ze"]

    /// Words of the person entities of the base analyses; `copies` is how many copies will be made.
    init(_ analyses: [ArticleAnalysis], copies: Int) {
        let knowledge = Knowledge.shared
        var lastWords = Set<String>()
        var words = Set<String>()
        for analysis in analyses {
            for entity in analysis.entities where entity.type == .person {
                for form in [entity.name] + entity.aliases {
                    let parts = Self.nameWords(form, knowledge: knowledge)
                    words.formUnion(parts)
                    if let last = parts.last { lastWords.insert(last) }
                }
            }
        }
        var surnameWords: [String] = []
        for word in words.sorted() {
            // A given name is one never written last; "Lula" alone or "Blinken" is a surname.
            if !lastWords.contains(word), let info = knowledge.givenName(word) {
                givenBySex[info.sex?.rawValue ?? "?", default: []].append(word)
            } else {
                surnameWords.append(word)
            }
        }
        for (sex, names) in givenBySex {
            for (number, name) in names.enumerated() { givenNames[name] = (sex, number) }
        }
        for (number, word) in surnameWords.enumerated() { surnames[word] = number }
        wordDigits = Self.digits(for: surnameWords.count)
        copyDigits = Self.digits(for: copies)
    }

    /// Name words the base corpus gives its people (for the report: how many words each copy renames).
    var renamedWords: Int { surnames.count + givenNames.count }

    /// The text with every person-name word replaced by copy `copy`'s.
    func rename(_ text: String, copy: Int) -> String {
        var out = String.UnicodeScalarView()
        var word = String.UnicodeScalarView()
        func flush() {
            let original = String(word)
            out.append(contentsOf: (replacement(original, copy: copy) ?? original).unicodeScalars)
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic { word.append(scalar) } else {
                if !word.isEmpty { flush() }
                out.append(scalar)
            }
        }
        if !word.isEmpty { flush() }
        return String(out)
    }

    /// Copy `copy`'s word for a base name word; nil when the word is not a person's name.
    func replacement(_ word: String, copy: Int) -> String? {
        if let number = surnames[word] {
            let invented = Self.spell(number, digits: wordDigits) + Self.spell(copy, digits: copyDigits)
            // The ending keeps two short numbers from spelling a real name ("ka" + "re" + "n" is "Karen").
            return invented.prefix(1).uppercased() + invented.dropFirst() + "dar"
        }
        if let (sex, number) = givenNames[word], let pool = givenBySex[sex] {
            return pool[(number + copy) % pool.count]
        }
        return nil
    }

    /// The words of a name that can be renamed: capitalised, two letters or more, not a title,
    /// honorific or particle ("bin", "van"), not a place or body the knowledge lists.
    private static func nameWords(_ name: String, knowledge: Knowledge) -> [String] {
        name.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { word in
            guard word.count >= 2, word.first!.isUppercase else { return false }
            let lower = word.lowercased()
            if knowledge.titleWords.contains(lower) || knowledge.honorifics.contains(lower)
                || knowledge.nameParticles.contains(lower) { return false }
            return knowledge.entries(surface: word).allSatisfy { $0.type == .person }
        }
    }

    /// `value` in base-20 syllables, exactly `digits` of them: distinct values spell distinct words.
    private static func spell(_ value: Int, digits: Int) -> String {
        var rest = value, out: [String] = []
        for _ in 0..<digits {
            out.append(syllables[rest % syllables.count])
            rest /= syllables.count
        }
        return out.reversed().joined()
    }

    /// Syllables needed to spell every number below `count` (at least one).
    private static func digits(for count: Int) -> Int {
        var digits = 1, capacity = syllables.count
        while capacity < count {
            digits += 1
            capacity *= syllables.count
        }
        return digits
    }
}
