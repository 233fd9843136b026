// Turns a speaker phrase into the name a reader would give. In: the phrase's word range, the
// article's entities (mention spans) and what earlier quotes were attributed to; out: the
// entity's name and id when the phrase names one, the phrase itself otherwise ("senior U.S.
// administration official"), the last person speaking for "he"/"she", the issuer for "the
// statement said", and "<role>'s office" for "his office said".
import ReadoutCore
import ReadoutKnowledge

struct ResolvedSpeaker: Sendable {
    var name: String
    var entityID: String?
    var isPerson: Bool
    /// Head word of a description ("official"), to match a later "the official".
    var head: UInt64
    /// Scalar offset after which a new person's mention makes "he" ambiguous.
    var position: Int
}

struct SpeakerResolver {
    struct Mention { var start: Int; var end: Int; var entity: Int }

    let text: LexedText
    let phrases: SpeakerPhrases
    let entities: [Entity]
    /// All mentions, by start offset.
    let mentions: [Mention]
    /// Outer ranges of quotes, by start, so mentions inside quoted speech can be ignored.
    let quoted: [Range<Int>]
    let sentenceStart: (Int) -> Int

    var last: ResolvedSpeaker?
    /// The last speaker told by description (no entity) with each head word, for a later "the official".
    var lastDescribed: [UInt64: ResolvedSpeaker] = [:]
    /// Entity positions by id, and the people whose role ends with a title with their mention starts in order,
    /// worked out once (per title) rather than by a scan of every entity per quote (quadratic on long inputs).
    private let entityIndex: [String: Int]
    private let titled = Memo<String, [(entity: Int, starts: [Int])]>()

    init(text: LexedText, entities: [Entity], quoted: [Range<Int>], sentenceStart: @escaping (Int) -> Int) {
        self.text = text
        self.phrases = SpeakerPhrases(text: text)
        self.entities = entities
        var mentions: [Mention] = []
        for (i, e) in entities.enumerated() {
            for m in e.mentions { mentions.append(Mention(start: m.start, end: m.end, entity: i)) }
        }
        mentions.sort { $0.start < $1.start }
        self.mentions = mentions
        self.quoted = quoted
        self.sentenceStart = sentenceStart
        var index: [String: Int] = [:]
        for (i, e) in entities.enumerated() where index[e.id] == nil { index[e.id] = i }
        entityIndex = index
    }

    private var words: [LexedText.Word] { text.words }

    mutating func remember(_ speaker: ResolvedSpeaker) {
        last = speaker
        if speaker.entityID == nil { lastDescribed[speaker.head] = speaker }
    }

