// sanction.imposer — "X imposed sanctions on Y", "X sanctioned Y": the subject of the verb that imposes them.
import ReadoutCore
import ReadoutKnowledge

struct ImposerSanction: SingleEventRule {
    let id = "sanction.imposer"
    let summary = "\"X imposed sanctions\", \"X sanctioned Y\": the subject of the imposing verb"
    let family = EventLexicon.sanctionBit
    let examples = [
        RuleExample(
        text: "Canada imposed sanctions on three shipping firms on Monday.",
        type: .sanction, participants: ["Canada"]),
        RuleExample(text: "The Kenyan government on Monday sanctioned two logging companies.", type: .sanction, participants: ["Kenya"]),
    ]

    func read(in s: SentenceContext) -> [Event] { s.sanction().map { [$0] } ?? [] }
}

extension SentenceContext {
    static let sanctionNouns = Vocabulary.shared.set("sanction.noun")
    static let imposingVerbs = Vocabulary.shared.set("sanction.imposing-verb")
    static let sanctionVerbs = Vocabulary.shared.set("sanction.verb")
    static let freezingVerbs = Vocabulary.shared.set("sanction.freezing-verb")
    static let designatingVerbs = Vocabulary.shared.set("sanction.designating-verb")
    static let designationTargets = Vocabulary.shared.set("sanction.designation-target")
    static let joiningVerbs = Vocabulary.shared.set("event.joining-verb")

    /// Sanctions are imposed by a verb ("X imposed sanctions on Y", "X sanctioned Y", "X's decision to impose
    /// tariffs"); its subject (or the possessor of "decision to impose") is the imposer. A sanctions noun no verb
    /// imposes ("the new sanctions won't give X leverage") is a reference, not an event.
    func sanction() -> Event? {
        guard families & EventLexicon.sanctionBit != 0 else { return nil }
        if let (verb, agent) = passiveImposition() { return sanctionEvent(by: agent, name: x.entities[agent].name, verb: verb) }
        guard let verb = sanctionVerb() else { return nil }
        var imposer: Int?
        // "X's decision to impose tariffs", "the move to impose sanctions": an infinitive after a noun has that
        // noun's possessor as its agent, or none named — not the sentence's subject.
        if word(verb - 1) == "to", verb - 2 >= sentence.tokens.lowerBound, x.isWord(verb - 2), !x.text.tokens[verb - 2].isCapitalized,
           EventLexicon.articleAny.contains(word(verb - 3)) || EventLexicon.orthographyPossessive.contains(word(verb - 3)) {
            guard EventLexicon.orthographyPossessive.contains(word(verb - 3)),
                  let owner = mentions.last(where: { $0.mention.tokens.upperBound == verb - 3 }) else { return nil }
            return sanctionEvent(by: owner.entity, name: x.entities[owner.entity].name, verb: verb)
        }
        let subject = subject(of: verb).filter { !$0.mention.tokens.contains(where: { excluded.contains($0) }) || isPossessor($0) }
            // A body inside a person's title ("Foreign Ministry spokesman X") is not the subject.
            .filter { m in !mentions.contains { p in x.entities[p.entity].type == .person && p.entity != m.entity &&
                                                      p.mention.tokens.lowerBound > m.mention.tokens.lowerBound &&
                                                      p.mention.tokens.lowerBound - m.mention.tokens.upperBound <= 2 } }
        // "Canada joined Britain in imposing asset freezes": both impose them, the one joined and the one joining.
        if let (joiner, joined) = joinedInImposing(verb, subject) {
            return sanctionEvent(by: joiner, name: x.entities[joiner].name, verb: verb, with: joined)
        }
        // Countries and bodies first ("The Canadian government has imposed"), then people ("Lopes's decision to impose").
        imposer = subject.last(where: { isParty($0) })?.entity ?? subject.last(where: { x.entities[$0.entity].type == .person })?.entity
        var name = imposer.map { x.entities[$0].name }
        if name == nil, let d = (clauseStart(before: verb)..<verb).first(where: { x.isWord($0) && x.text.tokens[$0].isCapitalized &&
                                                                               x.knowledge.countryForDemonym(x.text.words[$0]) != nil }) {
            name = x.knowledge.countryForDemonym(x.text.words[d])?.name
        }
        if name == nil, let p = pronounSubject(before: verb) { imposer = p; name = x.entities[p].name }
        guard let name else { return nil }
        return sanctionEvent(by: imposer, name: name, verb: verb)
    }

