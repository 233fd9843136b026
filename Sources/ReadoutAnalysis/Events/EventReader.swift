// Sentences + entities + times → events, one sentence at a time. A sentence without any event word
// only moves the story's subject along; otherwise the registry's rules read it in order: amendments
// to the meeting just told, meetings (named pairs, then each trigger's rules, then follow-ups, then
// fallbacks), then one visit, sanction, agreement and election. The consolidation component turns
// what they read into one event per real event.
import ReadoutCore
import ReadoutKnowledge

struct EventReader {
    let knowledge: Knowledge
    let text: TokenizedText
    let sentences: [TokenSentence]
    let entities: [Entity]
    let mentions: [LinkedMention]
    let times: [TimeExpression]
    /// Publication date the article states (not an estimate), for events it reports without a date of their own.
    let published: String?
    var rules: EventRuleRegistry = .standard
    /// Times, mentions, sentences and entities indexed once per article, for the questions rules ask per sentence;
    /// also the definite descriptions' resolver and the article's two main countries, worked out once per article
    /// rather than per description or per sentence.
    let lookup: ArticleLookup
    /// Each entity's likely sex, names and the article's own pronouns considered, once per article.
    var sexes: [NameSex?]? { lookup.sexes }

    func lower(_ i: Int) -> String { text.lowerWords[i] }
    func isWord(_ i: Int) -> Bool { text.tokens[i].kind == .word }
    func punct(_ i: Int) -> String? { i >= 0 && i < text.tokens.count && text.tokens[i].kind == .punct ? text.words[i] : nil }
    /// Is token `i` a dash between phrases: "—", "–", or a hyphen typed for one, spaced ("Lima - Ana") or doubled
    /// ("LIMA, April 4 (Andina) -- Ana", tokenized as two hyphens); not the hyphen inside "Korea-U.S.".
    func isDash(_ i: Int) -> Bool {
        guard let p = punct(i) else { return false }
        if p == "—" || p == "–" { return true }
        return p == "-" && (text.tokens[i].spaceBefore || punct(i + 1) == "-" || punct(i - 1) == "-")
    }

    /// The events each sentence tells, in text order, before consolidation.
    func read() -> [Event] {
        var events = ToldEvents()
        var mentionsBySentence: [Int: [LinkedMention]] = [:]
        for m in mentions { mentionsBySentence[m.mention.sentence, default: []].append(m) }
        var state = DiscourseState()
        for (index, sentence) in sentences.enumerated() {
            events.beginSentence()
            let here = mentionsBySentence[index] ?? []
            // Most sentences hold no event word at all; they only move the story's subject along.
            var families: UInt8 = 0
            for i in sentence.tokens { families |= EventLexicon.families[text.lowerWords[i]] ?? 0 }
            // "left Lisbon for Nairobi", "heads to Cairo": everyday words ("left", "head") that are travel only with
            // "for"/"to" after them wake the visit rules only then (most sentences that hold them tell no trip).
            if families & EventLexicon.conditionalTravelBit != 0 {
                families &= ~EventLexicon.conditionalTravelBit
                if families & EventLexicon.visitBit == 0 && sentence.tokens.contains(where: { isConditionalTravel($0, in: sentence.tokens) }) {
                    families |= EventLexicon.visitBit
                }
            }
            // "X will be in Abu Dhabi on Saturday": a place after "be in" can make a visit without a visit word.
            if families & EventLexicon.visitBit == 0 && here.contains(where: { isPresencePlace($0) }) { families |= EventLexicon.visitBit }
            if families != 0 {
                let context = SentenceContext(reader: self, sentence: sentence, mentions: here, state: state, families: families)
                // Only a sentence with a meeting word, a joint action, a gathering or an amendment cue can tell a meeting.
                let meetingWords = families & (EventLexicon.meetBit | EventLexicon.otherBit) != 0
                if meetingWords && !rules.amendments.contains(where: { $0.amend(&events, &state, in: context) }) {
                    for meet in meetings(in: context) {
                        if meet.event.participants.count >= 2 {
                            state.lastMeet = meet.entityIndices
                            state.lastMeetNames = meet.event.participants
                            state.tell(meetingOf: meet.entityIndices)
                            if meet.entityIndices.isEmpty { state.lastCollectiveNames = meet.event.participants }
                            events.append(meet.event)
                            state.pendingGathering = nil
                        } else {
                            state.pendingGathering = meet.event
                        }
                    }
                }
                if let k = events.lastMeetOrVisit, let date = events[k].date, date.count == 10 { state.lastEventDate = date }
                for rule in rules.singleEvents where families & rule.family != 0 {
                    for var event in rule.read(in: context) {
                        event.rule = rule.id
                        events.append(event)
                    }
                }
                // (Again after the visits: "X arrived on Wednesday. Upon arrival, X was welcomed by Y".)
                if let k = events.lastMeetOrVisit, let date = events[k].date, date.count == 10 { state.lastEventDate = date }
            }
            // "he" in a new sentence most often continues the last sentence's subject: a description opening the
            // sentence ("The US president is due to ..."), else its first person named.
            if let p = describedSubject(of: sentence, mentions: here, state: state) { state.lastPerson = p }
            else if let p = here.first(where: { entities[$0.entity].type == .person }) { state.lastPerson = p.entity }
        }
        return events.all
    }

