// Sentences + entities + times → events. One sentence at a time: a trigger word
// says what kind of event it is, the entities around it say who took part (people
// first; countries or organisations when no person is named), the time expressions
// say when, a place after "in"/"at" says where, and the verbs say whether it has
// happened or is planned. Appositions ("X, head of Y") and possessors ("Trump’s
// envoy") describe participants; they are not participants themselves.
import ReadoutCore
import ReadoutKnowledge

struct EventExtractor {
    let knowledge: Knowledge
    let text: TokenizedText
    let sentences: [TokenSentence]
    let entities: [Entity]
    let mentions: [LinkedMention]
    let times: [TimeExpression]
    /// Publication date the article states (not an estimate), for events it reports without a date of their own.
    let published: String?

    func lower(_ i: Int) -> String { text.lowerWords[i] }
    func isWord(_ i: Int) -> Bool { text.tokens[i].kind == .word }
    func punct(_ i: Int) -> String? { i >= 0 && i < text.tokens.count && text.tokens[i].kind == .punct ? text.words[i] : nil }

    func extract() -> [Event] {
        var events: [Event] = []
        var mentionsBySentence: [Int: [LinkedMention]] = [:]
        for m in mentions { mentionsBySentence[m.mention.sentence, default: []].append(m) }
        var lastPerson: Int?          // entity index of the last person named before the current sentence
        var lastMeet: [Int] = []
        var lastMeetNames: [String] = []
        var lastEventDate: String?
        var meetsSoFar: [[Int]] = []
        var lastCollectiveNames: [String] = []
        var pendingGathering: Event?    // a seminar or dialogue with one named person so far
        for (index, sentence) in sentences.enumerated() {
            let here = mentionsBySentence[index] ?? []
            // Most sentences hold no event word at all; they only move the story's subject along.
            var families: UInt8 = 0
            for i in sentence.tokens { families |= EventLexicon.families[text.lowerWords[i]] ?? 0 }
            if families == 0 {
                if let p = here.first(where: { entities[$0.entity].type == .person }) { lastPerson = p.entity }
                continue
            }
            var context = SentenceContext(extractor: self, sentence: sentence, mentions: here, lastPerson: lastPerson,
                                          lastMeet: lastMeet, lastMeetNames: lastMeetNames)
            context.lastEventDate = lastEventDate
            context.families = families
            context.lastCollectiveNames = lastCollectiveNames
            context.meetsSoFar = meetsSoFar
            if let entourage = context.entourage(), let k = events.lastIndex(where: { e in
                e.type == .meet && e.participantEntities.contains(entities[entourage.leader].id) }) {
                // "Haddad, accompanied by X and Y": his companions were at his meeting.
                for a in entourage.companions where !events[k].participantEntities.contains(entities[a].id) {
                    events[k].participants.append(entities[a].name)
                    events[k].participantEntities.append(entities[a].id)
                }
            } else if let attendees = context.attendance() {
                // "X also attended the meeting, as did Y and Z": more participants of the meeting just told,
                // or of a gathering that so far had one named person ("Wang spoke at a seminar ... Y also took part").
                if var pending = pendingGathering {
                    for a in attendees where !pending.participantEntities.contains(entities[a].id) {
                        pending.participants.append(entities[a].name)
                        pending.participantEntities.append(entities[a].id)
                    }
                    if pending.participants.count >= 2 { events.append(pending) }
                    pendingGathering = nil
                } else if let k = events.lastIndex(where: { $0.type == .meet }) {
                    for a in attendees where !events[k].participantEntities.contains(entities[a].id) {
                        events[k].participants.append(entities[a].name)
                        events[k].participantEntities.append(entities[a].id)
                    }
                }
            } else {
                let meetings = context.meetings()
                for meet in meetings {
                    if meet.event.participants.count >= 2 {
                        lastMeet = meet.entityIndices
                        lastMeetNames = meet.event.participants
                        meetsSoFar.append(meet.entityIndices)
                        if meet.entityIndices.isEmpty { lastCollectiveNames = meet.event.participants }
                        events.append(meet.event)
                        pendingGathering = nil
                    } else {
                        pendingGathering = meet.event
                    }
                }
            }
            if let date = events.last(where: { $0.type == .meet || $0.type == .visit })?.date, date.count == 10 { lastEventDate = date }
            if let visit = context.visit() { events.append(visit) }
            if let sanction = context.sanction() { events.append(sanction) }
            if let agree = context.agreement() { events.append(agree) }
            if let election = context.election() { events.append(election) }
            // "he" in a new sentence most often continues the last sentence's subject: its first person named.
            if let p = here.first(where: { entities[$0.entity].type == .person }) { lastPerson = p.entity }
        }
        return dropCollectiveDuplicates(merge(events.map(futureIsPlanned)).map(fillMissingDate).map(fillMissingPlace))
    }

    /// "next month", "tomorrow", "the coming week": a date phrase that points past the day of writing.
    static func pointsAhead(_ dateText: String?) -> Bool {
        let phrase = (dateText ?? "").lowercased()
        return phrase.hasPrefix("next ") || phrase.contains("tomorrow") || phrase.hasPrefix("the coming ") || phrase.hasPrefix("later this ")
    }

    /// "next month's summit", "talks on May 15" in an article published before then: whatever the verb's tense,
    /// a meeting, visit or vote dated after publication has not happened yet. (Not an agreement: the date
    /// near one is often when it expires.)
    func futureIsPlanned(_ e: Event) -> Event {
        guard e.status == .occurred, e.type == .meet || e.type == .visit || e.type == .election else { return e }
        let ahead: Bool
        if let date = e.date, let published, date.count <= published.count {
            ahead = date > String(published.prefix(date.count))
        } else {
            // Undated (no publication date to resolve against): the phrase itself may point ahead.
            ahead = EventExtractor.pointsAhead(e.dateText)
        }
        guard ahead else { return e }
        var e = e
        e.status = .planned
        return e
    }

