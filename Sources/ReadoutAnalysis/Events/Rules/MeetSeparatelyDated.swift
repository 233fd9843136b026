// meet.separately-dated — "X met Y in April and Z in October": one meeting per person with a date of
// their own.
import ReadoutCore
import ReadoutKnowledge

struct SeparatelyDatedMeetings: MeetingTriggerRule {
    let id = "meet.separately-dated"
    let summary = "\"X met Y in April and Z in October\": a meeting per object, each with its own date"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in April and Chancellor Rui Costa in October.",
        published: "2025-12-01", participants: ["Ana Lopes", "Rui Costa"], date: "2025-10")]

    func read(at trigger: Int, in s: SentenceContext) -> [Meeting]? { s.separatelyDatedMeetings(trigger: trigger) }
}

extension SentenceContext {
    /// "met X in April, and Y in October": each person after the trigger followed by a date of their own is a
    /// separate meeting with the subject.
    func separatelyDatedMeetings(trigger: Int) -> [Meeting]? {
        let people = mentions.filter { x.entities[$0.entity].type == .person && !$0.mention.tokens.contains(where: { excluded.contains($0) }) }
        let subject = people.filter { $0.mention.tokens.upperBound <= trigger }.map(\.entity)
        var objects = people.filter { $0.mention.tokens.lowerBound > trigger }
        guard subject.count == 1, objects.count >= 2 else { return nil }
        // Only the trigger's own objects: not people of another action ("before flying to Quito, where she will
        // meet Z on Sunday" is a meeting of its own, meet.where-clause), nor those of a later predicate ("... and
        // will meet Z on Friday", meet.later-predicate).
        let end = [placeCutoff(after: trigger), whereClauseAfterPlace()?.clause.lowerBound, laterPredicate(after: trigger)]
            .compactMap { $0 }.min() ?? Int.max
        objects.removeAll { $0.mention.tokens.lowerBound >= end }
        guard objects.count >= 2 else { return nil }
        objects.sort { $0.mention.span < $1.mention.span }
        var result: [Meeting] = []
        for (n, object) in objects.enumerated() {
            let limit = n + 1 < objects.count ? objects[n + 1].mention.span.start : sentence.span.end
            // (A time ending by `limit` starts by it too.)
            guard let t = x.lookup.times.starting(from: object.mention.span.end, through: limit).lazy.map({ x.times[$0] })
                .first(where: { $0.span.end <= limit && $0.value != nil }) else { return nil }
            guard var m = meeting(trigger: trigger, people: subject + [object.entity]) else { return nil }
            m.event.date = t.value
            m.event.dateText = t.text
            result.append(m)
        }
        // Distinct dates only; the same date for all is one meeting.
        return Set(result.compactMap(\.event.date)).count == result.count ? result : nil
    }
}
