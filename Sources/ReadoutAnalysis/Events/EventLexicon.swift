// The words the event rules and argument readers share, read once from the vocabulary data
// (ReadoutKnowledge's Data/vocabulary/events.tsv names each list and its source). Swift names here
// only give the lists types; no word is written in this file.
import ReadoutKnowledge

enum EventLexicon {
    private static let v = Vocabulary.shared

    static let meetVerbs = v.set("meet.trigger")
    static let weakMeetVerbs = v.set("meet.weak-trigger")
    static let meetCompanions = v.set("meet.companion")
    static let phoneWords = v.set("meet.phone-cue")
    static let virtualWords = v.set("meet.virtual-cue")
    static let jointVerbs = v.set("meet.joint-verb")
    static let gatheringWords = v.set("meet.gathering")

    static let visitWords = v.set("visit.trigger")
    static let sanctionWords = v.set("sanction.trigger")
    static let agreeWords = v.set("agree.trigger")
    static let electionWords = v.set("election.trigger")

    static let reportedCues = v.set("modality.reported-adverb")
    static let wishVerbs = v.set("modality.asking-verb")

    static let clauseBreaks = v.set("clause.break")
    static let nonFiniteSubordinators = v.set("clause.non-finite-subordinator")
    static let auxiliaries = v.set("clause.auxiliary")
    static let pronounWords = v.set("pronoun.singular-subject")
    static let groupPronouns = v.set("pronoun.group-subject")
    static let groupWords = v.set("reference.group-noun")
    static let leaderGroupWords = v.set("reference.leader-group-noun")
    static let leaderWords = v.set("title.leader-noun")
    static let peopleNouns = v.set("collective.people-noun")
    static let topicNouns = v.set("place.topic-noun")
    static let topicWords = v.map("topic.keyword")
    static let smallNumbers = v.map("number.small").compactMapValues { Int($0) }

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
        .union(jointVerbs).union(gatheringWords).union(v.set("meet.amendment-cue"))
}