    func sanctionEvent(by imposer: Int?, name: String, verb: Int, with partners: [Int] = []) -> Event {
        let when = time(near: verb)
        let (evidence, span) = evidence()
        let others = partners.map { x.entities[$0] }
        return triggered(at: verb, Event(id: "", type: .sanction, status: status(trigger: verb), participants: [name] + others.map(\.name),
                                         participantEntities: (imposer.map { [x.entities[$0].id] } ?? []) + others.map(\.id), date: when?.value,
                                         dateText: when?.text, location: place(), topics: topics(), evidence: evidence,
                                         evidenceSpan: span))
    }

    /// "X joined Y in imposing ...", "X joined Y and Z in imposing ...": the parties joined (listed right before
    /// "in") and the party joining (the subject of "joined" in the same clause), each a country or body.
    func joinedInImposing(_ verb: Int, _ subject: [LinkedMention]) -> (joiner: Int, joined: [Int])? {
        func party(endingAt end: Int) -> LinkedMention? { subject.last { $0.mention.tokens.upperBound == end && isParty($0) } }
        guard word(verb - 1) == "in", var m = party(endingAt: verb - 1) else { return nil }
        var joined = [m.entity]
        var k = m.mention.tokens.lowerBound - 1
        while true {
            if EventLexicon.articleAny.contains(word(k)) { k -= 1 }
            guard EventLexicon.collectiveListJoiner.contains(word(k)), let next = party(endingAt: k) else { break }
            m = next
            joined.insert(m.entity, at: 0)
            k = m.mention.tokens.lowerBound - 1
        }
        guard Self.joiningVerbs.contains(word(k)),
              let joiner = subject.last(where: { $0.mention.tokens.upperBound <= k && isParty($0) }), !joined.contains(joiner.entity) else { return nil }
        return (joiner.entity, joined)
    }

    /// "sanctions imposed by the EU last month", "the tariffs were levied by Washington", "a firm blacklisted by
    /// the US Treasury": in the passive, the agent after "by" imposes them (the subject is what they fall on).
    /// Only a sanctions noun imposed, or a verb that means nothing but a penalty: "sanctioned by the council" may
    /// be an approval, and is read only when a country or body is the agent.
    func passiveImposition() -> (verb: Int, agent: Int)? {
        for i in sentence.tokens where !excluded.contains(i) && x.isWord(i) && word(i + 1) == "by" {
            let w = word(i)
            let imposed: Bool
            if Self.imposingVerbs.contains(w) && w.hasSuffix("ed") {
                // The noun right before, or before "were"/"have been" ("sanctions were imposed by").
                var k = i - 1
                while k > i - 4 && k > sentence.tokens.lowerBound && (EventLexicon.visitBeVerbs.contains(word(k)) || word(k) == "have" || word(k) == "had") {
                    k -= 1
                }
                imposed = k >= sentence.tokens.lowerBound && Self.sanctionNouns.contains(word(k))
            } else {
                imposed = Self.sanctionVerbs.contains(w)
            }
            guard imposed else { continue }
            let start = EventLexicon.articleAny.contains(word(i + 2)) ? i + 3 : i + 2
            guard let agent = mentions.first(where: { $0.mention.tokens.lowerBound == start || $0.mention.tokens.lowerBound == i + 2 }),
                  isParty(agent) || (w != "sanctioned" && x.entities[agent.entity].type == .person) else { continue }
            return (i, agent.entity)
        }
        return nil
    }

    /// "imposed sanctions", "agreed on new sanctions", "slapped tariffs", or "sanctioned" itself (not "sanctioned by").
    func sanctionVerb() -> Int? {
        for i in sentence.tokens where !excluded.contains(i) && x.isWord(i) {
            let w = word(i)
            if Self.sanctionVerbs.contains(w) && word(i + 1) != "by" && !EventLexicon.articleAny.contains(word(i - 1)) { return i }
            // "froze the assets of two officials": freezing assets is a sanction ("froze talks" is not).
            if Self.freezingVerbs.contains(w) && (word(i + 1) == "assets" || (word(i + 1) == "the" && word(i + 2) == "assets")) { return i }
            // "designated five entities", "designated the group a terrorist organisation": a designation of targets
            // (not "the designated area", "designated Lisbon as the venue").
            if Self.designatingVerbs.contains(w), !EventLexicon.articleAny.contains(word(i - 1)),
               ((i + 1)..<min(i + 7, sentence.tokens.upperBound)).contains(where: { Self.designationTargets.contains(word($0)) }) { return i }
            guard Self.imposingVerbs.contains(w) else { continue }
            let object = (i + 1)..<min(i + 7, sentence.tokens.upperBound)
            if object.contains(where: { Self.sanctionNouns.contains(word($0)) }) { return i }
        }
        return nil
    }

    /// "Lopes's decision": a person or body named as a possessor.
    func isPossessor(_ m: LinkedMention) -> Bool { EventLexicon.orthographyPossessive.contains(word(m.mention.tokens.upperBound)) }
}
