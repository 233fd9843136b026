// Where: the city or country an event happened in, the building or site, a traveller's destination.
import ReadoutCore
import ReadoutKnowledge

extension SentenceContext {
    func place(prepositions: [String] = EventLexicon.placePreposition, before limit: Int? = nil) -> String? {
        var best: (String, Int)?
        // (A place inside an apposition or a relative clause about someone is theirs, not the event's:
        // "X, who met Y in Tokyo last week, phoned Z".)
        for m in mentions where !m.mention.isMetonym && m.mention.tokens.lowerBound < (limit ?? Int.max) && !excluded.contains(m.mention.tokens.lowerBound) {
            let e = x.entities[m.entity]
            // Regions, seas and buildings are not the city or country a meeting is placed in.
            guard e.type == .gpe else { continue }
            let before = m.mention.tokens.lowerBound - 1
            guard before >= sentence.tokens.lowerBound else { continue }
            var preposition = word(before)
            if preposition == "the", before - 1 >= sentence.tokens.lowerBound { preposition = word(before - 1) }
            // "at State House, Nairobi", "at the Grand Hotel, Lima": a city set off after the building is where.
            if x.punct(before) == ",", let site = mentions.last(where: { $0.mention.tokens.upperBound == before &&
                   (x.entities[$0.entity].type == .loc || x.entities[$0.entity].type == .org) }) {
                let s = site.mention.tokens.lowerBound
                let lead = word(s - 1) == "the" ? word(s - 2) : word(s - 1)
                if EventLexicon.placeSitePreposition.contains(lead) { preposition = "at" }
            }
            // "discussed the situation in Afghanistan": a subject of talks, not where they were held.
            let inAt = word(before) == "the" ? before - 1 : before
            // ("held talks in Geneva" is where: a meeting word before "in" is the meeting itself.)
            if inAt - 1 >= sentence.tokens.lowerBound && EventLexicon.topicNouns.contains(word(inAt - 1)) &&
                !EventLexicon.meetVerbs.contains(word(inAt - 1)) { continue }
            // "the Commonwealth Heads of Government Meeting in Kigali": where another, named gathering is held.
            // (Unless the meeting is at that gathering: "met on the sidelines of the X summit in Astana".)
            if let gathering = namedGathering(endingAt: inAt), !isAtGathering(startingAt: gathering) { continue }
            // "in the city of X", "in the border town of Uruguaiana": the settlement noun and its modifiers before "of".
            if preposition == "of", before - 2 >= sentence.tokens.lowerBound, NameLexicon.settlementNouns.contains(word(before - 1)) {
                preposition = "in"
            }
            // "in the capital Ankara", "in the port city Aden": the settlement noun stands between.
            if NameLexicon.settlementNouns.contains(word(before)) {
                var k = before - 1
                while k > sentence.tokens.lowerBound && NameLexicon.settlementNouns.contains(word(k)) { k -= 1 }
                if word(k) == "the", k - 1 >= sentence.tokens.lowerBound { preposition = word(k - 1) }
            }
            // "will fly to Nuku'alofa, where he is due to meet ...": the destination is where.
            let end = m.mention.tokens.upperBound
            let whereFollows = (end..<min(end + 4, sentence.tokens.upperBound)).contains { x.punct($0) == "," && word($0 + 1) == "where" }
            // "welcomed Prime Minister X to Canberra": the guest (named right before "to") is received at the place they
            // come to. ("received the Ambassador of X to Nigeria": a title's country, not a place.)
            let receivedTo = preposition == "to" && prepositions.contains("in") &&
                mentions.contains(where: { $0.mention.tokens.upperBound == before && x.entities[$0.entity].type == .person }) &&
                ((before - 8)..<before).contains { r in
                r >= sentence.tokens.lowerBound && EventLexicon.meetReceptionVerb.contains(word(r)) &&
                    ((r + 1)..<before).allSatisfy { !EventLexicon.clauseBreaks.contains(word($0)) && x.punct($0) != ";" }
            }
            guard prepositions.contains(preposition) || (preposition == "to" && (whereFollows || receivedTo)) else { continue }
            // "in Brazil’s capital", "in the Iraqi capital": the capital city, by knowledge.
            if let capital = capitalNamed(after: m) {
                if best == nil || 0 < best!.1 { best = (capital, 0) }
                continue
            }
            // A city beats a country, a country beats a region: "in Kigali, Rwanda" is Kigali.
            let rank = m.mention.kind == "region" ? 2 : m.mention.kind == "country" ? 1 : 0
            if best == nil || rank < best!.1 { best = (m.mention.text, rank) }
        }
        return best?.0
    }