    /// The speaker a phrase names, or nil when it names no one in particular.
    func resolve(_ phrase: Range<Int>, depth: Int = 0) -> ResolvedSpeaker? {
        var range = phrase
        while range.lowerBound < range.upperBound && words[range.lowerBound].kind == .punct &&
              words[range.lowerBound].key != 40 { range = (range.lowerBound + 1)..<range.upperBound }
        guard !range.isEmpty else { return nil }
        let first = phrases.key(range.lowerBound)
        let start = Int(words[range.lowerBound].start)
        let end = Int(words[range.upperBound - 1].end)

        if range.allSatisfy({ SpeechVocabulary.determiners.contains(phrases.key($0)) }) { return nil }
        if range.count == 1 && SpeechVocabulary.subjectPronouns.contains(first) {
            return pronoun(first, at: start)
        }
        // "his office said" → "<role>'s office".
        if range.count == 2 && SpeechVocabulary.possessivePronouns.contains(first) &&
           phrases.key(range.lowerBound + 1) == SpeechVocabulary.office {
            guard let owner = pronoun(first == LexedText.key("its") ? LexedText.key("it") : LexedText.key("he"), at: start)
            else { return nil }
            var label = owner.name
            if let id = owner.entityID, let k = entityIndex[id], let role = entities[k].roles.first {
                label = Self.bareRole(role)
            }
            return ResolvedSpeaker(name: label + "'s office", entityID: nil, isPerson: false,
                                   head: SpeechVocabulary.office, position: end)
        }
        if let entity = entity(in: range) {
            let e = entities[entity]
            return ResolvedSpeaker(name: e.name, entityID: e.id, isPerson: e.type == .person, head: 0, position: end)
        }
        // An appositive that named no one: keep the part before its comma.
        if let comma = range.first(where: { text.isPunct($0, ",") }), comma > range.lowerBound {
            return resolve(range.lowerBound..<comma, depth: depth)
        }
        let head = phrases.key(range.upperBound - 1)
        let definite = SpeechVocabulary.determiners.contains(first) && first != LexedText.key("a") && first != LexedText.key("an")
        // "the statement said": the statement's issuer, named earlier.
        if definite && SpeechVocabulary.documentNouns.contains(head) && range.count <= 3 {
            guard depth < 2, let issuer = issuerPhrase(before: range.lowerBound),
                  let resolved = resolve(issuer, depth: depth + 1) else { return nil }
            return ResolvedSpeaker(name: resolved.name, entityID: resolved.entityID, isPerson: false,
                                   head: resolved.head, position: end)
        }
        if SpeechVocabulary.genericPlurals.contains(head) {
            // "the ministers said" after "a meeting of ministers from the Andean Community": they speak for that body.
            guard definite, range.count == 2, let body = bodyOfPlural(head, before: range.lowerBound) else { return nil }
            let e = entities[body]
            return ResolvedSpeaker(name: e.name, entityID: e.id, isPerson: false, head: head, position: end)
        }
        // "the prime minister said" → the person this article gives that title.
        if definite, let titled = personTitled(text.string(Int(words[range.lowerBound + 1].start), end), before: start) {
            let e = entities[titled]
            return ResolvedSpeaker(name: e.name, entityID: e.id, isPerson: true, head: 0, position: end)
        }
        // "the U.S. official" after "a senior U.S. administration official told reporters" — only when no name in this
        // description is missing from the earlier one ("the Togolese minister" is not "the Ghanaian minister"; "the
        // EU official" is "a senior European Union official").
        if definite, let earlier = lastDescribed[head], describes(range.lowerBound + 1..<range.upperBound, earlier) {
            return ResolvedSpeaker(name: earlier.name, entityID: nil, isPerson: earlier.isPerson, head: head, position: end)
        }
        // "the alliance said", "the ministry said": the body of that kind named last.
        if definite, Self.organisationHeads.contains(head), let body = recentBody(head: head, before: start) {
            let e = entities[body]
            return ResolvedSpeaker(name: e.name, entityID: e.id, isPerson: false, head: head, position: end)
        }
        // "according to a statement": a document no one is named as issuing says nothing about who spoke.
        if SpeechVocabulary.documentNouns.contains(head) && !range.contains(where: { words[$0].isCapitalized }) { return nil }
        var from = range.lowerBound
        while from < range.upperBound - 1 && SpeechVocabulary.determiners.contains(phrases.key(from)) { from += 1 }
        let name = text.string(Int(words[from].start), end)
        return ResolvedSpeaker(name: name, entityID: nil, isPerson: !Self.organisationHeads.contains(head),
                               head: head, position: end)
    }

    /// Whether every capitalised word in `range` stands in the earlier description's name, itself or as a mention of
    /// an entity whose name does (case aside).
    private func describes(_ range: Range<Int>, _ earlier: ResolvedSpeaker) -> Bool {
        let theirs = Set(earlier.name.lowercased().split(separator: " ").map(String.init))
        return range.allSatisfy { k in
            guard words[k].kind == .word, words[k].isCapitalized else { return true }
            let start = Int(words[k].start), end = Int(words[k].end)
            if theirs.contains(text.string(start, end).lowercased()) { return true }
            return mentions.contains { m in
                m.start <= start && end <= m.end && entities[m.entity].name.lowercased().split(separator: " ").allSatisfy { theirs.contains(String($0)) }
            }
        }
    }

    /// The person whose role ends with `title` ("Australian Prime Minister" for "prime minister"),
    /// the most recently mentioned one when several share it.
    private func personTitled(_ title: String, before offset: Int) -> Int? {
        let wanted = title.lowercased()
        guard wanted.unicodeScalars.count >= 3 else { return nil }
        var best: Int?
        var bestPosition = -1
        let people = titled.value(for: wanted) {
            entities.indices.filter { i in
                entities[i].type == .person && entities[i].roles.contains { role in
                    let r = role.lowercased()
                    return r == wanted || r.hasSuffix(" " + wanted)
                }
            }.map { (entity: $0, starts: entities[$0].mentions.map(\.start).sorted()) }
        }
        for (i, starts) in people {
            // The last mention starting before `offset`.
            let k = starts.partitioningIndex { $0 >= offset }
            let last = k > 0 ? starts[k - 1] : -1
            if best == nil || last > bestPosition {
                best = i
                bestPosition = last
            }
        }
        return best
    }

