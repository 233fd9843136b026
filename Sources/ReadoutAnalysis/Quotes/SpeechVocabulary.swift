// Closed-class English words that attribution patterns hinge on: verbs of saying, pronouns,
// the function words that end a noun phrase, and the nouns that stand for a statement's
// issuer. In: a LexedText word key; out: its role. The words are the speech.*, speaker.* and
// quote.* lists of ReadoutKnowledge's Data/vocabulary/quotes.tsv, keyed once on first use.
import ReadoutKnowledge

struct SpeechWord: OptionSet, Sendable {
    let rawValue: UInt8
    /// A verb of saying in any finite form ("said", "told", "warns").
    static let verb = SpeechWord(rawValue: 1)
    /// Can come before its subject after a quote: "…,” said Moreno.
    static let invertible = SpeechWord(rawValue: 2)
    /// "-ing" form: its subject is the main clause's ("…, adding that …").
    static let participle = SpeechWord(rawValue: 4)
}

enum SpeechVocabulary {
    private static let v = Vocabulary.shared

    static func speech(_ key: UInt64) -> SpeechWord? { key == 0 ? nil : verbs[key] }

    private static let verbs: [UInt64: SpeechWord] = {
        var t: [UInt64: SpeechWord] = [:]
        for w in v.entries("speech.verb") { t[LexedText.key(w)] = .verb }
        for w in v.entries("speech.verb-invertible") { t[LexedText.key(w)] = [.verb, .invertible] }
        for w in v.entries("speech.participle") { t[LexedText.key(w)] = .participle }
        t[0] = nil
        return t
    }()

    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map(LexedText.key)).subtracting([0]) }
    /// A vocabulary list as a set of word keys (words the key cannot pack are left out).
    static func set(_ list: String) -> Set<UInt64> { set(v.entries(list)) }

    static let subjectPronouns = set("speaker.subject-pronoun")
    static let personPronouns = set("speaker.person-pronoun")
    static let possessivePronouns = set("speaker.possessive-pronoun")
    static let determiners = set("speaker.determiner")

    /// Words that end a subject noun phrase when scanning away from its verb.
    static let phraseStops = set("speaker.phrase-stop")

    /// Words allowed between a subject and its verb: "China’s leader also said", "Wang on Thursday said".
    static let betweenSubjectAndVerb = set("speaker.between-subject-and-verb")

    /// Nouns naming a document whose issuer is the real speaker: "the statement said".
    static let documentNouns = set("speech.document-noun")
    /// Nouns for a news medium ("the Xinhua news agency"), shared with the entity rules (Data/vocabulary/entities.tsv).
    static let mediaNouns = set("outlet.media-noun")
    /// Nouns for a person the article describes without naming ("a senior official", "one MP").
    static let anonymousPersonNouns = set("speaker.anonymous-person-noun")
    static let issuingVerbs = set("speech.issuing-verb")
    static let office = LexedText.key("office")

    /// Words before a name that make it an object, not the subject who could be speaking:
    /// "meeting President Santoso", "talks with Zhou".
    static let objectMarkers = set("speaker.object-marker")

    /// Plural heads that name no one in particular: "experts said", "some officials told".
    static let genericPlurals = set("speaker.generic-plural")
    static let bodyPrepositions = set("speaker.body-preposition")
    static let membershipHeads = set("speaker.membership-head")
    static let openingAdjunctWords = set("speaker.opening-adjunct-word")

    /// Words that may begin an attribution-less quote's paragraph yet belong to the quoted person: "I", "We".
    static let according = LexedText.key("according")
    static let that = LexedText.key("that")
    /// "quoted X as saying", "cited X as telling": the object is the speaker.
    static let quotingAsVerbs = Set(Vocabulary.shared.entries("speech.quoting-as-verb").map(LexedText.key))
    static let to = LexedText.key("to")
    static let `as` = LexedText.key("as")
    static let saying = LexedText.key("saying")
    static let quotedVerbs = set("speech.quoting-verb")
    static let and = LexedText.key("and")
    static let of = LexedText.key("of")
    static let by = LexedText.key("by")
    static let `for` = LexedText.key("for")
}
