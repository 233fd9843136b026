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

/// Gold and predicted event counts of one event type.
public struct EventTypeCount: Codable, Hashable, Sendable {
    public var gold = 0
    public var predicted = 0
}

public struct DocumentReport: Codable, Hashable, Sendable {
    public var id: String
    /// True when the prediction has no document with this id (everything counts as missed).
    public var missing = false
    public var entities = MatchCounts()
    public var meetPairs = MatchCounts()
    public var quotes = MatchCounts()
    public var missedEntities: [EntityRef] = []
    public var falseEntities: [EntityRef] = []
    public var missedPairs: [PairRef] = []
    public var falsePairs: [PairRef] = []
    public var wrongDates: [FieldMiss] = []
    public var wrongLocations: [FieldMiss] = []
    public var missedQuotes: [QuoteRef] = []
    public var falseQuotes: [QuoteRef] = []

    enum CodingKeys: String, CodingKey {
        case id, missing, entities, quotes
        case meetPairs = "meet_pairs", missedEntities = "missed_entities", falseEntities = "false_entities"
        case missedPairs = "missed_pairs", falsePairs = "false_pairs", wrongDates = "wrong_dates"
        case wrongLocations = "wrong_locations", missedQuotes = "missed_quotes", falseQuotes = "false_quotes"
    }

    public var hasFindings: Bool {
        missing || !(missedEntities.isEmpty && falseEntities.isEmpty && missedPairs.isEmpty && falsePairs.isEmpty
            && wrongDates.isEmpty && wrongLocations.isEmpty && missedQuotes.isEmpty && falseQuotes.isEmpty)
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

    /// The five FORMAT.md types first, then any other type seen.
    public var eventTypes: [String] {
        let known = ["MEET", "VISIT", "SANCTION", "AGREE", "ELECTION"]
        return known.filter { eventsByType[$0] != nil } + eventsByType.keys.filter { !known.contains($0) }.sorted()
    }
}
