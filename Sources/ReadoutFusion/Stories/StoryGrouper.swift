// Groups documents into stories: documents about the same developments.
// In: documents, global entities, fused events. Out: stories (connected components of a
// document graph). Two documents are linked when their entity profiles are similar — cosine
// over shared global entities weighted by rarity (a name in every document says nothing) and
// by type (people and organizations say more than countries) — plus a bonus for each event
// both report, discounted when their publication dates lie weeks apart, and nothing at all when
// they lie more than three months apart (only articles in between can chain them).
import Foundation
import ReadoutCore

struct StoryGrouper {
    /// Similarity above which two documents belong to one story.
    var threshold = 0.22

    func group(_ docs: [DocumentView], entities: [GlobalEntity], events: [FusedEvent]) -> [[Int]] {
        let n = docs.count
        guard n > 0 else { return [] }
        let vectors = weightedProfiles(docs, entities)
        var sharedEvents: [Int: [Int: Int]] = [:]
        let position = Dictionary(docs.map { ($0.id, $0.index) }, uniquingKeysWith: { a, _ in a })
        for event in events where event.documents.count >= 2 {
            let indices = event.documents.compactMap { position[$0] }
            for a in indices { for b in indices where a < b { sharedEvents[a, default: [:]][b, default: 0] += 1 } }
        }
        // Only documents sharing an entity (or an event) can be similar: an inverted index finds them.
        // A name in hundreds of documents (a superpower, a capital) ties no story together alone.
        var postings: [Int: [Int]] = [:]
        for (i, profile) in vectors.enumerated() { for (id, _) in profile { postings[id, default: []].append(i) } }
        var candidates = Set<Int>()
        for list in postings.values where list.count <= 500 {
            for (k, a) in list.enumerated() { for b in list[(k + 1)...] { candidates.insert(a * n + b) } }
        }
        for (a, row) in sharedEvents { for b in row.keys { candidates.insert(a * n + b) } }
        let norms = vectors.map { $0.reduce(0) { $0 + $1.1 * $1.1 }.squareRoot() }
        var sets = DisjointSets(count: n)
        for code in candidates.sorted() {
            let a = code / n, b = code % n
            if sets.root(a) == sets.root(b) { continue }
            var similarity = cosine(vectors[a], vectors[b], norms[a], norms[b])
            similarity += 0.25 * Double(sharedEvents[a]?[b] ?? 0)
            if let pa = docs[a].published, let pb = docs[b].published {
                let gap = abs(pa.dayNumber - pb.dayNumber)
                // News stories run for days or weeks; a long one is chained through the articles in
                // between. Two articles a season apart are never linked directly, however many
                // names they share (the same two leaders meet again and again).
                if gap > 90 { continue } else if gap > 60 { similarity *= 0.25 } else if gap > 30 { similarity *= 0.5 }
            }
            if similarity >= threshold { sets.union(a, b) }
        }
        return sets.groups()
    }

    /// Per document, (entity number, weight) sorted by entity number: rarity (inverse document
    /// frequency) times type weight.
    func weightedProfiles(_ docs: [DocumentView], _ entities: [GlobalEntity]) -> [[(Int, Double)]] {
        let position = Dictionary(docs.map { ($0.id, $0.index) }, uniquingKeysWith: { a, _ in a })
        var profiles = Array(repeating: [(Int, Double)](), count: docs.count)
        let n = Double(docs.count)
        // A body named by a common noun ("the foreign ministry", "the presidential office") is whichever country's
        // the article is about: two articles naming it share no particular body, so it links no story.
        for (number, entity) in entities.enumerated() where entity.name.first?.isLowercase != true {
            let df = Double(entity.documents.count)
            let weight = log(1 + n / df) * Self.typeWeight(entity.type)
            for doc in entity.documents { if let i = position[doc] { profiles[i].append((number, weight)) } }
        }
        return profiles
    }

    static func typeWeight(_ type: EntityType) -> Double {
        switch type {
        case .person: return 1.0
        case .event: return 1.0
        case .org: return 0.8
        case .loc: return 0.5
        case .gpe: return 0.35
        }
    }

    /// Cosine of two sparse vectors sorted by entity number.
    private func cosine(_ a: [(Int, Double)], _ b: [(Int, Double)], _ na: Double, _ nb: Double) -> Double {
        var dot = 0.0, i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i].0 == b[j].0 { dot += a[i].1 * b[j].1; i += 1; j += 1 }
            else if a[i].0 < b[j].0 { i += 1 } else { j += 1 }
        }
        guard dot > 0, na > 0, nb > 0 else { return 0 }
        return dot / (na * nb)
    }
}
