// visit.dispatch — "The government dispatched X to Y", "Z sent X to Y": the one sent travels there.
import ReadoutCore
import ReadoutKnowledge

struct DispatchVisit: SingleEventRule {
    let id = "visit.dispatch"
    let summary = "\"dispatched X to Y\": X travels to Y"
    let family = EventLexicon.visitBit
    let examples = [RuleExample(
        text: "The government dispatched Ambassador Rui Costa to Nairobi on Monday to prepare the summit.",
        type: .visit, participants: ["Rui Costa"], location: "Nairobi")]

    func read(in s: SentenceContext) -> [Event] {
        guard let verb = s.sentence.tokens.first(where: { EventLexicon.visitDispatchVerbs.contains(s.word($0)) && !s.excluded.contains($0) }),
              let envoy = s.mentions.first(where: { m in
                  s.x.entities[m.entity].type == .person && m.mention.tokens.lowerBound > verb && m.mention.tokens.lowerBound <= verb + 4 }),
              let to = ((envoy.mention.tokens.upperBound)..<min(envoy.mention.tokens.upperBound + 14, s.sentence.tokens.upperBound))
                .first(where: { s.word($0) == "to" }),
              let place = s.destination(after: to - 1) ?? s.place(after: to) else { return [] }
        return [s.visit(by: envoy.entity, to: place, trigger: verb)]
    }
}