    /// He/she → the last person quoted, unless another person was named since; else the first person
    /// named in this or one of the three sentences before. It → the last organisation quoted.
    func pronoun(_ key: UInt64, at offset: Int) -> ResolvedSpeaker? {
        let personal = SpeechVocabulary.personPronouns.contains(key)
        if !personal {
            // "it said" → the last body quoted; "they said" → the last body or group quoted ("the ministers said ...
            // they said"), never one person.
            guard key == LexedText.key("it") || key == LexedText.key("they") else { return nil }
            if let last, !last.isPerson, offset - last.position < 1500 { return last }
            // "The ministry said the visit was not agreed. “…,” it said": the body the sentence before reports as
            // saying something, quoted or not.
            return reportingBody(before: offset)
        }
        // "she said": only a person whose sex fits (an unknown sex fits either).
        let pronoun = key == LexedText.key("she") ? "she" : key == LexedText.key("he") ? "he" : ""
        func fits(_ entityID: String?) -> Bool {
            guard !pronoun.isEmpty, let entityID, let k = entityIndex[entityID] else { return true }
            return PersonSex.fits(entities[k], pronoun: pronoun, Knowledge.shared)
        }
        if let last, last.isPerson, offset - last.position < 2000, fits(last.entityID),
           !personNamed(between: last.position, and: offset, except: last.entityID) {
            return last
        }
        var end = offset
        for _ in 0..<4 {
            let start = min(end, sentenceStart(end))
            if let m = firstPerson(in: start..<end, fitting: pronoun) {
                let e = entities[m.entity]
                return ResolvedSpeaker(name: e.name, entityID: e.id, isPerson: true, head: 0, position: m.end)
            }
            guard start > 0 else { break }
            end = start - 1
        }
        return nil
    }

    /// Picks the entity a phrase names: a person in it (the first of "A and B", else the last), or an
    /// organisation or place that is the phrase's head ("Xinhua", not "China" in "China’s leader").
    /// The organisation or country an earlier "<plural> from/of X" attached the same plural to ("ministers from the
    /// Andean Community", "envoys of the Gulf states"), within the last few paragraphs.
    private func bodyOfPlural(_ head: UInt64, before index: Int) -> Int? {
        let limit = Int(words[index].start) - 3000
        var k = index - 1
        while k >= 1 && Int(words[k].start) > limit {
            defer { k -= 1 }
            guard phrases.key(k) == head, k + 2 < index, SpeechVocabulary.bodyPrepositions.contains(phrases.key(k + 1)) else { continue }
            var j = k + 2
            if SpeechVocabulary.determiners.contains(phrases.key(j)) { j += 1 }
            guard j < index else { continue }
            let start = Int(words[j].start)
            let at = lowerBound(start)
            guard at < mentions.count, mentions[at].start == start else { continue }
            let type = entities[mentions[at].entity].type
            if type == .org || type == .gpe { return mentions[at].entity }
        }
        return nil
    }

    /// The organisation named last (within a few paragraphs) that a description's head fits: its own head word
    /// ("the ministry" → "Foreign Ministry"), or, for a bloc or alliance, an international body of states.
    private func recentBody(head: UInt64, before offset: Int) -> Int? {
        var i = lowerBound(offset) - 1
        while i >= 0 && offset - mentions[i].start < 3000 {
            defer { i -= 1 }
            let e = entities[mentions[i].entity]
            guard e.type == .org, !isQuoted(mentions[i].start) else { continue }
            if let last = e.name.split(separator: " ").last, LexedText.key(last.lowercased()) == head { return mentions[i].entity }
            if SpeechVocabulary.membershipHeads.contains(head),
               ([e.name] + e.aliases).contains(where: { form in
                   // ("Opec" is how British style writes OPEC.)
                   (Knowledge.shared.entries(surface: form) + Knowledge.shared.entries(surface: form.uppercased())).contains { $0.kind == "international" }
               }) { return mentions[i].entity }
        }
        return nil
    }

