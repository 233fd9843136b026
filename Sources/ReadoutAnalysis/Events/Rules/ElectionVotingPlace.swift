// election.voting-place — "X's presidential election", "voters in X head to the polls": the place that votes.
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
                    type: .election, participants: ["Portugal"], status: .planned)]

    func read(in s: SentenceContext) -> [Event] { s.election().map { [$0] } ?? [] }
}

extension SentenceContext {
    func election() -> Event? {
        guard families & EventLexicon.electionBit != 0 else { return nil }
        guard let trigger = firstIndex(in: EventLexicon.electionWords) else { return nil }
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
            return between || voters || (!ballot && after >= 1 && after <= 3 && EventLexicon.electionPlacePreposition.contains(word(trigger + 1)))
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
        guard let country = named ?? only else { return nil }
        let when = time(near: trigger)
        let (evidence, span) = evidence()
        // "ahead of Taiwan's election", "the upcoming vote": an election still to come, whatever the verb's tense.
        let ahead = ((trigger - 5)..<trigger).contains { EventLexicon.electionAheadCue.contains(word($0)) }
        var status = status(trigger: trigger)
        if ahead && status == .occurred { status = .planned }
        return triggered(at: trigger, Event(id: "", type: .election, status: status, participants: [x.entities[country.entity].name],
                     participantEntities: [x.entities[country.entity].id], date: when?.value, dateText: when?.text,
                     location: x.entities[country.entity].name, topics: topics(), evidence: evidence, evidenceSpan: span))
    }
}
