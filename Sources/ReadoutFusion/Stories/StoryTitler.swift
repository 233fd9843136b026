// Names a story from its data: the participants of its main event — the one the most independent
// sources report — with that event's kind and the story's month ("A – B: meeting, Mar 2025").
// Only people who take part in that one event are named: a spokeswoman quoted throughout, or a
// man who met someone else, may rank high among the story's entities but never met each other.
// A story without events is named by its most characteristic entity. In: the story's documents,
// entities and fused events. Out: a title, and the entities ranked for the story's listing.
import ReadoutCore

/// How characteristic of a story an entity is: present in most of the story's documents, rare
/// outside it. Public so that a reader of the fused record can rank a story's entities against the
/// whole store, as fusing everything at once does, where one neighbourhood only counts its own.
public enum StoryEntityRank {
    /// `inStory` of the story's documents name the entity, `documents` in all.
    public static func score(type: EntityType, inStory: Int, documents: Int) -> Double {
        Double(inStory) * StoryGrouper.typeWeight(type) / Double(1 + documents - inStory)
    }

    /// Entity ids, most characteristic first (ties by id, so the order is stable).
    public static func ranked(_ scored: [(id: String, score: Double)]) -> [String] {
        scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }.map(\.id)
    }
}

struct StoryTitler {
    func rankedEntities(_ docIDs: Set<String>, _ entities: [GlobalEntity], totalDocuments: Int) -> [GlobalEntity] {
        var byID: [String: GlobalEntity] = [:]
        let scored: [(id: String, score: Double)] = entities.compactMap { e in
            let inStory = e.documents.filter(docIDs.contains).count
            guard inStory > 0 else { return nil }
            byID[e.id] = e
            return (e.id, StoryEntityRank.score(type: e.type, inStory: inStory, documents: e.documents.count))
        }
        return StoryEntityRank.ranked(scored).compactMap { byID[$0] }
    }

    /// The event a reader would name the story by: most independent sources, then most documents,
    /// then one with participants; ties by id so the title is stable.
    func mainEvent(_ events: [FusedEvent], in docIDs: Set<String>) -> FusedEvent? {
        events.filter { $0.documents.contains(where: docIDs.contains) }.max { a, b in
            let x = (a.corroboration, a.documents.count, a.participants.isEmpty ? 0 : 1)
            let y = (b.corroboration, b.documents.count, b.participants.isEmpty ? 0 : 1)
            return x != y ? x < y : a.id > b.id
        }
    }

    func title(ranked: [GlobalEntity], events: [FusedEvent], docIDs: Set<String>, month: CalendarPeriod?) -> String {
        var title: String
        if let main = mainEvent(events, in: docIDs) {
            // An agreement signed by people lists the states they bind after them; the title names the signers.
            let signers = zip(main.participants, main.participantIDs).filter { $0.1.hasPrefix("person:") }.map(\.0)
            let named = (main.type == .agree || main.type == .sanction) && !signers.isEmpty ? signers : main.participants
            let who = named.prefix(3).joined(separator: " – ")
            let kind = Self.noun(main.type) + (main.type == .visit ? main.location.map { " to " + $0 } ?? "" : "")
            if !who.isEmpty {
                title = who + ": " + kind
            } else if let place = main.location, main.type != .visit {
                title = place + ": " + kind
            } else {
                title = kind.prefix(1).uppercased() + kind.dropFirst()
            }
        } else {
            title = ranked.first(where: { $0.type == .person })?.name ?? ranked.first?.name ?? "Untitled story"
        }
        if let month { title += ", " + month.monthLabel }
        return title
    }

    static func noun(_ type: EventType) -> String {
        switch type {
        case .meet: return "meeting"
        case .visit: return "visit"
        case .sanction: return "sanctions"
        case .agree: return "agreement"
        case .election: return "election"
        }
    }
}