    /// The first token of a named gathering that ends at `end` ("the Commonwealth Heads of Government Meeting",
    /// "the X summit"), if one does.
    func namedGathering(endingAt end: Int) -> Int? {
        if let m = mentions.first(where: { $0.mention.tokens.upperBound == end && x.entities[$0.entity].type == .event }) {
            return m.mention.tokens.lowerBound
        }
        guard end - 1 >= sentence.tokens.lowerBound, x.text.tokens[end - 1].isCapitalized,
              EventLexicon.placeNamedGatheringNoun.contains(word(end - 1)) else { return nil }
        var start = end - 1
        while start - 1 >= sentence.tokens.lowerBound && x.isWord(start - 1) && x.text.tokens[start - 1].isCapitalized { start -= 1 }
        return start
    }

    /// "on the sidelines of", "during", "at": the words before a gathering put the meeting at it.
    func isAtGathering(startingAt start: Int) -> Bool {
        ((start - 4)..<start).contains { EventLexicon.placeAtGatheringCue.contains(word($0)) }
    }

    /// "Brazil’s capital" → Brasília.
    func capitalNamed(after m: LinkedMention) -> String? {
        let next = m.mention.tokens.upperBound
        guard EventLexicon.orthographyPossessive.contains(word(next)), word(next + 1) == "capital", let code = m.mention.country ?? x.entities[m.entity].country,
              let country = x.knowledge.country(alpha3: code), m.mention.kind == "country" else { return nil }
        return country.capital
    }

    /// A named site after "at"/"in": "at the Vahdettin Palace", "on the Rumichaca International Bridge".
    func landmark() -> String? {
        for m in mentions where x.entities[m.entity].type == .loc && m.mention.kind == nil {
            let before = word(m.mention.tokens.lowerBound - 1) == "the" ? word(m.mention.tokens.lowerBound - 2) : word(m.mention.tokens.lowerBound - 1)
            if EventLexicon.placeSitePreposition.contains(before) { return m.mention.text }
        }
        return nil
    }

    /// A building that names where people met: "at the Pentagon", "at the White House".
    func venue() -> String? {
        for m in mentions where x.entities[m.entity].type == .org || x.entities[m.entity].type == .loc {
            let start = m.mention.tokens.lowerBound
            guard start >= sentence.tokens.lowerBound + 2, word(start - 1) == "the" else { continue }
            // "at the Grand Palace", "at the Kremlin"; "in the Kremlin" only for a seat of government ("in the South
            // China Sea" is no venue).
            if word(start - 2) == "at" && (x.entities[m.entity].type == .loc || m.mention.kind == "government") { return m.mention.text }
            if word(start - 2) == "in" && m.mention.kind == "government" { return m.mention.text }
        }
        return nil
    }

    /// "her Japan trip", "his Washington visit", "the minister's Gulf state tour": a country or city naming the trip,
    /// right before the visit noun (a lowercase word may stand between).
    func destination(before noun: Int) -> String? {
        guard EventLexicon.visitNoun.contains(word(noun)) else { return nil }
        let m = mentions.last { m in
            let end = m.mention.tokens.upperBound
            return (end == noun || (end == noun - 1 && x.isWord(end) && !x.text.tokens[end].isCapitalized)) && !m.mention.isMetonym
        }
        guard let m, x.entities[m.entity].type == .gpe else { return nil }
        return m.mention.text
    }

    /// Where the trip goes: the place right after the trigger ("visit the US", "trip to Hanoi", "arrived in Kigali").
    func destination(after trigger: Int) -> String? {
        var k = trigger + 1
        // "a tour of West Africa": a tour is of the places it goes to ("the visit of X" names the visitor instead).
        if EventLexicon.visitTourNoun.contains(word(trigger)) && word(k) == "of" { k += 1 }
        while k < sentence.tokens.upperBound && k - trigger <= 3 && EventLexicon.visitDestinationFiller.contains(word(k)) { k += 1 }
        // "arrived here on Sunday": where the dateline puts the reporter.
        if EventLexicon.visitHereWord.contains(word(k)) && k == trigger + 1 { return x.datelinePlace }
        guard let m = mentions.first(where: { $0.mention.tokens.lowerBound == k }) else { return nil }
        // A country or city; after "to the", also a site or region ("a visit to the Pentagon", "to the Middle East").
        let e = x.entities[m.entity]
        guard e.type == .gpe || ((e.type == .loc || e.type == .org) && word(k - 1) == "the" && m.mention.kind != "outlet") else { return nil }
        // "travelled to the G7 summit in Italy": a body named for its gathering is not where one goes; the place the
        // gathering is in is (found by the sentence's "in").
        if e.type == .org, EventLexicon.visitGatheringNoun.contains(word(m.mention.tokens.upperBound)) { return nil }
        return m.mention.text
    }
}
