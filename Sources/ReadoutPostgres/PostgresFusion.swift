// The fused record on PostgreSQL, kept by the shared rules (IncrementalFusion over
// PostgresFusionTables): what SQLite keeps, row for row.
//
// Why one fusion at a time: fusing reads neighbourhoods and replaces them. Two processes fusing at
// once could each read a neighbourhood before the other's new document joined it, and both write a
// version missing the other's document (a lost update). Row locks cannot prevent it, because the
// rows a fusion must see may not exist yet. So every fusion step takes one transaction-level advisory
// lock (PostgresSchema.fusionLock) first: fusions queue behind each other, each sees everything the
// one before it committed (READ COMMITTED reads afresh per statement), and the lock goes with its
// transaction, also when a killed process's connection drops. Analysis, the expensive part, runs
// outside the lock, so workers still analyse in parallel (PostgresQueue).
import Foundation
import ReadoutCore
import ReadoutFusion
import ReadoutStore

extension PostgresStore: KeepsFusedRecord {
    /// Documents fused per transaction, as SQLite's.
    static let fusionBatch = 1024

    @discardableResult
    public func fusePending(reanalyze: Fusion.Reanalyze? = nil) throws -> FusionUpdate {
        var total = FusionUpdate()
        do {
            while true {
                let step = try session.transaction { try fuseLocked(reanalyze: reanalyze) }
                guard step.documents > 0 else { return total }
                total.add(step)
            }
        } catch { throw failure(error) }
    }

    /// One fusion step inside the caller's transaction: takes the fusion lock (held to its end), then
    /// fuses up to a batch of pending documents.
    func fuseLocked(reanalyze: Fusion.Reanalyze?) throws -> FusionUpdate {
        try session.query("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.fusionLock)])
        let tables = PostgresFusionTables(session: session)
        let update = try IncrementalFusion(tables: tables, cache: fusionCache, keyLimit: commonKeyLimit)
            .fuseNextBatch(limit: Self.fusionBatch, reanalyze: reanalyze.map(fusionCache.rereading))
        try tables.flush()
        return update
    }

    /// Forgets the fused record and fuses every stored document again.
    @discardableResult
    public func rebuildFusion(reanalyze: Fusion.Reanalyze? = nil) throws -> FusionUpdate {
        do {
            try session.transaction {
                try session.query("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.fusionLock)])
                for table in FusedTable.rebuilt { try session.query("DELETE FROM \(table)") }
                try session.query("INSERT INTO fusion_pending (document_id) SELECT id FROM documents ON CONFLICT DO NOTHING")
            }
        } catch { throw failure(error) }
        return try fusePending(reanalyze: reanalyze)
    }

    /// Documents still waiting to be fused.
    public func pendingFusionCount() throws -> Int {
        do { return Int(try session.query("SELECT count(*) FROM fusion_pending")[0][0].decode(Int64.self)) } catch { throw failure(error) }
    }

    /// The whole fused record, decoded (tests and checks on small stores), in SQLiteStore's terms.
    public func fusedRecordContents() throws -> FusedRecordContents {
        do {
            func all<T: Decodable>(_ type: T.Type, _ table: String, column: String = "json", order: String = "id") throws -> [T] {
                try session.query("SELECT \(column) FROM \(table) WHERE \(column) IS NOT NULL ORDER BY \(order)")
                    .map { try JSONColumn.decode(type, try $0[0].decode(String.self), column: table, document: 0) }
            }
            var contents = FusedRecordContents()
            contents.entities = try all(GlobalEntity.self, "fused_entities")
            contents.events = try all(FusedEvent.self, "fused_events")
            contents.conflicts = try all(FusionConflict.self, "fused_conflicts")
            contents.stories = try all(Story.self, "stories")
            contents.inferredDates = try all(InferredDate.self, "fusion_members", column: "inferred_date", order: "document_id")
            var members: [Int64: [String]] = [:]
            for row in try session.query("SELECT component, fusion_id FROM fusion_members ORDER BY document_id") {
                members[try row[0].decode(Int64.self), default: []].append(try row[1].decode(String.self))
            }
            contents.neighbourhoods = members.keys.sorted().map { members[$0]! }
            return contents
        } catch { throw failure(error) }
    }
}
