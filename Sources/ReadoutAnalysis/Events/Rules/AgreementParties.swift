// agree.subject-parties — an agreement is made by a verb ("X and Y agreed to ...", "X signed a pact
// with Y", "the two leaders renewed the accord", "witnessed the signing of a memorandum"); its parties
// are that verb's subject (people when people are the subject, else countries and bodies) and a party
// after "with" or "between". An agreement noun that no verb makes ("obstacles to a deal", "the deal
// expires in July", "nearing a deal") is a reference, not an event.
import ReadoutCore
import ReadoutKnowledge

struct PartiesAgreement: SingleEventRule {
    let id = "agree.subject-parties"
    let summary = "\"X and Y signed an agreement\", \"X agreed to ... with Y\": the making verb's subject and its 'with' object"
    let family = EventLexicon.agreeBit
    let examples = [
        RuleExample(text: "Portugal and Japan signed an agreement on fisheries on Monday.",
                    type: .agree, participants: ["Portugal", "Japan"], status: .occurred),
        RuleExample(text: "President Amara Diallo and Prime Minister Kenji Tanaka agreed on Tuesday to reopen the border crossing.",
                    type: .agree, participants: ["Amara Diallo", "Kenji Tanaka"]),
        RuleExample(text: "Late last year, Canada agreed to extend its fisheries accord with Norway for six months.",
                    type: .agree, participants: ["Canada", "Norway"]),
        RuleExample(text: "The African Union adopted the Kigali Declaration on Saturday.",
                    type: .agree, participants: ["African Union"]),
    ]

    func read(in s: SentenceContext) -> [Event] { s.agreement().map { [$0] } ?? [] }
}

extension SentenceContext {
    static let agreeVerbs = Vocabulary.shared.set("agree.verb")
    static let agreeMakingVerbs = Vocabulary.shared.set("agree.making-verb")
    static let agreeNouns = Vocabulary.shared.set("agree.noun")
    static let agreeNounDeterminers = Vocabulary.shared.set("agree.noun-determiner")
    static let agreeGroupSubjects = Vocabulary.shared.set("agree.group-subject")
    static let agreeContinuations = Vocabulary.shared.set("agree.continuation-verb")
    static let agreeProcessNouns = Vocabulary.shared.set("agree.process-noun")
    static let agreeExchangeNouns = Vocabulary.shared.set("agree.exchange-noun")

