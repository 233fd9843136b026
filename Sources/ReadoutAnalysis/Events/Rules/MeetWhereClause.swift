// meet.where-clause — "X met Y in Beijing before flying to Seoul, where he will meet Z": a clause opened by
// ", where" after a place tells a meeting at that place of the sentence's subject (or of the person the clause
// names as its own subject), besides the meeting the main clause told. Its date is the clause's own.
import ReadoutCore

struct WhereClauseMeeting: MeetingFollowUpRule {
    let id = "meet.where-clause"
    let summary = "\"X met Y before flying to Seoul, where he will meet Z\": a second meeting, X–Z in Seoul"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Tokyo on Monday before flying to Seoul, where she will meet President Park Min-ho.",
        participants: ["Ana Lopes", "Park Min-ho"], status: .planned, location: "Seoul")]

    func read(after first: Meeting, in s: SentenceContext) -> Meeting? {
        guard first.event.evidenceSpan == s.sentence.span, let firstTrigger = first.event.trigger,
              let (place, clause) = s.whereClauseAfterPlace(),
              s.x.text.tokens[place.mention.tokens.lowerBound].start > firstTrigger.start else { return nil }
        let inner = s.narrowed(to: clause)
        guard let trigger = inner.meetTrigger() else { return nil }
        let named = inner.clausePersons(around: trigger)
        // The clause's own subject when it names one before its verb; else "he"/"she" is the main clause's subject.
        let ownSubject = inner.mentions.contains { s.x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= trigger }
        guard let subject = ownSubject ? named.first : s.mainSubject() else { return nil }
        guard var meeting = s.meeting(in: inner, trigger: trigger, people: [subject] + named.filter { $0 != subject }) else { return nil }
        meeting.event.location = place.mention.text
        return meeting
    }
}

extension SentenceContext {
    /// A city or country followed by ", where ..." and that clause's tokens (up to the next comma, semicolon or
    /// the sentence's end).
    func whereClauseAfterPlace() -> (place: LinkedMention, clause: Range<Int>)? {
        for m in mentions where x.entities[m.entity].type == .gpe && !m.mention.isMetonym {
            let comma = m.mention.tokens.upperBound
            guard x.punct(comma) == ",", word(comma + 1) == "where" else { continue }
            var end = comma + 2
            while end < sentence.tokens.upperBound, x.punct(end) != ",", x.punct(end) != ";" { end += 1 }
            if end > comma + 2 { return (m, (comma + 2)..<end) }
        }
        return nil
    }

    /// The person the sentence's main clause is about: the first named who is neither a speaker nor after a
    /// preposition ("with President X").
    func mainSubject() -> Int? {
        mentions.first { m in
            x.entities[m.entity].type == .person && !isSpeaker(m) && !isPrepositionObject(m) &&
                !m.mention.tokens.contains(where: { excluded.contains($0) })
        }?.entity
    }
}
