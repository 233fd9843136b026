// What every event rule reads in one sentence: its tokens and mentions, the tokens that describe
// rather than name a participant (appositions, possessors, attributions, parentheses), and the
// discourse so far (who was last named, the last meeting told). The argument readers in Arguments/
// extend it; rules call them rather than read tokens themselves.
import ReadoutCore
import ReadoutKnowledge

/// Everything the event rules look at in one sentence.
struct SentenceContext {
    let x: EventReader
    let sentence: TokenSentence
    let mentions: [LinkedMention]
    /// What the article has told before this sentence.
    let state: DiscourseState
    /// Which event families the sentence's words allow (EventLexicon bits).
    let families: UInt8
    let lowerWords: [String]   // the article's lowercased tokens (shared, not copied)
    let excluded: Set<Int> // token indices inside appositions, attributions, parentheses

    init(reader: EventReader, sentence: TokenSentence, mentions: [LinkedMention], state: DiscourseState, families: UInt8 = 0xFF) {
        self.x = reader
        self.sentence = sentence
        self.mentions = mentions
        self.state = state
        self.families = families
        self.lowerWords = reader.text.lowerWords
        self.excluded = SentenceContext.descriptiveTokens(reader, sentence, mentions)
    }

    /// The last person named before this sentence: whom "he" most likely means.
    var lastPerson: Int? { state.lastPerson }
    /// The people (entity indices) and the participant names of the last meeting told.
    var lastMeet: [Int] { state.lastMeet }
    var lastMeetNames: [String] { state.lastMeetNames }
    /// Day of the last dated meeting or visit told before this sentence ("The call came a day after ...").
    var lastEventDate: String? { state.lastEventDate }
    /// The people of the last meeting of two or more told before this sentence that `person` took part in.
    func lastMeeting(with person: Int) -> [Int]? { state.lastMeeting(with: person) }
    /// The parties of the last meeting of unnamed officials (countries or bodies).
    var lastCollectiveNames: [String] { state.lastCollectiveNames }

    /// The lowercased word at token `i`; "" outside the sentence, so rules can look around without bounds checks.
    func word(_ i: Int) -> String {
        sentence.tokens.contains(i) ? lowerWords[i] : ""
    }

    /// Tokens that describe someone rather than name a participant: appositions after a person,
    /// possessors ("Trump’s envoy"), "according to ..." and parentheses.
    static func descriptiveTokens(_ x: EventReader, _ s: TokenSentence, _ mentions: [LinkedMention]) -> Set<Int> {
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
            let start = m.mention.tokens.lowerBound
            // "received by the President and his wife X": a spouse or child along for the occasion is not a party.
            if start - 2 >= range.lowerBound, EventLexicon.kinshipNouns.contains(x.lower(start - 1)),
               EventLexicon.referencePossessiveDeterminer.contains(x.lower(start - 2)) {
                for k in m.mention.tokens { out.insert(k) }
            }
            // Possessor: "Joe Biden’s envoy".
            let after = m.mention.tokens.upperBound
            // "X, who served as ambassador until he replaced Y, and Z": a relative clause after a person tells
            // their story, not the event's.
            if after + 1 < range.upperBound, x.punct(after) == ",", EventLexicon.clauseRelative.contains(x.lower(after + 1)) {
                var j = after + 1
                while j < range.upperBound && x.punct(j) != "," && x.punct(j) != ";" { out.insert(j); j += 1 }
            }
            if after < range.upperBound, x.isWord(after), EventLexicon.orthographyPossessive.contains(x.text.words[after]) {
                // ("X's meeting with Y", "X's first phone call with Y", "X's visit to Z": the owner of an event is its party.)
                // The first of the next three words that is no lowercase modifier must be the event noun.
                let owned = ((after + 1)..<min(after + 4, range.upperBound)).first { k in
                    !x.isWord(k) || x.text.tokens[k].isCapitalized || EventLexicon.meetVerbs.contains(x.lower(k)) || EventLexicon.visitNoun.contains(x.lower(k)) }
                let ownsEvent = owned.map { x.isWord($0) && !x.text.tokens[$0].isCapitalized } ?? false
                if !ownsEvent { for k in m.mention.tokens { out.insert(k) } }
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
                if EventLexicon.clauseAppositionVerb.contains(x.lower(j)) { sawVerb = true }
                if TitleVocabulary.marksRole(x.lower(j), x.knowledge) || EventLexicon.titleAppositionHead.contains(x.lower(j)) { sawTitle = true }
                j += 1
            }
            if sawTitle && !sawVerb { for k in first..<j { out.insert(k) } }
        }
        return out
    }


    func firstIndex(in set: WordSet) -> Int? {
        sentence.tokens.first { set.contains(word($0)) && !excluded.contains($0) }
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

    func topics() -> [String] {
        var out: [String] = []
        for i in sentence.tokens where x.isWord(i) {
            if let topic = EventLexicon.topicWords[word(i)], !out.contains(topic) { out.append(topic) }
        }
        return out
    }

    func evidence() -> (String, TextSpan) {
        (x.text.string(sentence.span), sentence.span)
    }

    func names(_ indices: [Int]) -> [String] { indices.map { x.entities[$0].name } }
}

extension SentenceContext {
    /// The event, marked with the word that triggered it (`extract --explain` shows it).
    func triggered(at trigger: Int, _ event: Event) -> Event {
        var e = event
        e.trigger = x.text.tokens[trigger].span
        return e
    }
}
