// visit.traveller — "X visited Y", "X's trip to Y", "his visit", "her Japan trip": who travels (the possessor, the
// subject, a pronoun or description; not the host) and where to.
import ReadoutCore
import ReadoutKnowledge

struct TravellerVisit: SingleEventRule {
    let id = "visit.traveller"
    let summary = "\"X visited Y\", \"X's trip to Y\": X travels to the place after the trigger or in the sentence"
    let family = EventLexicon.visitBit
    let examples = [
        RuleExample(text: "Prime Minister Kenji Tanaka visited Portugal on Monday.",
                    type: .visit, participants: ["Kenji Tanaka"], location: "Portugal"),
        RuleExample(text: "The talks will take place during President Amara Diallo's upcoming state visit to Lisbon.",
                    type: .visit, participants: ["Amara Diallo"], status: .planned, location: "Lisbon"),
        RuleExample(text: "Foreign Minister Ana Lopes said that during his visit, Prime Minister Kenji Tanaka will open a consulate in Porto.",
                    type: .visit, participants: ["Kenji Tanaka"]),
        RuleExample(text: "President Amara Diallo and Prime Minister Kenji Tanaka will pay state visits to Portugal next week.",
                    type: .visit, participants: ["Kenji Tanaka"], status: .planned, location: "Portugal"),
        RuleExample(text: "On Thursday, Prime Minister Kenji Tanaka will make a rare visit to the Pentagon.",
                    type: .visit, participants: ["Kenji Tanaka"], location: "Pentagon"),
        RuleExample(text: "Foreign Minister Ana Lopes has used her Japan trip to meet business leaders.",
                    type: .visit, participants: ["Ana Lopes"], location: "Japan"),
    ]

    func read(in s: SentenceContext) -> [Event] { s.visits() }
}

extension SentenceContext {
    func visits() -> [Event] {
        guard families & EventLexicon.visitBit != 0, let trigger = visitTrigger(), let first = traveller(at: trigger) else { return [] }
        let after = EventLexicon.visitDepartureVerb.contains(word(trigger)) ? departureDestination(trigger) :
            destination(after: trigger) ?? placeOfGathering(after: trigger)
        // "an agreement has been arrived at", "arrived at a decision": a preposition right after the verb with no
        // place in the words after it says the verb is not travel, whatever place the sentence names elsewhere
        // ("arrived at the airport in Lima" is travel).
        let placeAfter = mentions.contains { m in
            let start = m.mention.tokens.lowerBound
            return start > trigger && start <= trigger + 6 && [.gpe, .loc].contains(x.entities[m.entity].type)
        }
        if after == nil, !placeAfter, !EventLexicon.visitNoun.contains(word(trigger)),
           EventLexicon.visitPlacePreposition.contains(word(trigger + 1)) || word(trigger - 1) == "been" { return [] }
        guard let location = after ?? destination(before: trigger) ?? place(prepositions: EventLexicon.visitPlacePreposition)
        else { return [] }
        // "X and Y will pay state visits": each of the coordinated subjects travels.
        var travellers = [first]
        for p in coordinatedSubjects(before: trigger) where !travellers.contains(p) { travellers.append(p) }
        return travellers.map { visit(by: $0, to: location, trigger: trigger) }
    }

    func visit(by traveller: Int, to location: String?, trigger: Int) -> Event {
        var when = time(near: trigger)
        // "is expected to meet Y on Friday ... before leaving for Singapore": a trip told in a participle clause takes
        // only a date after its own verb; one before the subordinator is the main clause's.
        if let w = when, word(trigger).hasSuffix("ing"), EventLexicon.nonFiniteSubordinators.contains(word(trigger - 1)),
           w.span.start < x.text.tokens[trigger].start {
            when = nil
        }
        let (evidence, span) = evidence()
        return triggered(at: trigger, Event(id: "", type: .visit, status: status(trigger: trigger), participants: [x.entities[traveller].name],
                                            participantEntities: [x.entities[traveller].id], date: when?.value, dateText: when?.text,
                                            location: location, topics: topics(), evidence: evidence, evidenceSpan: span))
    }

    /// "X and Y will pay state visits", "X and Y arrived": the people coordinated right before the verb group,
    /// with only titles between "and" and the second name and only lowercase words between it and the trigger.
    func coordinatedSubjects(before trigger: Int) -> [Int] {
        let people = mentions.filter { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= trigger &&
                                       !$0.mention.tokens.contains(where: { excluded.contains($0) }) }
        guard let second = people.last, trigger - second.mention.tokens.upperBound <= 4,
              (second.mention.tokens.upperBound..<trigger).allSatisfy({ !x.text.tokens[$0].isCapitalized && x.isWord($0) &&
                                                                       !EventLexicon.clauseBreaks.contains(word($0)) }),
              people.count >= 2 else { return [] }
        let first = people[people.count - 2]
        guard let and = (first.mention.tokens.upperBound..<second.mention.tokens.lowerBound).first(where: { word($0) == "and" }),
              ((and + 1)..<second.mention.tokens.lowerBound).allSatisfy({ x.text.tokens[$0].isCapitalized }) else { return [] }
        return [first.entity, second.entity]
    }

