// election.voting-place — "X's presidential election", "voters in X head to the polls", "was re-elected president
// of X", "Chileans go to the polls": the place that votes.
import ReadoutCore
import ReadoutKnowledge

struct VotingPlaceElection: SingleEventRule {
    let id = "election.voting-place"
    let summary = "\"X's presidential election\", \"the election in X\": X votes"
    let family = EventLexicon.electionBit
    let examples = [RuleExample(
        text: "Portugal's presidential election was held on Sunday.",
        type: .election, participants: ["Portugal"]),
        RuleExample(text: "The envoy met officials in Lisbon ahead of Portugal's presidential election.",
                    type: .election, participants: ["Portugal"], status: .planned),
        RuleExample(text: "Ana Lopes was re-elected president of Portugal on Sunday.", type: .election, participants: ["Portugal"]),
        RuleExample(text: "Chilean voters elected a new congress on Sunday.", type: .election, participants: ["Chile"]),
        RuleExample(text: "Portugal held a snap parliamentary election in March.", type: .election, participants: ["Portugal"])]

    func read(in s: SentenceContext) -> [Event] { s.election().map { [$0] } ?? [] }
}

extension SentenceContext {
    func election() -> Event? {
        guard families & EventLexicon.electionBit != 0 else { return nil }
        guard let trigger = sentence.tokens.first(where: { i in
            EventLexicon.electionWords.contains(word(i)) && !excluded.contains(i) && (!EventLexicon.electVerbs.contains(word(i)) || isElectVerb(i))
        }) else { return nil }
        let electVerb = EventLexicon.electVerbs.contains(word(trigger))
        // The place that votes: named right before the election word ("Taiwan’s presidential election") or
        // right after it ("the election in Taiwan").
        let named = mentions.first(where: { m in
            guard x.entities[m.entity].type == .gpe else { return false }
            let before = trigger - m.mention.tokens.upperBound
            let after = m.mention.tokens.lowerBound - trigger
            // Only election words between: "Taiwan’s presidential and legislative elections", "US presidential election".
            let between = before >= 0 && before <= 4 && (m.mention.tokens.upperBound..<trigger).allSatisfy {
                NameLexicon.eventModifiers.contains(word($0)) || EventLexicon.orthographyPossessive.contains(word($0))
            }
            // "voters in Chile head to the polls"
            let voters = word(m.mention.tokens.lowerBound - 2) == "voters" && EventLexicon.electionPlacePreposition.contains(word(m.mention.tokens.lowerBound - 1))
            // "casting his vote in Buenos Aires": where one person voted, not the place that votes.
            let ballot = EventLexicon.electionBallotNoun.contains(word(trigger)) &&
                EventLexicon.electionBallotOwner.contains(word(trigger - 1))
            // "was re-elected president of X": the office's country, a few title words after the verb.
            let office = electVerb && after >= 2 && after <= 5 && EventLexicon.electionPlacePreposition.contains(word(m.mention.tokens.lowerBound - 1)) &&
                ((trigger + 1)..<(m.mention.tokens.lowerBound - 1)).allSatisfy { x.isWord($0) && !EventLexicon.clauseBreaks.contains(word($0)) }
            // "Polls opened in Malawi on Tuesday": the polls' verb may stand between.
            let pollsVerb = EventLexicon.electionPollsNoun.contains(word(trigger)) && EventLexicon.electionPollsVerb.contains(word(trigger + 1)) &&
                after == 3 && EventLexicon.electionPlacePreposition.contains(word(trigger + 2))
            // "the presidential election held in Togo on Saturday": a reduced relative may stand between.
            let held = after >= 3 && after <= 4 && EventLexicon.electionPlacePreposition.contains(word(m.mention.tokens.lowerBound - 1)) &&
                ((trigger + 1)..<(m.mention.tokens.lowerBound - 1)).allSatisfy { EventLexicon.electionPlaceParticiple.contains(word($0)) }
            return between || voters || office || pollsVerb || held ||
                (!ballot && after >= 1 && after <= 3 && EventLexicon.electionPlacePreposition.contains(word(trigger + 1)))
        })
        // "Samoa's ruling party won Saturday's snap election": with no place beside the election word, the one
        // country the sentence names (a second country makes it unclear whose vote it is).
        let ballot = EventLexicon.electionBallotNoun.contains(word(trigger)) && EventLexicon.electionBallotOwner.contains(word(trigger - 1))
        // Only in the headline or the lead, where the election is the story's, and only a possessor before it
        // ("Samoa's ruling party won ..."), not a place named in passing.
        let countries = mentions.filter { x.entities[$0.entity].type == .gpe && $0.mention.kind == "country" }
        let lead = sentence.block == .title || x.lookup.leadSpan == sentence.span
        let only = !ballot && lead && Set(countries.map(\.entity)).count == 1 ? countries.first.flatMap { m in
            m.mention.tokens.upperBound < trigger && EventLexicon.orthographyPossessive.contains(word(m.mention.tokens.upperBound)) ? m : nil
        } : nil
        // "X votes on Sunday in a parliamentary election": the country that is the subject of "votes" beside an
        // election noun (not "X voted against the resolution": no election is named there).
        let subject = electVerb ? nil : mentions.first { m in
            x.entities[m.entity].type == .gpe && m.mention.kind == "country" &&
                (EventLexicon.voteVerbs.contains(word(m.mention.tokens.upperBound)) || holdsElection(m.mention.tokens.upperBound, trigger))
        }
        let voting: (name: String, id: String?)
        if let country = named ?? only ?? subject ?? frontedPlace(before: trigger) {
            voting = (x.entities[country.entity].name, x.entities[country.entity].id)
        } else if let people = votingPeople(before: trigger) ?? votingAdjective(before: trigger) {
            // "Chilean voters elected ...", "Chileans go to the polls": the country of the people who vote (its entity
            // when the article names it).
            let entity = x.entities.first { $0.type == .gpe && $0.country == people.alpha3 }
            voting = (entity?.name ?? people.name, entity?.id)
        } else {
            return nil
        }
        let when = time(near: trigger)
        let (evidence, span) = evidence()
        // "ahead of Taiwan's election", "the upcoming vote": an election still to come, whatever the verb's tense.
        let ahead = ((trigger - 5)..<trigger).contains { EventLexicon.electionAheadCue.contains(word($0)) }
        var status = status(trigger: trigger)
        if ahead && status == .occurred { status = .planned }
        return triggered(at: trigger, Event(id: "", type: .election, status: status, participants: [voting.name],
                     participantEntities: voting.id.map { [$0] } ?? [], date: when?.value, dateText: when?.text,
                     location: voting.name, topics: topics(), evidence: evidence, evidenceSpan: span))
    }

