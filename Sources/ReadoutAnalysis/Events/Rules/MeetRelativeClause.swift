// meet.relative-clause — "X, who met Y in Lima last week, said ...": a relative clause after a person tells
// a meeting of that person's own, besides whatever the sentence's main clause tells. The clause is read as a
// sentence of its own (its trigger, people, date and place; the main clause's are not its), with the person
// it describes as its subject.
import ReadoutCore

struct RelativeClauseMeeting: MeetingSentenceRule {
    let id = "meet.relative-clause"
    let summary = "\"X, who met Y in Lima last week, said ...\": X–Y, dated and placed by the clause alone"
    let examples = [
        RuleExample(text: "Foreign Minister Ana Lopes, who met Kenji Tanaka in Tokyo on Monday, flew on to Seoul on Wednesday.",
                    participants: ["Ana Lopes", "Kenji Tanaka"], status: .occurred, date: "2025-03-10", location: "Tokyo"),
        RuleExample(text: "Chancellor Rui Costa, who will hold talks with President Amara Diallo next week, said trade would come first.",
                    participants: ["Rui Costa", "Amara Diallo"], status: .planned),
    ]

    func read(in s: SentenceContext) -> [Meeting]? {
        var found: [Meeting] = []
        for (person, clause) in s.relativeClausesAfterPersons() {
            let inner = s.narrowed(to: clause)
            guard let trigger = inner.meetTrigger() else { continue }
            let others = inner.clausePersons(around: trigger).filter { $0 != person }
            guard var meeting = inner.meeting(trigger: trigger, people: [person] + others) else { continue }
            // The evidence is the whole sentence, as for every event.
            (meeting.event.evidence, meeting.event.evidenceSpan) = s.evidence()
            found.append(meeting)
        }
        return found
    }
}

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
