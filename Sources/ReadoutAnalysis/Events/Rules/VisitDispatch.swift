// visit.dispatch — "The government dispatched X to Y", "Z sent X to Y": the one sent travels there; "Z will
// send a group of officials to Y": unnamed people sent travel for Z's country.
import ReadoutCore
import ReadoutKnowledge

struct DispatchVisit: SingleEventRule {
    let id = "visit.dispatch"
    let summary = "\"dispatched X to Y\": X travels to Y"
    let family = EventLexicon.visitBit
    let examples = [
        RuleExample(text: "The government dispatched Ambassador Rui Costa to Nairobi on Monday to prepare the summit.",
                    type: .visit, participants: ["Rui Costa"], location: "Nairobi"),
        RuleExample(text: "Portugal's President Ana Lopes will send a group of senior officials to Kenya after the vote.",
                    type: .visit, participants: ["Portugal"], status: .planned, location: "Kenya"),
    ]

    func read(in s: SentenceContext) -> [Event] {
        guard let verb = s.sentence.tokens.first(where: { EventLexicon.visitDispatchVerbs.contains(s.word($0)) && !s.excluded.contains($0) }),
              let (traveller, end) = s.envoy(after: verb) ?? s.unnamedEnvoys(after: verb),
              let to = (end..<min(end + 14, s.sentence.tokens.upperBound)).first(where: { s.word($0) == "to" }),
              let place = s.destination(after: to - 1) ?? s.place(after: to) else { return [] }
        return [s.visit(by: traveller, to: place, trigger: verb)]
    }
}

extension SentenceContext {
    /// The person sent: named right after the verb ("sent Ambassador X"); with the token after the name.
    func envoy(after verb: Int) -> (Int, Int)? {
        mentions.first { m in
            x.entities[m.entity].type == .person && m.mention.tokens.lowerBound > verb && m.mention.tokens.lowerBound <= verb + 4
        }.map { ($0.entity, $0.mention.tokens.upperBound) }
    }

    /// "will send a group of former officials", "sent a delegation": people sent without a name travel for the
    /// sender's country (the sender's own, or the country that is the subject); with the token after the people noun.
    func unnamedEnvoys(after verb: Int) -> (Int, Int)? {
        guard let noun = ((verb + 1)..<min(verb + 9, sentence.tokens.upperBound)).first(where: { EventLexicon.peopleNouns.contains(word($0)) }),
              !mentions.contains(where: { $0.mention.tokens.lowerBound > verb && $0.mention.tokens.lowerBound < noun }),
              let sender = mentions.last(where: { m in
                  m.mention.tokens.upperBound <= verb && !isSpeaker(m) && !m.mention.tokens.contains { excluded.contains($0) } &&
                      (x.entities[m.entity].type == .person || x.entities[m.entity].type == .gpe) }),
              let code = x.entities[sender.entity].country, let country = x.lookup.country(code: code) else { return nil }
        return (country, noun + 1)
    }
}
