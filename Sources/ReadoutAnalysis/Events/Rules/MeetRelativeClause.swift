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