    /// Two dates that may be one event's: either unknown, equal, a month and a day in it, or days within three
    /// days of each other (outlets and sentences disagree by a day; the conflict is reported, not a new meeting).
    static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a == b || a.hasPrefix(b) || b.hasPrefix(a) { return true }
        guard a.count == 10, b.count == 10, let da = CalendarDate(iso: a), let db = CalendarDate(iso: b) else { return false }
        return abs(da.dayNumber - db.dayNumber) <= 3
    }

    /// A meeting told without a place happened where the sentence before put things, or else where the
    /// dateline puts the reporter.
    func fillMissingPlace(_ e: Event) -> Event {
        // A phone or video call happens nowhere in particular: only the sentence's own place counts.
        guard e.type == .meet, e.mode != .phone, e.mode != .virtual else { return e }
        var e = e
        // A country is less than the city the dateline names in it ("in Indonesia" filed from JAKARTA).
        if let location = e.location, let city = datelinePlace, let cityEntry = knowledge.entries(surface: city).first,
           let country = knowledge.entries(surface: location).first, country.kind == "country", cityEntry.country == country.country {
            e.location = city
        }
        guard e.location == nil else { return e }
        if let sentence = sentences.first(where: { $0.span == e.evidenceSpan }) {
            e.location = datelinePlace ?? e.venue ?? recentPlace(before: sentence)
        }
        return e
    }

    /// "Latvian and Finnish ministers hold talks" (a headline) and "Liepa met Virtanen on Thursday" (the story)
    /// are one meeting: a meeting of countries on the day people are named meeting is that meeting.
    func dropCollectiveDuplicates(_ events: [Event]) -> [Event] {
        let named = events.filter { $0.type == .meet && !$0.participantEntities.isEmpty }
        guard !named.isEmpty, events.contains(where: { $0.type == .meet && $0.participantEntities.isEmpty }) else { return events }
        let countries = Dictionary(knowledge.countries.map { ($0.name, $0.alpha3) }, uniquingKeysWith: { a, _ in a })
        let countryOf = Dictionary(entities.map { ($0.id, $0.country) }, uniquingKeysWith: { a, _ in a })
        return events.filter { e in
            guard e.type == .meet, e.participantEntities.isEmpty, let date = e.date, date.count == 10,
                  e.participants.allSatisfy({ countries[$0] != nil }) else { return true }
            let headline = sentences.first { $0.span == e.evidenceSpan }.map { $0.block == .title || $0.block == .standfirst } ?? false
            // The same day's named meeting stands for it when it is a headline's summary, or when its people come
            // from those countries; "Sudanese and Chadian officials also held talks" beside an Egypt–Ethiopia
            // meeting that day is a meeting of its own.
            return !named.contains { n in
                guard n.date == date else { return false }
                if headline { return true }
                let theirs = Set(n.participantEntities.compactMap { countryOf[$0] ?? nil })
                return e.participants.allSatisfy { countries[$0].map(theirs.contains) ?? false }
            }
        }
    }

    /// An event told without a date, in an article that states its own date, happened on the day the article
    /// reports it ("Okafor also received ..." in a story dated that day). Planned events stay undated, and an
    /// estimated publication date is not evidence enough.
    func fillMissingDate(_ e: Event) -> Event {
        guard e.date == nil, e.type == .meet || e.type == .visit, e.status == .occurred, let published else { return e }
        var e = e
        e.date = published
        return e
    }

    /// The city a dateline puts the reporter in ("ISTANBUL, July 7 (Xinhua) --", "New Delhi, May 7",
    /// "SAN FRANCISCO —"): where a meeting reported without a place most likely happened.
    var datelinePlace: String? {
        for sentence in sentences where sentence.block == .paragraph {
            guard let m = mentions.first(where: { $0.mention.tokens.lowerBound == sentence.tokens.lowerBound }),
                  entities[m.entity].type == .gpe else { return nil }
            let next = m.mention.tokens.upperBound
            guard next < sentence.tokens.upperBound, let p = punct(next), ["—", "–", "-", ",", "(", ":", "/"].contains(p) else { return nil }
            if p == "," {
                // "City, July 7" or "City, Country —"
                guard next + 1 < sentence.tokens.upperBound else { return nil }
                let after = lower(next + 1)
                let isDate = NameLexicon.weekdaysAndMonths.contains(after)
                let isCountry = mentions.contains { $0.mention.tokens.lowerBound == next + 1 && entities[$0.entity].type == .gpe }
                guard isDate || isCountry else { return nil }
            }
            // The city as the gazetteer spells it ("ISTANBUL" → "Istanbul"), never the country it may stand for.
            guard entities[m.entity].type == .gpe, !m.mention.isMetonym else { return nil }
            return m.mention.text == m.mention.text.uppercased() ? (m.mention.canonical ?? m.mention.text) : m.mention.text
        }
        return nil
    }

    /// Where the sentence before (or the one before that, in the same paragraph) placed things: "met senior
    /// officials in Washington. Wang joined Lopes in talks on Friday" happened in Washington.
    func recentPlace(before sentence: TokenSentence) -> String? {
        guard let k = sentences.firstIndex(where: { $0.span == sentence.span }) else { return nil }
        for back in 1...2 where k - back >= 0 {
            let previous = sentences[k - back]
            guard previous.block == sentence.block else { break }
            for m in mentions where previous.span.contains(m.mention.span) && !m.mention.isMetonym {
                let e = entities[m.entity]
                guard e.type == .gpe, m.mention.tokens.lowerBound > 0 else { continue }
                let before = lower(m.mention.tokens.lowerBound - 1)
                if ["in", "at", "visited", "visiting", "arrived", "reached"].contains(before) { return m.mention.text }
            }
        }
        return nil
    }

    /// The two countries an article names most, when two clearly lead: what "the two countries" refers to.
    func mainCountries() -> [String] {
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
        DescriptionResolver(entities: entities, mentions: mentions).person(head: head, country: country, portfolio: portfolio, before: position)
    }

    /// One event per participant set and type in an article: later sentences about the same
    /// meeting add a date or place the first one lacked.
    func merge(_ events: [Event]) -> [Event] {
        var out: [Event] = []
        for e in events {
            let mine = Set(e.participants)
            if let k = out.firstIndex(where: { other in
                let theirs = Set(other.participants)
                let related = theirs == mine || ((e.type == .meet || e.type == .agree) && mine.count >= 2 && theirs.count >= 2 &&
                                                 (theirs.isSubset(of: mine) || mine.isSubset(of: theirs)))
                // One article tells one meeting of the same people, even when its sentences date it differently
                // (that is a conflict inside the report, kept in the evidence; not a second meeting).
                // A traveller's trip to one place is one visit however many sentences mention it.
                let sameTrip = e.type == .visit && other.location == e.location
                // An undated report in a dated article is most likely about the article's day: it does not join a
                // meeting the article dates months away ("they last met in Kigali in June").
                var compatibleDates = EventExtractor.compatible(other.date ?? published, e.date ?? published) ||
                    EventExtractor.compatible(other.date, e.date) && (other.date == nil) == (e.date == nil)
                // Unresolved dates written differently ("on Tuesday", "in March") are different days.
                if other.date == nil, e.date == nil, let a = other.dateText, let b = e.dateText, a.lowercased() != b.lowercased() {
                    compatibleDates = false
                }
                // Undated, "met on Sunday" and "will meet next month" are two meetings.
                if other.date == nil, e.date == nil, EventExtractor.pointsAhead(other.dateText) != EventExtractor.pointsAhead(e.dateText) {
                    compatibleDates = false
                }
                // A phone call and a meeting in person are two events, even between the same people.
                if e.type == .meet, theirs == mine, let ma = other.mode, let mb = e.mode, ma != mb, ma != .unknown, mb != .unknown,
                   ma == .phone || mb == .phone {
                    compatibleDates = false
                }
                return other.type == e.type && related && (e.type == .election || sameTrip || compatibleDates)
            }) {
                for p in e.participants where !out[k].participants.contains(p) { out[k].participants.append(p) }
                for p in e.participantEntities where !out[k].participantEntities.contains(p) { out[k].participantEntities.append(p) }
                if out[k].date == nil { out[k].date = e.date; out[k].dateText = e.dateText }
                if out[k].location == nil { out[k].location = e.location }
                for t in e.topics where !out[k].topics.contains(t) { out[k].topics.append(t) }
                continue
            }
            out.append(e)
        }
        for k in out.indices { out[k].id = "v\(k + 1)" }
        return out
    }
}

/// Everything the event rules look at in one sentence.
struct SentenceContext {
    let x: EventExtractor
    let sentence: TokenSentence
    let mentions: [LinkedMention]
    let lastPerson: Int?
    let lastMeet: [Int]
    let lastMeetNames: [String]
    /// Day of the last dated meeting or visit told before this sentence ("The call came a day after ...").
    var lastEventDate: String?
    /// The people of every meeting told so far, in order.
    var meetsSoFar: [[Int]] = []
    /// The parties of the last meeting of unnamed officials (countries or bodies).
    var lastCollectiveNames: [String] = []
    /// Which event families the sentence's words allow (EventLexicon bits).
    var families: UInt8 = 0xFF
    let lowerWords: [String]   // the article's lowercased tokens (shared, not copied)
    let excluded: Set<Int> // token indices inside appositions, attributions, parentheses

    init(extractor: EventExtractor, sentence: TokenSentence, mentions: [LinkedMention], lastPerson: Int?, lastMeet: [Int],
         lastMeetNames: [String] = []) {
        self.lastMeetNames = lastMeetNames
        self.x = extractor
        self.sentence = sentence
        self.mentions = mentions
        self.lastPerson = lastPerson
        self.lastMeet = lastMeet
        self.lowerWords = extractor.text.lowerWords
        self.excluded = SentenceContext.descriptiveTokens(extractor, sentence, mentions)
    }

    /// The lowercased word at token `i`; "" outside the sentence, so rules can look around without bounds checks.
    func word(_ i: Int) -> String {
        sentence.tokens.contains(i) ? lowerWords[i] : ""
    }

