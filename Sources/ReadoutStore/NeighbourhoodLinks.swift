// Which keys link documents into neighbourhoods in this store, with common keys left out so that no
// neighbourhood grows with the store. A key held by more than `limit` documents is common: documents
// are linked by the fuller keys that stand in for it instead (FusionLinks.candidateKeys: surname,
// then surname and initial, then those in the month of publication). When a key becomes common, the
// neighbourhoods it tied are taken apart and their documents fused again under the fuller keys, so
// the record stays what the stored documents alone decide, whatever the order they came in.
// In: the candidate keys of the documents being fused. Out: the keys each is linked by, and the
// documents whose neighbourhoods were taken apart (back in fusion_pending).
import ReadoutFusion

struct NeighbourhoodLinks<Tables: FusionTables> {
    typealias Candidates = [(key: String, standsFor: String?)]

    let db: Tables
    /// Documents a key may hold and still link them.
    let limit: Int
    private var common: [String: Bool] = [:]

    init(db: Tables, limit: Int) {
        self.db = db
        self.limit = limit
    }

    /// Records the documents' keys and returns the ones to link each by. A fuller key is recorded
    /// only for a document whose coarser key is common: it is counted only where it may be used.
    mutating func links(for documents: [Int64: Candidates]) throws -> (links: [Int64: [String]], released: [Int64]) {
        var finer: [Int64: [String: [String]]] = [:]
        var level: [Int64: [String]] = [:]
        for (id, candidates) in documents {
            for candidate in candidates {
                if let coarser = candidate.standsFor {
                    finer[id, default: [:]][coarser, default: []].append(candidate.key)
                } else {
                    level[id, default: []].append(candidate.key)
                }
            }
        }
        var recorded = Set<String>()
        var linked: [Int64: [String]] = [:]
        // Level by level (each chain is three keys long): record this level's keys, then go on with
        // the fuller keys of those that turned out common.
        while !level.isEmpty {
            for (id, keys) in level {
                for key in keys {
                    try db.recordKey(key, document: id)
                    recorded.insert(key)
                    common[key] = nil
                }
            }
            var next: [Int64: [String]] = [:]
            for (id, keys) in level {
                for key in keys {
                    if try isCommon(key) {
                        next[id, default: []] += finer[id]?[key] ?? []
                    } else {
                        linked[id, default: []].append(key)
                    }
                }
            }
            level = next.filter { !$0.value.isEmpty }
        }
        return (linked, try release(commonAmong: recorded))
    }

    /// True when more than `limit` documents hold the key (counting stops there).
    private mutating func isCommon(_ key: String) throws -> Bool {
        if let known = common[key] { return known }
        let count = try db.holders(of: key, upTo: limit + 1)
        common[key] = count > limit
        return count > limit
    }

    /// Takes apart the neighbourhoods still tied by a key that has become common: their fused rows
    /// and links go, their documents wait to be fused again. Returns those documents.
    private mutating func release(commonAmong keys: Set<String>) throws -> [Int64] {
        var components = Set<Int64>()
        for key in keys.sorted() where try isCommon(key) {
            components.formUnion(try db.componentsLinked(by: key))
            try db.unlink(key: key)
        }
        guard !components.isEmpty else { return [] }
        let list = components.sorted()
        let members = try db.members(of: list)
        try db.deleteFused(components: list)
        for id in members { try db.requeue(document: id) }
        return members
    }
}
