// Decides whether a word is written entirely in Hanyu Pinyin syllables ("Jinping" = jin + ping).
// In: the set of valid toneless syllables from Data/pinyin.tsv. Out: yes or no for a token.
// Chinese given names are an open class, so the analyzer recognises them by their spelling.

struct PinyinSyllables: Sendable {
    let syllables: Set<String>
    let longest: Int

    init(_ syllables: Set<String>) {
        self.syllables = syllables
        self.longest = syllables.map(\.count).max() ?? 0
    }

    /// True when every hyphen- or apostrophe-separated part splits into one to three syllables
    /// ("Jinping", "Xiaohong", "Xi'an"); case-insensitive.
    func matches(_ token: String) -> Bool {
        let parts = token.lowercased().split(whereSeparator: { $0 == "-" || $0 == "'" || $0 == "’" })
        guard !parts.isEmpty, parts.count <= 3 else { return false }
        return parts.allSatisfy { part in
            guard let count = minimalSyllableCount(Array(part)) else { return false }
            return count <= 3
        }
    }

    /// Fewest syllables that spell `letters` exactly, or nil when no split exists.
    private func minimalSyllableCount(_ letters: [Character]) -> Int? {
        guard !letters.isEmpty, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var best = [Int?](repeating: nil, count: letters.count + 1)
        best[0] = 0
        for end in 1...letters.count {
            for length in 1...min(longest, end) {
                guard let before = best[end - length] else { continue }
                if syllables.contains(String(letters[(end - length)..<end])) {
                    best[end] = min(best[end] ?? Int.max, before + 1)
                }
            }
        }
        return best[letters.count]
    }
}
