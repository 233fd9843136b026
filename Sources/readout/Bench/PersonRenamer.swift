// Renames the people of a set of articles, one consistent cast per copy, for `readout bench --scale`.
// In: the base articles with their analyses (which words are people's names), a copy number.
// Out: the text with every name word of a person replaced — the same word everywhere in that copy,
// in every article of it, so the copy fuses as the original does, while no two copies share a
// person. Without renaming, N copies would be N reports of one cast: entities and events would
// merge across copies and the store would stay the size of the base corpus.
//
// Surnames (and single names, "Lula") become invented words built from syllables that encode the
// word's number, the copy's number and a check digit, so they never collide within or across
// copies, not even as fusion's spelling variants, and read as names to the analyzer (a
// capitalised unknown word after a given name). Given names are permuted
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
    /// Kinds of gazetteer entry whose words are never renamed.
    private static let keptKinds: Set<String> = ["country", "territory", "capital", "international", "government"]

    /// Digits (syllables) per surname part: enough for every surname word and for every copy.
    private let wordDigits: Int
    private let copyDigits: Int

    /// Consonants for even and odd syllables: no two neighbouring syllables share one, so a name's
    /// consonants (what fusion blocks and compares surnames by) spell its digits one for one.
    private static let consonants = [Array("bdfgklmnp"), Array("rstvzhjcw")]
    private static let vowels = Array("aeiou")
    private static var base: Int { consonants[0].count }

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
            var digits = Self.digits(number, count: wordDigits) + Self.digits(copy, count: copyDigits)
            // A check digit: two invented names differ in two letters at least, so fusion never takes
            // one for a misspelling of the other ("volodoymyr" for "volodymyr").
            digits.append(digits.reduce(0, +) % Self.base)
            let letters = digits.enumerated().flatMap { position, digit in
                [Self.consonants[position % 2][digit], Self.vowels[position % Self.vowels.count]]
            }
            return String(letters).prefix(1).uppercased() + String(letters.dropFirst())
        }
        if let (sex, number) = givenNames[word], let pool = givenBySex[sex] {
            return pool[(number + copy) % pool.count]
        }
        return nil
    }

    /// The words of a name that can be renamed: capitalised, two letters or more, not a title,
    /// honorific or particle ("bin", "van"), not a country, capital or international body the
    /// knowledge lists ("Jordan" the person would rename the country). A lesser place that is also
    /// a name ("Elizabeth") is renamed: kept, it would be one person shared by every copy.
    private static func nameWords(_ name: String, knowledge: Knowledge) -> [String] {
        name.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { word in
            guard word.count >= 2, word.first!.isUppercase else { return false }
            let lower = word.lowercased()
            if knowledge.titleWords.contains(lower) || knowledge.honorifics.contains(lower)
                || knowledge.nameParticles.contains(lower) { return false }
            return !knowledge.entries(surface: word).contains { Self.keptKinds.contains($0.kind) }
        }
    }

    /// `value` in base-`base` digits, exactly `count` of them, most significant first.
    private static func digits(_ value: Int, count: Int) -> [Int] {
        var rest = value, out: [Int] = []
        for _ in 0..<count {
            out.append(rest % base)
            rest /= base
        }
        return out.reversed()
    }

    /// Digits needed to write every number below `count` (at least one).
    private static func digits(for count: Int) -> Int {
        var digits = 1, capacity = base
        while capacity < count {
            digits += 1
            capacity *= base
        }
        return digits
    }
}
