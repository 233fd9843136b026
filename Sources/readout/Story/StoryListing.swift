// `readout stories` rows. In: the fused corpus. Out: one row per story — id, title, documents,
// outlets, date range, top entities — as a Table for people and Encodable rows for programs.
import ReadoutFusion

struct StoryRow: Encodable {
    var id: String
    var title: String
    var documents: [String]
    /// Outlets the documents name (JSON): an article naming none adds no outlet, only to `unattributed`.
    var outlets: [String]
    /// Documents that name no outlet.
    var unattributed: Int
    /// Outlets as the table shows them, "unknown outlet" among them when some documents name none.
    var shownOutlets: [String] = []
    var firstPublished: String?
    var lastPublished: String?
    var topEntities: [String]
    var events: Int

    enum CodingKeys: String, CodingKey {
        case id, title, documents, outlets, events, unattributed = "unattributed_documents"
        case firstPublished = "first_published", lastPublished = "last_published", topEntities = "top_entities"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(documents, forKey: .documents)
        try c.encode(outlets, forKey: .outlets)
        try c.encode(unattributed, forKey: .unattributed)
        try c.encode(firstPublished, forKey: .firstPublished)
        try c.encode(lastPublished, forKey: .lastPublished)
        try c.encode(topEntities, forKey: .topEntities)
        try c.encode(events, forKey: .events)
    }

    static func rows(_ stories: [Story], corpus: FusedCorpus) -> [StoryRow] {
        let entities = corpus.entitiesByID
        return stories.map { story in
            StoryRow(id: story.id, title: story.title, documents: story.documents,
                     outlets: corpus.namedOutlets(ofDocuments: story.documents),
                     unattributed: corpus.unattributed(story.documents),
                     shownOutlets: corpus.outlets(ofDocuments: story.documents),
                     firstPublished: story.firstPublished, lastPublished: story.lastPublished,
                     topEntities: story.entityIDs.prefix(5).compactMap { entities[$0]?.name },
                     events: story.eventIDs.count)
        }
    }

    static func table(_ rows: [StoryRow]) -> Table {
        Table(headers: ["ID", "TITLE", "DOCS", "OUTLETS", "DATES", "TOP ENTITIES"], rows: rows.map { r in
            [r.id, r.title, String(r.documents.count), r.shownOutlets.joined(separator: ", "), dateRange(r.firstPublished, r.lastPublished),
             r.topEntities.joined(separator: ", ")]
        })
    }

    static func dateRange(_ first: String?, _ last: String?) -> String {
        switch (first, last) {
        case let (a?, b?) where a != b: return "\(a) – \(b)"
        case let (a?, _): return a
        default: return "undated"
        }
    }
}
