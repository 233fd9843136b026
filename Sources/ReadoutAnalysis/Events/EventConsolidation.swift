// Events read sentence by sentence → one event per real event of the article. A pipeline component of
// its own: later sentences about one meeting add a date or place to it (merge); a meeting, visit or vote
// dated after publication is planned; an event told without a date or place takes the article's day, the
// dateline's city or the sentence before's place; a meeting of countries gives way to the same day's
// meeting of their people.
import ReadoutCore
import ReadoutKnowledge

extension EventReader {
    /// The consolidated events of one article, in the order they were first told.
    func consolidate(_ events: [Event]) -> [Event] {
        // The article-wide places are worked out once, not per event. (Dated after publication is planned both
        // before merging and after: an undated headline event takes its date from the story's sentence.)
        let places = ArticlePlaces(dateline: datelinePlace, city: articleCity)
        let merged = merge(withDelegationHeads(events).map(futureIsPlanned).map(plannedIsAhead)).map(futureIsPlanned)
        let placed = fillMissingPlaces(datedByTheirCountries(merged).map(fillMissingDate), places)
        return dropCounterpartStandIns(dropCountryAgreements(dropCollectiveDuplicates(placed))).map(withoutPlaceWhenRemote)
    }

    /// A call or a video meeting happens in no one place: a place a merged sentence gave it ("to set up X's phone
    /// conversation with Y, the ambassador flew to Florida") is another event's.
    func withoutPlaceWhenRemote(_ e: Event) -> Event {
        // (Only a call told as held: a planned one's "phone" may be the call the sentence mentions in passing — "I look
        // forward to hosting X in India," Y posted after the phone call.)
        guard e.type == .meet, e.status == .occurred, e.mode == .phone || e.mode == .virtual, e.location != nil || e.venue != nil else { return e }
        var e = e
        e.location = nil
        e.venue = nil
        return e
    }

    struct ArticlePlaces {
        var dateline: String?
        var city: String?
    }

    /// Is one of two places the capital of the other, a country ("Washington" and "the United States", either way)?
    /// A trip to a country goes to its capital; its other cities are stops of their own ("landed in Medina", then
    /// "arrived in Mecca").
    func placeWithin(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        func isCapital(_ city: String, of place: String) -> Bool {
            guard let country = knowledge.country(named: place), let capital = country.capital else { return false }
            return capital == city || knowledge.entries(surface: city).contains { $0.kind == "capital" && $0.country == country.alpha3 }
        }
        return isCapital(a, of: b) || isCapital(b, of: a)
    }

    /// A day no words of the text give (`fillMissingDate` put the publication day there): it allows any other day.
    static func dayWasFilledIn(_ e: Event) -> Bool { e.dateText == nil }

