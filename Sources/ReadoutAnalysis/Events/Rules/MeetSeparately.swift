// meet.separately — "X met Y and, separately, Z": two meetings of the subject.
import ReadoutCore
import ReadoutKnowledge

struct SeparateMeetings: MeetingTriggerRule {
    let id = "meet.separately"
    let summary = "\"X met Y and, separately, Z\": X–Y and X–Z"
    let examples = [
        RuleExample(text: "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka and, separately, Chancellor Rui Costa on Monday.",
                    participants: ["Ana Lopes", "Rui Costa"]),
        RuleExample(text: "Foreign Minister Ana Lopes spoke separately with Prime Minister Kenji Tanaka and Chancellor Rui Costa on Monday.",
                    participants: ["Ana Lopes", "Rui Costa"]),
        RuleExample(text: "Foreign Minister Ana Lopes held separate talks with Prime Minister Kenji Tanaka and Chancellor Rui Costa on Monday.",
                    participants: ["Ana Lopes", "Rui Costa"])]

    func read(at trigger: Int, in s: SentenceContext) -> [Meeting]? {
        // "held separate talks with X and Y": the adjective on the meeting noun splits it as "separately" would, before
        // every object.
        let adjective = ((trigger - 1)...(trigger + 2)).first { s.sentence.tokens.contains($0) && EventLexicon.meetSeparateAdjective.contains(s.word($0)) }
        guard let split = adjective ?? s.sentence.tokens.first(where: { $0 > trigger && s.word($0) == "separately" }) else { return nil }
        let clause = s.clausePersons(around: trigger)
        let subject = clause.filter { p in s.mentions.contains { $0.entity == p && $0.mention.tokens.upperBound <= trigger } }
        guard !subject.isEmpty else { return nil }
        let objects = clause.filter { !subject.contains($0) }
        let first = objects.filter { p in s.mentions.contains { $0.entity == p && $0.mention.tokens.lowerBound < split } }
        let second = objects.filter { !first.contains($0) }
        // "spoke separately with X and Y": "separately" before them all makes each one a meeting of its own.
        let groups = first.isEmpty ? second.map { [$0] } : [first, second]
        return groups.filter { !$0.isEmpty }.compactMap { s.meeting(trigger: trigger, people: subject + $0) }
    }
}
