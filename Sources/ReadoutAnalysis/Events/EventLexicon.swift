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
    static let meetInPersonVerb = v.set("meet.in-person-verb")
    static let objectPronouns = v.set("pronoun.singular-object")
    static let virtualWords = v.set("meet.virtual-cue")
    static let jointVerbs = v.set("meet.joint-verb")
    static let gatheringWords = v.set("meet.gathering")

    static let visitWords = v.set("visit.trigger")
    static let visitTravelWords = v.set("visit.word")
    static let visitAttendVerbs: [String] = v.entries("visit.attend-verb")
    static let visitDispatchVerbs = v.set("visit.dispatch-verb")
    static let visitBeVerbs: [String] = v.entries("visit.be-verb")
    static let visitGatheringNouns = v.set("visit.gathering-noun")
    static let visitLightVerbs = v.set("visit.light-verb")
    static let sanctionWords = v.set("sanction.trigger")
    static let agreeWords = v.set("agree.trigger")
    static let electionWords = v.set("election.trigger")

    static let reportedCues: [String] = v.entries("modality.reported-adverb")
    static let wishVerbs = v.set("modality.asking-verb")

    static let clauseBreaks = v.set("clause.break")
    static let nonFiniteSubordinators = v.set("clause.non-finite-subordinator")
    static let auxiliaries = v.set("clause.auxiliary")
    static let pronounWords: [String] = v.entries("pronoun.singular-subject")
    static let groupPronouns: [String] = v.entries("pronoun.group-subject")
    static let groupWords = v.set("reference.group-noun")
    static let leaderGroupWords: [String] = v.entries("reference.leader-group-noun")
    static let leaderWords = v.set("title.leader-noun")
    static let bodyHeadWords = v.set("title.body-head-noun")
    static let peopleNouns = v.set("collective.people-noun")
    static let meetReceptionVerb: [String] = v.entries("meet.reception-verb")
    static let timeReportingVerb = v.set("time.reporting-verb")
    static let electionAheadCue: [String] = v.entries("election.ahead-cue")
    static let meetDuringTripCue: [String] = v.entries("meet.during-trip-cue")
    static let bodySittingNouns: [String] = v.entries("meet.body-sitting-noun")
    static let settingPrepositions: [String] = v.entries("meet.setting-preposition")
    static let timeRangeLink: [String] = v.entries("time.range-link")
    static let receptionObjectFiller: [String] = v.entries("meet.reception-object-filler")
    static let topicNouns = v.set("place.topic-noun")
    static let kinshipNouns: [String] = v.entries("reference.kinship-noun")
    static let otherEventNouns = v.set("reference.other-event-noun")
    static let postingNouns = v.set("place.posting-noun")
    static let topicWords = v.map("topic.keyword")
    static let smallNumbers = v.map("number.small").compactMapValues { Int($0) }

    // Small closed classes the rules and argument readers test words against.
    static let agreeCounterpartyPreposition: [String] = v.entries("agree.counterparty-preposition")
    static let agreeViewComplement: [String] = v.entries("agree.view-complement")
    static let articleAny: [String] = v.entries("article.any")
    static let articleIndefinite: [String] = v.entries("article.indefinite")
    static let clauseAppositionVerb = v.set("clause.apposition-verb")
    static let clauseBeHave = v.set("clause.be-have")
    static let clauseModal: [String] = v.entries("clause.modal")
    static let clauseRelative: [String] = v.entries("clause.relative")
    static let clauseRelativeOrSince: [String] = v.entries("clause.relative-or-since")
    static let clauseSubjectVerbFiller = v.set("clause.subject-verb-filler")
    static let clauseSubordinatorBreak: [String] = v.entries("clause.subordinator-break")
    static let clauseTemporalPreposition: [String] = v.entries("clause.temporal-preposition")
    static let collectiveListFiller: [String] = v.entries("collective.list-filler")
    static let collectiveOpeningOrgFiller: [String] = v.entries("collective.opening-org-filler")
    static let collectiveOriginPreposition: [String] = v.entries("collective.origin-preposition")
    static let electionBallotNoun: [String] = v.entries("election.ballot-noun")
    static let electionBallotOwner = v.set("election.ballot-owner")
    static let electionPlacePreposition: [String] = v.entries("election.place-preposition")
    static let meetAnaphoricEventNoun = v.set("meet.anaphoric-event-noun")
    static let meetAttendVerb: [String] = v.entries("meet.attend-verb")
    static let meetAttendableGathering: [String] = v.entries("meet.attendable-gathering")
    static let meetAttendedNoun = v.set("meet.attended-noun")
    static let meetAudiencePreposition: [String] = v.entries("meet.audience-preposition")
    static let meetCallParticle: [String] = v.entries("meet.call-particle")
    static let meetCallVerb: [String] = v.entries("meet.call-verb")
    static let meetCalledVerb: [String] = v.entries("meet.called-verb")
    static let meetCourtesyModifier: [String] = v.entries("meet.courtesy-modifier")
    static let meetHostVerb: [String] = v.entries("meet.host-verb")
    static let meetHostedNoun = v.set("meet.hosted-noun")
    static let bystanderOccupations = v.set("meet.bystander-occupation")
    static let arrivalOpeners = v.set("time.arrival-opener")
    static let arrivalNouns = v.set("time.arrival-noun")
    static let meetInPersonCue = v.set("meet.in-person-cue")
    static let meetIncludeVerb: [String] = v.entries("meet.include-verb")
    static let meetJoinVerb = v.set("meet.join-verb")
    static let meetJointFiller = v.set("meet.joint-filler")
    static let meetJointNameFiller: [String] = v.entries("meet.joint-name-filler")
    static let meetObjectFiller: [String] = v.entries("meet.object-filler")
    static let meetSessionNoun: [String] = v.entries("meet.session-noun")
    static let meetSpeechNoun: [String] = v.entries("meet.speech-noun")
    static let modalityAuxAfterTrigger = v.set("modality.aux-after-trigger")
    static let modalityCallParticle: [String] = v.entries("modality.call-particle")
    static let modalityCallVerb: [String] = v.entries("modality.call-verb")
    static let modalityInversionSubject: [String] = v.entries("modality.inversion-subject")
    static let modalityPassiveAux: [String] = v.entries("modality.passive-aux")
    static let modalityRequestGovernor: [String] = v.entries("modality.request-governor")
    static let orthographyPossessive: [String] = v.entries("orthography.possessive")
    static let placeBodyPreposition: [String] = v.entries("place.body-preposition")
    static let placeNamedGatheringNoun: [String] = v.entries("place.named-gathering-noun")
    static let placePlaceCue = v.set("place.place-cue")
    static let placePreposition: [String] = v.entries("place.preposition")
    static let placeRecentPlaceCue: [String] = v.entries("place.recent-place-cue")
    static let placeSitePreposition: [String] = v.entries("place.site-preposition")
    static let pronounPossessive: [String] = v.entries("pronoun.possessive")
    static let pronounPossessiveSingular: [String] = v.entries("pronoun.possessive-singular")
    static let referenceCounterpart: [String] = v.entries("reference.counterpart")
    static let referenceCountryNoun: [String] = v.entries("reference.country-noun")
    static let referenceDependentNoun = v.set("reference.dependent-noun")
    static let referencePairQuantifier: [String] = v.entries("reference.pair-quantifier")
    static let referencePossessiveDeterminer: [String] = v.entries("reference.possessive-determiner")
    static let referenceSideNoun: [String] = v.entries("reference.side-noun")
    static let speechReportingVerbAfter: [String] = v.entries("speech.reporting-verb-after")
    static let speechReportingVerbBefore: [String] = v.entries("speech.reporting-verb-before")
    static let timeAfterwards: [String] = v.entries("time.afterwards")
    static let timeBeforeAfter: [String] = v.entries("time.before-after")
    static let timeCountUnit: [String] = v.entries("time.count-unit")
    static let timeDayUnit: [String] = v.entries("time.day-unit")
    static let timeRelativeDirection: [String] = v.entries("time.relative-direction")
    static let titleAppositionHead: [String] = v.entries("title.apposition-head")
    static let titlePortfolioPreposition: [String] = v.entries("title.portfolio-preposition")
    static let titlePortfolioWord = v.set("title.portfolio-word")
    static let visitDestinationFiller: [String] = v.entries("visit.destination-filler")
    static let visitNoun: [String] = v.entries("visit.noun")
    static let visitPlacePreposition: [String] = v.entries("visit.place-preposition")
    static let visitVerbBefore = v.set("visit.verb-before")
    static let organisationDescriptionNoun = v.set("reference.organisation-noun")
    static let leadingPhraseOpeners = v.phrases("meet.leading-phrase-opener")

    /// One lookup per token tells which event families a sentence can hold.
    static let meetBit: UInt8 = 1, visitBit: UInt8 = 2, sanctionBit: UInt8 = 4, agreeBit: UInt8 = 8, electionBit: UInt8 = 16, otherBit: UInt8 = 32
    static let families: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        // Words that start a meeting rule without a meeting verb: joint actions, gatherings, amendments, speeches.
        for w in jointVerbs.union(gatheringWords).union(v.set("meet.amendment-cue")) { map[w, default: 0] |= otherBit }
        for w in meetVerbs { map[w, default: 0] |= meetBit }
        for w in visitWords { map[w, default: 0] |= visitBit }
        for w in sanctionWords { map[w, default: 0] |= sanctionBit }
        for w in agreeWords { map[w, default: 0] |= agreeBit }
        for w in electionWords { map[w, default: 0] |= electionBit }
        return map
    }()

    /// Every word that can start any event rule; a sentence without one is skipped.
    static let anyTrigger: WordSet = meetVerbs.union(visitWords).union(sanctionWords).union(agreeWords).union(electionWords)
        .union(jointVerbs).union(gatheringWords).union(v.set("meet.amendment-cue"))
}
