// Decides whether two outlets' names for a person can be the same person.
// In: two PersonNames. Out: a strength (nil = must not be merged). Two different people who share
// a surname ("Joe Biden" / "Hunter Biden") never match: every word of the shorter name must find
// its counterpart in the longer one, in order, and the family names must agree in spelling.

enum PersonNameMatcher {
    /// Strength of the match between two multi-word names, or nil when they name different people.
    /// Single-word names (a surname alone) are resolved separately, against the whole cluster set.
    static func strength(_ a: PersonName, _ b: PersonName) -> Double? {
        guard !a.tokens.isEmpty, !b.tokens.isEmpty else { return nil }
        if a.tokens == b.tokens { return 10 }
        let (short, long) = a.tokens.count <= b.tokens.count ? (a.tokens, b.tokens) : (b.tokens, a.tokens)
        guard short.count >= 2 else { return nil }
        // "Lei Wang" for "Wang Lei": two-word names in either order.
        if short.count == 2 && long.count == 2 && short[0] == long[1] && short[1] == long[0] { return 8 }
        guard let matches = align(short, long) else { return nil }
        // The family name (last word of each) must be the same word, spelled alike.
        guard matches.last?.longIndex == long.count - 1,
              let family = matches.last?.kind, family >= .spelling else { return nil }
        var score = 5.0
        for m in matches.dropLast() {
            switch m.kind {
            case .exact: score += 1.5
            case .spelling: score += 1.2
            case .shortForm: score += 0.8
            case .initial: score += 0.3
            case .none: return nil
            }
        }
        if family == .spelling { score -= 0.5 }
        return score
    }

    /// True when a lone word (a surname or a family name used alone) can stand for the full name.
    static func loneWord(_ word: String, canStandFor full: PersonName) -> Bool {
        guard full.tokens.count >= 2, let last = full.last, let first = full.first else { return false }
        // Last word: the usual surname. First word: family-name-first names ("Wang" for "Wang Lei").
        return TokenMatch.of(word, last, given: false) >= .spelling
            || TokenMatch.of(word, first, given: false) == .exact
    }

    private struct Pair { var longIndex: Int; var kind: TokenMatch }

    /// Matches every short-name word to a distinct long-name word in order, preferring the
    /// strongest relation; nil when some word has no counterpart.
    private static func align(_ short: [String], _ long: [String]) -> [Pair]? {
        var result: [Pair] = []
        var from = 0
        for (i, word) in short.enumerated() {
            let isFamily = i == short.count - 1
            // The short name's last word must meet the long name's last word.
            let candidates = isFamily ? [long.count - 1] : Array(from..<max(from, long.count - 1))
            var best: Pair?
            for j in candidates where j >= from {
                let kind = TokenMatch.of(word, long[j], given: !isFamily)
                if kind > (best?.kind ?? .none) { best = Pair(longIndex: j, kind: kind) }
                if kind == .exact { break }
            }
            guard let found = best, found.kind > .none else { return nil }
            result.append(found)
            from = found.longIndex + 1
        }
        return result
    }
}
