// Names a story from its data: its two or three most characteristic entities (people first),
// the kind of event its outlets corroborate most, and its month — "A – B: meetings, Jan 2024".
// In: the story's documents, entities, fused events. Out: a title and the ranked entity ids.
import ReadoutCore

struct StoryTitler {
    func rankedEntities(_ docIDs: Set<String>, _ entities: [GlobalEntity], totalDocuments: Int) -> [GlobalEntity] {
        let scored: [(GlobalEntity, Double)] = entities.compactMap { e in
            let inStory = e.documents.filter(docIDs.contains).count
            guard inStory > 0 else { return nil }
            let outside = e.documents.count - inStory
            // Present in most of the story's documents, rare outside it.
            let score = Double(inStory) * StoryGrouper.typeWeight(e.type) / Double(1 + outside)
            return (e, score)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }.map { $0.0 }
    }

    func title(ranked: [GlobalEntity], events: [FusedEvent], month: CivilDate?) -> String {
        let people = ranked.filter { $0.type == .person }
        let lead = people.count >= 2 ? Array(people.prefix(2)) : Array(ranked.prefix(people.count == 1 ? 2 : 3))
        var title = lead.map(\.name).joined(separator: " – ")
        if title.isEmpty { title = "Untitled story" }
        var weight: [EventType: Int] = [:]
        for e in events { weight[e.type, default: 0] += e.corroboration }
        if let top = weight.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }).first {
            title += ": " + Self.plural(top.key)
        }
        if let month { title += (weight.isEmpty ? ": " : ", ") + month.monthLabel }
        return title
    }

    static func plural(_ type: EventType) -> String {
        switch type {
        case .meet: return "meetings"
        case .visit: return "visits"
        case .sanction: return "sanctions"
        case .agree: return "agreements"
        case .election: return "elections"
        }
    }
}
