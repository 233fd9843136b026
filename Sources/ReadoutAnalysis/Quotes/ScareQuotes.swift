// Tells quoted speech from quotation marks used for other things. In: the lexed words inside a
// quoted stretch; out: whether it can be speech at all, and whether it is short enough that it
// needs a speaker to count. A single word is never a quote; one to a few capitalised words are
// a name or label ('Red Miners', "Track 2 Dialogue"); title-case runs are titles of works.
// The words are the quote.* lists of Data/vocabulary/quotes.tsv (articles: article.any, text.tsv).

enum ScareQuotes {
    enum Verdict { case notSpeech, needsSpeaker, speech }

    private static let functionWords = SpeechVocabulary.set("quote.function-word")

    private static let sentenceStarters = SpeechVocabulary.set("quote.sentence-starter")

    private static let labellingWords = SpeechVocabulary.set("quote.labelling-word")
    private static let articles = SpeechVocabulary.set("article.any")

    /// A short quoted phrase that labels something rather than reports words: "what he described as “common
    /// understanding”", "a state of “dynamic stability”" after "described ... as", or a bare noun phrase with an
    /// article ("would be “the provocateur”").
    static func isLabel(_ text: LexedText, open: Int, words range: Range<Int>) -> Bool {
        let words = text.words
        let contentWords = range.filter { words[$0].kind == .word || words[$0].kind == .number }
        if contentWords.count <= 2, let first = contentWords.first, articles.contains(words[first].key) { return true }
        // Look back over a few words for "described (the relationship) as", "called", "dubbed".
        var k = open - 1
        var steps = 0
        while k >= 0 && steps < 8 {
            let w = words[k]
            if w.kind == .punct && (text.isPunct(k, ".") || text.isPunct(k, "!") || text.isPunct(k, "?")) { break }
            if w.kind == .word && labellingWords.contains(w.key) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// `introduced`: the quote opens right after a colon ("X said: “...”"), where only speech is introduced.
    static func judge(_ text: LexedText, words range: Range<Int>, introduced: Bool = false) -> Verdict {
        var count = 0
        var firstCapitalized = false
        var firstKey: UInt64 = 0
        var innerPunct = false
        var titleLike = true
        var sentencePunct = false
        let words = text.words
        for k in range {
            let w = words[k]
            switch w.kind {
            case .word:
                count += 1
                if count == 1 { firstCapitalized = w.isCapitalized; firstKey = w.key }
                if !w.isCapitalized && !(count > 1 && functionWords.contains(w.key)) { titleLike = false }
            case .number:
                count += 1
            case .punct:
                let p = w.key
                if k + 1 < range.upperBound && p != 45 && p != 46 { innerPunct = true }
                // A stop inside the span (not a final one, not an abbreviation) marks a sentence.
                if (p == 44 || p == 33 || p == 63 || p == 59 || p == 58) && k + 1 < range.upperBound { sentencePunct = true }
                if p == 46 && k + 1 < range.upperBound && words[k + 1].hasSpaceBefore { sentencePunct = true }
            case .possessive, .clitic:
                break
            }
        }
        if count <= 1 { return .notSpeech }
        // "Weber wrote: “Europe stands united.”": a short sentence a colon introduces, closed by its own stop, is speech
        // however capitalised (its speaker still has to be found).
        let closedSentence = range.count >= 2 && words[range.upperBound - 1].kind == .punct &&
            [46, 33, 63].contains(words[range.upperBound - 1].key)
        if introduced && closedSentence { return count <= 3 ? .needsSpeaker : .speech }
        if titleLike && !sentencePunct && count <= 10 { return .notSpeech }
        // A short capitalised stretch mid-sentence is a name or label ("Track Two dialogue"), not speech.
        if count <= 3 && firstCapitalized && !innerPunct && !sentenceStarters.contains(firstKey) { return .notSpeech }
        if count <= 3 { return .needsSpeaker }
        return .speech
    }
}
