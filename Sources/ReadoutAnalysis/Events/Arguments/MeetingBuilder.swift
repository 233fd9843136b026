// A meeting from a trigger and its people: the participants completed (pronoun subjects, definite
// descriptions, "the two leaders", a body met, unnamed counterparts), then date, place, mode, status,
// topics and evidence. Every meeting rule ends here. Also the trigger finder the rules start from.
import ReadoutCore
import ReadoutKnowledge

/// A meeting read from a sentence, with the article's entity indices of its people.
struct Meeting {
    var event: Event
    var entityIndices: [Int]
}

extension SentenceContext {
    func meeting(trigger: Int, people given: [Int]?, allowSingle: Bool = false) -> Meeting? {
        // "They have often spoken by phone": a habit is no meeting to date and place.
        if isHabitual(trigger: trigger) { return nil }
        var people = given ?? clausePersons(around: trigger)
        if let p = pronounSubject(before: trigger), !people.contains(p) { people.insert(p, at: 0) }
        for p in describedPersons() where !people.contains(p) { people.append(p) }
        // "Their meeting was the first between the two countries' ministers", "As part of their talks, ...": owned by
        // the people of the meeting just told — more of that meeting (not one of the countries), a new one only on a
        // day of its own ("their talks on Friday").
        if given == nil, people.isEmpty, lastMeet.count >= 2, ownedByThePeopleJustTold(trigger) {
            guard time(near: trigger) != nil else { return nil }
            people = lastMeet
        }
        if given == nil, people.count < 2, let pair = peopleOfSpeechSetting(trigger) { people = pair }
        if given == nil, people.count < 2, refersToLastMeeting(trigger: trigger), lastMeet.count >= 2 {
            for p in lastMeet where !people.contains(p) { people.append(p) }
        }
        // "along with photographer X", "said analyst Y": people whose only role is to record or comment are no party.
        people.removeAll(where: isBystander)
        var participants = names(people)
        // One named person meets a body ("Haddad is meeting the Taliban"); unnamed officials meet as their
        // countries ("Chinese and American officials held talks", "talks between Israel and Hamas").
        if people.count == 1, let body = directObject(after: trigger), !participants.contains(body) { participants.append(body) }
        // "X invited his counterparts to a meeting in May": the people of the meeting just told.
        if people.count == 1, let earlier = lastMeeting(with: people[0]),
           let k = ((trigger - 8)..<sentence.tokens.upperBound).first(where: { word($0) == "counterparts" && EventLexicon.pronounPossessive.contains(word($0 - 1)) }),
           !mentions.contains(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.lowerBound > k }) {
            for p in earlier where !people.contains(p) {
                people.append(p)
                participants.append(x.entities[p].name)
            }
        }
        // "X and Y would hold talks with their Japanese counterparts": the unnamed side is its country ("her French
        // and German counterparts": each listed one's).
        if !people.isEmpty, let k = ((trigger + 1)..<sentence.tokens.upperBound).first(where: { EventLexicon.referenceCounterpart.contains(word($0)) }),
           k - 1 > trigger, x.knowledge.countryForDemonym(x.text.words[k - 1]) != nil,
           // (Named after it — "his Ivorian counterpart, President X" — the side is that person, not the country:
           // only a comma and title words may stand between.)
           !mentions.contains(where: { m in x.entities[m.entity].type == .person && m.mention.tokens.lowerBound > k &&
               m.mention.tokens.lowerBound <= k + 5 &&
               ((k + 1)..<m.mention.tokens.lowerBound).allSatisfy { x.punct($0) == "," || x.text.tokens[$0].isCapitalized } }) {
            var sides: [String] = []
            var j = k - 1
            while j > trigger, let c = x.knowledge.countryForDemonym(x.text.words[j]) {
                sides.insert(c.name, at: 0)
                j -= 1
                guard j > trigger, word(j) == "and" || x.punct(j) == "," else { break }
                j -= 1
            }
            for c in sides where !participants.contains(c) { participants.append(c) }
        }
        // "X met Kenyan officials", "X held talks with a delegation from Kenya", "... with leaders from Kenya and
        // Ghana": one person meeting a country's unnamed people meets that country.
        if people.count == 1, participants.count == 1 {
            for c in unnamedSides(after: trigger) where !participants.contains(c) { participants.append(c) }
        }
        if people.isEmpty { participants = collectiveParties(trigger: trigger) }
        // "Officials will meet again ...": the parties of the meeting just told.
        if participants.isEmpty, sentence.tokens.contains(where: { word($0) == "again" }), lastMeetNames.count >= 2 {
            // "Officials will meet again": the last meeting of unnamed officials, when there was one.
            let byOfficials = sentence.tokens.contains { EventLexicon.peopleNouns.contains(word($0)) }
            participants = byOfficials && lastCollectiveNames.count >= 2 ? lastCollectiveNames : lastMeetNames
        }
        guard participants.count >= 2 || (allowSingle && participants.count == 1) else { return nil }
        var when = time(near: trigger)
        // "On Tuesday X sat down with Y on Wednesday": one meeting, two days. The report contradicts itself;
        // leave the date open rather than pick one (the conflict stays visible in the evidence).
        let relative = sentence.tokens.first { $0 > trigger && EventLexicon.clauseRelative.contains(word($0)) }
        // (Not a closing attribution's day either: "met Y on Sunday, the ministry said on Monday" is one day; nor a
        // later verb's: "met Y on Tuesday and will fly home on Sunday", "... before flying to Z on Sunday".)
        let cutoff = [relative, trailingAttribution(after: trigger), laterPredicate(after: trigger), otherEventPhrase(after: trigger)]
            .compactMap { $0 }.min().map { x.text.tokens[$0].start } ?? Int.max
        // (Only the trigger's own predicate: "fly to X on Monday and meet Y on Tuesday" gives each verb its day.)
        let opening = max(datelineEnd.map { x.text.tokens[$0].start } ?? Int.min,
                          coordinatedPredicateStart(trigger).map { x.text.tokens[$0].start } ?? Int.min)
        let days = Set(timesInSentence.filter { $0.precision == .day && $0.span.start < cutoff &&
                                                $0.span.start > opening }.compactMap(\.value))
        if days.count >= 2 && participants.count == 2 && sentence.tokens.filter({ EventLexicon.meetVerbs.contains(word($0)) }).count == 1 {
            when = nil
        }
        let (evidence, span) = evidence()
        // "Upon arrival at the airport, X was welcomed by Y": a meeting on arrival is on the day of the trip just told.
        let onArrival = when == nil && given == nil ? dayOfArrival() : nil
        var mode = MeetingMode.unknown
        // "called on the Crown Prince" is a visit in person, not a phone call, whatever else the sentence says.
        if EventLexicon.meetCalledVerb.contains(word(trigger)) && word(trigger + 1) == "on" { mode = .inPerson }
        else if sentence.tokens.contains(where: { k in EventLexicon.phoneWords.contains(word(k)) && !(EventLexicon.meetCallVerb.contains(word(k)) && word(k + 1) == "on") &&
                    // "met X to prepare for the call": after a verb of meeting in person, "call" names another event.
                    !(EventLexicon.meetCallVerb.contains(word(k)) && EventLexicon.meetInPersonVerb.contains(word(trigger)) && k > trigger) &&
                    // "The call came a day after X met Y": before a verb of meeting in person, a call in a clause about
                    // another time is another event too.
                    !(EventLexicon.meetInPersonVerb.contains(word(trigger)) && k < trigger &&
                      ((k + 1)..<trigger).contains { EventLexicon.clauseTimeSubordinator.contains(word($0)) }) }) {
            mode = .phone
        }
        else if sentence.tokens.contains(where: { EventLexicon.virtualWords.contains(word($0)) }) { mode = .virtual }
        else if sentence.tokens.contains(where: { EventLexicon.meetInPersonCue.contains(word($0)) }) ||
                    word(trigger) == "sat" || (EventLexicon.meetCalledVerb.contains(word(trigger)) && word(trigger + 1) == "on") ||
                    // "paid a courtesy call on X": a call at someone's office.
                    EventLexicon.meetCourtesyModifier.contains(word(trigger - 1)) { mode = .inPerson }
        let event = Event(id: "", type: .meet, status: status(trigger: trigger), mode: mode, participants: participants,
                          participantEntities: people.map { x.entities[$0].id }, date: when?.value ?? onArrival, dateText: when?.text,
                          location: place(before: placeCutoff(after: trigger)) ?? destinationOfOngoingTrip() ?? destinationOfJourney(before: trigger),
                          topics: topics(),
                          evidence: evidence, evidenceSpan: span)
        var located = event
        located.venue = venue() ?? landmark()
        located.trigger = x.text.tokens[trigger].span
        return Meeting(event: located, entityIndices: people)
    }

    /// The day of the trip or meeting just told, when the sentence opens on arrival ("Upon arrival, ...", "On arriving
    /// in Lima, ...").
    func dayOfArrival() -> String? {
        let lo = sentence.tokens.lowerBound
        guard EventLexicon.arrivalOpeners.contains(word(lo)), EventLexicon.arrivalNouns.contains(word(lo + 1)) ||
                EventLexicon.pronounPossessive.contains(word(lo + 1)) && EventLexicon.arrivalNouns.contains(word(lo + 2))
        else { return nil }
        return lastEventDate
    }

    /// Where the meeting's own words end for its place: at a phrase naming another event ("ahead of a summit in
    /// Lima") or a relative clause after the trigger ("agreed the deal, which changes trade rules in Ulster").
    func placeCutoff(after trigger: Int) -> Int? {
        let relative = sentence.tokens.first { $0 > trigger && x.punct($0 - 1) == "," && EventLexicon.clauseRelative.contains(word($0)) }
        return [otherEventPhrase(after: trigger), relative, laterPredicate(after: trigger)].compactMap { $0 }.min()
    }

    /// The countries of unnamed people the trigger's clause meets: a demonym before a people noun ("Kenyan
    /// officials", "a Kenyan delegation") or the parties after "from" ("officials from Kenya and Ghana"), within a
    /// few words of the trigger and before anything that ends its clause.
    func unnamedSides(after trigger: Int) -> [String] {
        let end = min(trigger + 9, placeCutoff(after: trigger) ?? Int.max, sentence.tokens.upperBound)
        guard let noun = ((trigger + 1)..<max(trigger + 1, end)).first(where: { EventLexicon.peopleNouns.contains(word($0)) }),
              ((trigger + 1)..<noun).allSatisfy({ x.isWord($0) && !EventLexicon.clauseBreaks.contains(word($0)) }),
              !mentions.contains(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.lowerBound > trigger &&
                                          $0.mention.tokens.lowerBound <= noun + 3 }) else { return [] }
        if let c = x.knowledge.countryForDemonym(x.text.words[noun - 1]), x.text.tokens[noun - 1].isCapitalized { return [c.name] }
        guard word(noun + 1) == "from" else { return [] }
        return partyChain(startingAt: noun + 2)
    }

    /// A person the article only ever calls a photographer, reporter, analyst or the like: there to record or
    /// comment on a meeting, not a party to it.
    func isBystander(_ person: Int) -> Bool {
        // Named here with the occupation before the name ("and photographer X"), title or not.
        if mentions.contains(where: { $0.entity == person && EventLexicon.bystanderOccupations.contains(word($0.mention.tokens.lowerBound - 1)) }) {
            return true
        }
        let roles = x.entities[person].roles
        return !roles.isEmpty && roles.allSatisfy { role in
            role.split(separator: " ").last.map { EventLexicon.bystanderOccupations.contains($0.lowercased()) } ?? false
        }
    }

    /// "their meeting", "their first talks": a meeting noun whose owner is "their".
    func ownedByThePeopleJustTold(_ trigger: Int) -> Bool {
        x.isWord(trigger - 1) && (1...2).contains { trigger - $0 >= sentence.tokens.lowerBound && word(trigger - $0) == "their" }
    }

    /// "the two leaders", "both presidents": the people of the meeting just told. "The leaders held a one-on-one
    /// meeting": a definite plural subject right before the trigger too.
    func refersToLastMeeting(trigger: Int) -> Bool {
        sentence.tokens.contains { i in
            guard EventLexicon.groupWords.contains(word(i)), i > sentence.tokens.lowerBound else { return false }
            return EventLexicon.referencePairQuantifier.contains(word(i - 1)) ||
                (word(i - 1) == "the" && i < trigger && trigger - i <= 4 && EventLexicon.leaderGroupWords.contains(word(i)))
        }
    }

    /// "met Y as part of her official visit to China", "during his visit to Chile": a meeting told inside the
    /// trip it belongs to happened where the trip went (not "ahead of his visit to China").
    func destinationOfOngoingTrip() -> String? {
        for k in sentence.tokens where EventLexicon.visitNoun.contains(word(k)) && !excluded.contains(k) {
            guard ((k - 4)..<k).contains(where: { EventLexicon.meetDuringTripCue.contains(word($0)) }) else { continue }
            if let place = destination(after: k) { return place }
        }
        return nil
    }

    /// "is expected to travel to Abuja on Thursday to meet X", "flew to Lima, where she met Y": a meeting the
    /// clause travels to happens where the journey goes.
    func destinationOfJourney(before trigger: Int) -> String? {
        let lo = max(sentence.tokens.lowerBound, trigger - 12)
        for k in (lo..<trigger).reversed() where (EventLexicon.visitTravelWords.contains(word(k)) && !EventLexicon.visitNoun.contains(word(k))) ||
            (EventLexicon.visitHeadingVerb.contains(word(k)) && word(k + 1) == "to") {
            if let place = destination(after: k) ?? (word(k + 1) == "to" ? destination(after: k + 1) : nil) { return place }
        }
        return nil
    }

    /// "X welcomed Prime Minister Y", "X received the visiting Y": a verb of reception with a person as its
    /// object is a meeting without a companion word ("welcomed the decision" is not: no person follows).
    func receivesPerson(at i: Int) -> Bool {
        guard EventLexicon.meetReceptionVerb.contains(word(i)) else { return false }
        var k = i + 1
        var described = false
        while k < sentence.tokens.upperBound && k - i <= 9 {
            if mentions.contains(where: { $0.mention.tokens.lowerBound == k && x.entities[$0.entity].type == .person }) { return true }
            // "received the president of Mexico, X,": a description, then the person's name after its comma.
            if described && x.punct(k) == "," { k += 1; continue }
            guard x.isWord(k), k - i <= 6 else { return false }
            // Only determiners, titles and adjectives of the person may come between ("the visiting Prime Minister",
            // "Japan's Prime Minister", "the president of Mexico").
            let lower = word(k)
            let title = TitleVocabulary.isTitleWord(lower, x.knowledge) || (lower == "of" && described)
            guard EventLexicon.receptionObjectFiller.contains(lower) || x.text.tokens[k].isCapitalized ||
                    EventLexicon.orthographyPossessive.contains(lower) || title else { return false }
            if TitleVocabulary.marksRole(lower, x.knowledge) { described = true }
            k += 1
        }
        return false
    }

    /// "were discussed", "was also widely discussed": a form of "be" before the participle, adverbs between.
    func isPassive(_ i: Int) -> Bool {
        var k = i - 1
        while k > sentence.tokens.lowerBound && i - k <= 3 && x.isWord(k) && (word(k).hasSuffix("ly") || word(k) == "also") { k -= 1 }
        return EventLexicon.passiveBe.contains(word(k))
    }

    /// "X told Y in a video call that ...", "during a phone call on Monday", "X told Y during their meeting": a call
    /// or meeting as the setting of what the clause's people said to each other (its people are the clause's, as
    /// for any meeting).
    func isSpeechSetting(_ i: Int) -> Bool {
        guard word(i) == "call" || EventLexicon.timeToldMeetingNoun.contains(word(i)) else { return false }
        var k = i - 1
        if EventLexicon.phoneWords.contains(word(k)) || EventLexicon.virtualWords.contains(word(k)) { k -= 1 }
        return (EventLexicon.articleAny.contains(word(k)) || EventLexicon.pronounPossessive.contains(word(k))) &&
            EventLexicon.settingPrepositions.contains(word(k - 1))
    }

    /// "Macron called Zelensky on Monday", "Macron calls Zelensky after drone strike": calling a person (titles
    /// between) is a phone call — not "called Y a hero" or "called Y's remarks unfortunate", where Y is no one rung.
    func callsPerson(at i: Int) -> Bool {
        guard EventLexicon.meetCallVerb.contains(word(i)) else { return false }
        var k = i + 1
        while k < sentence.tokens.upperBound && k - i <= 5 && x.isWord(k) &&
                (x.text.tokens[k].isCapitalized || EventLexicon.receptionObjectFiller.contains(word(k))) {
            if let m = mentions.first(where: { $0.mention.tokens.lowerBound == k && x.entities[$0.entity].type == .person }) {
                let after = m.mention.tokens.upperBound
                return !EventLexicon.articleAny.contains(word(after)) && !EventLexicon.orthographyPossessive.contains(word(after)) &&
                    !EventLexicon.pronounPossessive.contains(word(after))
            }
            k += 1
        }
        return false
    }

    /// "X told Y in a video call that ...", "In a phone call on Monday, X assured Y ...", "X told Y during their
    /// meeting": the subject of the verb the call or meeting sets and its person object, however far a verb of
    /// saying sets them apart from the rest of the clause. Nil unless both are people (or the subject a pronoun
    /// for one).
    func peopleOfSpeechSetting(_ trigger: Int) -> [Int]? {
        guard isSpeechSetting(trigger) else { return nil }
        var preposition = trigger - 2
        if !EventLexicon.settingPrepositions.contains(word(preposition)) { preposition -= 1 }
        // Fronted ("In a call on Monday, X told Y"): the object is the first person named after the comma but one;
        // else the person named right before the call.
        let people = mentions.filter { x.entities[$0.entity].type == .person }
        let object: LinkedMention?
        if preposition == sentence.tokens.lowerBound {
            guard let comma = sentence.tokens.first(where: { $0 > trigger && x.punct($0) == "," }) else { return nil }
            object = people.filter { $0.mention.tokens.lowerBound > comma }.dropFirst().first
        } else {
            object = people.first { $0.mention.tokens.upperBound == preposition }
        }
        guard let object else { return nil }
        // (The object's title stands between: "told Prime Minister Y".)
        var verb = object.mention.tokens.lowerBound - 1
        while verb > sentence.tokens.lowerBound && x.isWord(verb) && x.text.tokens[verb].isCapitalized { verb -= 1 }
        guard verb > sentence.tokens.lowerBound, x.isWord(verb), !x.text.tokens[verb].isCapitalized else { return nil }
        let subject = people.first { $0.mention.tokens.upperBound == verb }?.entity ??
            (EventLexicon.pronounWords.contains(word(verb - 1)) ? antecedent(ofPronounAt: verb - 1) : nil)
        guard let subject, subject != object.entity else { return nil }
        return [subject, object.entity]
    }

    func meetTrigger(after start: Int? = nil) -> Int? {
        for i in sentence.tokens where i > (start ?? Int.min) && !excluded.contains(i) && x.isWord(i) {
            let w = word(i)
            // "on a farewell visit", "paid a courtesy call": a visit to someone's office is a meeting.
            let courtesy = (w == "visit" || w == "call") && i > sentence.tokens.lowerBound && EventLexicon.meetCourtesyModifier.contains(word(i - 1))
            guard EventLexicon.meetVerbs.contains(w) || courtesy else { continue }
            if courtesy { return i }
            // "Sanctions on X were discussed at the meeting": a verb of topics in the passive has its topic as subject
            // (its parties follow "by": "was discussed by X and Y").
            if EventLexicon.meetTopicVerbs.contains(w), isPassive(i), word(i + 1) != "by" { continue }
            // "the two sides have been in talks to adopt a statement": negotiating over time, not a meeting held.
            if w == "talks", word(i - 1) == "in", EventLexicon.auxiliaries.contains(word(i - 2)) { continue }
            // "during a meeting of the Security Council": a body's session, the setting of what the clause's people
            // did, not a meeting between them ("for the next meeting of the council they co-chair" is theirs).
            if EventLexicon.bodySittingNouns.contains(w), word(i + 1) == "of",
               ((i - 3)..<i).contains(where: { EventLexicon.settingPrepositions.contains(word($0)) }),
               let body = mentions.first(where: { m in
                   m.mention.tokens.lowerBound == i + 2 || (word(i + 2) == "the" && m.mention.tokens.lowerBound == i + 3) }),
               x.entities[body.entity].type == .org { continue }
            // "will attend the annual meetings in Davos": a gathering they attend, not a meeting between them.
            if EventLexicon.meetAttendableGathering.contains(w),
               ((max(sentence.tokens.lowerBound, i - 4))..<i).contains(where: { EventLexicon.meetAttendVerb.contains(word($0)) }) { continue }
            // "pushing for peace talks", "calls for a meeting": wished for, not held ("hosted X for talks" is held).
            let forAt = word(i - 1) == "for" ? i - 1 : (word(i - 2) == "for" && x.isWord(i - 1) && !x.text.tokens[i - 1].isCapitalized ? i - 2 : nil)
            if let f = forAt, ((f - 3)..<f).contains(where: { EventLexicon.wishVerbs.contains(word($0)) }) { continue }
            if EventLexicon.weakMeetVerbs.contains(w) {
                let reach = (w == "joined" || w == "sat") ? 12 : 9
                let window = (i + 1)..<min(i + reach, sentence.tokens.upperBound)
                guard window.contains(where: { EventLexicon.meetCompanions.contains(word($0)) }) || receivesPerson(at: i) || isSpeechSetting(i) ||
                        callsPerson(at: i)
                else { continue }
                if w == "call" || w == "calls" || w == "called" {
                    // "called on X" (a courtesy call) or a phone call; not "called for", "so-called".
                    guard i + 1 < sentence.tokens.upperBound, EventLexicon.meetCallParticle.contains(word(i + 1)) || w == "call" || callsPerson(at: i)
                    else { continue }
                    // "called on Sunday for a ceasefire": "on" starts a date, not a visit to someone.
                    if w != "call", word(i + 1) == "on", startsOrLiesInTime(i + 1) { continue }
                }
            }
            return i
        }
        return nil
    }
}
