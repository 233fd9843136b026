// Clauses of their own inside a sentence: a relative clause after a person ("X, who met Y in Lima, ..."), and
// the sentence cut to such a clause so that the argument readers read it as a sentence of its own. Used by the
// rules that read events told in those clauses (meet.relative-clause, visit.relative-clause, meet.where-clause,
// meet.later-predicate).
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

    /// The meeting at `trigger` of a clause cut from this sentence (`inner`), among exactly `people`: a pronoun the
    /// cut clause holds cannot find its antecedent, so only the people given stay. The evidence is the whole sentence.
    func meeting(in inner: SentenceContext, trigger: Int, people: [Int]) -> Meeting? {
        guard people.count >= 2, var meeting = inner.meeting(trigger: trigger, people: people) else { return nil }
        meeting.entityIndices = meeting.entityIndices.filter(people.contains)
        guard meeting.entityIndices.count >= 2 else { return nil }
        meeting.event.participants = meeting.entityIndices.map { x.entities[$0].name }
        meeting.event.participantEntities = meeting.entityIndices.map { x.entities[$0].id }
        (meeting.event.evidence, meeting.event.evidenceSpan) = evidence()
        return meeting
    }
}
