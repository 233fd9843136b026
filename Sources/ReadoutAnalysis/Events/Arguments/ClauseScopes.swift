// Clauses of their own inside a sentence: a relative clause after a person ("X, who met Y in Lima, ..."), and
// the sentence cut to such a clause so that the argument readers read it as a sentence of its own. Used by the
// rules that read events told in those clauses (meet.relative-clause, visit.relative-clause).
import ReadoutCore

extension SentenceContext {
    /// Each person followed by ", who ..." and the tokens of that relative clause (up to the next comma,
    /// semicolon or the sentence's end).
    func relativeClausesAfterPersons() -> [(person: Int, clause: Range<Int>)] {
        var out: [(Int, Range<Int>)] = []
        for m in mentions where x.entities[m.entity].type == .person {
            let comma = m.mention.tokens.upperBound
            guard x.punct(comma) == ",", word(comma + 1) == "who" else { continue }
            let start = comma + 2
            var end = start
            while end < sentence.tokens.upperBound, x.punct(end) != ",", x.punct(end) != ";" { end += 1 }
            if end > start { out.append((m.entity, start..<end)) }
        }
        return out
    }

    /// The same sentence cut to `tokens`: rules read it as a sentence of its own (its mentions, times and places
    /// only), with what the article told before it.
    func narrowed(to tokens: Range<Int>) -> SentenceContext {
        let span = TextSpan(x.text.tokens[tokens.lowerBound].start, x.text.tokens[tokens.upperBound - 1].end)
        let part = TokenSentence(span: span, tokens: tokens, block: sentence.block)
        let inside = mentions.filter { tokens.contains($0.mention.tokens.lowerBound) && $0.mention.tokens.upperBound <= tokens.upperBound }
        return SentenceContext(reader: x, sentence: part, mentions: inside, state: state, families: families)
    }
}