    /// The person a definite description opening the sentence stands for ("The Kenyan president arrived ...").
    func describedSubject(of sentence: TokenSentence, mentions here: [LinkedMention], state: DiscourseState) -> Int? {
        let lo = sentence.tokens.lowerBound
        guard sentence.tokens.count > 3, text.lowerWords[lo] == "the",
              !here.contains(where: { $0.mention.tokens.lowerBound <= lo + 4 && entities[$0.entity].type == .person }) else { return nil }
        // The description's head: the first title or leader word within a few tokens, followed by a lowercase word.
        guard let head = ((lo + 1)..<min(lo + 5, sentence.tokens.upperBound)).first(where: {
            TitleVocabulary.marksRole(text.lowerWords[$0], knowledge) || EventLexicon.leaderWords.contains(text.lowerWords[$0]) }),
              head + 1 < sentence.tokens.upperBound, !text.tokens[head + 1].isCapitalized else { return nil }
        let context = SentenceContext(reader: self, sentence: sentence, mentions: here, state: state)
        return context.describedPersons(endingAt: head + 1)
    }

    /// A country or city right after "was in", "is in", "will be in".
    /// A departure or heading verb with its "for"/"to" a few words on ("left Lisbon for", "heads to").
    func isConditionalTravel(_ i: Int, in tokens: Range<Int>) -> Bool {
        let w = text.lowerWords[i]
        if EventLexicon.visitHeadingVerb.contains(w) { return i + 1 < tokens.upperBound && text.lowerWords[i + 1] == "to" }
        guard EventLexicon.visitDepartureVerb.contains(w) else { return false }
        return ((i + 1)..<min(i + 6, tokens.upperBound)).contains { text.lowerWords[$0] == "for" }
    }

    func isPresencePlace(_ m: LinkedMention) -> Bool {
        let start = m.mention.tokens.lowerBound
        guard start >= 2, entities[m.entity].type == .gpe, !m.mention.isMetonym else { return false }
        let k = text.lowerWords[start - 1] == "the" ? start - 2 : start - 1
        guard k >= 1, text.lowerWords[k] == "in" else { return false }
        // "X is due in Lisbon on Thursday", "is expected in Nairobi": being due somewhere is being there ahead.
        let be = EventLexicon.visitPresenceExpected.contains(text.lowerWords[k - 1]) ? k - 2 : k - 1
        return be >= 0 && EventLexicon.visitBeVerbs.contains(text.lowerWords[be])
    }

    /// The meetings a sentence reports: usually one; "met X and, separately, Y" is two; a relative clause about a
    /// person may tell one of its own ("X, who met Y last week, ..."), listed first as it comes first.
    func meetings(in s: SentenceContext) -> [Meeting] {
        let inClauses = rules.clauseMeetings.flatMap { rule in (rule.read(in: s) ?? []).map { $0.made(by: rule.id) } }
        return inClauses + mainClauseMeetings(in: s)
    }

    /// The meetings the sentence's main clause tells: its triggers' (and follow-ups), else a fallback's.
    func mainClauseMeetings(in s: SentenceContext) -> [Meeting] {
        var found = triggeredMeetings(in: s)
        if let first = found.first {
            for rule in rules.followUps {
                if let second = rule.read(after: first, in: s) { found.append(second.made(by: rule.id)) }
            }
            return found
        }
        for rule in rules.fallbackMeetings {
            if let m = rule.read(in: s), !m.isEmpty { return m.map { $0.made(by: rule.id) } }
        }
        return []
    }

    /// The meetings of the first trigger that yields one ("whose country hosts next month's summit, invited his
    /// counterparts to a meeting": the host clause names no meeting; the invitation does).
    func triggeredMeetings(in s: SentenceContext) -> [Meeting] {
        for rule in rules.namedMeetings {
            if let m = rule.read(in: s), !m.isEmpty { return m.map { $0.made(by: rule.id) } }
        }
        var start: Int?
        var tries = 0
        var gathering: [Meeting] = []
        while let trigger = s.meetTrigger(after: start), tries < 4 {
            var found: [Meeting] = []
            for rule in rules.triggerMeetings {
                guard let m = rule.read(at: trigger, in: s) else { continue }
                found = m.map { $0.made(by: rule.id) }
                break
            }
            // A meeting with its parties wins; a one-person gathering waits in case a later trigger has one.
            if found.contains(where: { $0.event.participants.count >= 2 }) { return found }
            if gathering.isEmpty { gathering = found }
            start = trigger
            tries += 1
        }
        return gathering
    }

    /// The two countries an article names most, when two clearly lead: what "the two countries" refers to.
    func mainCountries() -> [String] {
        lookup.mainCountryNames
    }

    static func mainCountries(entities: [Entity], mentions: [LinkedMention]) -> [String] {
        var counts: [Int: Int] = [:]
        for m in mentions where entities[m.entity].type == .gpe && (m.mention.kind == "country" || m.mention.isMetonym) {
            counts[m.entity, default: 0] += 1
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard ranked.count >= 2 else { return [] }
        if ranked.count > 2 && ranked[2].value * 2 > ranked[1].value { return [] }
        return ranked.prefix(2).map { entities[$0.key].name }
    }

    func resolveDescription(head: String, country: String?, portfolio: [String] = [], before position: Int) -> Int? {
        lookup.descriptions.person(head: head, country: country, portfolio: portfolio, before: position)
    }
}
