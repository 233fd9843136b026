// The fused record kept in the store, updated as articles arrive.
// In: documents waiting in fusion_pending (every save puts its new documents there). Out: the fused
// tables (schema "v2-fusion") brought up to date, a FusionUpdate saying how much was recomputed.
//
// The record is a function of the set of stored analyses alone, whatever the order or batching of
// ingest: documents tied by a link key (FusionLinks: a person's surname) form a neighbourhood, and
// each neighbourhood is fused on its own by the one set of rules (NeighbourhoodFusion). A new
// document finds the neighbourhoods it joins through the indexed link keys; those are merged and
// fused again, and nothing else is read. Neighbourhoods only grow, so recomputing the ones a
// document touches always gives what fusing everything from scratch (`rebuildFusion`) gives —
// with one exception that keeps them small: a key too many documents hold links no more
// (NeighbourhoodLinks), and the neighbourhoods it tied are fused again without it.
import Foundation
import GRDB
import ReadoutCore
import ReadoutFusion

/// What one update did.
public struct FusionUpdate: Sendable, Hashable {
    /// Documents newly fused.
    public var documents = 0
    /// Neighbourhoods fused again, and the documents in them (new and already stored).
    public var neighbourhoods = 0
    public var documentsRefused = 0
    /// The most documents one neighbourhood held.
    public var largestNeighbourhood = 0
    /// Documents whose neighbourhood was taken apart because a key tying it became common (fused
    /// again, and counted again, in the same update).
    public var documentsReleased = 0

    public init() {}

    public mutating func add(_ other: FusionUpdate) {
        documents += other.documents
        neighbourhoods += other.neighbourhoods
        documentsRefused += other.documentsRefused
        largestNeighbourhood = max(largestNeighbourhood, other.largestNeighbourhood)
        documentsReleased += other.documentsReleased
    }
}

/// A store that keeps the fused record and updates it as documents arrive (SQLite and PostgreSQL do;
/// a backend that does not leaves fusion to the reading commands).
public protocol KeepsFusedRecord: ArticleStore {
    /// Fuses every document stored since the last update with the neighbourhoods it joins.
    @discardableResult
    func fusePending(reanalyze: Fusion.Reanalyze?) throws -> FusionUpdate
    /// Forgets the fused record and fuses every stored document again (after the fusion rules change).
    @discardableResult
    func rebuildFusion(reanalyze: Fusion.Reanalyze?) throws -> FusionUpdate
    /// Documents still waiting to be fused.
    func pendingFusionCount() throws -> Int
    /// The whole fused record, decoded: for tests and checks on small stores (it reads every row).
    func fusedRecordContents() throws -> FusedRecordContents
}

extension SQLiteStore: KeepsFusedRecord {
    /// Documents fused per transaction: bounds memory and how long readers see the old record. A
    /// neighbourhood the cut between two of them divides is fused twice, so they are not small. An
    /// ingest batch (2,000 articles) is fused in one: each transaction rewrites pages all over the
    /// fused record's indexes, nearly the same pages whatever its size once the store is large, so
    /// one transaction instead of two writes fewer of them (about 3% of ingest time at 10,000 articles).
    static let fusionBatch = 2048

    /// Fuses every document stored since the last update with the neighbourhoods it joins.
    /// `reanalyze` re-reads an undated article under the publication date fusion estimates for it.
    @discardableResult
    public func fusePending(reanalyze: Fusion.Reanalyze? = nil) throws -> FusionUpdate {
        var total = FusionUpdate()
        do {
            let reanalyze = reanalyze.map(fusionCache.rereading)
            while true {
                let step = try requireWriter().write { db in
                    try IncrementalFusion(tables: SQLiteFusionTables(db: db), cache: fusionCache, keyLimit: commonKeyLimit)
                        .fuseNextBatch(limit: Self.fusionBatch, reanalyze: reanalyze)
                }
                guard step.documents > 0 else { return total }
                total.add(step)
            }
        } catch { throw failure(error) }
    }

    /// Forgets the fused record and fuses every stored document again (after the fusion rules change).
    @discardableResult
    public func rebuildFusion(reanalyze: Fusion.Reanalyze? = nil) throws -> FusionUpdate {
        do {
            try requireWriter().write { db in
                for table in FusedTable.rebuilt {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
                try db.execute(sql: "INSERT OR IGNORE INTO fusion_pending (document_id) SELECT id FROM documents")
            }
        } catch { throw failure(error) }
        return try fusePending(reanalyze: reanalyze)
    }

    /// Documents still waiting to be fused.
    public func pendingFusionCount() throws -> Int {
        do {
            return try reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM fusion_pending") ?? 0 }
        } catch { throw failure(error) }
    }
}

/// The whole fused record, decoded: for tests and checks on small stores (it reads every row).
public struct FusedRecordContents: Hashable, Sendable {
    public var entities: [GlobalEntity] = []
    public var events: [FusedEvent] = []
    public var conflicts: [FusionConflict] = []
    public var stories: [Story] = []
    public var inferredDates: [InferredDate] = []
    /// Neighbourhoods: the fusion ids of each one's documents.
    public var neighbourhoods: [[String]] = []

    public init() {}
}

extension SQLiteStore {
    public func fusedRecordContents() throws -> FusedRecordContents {
        do {
            return try reader.read { db in
                func all<T: Decodable>(_ type: T.Type, _ table: String, column: String = "json") throws -> [T] {
                    try String.fetchAll(db, sql: "SELECT \(column) FROM \(table) WHERE \(column) IS NOT NULL ORDER BY rowid")
                        .map { try JSONColumn.decode(type, $0, column: table, document: 0) }
                }
                var contents = FusedRecordContents()
                contents.entities = try all(GlobalEntity.self, "fused_entities")
                contents.events = try all(FusedEvent.self, "fused_events")
                contents.conflicts = try all(FusionConflict.self, "fused_conflicts")
                contents.stories = try all(Story.self, "stories")
                contents.inferredDates = try all(InferredDate.self, "fusion_members", column: "inferred_date")
                var members: [Int64: [String]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT component, fusion_id FROM fusion_members ORDER BY document_id") {
                    members[row["component"], default: []].append(row["fusion_id"])
                }
                contents.neighbourhoods = members.keys.sorted().map { members[$0]! }
                return contents
            }
        } catch { throw failure(error) }
    }
}
