// Finds the words one outlet uses that the others never do.
// In: the sentences an outlet uses for one event or entity, and the full texts of the other
// outlets' articles. Out: n-grams (one to three words) of those sentences that occur nowhere in
// the other texts, longest first, none contained in another, none starting or ending with a
// function word — so "regional leader election" and "presidential election" surface by
// comparison, without any list of loaded terms. Overlapping n-grams are joined into phrases.

import ReadoutKnowledge

struct DistinctiveTerms {
    var maxLength = 3
    var limit = 6

    /// Function words and reporting verbs, never distinctive (the vocabulary's fusion.function-word).
    static let functionWords = Vocabulary.shared.set("fusion.function-word")

    func terms(in sentences: [String], against others: [String]) -> [String] {
        var otherGrams = Set<String>()
        for text in others { otherGrams.formUnion(ngrams(NameText.words(text))) }
        return terms(in: sentences, usedElsewhere: otherGrams.contains)
    }

    /// `usedElsewhere` tells whether a phrase (folded words joined by spaces) occurs in the other texts.
    /// `anchors` are the folded words naming the subject (its participants): wording next to them
    /// ("self-ruled Taiwan", "Taiwan regional leader election") is how the outlet frames it, so it
    /// ranks before distinctive wording elsewhere in the sentence.
    func terms(in sentences: [String], anchors: Set<String> = [], usedElsewhere: (String) -> Bool) -> [String] {
        var found: [(gram: String, near: Int, novel: Int, length: Int, order: Int, sentence: Int, start: Int)] = []
        var sentenceWords: [[String]] = []
        var seen = Set<String>()
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let words = NameText.words(sentence)
            sentenceWords.append(words)
            let anchored = words.indices.filter { i in anchors.contains { words[i] == $0 || words[i] == $0 + "s" } }
            for length in stride(from: maxLength, through: 1, by: -1) where words.count >= length {
                for start in 0...(words.count - length) {
                    let gram = Array(words[start..<(start + length)])
                    guard let first = gram.first, let last = gram.last,
                          !Self.functionWords.contains(first), !Self.functionWords.contains(last),
                          !gram.contains(where: { $0.allSatisfy(\.isNumber) }),
                          length > 1 || first.count >= 4 else { continue }
                    let joined = gram.joined(separator: " ")
                    if seen.contains(joined) || usedElsewhere(joined) { continue }
                    seen.insert(joined)
                    // A shorter term inside an already distinctive longer one adds nothing.
                    if found.contains(where: { " \($0.gram) ".contains(" \(joined) ") }) { continue }
                    let novel = gram.filter { !Self.functionWords.contains($0) && !usedElsewhere($0) }.count
                    let end = start + length - 1
                    let near = anchored.contains { $0 >= start - 2 && $0 <= end + 2 } ? 1 : 0
                    found.append((joined, near, novel, length, found.count, sentenceIndex, start))
                }
            }
        }
        // Wording around the subject first, then words the others never use at all, then longer
        // phrasings, then text order.
        let ranked = found.sorted {
            ($0.near, $0.novel, $0.length, -$0.order) > ($1.near, $1.novel, $1.length, -$1.order)
        }
        // Overlapping distinctive n-grams of one sentence read better as one phrase
        // ("voters in self-ruled Taiwan cast their ballots"), up to a short clause.
        var phrases: [(sentence: Int, start: Int, end: Int)] = []
        for gram in ranked {
            let end = gram.start + gram.length
            if let i = phrases.firstIndex(where: { $0.sentence == gram.sentence && gram.start <= $0.end && end >= $0.start
                                                    && max($0.end, end) - min($0.start, gram.start) <= 8 }) {
                phrases[i].start = min(phrases[i].start, gram.start)
                phrases[i].end = max(phrases[i].end, end)
            } else if phrases.count < limit {
                phrases.append((gram.sentence, gram.start, end))
            }
        }
        return phrases.map { sentenceWords[$0.sentence][$0.start..<$0.end].joined(separator: " ") }
    }

    func ngrams(_ words: [String]) -> Set<String> {
        var out = Set<String>()
        for length in 1...maxLength where words.count >= length {
            for start in 0...(words.count - length) { out.insert(words[start..<(start + length)].joined(separator: " ")) }
        }
        return out
    }
}
