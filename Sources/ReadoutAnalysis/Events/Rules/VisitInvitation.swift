// visit.invitation — "X invited Y to the celebration in Z", "invited Y for a return visit", "thanked Y and
// invited him to ...": the one invited is due to travel (a planned visit).
import ReadoutCore
import ReadoutKnowledge

struct InvitationVisit: SingleEventRule {
    let id = "visit.invitation"
    let summary = "\"X invited Y to ... in Z\": Y's planned visit to Z"
    let family = EventLexicon.visitBit
    let examples = [RuleExample(
        text: "President Amara Diallo invited Prime Minister Kenji Tanaka to the independence day celebration in Dakar.",
        type: .visit, participants: ["Kenji Tanaka"], status: .planned, location: "Dakar"),
        RuleExample(text: "Japanese Prime Minister Kenji Tanaka held talks with President Amara Diallo on Monday. Diallo praised the talks and invited the Japanese premier for a return visit.",
                    type: .visit, participants: ["Kenji Tanaka"], status: .planned),
        RuleExample(text: "President Amara Diallo thanked Prime Minister Kenji Tanaka for the aid and invited him to the summit in Dakar.",
                    type: .visit, participants: ["Kenji Tanaka"], status: .planned, location: "Dakar")]

    func read(in s: SentenceContext) -> [Event] {
        guard let verb = s.sentence.tokens.first(where: { EventModality.invitationVerbs.contains(s.word($0)) && !s.excluded.contains($0) })
        else { return [] }
        // The guest: a person named right after the verb, "him" or "her", or a description ("the Greek premier").
        let named = s.mentions.first { $0.mention.tokens.lowerBound > verb && $0.mention.tokens.lowerBound <= verb + 3 &&
                                       s.x.entities[$0.entity].type == .person }
        var guest = named?.entity ?? s.objectPronounGuest(after: verb)
        if guest == nil, let to = ((verb + 1)..<min(verb + 7, s.sentence.tokens.upperBound)).first(where: { ["to", "for"].contains(s.word($0)) }) {
            guest = s.describedPersons(endingAt: to)
        }
        guard let who = guest else { return [] }
        let after = named?.mention.tokens.upperBound ?? verb
        // "invited Y for a return visit": a visit, whose place the sentence leaves unsaid.
        let visitNamed = (after..<min(after + 8, s.sentence.tokens.upperBound)).contains { EventLexicon.visitNoun.contains(s.word($0)) }
        let place = s.place(after: after) ?? s.destination(after: after)
        guard place != nil || visitNamed else { return [] }
        var event = s.visit(by: who, to: place, trigger: verb)
        event.status = .planned
        return [event]
    }
}