    /// "In neighbouring Togo, the incumbent won Saturday's runoff": a place fronted before the clause (sentence-
    /// initial "In", at most two words before the name, a comma after it) is where the clause's vote is held.
    func frontedPlace(before trigger: Int) -> LinkedMention? {
        let start = sentence.tokens.lowerBound
        guard word(start) == "in" else { return nil }
        return mentions.first { m in
            x.entities[m.entity].type == .gpe && m.mention.tokens.lowerBound > start && m.mention.tokens.lowerBound <= start + 3 &&
                m.mention.tokens.upperBound < trigger && word(m.mention.tokens.upperBound) == "," &&
                ((start + 1)..<m.mention.tokens.lowerBound).allSatisfy { x.isWord($0) && !x.text.tokens[$0].isCapitalized || word($0) == "the" }
        }
    }

    /// A form of "elect" used as a verb: after an auxiliary or "to" ("was re-elected", "to elect"), or between a
    /// subject and its object ("voters elected X"); not a modifier ("the newly elected parliament",
    /// "President-elect", "democratically elected").
    func isElectVerb(_ i: Int) -> Bool {
        guard i > sentence.tokens.lowerBound else { return false }
        // "re-elected" written as three tokens: the verb's auxiliary stands before "re".
        if x.punct(i - 1) == "-" && word(i - 2) == "re" {
            return EventLexicon.electVerbBefore.contains(word(i - 3)) || (x.isWord(i - 3) && x.text.tokens[i - 3].isCapitalized)
        }
        guard x.punct(i - 1) == nil || x.punct(i - 1) == "," else { return false }
        let previous = word(i - 1)
        if EventLexicon.electVerbBefore.contains(previous) { return true }
        let subject = EventLexicon.voterNouns.contains(previous) || (x.isWord(i - 1) && x.text.tokens[i - 1].isCapitalized)
        return subject && i + 1 < sentence.tokens.upperBound && x.isWord(i + 1)
    }

    /// Whether the words from `start` up to the election word make the name before `start` its holder: "X holds a
    /// presidential election", "X will hold a snap referendum", "X is holding its first runoff", "X goes to the polls".
    /// Only a holding verb, its auxiliaries and the election's modifiers stand between ("X held talks before the
    /// election" names no holder).
    func holdsElection(_ start: Int, _ trigger: Int) -> Bool {
        guard start < trigger, trigger - start <= 6 else { return false }
        let words = start..<trigger
        let polls = EventLexicon.electionPollsNoun.contains(word(trigger))
        let verb: (Int) -> Bool = { EventLexicon.electionHoldVerbs.contains(word($0)) || (polls && EventLexicon.toThePollsVerbs.contains(word($0))) }
        return words.contains(where: verb) && words.allSatisfy { k in
            x.isWord(k) && (verb(k) || EventLexicon.electVerbBefore.contains(word(k)) || NameLexicon.eventModifiers.contains(word(k)) ||
                            EventLexicon.electionHoldFiller.contains(word(k)))
        }
    }

    /// "the Chilean presidential election", "Portuguese parliamentary elections": a demonym right before the election
    /// word, with only the election's modifiers between, names the country that votes.
    func votingAdjective(before trigger: Int) -> Country? {
        var k = trigger - 1
        while k > sentence.tokens.lowerBound && NameLexicon.eventModifiers.contains(word(k)) { k -= 1 }
        guard k >= sentence.tokens.lowerBound, x.isWord(k), x.text.tokens[k].isCapitalized else { return nil }
        return x.knowledge.countryForDemonym(x.text.words[k])
    }

    /// The country of the people who vote, named by a demonym before the election word: "Chilean voters",
    /// "the Chilean electorate", "Chileans go to the polls", "Chileans elected a new congress".
    func votingPeople(before trigger: Int) -> Country? {
        let lo = max(sentence.tokens.lowerBound, trigger - 8)
        for k in lo..<trigger where x.isWord(k) && x.text.tokens[k].isCapitalized {
            let w = x.text.words[k]
            if EventLexicon.voterNouns.contains(word(k + 1)), let c = x.knowledge.countryForDemonym(w) { return c }
            // A people named in the plural is the subject of the vote right after it ("Chileans elected",
            // "Chileans go to the polls", "Chileans will vote").
            guard w.hasSuffix("s"), let c = x.knowledge.countryForDemonym(String(w.dropLast())) else { continue }
            let rest = (k + 1)..<trigger
            // A day or month may stand between ("Chileans are voting on Sunday in a referendum").
            if rest.allSatisfy({ (!x.text.tokens[$0].isCapitalized || NameLexicon.weekdaysAndMonths.contains(word($0))) &&
                !EventLexicon.clauseBreaks.contains(word($0)) }) { return c }
        }
        return nil
    }
}
