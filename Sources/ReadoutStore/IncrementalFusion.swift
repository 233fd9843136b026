// One step of keeping the fused record up to date, the same for every backend (FusedRecord.swift
// explains the record). In: a transaction's FusionTables, the process's FusionCache. Out: up to
// `limit` pending documents fused with the neighbourhoods they join, their rows replaced; what was done.
import ReadoutCore
import ReadoutFusion

public struct IncrementalFusion<Tables: FusionTables> {
    let tables: Tables
    let cache: FusionCache
    /// How many documents a link key may hold and still tie them (NeighbourhoodLinks).
    let keyLimit: Int

    public init(tables: Tables, cache: FusionCache, keyLimit: Int) {
        self.tables = tables
        self.cache = cache
        self.keyLimit = keyLimit
    }

    public func fuseNextBatch(limit: Int, reanalyze: Fusion.Reanalyze?) throws -> FusionUpdate {
        let db = tables
        let pending = try db.pendingDocuments(limit: limit)
        var update = FusionUpdate()
        guard !pending.isEmpty else { return update }
        update.documents = pending.count
        var loaded: [Int64: StoredDocument] = [:]
        var candidates: [Int64: NeighbourhoodLinks<Tables>.Candidates] = [:]
        for id in pending {
            guard let document = try loadDocument(id) else { continue }
            loaded[id] = document
            candidates[id] = FusionLinks.candidateKeys(of: document.analysis!, published: document.article.metadata.published)
        }
        var keys = NeighbourhoodLinks(db: db, limit: keyLimit)
        let (links, released) = try keys.links(for: candidates)
        update.documentsReleased = released.count
        for (id, linkKeys) in links {
            for key in linkKeys { try db.link(key: key, document: id) }
        }
        for group in try neighbourhoods(pending: pending) {
            var members = group.documents
            if !group.components.isEmpty {
                members += try db.members(of: group.components)
                try db.deleteFused(components: group.components)
            }
            var inputs: [NeighbourhoodFusion.Member] = []
            for id in Set(members).sorted() {
                guard let document = try loaded[id] ?? loadDocument(id) else { continue }
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
        try db.removePending(pending)
        return update
    }

    /// The pending documents grouped with each other and with the stored neighbourhoods they share a
    /// link key with. A pending document beyond this batch is not waited for: it finds these
    /// neighbourhoods when its own turn comes.
    private func neighbourhoods(pending: [Int64]) throws -> [(documents: [Int64], components: [Int64])] {
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
            for row in try tables.linkedDocuments(of: id) {
                if let component = row.component {
                    let node = componentNode[component] ?? {
                        components.append(component)
                        parent.append(parent.count)
                        componentNode[component] = parent.count - 1
                        return parent.count - 1
                    }()
                    union(index, node)
                } else if let other = position[row.document] {
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
    private func loadDocument(_ id: Int64) throws -> StoredDocument? {
        if let known = cache.document(id) { return known }
        guard let document = try tables.storedDocument(id: id), document.analysis != nil else { return nil }
        cache.keep(document)
        return document
    }
}