    private func entity(in range: Range<Int>) -> Int? {
        let start = Int(words[range.lowerBound].start)
        let end = Int(words[range.upperBound - 1].end)
        var lo = lowerBound(start)
        while lo > 0 && mentions[lo - 1].end > start { lo -= 1 }
        var person: Int?
        var lastPersonEnd: Int?
        var other: Int?
        var hasAnd = false
        for k in range where phrases.key(k) == SpeechVocabulary.and { hasAnd = true }
        let adjunctEnd = openingAdjunctEnd(range)
        var i = lo
        while i < mentions.count && mentions[i].start < end {
            let m = mentions[i]
            i += 1
            guard m.end > start, m.start >= adjunctEnd else { continue }
            if followedByPossessive(m.end, before: end) { continue }
            if entities[m.entity].type == .person {
                // "Putin greets Xi ..., calls him ...": a finite verb between two people makes the first the subject.
                if let p = person, let previousEnd = lastPersonEnd, verbBetween(previousEnd, m.start) { _ = p; break }
                if person == nil || !hasAnd { person = m.entity }
                lastPersonEnd = m.end
            } else if isHead(m, phraseEnd: end) {
                other = m.entity
            }
        }
        return person ?? other
    }

    /// Is there a lowercase finite verb ("greets", "thanked") between two offsets?
    /// "Sitting opposite Lee at a long table, Park opened his remarks by saying ...", "During talks with Lee, Park
    /// said ...": a participle or preposition phrase opening the speaker's sentence, up to its comma, holds no
    /// subject; the offset where the clause proper starts (the range's start when there is no such phrase).
    private func openingAdjunctEnd(_ range: Range<Int>) -> Int {
        let start = Int(words[range.lowerBound].start)
        guard sentenceStart(start) == start, words[range.lowerBound].kind == .word else { return start }
        let first = text.string(start, Int(words[range.lowerBound].end)).lowercased()
        guard first.hasSuffix("ing") || SpeechVocabulary.openingAdjunctWords.contains(phrases.key(range.lowerBound)),
              let comma = range.first(where: { text.isPunct($0, ",") }),
              mentions[lowerBound(Int(words[comma].end))...].prefix(while: { $0.start < Int(words[range.upperBound - 1].end) })
                .contains(where: { entities[$0.entity].type == .person }) else { return start }
        return Int(words[comma].end)
    }

    private func verbBetween(_ a: Int, _ b: Int) -> Bool {
        var k = wordIndex(atOrAfter: a)
        while k < words.count && Int(words[k].start) < b {
            let w = text.string(Int(words[k].start), Int(words[k].end))
            if words[k].kind == .word && !words[k].isCapitalized && w.count > 3 && (w.hasSuffix("s") || w.hasSuffix("ed")) &&
               !SpeechVocabulary.phraseStops.contains(phrases.key(k)) && !SpeechVocabulary.objectMarkers.contains(phrases.key(k)) { return true }
            k += 1
        }
        return false
    }

    /// No lowercase word follows the mention inside the phrase, but for the document it issued ("a Kremlin
    /// statement said" is the Kremlin speaking).
    private func isHead(_ m: Mention, phraseEnd: Int) -> Bool {
        var k = wordIndex(atOrAfter: m.end)
        while k < words.count && Int(words[k].start) < phraseEnd {
            if words[k].kind == .word && !words[k].isCapitalized && !SpeechVocabulary.documentNouns.contains(phrases.key(k)) {
                return endsWithMediaNoun(phraseEnd)
            }
            k += 1
        }
        return true
    }

    /// "the Press Trust of India (PTI) news agency reported": lowercase words ending in a medium's noun describe
    /// the outlet named before them.
    private func endsWithMediaNoun(_ phraseEnd: Int) -> Bool {
        let last = wordIndex(atOrAfter: phraseEnd) - 1
        return last >= 0 && words[last].kind == .word && SpeechVocabulary.mediaNouns.contains(phrases.key(last))
    }

    private func followedByPossessive(_ offset: Int, before end: Int) -> Bool {
        let k = wordIndex(atOrAfter: offset)
        return k < words.count && Int(words[k].start) < end && Int(words[k].start) == offset && words[k].kind == .possessive
    }

    private func personNamed(between a: Int, and b: Int, except id: String?) -> Bool {
        var i = lowerBound(a)
        while i < mentions.count && mentions[i].start < b {
            let m = mentions[i]
            i += 1
            let e = entities[m.entity]
            if e.type == .person && e.id != id && !isQuoted(m.start) && isSubjectLike(m) { return true }
        }
        return false
    }

