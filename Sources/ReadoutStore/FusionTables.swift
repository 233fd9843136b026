// What keeping the fused record asks of a backend's tables, inside one transaction the caller holds.
// The decisions — which documents form a neighbourhood, which keys are common, what each fused row
// holds (IncrementalFusion, NeighbourhoodLinks, FusedRows) — are written once against this; SQLite
// (SQLiteFusionTables) and PostgreSQL (ReadoutPostgres) only answer it in their own SQL, so the two
// cannot fuse differently. Table and column names are the same in both schemas.
import ReadoutCore

public protocol FusionTables {
    /// Up to `limit` documents waiting in fusion_pending, smallest id first.
    func pendingDocuments(limit: Int) throws -> [Int64]
    /// A stored document with its analysis; nil when missing.
    func storedDocument(id: Int64) throws -> StoredDocument?
    /// Leaves documents out of fusion_pending (fused).
    func removePending(_ ids: [Int64]) throws
    /// Puts a document back in fusion_pending and drops its links (its neighbourhood was taken apart).
    func requeue(document: Int64) throws

    /// Records that a document holds a candidate key (fusion_keys; no error when it already does).
    func recordKey(_ key: String, document: Int64) throws
    /// How many documents hold the key, counting no further than `upTo`.
    func holders(of key: String, upTo: Int) throws -> Int
    /// Links a document by a key (fusion_links; no error when it already is).
    func link(key: String, document: Int64) throws
    /// The neighbourhoods (components) of the documents linked by a key.
    func componentsLinked(by key: String) throws -> [Int64]
    /// Forgets every link by a key.
    func unlink(key: String) throws
    /// The other documents sharing a link key with this one, each with its neighbourhood (nil: not fused yet).
    func linkedDocuments(of document: Int64) throws -> [(document: Int64, component: Int64?)]

    /// The documents of these neighbourhoods.
    func members(of components: [Int64]) throws -> [Int64]
    /// Removes every fused row of these neighbourhoods.
    func deleteFused(components: [Int64]) throws
    /// Inserts one fused row; returns its id for a table with an `id` column (0 for others). With
    /// `ignoringDuplicates`, a row whose key is already there is skipped.
    @discardableResult
    func insert(_ table: FusedTable, _ values: [SQLValue]) throws -> Int64
}

/// One table the fused record writes rows into, with the columns FusedRows gives values for.
public struct FusedTable: Sendable, Hashable {
    public let name: String
    public let columns: [String]
    /// Rows keyed by their values (an entity's names, a story's documents): the same row twice is one.
    public let ignoringDuplicates: Bool
    /// The table numbers its rows (`id`), and other rows refer to them.
    public let returnsID: Bool

    init(_ name: String, _ columns: [String], ignoringDuplicates: Bool = false, returnsID: Bool = false) {
        self.name = name
        self.columns = columns
        self.ignoringDuplicates = ignoringDuplicates
        self.returnsID = returnsID
    }

    /// Every table a neighbourhood's rows go into, in dependency order.
    public static let members = FusedTable("fusion_members", ["document_id", "component", "fusion_id", "published",
        "inferred_date", "reresolved_analysis", "entity_index", "reprint_group"])
    public static let entities = FusedTable("fused_entities", ["component", "entity_key", "type", "name", "document_count", "json"],
                                            returnsID: true)
    public static let entityDocuments = FusedTable("fused_entity_documents", ["entity_key", "document_id", "entity"],
                                                   ignoringDuplicates: true)
    public static let entityWords = FusedTable("fused_entity_words", ["word", "entity"], ignoringDuplicates: true)
    public static let events = FusedTable("fused_events", ["component", "event_key", "type", "date", "location",
        "corroboration", "json", "first_reported"], returnsID: true)
    public static let eventParticipants = FusedTable("fused_event_participants", ["entity_key", "undated", "date",
        "first_reported", "corroboration", "event_key", "event"])
    public static let eventReports = FusedTable("fused_event_reports", ["event", "document_id", "local_event_id"],
                                                ignoringDuplicates: true)
    public static let conflicts = FusedTable("fused_conflicts", ["component", "event", "field", "scope", "json"])
    public static let quotes = FusedTable("fused_quotes", ["entity_key", "quote_key", "document_id", "position", "text", "entity"])
    public static let stories = FusedTable("stories", ["component", "story_key", "title", "first_published", "last_published",
        "document_count", "json", "number", "comparison"], returnsID: true)
    public static let storyDocuments = FusedTable("story_documents", ["story", "document_id"], ignoringDuplicates: true)

    /// Every table above.
    public static let all: [FusedTable] = [members, entities, entityDocuments, entityWords, events, eventParticipants,
                                           eventReports, conflicts, quotes, stories, storyDocuments]

    /// The tables holding a `component` column: a neighbourhood's rows (the rest go with them by cascade).
    public static let byComponent = ["fused_entities", "fused_events", "fused_conflicts", "stories", "fusion_members"]
    /// Every table `rebuild` empties.
    public static let rebuilt = ["fused_entities", "fused_events", "fused_conflicts", "stories", "fusion_members",
                                 "fusion_links", "fusion_keys"]
}
