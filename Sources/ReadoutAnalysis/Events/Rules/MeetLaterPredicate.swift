// meet.later-predicate — "X met Y on Tuesday and will meet Z on Friday", "... and they will meet again on
// Sunday": a coordinated predicate of its own ("and will ...", ", and she was ...") after the first meeting tells
// a second meeting of the sentence's subject, with its own date, status and place; "again" with no one new named
// is the same people meeting again.
import ReadoutCore

struct LaterPredicateMeeting: MeetingFollowUpRule {
    let id = "meet.later-predicate"
    let summary = "\"X met Y on Tuesday and will meet Z on Friday\": a second meeting, X–Z, dated and placed by its own predicate"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka on Tuesday and will meet President Park Min-ho in Seoul on Friday.",
        published: "2025-03-12", participants: ["Ana Lopes", "Park Min-ho"], status: .planned, date: "2025-03-14", location: "Seoul")]

    func read(after first: Meeting, in s: SentenceContext) -> Meeting? {
        guard first.event.evidenceSpan == s.sentence.span, let span = first.event.trigger,
              let firstTrigger = s.sentence.tokens.first(where: { s.x.text.tokens[$0].start == span.start }),
              let and = s.laterPredicate(after: firstTrigger), let subject = first.entityIndices.first else { return nil }
        let inner = s.narrowed(to: and..<s.sentence.tokens.upperBound)
        guard let trigger = inner.meetTrigger() else { return nil }
        let named = inner.clausePersons(around: trigger).filter { $0 != subject }
        let people: [Int]
        if named.isEmpty {
            // "and they will meet again": the first meeting's people, on a day of their own.
            guard inner.sentence.tokens.contains(where: { inner.word($0) == "again" }) else { return nil }
            people = first.entityIndices
        } else {
            people = [subject] + named
        }
        return s.meeting(in: inner, trigger: trigger, people: people)
    }
}
