// Who takes part: the people of a trigger's clause, pronoun and definite-description subjects, bodies
// and countries standing in for unnamed officials, and what is not a party (speakers, places, compound
// modifiers). Shared by every event rule.
import ReadoutCore
import ReadoutKnowledge

extension SentenceContext {
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
        if after < sentence.tokens.upperBound && EventLexicon.speechReportingVerbAfter.contains(word(after)) { return true }
        if before >= sentence.tokens.lowerBound && EventLexicon.speechReportingVerbBefore.contains(word(before)) {
            // "Quispe said Costa would visit": with its own subject before it, the verb's next name starts what was
            // said; only "..., said Costa" (nothing of its own before the verb) names the speaker.
            let subject = mentions.contains { $0.mention.tokens.upperBound == before && [.person, .org].contains(x.entities[$0.entity].type) } ||
                EventLexicon.pronounWords.contains(word(before - 1))
            return !subject
        }
        return false
    }

    /// A reporting speaker set off after the trigger by a comma, with only their title before the name
    /// ("..., Kremlin spokesman Z told reporters", "..., the ministry's spokeswoman, Z, said").
    func isTrailingReporter(_ m: LinkedMention, after trigger: Int) -> Bool {
        let start = m.mention.tokens.lowerBound
        // The attribution closes the sentence: a few words after its verb at most ("told reporters", "said in a
        // statement"), not a clause of its own ("In talks held in X, Z said that both sides ...": Z is the subject).
        guard start > trigger + 1, sentence.tokens.upperBound - m.mention.tokens.upperBound <= 6 else { return false }
        var k = start - 1
        while k > trigger && start - k <= 6 {
            if x.punct(k) == "," { return k > trigger + 1 }
            guard x.isWord(k), x.text.tokens[k].isCapitalized || TitleVocabulary.isTitleWord(word(k), x.knowledge) ||
                    EventLexicon.orthographyPossessive.contains(word(k)) || word(k) == "the" else { return false }
            k -= 1
        }
        return false
    }

    /// "he" / "she" as the subject of the trigger resolves to the last person named.
    func pronounSubject(before trigger: Int) -> Int? {
        let lo = sentence.tokens.lowerBound
        // "They also spoke about ... with X": the group led by the last person named.
        if EventLexicon.groupPronouns.contains(word(lo)) && trigger - lo <= 3 { return lastPerson }
        var i = trigger - 1
        while i >= lo && trigger - i <= 6 {
            if EventLexicon.pronounWords.contains(word(i)) { return antecedent(ofPronounAt: i) }
            // "he announced that X and Y spoke": a pronoun beyond a clause break is the reporter, not the subject.
            if EventLexicon.clauseBreaks.contains(word(i)) && !x.text.tokens[i].isCapitalized { break }
            i -= 1
        }
        // "He will fly to Tokyo on Monday and meet X on Tuesday": a pronoun opening the sentence (or its main
        // clause, after a fronted phrase) is the subject of every verb it is coordinated with, however far on,
        // as long as no other person is named in between.
        let opening = EventLexicon.pronounWords.contains(word(lo)) ? lo :
            (sentence.tokens.first { $0 < trigger && x.punct($0) == "," }.flatMap { c in EventLexicon.pronounWords.contains(word(c + 1)) ? c + 1 : nil })
        if let p = opening, p < trigger,
           !mentions.contains(where: { x.entities[$0.entity].type == .person && $0.mention.tokens.lowerBound > p && $0.mention.tokens.upperBound <= trigger }),
           !((p + 1)..<trigger).contains(where: { EventLexicon.clauseBreaks.contains(word($0)) }) {
            return antecedent(ofPronounAt: p)
        }
        return nil
    }

    /// Whom "he"/"she" at token `i` refers to: the sentence's subject, the first person it names before the
    /// pronoun ("Dlamini spoke to Putin, a day after he spoke to Trump") — also a possessor of a thing ("Three
    /// days before Lee's inauguration, he called X", not "Lee's envoy said he ..."); with none, the last person named.
    func antecedent(ofPronounAt i: Int) -> Int? {
        let before = mentions.filter { m in
            guard x.entities[m.entity].type == .person, m.mention.tokens.upperBound <= i else { return false }
            if !m.mention.tokens.contains(where: { excluded.contains($0) }) { return true }
            let end = m.mention.tokens.upperBound
            guard EventLexicon.orthographyPossessive.contains(word(end)) else { return false }
            let owned = word(end + 1)
            return !TitleVocabulary.marksRole(owned, x.knowledge) && !EventLexicon.peopleNouns.contains(owned) &&
                !EventLexicon.leaderWords.contains(owned) && !EventLexicon.referenceDependentNoun.contains(owned)
        }
        // "she" after "President Lopes and his deputy": the first person whose sex fits; an unknown sex fits any.
        let pronoun = word(i)
        // (Worked out only here, where a pronoun needs it, and once per person.)
        var known: [Int: NameSex?] = [:]
        func fits(_ entity: Int) -> Bool {
            if let sexes = x.sexes { return PersonSex.fits(sexes[entity], pronoun: pronoun) }
            if known[entity] == nil { known[entity] = .some(PersonSex.of(x.entities[entity], x.knowledge)) }
            return PersonSex.fits(known[entity]!, pronoun: pronoun)
        }
        if let subject = before.first(where: { fits($0.entity) }) { return subject.entity }
        // Before a last-named person of unknown sex, a recent person the pronoun's sex is known to fit ("she"
        // after a man's name nobody's data knows, when a woman was the story's subject a few sentences back).
        if let wanted = PersonSex.of(pronoun: pronoun), let sexes = x.sexes {
            if let last = lastPerson, sexes[last] == wanted { return last }
            if lastPerson.map({ sexes[$0] == nil }) ?? true, let known = recentPerson(where: { sexes[$0] == wanted }) { return known }
        }
        if let last = lastPerson, fits(last) { return last }
        // Else the most recent person named before the sentence (within 1,500 characters) known to be of the
        // pronoun's sex, else whose sex fits.
        if let wanted = PersonSex.of(pronoun: pronoun), let known = recentPerson(where: { x.sexes?[$0] == wanted }) { return known }
        if let recent = recentPerson(where: fits) { return recent }
        return before.first?.entity ?? lastPerson
    }

    /// The person named last before this sentence (within 1,500 characters) that passes `test`.
    func recentPerson(where test: (Int) -> Bool) -> Int? {
        let start = sentence.span.start
        return x.lookup.mentions.ending(after: start - 1500, through: start).reversed().first(where: { k in
            x.entities[x.mentions[k].entity].type == .person && test(x.mentions[k].entity)
        }).map { x.mentions[$0].entity }
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
        return EventLexicon.placePlaceCue.contains(w)
    }

    /// "the New York-based organisation", "the think tank": the organisation the article named last before this
    /// sentence, other than `excluding`.
    func describedOrganisation(after w: Int, excluding: Int) -> Int? {
        guard word(w + 1) == "the" else { return nil }
        let nouns = EventLexicon.organisationDescriptionNoun
        guard let noun = ((w + 2)..<min(w + 8, sentence.tokens.upperBound)).first(where: { nouns.contains(word($0)) }),
              ((w + 2)..<noun).allSatisfy({ k in !x.text.tokens[k].isCapitalized || mentions.contains { m in m.mention.tokens.contains(k) && x.entities[m.entity].type == .gpe } })
        else { return nil }
        return x.lookup.organisation(endingBy: sentence.span.start, excluding: excluding)
    }

    /// For each country, the one person the article names with that country and a role of this kind
    /// ("ministers" → a foreign minister of each); nil unless every country has one.
    /// `noun` at token `at`: its portfolio ("foreign ministers") must be in the person's role too — the foreign
    /// ministers of two countries are not whichever ministers of theirs the article names.
    func namedPeople(countries: [String], noun at: Int) -> [String]? {
        guard let singular = TitleVocabulary.singular(word(at)), countries.count >= 2 else { return nil }
        var portfolio: [String] = []
        var k = at - 1
        while k >= max(sentence.tokens.lowerBound, at - 2) && x.isWord(k) && x.knowledge.titleModifiers.contains(word(k)) {
            portfolio.append(word(k))
            k -= 1
        }
        let people = countries.compactMap { code -> String? in
            x.lookup.namedPerson(country: code, roleWord: singular, portfolio: portfolio).map { x.entities[$0].name }
        }
        return people.count == countries.count ? people : nil
    }


    /// People on either side of the trigger within its clause: "X and Y met", "X met Y and Z",
    /// "X held talks with Y". Anything beyond a clause break is someone else's story.
    func clausePersons(around trigger: Int) -> [Int] {
        let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
        var left = trigger
        while left > lo {
            let w = word(left - 1)
            // "shake hands before talks": a break word right before a noun trigger is a preposition, not a clause.
            let nounUse = left == trigger && EventLexicon.clauseTemporalPreposition.contains(w)
            let isName = x.text.tokens[left - 1].isCapitalized && left - 1 > lo   // "Omar Said" is a name, not a verb
            if !nounUse && !isName && (EventLexicon.clauseBreaks.contains(w) || ["; ", ";", ":", "—", "–"].contains(x.punct(left - 1) ?? "")) { break }
            left -= 1
        }
        var right = trigger + 1
        while right < hi {
            let w = word(right)
            if (EventLexicon.clauseBreaks.contains(w) && !x.text.tokens[right].isCapitalized) || [";", "—", "–"].contains(x.punct(right) ?? "") { break }
            // "X met Y on Tuesday and will meet Z on Friday": a later predicate of its own ends the clause.
            if opensLaterPredicate(right) { break }
            right += 1
        }
        var result: [Int] = []
        var speakers: Set<Int> = []
        var named: Set<Int> = []
        // "X spoke after holding talks with Y", "X left before meeting Y": a participle clause has no subject of its
        // own; it is the main clause's. ("before a meeting" is a noun phrase: the gerund must follow the
        // subordinator directly.)
        // ("X said after meeting Y": the gerund trigger itself opens the participle clause.)
        if left > lo, let main = participleClauseSubject(at: left) ?? participleClauseSubject(at: trigger) { result.append(main) }
        for m in mentions where x.entities[m.entity].type == .person {
            guard m.mention.tokens.lowerBound >= left, m.mention.tokens.upperBound <= right else { continue }
            if m.mention.tokens.contains(where: { excluded.contains($0) }) { continue }
            // "X will hold talks with Y on Thursday, Kremlin spokesman Z told reporters": the one reporting after the
            // comma is never a party (Y may be a name the sentence does not make out).
            if isSpeaker(m) && isTrailingReporter(m, after: trigger) && !named.contains(m.entity) { continue }
            if isSpeaker(m) { speakers.insert(m.entity) } else { named.insert(m.entity) }
            if !result.contains(m.entity) { result.append(m.entity) }
        }
        // "..., spokesperson X told a briefing": the one reporting the meeting is not in it — unless the clause
        // also names them as a party ("A and B will meet X on Monday, X said").
        let rest = result.filter { !speakers.contains($0) || named.contains($0) }
        return rest.count >= 2 || (rest.count == 1 && result.count > 2) ? rest : result
    }

    /// The subject of a participle clause opening at `verb` ("X met Y on Friday before flying to Z"): a gerund right
    /// after a subordinator takes the main clause's subject — the first person the sentence names before it who is
    /// neither reporting it nor the object of a preposition ("talks with Y") — else the last person named before it.
    func participleClauseSubject(at verb: Int) -> Int? {
        guard verb > sentence.tokens.lowerBound, EventLexicon.nonFiniteSubordinators.contains(word(verb - 1)),
              word(verb).hasSuffix("ing") else { return nil }
        let people = mentions.filter { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound < verb - 1 &&
                                       !$0.mention.tokens.contains(where: { excluded.contains($0) }) }
        // "X said after meeting Y", "X told reporters after talks with Y": the clause hangs on the speaker's own
        // verb (a few lowercase words after it at most), so the speaker is its subject.
        if let speaker = people.last(where: { m in
            let end = m.mention.tokens.upperBound
            return isSpeaker(m) && EventLexicon.speechReportingVerbAfter.contains(word(end)) && verb - 1 - end <= 4 &&
                ((end + 1)..<(verb - 1)).allSatisfy { x.isWord($0) && !x.text.tokens[$0].isCapitalized && word($0) != "that" }
        }) { return speaker.entity }
        let before = people.filter { !isSpeaker($0) }
        let subject = before.first { !isPrepositionObject($0) }
        return (subject ?? before.last)?.entity
    }

    /// "with President X", "to the Foreign Minister X": a person after a preposition, over the capitalised title
    /// before the name ("Secretary of State" is a title, its "of" no preposition) and an article.
    func isPrepositionObject(_ m: LinkedMention) -> Bool {
        var k = m.mention.tokens.lowerBound - 1
        while k > sentence.tokens.lowerBound && x.isWord(k) &&
              (x.text.tokens[k].isCapitalized || (word(k) == "of" && x.text.tokens[k - 1].isCapitalized && x.text.tokens[k + 1].isCapitalized)) {
            k -= 1
        }
        if EventLexicon.articleAny.contains(word(k)) { k -= 1 }
        return k >= sentence.tokens.lowerBound && EventLexicon.objectPrepositions.contains(word(k))
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

    /// Definite descriptions in the sentence: "the minister and the Ethiopian Ambassador ..." → the minister named before.
    func describedPersons() -> [Int] {
        var found: [Int] = []
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound {
            guard word(i) == "the", !excluded.contains(i) else { i += 1; continue }
            let (j, country, head, body) = descriptionWords(from: i + 1, limit: min(i + 5, sentence.tokens.upperBound))
            // "the Minister of Foreign Affairs": the portfolio tells ministers apart.
            var words: [String] = body
            if head != nil {
                var k = j
                while k + 1 < sentence.tokens.upperBound && k - j < 6 && EventLexicon.titlePortfolioPreposition.contains(word(k)) {
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
                // "Aide to the President of Russia Yuri Ushakov": the description is the next person's title.
                if start > j && start <= j + 6 && (j..<start).allSatisfy({ k in
                    x.punct(k) == nil && (x.text.tokens[k].isCapitalized || EventLexicon.titlePortfolioWord.contains(word(k))) }) { return true }
                guard start > j && start <= j + 20 && x.punct(start - 1) == "," else { return false }
                // Only a title's own words may stand between: "to the Cameroonian Minister of External Relations".
                let allowed = EventLexicon.titlePortfolioWord
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
        while i < sentence.tokens.upperBound && EventLexicon.meetObjectFiller.contains(word(i)) { i += 1 }
        if let m = mentions.first(where: { $0.mention.tokens.lowerBound == i }), x.entities[m.entity].type == .org, m.mention.kind != "outlet" {
            return x.entities[m.entity].name
        }
        // "meet business leaders at the Federation of Industries": people of a body, met at the body.
        var k = i
        while k < sentence.tokens.upperBound && k - i < 3 && x.isWord(k) && !x.text.tokens[k].isCapitalized { k += 1 }
        guard k > i, EventLexicon.placeBodyPreposition.contains(word(k)) else { return nil }
        k += 1
        if word(k) == "the" { k += 1 }
        guard let m = mentions.first(where: { $0.mention.tokens.lowerBound == k }), x.entities[m.entity].type == .org,
              m.mention.kind != "outlet" else { return nil }
        return x.entities[m.entity].name
    }

    /// A party named in a list of parties at token `k`: a country's or body's mention ending there (`endingThere`) or
    /// starting there, or a country's demonym ("Israeli"); with the token at the mention's other end.
    private func party(at k: Int, endingThere: Bool) -> (name: String, other: Int)? {
        if let m = mentions.first(where: { endingThere ? $0.mention.tokens.upperBound - 1 == k : $0.mention.tokens.lowerBound == k }),
           x.entities[m.entity].type == .gpe || (x.entities[m.entity].type == .org && m.mention.kind != "outlet") {
            return (x.entities[m.entity].name, endingThere ? m.mention.tokens.lowerBound : m.mention.tokens.upperBound - 1)
        }
        if x.isWord(k), x.text.tokens[k].isCapitalized, let c = x.knowledge.countryForDemonym(x.text.words[k]) { return (c.name, k) }
        return nil
    }

    /// The parties listed ending at token `k` ("U.S.-China", "Israeli and Hamas"), in text order.
    func partyChain(endingAt k: Int) -> [String] {
        var k = k
        var found: [String] = []
        while k >= sentence.tokens.lowerBound {
            if let p = party(at: k, endingThere: true) {
                if !found.contains(p.name) { found.insert(p.name, at: 0) }
                k = p.other - 1
                continue
            }
            if EventLexicon.collectiveListJoiner.contains(word(k)) { k -= 1; continue }
            break
        }
        return found
    }

    /// The parties listed from token `k` on ("Israel and Hamas", "the army and the Rapid Support Forces").
    func partyChain(startingAt k: Int) -> [String] {
        var k = k
        var found: [String] = []
        while k < sentence.tokens.upperBound {
            if word(k) == "the" { k += 1; continue }
            if let p = party(at: k, endingThere: false) {
                if !found.contains(p.name) { found.append(p.name) }
                k = p.other + 1
                guard k < sentence.tokens.upperBound, EventLexicon.collectiveListJoiner.contains(word(k)) else { break }
                k += 1
                continue
            }
            break
        }
        return found
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
            if window.contains(where: { EventLexicon.peopleNouns.contains(word($0)) }) { add(c.name) }
        }
        // "U.S.-China officials", "Israeli and Hamas negotiators": countries, bodies or demonyms right before a
        // people noun.
        for i in sentence.tokens where EventLexicon.peopleNouns.contains(word(i)) && !excluded.contains(i) {
            let found = partyChain(endingAt: i - 1)
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
                ((m.mention.tokens.upperBound)..<trigger).allSatisfy { EventLexicon.clauseSubjectVerbFiller.contains(word($0)) }
        }
        // Or the organisation that opens the sentence: "The party’s International Liaison Department had an exchange
        // of views during the dialogue with ...".
        let opening = mentions.first { m in
            x.entities[m.entity].type == .org && m.mention.kind != "outlet" && m.mention.tokens.upperBound <= trigger &&
                (sentence.tokens.lowerBound..<m.mention.tokens.lowerBound).allSatisfy { EventLexicon.collectiveOpeningOrgFiller.contains(word($0)) || x.text.tokens[$0].isCapitalized }
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
            guard i + 1 < sentence.tokens.upperBound, EventLexicon.referencePairQuantifier.contains(word(i)), EventLexicon.referenceCountryNoun.contains(word(i + 1)) else { return false }
            let fromPeople = (i - 3..<i).contains { EventLexicon.collectiveOriginPreposition.contains(word($0)) && EventLexicon.peopleNouns.contains(word($0 - 1)) }
            let subject = i + 2 <= trigger && trigger - (i + 1) <= 3 && !quoted(i)
            return fromPeople || subject
        }) {
            let top = x.mainCountries()
            if top.count == 2 {
                // "the foreign ministers of both countries": the ministers the article names, when it does.
                if let noun = sentence.tokens.first(where: { EventLexicon.peopleNouns.contains(word($0)) }),
                   let people = namedPeople(countries: top.compactMap { x.knowledge.country(named: $0)?.alpha3 }, noun: noun) {
                    return people
                }
                return top
            }
        }
        // "Defence officials from the US and China", "the foreign ministers of Colombia and Ecuador", "negotiators
        // from Israel and Hamas": the parties listed right after (not a place further on: "... met in Doha").
        for i in sentence.tokens where EventLexicon.peopleNouns.contains(word(i)) && i + 1 < sentence.tokens.upperBound &&
            EventLexicon.collectiveOriginPreposition.contains(word(i + 1)) {
            let parties = partyChain(startingAt: i + 2)
            guard parties.count >= 2 else { continue }
            for p in parties { add(p) }
            // When the article names those ministers, they are the participants.
            let codes = parties.compactMap { x.knowledge.country(named: $0)?.alpha3 }
            if codes.count == parties.count, let people = namedPeople(countries: codes, noun: i) { return people }
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
            if EventLexicon.collectiveListFiller.contains(word(k)) || EventLexicon.peopleNouns.contains(word(k)) { k -= 1; continue }
            if EventLexicon.auxiliaries.contains(word(k)) { k -= 1; continue }
            break
        }
        return names.count >= 2 ? names : []
    }
}

extension SentenceContext {
    /// "X met Y on Monday, and was expected to travel to Z": a predicate coordinated after "and" with no subject
    /// of its own shares the sentence's subject, the first person named (not a description or possessor).
    func coordinatedPredicateSubject(before trigger: Int) -> Int? {
        guard let and = (sentence.tokens.lowerBound..<trigger).last(where: { word($0) == "and" }), trigger - and <= 6,
              EventLexicon.auxiliaries.contains(word(and + 1)) || word(and + 1).hasSuffix("ed"),
              ((and + 1)..<trigger).allSatisfy({ !x.text.tokens[$0].isCapitalized }) else { return nil }
        return mentions.first { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= and &&
                                !$0.mention.tokens.contains(where: { excluded.contains($0) }) && !isSpeaker($0) }?.entity
    }
}

extension SentenceContext {
    /// The person a definite description ending right before token `end` stands for ("the US president" in
    /// "the US president's visit").
    func describedPersons(endingAt end: Int) -> Int? {
        guard let the = ((max(sentence.tokens.lowerBound, end - 5))..<end).last(where: { word($0) == "the" }) else { return nil }
        let (next, country, head, _) = descriptionWords(from: the + 1, limit: end)
        guard next == end, let head else { return nil }
        return x.resolveDescription(head: head, country: country, before: x.text.tokens[the].start)
    }

    /// The country a description's word names: a demonym ("Kenyan") or the country's name ("Kenya").
    func countryWord(_ raw: String) -> String? {
        if let c = x.knowledge.countryForDemonym(raw) { return c.alpha3 }
        if let e = x.knowledge.entries(surface: raw).first, e.kind == "country" { return e.country }
        return nil
    }

    /// Headlines drop articles: in "NZ pledges aid as foreign minister visits Suva", the bare title right before the
    /// verb is its subject, and it points ahead to the person the story names with that role (a headline comes
    /// before every name).
    func headlineDescribedSubject(before verb: Int) -> Int? {
        guard sentence.block == .title || sentence.block == .standfirst else { return nil }
        // The title's words right before the verb: a country or demonym, modifiers, and the head last
        // ("Kenyan foreign minister visits").
        var country: String?
        var words: [String] = []
        var k = verb - 1
        while k >= sentence.tokens.lowerBound && verb - k <= 4 && x.isWord(k) && !isPersonToken(k) {
            let raw = x.text.words[k]
            if let c = countryWord(raw) { country = c }
            else if TitleVocabulary.isTitleWord(word(k), x.knowledge) { words.insert(word(k), at: 0) }
            else { break }
            k -= 1
        }
        guard let head = words.last, TitleVocabulary.marksRole(head, x.knowledge) else { return nil }
        return x.lookup.descriptions.firstPerson(head: head, country: country, words: words)
    }

    private func isPersonToken(_ k: Int) -> Bool {
        mentions.contains { $0.mention.tokens.contains(k) && x.entities[$0.entity].type == .person }
    }

    /// The words of a definite description after "the": countries and demonyms ("Kenyan", "US") give its
    /// country, title and leader words ("foreign minister", "leader") its head. Reads from `start` while the
    /// words are of those kinds, up to `limit`; returns where it stopped.
    func descriptionWords(from start: Int, limit: Int) -> (next: Int, country: String?, head: String?, body: [String]) {
        var j = start
        var country: String?
        var head: String?
        // "the AU Commission president", "the World Bank chief": an organisation's words before the head tell
        // which president (matched against the roles' words, like a portfolio).
        var body: [String] = []
        while j < limit && x.isWord(j) {
            let raw = x.text.words[j]
            let inBody = head == nil && (x.text.tokens[j].isCapitalized || x.text.tokens[j].isAllCaps) &&
                mentions.contains { m in m.mention.tokens.contains(j) && x.entities[m.entity].type == .org }
            // "the Sri Lankan minister", "the North Korean envoy": a demonym of two words, read whole.
            if j + 1 < limit, x.text.tokens[j].isCapitalized, x.isWord(j + 1), x.text.tokens[j + 1].isCapitalized,
               let c = x.knowledge.countryForDemonym(raw + " " + x.text.words[j + 1]) {
                country = c.alpha3
                j += 2
                continue
            }
            if let c = countryWord(raw) { country = c }
            else if inBody { body.append(word(j)) }
            else if TitleVocabulary.marksRole(word(j), x.knowledge) || EventLexicon.leaderWords.contains(word(j)) {
                // After an organisation's words, only a lowercase head outside its name ("the AU Commission
                // president", not "the International Department").
                if !body.isEmpty && (x.text.tokens[j].isCapitalized || mentions.contains { m in m.mention.tokens.contains(j) }) { return (start, country, nil, []) }
                head = word(j)
            }
            else { break }
            j += 1
        }
        // The organisation's words only qualify a head that follows them.
        if head == nil && !body.isEmpty { return (start, country, nil, []) }
        return (j, country, head, body)
    }
}

extension SentenceContext {
    /// "X thanked Y for the aid and invited him to visit": an object pronoun right after the verb is not the clause's
    /// subject (who invites) but the person named nearest before it whom the pronoun fits.
    func objectPronounGuest(after verb: Int) -> Int? {
        guard EventLexicon.objectPronouns.contains(word(verb + 1)) else { return nil }
        let subject = mentions.first { x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound <= verb }?.entity
        let pronoun = word(verb + 1)
        let candidates = mentions.filter { m in
            x.entities[m.entity].type == .person && m.mention.tokens.upperBound <= verb && m.entity != subject &&
                !m.mention.tokens.contains(where: { excluded.contains($0) })
        }
        if let near = candidates.last(where: { m in x.sexes.map { PersonSex.fits($0[m.entity], pronoun: pronoun) } ?? true }) { return near.entity }
        return subject == nil ? antecedent(ofPronounAt: verb + 1) : nil
    }

    /// "invited him to visit Y": the guest a visit verb right after "to" belongs to, when an invitation precedes it.
    func invitedGuest(visitAt trigger: Int) -> Int? {
        guard word(trigger - 1) == "to" else { return nil }
        for verb in stride(from: trigger - 2, through: max(sentence.tokens.lowerBound, trigger - 6), by: -1)
        where EventModality.invitationVerbs.contains(word(verb)) {
            if let m = mentions.first(where: { $0.mention.tokens.lowerBound == verb + 1 && x.entities[$0.entity].type == .person }) { return m.entity }
            return objectPronounGuest(after: verb)
        }
        return nil
    }
}
