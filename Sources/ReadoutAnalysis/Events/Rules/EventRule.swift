// The shape of an event rule. A rule reads one pattern of English news grammar in one sentence and
// fills an event's slots through the shared argument readers (Arguments/) and the modality component;
// it never carries word lists of its own (they live in the vocabulary data). Each rule has an id
// ("meet.clause": family and pattern) stamped on what it makes, a one-line summary, and invented
// examples that the rule tests run through the whole analyzer with the rule on and off.
import ReadoutCore

protocol EventRule: Sendable {
    /// "family.pattern", unique in the registry; stamped on every event the rule makes.
    var id: String { get }
    /// One line: the pattern, with an invented example.
    var summary: String { get }
    /// Invented sentences the rule reads, and what it must read from them.
    var examples: [RuleExample] { get }
}

/// An invented article (title and body) and the event the rule must read from it.
struct RuleExample: Sendable {
    var text: String
    /// Publication day, for relative dates.
    var published: String = "2025-03-14"
    var type: EventType = .meet
    /// The participants the event must have (any order).
    var participants: [String]
    var status: EventStatus? = nil
    var date: String? = nil
    var location: String? = nil
}

/// A meeting rule tried at one trigger word. nil: the pattern is not there (try the next rule);
/// an empty list: the pattern is there and says no meeting (stop at this trigger).
protocol MeetingTriggerRule: EventRule {
    func read(at trigger: Int, in s: SentenceContext) -> [Meeting]?
}

/// A meeting rule that reads the whole sentence (named pairs, joint actions, speeches).
protocol MeetingSentenceRule: EventRule {
    func read(in s: SentenceContext) -> [Meeting]?
}

/// A rule that adds a second meeting after the sentence's first ("... and to address a forum hosted by X").
protocol MeetingFollowUpRule: EventRule {
    func read(after first: Meeting, in s: SentenceContext) -> Meeting?
}

/// A rule that completes a meeting already told instead of telling a new one ("Y also attended").
protocol MeetingAmendmentRule: EventRule {
    func amend(_ events: inout ToldEvents, _ state: inout DiscourseState, in s: SentenceContext) -> Bool
}

/// A rule for events of another family (visit, sanction, agreement, election): usually one per sentence,
/// one per traveller when several travel ("X and Y will pay state visits").
protocol SingleEventRule: EventRule {
    /// The EventLexicon family bit the sentence must carry for the rule to be tried.
    var family: UInt8 { get }
    func read(in s: SentenceContext) -> [Event]
}

extension Meeting {
    /// The meeting, stamped with the rule that read it.
    func made(by rule: String) -> Meeting {
        var m = self
        m.event.rule = rule
        return m
    }
}