    /// Who travels at `trigger`.
    func traveller(at trigger: Int) -> Int? {
        // "met with visiting Vietnamese Prime Minister X": the participle describes the person it stands before
        // (only their title between), who travels; the host does not.
        if word(trigger) == "visiting", let guest = mentions.first(where: { m in
            let start = m.mention.tokens.lowerBound
            return x.entities[m.entity].type == .person && start > trigger && start - trigger <= 6 &&
                ((trigger + 1)..<start).allSatisfy { x.isWord($0) && x.text.tokens[$0].isCapitalized }
        }) {
            return guest.entity
        }
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
        // "X met Y on Friday before flying on to Z": the participle clause's traveller is the main clause's subject.
        if let subject = participleClauseSubject(at: trigger) { who = [subject] }
        // "X met Y on Tuesday, and she will travel to Z": a pronoun as the trigger's own subject (only lowercase
        // verb words between) is whom it stands for, not the name nearest before it.
        if let k = ((max(sentence.tokens.lowerBound, trigger - 4))..<trigger).last(where: { EventLexicon.pronounWords.contains(word($0)) }),
           ((k + 1)..<trigger).allSatisfy({ x.isWord($0) && !x.text.tokens[$0].isCapitalized }),
           let p = antecedent(ofPronounAt: k) {
            who = [p]
        }
        let lo = sentence.tokens.lowerBound
        // "his first bilateral visit abroad", "His Pacific tour began in Apia": the sentence's subject (a person
        // named or described first), else the person the article has been following — not a host named nearer.
        if ((max(lo, trigger - 3))..<trigger).contains(where: { EventLexicon.pronounPossessiveSingular.contains(word($0)) }) {
            let subject = describedPersons().first ??
                mentions.first { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= trigger }?.entity ?? lastPerson
            if let subject { who = [subject] }
        }
        // "X's visit", "X's upcoming state visit": the possessor, with only lowercase modifiers between.
        if let mark = ((max(lo, trigger - 4))..<trigger).last(where: { EventLexicon.orthographyPossessive.contains(word($0)) }),
           ((mark + 1)..<trigger).allSatisfy({ !x.text.tokens[$0].isCapitalized }) {
            if let owner = mentions.last(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound == mark }) {
                who = [owner.entity]
            } else if let described = describedPersons(endingAt: mark) {
                // "the US president's visit": the person that description stands for.
                who = [described]
            }
        }
        // "X said that during his visit, Y will ...": a fronted phrase's "his" is the main clause's subject.
        if EventLexicon.pronounPossessiveSingular.contains(word(trigger - 1)) || EventLexicon.pronounPossessiveSingular.contains(word(trigger - 2)),
           let comma = ((trigger + 1)..<min(trigger + 3, sentence.tokens.upperBound)).first(where: { x.punct($0) == "," }),
           let subject = mentions.first(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.lowerBound > comma &&
                                                 $0.mention.tokens.lowerBound <= comma + 4 }) {
            who = [subject.entity]
        }
        if word(trigger + 1) == "of", let guest = guestAfterOf(trigger) { who = [guest] }
        // "X invited Y (or "him") to visit Z": the guest travels.
        if let guest = invitedGuest(visitAt: trigger) { who = [guest] }
        if who.isEmpty, let p = pronounSubject(before: trigger) { who = [p] }
        if who.isEmpty { who = describedPersons() }
        if who.isEmpty, let subject = headlineDescribedSubject(before: trigger) { who = [subject] }
        // "Zhou said that during his visit, Wang will ...": the one reporting is not the traveller.
        if who.isEmpty {
            let speakers = Set(mentions.filter { isSpeaker($0) }.map(\.entity))
            who = people.filter { !speakers.contains($0) }
        }
        if who.isEmpty { who = people }
        return who.first
    }

    /// The nearest word up to eight before a trip noun that `matches`, with only words and hyphens between and no
    /// clause break ("embarked on a two-day state visit").
    func wordBefore(trip noun: Int, where matches: (Int) -> Bool) -> Int? {
        var k = noun - 1
        while k >= max(sentence.tokens.lowerBound, noun - 8) {
            if matches(k) { return k }
            guard x.isWord(k) || x.punct(k) == "-", !EventLexicon.clauseBreaks.contains(word(k)) else { return nil }
            k -= 1
        }
        return nil
    }

    /// "travelled to the G7 summit in Italy", "flew to the Munich Security Conference": the place the gathering the
    /// traveller goes to is held in, when the sentence says it right after the gathering.
    func placeOfGathering(after trigger: Int) -> String? {
        var k = trigger + 1
        if word(k) == "to" { k += 1 }
        if word(k) == "the" { k += 1 }
        guard let gathering = mentions.filter({ $0.mention.tokens.lowerBound == k && [.event, .org].contains(x.entities[$0.entity].type) })
                .max(by: { $0.mention.tokens.count < $1.mention.tokens.count }) else { return nil }
        var end = gathering.mention.tokens.upperBound
        if EventLexicon.visitGatheringNoun.contains(word(end)) { end += 1 }
        guard word(end) == "in", let place = mentions.first(where: { $0.mention.tokens.lowerBound == end + 1 && x.entities[$0.entity].type == .gpe })
        else { return nil }
        return place.mention.text
    }

    /// Where a departure verb sets off for: the place after "for", with at most the place left between ("left
    /// Lisbon for Nairobi", "departed for Tokyo", "left here for Nairobi").
    func departureDestination(_ verb: Int) -> String? {
        var k = verb + 1
        if k < sentence.tokens.upperBound, word(k) == "here" { k += 1 }
        else if let origin = mentions.first(where: { $0.mention.tokens.lowerBound == k && x.entities[$0.entity].type == .gpe }) {
            k = origin.mention.tokens.upperBound
        }
        guard k < sentence.tokens.upperBound, word(k) == "for" else { return nil }
        return destination(after: k)
    }

    /// The person named right after "<visit noun> of" (titles and "the" allowed between).
    func guestAfterOf(_ noun: Int) -> Int? {
        mentions.first { m in
            x.entities[m.entity].type == .person && m.mention.tokens.lowerBound >= noun + 2 && m.mention.tokens.lowerBound <= noun + 5 &&
                ((noun + 2)..<m.mention.tokens.lowerBound).allSatisfy { x.text.tokens[$0].isCapitalized || word($0) == "the" }
        }?.entity
    }

    /// A visit word that says someone travels: a verb ("visited", "arrived", "landed"), or a noun with its traveller
    /// or destination ("Wang’s visit", "his trip", "a three-day visit to"); not "the visit" said of the story's trip.
    func visitTrigger() -> Int? {
        for i in sentence.tokens where !excluded.contains(i) && (EventLexicon.visitTravelWords.contains(word(i)) ||
                                                                  EventLexicon.visitDepartureVerb.contains(word(i)) || EventLexicon.visitHeadingVerb.contains(word(i))) {
            let w = word(i)
            // "heads to Cairo for talks": heading somewhere is travel ("heads the delegation" is not).
            if EventLexicon.visitHeadingVerb.contains(w) {
                if word(i + 1) == "to", destination(after: i) != nil { return i }
                continue
            }
            // "left Lisbon for Nairobi", "departed for Tokyo": setting off is travel to where it is for ("left the
            // meeting", "left office" are not).
            if EventLexicon.visitDepartureVerb.contains(w) {
                if departureDestination(i) != nil { return i }
                continue
            }
            guard EventLexicon.visitNoun.contains(w) else { return i }
            if w == "visits" || w == "visit", i > sentence.tokens.lowerBound,
               EventLexicon.visitVerbBefore.contains(word(i - 1)) ||
                mentions.contains(where: { $0.mention.tokens.upperBound == i && x.entities[$0.entity].type == .person }) ||
                headlineDescribedSubject(before: i) != nil {
                return i  // a verb: "to visit", "will visit", "X visits", "foreign minister visits" (not "The visit")
            }
            let window = max(sentence.tokens.lowerBound, i - 4)..<i
            // "will pay state visits to", "made a rare visit", "embarked on a two-day state visit": a light verb makes
            // the noun a trip taken (modifiers and a hyphenated length may stand between, no clause break).
            if wordBefore(trip: i, where: { EventLexicon.visitLightVerbs.contains(word($0)) }) != nil { return i }
            // "is on a three-day tour of", "was on an official visit to": being on a trip is taking it.
            if let on = wordBefore(trip: i, where: { word($0) == "on" }), EventLexicon.clauseBeHave.contains(word(on - 1)) { return i }
            if window.contains(where: { EventLexicon.referencePossessiveDeterminer.contains(word($0)) }) { return i }
            if i + 1 < sentence.tokens.upperBound, word(i + 1) == "to", window.contains(where: { EventLexicon.articleIndefinite.contains(word($0)) }) { return i }
            // "the arrival of President X", "the visit of the Ghanaian minister": the traveller after "of".
            if word(i + 1) == "of", guestAfterOf(i) != nil { return i }
        }
        return nil
    }
}
