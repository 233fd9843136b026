// The words that signal each event type, its status and a meeting's mode.
// Closed-class English vocabulary of diplomatic reporting, not names.

enum EventLexicon {
    /// Words that by themselves say a meeting took place or will take place.
    static let meetVerbs: Set<String> = [
        "met", "meet", "meets", "meeting", "meetings", "talks", "discussed", "spoke", "speak", "speaks", "spoken", "call", "called",
        "conversation", "received", "receives", "hosted", "hosts", "conferred", "sat", "joined", "held", "holds",
        "hold", "phoned", "telephoned", "videoconference", "discussions", "seminar", "dialogue", "symposium", "roundtable",
        "welcomed", "welcomes", "hosted", "hosts",
    ]
    /// Triggers that need a companion word nearby to mean a meeting ("held talks", "called on", "sat down with",
    /// "spoke to", "received ... in audience").
    static let weakMeetVerbs: Set<String> = [
        "held", "holds", "hold", "joined", "sat", "called", "call", "received", "receives", "hosted", "hosts",
        "spoke", "speak", "speaks", "spoken", "discussions", "welcomed", "welcomes",
    ]
    static let meetCompanions: Set<String> = [
        "talks", "meeting", "discussions", "with", "on", "down", "audience", "conversation", "to", "delegation",
        "counterpart", "counterparts", "delegations", "phone", "between", "by", "video", "telephone", "summit",
        "dialogue", "seminar", "consultations", "negotiations", "meetings", "conference", "roundtable",
    ]
    static let phoneWords: Set<String> = ["phone", "telephone", "call", "called", "phoned", "telephoned", "calls", "conversation", "dialled", "dialed"]
    static let virtualWords: Set<String> = ["video", "virtual", "virtually", "online", "videoconference", "video-link", "videolink", "zoom"]

    static let visitWords: Set<String> = ["visit", "visited", "visiting", "visits", "trip", "arrived", "arrives", "landed", "travelled", "traveled", "travel", "travels", "tour", "toured"]
    static let sanctionWords: Set<String> = ["sanction", "sanctions", "sanctioned", "penalties", "embargo", "blacklisted"]
    static let agreeWords: Set<String> = ["agreement", "agreements", "signed", "sign", "accord", "deal", "memorandum", "treaty", "extension", "extend", "extended", "renewed", "renew"]
    static let electionWords: Set<String> = ["election", "elections", "vote", "polls", "runoff", "ballot", "ballots", "referendum"]

    /// Words in the same clause that put the event in the future.
    static let futureCues: Set<String> = [
        "will", "shall", "plans", "planned", "plan", "scheduled", "slated", "expected", "due", "set", "upcoming",
        "to", "would", "’ll", "'ll", "going", "ahead", "later", "next",
    ]
    /// Words that mark the sentence as someone else's unconfirmed account.
    static let reportedCues: Set<String> = ["reportedly", "allegedly", "purportedly", "rumoured", "rumored"]

    static let pronouns: Set<String> = ["he", "she"]

    /// One lookup per token tells which event families a sentence can hold.
    static let meetBit: UInt8 = 1, visitBit: UInt8 = 2, sanctionBit: UInt8 = 4, agreeBit: UInt8 = 8, electionBit: UInt8 = 16, otherBit: UInt8 = 32
    static let families: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        for w in anyTrigger { map[w, default: 0] |= otherBit }
        for w in meetVerbs { map[w, default: 0] |= meetBit }
        for w in visitWords { map[w, default: 0] |= visitBit }
        for w in sanctionWords { map[w, default: 0] |= sanctionBit }
        for w in agreeWords { map[w, default: 0] |= agreeBit }
        for w in electionWords { map[w, default: 0] |= electionBit }
        return map
    }()

    /// Every word that can start any event rule; a sentence without one is skipped.
    static let anyTrigger: Set<String> = meetVerbs.union(visitWords).union(sanctionWords).union(agreeWords).union(electionWords)
        .union(EventExtractor.jointVerbs).union(EventExtractor.gatheringWords)
        .union(["attended", "attend", "attends", "joined", "join", "joins", "participated", "participate", "accompanied",
                "included", "including", "involved", "speech", "address", "lecture", "remarks", "keynote", "event",
                "visit", "call", "meetings"])
    static let groupReferences: Set<String> = ["leaders", "presidents", "ministers", "sides", "premiers", "heads"]
}
