// Delegations → the people who lead them. "Delegations from X and Y held talks" names two countries;
// the article often says elsewhere who led each ("the X delegation was led by A", "B, who headed Y's
// team", "Y is represented by B"). A meeting's participants are people when the text names them
// (shared/eval/FORMAT.md), so a meeting of parties whose heads are known is a meeting of those heads.
import ReadoutCore
import ReadoutKnowledge

extension EventReader {
    /// Each party (a country's or body's entity name) whose delegation the article says a person leads, once per
    /// article. A party said to be led by two different people is left out: the text does not settle it.
    func delegationHeads() -> [String: Int] {
        var heads: [String: Int] = [:]
        var contested: Set<String> = []
        func record(_ party: String, _ person: Int) {
            if let known = heads[party], known != person { contested.insert(party) }
            heads[party] = person
        }
        for m in mentions where entities[m.entity].type == .person {
            if let party = partyLedBy(m) ?? partyHeadedBy(m) { record(party, m.entity) }
        }
        for party in contested { heads[party] = nil }
        return heads
    }

    /// Lowercased word at token `i`, "" outside the text.
    private func wordAt(_ i: Int) -> String { i >= 0 && i < text.tokens.count ? lower(i) : "" }

    /// "the X delegation was led by A", "Y's team, headed by Minister B,", "Y is represented by B": the party whose
    /// delegation is led by the person named after "by" (their title may stand between).
    private func partyLedBy(_ m: LinkedMention) -> String? {
        // (Their title may stand between, capitalised or not: "by Mossad chief A", "by presidential aide B".)
        var by = m.mention.tokens.lowerBound - 1
        while by > 0 && m.mention.tokens.lowerBound - by <= 5 && isWord(by) &&
                (text.tokens[by].isCapitalized || TitleVocabulary.isTitleWord(lower(by), knowledge)) { by -= 1 }
        guard wordAt(by) == "by", EventLexicon.delegationLeadVerb.contains(wordAt(by - 1)) else { return nil }
        let verb = by - 1
        let sentence = sentences[m.mention.sentence].tokens
        // "Y is represented by B": the party is the subject itself.
        if EventLexicon.delegationRepresentVerb.contains(wordAt(verb)) {
            var k = verb - 1
            while k >= sentence.lowerBound && EventLexicon.auxiliaries.contains(wordAt(k)) { k -= 1 }
            return party(endingAt: k, in: sentence)
        }
        // The delegation noun a few words before the verb ("The Armenian delegation was led by", "the team, headed by").
        let lo = max(sentence.lowerBound, verb - 5)
        guard let noun = (lo..<verb).last(where: { EventLexicon.delegationNoun.contains(wordAt($0)) }) else { return nil }
        return party(before: noun, in: sentence)
    }

    /// "A, who led the X delegation,", "A, head of Y's delegation", "A heads the X team": the party of the delegation
    /// the words right after the person's name say they lead.
    private func partyHeadedBy(_ m: LinkedMention) -> String? {
        let sentence = sentences[m.mention.sentence].tokens
        var k = m.mention.tokens.upperBound
        if punct(k) == "," { k += 1 }
        if wordAt(k) == "who" { k += 1 }
        guard k < sentence.upperBound else { return nil }
        let leads = EventLexicon.delegationHeadVerb.contains(wordAt(k)) ||
            (EventLexicon.delegationHeadNoun.contains(wordAt(k)) && wordAt(k + 1) == "of")
        guard leads else { return nil }
        let hi = min(sentence.upperBound, k + 7)
        guard let noun = ((k + 1)..<hi).first(where: { EventLexicon.delegationNoun.contains(wordAt($0)) }) else { return nil }
        return party(before: noun, in: sentence)
    }

    /// The party named right before a delegation noun: "the Armenian delegation", "Azerbaijan's delegation",
    /// "the Hamas team".
    private func party(before noun: Int, in sentence: Range<Int>) -> String? {
        var k = noun - 1
        if wordAt(k) == "’s" || wordAt(k) == "'s" || wordAt(k) == "s" && punct(k - 1) == "'" { k -= 1 }
        if wordAt(k) == "'" || wordAt(k) == "’" { k -= 1 }
        return party(endingAt: k, in: sentence)
    }

    /// A country or body whose mention ends at token `k`, or a country's demonym there — by the entity's name.
    private func party(endingAt k: Int, in sentence: Range<Int>) -> String? {
        guard sentence.contains(k) else { return nil }
        if let m = mentions.first(where: { $0.mention.tokens.upperBound - 1 == k }) {
            let e = entities[m.entity]
            return e.type == .gpe || e.type == .org ? e.name : nil
        }
        guard isWord(k), text.tokens[k].isCapitalized, let country = knowledge.countryForDemonym(text.words[k]) else { return nil }
        // The article's own entity for that country, when it names it ("Armenia"), else the country's name.
        return entities.first { $0.type == .gpe && $0.country == country.alpha3 && knowledge.country(named: $0.name) != nil }?.name ?? country.name
    }

    /// "Delegations from X and Y held talks", "the two delegations met": a meeting its sentence tells as one of
    /// delegations, of parties whose delegation heads the article names, is a meeting of those people (a party with
    /// no head named stays itself). Not "talks between X and Y" beside "Y's delegation, led by B, met the emir": B led
    /// that visit, not every meeting of Y.
    func withDelegationHeads(_ events: [Event]) -> [Event] {
        guard events.contains(where: { $0.type == .meet && $0.participantEntities.isEmpty }) else { return events }
        let heads = delegationHeads()
        guard !heads.isEmpty else { return events }
        return events.map { e in
            guard e.type == .meet, e.participantEntities.isEmpty, e.participants.contains(where: { heads[$0] != nil }),
                  let k = lookup.sentence(withSpan: e.evidenceSpan),
                  sentences[k].tokens.contains(where: { EventLexicon.delegationNoun.contains(lower($0)) }) else { return e }
            var e = e
            var ids: [String] = []
            e.participants = e.participants.map { name in
                guard let head = heads[name] else { return name }
                ids.append(entities[head].id)
                return entities[head].name
            }
            // (Only when every party is a person does the meeting count as one of named people.)
            if ids.count == e.participants.count { e.participantEntities = ids }
            return e
        }
    }
}