    /// Tokens that describe someone rather than name a participant: appositions after a person,
    /// possessors ("Trump’s envoy"), "according to ..." and parentheses.
    static func descriptiveTokens(_ x: EventExtractor, _ s: TokenSentence, _ mentions: [LinkedMention]) -> Set<Int> {
        var out = Set<Int>()
        let range = s.tokens
        var i = range.lowerBound
        var depth = 0
        while i < range.upperBound {
            if let p = x.punct(i) {
                if p == "(" { depth += 1 } else if p == ")" { depth = max(0, depth - 1) }
            } else if depth > 0 {
                out.insert(i)
            }
            if x.lower(i) == "according", i + 1 < range.upperBound, x.lower(i + 1) == "to" {
                var j = i
                while j < range.upperBound && x.punct(j) != "," && x.punct(j) != "." { out.insert(j); j += 1 }
                i = j
                continue
            }
            i += 1
        }
        for m in mentions where x.entities[m.entity].type == .person {
            // Possessor: "Joe Biden’s envoy".
            let after = m.mention.tokens.upperBound
            if after < range.upperBound, x.isWord(after), ["’s", "'s"].contains(x.text.words[after]) {
                for k in m.mention.tokens { out.insert(k) }
            }
            // Apposition: "X, head of ..., " / "X, US President-elect Donald Trump’s intended envoy, and Y".
            guard after < range.upperBound, x.punct(after) == "," else { continue }
            let first = after + 1
            guard first < range.upperBound else { continue }
            guard AppositionStart.opens(x.text, first, x.knowledge) else { continue }
            var j = first
            var sawTitle = false
            var sawVerb = false
            while j < range.upperBound, x.punct(j) != ",", x.punct(j) != ".", x.punct(j) != ";" {
                // "X, co-chair of the board and Y Z, ...": the apposition ends where the next person begins.
                if x.lower(j) == "and", mentions.contains(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.lowerBound == j + 1 }) { break }
                // "X, Mr Y will meet Z": a clause with its own verb is not an apposition.
                if ["will", "would", "has", "have", "had", "is", "was", "were", "are", "said", "says"].contains(x.lower(j)) { sawVerb = true }
                if TitleVocabulary.marksRole(x.lower(j), x.knowledge) || ["envoy", "head", "leader", "founder", "chief"].contains(x.lower(j)) { sawTitle = true }
                j += 1
            }
            if sawTitle && !sawVerb { for k in first..<j { out.insert(k) } }
        }
        return out
    }

    // MARK: - Participants

    func persons(excludingSpeakers: Bool = true) -> [Int] {
        var result: [Int] = []
        for m in mentions where x.entities[m.entity].type == .person {
            if m.mention.tokens.contains(where: { excluded.contains($0) }) { continue }
            if !result.contains(m.entity) { result.append(m.entity) }
        }
        if excludingSpeakers && result.count > 2 {
            let speakers = Set(mentions.filter { isSpeaker($0) }.map(\.entity))
            let rest = result.filter { !speakers.contains($0) }
            if rest.count >= 2 { result = rest }
        }
        return result
    }

    /// "X said", "said X", "X told".
    func isSpeaker(_ m: LinkedMention) -> Bool {
        let after = m.mention.tokens.upperBound
        let before = m.mention.tokens.lowerBound - 1
        if after < sentence.tokens.upperBound && ["said", "says", "told", "added"].contains(word(after)) { return true }
        if before >= sentence.tokens.lowerBound && ["said", "says"].contains(word(before)) { return true }
        return false
    }

    /// "he" / "she" as the subject of the trigger resolves to the last person named.
    func pronounSubject(before trigger: Int) -> Int? {
        let lo = sentence.tokens.lowerBound
        // "They also spoke about ... with X": the group led by the last person named.
        if EventExtractor.groupPronouns.contains(word(lo)) && trigger - lo <= 3 { return lastPerson }
        var i = trigger - 1
        while i >= lo && trigger - i <= 6 {
            if EventExtractor.pronounWords.contains(word(i)) {
                // A pronoun in a later clause refers back to the sentence's subject, the first person it names
                // ("Dlamini spoke to Putin, a day after he spoke to Trump"); with none, to the last person named.
                let before = mentions.filter { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= i &&
                                               !$0.mention.tokens.contains(where: { excluded.contains($0) }) }
                if let subject = before.first { return subject.entity }
                return lastPerson
            }
            i -= 1
        }
        return nil
    }

    /// Countries named by demonym or name, and organisations, when no person is.
    func collectives(afterPersons personCount: Int = 0) -> [String] {
        var names: [String] = []
        for i in sentence.tokens where !excluded.contains(i) && x.isWord(i) {
            if let c = x.knowledge.countryForDemonym(x.text.words[i]), x.text.tokens[i].isCapitalized {
                if !names.contains(c.name) { names.append(c.name) }
            }
        }
        // With no person named, countries first ("Chinese and American officials held talks"), organisations
        // only when countries do not make two; beside a named person, the organisation or country he deals with.
        // A country written as a place ("in Qatar") is where, not who.
        for pass in 0..<2 {
            if pass == 1 && names.count + personCount >= 2 { break }
            for m in mentions where !m.mention.tokens.contains(where: { excluded.contains($0) }) {
                let e = x.entities[m.entity]
                let isCountry = e.type == .gpe && (m.mention.isMetonym || m.mention.kind == "country") && !isPlace(m)
                let wanted = personCount > 0 ? (pass == 0 ? e.type == .org : isCountry) : (pass == 0 ? isCountry : e.type == .org)
                guard wanted, m.mention.kind != "outlet" else { continue }
                if !names.contains(e.name) { names.append(e.name) }
            }
        }
        return names
    }

    /// Can this mention be a party to an agreement or a sanction? A country (by name or by its capital standing for
    /// its government) or an organisation; not a city where something happened ("signed in Suva"), not a news outlet.
    func isParty(_ m: LinkedMention) -> Bool {
        let e = x.entities[m.entity]
        // A building where something was signed ("at State House") is not a party to it.
        if e.type == .org { return m.mention.kind != "outlet" && !isPlace(m) }
        guard e.type == .gpe else { return false }
        if m.mention.isMetonym { return true }
        return m.mention.kind == "country" && !isPlace(m)
    }

    /// "New York-based", "Kremlin-backed": a name used as the first half of a compound adjective.
    func isCompoundModifier(_ m: LinkedMention) -> Bool {
        let next = m.mention.tokens.upperBound
        guard next + 1 < x.text.tokens.count, x.punct(next) == "-", !x.text.tokens[next].spaceBefore else { return false }
        return x.isWord(next + 1) && !x.text.tokens[next + 1].isCapitalized
    }

    func isPlace(_ m: LinkedMention) -> Bool {
        let before = m.mention.tokens.lowerBound - 1
        guard before >= sentence.tokens.lowerBound else { return false }
        var w = word(before)
        if w == "the", before - 1 >= sentence.tokens.lowerBound { w = word(before - 1) }
        return ["in", "at", "to", "from", "into", "across", "near", "inside", "outside", "visit", "visiting", "visited"].contains(w)
    }

    // MARK: - Shared pieces

    func firstIndex(in set: Set<String>) -> Int? {
        sentence.tokens.first { set.contains(word($0)) && !excluded.contains($0) }
    }

    func time(near trigger: Int) -> TimeExpression? {
        // A date inside a relative clause after the trigger belongs to something else ("... the grain deal, which
        // is set to expire on July 17").
        let relative = sentence.tokens.first { $0 > trigger && ["which", "who", "whose", "since"].contains(word($0)) }
        let cutoff = relative.map { x.text.tokens[$0].start } ?? Int.max
        let candidates = x.times.filter { sentence.span.contains($0.span) && $0.span.start < cutoff }
        guard !candidates.isEmpty else { return nil }
        let at = x.text.tokens[trigger].start
        // The nearest expression to the trigger; a bare year ("In 2023, ... in April") only when nothing finer is
        // given, and a date after "and would/will" belongs to another verb ("... held in March and would take effect
        // on July 1").
        let laterVerb = sentence.tokens.first { $0 > trigger && word($0) == "and" && ["would", "will", "could", "should"].contains(word($0 + 1)) }
        let limit = laterVerb.map { x.text.tokens[$0].start } ?? Int.max
        let usable = candidates.filter { $0.span.start < limit || $0.span.start < at }
        return (usable.isEmpty ? candidates : usable).min { a, b in
            let ya = a.precision == .year ? 1 : 0, yb = b.precision == .year ? 1 : 0
            if ya != yb { return ya < yb }
            return abs(a.span.start - at) < abs(b.span.start - at)
        }
    }

    func place(prepositions: Set<String> = ["in", "at"]) -> String? {
        var best: (String, Int)?
        for m in mentions where !m.mention.isMetonym {
            let e = x.entities[m.entity]
            // Regions, seas and buildings are not the city or country a meeting is placed in.
            guard e.type == .gpe else { continue }
            let before = m.mention.tokens.lowerBound - 1
            guard before >= sentence.tokens.lowerBound else { continue }
            var preposition = word(before)
            if preposition == "the", before - 1 >= sentence.tokens.lowerBound { preposition = word(before - 1) }
            // "discussed the situation in Afghanistan": a subject of talks, not where they were held.
            let inAt = word(before) == "the" ? before - 1 : before
            if inAt - 1 >= sentence.tokens.lowerBound && EventExtractor.topicNouns.contains(word(inAt - 1)) { continue }
            // "the Commonwealth Heads of Government Meeting in Kigali": where another, named gathering is held.
            if mentions.contains(where: { $0.mention.tokens.upperBound == inAt && x.entities[$0.entity].type == .event }) ||
               (x.text.tokens[max(0, inAt - 1)].isCapitalized && ["meeting", "summit", "conference", "forum", "games", "talks"].contains(word(inAt - 1))) {
                continue
            }
            if preposition == "of", before - 2 >= sentence.tokens.lowerBound, word(before - 1) == "city" { preposition = "in" }
            // "will fly to Nuku'alofa, where he is due to meet ...": the destination is where.
            let end = m.mention.tokens.upperBound
            let whereFollows = (end..<min(end + 4, sentence.tokens.upperBound)).contains { x.punct($0) == "," && word($0 + 1) == "where" }
            guard prepositions.contains(preposition) || (preposition == "to" && whereFollows) else { continue }
            // "in Brazil’s capital", "in the Iraqi capital": the capital city, by knowledge.
            if let capital = capitalNamed(after: m) {
                if best == nil || 0 < best!.1 { best = (capital, 0) }
                continue
            }
            // A city beats a country, a country beats a region or sea: "in Kigali, Rwanda" is Kigali.
            let rank = e.type == .loc ? 2 : m.mention.kind == "country" ? 1 : 0
            if best == nil || rank < best!.1 { best = (m.mention.text, rank) }
        }
        return best?.0
    }

    /// "the New York-based organisation", "the think tank": the organisation the article named last before this
    /// sentence, other than `excluding`.
    func describedOrganisation(after w: Int, excluding: Int) -> Int? {
        guard word(w + 1) == "the" else { return nil }
        let nouns: Set<String> = ["organisation", "organization", "group", "tank", "body", "institute", "agency", "association",
                                  "company", "firm", "bloc", "alliance", "society", "foundation", "centre", "center"]
        guard let noun = ((w + 2)..<min(w + 8, sentence.tokens.upperBound)).first(where: { nouns.contains(word($0)) }),
              ((w + 2)..<noun).allSatisfy({ k in !x.text.tokens[k].isCapitalized || mentions.contains { m in m.mention.tokens.contains(k) && x.entities[m.entity].type == .gpe } })
        else { return nil }
        return x.mentions.last { m in
            m.mention.span.end <= sentence.span.start && x.entities[m.entity].type == .org && m.entity != excluding && m.mention.kind != "outlet"
        }?.entity
    }

    /// For each country, the one person the article names with that country and a role of this kind
    /// ("ministers" → a foreign minister of each); nil unless every country has one.
    func namedPeople(countries: [String], noun: String) -> [String]? {
        guard let singular = TitleVocabulary.singular(noun), countries.count >= 2 else { return nil }
        let people = countries.compactMap { code -> String? in
            x.entities.first { p in p.type == .person && p.country == code && p.roles.contains { $0.lowercased().contains(singular) } }?.name
        }
        return people.count == countries.count ? people : nil
    }

    /// Is token `i` inside quotation marks in this sentence (an odd number of opening marks before it)?
    func quoted(_ i: Int) -> Bool {
        var open = 0
        for k in sentence.tokens.lowerBound..<i {
            switch x.punct(k) {
            case "“": open += 1
            case "”": open -= 1
            case "\"": open = open == 0 ? 1 : 0
            default: break
            }
        }
        return open > 0
    }

    /// "Brazil’s capital" → Brasília.
    func capitalNamed(after m: LinkedMention) -> String? {
        let next = m.mention.tokens.upperBound
        guard ["’s", "'s"].contains(word(next)), word(next + 1) == "capital", let code = m.mention.country ?? x.entities[m.entity].country,
              let country = x.knowledge.country(alpha3: code), m.mention.kind == "country" else { return nil }
        return country.capital
    }

    /// A named site after "at"/"in": "at the Vahdettin Palace", "on the Rumichaca International Bridge".
    func landmark() -> String? {
        for m in mentions where x.entities[m.entity].type == .loc && m.mention.kind == nil {
            let before = word(m.mention.tokens.lowerBound - 1) == "the" ? word(m.mention.tokens.lowerBound - 2) : word(m.mention.tokens.lowerBound - 1)
            if ["at", "in", "on", "inside"].contains(before) { return m.mention.text }
        }
        return nil
    }

    /// A building that names where people met: "at the Pentagon", "at the White House".
    func venue() -> String? {
        for m in mentions where x.entities[m.entity].type == .org || x.entities[m.entity].type == .loc {
            let start = m.mention.tokens.lowerBound
            guard start >= sentence.tokens.lowerBound + 2, word(start - 1) == "the", word(start - 2) == "at" else { continue }
            if x.entities[m.entity].type == .loc || m.mention.kind == "government" { return m.mention.text }
        }
        return nil
    }

    func status(trigger: Int) -> EventStatus {
        let lo = sentence.tokens.lowerBound
        // "If X and Y do hold a summit in November ...": a condition, so not (yet) happened.
        if ["if", "unless", "should", "whether"].contains(word(lo)) { return .planned }
        for i in sentence.tokens {
            let w = word(i)
            if ["will", "shall", "’ll", "'ll"].contains(w) && i < trigger + 2 { return .planned }
            if ["plans", "planned", "scheduled", "slated"].contains(w) { return .planned }
            // "invited his counterparts to a meeting": an invitation is to something still ahead.
            if ["invited", "invites", "inviting"].contains(w) && i < trigger && trigger - i <= 8 { return .planned }
            if ["expected", "due", "set"].contains(w) && i + 1 < sentence.tokens.upperBound && word(i + 1) == "to" && i < trigger { return .planned }
            if w == "to" && i + 1 == trigger && i > lo && !["ahead", "next", "due", "according"].contains(word(i - 1)) {
                // "to meet", "to visit": infinitive of the trigger after a planning verb.
                if ["meet", "visit", "hold", "sign", "travel", "discuss", "speak"].contains(word(trigger)) { return .planned }
            }
            if EventLexicon.reportedCues.contains(w) { return .reported }
        }
        return .occurred
    }

    func topics() -> [String] {
        var out: [String] = []
        for i in sentence.tokens where x.isWord(i) {
            if let topic = EventExtractor.topicWords[word(i)], !out.contains(topic) { out.append(topic) }
        }
        return out
    }

    func evidence() -> (String, TextSpan) {
        (x.text.string(sentence.span), sentence.span)
    }

    func names(_ indices: [Int]) -> [String] { indices.map { x.entities[$0].name } }

    // MARK: - Event types

    struct Meeting {
        var event: Event
        var entityIndices: [Int]
    }

    /// Words that end the clause a trigger lives in: reported speech, relative and time clauses.
    static let clauseBreaks: Set<String> = [
        "said", "says", "told", "according", "while", "but", "after", "before", "when", "whereas",
        "amid", "that", "because", "although", "though", "where", "adding", "saying", "stressed", "noted",
    ]

    /// People on either side of the trigger within its clause: "X and Y met", "X met Y and Z",
    /// "X held talks with Y". Anything beyond a clause break is someone else's story.
    func clausePersons(around trigger: Int) -> [Int] {
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        var left = trigger
        while left > lo {
            let w = word(left - 1)
            // "shake hands before talks": a break word right before a noun trigger is a preposition, not a clause.
            let nounUse = left == trigger && ["before", "after", "since", "during"].contains(w)
            let isName = x.text.tokens[left - 1].isCapitalized && left - 1 > lo   // "Omar Said" is a name, not a verb
            if !nounUse && !isName && (SentenceContext.clauseBreaks.contains(w) || ["; ", ";", ":", "—", "–"].contains(x.punct(left - 1) ?? "")) { break }
            left -= 1
        }
        var right = trigger + 1
        while right < hi {
            let w = word(right)
            if (SentenceContext.clauseBreaks.contains(w) && !x.text.tokens[right].isCapitalized) || [";", "—", "–"].contains(x.punct(right) ?? "") { break }
            right += 1
        }
        var result: [Int] = []
        var speakers: Set<Int> = []
        for m in mentions where x.entities[m.entity].type == .person {
            guard m.mention.tokens.lowerBound >= left, m.mention.tokens.upperBound <= right else { continue }
            if m.mention.tokens.contains(where: { excluded.contains($0) }) { continue }
            if isSpeaker(m) { speakers.insert(m.entity) }
            if !result.contains(m.entity) { result.append(m.entity) }
        }
        // "..., spokesperson X told a briefing": the one reporting the meeting is not in it.
        let rest = result.filter { !speakers.contains($0) }
        return rest.count >= 2 || (rest.count == 1 && result.count > 2) ? rest : result
    }

    /// "the Lopes-Tanaka talks": the two people joined by a hyphen right before a meeting noun are its parties,
    /// whoever else the sentence names.
    func hyphenatedPair(before trigger: Int) -> (people: [Int], start: Int)? {
        let people = mentions.filter { x.entities[$0.entity].type == .person }
        guard let second = people.first(where: { $0.mention.tokens.upperBound == trigger }) else { return nil }
        let dash = second.mention.tokens.lowerBound - 1
        guard ["-", "–", "‑"].contains(x.punct(dash) ?? ""),
              let first = people.first(where: { $0.mention.tokens.upperBound == dash }),
              first.entity != second.entity else { return nil }
        return ([first.entity, second.entity], first.mention.tokens.lowerBound)
    }

    /// The meetings a sentence reports: usually one; "met X and, separately, Y" is two.
    func meetings() -> [Meeting] {
        var found = meetingsByTrigger()
        // "... and to address a business forum organised by X": a second, speech-shaped meeting of the subject.
        if let first = found.first, let (trigger, audience) = speechAudience(), first.event.evidenceSpan == sentence.span,
           let subject = first.entityIndices.first, !first.event.participants.contains(x.entities[audience].name),
           let m = meeting(trigger: trigger, people: [subject], allowSingle: true) {
            var event = m.event
            event.participants.append(x.entities[audience].name)
            event.mode = .inPerson
            found.append(Meeting(event: event, entityIndices: m.entityIndices))
        }
        if !found.isEmpty { return found }
        if let joint = jointMeeting() { return [joint] }
        // A speaker and the organisation whose audience he addressed.
        guard let (trigger, audience) = speechAudience() else { return [] }
        var speaker = clausePersons(around: trigger).filter { p in mentions.contains { $0.entity == p && $0.mention.tokens.upperBound <= trigger } }
        if speaker.isEmpty, let p = pronounSubject(before: trigger) { speaker = [p] }
        // "In a video speech to X, he said ...": the pronoun may follow.
        if speaker.isEmpty, sentence.tokens.contains(where: { EventExtractor.pronounWords.contains(word($0)) }), let p = lastPerson { speaker = [p] }
        guard let who = speaker.first, let m = meeting(trigger: trigger, people: [who], allowSingle: true) else { return [] }
        var event = m.event
        event.participants.append(x.entities[audience].name)
        event.mode = sentence.tokens.contains(where: { EventLexicon.virtualWords.contains(word($0)) }) ? .virtual : .inPerson
        return [Meeting(event: event, entityIndices: m.entityIndices)]
    }

    /// The meetings of the first trigger that yields one ("whose country hosts next month's summit, invited his
    /// counterparts to a meeting": the host clause names no meeting; the invitation does).
    func meetingsByTrigger() -> [Meeting] {
        // "the Lopes-Tanaka talks" names its two parties outright, whatever else the sentence's verbs say.
        // Found from the mentions (a handful per sentence), not by testing every token.
        for named in mentions where named.mention.tokens.upperBound < sentence.tokens.upperBound && x.entities[named.entity].type == .person {
            let t = named.mention.tokens.upperBound
            guard EventExtractor.gatheringWords.contains(word(t)) || word(t) == "call" || word(t) == "summit" else { continue }
            if let (pair, start) = hyphenatedPair(before: t), var talks = meeting(trigger: t, people: pair) {
                // "the Lopes-Tanaka talks touched on ...": a definite name points back at talks already told; it adds
                // no mode or place of its own, so it joins them.
                if word(start - 1) == "the" {
                    talks.event.mode = .unknown
                    talks.event.location = nil
                }
                return [talks]
            }
        }
        var start: Int?
        var tries = 0
        var gathering: [Meeting] = []
        while let trigger = meetTrigger(after: start), tries < 4 {
            let found = meetings(at: trigger)
            // A meeting with its parties wins; a one-person gathering waits in case a later trigger has one.
            if found.contains(where: { $0.event.participants.count >= 2 }) { return found }
            if gathering.isEmpty { gathering = found }
            start = trigger
            tries += 1
        }
        return gathering
    }

    func meetings(at trigger: Int) -> [Meeting] {
        if let split = leadingPhraseMeetings(firstTrigger: trigger) { return split }
        if let s = sentence.tokens.first(where: { $0 > trigger && word($0) == "separately" }) {
            let subject = clausePersons(around: trigger).filter { p in mentions.contains { $0.entity == p && $0.mention.tokens.upperBound <= trigger } }
            if !subject.isEmpty {
                let objects = clausePersons(around: trigger).filter { !subject.contains($0) }
                let first = objects.filter { p in mentions.contains { $0.entity == p && $0.mention.tokens.lowerBound < s } }
                let second = objects.filter { !first.contains($0) }
                return [first, second].filter { !$0.isEmpty }.compactMap { meeting(trigger: trigger, people: subject + $0) }
            }
        }
        if let dated = separatelyDatedMeetings(trigger: trigger) { return dated }
        if let anaphoric = meetingBeforeTheLastEvent() { return [anaphoric] }
        if let m = meeting(trigger: trigger, people: nil) {
            if let second = relativelyDatedMeeting(after: trigger, first: m) { return [m, second] }
            return [m]
        }
        // A gathering with one named person, which a later sentence may fill: "held a seminar in New York".
        if EventExtractor.gatheringWords.contains(word(trigger)) {
            let people = clausePersons(around: trigger)
            if people.count == 1, let m = meeting(trigger: trigger, people: people, allowSingle: true) { return [m] }
        }
        return []
    }

    /// "President X and visiting Prime Minister Y pledged on Thursday to ...", "he and Prince Z signed a memorandum":
    /// two people doing something together were together.
    func jointMeeting() -> Meeting? {
        let people = mentions.filter { x.entities[$0.entity].type == .person && !$0.mention.tokens.contains(where: { excluded.contains($0) }) }
            .sorted { $0.mention.span < $1.mention.span }
        var candidates: [(first: Int, second: LinkedMention)] = []
        for (n, b) in people.enumerated() {
            // The first party: the person just before "and", or a pronoun there ("he and Prince Z").
            guard let and = ((sentence.tokens.lowerBound)..<b.mention.tokens.lowerBound).last(where: { word($0) == "and" }),
                  b.mention.tokens.lowerBound - and <= 5,
                  ((and + 1)..<b.mention.tokens.lowerBound).allSatisfy({ x.text.tokens[$0].isCapitalized || ["visiting", "the", "his", "her"].contains(word($0)) })
            else { continue }
            if n > 0, people[n - 1].mention.tokens.upperBound == and || (people[n - 1].mention.tokens.upperBound == and - 1 && x.punct(and - 1) == ",") {
                // "progress since X and Y agreed to ...": a "since" clause measures from an earlier accord; it does
                // not report the two together.
                if word(people[n - 1].mention.tokens.lowerBound - 1) == "since" { continue }
                candidates.append((people[n - 1].entity, b))
            } else if EventExtractor.pronounWords.contains(word(and - 1)), let s = lastPerson {
                candidates.append((s, b))
            }
        }
        for (first, second) in candidates where first != second.entity {
            var k = second.mention.tokens.upperBound
            var steps = 0
            while k < sentence.tokens.upperBound && steps < 6 {
                let w = word(k)
                if EventExtractor.jointVerbs.contains(w) {
                    guard var m = meeting(trigger: k, people: [first, second.entity]) else { return nil }
                    m.event.mode = .inPerson
                    return m
                }
                let timeish = x.times.contains { $0.span.contains(x.text.tokens[k].span) }
                guard timeish || ["also", "jointly", "have", "had", "has", "on", "today", "yesterday", ",", "both", "then", "later", "together"].contains(w) else { break }
                k += 1
                steps += 1
            }
        }
        return nil
    }

    /// "The call came a day after X held a virtual meeting with Y", "The visit came five days after X hosted Y":
    /// a meeting dated from the event just told.
    func meetingBeforeTheLastEvent() -> Meeting? {
        let lo = sentence.tokens.lowerBound
        guard word(lo) == "the", ["call", "meeting", "talks", "visit", "trip", "summit", "announcement"].contains(word(lo + 1)),
              let anchor = lastEventDate.flatMap(CalendarDate.init(iso:)),
              let unit = sentence.tokens.first(where: { ["day", "days", "week", "weeks"].contains(word($0)) && ["after", "before"].contains(word($0 + 1)) }),
              let n = EventExtractor.smallNumbers[word(unit - 1)] else { return nil }
        let days = (word(unit).hasPrefix("week") ? 7 : 1) * n * (word(unit + 1) == "after" ? -1 : 1)
        guard let second = ((unit + 2)..<sentence.tokens.upperBound).first(where: { EventLexicon.meetVerbs.contains(word($0)) && !excluded.contains($0) }) else { return nil }
        let people = clausePersons(around: second).filter { p in mentions.contains { $0.entity == p && $0.mention.tokens.lowerBound > unit } }
        guard people.count >= 2, var m = meeting(trigger: second, people: people) else { return nil }
        m.event.date = anchor.adding(days: days).isoDay
        m.event.dateText = x.text.text(tokens: (unit - 1)..<(unit + 2))
        return m
    }

    /// "X spoke to Y on Thursday, a day after he spoke to Z": a second meeting in the same sentence, dated
    /// relative to the first.
    func relativelyDatedMeeting(after trigger: Int, first: Meeting) -> Meeting? {
        let hi = sentence.tokens.upperBound
        // "a day after", "two days before", "a day earlier"
        guard let unit = sentence.tokens.first(where: { $0 > trigger && ["day", "days"].contains(word($0)) && $0 + 1 < hi &&
                                                        ["after", "before", "earlier", "later"].contains(word($0 + 1)) }),
              unit > sentence.tokens.lowerBound else { return nil }
        let counts = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5]
        guard let n = counts[word(unit - 1)] else { return nil }
        let direction = ["after", "later"].contains(word(unit + 1)) ? -1 : 1   // "a day after he spoke": his call came first
        guard let second = ((unit + 2)..<hi).first(where: { EventLexicon.meetVerbs.contains(word($0)) && !excluded.contains($0) }) else { return nil }
        var people = clausePersons(around: second).filter { p in mentions.contains { $0.entity == p && $0.mention.tokens.lowerBound > unit } }
        if let p = pronounSubject(before: second), !people.contains(p) { people.insert(p, at: 0) }
        guard people.count >= 2, var m = meeting(trigger: second, people: people) else { return nil }
        if let anchor = first.event.date.flatMap(CalendarDate.init(iso:)), first.event.date?.count == 10 {
            m.event.date = anchor.adding(days: direction * n).isoDay
            m.event.dateText = x.text.text(tokens: (unit - 1)..<(unit + 2))
        } else {
            m.event.date = nil
        }
        return m
    }

    /// "met X in April, and Y in October": each person after the trigger followed by a date of their own is a
    /// separate meeting with the subject.
    func separatelyDatedMeetings(trigger: Int) -> [Meeting]? {
        let people = mentions.filter { x.entities[$0.entity].type == .person && !$0.mention.tokens.contains(where: { excluded.contains($0) }) }
        let subject = people.filter { $0.mention.tokens.upperBound <= trigger }.map(\.entity)
        var objects = people.filter { $0.mention.tokens.lowerBound > trigger }
        guard subject.count == 1, objects.count >= 2 else { return nil }
        objects.sort { $0.mention.span < $1.mention.span }
        var result: [Meeting] = []
        for (n, object) in objects.enumerated() {
            let limit = n + 1 < objects.count ? objects[n + 1].mention.span.start : sentence.span.end
            guard let t = x.times.first(where: { $0.span.start >= object.mention.span.end && $0.span.end <= limit && $0.value != nil }) else { return nil }
            guard var m = meeting(trigger: trigger, people: subject + [object.entity]) else { return nil }
            m.event.date = t.value
            m.event.dateText = t.text
            result.append(m)
        }
        // Distinct dates only; the same date for all is one meeting.
        return Set(result.compactMap(\.event.date)).count == result.count ? result : nil
    }

    /// "In addition to meeting X, Y will meet Z" / "After talks with X, Y met Z": the opening phrase is a
    /// meeting of the main clause's subject with X; the main clause is another meeting.
    func leadingPhraseMeetings(firstTrigger trigger: Int) -> [Meeting]? {
        let lo = sentence.tokens.lowerBound
        let openers: [[String]] = [["in", "addition", "to"], ["before"], ["after"], ["besides"], ["following"], ["ahead", "of"], ["apart", "from"]]
        guard let opener = openers.first(where: { o in
            o.enumerated().allSatisfy { k, w in lo + k < sentence.tokens.upperBound && word(lo + k) == w }
        }), trigger >= lo + opener.count, trigger <= lo + opener.count + 1,
              let comma = sentence.tokens.first(where: { $0 > trigger && x.punct($0) == "," }) else { return nil }
        let people = mentions.filter { x.entities[$0.entity].type == .person }
        let objects = people.filter { $0.mention.tokens.lowerBound > trigger && $0.mention.tokens.upperBound <= comma }.map(\.entity)
        var subject = people.first { $0.mention.tokens.lowerBound > comma }?.entity
        if let s = subject, let m = people.first(where: { $0.entity == s }), m.mention.tokens.lowerBound > comma + 3 { subject = nil }
        if subject == nil, comma + 1 < sentence.tokens.upperBound, EventExtractor.pronounWords.contains(word(comma + 1)) { subject = lastPerson }
        guard let subject, !objects.isEmpty else { return nil }
        var result: [Meeting] = []
        if let first = meeting(trigger: trigger, people: [subject] + objects.filter { $0 != subject }) { result.append(first) }
        // The main clause's own meeting, if it has one.
        if let second = sentence.tokens.first(where: { $0 > comma && EventLexicon.meetVerbs.contains(word($0)) && !excluded.contains($0) }) {
            let others = people.filter { $0.mention.tokens.lowerBound > second && $0.entity != subject }.map(\.entity)
            if !others.isEmpty, let m = meeting(trigger: second, people: [subject] + others) { result.append(m) }
        }
        return result.isEmpty ? nil : result
    }

    func meeting(trigger: Int, people given: [Int]?, allowSingle: Bool = false) -> Meeting? {
        var people = given ?? clausePersons(around: trigger)
        if let p = pronounSubject(before: trigger), !people.contains(p) { people.insert(p, at: 0) }
        for p in describedPersons() where !people.contains(p) { people.append(p) }
        // "the two leaders", "both presidents": the people of the meeting just told.
        let groupReference = sentence.tokens.contains { i in
            EventExtractor.groupWords.contains(word(i)) && i > sentence.tokens.lowerBound && ["two", "both"].contains(word(i - 1))
        }
        if given == nil, people.count < 2, groupReference, lastMeet.count >= 2 {
            for p in lastMeet where !people.contains(p) { people.append(p) }
        }
        var participants = names(people)
        // One named person meets a body ("Haddad is meeting the Taliban"); unnamed officials meet as their
        // countries ("Chinese and American officials held talks", "talks between Israel and Hamas").
        if people.count == 1, let body = directObject(after: trigger), !participants.contains(body) { participants.append(body) }
        // "X invited his counterparts to a meeting in May": the people of the meeting just told.
        if people.count == 1, let earlier = meetsSoFar.last(where: { $0.count >= 2 && $0.contains(people[0]) }),
           let k = ((trigger - 8)..<sentence.tokens.upperBound).first(where: { word($0) == "counterparts" && ["his", "her", "their"].contains(word($0 - 1)) }),
           !mentions.contains(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.lowerBound > k }) {
            for p in earlier where !people.contains(p) {
                people.append(p)
                participants.append(x.entities[p].name)
            }
        }
        // "X and Y would hold talks with their Japanese counterparts": the unnamed side is its country.
        if !people.isEmpty, let k = ((trigger + 1)..<sentence.tokens.upperBound).first(where: { ["counterparts", "counterpart"].contains(word($0)) }),
           k - 1 > trigger, let c = x.knowledge.countryForDemonym(x.text.words[k - 1]),
           !mentions.contains(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.lowerBound > k && $0.mention.tokens.lowerBound <= k + 2 }),
           !participants.contains(c.name) {
            participants.append(c.name)
        }
        if people.isEmpty { participants = collectiveParties(trigger: trigger) }
        // "Officials will meet again ...": the parties of the meeting just told.
        if participants.isEmpty, sentence.tokens.contains(where: { word($0) == "again" }), lastMeetNames.count >= 2 {
            // "Officials will meet again": the last meeting of unnamed officials, when there was one.
            let byOfficials = sentence.tokens.contains { EventExtractor.peopleNouns.contains(word($0)) }
            participants = byOfficials && lastCollectiveNames.count >= 2 ? lastCollectiveNames : lastMeetNames
        }
        guard participants.count >= 2 || (allowSingle && participants.count == 1) else { return nil }
        var when = time(near: trigger)
        // "On Tuesday X sat down with Y on Wednesday": one meeting, two days. The report contradicts itself;
        // leave the date open rather than pick one (the conflict stays visible in the evidence).
        let relative = sentence.tokens.first { $0 > trigger && ["which", "who", "whose"].contains(word($0)) }
        let cutoff = relative.map { x.text.tokens[$0].start } ?? Int.max
        let days = Set(x.times.filter { sentence.span.contains($0.span) && $0.precision == .day && $0.span.start < cutoff }.compactMap(\.value))
        if days.count >= 2 && participants.count == 2 && sentence.tokens.filter({ EventLexicon.meetVerbs.contains(word($0)) }).count == 1 {
            when = nil
        }
        let (evidence, span) = evidence()
        var mode = MeetingMode.unknown
        // "called on the Crown Prince" is a visit in person, not a phone call.
        if sentence.tokens.contains(where: { EventLexicon.phoneWords.contains(word($0)) && !(["called", "calls", "call"].contains(word($0)) && word($0 + 1) == "on") }) {
            mode = .phone
        }
        else if sentence.tokens.contains(where: { EventLexicon.virtualWords.contains(word($0)) }) { mode = .virtual }
        else if sentence.tokens.contains(where: { ["met", "meet", "meets", "meeting", "talks", "received", "hosted", "receives", "hosts", "audience", "welcomed"].contains(word($0)) }) ||
                    word(trigger) == "sat" || (["called", "calls"].contains(word(trigger)) && word(trigger + 1) == "on") { mode = .inPerson }
        let event = Event(id: "", type: .meet, status: status(trigger: trigger), mode: mode, participants: participants,
                          participantEntities: people.map { x.entities[$0].id }, date: when?.value, dateText: when?.text,
                          location: place(), topics: topics(),
                          evidence: evidence, evidenceSpan: span)
        var located = event
        located.venue = venue() ?? landmark()
        return Meeting(event: located, entityIndices: people)
    }

    /// Definite descriptions in the sentence: "the minister and the Ethiopian Ambassador ..." → the minister named before.
    func describedPersons() -> [Int] {
        var found: [Int] = []
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound {
            guard word(i) == "the", !excluded.contains(i) else { i += 1; continue }
            var j = i + 1
            var country: String?
            var head: String?
            while j < sentence.tokens.upperBound && j - i <= 4 && x.isWord(j) {
                let raw = x.text.words[j]
                if let c = x.knowledge.countryForDemonym(raw) { country = c.alpha3; j += 1; continue }
                if let e = x.knowledge.entries(surface: raw).first, e.kind == "country" { country = e.country; j += 1; continue }
                let w = word(j)
                if TitleVocabulary.marksRole(w, x.knowledge) || EventExtractor.leaderWords.contains(w) {
                    head = w
                    j += 1
                    continue
                }
                break
            }
            // "the Minister of Foreign Affairs": the portfolio tells ministers apart.
            var words: [String] = []
            if head != nil {
                var k = j
                while k + 1 < sentence.tokens.upperBound && k - j < 6 && ["of", "for"].contains(word(k)) {
                    var m = k + 1
                    while m < sentence.tokens.upperBound && m - k <= 4 && x.isWord(m) && x.text.tokens[m].isCapitalized { words.append(word(m)); m += 1 }
                    if m == k + 1 { break }
                    k = m
                }
            }
            // A description followed by a name is an apposition, not a reference ("the Ethiopian Ambassador, X").
            // A description followed by the name ("the Ethiopian Ambassador to Nigeria, Abebe Tesfaye,") introduces
            // that person; it does not point back at someone named earlier.
            let namedNext = mentions.contains { m in
                guard x.entities[m.entity].type == .person else { return false }
                let start = m.mention.tokens.lowerBound
                if start >= j && start <= j + 1 { return true }
                guard start > j && start <= j + 20 && x.punct(start - 1) == "," else { return false }
                // Only a title's own words may stand between: "to the Cameroonian Minister of External Relations".
                let allowed: Set<String> = ["of", "to", "for", "the", "in", "charge", "with", "on"]
                return !(j..<(start - 1)).contains { k in
                    if x.punct(k) != nil { return true }
                    return !x.text.tokens[k].isCapitalized && !allowed.contains(word(k))
                }
            }
            if let head, !namedNext, let p = x.resolveDescription(head: head, country: country, portfolio: words, before: x.text.tokens[i].start) {
                found.append(p)
            }
            i = max(j, i + 1)
        }
        return found
    }

    /// The organisation a lone named person meets: "met the Taliban", "held talks with the African Union".
    func directObject(after trigger: Int) -> String? {
        var i = trigger + 1
        while i < sentence.tokens.upperBound && ["with", "the", "a", "an", "talks", "by"].contains(word(i)) { i += 1 }
        if let m = mentions.first(where: { $0.mention.tokens.lowerBound == i }), x.entities[m.entity].type == .org, m.mention.kind != "outlet" {
            return x.entities[m.entity].name
        }
        // "meet business leaders at the Federation of Industries": people of a body, met at the body.
        var k = i
        while k < sentence.tokens.upperBound && k - i < 3 && x.isWord(k) && !x.text.tokens[k].isCapitalized { k += 1 }
        guard k > i, ["at", "of", "from"].contains(word(k)) else { return nil }
        k += 1
        if word(k) == "the" { k += 1 }
        guard let m = mentions.first(where: { $0.mention.tokens.lowerBound == k }), x.entities[m.entity].type == .org,
              m.mention.kind != "outlet" else { return nil }
        return x.entities[m.entity].name
    }

    /// Parties named without people: "between X and Y", "Chinese and American officials", "X and Y held talks".
    func collectiveParties(trigger: Int) -> [String] {
        var names: [String] = []
        func add(_ n: String) { if !names.contains(n) { names.append(n) } }
        // "talks between Israel and Hamas"
        if let b = ((trigger + 1)..<min(trigger + 4, sentence.tokens.upperBound)).first(where: { word($0) == "between" }),
           let first = mentions.first(where: { $0.mention.tokens.lowerBound == b + 1 || ($0.mention.tokens.lowerBound == b + 2 && word(b + 1) == "the") }),
           first.mention.tokens.upperBound < sentence.tokens.upperBound, word(first.mention.tokens.upperBound) == "and" {
            // Exactly the two parties joined by "and": "between Israel and Hamas, with Qatar ..." is Israel and Hamas.
            let and = first.mention.tokens.upperBound
            if let second = mentions.first(where: { $0.mention.tokens.lowerBound == and + 1 || ($0.mention.tokens.lowerBound == and + 2 && word(and + 1) == "the") }) {
                for m in [first, second] {
                    let e = x.entities[m.entity]
                    if e.type == .gpe || e.type == .org || e.type == .person { add(e.name) }
                }
                if names.count == 2 { return names }
            }
            names = []
        }
        // "Chinese and American officials"
        for i in sentence.tokens where x.isWord(i) && x.text.tokens[i].isCapitalized && !excluded.contains(i) {
            guard let c = x.knowledge.countryForDemonym(x.text.words[i]) else { continue }
            let window = (i + 1)..<min(i + 5, sentence.tokens.upperBound)
            if window.contains(where: { EventExtractor.peopleNouns.contains(word($0)) }) { add(c.name) }
        }
        // "U.S.-China officials", "Kenyan and Ugandan delegations": countries right before a people noun.
        for i in sentence.tokens where EventExtractor.peopleNouns.contains(word(i)) {
            var k = i - 1
            var found: [String] = []
            while k >= sentence.tokens.lowerBound {
                if let m = mentions.first(where: { $0.mention.tokens.upperBound - 1 == k }), x.entities[m.entity].type == .gpe {
                    found.insert(x.entities[m.entity].name, at: 0)
                    k = m.mention.tokens.lowerBound - 1
                    continue
                }
                if ["-", "and", ",", "–"].contains(word(k)) { k -= 1; continue }
                break
            }
            if found.count >= 2 { for f in found { add(f) } }
        }
        if names.count >= 2 { return names }
        names = []
        // "The X Department held a dialogue with the Y Society": a body meeting a body. The subject stands right
        // before the verb (the outermost name ending there); the partner is the first organisation after "with",
        // or a country named right after it ("with Japan", not "with the New York-based ...").
        let subjects = mentions.filter { m in
            let gap = trigger - m.mention.tokens.upperBound
            return gap >= 0 && gap <= 3 && x.entities[m.entity].type == .org && m.mention.kind != "outlet" &&
                ((m.mention.tokens.upperBound)..<trigger).allSatisfy { ["also", "has", "had", "have", "will", "to", "would", "and"].contains(word($0)) }
        }
        // Or the organisation that opens the sentence: "The party’s International Liaison Department had an exchange
        // of views during the dialogue with ...".
        let opening = mentions.first { m in
            x.entities[m.entity].type == .org && m.mention.kind != "outlet" && m.mention.tokens.upperBound <= trigger &&
                (sentence.tokens.lowerBound..<m.mention.tokens.lowerBound).allSatisfy { ["the", "’s", "'s", "party", "government", "ministry"].contains(word($0)) || x.text.tokens[$0].isCapitalized }
        }
        if let subject = subjects.min(by: { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }) ?? opening,
           let w = ((trigger + 1)..<sentence.tokens.upperBound).first(where: { word($0) == "with" }), w - trigger <= 8 {
            let after = mentions.filter { $0.mention.tokens.lowerBound > w && $0.mention.tokens.lowerBound <= w + 7 && !isCompoundModifier($0) }
            let object = after.first { x.entities[$0.entity].type == .org && $0.mention.kind != "outlet" } ??
                after.first { m in x.entities[m.entity].type == .gpe && (m.mention.tokens.lowerBound == w + 1 || (m.mention.tokens.lowerBound == w + 2 && word(w + 1) == "the")) }
            if let object {
                add(x.entities[subject.entity].name)
                add(x.entities[object.entity].name)
                if names.count == 2 { return names }
            } else if let described = describedOrganisation(after: w, excluding: subject.entity) {
                // "with the New York-based organisation": the body named before.
                add(x.entities[subject.entity].name)
                add(x.entities[described].name)
                if names.count == 2 { return names }
            }
            names = []
        }
        // "officials from the two countries", "both sides": the two countries the article is about.
        // Only as the parties of the trigger: people "from the two countries", or "the two countries" as its subject
        // ("the two countries held talks"); not "our two countries share an ocean", not "both governments' push".
        if sentence.tokens.contains(where: { i in
            guard i + 1 < sentence.tokens.upperBound, ["two", "both"].contains(word(i)), ["countries", "nations", "governments"].contains(word(i + 1)) else { return false }
            let fromPeople = (i - 3..<i).contains { ["from", "of"].contains(word($0)) && EventExtractor.peopleNouns.contains(word($0 - 1)) }
            let subject = i + 2 <= trigger && trigger - (i + 1) <= 3 && !quoted(i)
            return fromPeople || subject
        }) {
            let top = x.mainCountries()
            if top.count == 2 {
                // "the foreign ministers of both countries": the ministers the article names, when it does.
                if let noun = sentence.tokens.first(where: { EventExtractor.peopleNouns.contains(word($0)) }).map({ word($0) }),
                   let people = namedPeople(countries: top.compactMap { x.knowledge.country(named: $0)?.alpha3 }, noun: noun) {
                    return people
                }
                return top
            }
        }
        // "Defence officials from the US and China", "the foreign ministers of Colombia and Ecuador"
        for i in sentence.tokens where EventExtractor.peopleNouns.contains(word(i)) && i + 1 < sentence.tokens.upperBound &&
            ["from", "of"].contains(word(i + 1)) {
            var countries: [Int] = []
            for m in mentions where m.mention.tokens.lowerBound > i + 1 && m.mention.tokens.lowerBound <= i + 8 {
                let e = x.entities[m.entity]
                if e.type == .gpe { add(e.name); countries.append(m.entity) }
            }
            // When the article names those ministers, they are the participants.
            if countries.count >= 2 {
                let codes = countries.compactMap { c in x.entities[c].country ?? mentions.first { $0.entity == c }?.mention.country }
                if codes.count == countries.count, let people = namedPeople(countries: codes, noun: word(i)) { return people }
            }
        }
        if names.count >= 2 { return names }
        names = []
        // "Russia and Ukraine held talks": only countries and bodies, joined by "and", right before the trigger.
        var k = trigger - 1
        while k >= sentence.tokens.lowerBound {
            if let m = mentions.first(where: { $0.mention.tokens.upperBound - 1 == k }) {
                let e = x.entities[m.entity]
                guard e.type == .gpe || e.type == .org else { break }
                names.insert(e.name, at: 0)
                k = m.mention.tokens.lowerBound - 1
                continue
            }
            if ["and", "the", ",", "officials", "delegations", "representatives"].contains(word(k)) || EventExtractor.peopleNouns.contains(word(k)) { k -= 1; continue }
            if ["held", "have", "had", "will", "to", "also"].contains(word(k)) { k -= 1; continue }
            break
        }
        return names.count >= 2 ? names : []
    }

    /// "X accompanied by Y and Z" / "X, accompanied by Y": X's companions.
    func entourage() -> (leader: Int, companions: [Int])? {
        guard let a = sentence.tokens.first(where: { word($0) == "accompanied" }), a + 1 < sentence.tokens.upperBound,
              word(a + 1) == "by" else { return nil }
        let people = mentions.filter { x.entities[$0.entity].type == .person }
        guard let leader = people.last(where: { $0.mention.tokens.upperBound <= a }) else { return nil }
        var companions: [Int] = []
        for m in people where m.mention.tokens.lowerBound > a && !companions.contains(m.entity) && m.entity != leader.entity {
            companions.append(m.entity)
        }
        return companions.isEmpty ? nil : (leader.entity, companions)
    }

    /// People joining a meeting already reported: "also attended the meeting", "joined the talks", "as did".
    func attendance() -> [Int]? {
        let joins: Set<String> = ["attended", "attend", "attends", "joined", "join", "joins", "participated", "participate", "accompanied"]
        // "The meeting, which included X, focused on ..."
        let lo = sentence.tokens.lowerBound
        if sentence.tokens.count > 3, word(lo) == "the", ["meeting", "talks", "discussions", "session"].contains(word(lo + 1)),
           sentence.tokens.contains(where: { ["included", "including", "involved"].contains(word($0)) }) {
            let people = persons(excludingSpeakers: false)
            return people.isEmpty ? nil : people
        }
        guard let j = sentence.tokens.first(where: { joins.contains(word($0)) }) else { return nil }
        let window = (j + 1)..<min(j + 4, sentence.tokens.upperBound)
        guard window.contains(where: { ["meeting", "talks", "discussions", "event", "session"].contains(word($0)) }),
              window.contains(where: { word($0) == "the" }) else { return nil }
        let people = persons(excludingSpeakers: false)
        return people.isEmpty ? nil : people
    }

    /// "a speech at the Council on Foreign Relations", "a video speech to the Carter Center’s forum",
    /// "an event hosted by X": addressing an organisation's audience is meeting it.
    func speechAudience() -> (trigger: Int, audience: Int)? {
        guard let i = sentence.tokens.first(where: { ["speech", "address", "lecture", "remarks", "keynote", "event"].contains(word($0)) && !excluded.contains($0) }) else { return nil }
        let window = (i + 1)..<min(i + 9, sentence.tokens.upperBound)
        guard let p = window.first(where: { ["at", "to", "by", "before"].contains(word($0)) }),
              word(p) != "by" || (p > i && ["hosted", "organised", "organized", "held"].contains(word(p - 1))) else { return nil }
        var k = p + 1
        while k < sentence.tokens.upperBound && ["the", "a", "an"].contains(word(k)) { k += 1 }
        guard let m = mentions.first(where: { $0.mention.tokens.lowerBound == k }), x.entities[m.entity].type == .org,
              m.mention.kind != "outlet" else { return nil }
        return (i, m.entity)
    }

    func meetTrigger(after start: Int? = nil) -> Int? {
        for i in sentence.tokens where i > (start ?? Int.min) && !excluded.contains(i) && x.isWord(i) {
            let w = word(i)
            // "on a farewell visit", "paid a courtesy call": a visit to someone's office is a meeting.
            let courtesy = (w == "visit" || w == "call") && i > sentence.tokens.lowerBound && ["farewell", "courtesy"].contains(word(i - 1))
            guard EventLexicon.meetVerbs.contains(w) || courtesy else { continue }
            if courtesy { return i }
            // "will attend the annual meetings in Davos": a gathering they attend, not a meeting between them.
            if ["meetings", "summit", "forum", "conference"].contains(w),
               ((max(sentence.tokens.lowerBound, i - 4))..<i).contains(where: { ["attend", "attends", "attended", "attending"].contains(word($0)) }) { continue }
            // "pushing for peace talks", "calls for a meeting": wished for, not held ("hosted X for talks" is held).
            let forAt = word(i - 1) == "for" ? i - 1 : (word(i - 2) == "for" && x.isWord(i - 1) && !x.text.tokens[i - 1].isCapitalized ? i - 2 : nil)
            if let f = forAt, ((f - 3)..<f).contains(where: { EventExtractor.wishVerbs.contains(word($0)) }) { continue }
            if EventLexicon.weakMeetVerbs.contains(w) {
                let reach = (w == "joined" || w == "sat") ? 12 : 9
                let window = (i + 1)..<min(i + reach, sentence.tokens.upperBound)
                guard window.contains(where: { EventLexicon.meetCompanions.contains(word($0)) }) else { continue }
                if w == "call" || w == "calls" || w == "called" {
                    // "called on X" (a courtesy call) or a phone call; not "called for", "so-called".
                    guard i + 1 < sentence.tokens.upperBound, ["on", "with"].contains(word(i + 1)) || w == "call" else { continue }
                    // "called on Sunday for a ceasefire": "on" starts a date, not a visit to someone.
                    if w != "call", word(i + 1) == "on",
                       x.times.contains(where: { $0.span.contains(x.text.tokens[i + 1].span) || $0.span.start == x.text.tokens[i + 1].start }) { continue }
                }
            }
            return i
        }
        return nil
    }

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
        let lo = sentence.tokens.lowerBound
        // "his first bilateral visit abroad", "His Pacific tour began in Apia": the sentence's subject (a person
        // named or described first), else the person the article has been following — not a host named nearer.
        if ((max(lo, trigger - 3))..<trigger).contains(where: { ["his", "her"].contains(word($0)) }) {
            let subject = describedPersons().first ??
                mentions.first { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= trigger }?.entity ?? lastPerson
            if let subject { who = [subject] }
        }
        if trigger - 1 >= lo, ["’s", "'s"].contains(word(trigger - 1)) || (trigger - 2 >= lo && ["’s", "'s"].contains(word(trigger - 2))),
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
        guard let location = destination(after: trigger) ?? place(prepositions: ["to", "in", "at"]) else { return nil }
        let when = time(near: trigger)
        let (evidence, span) = evidence()
        return Event(id: "", type: .visit, status: status(trigger: trigger), participants: [x.entities[first].name],
                     participantEntities: [x.entities[first].id], date: when?.value, dateText: when?.text,
                     location: location, topics: topics(), evidence: evidence, evidenceSpan: span)
    }

    /// A visit word that says someone travels: a verb ("visited", "arrived", "landed"), or a noun with its traveller
    /// or destination ("Wang’s visit", "his trip", "a three-day visit to"); not "the visit" said of the story's trip.
    func visitTrigger() -> Int? {
        for i in sentence.tokens where !excluded.contains(i) && EventLexicon.visitWords.contains(word(i)) {
            let w = word(i)
            guard ["visit", "trip", "tour", "visits"].contains(w) else { return i }
            if w == "visits" || w == "visit", i > sentence.tokens.lowerBound,
               ["to", "will", "would", "also", "and", "who", "he", "she", "they"].contains(word(i - 1)) || x.text.tokens[i - 1].isCapitalized {
                return i  // a verb: "to visit", "will visit", "X visits"
            }
            let window = max(sentence.tokens.lowerBound, i - 4)..<i
            if window.contains(where: { ["’s", "'s", "his", "her", "their", "its"].contains(word($0)) }) { return i }
            if i + 1 < sentence.tokens.upperBound, word(i + 1) == "to", window.contains(where: { ["a", "an"].contains(word($0)) }) { return i }
        }
        return nil
    }

    /// Where the trip goes: the place right after the trigger ("visit the US", "trip to Hanoi", "arrived in Kigali").
    func destination(after trigger: Int) -> String? {
        var k = trigger + 1
        while k < sentence.tokens.upperBound && k - trigger <= 3 && ["to", "in", "the", "at", "into"].contains(word(k)) { k += 1 }
        guard let m = mentions.first(where: { $0.mention.tokens.lowerBound == k }), x.entities[m.entity].type == .gpe else { return nil }
        return m.mention.text
    }

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
        return Event(id: "", type: .sanction, status: status(trigger: trigger), participants: [name],
                     participantEntities: ids, date: when?.value, dateText: when?.text,
                     location: place(), topics: topics(), evidence: evidence, evidenceSpan: span)
    }

    func agreement() -> Event? {
        guard families & EventLexicon.agreeBit != 0 else { return nil }
        guard let trigger = firstIndex(in: EventLexicon.agreeWords) else { return nil }
        let parties = mentions.filter { m in
            !m.mention.tokens.contains(where: { excluded.contains($0) }) && isParty(m)
        }.map(\.entity)
        var unique: [Int] = []
        for p in parties where !unique.contains(p) { unique.append(p) }
        // "Peru and Peru's foreign ministry": a country's own body is not a second party beside it.
        let countries = Set(unique.compactMap { x.entities[$0].type == .gpe ? x.entities[$0].country : nil })
        unique.removeAll { x.entities[$0].type == .org && x.entities[$0].country.map(countries.contains) == true }
        guard unique.count >= 2 else { return nil }
        let when = time(near: trigger)
        let (evidence, span) = evidence()
        return Event(id: "", type: .agree, status: status(trigger: trigger), participants: names(unique),
                     participantEntities: unique.map { x.entities[$0].id }, date: when?.value, dateText: when?.text,
                     location: place(), topics: topics(), evidence: evidence, evidenceSpan: span)
    }

    func election() -> Event? {
        guard families & EventLexicon.electionBit != 0 else { return nil }
        guard let trigger = firstIndex(in: EventLexicon.electionWords) else { return nil }
        // The place that votes: named right before the election word ("Taiwan’s presidential election") or
        // right after it ("the election in Taiwan").
        guard let country = mentions.first(where: { m in
            guard x.entities[m.entity].type == .gpe else { return false }
            let before = trigger - m.mention.tokens.upperBound
            let after = m.mention.tokens.lowerBound - trigger
            // Only election words between: "Taiwan’s presidential and legislative elections", "US presidential election".
            let between = before >= 0 && before <= 4 && (m.mention.tokens.upperBound..<trigger).allSatisfy {
                NameLexicon.eventModifiers.contains(word($0)) || ["’s", "'s"].contains(word($0))
            }
            // "voters in Chile head to the polls"
            let voters = word(m.mention.tokens.lowerBound - 2) == "voters" && ["in", "of"].contains(word(m.mention.tokens.lowerBound - 1))
            // "casting his vote in Buenos Aires": where one person voted, not the place that votes.
            let ballot = ["vote", "ballot"].contains(word(trigger)) &&
                ["his", "her", "their", "my", "a", "cast", "casts", "casting"].contains(word(trigger - 1))
            return between || voters || (!ballot && after >= 1 && after <= 3 && ["in", "of"].contains(word(trigger + 1)))
        }) else { return nil }
        let when = time(near: trigger)
        let (evidence, span) = evidence()
        return Event(id: "", type: .election, status: status(trigger: trigger), participants: [x.entities[country.entity].name],
                     participantEntities: [x.entities[country.entity].id], date: when?.value, dateText: when?.text,
                     location: x.entities[country.entity].name, topics: topics(), evidence: evidence, evidenceSpan: span)
    }
}

