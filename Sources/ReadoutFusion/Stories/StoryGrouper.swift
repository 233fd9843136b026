// Groups documents into stories: documents about the same developments.
// In: documents, global entities, fused events. Out: stories (connected components of a
// document graph). Two documents are linked when their entity profiles are similar — cosine
// over shared global entities weighted by rarity (a name in every document says nothing) and
// by type (people and organizations say more than countries) — plus a bonus for each event
// both report, discounted when their publication dates lie far apart.
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
        let position = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0.index) })
        for event in events where event.documents.count >= 2 {
            let indices = event.documents.compactMap { position[$0] }
            for a in indices { for b in indices where a < b { sharedEvents[a, default: [:]][b, default: 0] += 1 } }
        }
        var sets = DisjointSets(count: n)
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) where b < n {
                var similarity = cosine(vectors[a], vectors[b])
                similarity += 0.25 * Double(sharedEvents[a]?[b] ?? 0)
                if let pa = docs[a].published, let pb = docs[b].published {
                    let gap = abs(pa.dayNumber - pb.dayNumber)
                    if gap > 180 { similarity *= 0.2 } else if gap > 30 { similarity *= 0.5 }
                }
                if similarity >= threshold { sets.union(a, b) }
            }
        }
        return sets.groups()
    }

    /// Entity id → weight per document: rarity (inverse document frequency) times type weight.
    func weightedProfiles(_ docs: [DocumentView], _ entities: [GlobalEntity]) -> [[String: Double]] {
        let position = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0.index) })
        var profiles = Array(repeating: [String: Double](), count: docs.count)
        let n = Double(docs.count)
        for entity in entities {
            let df = Double(entity.documents.count)
            let weight = log(1 + n / df) * Self.typeWeight(entity.type)
            for doc in entity.documents { if let i = position[doc] { profiles[i][entity.id] = weight } }
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

    private func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        var dot = 0.0
        for (k, v) in a { if let w = b[k] { dot += v * w } }
        guard dot > 0 else { return 0 }
        let na = a.values.reduce(0) { $0 + $1 * $1 }, nb = b.values.reduce(0) { $0 + $1 * $1 }
        return dot / (na.squareRoot() * nb.squareRoot())
    }
}