    /// "PM X holds phone talks with Japanese counterpart" (X and Japan) and "X held phone talks with Japanese Prime
    /// Minister Y" (X and Y) are one meeting: a country standing in for an unnamed counterpart gives way to a
    /// meeting of the same people with a person of that country, when dates allow. (Only meetings that share a
    /// person are compared.)
    func dropCounterpartStandIns(_ events: [Event]) -> [Event] {
        let byID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var withPerson: [String: [Int]] = [:]
        for (k, e) in events.enumerated() where e.type == .meet {
            for id in e.participantEntities where byID[id]?.type == .person { withPerson[id, default: []].append(k) }
        }
        var dropped = Set<Int>()
        for (k, e) in events.enumerated() where e.type == .meet && e.status.isAsserted && !e.participantEntities.isEmpty {
            let named = Set(e.participantEntities.compactMap { byID[$0]?.name })
            let standIns = e.participants.filter { !named.contains($0) }
            let codes = standIns.compactMap { knowledge.country(named: $0)?.alpha3 }
            guard !standIns.isEmpty, codes.count == standIns.count, let first = e.participantEntities.first else { continue }
            let covered = (withPerson[first] ?? []).contains { j in
                guard j != k, !dropped.contains(j) else { return false }
                let other = events[j]
                guard other.status.isAsserted, Self.dayWasFilledIn(e) || EventReader.compatible(other.date, e.date),
                      Set(e.participantEntities).isSubset(of: Set(other.participantEntities)) else { return false }
                let theirCodes = Set(other.participantEntities.compactMap { id in byID[id].flatMap { $0.type == .person ? $0.country : nil } })
                return codes.allSatisfy(theirCodes.contains)
            }
            if covered { dropped.insert(k) }
        }
        return dropped.isEmpty ? events : events.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// "Indonesia, Vietnam sign fisheries pact" (a headline) and "the two leaders signed a memorandum" (the
    /// story) are one agreement: an agreement of countries gives way to one of their people, when its dates allow
    /// and the people can be those countries' — each country is a known person's, or left for a person whose
    /// country the article does not say ("Prime Minister X and his Polish counterpart, Y" gives no country to X).
    /// The agreement of people keeps the day the other one told when it tells none ("Kenya and Uganda inked a
    /// deal on Sunday. The agreement was signed by ...").
    func dropCountryAgreements(_ events: [Event]) -> [Event] {
        let byID = Dictionary(entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // The asserted agreements of people with their people's countries, listed under each country: an agreement
        // of countries is tried only against those listed under its countries and those with people of unknown
        // country, not against every agreement of people (quadratic on long inputs).
        let asserted = events.indices.filter { i in
            events[i].type == .agree && events[i].status.isAsserted
                && events[i].participantEntities.allSatisfy { byID[$0]?.type == .person }
        }.map { i in
            let codes = events[i].participantEntities.map { byID[$0]?.country }
            return (index: i, codes: Set(codes.compactMap { $0 }), unknown: codes.filter { $0 == nil }.count)
        }
        guard !asserted.isEmpty else { return events }
        var byCountry: [String: [Int]] = [:]
        for (k, p) in asserted.enumerated() { for c in p.codes { byCountry[c, default: []].append(k) } }
        let withUnknown = asserted.indices.filter { asserted[$0].unknown > 0 }
        var kept = events
        var dropped = Set<Int>()
        for (i, e) in events.enumerated() {
            guard e.type == .agree, e.status.isAsserted, !e.participantEntities.isEmpty,
                  e.participantEntities.allSatisfy({ byID[$0]?.type == .gpe }) else { continue }
            let codes = Set(e.participantEntities.compactMap { byID[$0]?.country })
            // (Countries the article does not know fit any agreement of people.)
            let candidates = codes.isEmpty ? Array(asserted.indices) : Set(codes.flatMap { byCountry[$0] ?? [] } + withUnknown).sorted()
            guard let k = candidates.first(where: { k in
                EventReader.compatible(kept[asserted[k].index].date, e.date) && codes.subtracting(asserted[k].codes).count <= asserted[k].unknown
            }) else { continue }
            dropped.insert(i)
            let person = asserted[k].index
            if kept[person].date == nil, e.date != nil {
                kept[person].date = e.date
                kept[person].dateText = e.dateText
            }
        }
        return kept.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
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
            // ("would speak next week": a week ahead may fall in the month of writing, which a month's date cannot show.)
            ahead = date > String(published.prefix(date.count)) || EventReader.pointsAhead(e.dateText)
        } else {
            // Undated (no publication date to resolve against): the phrase itself may point ahead.
            ahead = EventReader.pointsAhead(e.dateText)
        }
        guard ahead else { return e }
        var e = e
        e.status = .planned
        return e
    }

    /// "hoped to visit Washington in April", "invited him to visit in May": a plan is for a time ahead. A month or
    /// weekday written without a year that the past tense of the sentence resolved backwards ("hoped", "invited")
    /// is its next occurrence after the day of writing. (Not "last May", "yesterday" or a written year.)
    func plannedIsAhead(_ e: Event) -> Event {
        guard e.status == .planned, let date = e.date, let published, let day = CalendarDay(isoPrefix: published),
              date < String(published.prefix(date.count)), let text = e.dateText?.lowercased() else { return e }
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }),
              !words.contains(where: { EventLexicon.timeRelationWords.contains($0) || EventLexicon.timeRelativeDays.contains($0) }),
              words.contains(where: { NameLexicon.weekdaysAndMonths.contains($0) }) else { return e }
        var e = e
        if date.count == 7, let month = Int(date.suffix(2)) {
            e.date = CalendarDay.iso(year: month >= day.month ? day.year : day.year + 1, month: month)
        } else if date.count == 10, var when = CalendarDay(isoPrefix: date) {
            if words.contains(where: { EventLexicon.timeWeekdays.contains($0) }) {
                while when < day { when = when.adding(days: 7) }
            } else if let sameDay = CalendarDay(year: day.year, month: when.month, day: when.day) {
                when = sameDay < day ? CalendarDay(year: day.year + 1, month: when.month, day: when.day) ?? sameDay : sameDay
            }
            e.date = when.isoDay
        }
        return e
    }

    /// Two dates that may be one event's: either unknown, equal, a month and a day in it, or days within three
    /// days of each other (outlets and sentences disagree by a day; the conflict is reported, not a new meeting).
    static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a == b || a.hasPrefix(b) || b.hasPrefix(a) { return true }
        guard a.count == 10, b.count == 10, let da = CalendarDay(isoPrefix: a), let db = CalendarDay(isoPrefix: b) else { return false }
        return abs(da.dayNumber - db.dayNumber) <= 3
    }

    /// Each meeting's missing place, in the order the article tells them. "NEW DELHI (PTI) — X held talks with Y in
    /// Abu Dhabi on Monday ... X also called on Z": a story that has put the days it tells abroad keeps them there
    /// — an event told without a place is where the last event of those days was, not in the dateline's country.
    func fillMissingPlaces(_ events: [Event], _ places: ArticlePlaces) -> [Event] {
        let home = places.dateline.flatMap { knowledge.entries(surface: $0).first?.country }
        var away: (location: String, date: String?)?
        return events.map { e in
            var local = places
            if let a = away, EventReader.compatible(a.date, e.date) { local.dateline = a.location }
            let filled = fillMissingPlace(e, local)
            if (filled.type == .meet || filled.type == .visit), filled.status.isAsserted, let location = filled.location, let home,
               let country = knowledge.entries(surface: location).first?.country ?? knowledge.country(named: location)?.alpha3 {
                away = country == home ? nil : (location, filled.date)
            }
            return filled
        }
    }

    /// A meeting told without a place happened where the sentence before put things, or else where the
    /// dateline puts the reporter.
    func fillMissingPlace(_ e: Event, _ places: ArticlePlaces) -> Event {
        // A phone or video call happens nowhere in particular: only the sentence's own place counts.
        // What did not happen happened nowhere.
        guard e.type == .meet, e.mode != .phone, e.mode != .virtual, e.status.isAsserted else { return e }
        var e = e
        // A country is less than the city the dateline names in it ("in Indonesia" filed from JAKARTA).
        if let location = e.location, let city = places.dateline, let cityEntry = knowledge.entries(surface: city).first,
           let country = knowledge.entries(surface: location).first, country.kind == "country", cityEntry.country == country.country {
            e.location = city
        }
        guard e.location == nil else { return e }
        if let sentence = lookup.sentence(withSpan: e.evidenceSpan).map({ sentences[$0] }) {
            // A seat of government is in its country's capital ("at the Kremlin" is in Moscow, wherever the
            // reporter files from); then the dateline, the building it names, the city the article is set in.
            e.location = e.venue.flatMap(capitalOfSeat) ?? places.dateline ?? e.venue ?? recentPlace(before: sentence) ?? places.city
        }
        return e
    }

    /// "Kremlin" → Moscow, "White House" → Washington: the capital of the country a seat of government belongs to.
    func capitalOfSeat(_ venue: String) -> String? {
        guard let seat = knowledge.entries(surface: venue).first(where: { $0.kind == "government" }),
              let code = seat.country else { return nil }
        return knowledge.country(alpha3: code)?.capital
    }

    /// The city the article puts things in most often ("in X", "arrived in X", "visited X"): where a meeting it
    /// reports without a place most likely happened. Cities only; a country is too wide to place a meeting.
    var articleCity: String? {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        for m in mentions where !m.mention.isMetonym && entities[m.entity].type == .gpe && ["city", "capital"].contains(m.mention.kind ?? "") {
            let start = m.mention.tokens.lowerBound
            guard start > 0, EventLexicon.placeRecentPlaceCue.contains(lower(start - 1)) ||
                    (start > 1 && lower(start - 1) == "the" && EventLexicon.placeRecentPlaceCue.contains(lower(start - 2))) else { continue }
            let name = entities[m.entity].name
            counts[name, default: 0] += 1
            if first[name] == nil { first[name] = m.mention.span.start }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : first[a.key]! > first[b.key]! }?.key
    }

    /// "Ghana and Kenya signed on Wednesday ..., the ministers of both countries said after talks" and "Boateng
    /// met Kamau at State House": an undated meeting of people takes the day of the same meeting told as their
    /// countries', so that the two are seen to be one.
    func datedByTheirCountries(_ events: [Event]) -> [Event] {
        let countryOf = Dictionary(entities.map { ($0.id, $0.country) }, uniquingKeysWith: { a, _ in a })
        let collective = events.filter { $0.type == .meet && $0.participantEntities.isEmpty && $0.date?.count == 10 && $0.status.isAsserted }
        guard !collective.isEmpty else { return events }
        // The first collective meeting for each set of countries its parties name (those with a party that is no
        // known country fit no one): a meeting of people looks up the sets its countries make, not every
        // collective meeting (quadratic on long inputs).
        var firstWithCountries: [Set<String>: Int] = [:]
        for (k, c) in collective.enumerated() {
            let codes = c.participants.map { knowledge.country(named: $0)?.alpha3 }
            guard !codes.contains(nil) else { continue }
            let key = Set(codes.compactMap { $0 })
            if firstWithCountries[key] == nil { firstWithCountries[key] = k }
        }
        return events.map { e in
            guard e.type == .meet, e.date == nil, e.status.isAsserted, !e.participantEntities.isEmpty else { return e }
            let theirs = Set(e.participantEntities.compactMap { countryOf[$0] ?? nil })
            guard let k = Self.first(in: firstWithCountries, within: theirs) else { return e }
            let c = collective[k]
            var dated = e
            dated.date = c.date
            dated.dateText = c.dateText
            return dated
        }
    }

    /// The least position among the entries whose key is a subset of `set`.
    static func first(in positions: [Set<String>: Int], within set: Set<String>) -> Int? {
        // A meeting's people come from a country or three: try each subset of theirs when that is fewer look-ups.
        guard set.count <= 10, 1 << set.count < positions.count else {
            return positions.filter { $0.key.isSubset(of: set) }.map(\.value).min()
        }
        let members = Array(set)
        var best: Int?
        for mask in 0..<(1 << members.count) {
            let subset = Set(members.indices.filter { mask & (1 << $0) != 0 }.map { members[$0] })
            if let k = positions[subset], best.map({ k < $0 }) ?? true { best = k }
        }
        return best
    }

    /// "Latvian and Finnish ministers hold talks" (a headline) and "Liepa met Virtanen on Thursday" (the story)
    /// are one meeting: a meeting of countries on the day people are named meeting is that meeting.
    func dropCollectiveDuplicates(_ events: [Event]) -> [Event] {
        let named = events.filter { $0.type == .meet && !$0.participantEntities.isEmpty }
        guard !named.isEmpty, events.contains(where: { $0.type == .meet && $0.participantEntities.isEmpty }) else { return events }
        let countries = Dictionary(knowledge.countries.map { ($0.name, $0.alpha3) }, uniquingKeysWith: { a, _ in a })
        let countryOf = Dictionary(entities.map { ($0.id, $0.country) }, uniquingKeysWith: { a, _ in a })
        // The named meetings' people's countries by day, and by day and country: a meeting of countries is tried
        // only against that day's named meetings that include one of its countries, not against every named
        // meeting (quadratic on long inputs).
        var onDay: [String: [Set<String>]] = [:]
        var onDayWith: [DayCountry: [Set<String>]] = [:]
        var anyDayWith: [String: [Set<String>]] = [:]
        for n in named {
            let theirs = Set(n.participantEntities.compactMap { countryOf[$0] ?? nil })
            for c in theirs { anyDayWith[c, default: []].append(theirs) }
            guard let day = n.date else { continue }
            onDay[day, default: []].append(theirs)
            for c in theirs { onDayWith[DayCountry(day: day, country: c), default: []].append(theirs) }
        }
        return events.filter { e in
            // (Countries by any of their names: "Turkey" is "Türkiye".)
            guard e.type == .meet, e.participantEntities.isEmpty, let date = e.date, date.count == 10,
                  e.participants.allSatisfy({ countries[$0] != nil || knowledge.country(named: $0) != nil }) else { return true }
            let headline = lookup.sentence(withSpan: e.evidenceSpan).map { sentences[$0].block == .title || sentences[$0].block == .standfirst } ?? false
            // A headline's meeting of countries whose day was only filled in from the publication date ("Argentina,
            // Brazil leaders meet"): the story's meeting of their people stands for it, whatever its day.
            if headline && Self.dayWasFilledIn(e) {
                let codes = e.participants.compactMap { countries[$0] ?? knowledge.country(named: $0)?.alpha3 }
                if let first = codes.first, (anyDayWith[first] ?? []).contains(where: { theirs in codes.allSatisfy(theirs.contains) }) { return false }
            }
            // The same day's named meeting stands for it when it is a headline's summary, or when its people come
            // from those countries; "Sudanese and Chadian officials also held talks" beside an Egypt–Ethiopia
            // meeting that day is a meeting of its own.
            guard let sameDay = onDay[date] else { return true }
            // (Every party is a country, so each has a code.)
            let codes = e.participants.compactMap { countries[$0] ?? knowledge.country(named: $0)?.alpha3 }
            if headline || codes.isEmpty { return false }
            let candidates = codes.map { onDayWith[DayCountry(day: date, country: $0)] ?? [] }.min { $0.count < $1.count } ?? sameDay
            return !candidates.contains { theirs in codes.allSatisfy(theirs.contains) }
        }
    }

    struct MergeKey: Hashable {
        var type: EventType
        var asserted: Bool
        var participant: String

        func with(_ participant: String) -> MergeKey { MergeKey(type: type, asserted: asserted, participant: participant) }
    }

    struct DayCountry: Hashable {
        var day: String
        var country: String
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
            guard next < sentence.tokens.upperBound, let p = punct(next), ["—", "–", "-", ",", "(", "[", ":", "/"].contains(p) else { return nil }
            if p == "," {
                // "City, July 7", "City, Mar 13" or "City, Country —"
                guard next + 1 < sentence.tokens.upperBound else { return nil }
                let after = lower(next + 1)
                let isDate = NameLexicon.weekdaysAndMonths.contains(after) || NameLexicon.monthAbbreviations.contains(after)
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
        guard let k = lookup.sentence(withSpan: sentence.span) else { return nil }
        for back in 1...2 where k - back >= 0 {
            let previous = sentences[k - back]
            guard previous.block == sentence.block else { break }
            for m in lookup.mentions.inside(previous.span).map({ mentions[$0] }) where !m.mention.isMetonym {
                let e = entities[m.entity]
                guard e.type == .gpe, m.mention.tokens.lowerBound > 0 else { continue }
                let before = lower(m.mention.tokens.lowerBound - 1)
                // "the ambassador in Venezuela" names a posting, not where things happened.
                let role = m.mention.tokens.lowerBound >= 2 && EventLexicon.postingNouns.contains(lower(m.mention.tokens.lowerBound - 2))
                if EventLexicon.placeRecentPlaceCue.contains(before) && !role { return m.mention.text }
            }
        }
        return nil
    }

    /// One event per participant set and type in an article: later sentences about the same
    /// meeting add a date or place the first one lacked.
    func merge(_ events: [Event]) -> [Event] {
        var out: [Event] = []
        // Which merged events name each participant (and which name none): an event can only join one that shares
        // a participant with it, or one with none when it has none, so only those are tried — in `out` order, as a
        // scan of every event would — rather than every event told so far (which made long inputs quadratic).
        // (Listed by type and whether asserted too, as only an event of the same type and kind of status can join.)
        var byParticipant: [MergeKey: [Int]] = [:]
        var unpeopled: [MergeKey: [Int]] = [:]
        for e in events {
            let mine = Set(e.participants)
            let key = MergeKey(type: e.type, asserted: e.status.isAsserted, participant: "")
            let candidates = mine.isEmpty ? unpeopled[key] ?? [] : Set(mine.flatMap { byParticipant[key.with($0)] ?? [] }).sorted()
            if let k = candidates.first(where: { k in
                let other = out[k]
                let theirs = Set(other.participants)
                let related = theirs == mine || ((e.type == .meet || e.type == .agree) && mine.count >= 2 && theirs.count >= 2 &&
                                                 (theirs.isSubset(of: mine) || mine.isSubset(of: theirs)))
                // One article tells one meeting of the same people, even when its sentences date it differently
                // (that is a conflict inside the report, kept in the evidence; not a second meeting).
                // A traveller's trip to one place is one visit however many sentences mention it.
                // ("will visit the United States this week" and "will depart for Washington on Tuesday": the capital of
                // the country visited is the same trip.)
                let sameTrip = e.type == .visit && (other.location == e.location || placeWithin(other.location, e.location))
                // An undated report in a dated article is most likely about the article's day: it does not join a
                // meeting the article dates months away ("they last met in Kigali in June").
                var compatibleDates = EventReader.compatible(other.date ?? published, e.date ?? published) ||
                    EventReader.compatible(other.date, e.date) && (other.date == nil) == (e.date == nil)
                // Unresolved dates written differently ("on Tuesday", "in March") are different days.
                if other.date == nil, e.date == nil, let a = other.dateText, let b = e.dateText, a.lowercased() != b.lowercased() {
                    compatibleDates = false
                }
                // Undated, "met on Sunday" and "will meet next month" are two meetings.
                if other.date == nil, e.date == nil, EventReader.pointsAhead(other.dateText) != EventReader.pointsAhead(e.dateText) {
                    compatibleDates = false
                }
                // A phone call and a meeting in person are two events, even between the same people.
                if e.type == .meet, theirs == mine, let ma = other.mode, let mb = e.mode, ma != mb, ma != .unknown, mb != .unknown,
                   ma == .phone || mb == .phone {
                    compatibleDates = false
                }
                // "X met Y on Monday" and "X declined to meet Y again": one did not happen, so it is not the other.
                // A traveller's stops are visits of their own ("will visit the US ... on Thursday, the Pentagon").
                let otherStop = e.type == .visit && other.location != nil && e.location != nil && !sameTrip
                // "hosted them for talks" and "invited them to a meeting on May 15" in an undated article: one
                // happened, one is ahead on a day of its own — two events.
                let aheadOnItsOwnDay = e.type != .election && other.date == nil && e.date == nil && (other.status == .planned) != (e.status == .planned) &&
                    (other.dateText == nil) != (e.dateText == nil)
                // "welcomed Y on arrival on Wednesday" and "the two are expected to hold talks today (Thursday)": what
                // the article tells as done on one day and as still ahead on another are two events.
                let doneAndAheadOnOtherDays = e.type != .election && other.date != nil && e.date != nil && other.date != e.date &&
                    (other.status == .planned) != (e.status == .planned)
                return other.type == e.type && other.status.isAsserted == e.status.isAsserted && related && !otherStop && !aheadOnItsOwnDay &&
                    !doneAndAheadOnOtherDays &&
                    (e.type == .election || sameTrip || compatibleDates)
            }) {
                for p in e.participants where !out[k].participants.contains(p) {
                    out[k].participants.append(p)
                    byParticipant[key.with(p), default: []].append(k)
                }
                for p in e.participantEntities where !out[k].participantEntities.contains(p) { out[k].participantEntities.append(p) }
                // (A bare year of the article's own year says less than the article's day the event will take.)
                let yearOfPublication = e.date.map { $0.count == 4 && (published?.hasPrefix($0) ?? false) } ?? false
                if out[k].date == nil && !yearOfPublication { out[k].date = e.date; out[k].dateText = e.dateText }
                if out[k].location == nil { out[k].location = e.location }
                // "held talks with Y" then "the phone call": a later sentence tells how they met.
                if out[k].mode == nil || out[k].mode == .unknown { out[k].mode = e.mode }
                for t in e.topics where !out[k].topics.contains(t) { out[k].topics.append(t) }
                continue
            }
            if mine.isEmpty { unpeopled[key, default: []].append(out.count) }
            for p in mine { byParticipant[key.with(p), default: []].append(out.count) }
            out.append(e)
        }
        for k in out.indices { out[k].id = "v\(k + 1)" }
        return out
    }
}