extension EventExtractor {
    static let pronounWords: Set<String> = ["he", "she"]
    /// Verbs that ask for something not yet happened: "calls for talks", "pushing for a meeting".
    static let wishVerbs: Set<String> = ["call", "calls", "called", "calling", "push", "pushed", "pushing", "press", "pressed",
                                         "pressing", "urge", "urged", "urging", "appeal", "appealed", "hope", "hopes", "hoping",
                                         "ask", "asked", "asking", "demand", "demanded", "demanding", "pushes", "presses"]
    /// "They also spoke with X and Y": a group subject continues the last sentence's subject.
    static let groupPronouns: Set<String> = ["they"]
    static let smallNumbers: [String: Int] = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10]
    static let groupWords: Set<String> = ["leaders", "presidents", "sides", "premiers", "ministers", "officials", "diplomats", "envoys", "men", "women", "heads"]
    /// Verbs two people do together when they meet: "X and Y pledged to ...", "X and Y signed an agreement".
    static let jointVerbs: Set<String> = [
        "agreed", "pledged", "vowed", "signed", "discussed", "reviewed", "confirmed", "reaffirmed", "issued", "committed",
        "witnessed", "shook", "exchanged", "inaugurated", "launched", "unveiled", "renewed", "toured", "addressed",
    ]
    /// Nouns after which "in X" names a subject of discussion, not a venue.
    static let topicNouns: Set<String> = [
        "situation", "crisis", "war", "conflict", "developments", "peace", "security", "stability", "violence",
        "fighting", "elections", "election", "investment", "investments", "interests", "presence", "operations",
        "role", "issues", "tensions", "unrest", "humanitarian", "ceasefire", "truce", "hostages", "aid",
        "negotiations", "talks", "process", "efforts", "fighting", "attacks", "strikes", "offensive", "reconstruction",
    ]
    /// Gatherings that may name one person first and the others later.
    static let gatheringWords: Set<String> = ["seminar", "dialogue", "conference", "forum", "meeting", "roundtable", "symposium", "talks"]
    /// Nouns that stand for any head of state or government in a definite description ("the Kenyan leader").
    static let leaderWords: Set<String> = ["leader", "ruler", "premier", "president", "monarch", "king", "emir", "chancellor"]
    /// Plural people that a demonym turns into a country's delegation ("Chinese officials").
    static let peopleNouns: Set<String> = [
        "officials", "diplomats", "delegations", "delegation", "leaders", "negotiators", "representatives", "ministers",
        "counterparts", "envoys", "officers", "lawmakers", "teams", "sides", "authorities", "generals", "commanders",
    ]
    /// Policy areas that recur in diplomatic reporting, keyed by the word that signals them.
    static let topicWords: [String: String] = [
        "taiwan": "Taiwan", "fentanyl": "fentanyl", "drugs": "drugs", "trade": "trade", "tariffs": "tariffs",
        "tariff": "tariffs", "sanctions": "sanctions", "security": "security", "defence": "defence", "defense": "defence",
        "energy": "energy", "climate": "climate change", "migration": "migration", "ceasefire": "ceasefire",
        "hostages": "hostages", "grain": "grain", "investment": "investment", "economic": "economy", "economy": "economy",
        "nuclear": "nuclear", "semiconductor": "export controls", "chips": "export controls", "export": "export controls",
        "peace": "peace", "war": "war", "health": "health", "technology": "technology", "human": "human rights",
        "cybersecurity": "cybersecurity", "terrorism": "terrorism", "humanitarian": "humanitarian aid", "refugees": "refugees",
    ]
}
