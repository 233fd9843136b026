// sanction.imposer — "X imposed sanctions on Y": the country or body that imposes them.
import ReadoutCore
import ReadoutKnowledge

struct ImposerSanction: SingleEventRule {
    let id = "sanction.imposer"
    let summary = "\"X imposed sanctions\": the country or body named before the trigger imposes them"
    let family = EventLexicon.sanctionBit
    let examples = [RuleExample(
        text: "Canada imposed sanctions on three shipping firms on Monday.",
        type: .sanction, participants: ["Canada"])]

    func read(in s: SentenceContext) -> [Event] { s.sanction().map { [$0] } ?? [] }
}

extension SentenceContext {
    func sanction() -> Event? {
        guard families & EventLexicon.sanctionBit != 0 else { return nil }
        guard let trigger = firstIndex(in: EventLexicon.sanctionWords) else { return nil }
        // The imposer: the country or body named nearest before the trigger ("the ministry announced that China
        // has decided to impose sanctions"), or a demonym there ("The Canadian government has imposed sanctions").
        var name: String?
        var ids: [String] = []
        if let imposer = mentions.last(where: { m in m.mention.tokens.upperBound <= trigger && isParty(m) }) {
            name = x.entities[imposer.entity].name
            ids = [x.entities[imposer.entity].id]
        } else if let d = (sentence.tokens.lowerBound..<trigger).first(where: { x.isWord($0) && x.text.tokens[$0].isCapitalized &&
                                                                                 x.knowledge.countryForDemonym(x.text.words[$0]) != nil }) {
            name = x.knowledge.countryForDemonym(x.text.words[d])?.name
        }
        guard let name else { return nil }
        let when = time(near: trigger)
        let (evidence, span) = evidence()
        return triggered(at: trigger, Event(id: "", type: .sanction, status: status(trigger: trigger), participants: [name],
                     participantEntities: ids, date: when?.value, dateText: when?.text,
                     location: place(), topics: topics(), evidence: evidence, evidenceSpan: span))
    }
}
