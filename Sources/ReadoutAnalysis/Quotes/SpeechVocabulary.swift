// Closed-class English words that attribution patterns hinge on: verbs of saying, pronouns,
// the function words that end a noun phrase, and the nouns that stand for a statement's
// issuer. In: a LexedText word key; out: its role. Verbs of saying are a small closed set
// of English, so they live here rather than in a knowledge file.

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
    static func speech(_ key: UInt64) -> SpeechWord? { key == 0 ? nil : verbs[key] }

    private static let verbs: [UInt64: SpeechWord] = {
        var t: [UInt64: SpeechWord] = [:]
        let invertible = [
            "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "noted", "notes", "stated",
            "explained", "insisted", "continued", "recalled", "warned", "argued", "stressed", "declared",
            "replied", "remarked", "observed", "concluded", "tweeted", "posted", "quipped", "cautioned",
            "admitted", "acknowledged", "announced", "emphasized", "emphasised", "commented", "exclaimed",
            "insists", "warns", "explains", "stresses", "responded", "answered",
        ]
        let finite = [
            "told", "tells", "urged", "urges", "vowed", "vows", "pledged", "pledges", "promised", "confirmed",
            "reported", "reports", "described", "describes", "called", "calls", "referred", "refers", "welcomed",
            "welcomes", "praised", "praises", "hailed", "hails", "voiced", "expressed", "reiterated", "reiterates",
            "emphasizes", "emphasises", "underlined", "underscored", "highlighted", "affirmed", "reaffirmed",
            "assured", "claimed", "claims", "suggested", "maintained", "mentioned", "indicated", "signalled",
            "signaled", "agreed", "cited", "quoted", "criticised", "criticized", "condemned", "lamented",
            "conceded", "predicted", "denied", "accused", "dismissed", "rejected", "demanded", "proposed",
            "opined", "joked", "slammed", "slams", "blasted", "insisted", "stressed", "thanked", "congratulated",
            "wished", "pointed", "branded", "labelled", "labeled", "termed", "dubbed", "characterized",
            "characterised", "announces", "declares", "tweets", "posts", "writes", "say", "tell", "released",
            "issued", "published",
        ]
        let participles = [
            "saying", "adding", "noting", "stressing", "telling", "writing", "stating", "emphasizing",
            "emphasising", "describing", "calling", "urging", "warning", "insisting", "explaining", "arguing",
            "declaring", "announcing", "reiterating", "underlining", "underscoring", "highlighting", "praising",
            "welcoming", "expressing", "pledging", "vowing", "citing", "quoting", "asking", "recalling",
            "acknowledging", "admitting", "claiming", "suggesting", "affirming", "reaffirming", "hailing",
            "referring", "voicing", "accusing", "demanding", "promising", "branding", "dubbing", "terming",
        ]
        for w in finite { t[LexedText.key(w)] = .verb }
        for w in invertible { t[LexedText.key(w)] = [.verb, .invertible] }
        for w in participles { t[LexedText.key(w)] = .participle }
        t[0] = nil
        return t
    }()

    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map(LexedText.key)).subtracting([0]) }

    static let subjectPronouns = set(["he", "she", "it", "they", "i", "we", "you"])
    static let personPronouns = set(["he", "she", "his", "her", "him"])
    static let possessivePronouns = set(["his", "her", "its", "their"])
    static let determiners = set(["the", "a", "an", "this", "that", "these", "those"])

    /// Words that end a subject noun phrase when scanning away from its verb.
    static let phraseStops = set([
        "that", "and", "but", "or", "nor", "while", "when", "whereas", "after", "before", "because", "as", "if",
        "although", "though", "where", "which", "who", "whom", "whose", "so", "since", "then", "than", "in", "on",
        "at", "from", "with", "by", "to", "into", "onto", "about", "over", "under", "during", "without",
        "through", "between", "against", "among", "amid", "upon", "via", "per", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "do", "does", "did", "not", "also", "meanwhile", "however", "separately", "instead", "moreover",
        "still", "now", "later", "earlier", "afterwards", "thus", "yet", "even", "just", "both", "reportedly",
        "previously", "recently", "once", "again", "further", "too", "said", "says", "told", "how", "why",
        "what", "whether", "until", "unless", "like", "following", "ahead", "amongst", "toward", "towards",
        "despite", "within", "across", "around", "near", "outside", "inside", "beyond", "whom",
    ])

    /// Words allowed between a subject and its verb: "China’s leader also said", "Wang on Thursday said".
    static let betweenSubjectAndVerb = set([
        "also", "further", "later", "earlier", "then", "again", "previously", "recently", "separately",
        "reportedly", "once", "subsequently", "publicly", "repeatedly", "has", "have", "had", "was", "were",
        "is", "would", "will", "had", "not", "himself", "herself", "itself", "themselves", "privately",
        "initially", "first", "last", "today", "yesterday", "tonight", "on", "late", "early", "in", "this",
        "morning", "evening", "afternoon", "night", "simply", "bluntly", "openly", "flatly", "directly",
        "explicitly", "clearly", "quickly", "immediately", "formally", "officially", "jointly", "personally",
        "reportedly", "still", "even", "only", "already", "always", "never",
    ])

    /// Nouns naming a document whose issuer is the real speaker: "the statement said".
    static let documentNouns = set(["statement", "release", "readout", "communique", "communiqué", "post",
                                    "message", "letter", "report", "notice", "declaration", "announcement"])
    static let issuingVerbs = set(["released", "issued", "published", "posted", "sent", "put", "shared",
                                   "circulated", "distributed"])
    static let office = LexedText.key("office")

    /// Words before a name that make it an object, not the subject who could be speaking:
    /// "meeting President Santoso", "talks with Zhou".
    static let objectMarkers = set([
        "with", "to", "by", "for", "from", "of", "on", "in", "at", "against", "about", "meet", "meeting", "met",
        "meets", "call", "called", "calling", "visit", "visited", "visiting", "host", "hosted", "hosting",
        "thanked", "told", "urged", "invited", "welcomed", "received", "greeted", "joined", "accompanied",
        "replaced", "succeeded", "defeated", "beat", "named", "appointed", "praised", "criticised", "criticized",
        "accused", "like", "than", "between", "among", "congratulated", "phoned", "sanctioned", "elected",
    ])

    /// Plural heads that name no one in particular: "experts said", "some officials told".
    static let genericPlurals = set([
        "experts", "analysts", "officials", "critics", "observers", "sources", "diplomats", "people", "others",
        "many", "some", "residents", "commentators", "scholars", "lawmakers", "legislators", "activists",
        "protesters", "reports", "media", "researchers", "economists", "witnesses", "they", "insiders",
        "both", "all", "several", "few", "those", "leaders", "sides", "countries", "nations", "ministers",
        "parties", "governments", "delegations", "states", "members", "participants",
    ])

    /// Words that may begin an attribution-less quote's paragraph yet belong to the quoted person: "I", "We".
    static let according = LexedText.key("according")
    static let to = LexedText.key("to")
    static let `as` = LexedText.key("as")
    static let saying = LexedText.key("saying")
    static let quotedVerbs = set(["quoted", "cited", "paraphrased", "quoting", "citing"])
    static let and = LexedText.key("and")
    static let of = LexedText.key("of")
    static let by = LexedText.key("by")
    static let `for` = LexedText.key("for")
}
