// Every event rule, in the order the reader tries them. Adding a pattern is adding a rule file and
// one line here. Within a group the first rule that reads the sentence wins; `without(_:)` takes
// rules out by id (`readout eval --by-rule` measures what each one is worth that way).
struct EventRuleRegistry: Sendable {
    /// Sentences that complete a meeting already told ("accompanied by", "also attended").
    var amendments: [any MeetingAmendmentRule]
    /// Meetings named outright, whatever the sentence's verbs say ("the A-B talks").
    var namedMeetings: [any MeetingSentenceRule]
    /// Rules tried at each meeting trigger in turn.
    var triggerMeetings: [any MeetingTriggerRule]
    /// A second meeting after the first ("... and to address a forum hosted by X").
    var followUps: [any MeetingFollowUpRule]
    /// Meetings told in a clause of their own — about one person ("X, who met Y last week, ...") or a gathering's
    /// host ("after a meeting hosted by X") — read besides the sentence's own.
    var clauseMeetings: [any MeetingSentenceRule]
    /// Meetings read without a meeting trigger, when no trigger gave one.
    var fallbackMeetings: [any MeetingSentenceRule]
    /// Visits, sanctions, agreements and elections: one of each per sentence.
    var singleEvents: [any SingleEventRule]

    static let standard = EventRuleRegistry(
        amendments: [EntourageJoinsMeeting(), AttendeesJoinMeeting()],
        namedMeetings: [HyphenatedPairMeeting()],
        triggerMeetings: [LeadingPhraseMeetings(), SeparateMeetings(), SeparatelyDatedMeetings(), MeetingDatedFromLastEvent(),
                          RelativelyDatedMeetings(), ClauseMeeting(), LoneGathering()],
        followUps: [SpeechAfterMeeting(), WhereClauseMeeting(), LaterPredicateMeeting()],
        clauseMeetings: [RelativeClauseMeeting(), HostedGatheringMeeting()],
        fallbackMeetings: [JointActionMeeting(), SpeechAudienceMeeting()],
        singleEvents: [TravellerVisit(), RelativeClauseVisit(), AttendGatheringVisit(), PresenceVisit(), DispatchVisit(), InvitationVisit(),
                       ImposerSanction(), PartiesAgreement(), VotingPlaceElection()])

    /// Every rule, in registry order.
    var all: [any EventRule] {
        amendments as [any EventRule] + namedMeetings + triggerMeetings + followUps + clauseMeetings + fallbackMeetings + singleEvents
    }

    /// The registry without the rules whose ids are given.
    func without(_ ids: Set<String>) -> EventRuleRegistry {
        guard !ids.isEmpty else { return self }
        return EventRuleRegistry(
            amendments: amendments.filter { !ids.contains($0.id) },
            namedMeetings: namedMeetings.filter { !ids.contains($0.id) },
            triggerMeetings: triggerMeetings.filter { !ids.contains($0.id) },
            followUps: followUps.filter { !ids.contains($0.id) },
            clauseMeetings: clauseMeetings.filter { !ids.contains($0.id) },
            fallbackMeetings: fallbackMeetings.filter { !ids.contains($0.id) },
            singleEvents: singleEvents.filter { !ids.contains($0.id) })
    }
}
