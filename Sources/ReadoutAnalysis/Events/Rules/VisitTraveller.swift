// visit.traveller — "X visited Y", "X's trip to Y", "his visit": who travels (the possessor, the
// subject, a pronoun or description; not the host) and where to.
import ReadoutCore
import ReadoutKnowledge

struct TravellerVisit: SingleEventRule {
    let id = "visit.traveller"
    let summary = "\"X visited Y\", \"X's trip to Y\": X travels to the place after the trigger or in the sentence"
    let family = EventLexicon.visitBit
    let examples = [RuleExample(
        text: "Prime Minister Kenji Tanaka visited Portugal on Monday.",
        type: .visit, participants: ["Kenji Tanaka"], location: "Portugal")]

    func read(in s: SentenceContext) -> Event? { s.visit() }
}

extension SentenceContext {
    func visit() -> Event? {
        guard families & EventLexicon.visitBit != 0 else { return nil }
        guard let trigger = visitTrigger() else { return nil }
        // The traveller: the possessor ("Wang’s visit"), else the person named before the trigger ("Sharif began his
        // trip"), else the one described ("The premier is in ... on a visit") or meant by a pronoun; people after it
        // are hosts or entourage.
        let people = persons()
        // The nearest person before the trigger within its clause ("Zhou stated that the decision to send Wang to
        // visit the US ..." is Wang's visit, not Zhou's).
        let clause = clausePersons(around: trigger)
        let before = clause.filter { p in mentions.contains { $0.entity == p && $0.mention.tokens.upperBound <= trigger && !isSpeaker($0) } }
            .sorted { a, b in
                let pa = mentions.last { $0.entity == a && $0.mention.tokens.upperBound <= trigger }?.mention.span.start ?? 0
                let pb = mentions.last { $0.entity == b && $0.mention.tokens.upperBound <= trigger }?.mention.span.start ?? 0
                return pa > pb
            }
        var who = before
        // "X met Y on Monday, and was expected to travel to Z": the coordinated predicate is X's.
        if let subject = coordinatedPredicateSubject(before: trigger) { who = [subject] }
        let lo = sentence.tokens.lowerBound
        // "his first bilateral visit abroad", "His Pacific tour began in Apia": the sentence's subject (a person
        // named or described first), else the person the article has been following — not a host named nearer.
        if ((max(lo, trigger - 3))..<trigger).contains(where: { EventLexicon.pronounPossessiveSingular.contains(word($0)) }) {
            let subject = describedPersons().first ??
                mentions.first { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= trigger }?.entity ?? lastPerson
            if let subject { who = [subject] }
        }
        if trigger - 1 >= lo, EventLexicon.orthographyPossessive.contains(word(trigger - 1)) || (trigger - 2 >= lo && EventLexicon.orthographyPossessive.contains(word(trigger - 2))),
           let owner = mentions.last(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= trigger - 1 &&
                                              trigger - $0.mention.tokens.upperBound <= 2 }) {
            who = [owner.entity]
        }
        if who.isEmpty, let p = pronounSubject(before: trigger) { who = [p] }
        if who.isEmpty { who = describedPersons() }
        // "Zhou said that during his visit, Wang will ...": the one reporting is not the traveller.
        if who.isEmpty {
            let speakers = Set(mentions.filter { isSpeaker($0) }.map(\.entity))
            who = people.filter { !speakers.contains($0) }
        }
        if who.isEmpty { who = people }
        guard let first = who.first else { return nil }
        guard let location = destination(after: trigger) ?? place(prepositions: EventLexicon.visitPlacePreposition) else { return nil }
        let when = time(near: trigger)
        let (evidence, span) = evidence()
        return triggered(at: trigger, Event(id: "", type: .visit, status: status(trigger: trigger), participants: [x.entities[first].name],
                     participantEntities: [x.entities[first].id], date: when?.value, dateText: when?.text,
                     location: location, topics: topics(), evidence: evidence, evidenceSpan: span))
    }

    /// A visit word that says someone travels: a verb ("visited", "arrived", "landed"), or a noun with its traveller
    /// or destination ("Wang’s visit", "his trip", "a three-day visit to"); not "the visit" said of the story's trip.
    func visitTrigger() -> Int? {
        for i in sentence.tokens where !excluded.contains(i) && EventLexicon.visitWords.contains(word(i)) {
            let w = word(i)
            guard EventLexicon.visitNoun.contains(w) else { return i }
            if w == "visits" || w == "visit", i > sentence.tokens.lowerBound,
               EventLexicon.visitVerbBefore.contains(word(i - 1)) || x.text.tokens[i - 1].isCapitalized {
                return i  // a verb: "to visit", "will visit", "X visits"
            }
            let window = max(sentence.tokens.lowerBound, i - 4)..<i
            if window.contains(where: { EventLexicon.referencePossessiveDeterminer.contains(word($0)) }) { return i }
            if i + 1 < sentence.tokens.upperBound, word(i + 1) == "to", window.contains(where: { EventLexicon.articleIndefinite.contains(word($0)) }) { return i }
        }
        return nil
    }
}