    func agreement() -> Event? {
        guard families & EventLexicon.agreeBit != 0, let verb = agreementVerb() else { return nil }
        var people: [Int] = []
        var bodies: [Int] = []
        for m in subject(of: verb) where !m.mention.tokens.contains(where: { excluded.contains($0) }) {
            let e = x.entities[m.entity]
            if e.type == .person { if !isSpeaker(m), !people.contains(m.entity) { people.append(m.entity) } }
            else if isParty(m), !bodies.contains(m.entity) { bodies.append(m.entity) }
        }
        // "The deal was signed by X and Y": in the passive, the agents after "by" made it.
        if people.count < 2, bodies.count < 2, EventLexicon.visitBeVerbs.contains(word(verb - 1)), word(verb + 1) == "by" {
            var end = verb + 2
            while end < sentence.tokens.upperBound && x.punct(end) != ";" && !(x.isWord(end) && !x.text.tokens[end].isCapitalized &&
                  EventLexicon.clauseBreaks.contains(word(end))) { end += 1 }
            for m in mentions where m.mention.tokens.lowerBound > verb + 1 && m.mention.tokens.upperBound <= end &&
                x.entities[m.entity].type == .person && !people.contains(m.entity) {
                people.append(m.entity)
            }
        }
        let lo = clauseStart(before: verb)
        // "..., when they signed an accord", "They signed a pact": a plural pronoun as the clause's whole subject
        // is a pair as "the two" is.
        let they = people.isEmpty && bodies.isEmpty && EventLexicon.groupPronouns.contains(word(lo)) &&
            ((lo + 1)..<verb).allSatisfy { x.isWord($0) && !x.text.tokens[$0].isCapitalized }
        // "he and Prince Z signed", "the two leaders renewed the pact", "both sides agreed".
        if !they, let p = pronounSubject(before: verb), !people.contains(p) { people.insert(p, at: 0) }
        let group = (lo..<verb).first { i in EventLexicon.referencePairQuantifier.contains(word(i)) && (Self.agreeGroupSubjects.contains(word(i + 1)) || word(i) == "two") }
        if they {
            let toldHere = peopleBeforeClause(lo)
            people = toldHere.count >= 2 ? toldHere : state.lastMeet.count >= 2 ? state.lastMeet : []
        } else if people.count < 2, bodies.count < 2, let g = group {
            let noun = word(g + 1)
            if EventLexicon.referenceSideNoun.contains(noun) {
                bodies = []
                for name in x.mainCountries() {
                    if let k = x.lookup.entity(named: name) { bodies.append(k) }
                }
            }
            // "the two leaders signed", and "the two sides signed" when the article names no two countries (its
            // people's countries told only by titles, "Chinese President X"): the people of the meeting just told —
            // told in this very sentence when two people stand before the clause ("X met Y on Monday, where the two
            // renewed the accord").
            let toldHere = peopleBeforeClause(lo)
            if bodies.count < 2, toldHere.count >= 2 { people = toldHere }
            else if bodies.count < 2, state.lastMeet.count >= 2 { people = state.lastMeet }
        }
        // A country's own body is not a second party beside it ("Peru and Peru's foreign ministry").
        let countries = Set(bodies.compactMap { x.entities[$0].type == .gpe ? x.entities[$0].country : nil })
        bodies.removeAll { x.entities[$0].type == .org && x.entities[$0].country.map(countries.contains) == true }
        var parties = people.count >= 1 && (people.count >= 2 || bodies.count < 2) ? people : bodies
        // "signed an accord with Norway", "an agreement between X and Y": the other side.
        if parties.count == 1, let other = counterparty(after: verb, excluding: parties[0], wantPerson: people.count == 1) {
            parties.append(other)
        }
        // "The G20 adopted the Leaders' Declaration", "ASEAN signed the charter": a body of many states that makes
        // an agreement is its members agreeing; it is the one party named. (Not "NATO agreed to send ...": only a
        // verb that makes an agreement named as its object.)
        let madeByMembers = parties.count == 1 && bodies == parties && isMultilateral(parties[0]) &&
            Self.agreeMakingVerbs.contains(word(verb))
        guard parties.count >= 2 || madeByMembers else { return nil }
        let when = time(near: verb)
        let (evidence, span) = evidence()
        return triggered(at: verb, Event(id: "", type: .agree, status: status(trigger: verb), participants: names(parties),
                                        participantEntities: parties.map { x.entities[$0].id }, date: when?.value,
                                        dateText: when?.text, location: place(), topics: topics(), evidence: evidence,
                                        evidenceSpan: span))
    }

    /// The people named in this sentence before its clause at `lo`, speakers aside.
    func peopleBeforeClause(_ lo: Int) -> [Int] {
        var people: [Int] = []
        for m in mentions where m.mention.tokens.upperBound <= lo && x.entities[m.entity].type == .person && !isSpeaker(m) &&
            !m.mention.tokens.contains(where: { excluded.contains($0) }) && !people.contains(m.entity) {
            people.append(m.entity)
        }
        return people
    }

    /// An organisation of states ("G20", "African Union"): the gazetteer's international bodies.
    func isMultilateral(_ entity: Int) -> Bool {
        mentions.contains { $0.entity == entity && $0.mention.kind == "international" }
    }

