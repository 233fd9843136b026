// visit.relative-clause — "X, who arrived in Lima on Monday, met Y": a relative clause after a person tells
// that person's trip, read from the clause alone (its trigger, destination and date), besides whatever the
// main clause tells.
import ReadoutCore

struct RelativeClauseVisit: SingleEventRule {
    let id = "visit.relative-clause"
    let summary = "\"X, who arrived in Lima on Monday, met Y\": X travels to Lima"
    let family = EventLexicon.visitBit
    let examples = [RuleExample(
        text: "Prime Minister Kenji Tanaka, who arrived in Lisbon on Monday, met President Ana Lopes.",
        type: .visit, participants: ["Kenji Tanaka"], status: .occurred, date: "2025-03-10", location: "Lisbon")]

    func read(in s: SentenceContext) -> [Event] {
        s.relativeClausesAfterPersons().compactMap { person, clause in
            let inner = s.narrowed(to: clause)
            guard let trigger = inner.visitTrigger(),
                  let place = inner.destination(after: trigger) ?? inner.destination(before: trigger) ??
                    inner.place(prepositions: EventLexicon.visitPlacePreposition) else { return nil }
            var visit = inner.visit(by: person, to: place, trigger: trigger)
            (visit.evidence, visit.evidenceSpan) = s.evidence()
            return visit
        }
    }
}