    /// The first person named as a subject in a range (else the first person named at all).
    private func firstPerson(in range: Range<Int>, fitting pronoun: String = "") -> Mention? {
        var i = lowerBound(range.lowerBound)
        var any: Mention?
        while i < mentions.count && mentions[i].start < range.upperBound {
            let m = mentions[i]
            i += 1
            guard entities[m.entity].type == .person && !isQuoted(m.start) else { continue }
            guard pronoun.isEmpty || PersonSex.fits(entities[m.entity], pronoun: pronoun, Knowledge.shared) else { continue }
            if isSubjectLike(m) { return m }
            if any == nil { any = m }
        }
        return any
    }

    /// A name not governed by a preposition or a verb like "meeting": it could be who is speaking.
    private func isSubjectLike(_ m: Mention) -> Bool {
        var k = wordIndex(atOrAfter: m.start) - 1
        // Walk back over the capitalised title run ("Indonesian President Joko").
        while k >= 0 && (words[k].isCapitalized || (words[k].kind == .punct && words[k].key == 46 && !words[k].hasSpaceBefore)) &&
              !words[k].hasNewlineBefore {
            k -= 1
        }
        guard k >= 0, words[k].kind == .word else { return true }
        return !SpeechVocabulary.objectMarkers.contains(words[k].key)
    }

    /// "Qatar's Emir" → "Emir": the title without its country.
    private static func bareRole(_ role: String) -> String {
        for apostrophe in ["'s ", "’s "] {
            if let r = role.range(of: apostrophe) { return String(role[r.upperBound...]) }
        }
        return role
    }

    /// Who issued the statement, release or readout mentioned most recently before word `k`.
    private func issuerPhrase(before k: Int) -> Range<Int>? {
        var d = k - 1
        while d >= 0 && d > k - 400 {
            defer { d -= 1 }
            guard words[d].kind == .word, SpeechVocabulary.documentNouns.contains(words[d].key),
                  !isQuoted(Int(words[d].start)) else { continue }
            if Self.issuerPrepositions.contains(phrases.key(d + 1)), let issuer = phrases.phraseAfter(d + 2, upper: min(words.count, d + 20)) {
                return issuer
            }
            var v = d - 1
            while v >= 0 && (SpeechVocabulary.determiners.contains(phrases.key(v)) ||
                             SpeechVocabulary.possessivePronouns.contains(phrases.key(v)) || phrases.key(v) == LexedText.key("out")) {
                v -= 1
            }
            if SpeechVocabulary.issuingVerbs.contains(phrases.key(v)),
               let subject = phrases.subjectBefore(v, lower: max(0, v - 20)) {
                return subject
            }
            if phrases.key(v) == LexedText.key("in"), phrases.sayingVerb(v - 1) != nil,
               let subject = phrases.subjectBefore(v - 1, lower: max(0, v - 20)) {
                return subject
            }
        }
        return nil
    }

    func isQuoted(_ offset: Int) -> Bool {
        var lo = 0
        var hi = quoted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quoted[mid].lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && quoted[lo - 1].contains(offset)
    }

    private func lowerBound(_ offset: Int) -> Int {
        var lo = 0
        var hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The body (not a person) that the one or two sentences before `offset` report as saying something.
    func reportingBody(before offset: Int) -> ResolvedSpeaker? {
        var k = wordIndex(atOrAfter: sentenceStart(offset)) - 1
        for _ in 0..<2 {
            guard k >= 0 else { return nil }
            let sentence = text.sentenceRange(around: k)
            if let subject = phrases.firstAttribution(sentence), let found = resolve(subject, depth: 1) {
                return found.isPerson ? nil : found
            }
            k = sentence.lowerBound - 1
        }
        return nil
    }

    func wordIndex(atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(words[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// "a statement from the ministry": the prepositions that name a document's issuer.
    private static let issuerPrepositions = SpeechVocabulary.set("speech.issuer-preposition")

    /// Heads of a speaker description that name a body, not a person: speaker.organisation-head, and
    /// "kremlin" (one institution's name, kept here rather than in the general vocabulary).
    private static let organisationHeads = SpeechVocabulary.set(Vocabulary.shared.entries("speaker.organisation-head") + ["kremlin"])
}
