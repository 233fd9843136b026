// Fusion finds an outlet's distinctive wording for an event as folded words ("chinas positions"),
// so that case, accents and apostrophes never hide a shared phrase. A reader wants the phrase as
// the outlet wrote it ("China's positions"), and only from what the article says in its body:
// a photo caption or a headline is not how the report words the event.
// In: the folded terms of one outlet for one event, that outlet's reports of it, the corpus.
// Out: each term as written in a body sentence of those reports; terms found only outside the
// body (captions, headlines) are dropped.
import Foundation
import ReadoutCore
import ReadoutFusion

enum WordingAsWritten {
    static func terms(_ folded: [String], reports: [EventReport], corpus: FusedCorpus) -> [String] {
        let sentences = reports.compactMap { bodySentence($0, corpus: corpus) }
        var out: [String] = []
        for term in folded {
            let words = term.split(separator: " ").map(String.init)
            guard let written = sentences.lazy.compactMap({ find(words, in: $0) }).first else { continue }
            if !out.contains(written) { out.append(written) }
        }
        return out
    }

    /// The report's sentence when it stands in a body paragraph (or the standfirst) of its article.
    static func bodySentence(_ report: EventReport, corpus: FusedCorpus) -> String? {
        guard let article = corpus.documents[report.document]?.article else { return nil }
        let start = report.event.evidenceSpan.start
        guard let block = article.blocks.first(where: { $0.span.start <= start && start < $0.span.end }) else {
            return report.event.evidence  // an article without blocks: all of it is body
        }
        return [.paragraph, .standfirst].contains(block.kind) ? report.event.evidence : nil
    }

    /// The words of `sentence` whose folded forms are `words`, as written (with what stands between them).
    static func find(_ words: [String], in sentence: String) -> String? {
        let tokens = self.tokens(sentence)
        guard !words.isEmpty, tokens.count >= words.count else { return nil }
        for start in 0...(tokens.count - words.count) {
            let run = tokens[start..<(start + words.count)]
            if zip(run, words).allSatisfy({ $0.folded == $1 }) {
                return String(sentence[run.first!.range.lowerBound..<run.last!.range.upperBound])
            }
        }
        return nil
    }

    struct Token {
        var range: Range<String.Index>
        var folded: String
    }

    /// Words as fusion splits them: letters and digits, with apostrophes and dots inside a word kept
    /// in the text and dropped from the folded form ("China's" → "chinas", "U.S." → "us").
    static func tokens(_ sentence: String) -> [Token] {
        var tokens: [Token] = []
        var start: String.Index?
        var index = sentence.startIndex
        func close(at end: String.Index) {
            guard let from = start else { return }
            var upper = end
            // A sentence's full stop or a closing quote mark is not part of the last word ("U.S." keeps its dots).
            while upper > from, let last = sentence[from..<upper].last, "'’.".contains(last),
                  !(last == "." && sentence[from..<sentence.index(before: upper)].contains(".")) {
                upper = sentence.index(before: upper)
            }
            let folded = fold(String(sentence[from..<upper]))
            if !folded.isEmpty { tokens.append(Token(range: from..<upper, folded: folded)) }
            start = nil
        }
        while index < sentence.endIndex {
            let character = sentence[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if start != nil, "'’.".contains(character) {
                // Inside a word ("China's", "U.S."): part of it; a word's end is settled when it closes.
            } else {
                close(at: index)
            }
            index = sentence.index(after: index)
        }
        close(at: sentence.endIndex)
        return tokens
    }

    /// Lowercase, accents removed (fusion's folding), apostrophes and dots dropped: the form fusion compares.
    static func fold(_ word: String) -> String {
        String(String.UnicodeScalarView(NameText.fold(word).unicodeScalars.filter { !"'’.".unicodeScalars.contains($0) }))
    }
}
