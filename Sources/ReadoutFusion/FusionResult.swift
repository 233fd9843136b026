// What fusion produces across a set of articles: global entities, fused events with every report,
// conflicts between (and inside) reports, stories, inferred publication dates and source comparisons.
// All values are Codable and Sendable; ContractBridge.swift turns them into the output contract.
import ReadoutCore

/// One real-world person, organization or place across documents.
@dynamicMemberLookup
public struct GlobalEntity: Codable, Hashable, Sendable {
    /// Stable readable id: type and slug of the name ("person:jonathan-finer").
    public var id: String
    /// The fullest name any document gives; every other form used anywhere, in first-seen order;
    /// every role any document gives (one per wording); the country most documents give.
    public var profile: EntityProfile
    /// Ids of the documents that mention it, in input order.
    public var documents: [String]
    /// Document id → the name that document gives it.
    public var forms: [String: String]

    @inlinable
    public subscript<Value>(dynamicMember field: WritableKeyPath<EntityProfile, Value>) -> Value {
        get { profile[keyPath: field] }
        set { profile[keyPath: field] = newValue }
    }

    /// Every form used anywhere: the name, then its aliases.
    public var names: [String] { [profile.name] + profile.aliases }
}

/// One document's account of a fused event: the event as that document's analysis reads it
/// (its id, status, mode, date, place, participants and sentence), where it came from, and who
/// its participants are across documents.
public struct EventReport: Codable, Hashable, Sendable {
    public var document: String
    /// Outlet name, or `Outlets.unknown` when the article names none.
    public var outlet: String
    /// The event in that document's analysis (inferred publication dates applied).
    public var event: Event
    /// The global entity ids of `event.participants`, in order, each once.
    public var participantIDs: [String]
}

/// One real-world event with every report of it.
public struct FusedEvent: Codable, Hashable, Sendable {
    public var id: String
    /// Readable key: participants and date ("finer-liu-2024-01").
    public var key: String
    public var type: EventType
    /// Global names and ids of everyone any report names, most reported first.
    public var participants: [String]
    public var participantIDs: [String]
    /// The date most reports give (occurred reports first), or nil.
    public var date: String?
    public var location: String?
    public var reports: [EventReport]
    /// Number of independent sources reporting it: named outlets, a text reprinted by several
    /// counted once, articles that name no outlet not counted (`SourceIndependence`).
    public var corroboration: Int
    /// Distinct document ids, in input order.
    public var documents: [String]
}

public enum ConflictField: String, Codable, Sendable {
    case date, location, participants
}

public enum ConflictScope: String, Codable, Sendable {
    case acrossDocuments = "across_documents"
    case withinDocument = "within_document"
}

public struct ConflictSentence: Codable, Hashable, Sendable {
    public var document: String
    public var text: String
    public var span: TextSpan
}

/// Reports of one event that disagree on a field, or one report that contradicts itself.
public struct FusionConflict: Codable, Hashable, Sendable {
    /// The fused event's key and id.
    public var key: String
    public var eventID: String
    public var field: ConflictField
    public var scope: ConflictScope
    /// Each value given → the documents giving it.
    public var values: [String: [String]]
    public var sentences: [ConflictSentence]
    public var note: String
}

/// Documents about the same developments.
public struct Story: Codable, Hashable, Sendable {
    public var id: String
    /// Built from the data: the participants of its main event, that event's kind, the month
    /// ("A – B: meeting, Jan 2024").
    public var title: String
    public var documents: [String]
    /// The most characteristic global entities, most characteristic first.
    public var entityIDs: [String]
    /// Fused events reported in the story's documents.
    public var eventIDs: [String]
    /// First and last publication dates of its documents (inferred ones included).
    public var firstPublished: String?
    public var lastPublished: String?
}

/// An estimated publication date for a document that gave none.
public struct InferredDate: Codable, Hashable, Sendable {
    public var document: String
    public var date: String
    /// Earliest and latest dates the evidence allows, when known.
    public var earliest: String?
    public var latest: String?
    /// What the estimate rests on, in words.
    public var reason: String
}

/// Who reports one item (a fused event or a quote) in a story, and who leaves it out.
public struct CoverageRow: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable { case event, quote }
    public var kind: Kind
    /// Fused event id, or quote cluster id.
    public var item: String
    public var label: String
    /// Outlet → what it says (event: status and date; quote: its wording), for outlets that report it.
    public var reportedBy: [String: String]
    public var missingFrom: [String]
}

/// Words one outlet uses for an entity or event that the story's other outlets never use.
public struct DistinctiveWording: Codable, Hashable, Sendable {
    public enum Subject: String, Codable, Sendable { case entity, event }
    public var subject: Subject
    /// Global entity id or fused event id.
    public var item: String
    public var label: String
    public var outlet: String
    public var terms: [String]
}

public struct SourceComparison: Codable, Hashable, Sendable {
    public var story: String
    public var outlets: [String]
    public var coverage: [CoverageRow]
    public var wording: [DistinctiveWording]
}

/// An article and its analysis as fusion leaves them: inferred publication dates applied,
/// relative dates re-resolved against them.
public struct FusionDocument: Codable, Hashable, Sendable {
    public var article: Article
    public var analysis: ArticleAnalysis

    public init(article: Article, analysis: ArticleAnalysis) {
        self.article = article
        self.analysis = analysis
    }
}

public struct FusionResult: Codable, Hashable, Sendable {
    public var entities: [GlobalEntity]
    /// Document id → (local entity id, name or alias as written) → global entity id.
    public var entityIndex: [String: [String: String]]
    public var events: [FusedEvent]
    public var conflicts: [FusionConflict]
    public var stories: [Story]
    public var inferredDates: [InferredDate]
    public var comparisons: [SourceComparison]
    /// The input documents, with inferred dates applied and re-resolved analyses.
    public var documents: [FusionDocument]
    /// Document ids of each body text that two or more documents carry word for word: one source, reprinted.
    public var reprints: [[String]] = []

    public init(entities: [GlobalEntity], entityIndex: [String: [String: String]], events: [FusedEvent],
                conflicts: [FusionConflict], stories: [Story], inferredDates: [InferredDate],
                comparisons: [SourceComparison], documents: [FusionDocument], reprints: [[String]] = []) {
        self.entities = entities
        self.entityIndex = entityIndex
        self.events = events
        self.conflicts = conflicts
        self.stories = stories
        self.inferredDates = inferredDates
        self.comparisons = comparisons
        self.documents = documents
        self.reprints = reprints
    }

    /// The global entity a document's local name (or local entity id) refers to.
    public func globalEntityID(document: String, name: String) -> String? {
        guard let index = entityIndex[document] else { return nil }
        if let id = index[name] { return id }
        let key = NameText.key(name)
        return index.first { NameText.key($0.key) == key }?.value
    }

    /// Fused events reported by at least two documents: the cross-document record.
    public var multiSourceEvents: [FusedEvent] { events.filter { $0.documents.count >= 2 } }
}
