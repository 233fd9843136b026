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

    mutating func add(_ other: FusionUpdate) {
        documents += other.documents
        neighbourhoods += other.neighbourhoods
        documentsRefused += other.documentsRefused
        largestNeighbourhood = max(largestNeighbourhood, other.largestNeighbourhood)
        documentsReleased += other.documentsReleased
    }
}

/// A store that keeps the fused record and updates it as documents arrive (SQLite does; a backend
/// that does not leaves fusion to the reading commands).
public protocol KeepsFusedRecord: ArticleStore {
    @discardableResult
    func fusePending(reanalyze: Fusion.Reanalyze?) throws -> FusionUpdate
}

extension SQLiteStore: KeepsFusedRecord {
    /// Documents fused per transaction: bounds memory and how long readers see the old record. A
    /// neighbourhood the cut between two of them divides is fused twice, so they are not small.
    static let fusionBatch = 1024

    /// Fuses every document stored since the last update with the neighbourhoods it joins.
    /// `reanalyze` re-reads an undated article under the publication date fusion estimates for it.
    @discardableResult
    public func fusePending(reanalyze: Fusion.Reanalyze? = nil) throws -> FusionUpdate {
        var total = FusionUpdate()
        do {
            let reanalyze = reanalyze.map(fusionCache.rereading)
            while true {
                let step = try requireWriter().write { db in
                    try Self.fuseNextBatch(db, reanalyze: reanalyze, cache: fusionCache, keyLimit: commonKeyLimit)
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
                for table in ["fused_entities", "fused_events", "stories", "fusion_members", "fusion_links", "fusion_keys"] {
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

    private static func fuseNextBatch(_ db: Database, reanalyze: Fusion.Reanalyze?, cache: FusionCache,
                                      keyLimit: Int) throws -> FusionUpdate {
        let pending = try Int64.fetchAll(db, sql: "SELECT document_id FROM fusion_pending ORDER BY document_id LIMIT ?",
                                         arguments: [fusionBatch])
        var update = FusionUpdate()
        guard !pending.isEmpty else { return update }
        update.documents = pending.count
        var loaded: [Int64: StoredDocument] = [:]
        var candidates: [Int64: NeighbourhoodLinks.Candidates] = [:]
        for id in pending {
            guard let document = try loadDocument(db, id: id, cache: cache) else { continue }
            loaded[id] = document
            candidates[id] = FusionLinks.candidateKeys(of: document.analysis!, published: document.article.metadata.published)
        }
        var keys = NeighbourhoodLinks(db: db, limit: keyLimit)
        let (links, released) = try keys.links(for: candidates)
        update.documentsReleased = released.count
        for (id, linkKeys) in links {
            for key in linkKeys {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO fusion_links (key, document_id) VALUES (?, ?)")
                    .execute(arguments: [key, id])
            }
        }
        for group in try neighbourhoods(db, pending: pending) {
            var members = group.documents
            if !group.components.isEmpty {
                let marks = databaseQuestionMarks(count: group.components.count)
                members += try Int64.fetchAll(db, sql: "SELECT document_id FROM fusion_members WHERE component IN (\(marks))",
                                              arguments: StatementArguments(group.components))
                try FusedRows.delete(components: group.components, in: db)
            }
            var inputs: [NeighbourhoodFusion.Member] = []
            for id in Set(members).sorted() {
                guard let document = try loaded[id] ?? loadDocument(db, id: id, cache: cache) else { continue }
                inputs.append(NeighbourhoodFusion.Member(storeID: id, article: document.article, analysis: document.analysis!,
                                                         bodyKey: cache.bodyKey(document.article.contentHash)))
            }
            guard let component = inputs.map(\.storeID).min() else { continue }
            let fused = NeighbourhoodFusion().fuse(inputs, reanalyze: reanalyze)
            for member in inputs { if let key = fused.bodyKeys[member.storeID] { cache.keep(bodyKey: key, contentHash: member.article.contentHash) } }
            try FusedRows(component: component, fused: fused).insert(into: db)
            update.neighbourhoods += 1
            update.documentsRefused += inputs.count
            update.largestNeighbourhood = max(update.largestNeighbourhood, inputs.count)
        }
        try db.execute(sql: "DELETE FROM fusion_pending WHERE document_id IN (\(databaseQuestionMarks(count: pending.count)))",
                       arguments: StatementArguments(pending))
        return update
    }

    /// The pending documents grouped with each other and with the stored neighbourhoods they share a
    /// link key with. A pending document beyond this batch is not waited for: it finds these
    /// neighbourhoods when its own turn comes.
    private static func neighbourhoods(_ db: Database, pending: [Int64]) throws -> [(documents: [Int64], components: [Int64])] {
        // Union-find over the pending documents (0..<n) and the components they reach (n...).
        let position = Dictionary(uniqueKeysWithValues: pending.enumerated().map { ($0.element, $0.offset) })
        var components: [Int64] = []
        var componentNode: [Int64: Int] = [:]
        var parent = Array(pending.indices)
        func root(_ i: Int) -> Int {
            var r = i
            while parent[r] != r { r = parent[r] }
            return r
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for (index, id) in pending.enumerated() {
            let rows = try Row.fetchAll(db, sql: """
                SELECT DISTINCT other.document_id AS document, m.component AS component
                FROM fusion_links mine JOIN fusion_links other ON other.key = mine.key
                LEFT JOIN fusion_members m ON m.document_id = other.document_id
                WHERE mine.document_id = ? AND other.document_id != ?
                """, arguments: [id, id])
            for row in rows {
                if let component: Int64 = row["component"] {
                    let node = componentNode[component] ?? {
                        components.append(component)
                        parent.append(parent.count)
                        componentNode[component] = parent.count - 1
                        return parent.count - 1
                    }()
                    union(index, node)
                } else if let other = position[row["document"]] {
                    union(index, other)
                }
            }
        }
        var groups: [Int: (documents: [Int64], components: [Int64])] = [:]
        for (index, id) in pending.enumerated() { groups[root(index), default: ([], [])].documents.append(id) }
        for (component, node) in componentNode { groups[root(node), default: ([], [])].components.append(component) }
        return groups.keys.sorted().map { groups[$0]! }
    }

    /// A stored document that has its analysis (every saved one has): from the cache, or read and kept there.
    private static func loadDocument(_ db: Database, id: Int64, cache: FusionCache) throws -> StoredDocument? {
        if let known = cache.document(id) { return known }
        guard let document = try document(id: id, in: db), document.analysis != nil else { return nil }
        cache.keep(document)
        return document
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
