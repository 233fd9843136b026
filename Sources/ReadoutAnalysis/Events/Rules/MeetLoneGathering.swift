// meet.lone-gathering — "X spoke at a seminar in Y": a gathering with one named person so far, kept
// until a later sentence names another ("Z also attended the session").
import ReadoutCore
import ReadoutKnowledge

struct LoneGathering: MeetingTriggerRule {
    let id = "meet.lone-gathering"
    let summary = "\"X held a seminar\" + \"Z also attended the session\": a gathering completed by a later sentence"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes opened a seminar on ocean governance in Lisbon on Monday. Chancellor Rui Costa also attended the session.",
        participants: ["Ana Lopes", "Rui Costa"])]

    func read(at trigger: Int, in s: SentenceContext) -> [Meeting]? {
        guard EventLexicon.gatheringWords.contains(s.word(trigger)) else { return nil }
        let people = s.clausePersons(around: trigger)
        guard people.count == 1, let m = s.meeting(trigger: trigger, people: people, allowSingle: true) else { return nil }
        return [m]
    }
}
