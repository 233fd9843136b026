// A person's name reduced to the words that identify them.
// In: "Sheikh Hamad bin Khalid Al-Nasser", "Mr. Jon Baker", "Taras Kovalenko Jr.".
// Out: identifying tokens (honorifics, suffixes and inner particles such as "bin", "al", "van"
// removed: outlets keep or drop them freely) and the spelling-tolerant forms of each token.

import ReadoutKnowledge

struct PersonName: Hashable, Sendable {
    /// Identifying tokens in written order.
    let tokens: [String]

    init(_ written: String) {
        var words = NameText.words(written)
        while let first = words.first, words.count > 1, PersonName.honorifics.contains(first) { words.removeFirst() }
        while let last = words.last, words.count > 1, PersonName.suffixes.contains(last) { words.removeLast() }
        // "van der Berg", "Van der Berg" written without a given name: particles in lowercase, or two of them,
        // lead to the surname ("Al Gore", one capitalised particle, is a given name).
        let leading = words.prefix { PersonName.particles.contains($0) }.count
        if let firstWritten = written.split(separator: " ").first(where: { !PersonName.honorifics.contains(NameText.words(String($0)).first ?? "") }),
           leading > 0, leading < words.count, firstWritten.first?.isLowercase == true || leading >= 2 {
            words.removeFirst(leading)
        }
        // Particles are dropped only inside a name: "Al Gore" and "Ben Wallace" keep their first word.
        var kept: [String] = []
        for (i, word) in words.enumerated() {
            let inner = i > 0 && i < words.count - 1
            if inner && PersonName.particles.contains(word) { continue }
            kept.append(word)
        }
        tokens = kept
    }

    var isSingleWord: Bool { tokens.count == 1 }
    var last: String? { tokens.last }
    var first: String? { tokens.first }

    // Words that precede a name as a form of address or rank, not as part of it (the vocabulary's fusion.name-honorific).
    static let honorifics = Vocabulary.shared.set("fusion.name-honorific")
    /// Suffixes after a name ("Jr", "MP"; the vocabulary's fusion.name-suffix).
    static let suffixes = Vocabulary.shared.set("fusion.name-suffix")
    /// Transliteration endings read as "i", the first that fits (the vocabulary's fusion.transliteration-ending).
    static let transliterationEndings = Vocabulary.shared.entries("fusion.transliteration-ending")
    /// Particles inside a name ("bin", "van"; the vocabulary's fusion.name-particle).
    static let particles = Vocabulary.shared.set("fusion.name-particle")
}

/// How two name tokens written by different outlets relate.
enum TokenMatch: Int, Comparable {
    case none = 0
    case initial        // "J" ~ "jonathan"
    case shortForm      // "jon" ~ "jonathan", "steve" ~ "steven" (given names only)
    case spelling       // "zelensky" ~ "zelenskyy", "madina" ~ "medina", "mohammed" ~ "muhammad"
    case exact

    static func < (a: TokenMatch, b: TokenMatch) -> Bool { a.rawValue < b.rawValue }

    /// Compares two folded tokens; `given` allows the looser given-name relations.
    static func of(_ a: String, _ b: String, given: Bool) -> TokenMatch {
        if a == b { return .exact }
        if Spelling.sameSpelling(a, b) { return .spelling }
        if given {
            if GivenNameVariants.equivalent(a, b) { return .shortForm }
            let (short, long) = a.count <= b.count ? (a, b) : (b, a)
            if short.count == 1 { return long.hasPrefix(short) ? .initial : .none }
            if short.count >= 3 && long.hasPrefix(short) { return .shortForm }
        }
        return .none
    }
}

/// Spelling tolerance for transliterated names.
enum Spelling {
    /// Equal after collapsing doubled letters and a final -iy/-yy/-ii ("zelenskyy" = "zelensky" =
    /// "zelenskiy"), or, for longer words, the same consonants in order ("mohammed" = "muhammad",
    /// "madina" = "medina"), or one typing slip in a long word ("volodoymyr" = "volodymyr").
    static func sameSpelling(_ a: String, _ b: String) -> Bool {
        if a.isEmpty || b.isEmpty { return false }
        let sa = skeleton(a), sb = skeleton(b)
        if sa == sb { return true }
        if a.count >= 5 && b.count >= 5 && a.first == b.first && consonants(a) == consonants(b) { return true }
        if a.count >= 7 && b.count >= 7 && a.first == b.first && editDistance(a, b, limit: 1) <= 1 { return true }
        return false
    }

    static func skeleton(_ word: String) -> String {
        var out: [Character] = []
        for ch in word where out.last != ch { out.append(ch) }
        var s = String(out)
        for ending in PersonName.transliterationEndings where s.hasSuffix(ending) && s.count > ending.count + 2 {
            s = String(s.dropLast(ending.count)) + "i"
            break
        }
        return s
    }

    static func consonants(_ word: String) -> String {
        var out: [Character] = []
        for (i, ch) in word.enumerated() {
            if i > 0 && "aeiouy".contains(ch) { continue }
            if out.last != ch { out.append(ch) }
        }
        return String(out)
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            var rowMin = current[0]
            for j in 1...max(y.count, 1) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            previous = current
        }
        return previous[y.count]
    }
}