    /// The verb that makes the agreement: "agreed"/"signed" by themselves, or a making verb ("reached",
    /// "renewed") whose object is an agreement noun; "the signing of" a memorandum. Not "a sign of progress",
    /// not a participle after the noun ("the pact signed in 2001" names an old agreement).
    func agreementVerb() -> Int? {
        for i in sentence.tokens where !excluded.contains(i) && x.isWord(i) {
            let w = word(i)
            // "witnessed the exchange of agreements": handing over signed texts is their making.
            if Self.agreeExchangeNouns.contains(w), word(i + 1) == "of",
               ((i + 2)..<min(i + 6, sentence.tokens.upperBound)).contains(where: { Self.agreeNouns.contains(word($0)) }) { return i }
            guard Self.agreeVerbs.contains(w) || Self.agreeMakingVerbs.contains(w) else { continue }
            // "witnessed the signing of cooperation documents": the signing of something is its making, after a
            // determiner too (which before any other verb form makes it a noun: "a sign of progress").
            let signingOf = w == "signing" && word(i + 1) == "of"
            if !signingOf && (Self.agreeNounDeterminers.contains(word(i - 1)) || word(i + 1) == "of") { continue }
            if w == "signing" && word(i + 1) != "of" && word(i - 1) == "the" { continue }
            // "the agreement signed in 2001": a reduced relative clause about an agreement already made.
            if Self.agreeNouns.contains(word(i - 1)) || (x.punct(i - 1) == "," && Self.agreeNouns.contains(word(i - 2))) { continue }
            // "agreed with the assessment", "agreed that more talks were needed": sharing a view is not an accord.
            if w.hasPrefix("agree") && EventLexicon.agreeViewComplement.contains(word(i + 1)) { continue }
            // "agreed to continue talks", "agreed to work together": a promise to go on is not an accord.
            if w.hasPrefix("agree") && word(i + 1) == "to" && Self.agreeContinuations.contains(word(i + 2)) { continue }
            // "agreed to speed up talks on the border", "agreed to launch negotiations": what is agreed is more talking.
            if w.hasPrefix("agree") && word(i + 1) == "to",
               let talks = ((i + 3)..<min(i + 7, sentence.tokens.upperBound)).first(where: { Self.agreeProcessNouns.contains(word($0)) }),
               ((i + 2)..<talks).allSatisfy({ x.isWord($0) && !EventLexicon.clauseBreaks.contains(word($0)) }) { continue }
            if Self.agreeVerbs.contains(w) { return i }
            // A making verb needs an agreement noun as its object, within a short noun phrase.
            let object = (i + 1)..<min(i + 7, sentence.tokens.upperBound)
            if object.contains(where: { Self.agreeNouns.contains(word($0)) }) { return i }
        }
        return nil
    }

    /// The first token of the verb's clause: after a reporting verb, a subordinator or a strong break.
    func clauseStart(before verb: Int) -> Int {
        var lo = verb
        while lo > sentence.tokens.lowerBound {
            let w = word(lo - 1)
            if [";", ":", "—", "–"].contains(x.punct(lo - 1) ?? "") { break }
            if EventLexicon.clauseBreaks.contains(w) && !x.text.tokens[lo - 1].isCapitalized { break }
            if EventLexicon.clauseSubordinatorBreak.contains(w) { break }
            lo -= 1
        }
        return lo
    }

    /// The mentions between the clause's start and the verb: its subject.
    func subject(of verb: Int) -> [LinkedMention] {
        let lo = clauseStart(before: verb)
        return mentions.filter { $0.mention.tokens.lowerBound >= lo && $0.mention.tokens.upperBound <= verb && !isCompoundModifier($0) }
    }

    /// The party after "with" or "between" following the verb ("signed a pact with Norway").
    func counterparty(after verb: Int, excluding: Int, wantPerson: Bool) -> Int? {
        let hi = min(verb + 14, sentence.tokens.upperBound)
        guard let w = ((verb + 1)..<hi).first(where: { EventLexicon.agreeCounterpartyPreposition.contains(word($0)) }) else { return nil }
        let after = mentions.filter { $0.mention.tokens.lowerBound > w && $0.mention.tokens.lowerBound <= w + 6 && $0.entity != excluding &&
            !$0.mention.tokens.contains(where: { excluded.contains($0) }) && !isCompoundModifier($0) }
        if wantPerson, let p = after.first(where: { x.entities[$0.entity].type == .person }) { return p.entity }
        return after.first(where: { isParty($0) || x.entities[$0.entity].type == .person })?.entity
    }
}
