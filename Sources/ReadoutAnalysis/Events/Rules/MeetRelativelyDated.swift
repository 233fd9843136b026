// meet.relatively-dated — "X spoke to Y on Thursday, a day after he spoke to Z": the sentence's meeting,
// and a second one dated relative to it.
import ReadoutCore
import ReadoutKnowledge

struct RelativelyDatedMeetings: MeetingTriggerRule {
    let id = "meet.relatively-dated"
    let summary = "\"X spoke to Y on Thursday, a day after she spoke to Z\": two meetings, the second dated from the first"
    let examples = [RuleExample(
        text: "President Ana Lopes spoke to Prime Minister Kenji Tanaka on Thursday, a day after she spoke to Chancellor Rui Costa.",
        participants: ["Ana Lopes", "Rui Costa"], date: "2025-03-12")]

    func read(at trigger: Int, in s: SentenceContext) -> [Meeting]? {
        // Cheap test first: most sentences count no days.
        guard s.sentence.tokens.contains(where: { $0 > trigger && EventLexicon.timeDayUnit.contains(s.word($0)) }),
              let first = s.meeting(trigger: trigger, people: nil),
              let second = s.relativelyDatedMeeting(after: trigger, first: first) else { return nil }
        return [first, second]
    }
}

extension SentenceContext {
    /// "X spoke to Y on Thursday, a day after he spoke to Z": a second meeting in the same sentence, dated
    /// relative to the first.
    func relativelyDatedMeeting(after trigger: Int, first: Meeting) -> Meeting? {
        let hi = sentence.tokens.upperBound
        // "a day after", "two days before", "a day earlier"
        guard let unit = sentence.tokens.first(where: { $0 > trigger && EventLexicon.timeDayUnit.contains(word($0)) && $0 + 1 < hi &&
                                                        EventLexicon.timeRelativeDirection.contains(word($0 + 1)) }),
              unit > sentence.tokens.lowerBound else { return nil }
        guard let n = EventLexicon.smallNumbers[word(unit - 1)] else { return nil }
        let direction = EventLexicon.timeAfterwards.contains(word(unit + 1)) ? -1 : 1   // "a day after he spoke": his call came first
        guard let second = ((unit + 2)..<hi).first(where: { EventLexicon.meetVerbs.contains(word($0)) && !excluded.contains($0) }) else { return nil }
        var people = clausePersons(around: second).filter { p in mentions.contains { $0.entity == p && $0.mention.tokens.lowerBound > unit } }
        if let p = pronounSubject(before: second), !people.contains(p) { people.insert(p, at: 0) }
        guard people.count >= 2, var m = meeting(trigger: second, people: people) else { return nil }
        if let anchor = first.event.date.flatMap(CalendarDay.init(isoPrefix:)), first.event.date?.count == 10 {
            m.event.date = anchor.adding(days: direction * n).isoDay
            m.event.dateText = x.text.text(tokens: (unit - 1)..<(unit + 2))
        } else {
            m.event.date = nil
        }
        return m
    }
}
