// meet.clause — the common case: the people of the trigger's clause met ("X met Y", "X and Y held
// talks", "X hosted Y", "talks between X and Y"), completed by pronouns, descriptions and bodies.
import ReadoutCore
import ReadoutKnowledge

struct ClauseMeeting: MeetingTriggerRule {
    let id = "meet.clause"
    let summary = "\"X met Y\", \"X held talks with Y\": the people (or bodies) of the trigger's clause"
    let examples = [
        RuleExample(text: "Foreign Minister Ana Lopes met her Japanese counterpart Kenji Tanaka in Tokyo on Monday.",
                    participants: ["Ana Lopes", "Kenji Tanaka"], status: .occurred, date: "2025-03-10", location: "Tokyo"),
        RuleExample(text: "Prime Minister Kenji Tanaka will hold talks with President Ana Lopes in Lisbon next week.",
                    participants: ["Ana Lopes", "Kenji Tanaka"], status: .planned),
    ]

    func read(at trigger: Int, in s: SentenceContext) -> [Meeting]? { s.meeting(trigger: trigger, people: nil).map { [$0] } }
}
