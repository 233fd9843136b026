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
    static let visitTravelWords = v.set("visit.word")
    static let visitAttendVerbs = v.set("visit.attend-verb")
    static let visitDispatchVerbs = v.set("visit.dispatch-verb")
    static let visitBeVerbs = v.set("visit.be-verb")
    static let visitGatheringNouns = v.set("visit.gathering-noun")
    static let visitLightVerbs = v.set("visit.light-verb")
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
    static let postingNouns = v.set("place.posting-noun")
    static let topicWords = v.map("topic.keyword")
    static let smallNumbers = v.map("number.small").compactMapValues { Int($0) }

    // Small closed classes the rules and argument readers test words against.
    static let agreeCounterpartyPreposition = v.set("agree.counterparty-preposition")
    static let agreeViewComplement = v.set("agree.view-complement")
    static let articleAny = v.set("article.any")
    static let articleIndefinite = v.set("article.indefinite")
    static let clauseAppositionVerb = v.set("clause.apposition-verb")
    static let clauseBeHave = v.set("clause.be-have")
    static let clauseModal = v.set("clause.modal")
    static let clauseRelative = v.set("clause.relative")
    static let clauseRelativeOrSince = v.set("clause.relative-or-since")
    static let clauseSubjectVerbFiller = v.set("clause.subject-verb-filler")
    static let clauseSubordinatorBreak = v.set("clause.subordinator-break")
    static let clauseTemporalPreposition = v.set("clause.temporal-preposition")
    static let collectiveListFiller = v.set("collective.list-filler")
    static let collectiveOpeningOrgFiller = v.set("collective.opening-org-filler")
    static let collectiveOriginPreposition = v.set("collective.origin-preposition")
    static let electionBallotNoun = v.set("election.ballot-noun")
    static let electionBallotOwner = v.set("election.ballot-owner")
    static let electionPlacePreposition = v.set("election.place-preposition")
    static let meetAnaphoricEventNoun = v.set("meet.anaphoric-event-noun")
    static let meetAttendVerb = v.set("meet.attend-verb")
    static let meetAttendableGathering = v.set("meet.attendable-gathering")
    static let meetAttendedNoun = v.set("meet.attended-noun")
    static let meetAudiencePreposition = v.set("meet.audience-preposition")
    static let meetCallParticle = v.set("meet.call-particle")
    static let meetCallVerb = v.set("meet.call-verb")
    static let meetCalledVerb = v.set("meet.called-verb")
    static let meetCourtesyModifier = v.set("meet.courtesy-modifier")
    static let meetHostVerb = v.set("meet.host-verb")
    static let meetInPersonCue = v.set("meet.in-person-cue")
    static let meetIncludeVerb = v.set("meet.include-verb")
    static let meetJoinVerb = v.set("meet.join-verb")
    static let meetJointFiller = v.set("meet.joint-filler")
    static let meetJointNameFiller = v.set("meet.joint-name-filler")
    static let meetObjectFiller = v.set("meet.object-filler")
    static let meetSessionNoun = v.set("meet.session-noun")
    static let meetSpeechNoun = v.set("meet.speech-noun")
    static let modalityAuxAfterTrigger = v.set("modality.aux-after-trigger")
    static let modalityCallParticle = v.set("modality.call-particle")
    static let modalityCallVerb = v.set("modality.call-verb")
    static let modalityInversionSubject = v.set("modality.inversion-subject")
    static let modalityPassiveAux = v.set("modality.passive-aux")
    static let modalityRequestGovernor = v.set("modality.request-governor")
    static let orthographyPossessive = v.set("orthography.possessive")
    static let placeBodyPreposition = v.set("place.body-preposition")
    static let placeNamedGatheringNoun = v.set("place.named-gathering-noun")
    static let placePlaceCue = v.set("place.place-cue")
    static let placePreposition = v.set("place.preposition")
    static let placeRecentPlaceCue = v.set("place.recent-place-cue")
    static let placeSitePreposition = v.set("place.site-preposition")
    static let pronounPossessive = v.set("pronoun.possessive")
    static let pronounPossessiveSingular = v.set("pronoun.possessive-singular")
    static let referenceCounterpart = v.set("reference.counterpart")
    static let referenceCountryNoun = v.set("reference.country-noun")
    static let referenceDependentNoun = v.set("reference.dependent-noun")
    static let referencePairQuantifier = v.set("reference.pair-quantifier")
    static let referencePossessiveDeterminer = v.set("reference.possessive-determiner")
    static let referenceSideNoun = v.set("reference.side-noun")
    static let speechReportingVerbAfter = v.set("speech.reporting-verb-after")
    static let speechReportingVerbBefore = v.set("speech.reporting-verb-before")
    static let timeAfterwards = v.set("time.afterwards")
    static let timeBeforeAfter = v.set("time.before-after")
    static let timeCountUnit = v.set("time.count-unit")
    static let timeDayUnit = v.set("time.day-unit")
    static let timeRelativeDirection = v.set("time.relative-direction")
    static let titleAppositionHead = v.set("title.apposition-head")
    static let titlePortfolioPreposition = v.set("title.portfolio-preposition")
    static let titlePortfolioWord = v.set("title.portfolio-word")
    static let visitDestinationFiller = v.set("visit.destination-filler")
    static let visitNoun = v.set("visit.noun")
    static let visitPlacePreposition = v.set("visit.place-preposition")
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
    static let anyTrigger: Set<String> = meetVerbs.union(visitWords).union(sanctionWords).union(agreeWords).union(electionWords)
        .union(jointVerbs).union(gatheringWords).union(v.set("meet.amendment-cue"))
}
