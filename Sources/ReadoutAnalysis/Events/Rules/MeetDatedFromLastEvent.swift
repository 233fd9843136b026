// meet.dated-from-last-event — "The call came a day after X held talks with Y": a meeting dated by
// counting from the event just told.
import ReadoutCore
import ReadoutKnowledge

struct MeetingDatedFromLastEvent: MeetingTriggerRule {
    let id = "meet.dated-from-last-event"
    let summary = "\"The visit came two days after X met Y\": X–Y dated from the last event's day"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Tokyo on Monday. The meeting came two days after Lopes held talks with Trade Minister Rui Costa.",
        participants: ["Ana Lopes", "Rui Costa"], date: "2025-03-08")]

    func read(at trigger: Int, in s: SentenceContext) -> [Meeting]? { s.meetingBeforeTheLastEvent().map { [$0] } }
}

extension SentenceContext {
    /// "The call came a day after X held a virtual meeting with Y", "The visit came five days after X hosted Y":
    /// a meeting dated from the event just told.
    func meetingBeforeTheLastEvent() -> Meeting? {
        let lo = sentence.tokens.lowerBound
        guard word(lo) == "the", EventLexicon.meetAnaphoricEventNoun.contains(word(lo + 1)),
              let anchor = lastEventDate.flatMap(CalendarDay.init(isoPrefix:)),
              let unit = sentence.tokens.first(where: { EventLexicon.timeCountUnit.contains(word($0)) && EventLexicon.timeBeforeAfter.contains(word($0 + 1)) }),
              let n = EventLexicon.smallNumbers[word(unit - 1)] else { return nil }
        let days = (word(unit).hasPrefix("week") ? 7 : 1) * n * (word(unit + 1) == "after" ? -1 : 1)
        guard let second = ((unit + 2)..<sentence.tokens.upperBound).first(where: { EventLexicon.meetVerbs.contains(word($0)) && !excluded.contains($0) }) else { return nil }
        let people = clausePersons(around: second).filter { p in mentions.contains { $0.entity == p && $0.mention.tokens.lowerBound > unit } }
        guard people.count >= 2, var m = meeting(trigger: second, people: people) else { return nil }
        m.event.date = anchor.adding(days: days).isoDay
        m.event.dateText = x.text.text(tokens: (unit - 1)..<(unit + 2))
        return m
    }
}
