// What scoring found: every figure score.py prints, and per document the misses and false
// alarms behind them, so a developer can see which rule to fix.
// In: filled by Scorer. Out: read by `readout eval` (table or JSON).

public struct EntityRef: Codable, Hashable, Sendable {
    public var name: String
    public var type: String
}

/// An unordered participant pair of a MEET event, as written.
public struct PairRef: Codable, Hashable, Sendable {
    public var first: String
    public var second: String
}

/// A matched MEET pair whose predicted date or place differs from the gold.
public struct FieldMiss: Codable, Hashable, Sendable {
    public var pair: PairRef
    public var gold: String?
    /// The gold's `date_if_inferred`, also accepted when the gold date is null.
    public var goldIfInferred: String?
    public var predicted: String?

    enum CodingKeys: String, CodingKey {
        case pair, gold, predicted
        case goldIfInferred = "gold_if_inferred"
    }
}

public struct QuoteRef: Codable, Hashable, Sendable {
    public var speaker: String?
    public var text: String
}

/// A VISIT, SANCTION, AGREE or ELECTION event as written, for the misses and false alarms.
public struct EventRef: Codable, Hashable, Sendable {
    public var type: String
    public var participants: [String]
    public var status: String?
}

/// A matched MEET pair or other event whose predicted status differs from the gold's.
/// For MEET, `participants` is the gold pair; otherwise the gold event's participants.
public struct StatusMiss: Codable, Hashable, Sendable {
    public var type: String
    public var participants: [String]
    public var gold: String?
    public var predicted: String?
}

/// Gold and predicted event counts of one event type.
public struct EventTypeCount: Codable, Hashable, Sendable {
    public var gold = 0
    public var predicted = 0
    /// Predicted events left out of scoring for their status ("negated", "hypothetical", ...);
    /// included in `predicted`.
    public var notScored = 0

    enum CodingKeys: String, CodingKey {
        case gold, predicted
        case notScored = "not_scored"
    }
}

public struct DocumentReport: Codable, Hashable, Sendable {
    public var id: String
    /// True when the prediction has no document with this id (everything counts as missed).
    public var missing = false
    public var entities = MatchCounts()
    public var meetPairs = MatchCounts()
    public var quotes = MatchCounts()
    /// VISIT, SANCTION, AGREE and ELECTION together.
    public var otherEvents = MatchCounts()
    public var missedEntities: [EntityRef] = []
    public var falseEntities: [EntityRef] = []
    public var missedPairs: [PairRef] = []
    public var falsePairs: [PairRef] = []
    public var wrongDates: [FieldMiss] = []
    public var wrongLocations: [FieldMiss] = []
    public var missedQuotes: [QuoteRef] = []
    public var falseQuotes: [QuoteRef] = []
    public var missedEvents: [EventRef] = []
    /// Unmatched predictions, wrongly typed ones included.
    public var falseEvents: [EventRef] = []
    /// Over matched MEET pairs and matched other events.
    public var wrongStatuses: [StatusMiss] = []

    enum CodingKeys: String, CodingKey {
        case id, missing, entities, quotes
        case meetPairs = "meet_pairs", missedEntities = "missed_entities", falseEntities = "false_entities"
        case missedPairs = "missed_pairs", falsePairs = "false_pairs", wrongDates = "wrong_dates"
        case wrongLocations = "wrong_locations", missedQuotes = "missed_quotes", falseQuotes = "false_quotes"
        case otherEvents = "other_events", missedEvents = "missed_events", falseEvents = "false_events"
        case wrongStatuses = "wrong_statuses"
    }

    public var hasFindings: Bool {
        missing || !(missedEntities.isEmpty && falseEntities.isEmpty && missedPairs.isEmpty && falsePairs.isEmpty
            && wrongDates.isEmpty && wrongLocations.isEmpty && missedQuotes.isEmpty && falseQuotes.isEmpty
            && missedEvents.isEmpty && falseEvents.isEmpty && wrongStatuses.isEmpty)
    }
}

public struct EvalReport: Codable, Hashable, Sendable {
    public var entities = MatchCounts()
    /// Keyed by type as written ("?" for a prediction without one).
    public var entitiesByType: [String: MatchCounts] = [:]
    public var meetPairs = MatchCounts()
    /// Matched MEET pairs with the right date.
    public var dates = Ratio()
    /// Matched MEET pairs whose gold names a place, with a compatible predicted place.
    public var locations = Ratio()
    public var quotes = MatchCounts()
    /// VISIT, SANCTION, AGREE and ELECTION, each matched by shared participants.
    public var otherEventsByType: [String: MatchCounts] = [:]
    /// Matched MEET pairs and matched other events with the gold's status.
    public var status = Ratio()
    public var crossDocumentEvents = Ratio()
    public var conflicts = Ratio()
    public var predictedConflicts = 0
    public var missingDocuments: [String] = []
    /// Every event type seen in gold or prediction (MEET included) → event counts.
    public var eventsByType: [String: EventTypeCount] = [:]
    public var documents: [DocumentReport] = []
    /// Keys of gold cross-document events and conflicts no prediction covers.
    public var missedCrossDocumentEvents: [String] = []
    public var missedConflicts: [String] = []

    public init() {}

    /// Entity types in score.py's order (sorted by code point).
    public var entityTypes: [String] {
        entitiesByType.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// The four types score.py scores besides MEET, in its order.
    public static let otherEventTypes = ["VISIT", "SANCTION", "AGREE", "ELECTION"]

    /// The four other types together (score.py's `other_event_counts`).
    public var otherEvents: MatchCounts {
        EvalReport.otherEventTypes.map { otherEventsByType[$0] ?? MatchCounts() }.reduce(MatchCounts(), +)
    }

    /// The five FORMAT.md types first, then any other type seen.
    public var eventTypes: [String] {
        let known = ["MEET"] + EvalReport.otherEventTypes
        return known.filter { eventsByType[$0] != nil } + eventsByType.keys.filter { !known.contains($0) }.sorted()
    }
}
