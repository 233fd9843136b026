// agree.parties — "X and Y signed an agreement": the countries and bodies that are parties to it.
import ReadoutCore
import ReadoutKnowledge

struct PartiesAgreement: SingleEventRule {
    let id = "agree.parties"
    let summary = "\"X and Y signed an agreement\": the countries and bodies of the sentence are its parties"
    let family = EventLexicon.agreeBit
    let examples = [RuleExample(
        text: "Portugal and Japan signed an agreement on fisheries on Monday.",
        type: .agree, participants: ["Portugal", "Japan"])]

    func read(in s: SentenceContext) -> Event? { s.agreement() }
}

extension SentenceContext {
    func agreement() -> Event? {
        guard families & EventLexicon.agreeBit != 0 else { return nil }
        guard let trigger = firstIndex(in: EventLexicon.agreeWords) else { return nil }
        let parties = mentions.filter { m in
            !m.mention.tokens.contains(where: { excluded.contains($0) }) && isParty(m)
        }.map(\.entity)
        var unique: [Int] = []
        for p in parties where !unique.contains(p) { unique.append(p) }
        // "Peru and Peru's foreign ministry": a country's own body is not a second party beside it.
        let countries = Set(unique.compactMap { x.entities[$0].type == .gpe ? x.entities[$0].country : nil })
        unique.removeAll { x.entities[$0].type == .org && x.entities[$0].country.map(countries.contains) == true }
        guard unique.count >= 2 else { return nil }
        let when = time(near: trigger)
        let (evidence, span) = evidence()
        return triggered(at: trigger, Event(id: "", type: .agree, status: status(trigger: trigger), participants: names(unique),
                     participantEntities: unique.map { x.entities[$0].id }, date: when?.value, dateText: when?.text,
                     location: place(), topics: topics(), evidence: evidence, evidenceSpan: span))
    }
}
