// What the corpus says about one actor (`readout actor NAME`), a page of each list at a time.
// In: a global entity and the fused corpus. Out: its names, roles and country, the documents that
// mention it, the events it takes part in (with whom, when, where), its quotes (one line per
// quotation, with every outlet that carries it) and the people and organisations it appears with.
import ReadoutCore
import ReadoutFusion
import ReadoutStore

struct ActorProfile: Encodable {
    struct DocumentLine: Encodable {
        var document: String
        var id: Int64
        /// Null when the article names no outlet.
        var outlet: String?
        var published: String?
        var publishedInferred: Bool
        var title: String?

        enum CodingKeys: String, CodingKey { case document, id, outlet, published, title, publishedInferred = "published_inferred" }
    }

    struct EventLine: Encodable {
        var event: String
        var type: String
        var date: String?
        /// The date rests on a publication date Readout estimated (shown "~" as in the timeline).
        var dateInferred: Bool
        var with: [String]
        var place: String?
        var status: String
        var outlets: Int
        /// Fields on which reports disagree (shown "⚠" as in the timeline).
        var conflicts: [String]

        enum CodingKeys: String, CodingKey {
            case event, type, date, with, place, status, outlets, conflicts, dateInferred = "date_inferred"
        }
    }

    struct QuoteLine: Encodable {
        var text: String
        /// The outlets the documents carrying it name.
        var outlets: [String]
        var documents: [String]
        /// Outlets as the report shows them, "unknown outlet" among them when a document names none.
        var shownOutlets: [String] = []

        enum CodingKeys: String, CodingKey { case text, outlets, documents }
    }

    struct RelatedActor: Encodable {
        var id: String
        var name: String
        var type: String
        var sharedDocuments: Int
        var sharedEvents: Int

        enum CodingKeys: String, CodingKey {
            case id, name, type, sharedDocuments = "shared_documents", sharedEvents = "shared_events"
        }
    }

    var id: String
    var name: String
    var type: String
    var otherNames: [String]
    var roles: [String]
    var country: String?
    var documents: [DocumentLine]
    var events: [EventLine]
    var quotes: [QuoteLine]
    var related: [RelatedActor]
    /// How many actors appear with this one in all; `related` holds the closest of them.
    var relatedTotal = 0
    /// Set when `related` was counted in only the actor's latest documents (ActorPage): how many.
    var relatedCountedIn: Int?
    /// How many of each list there are in all; the lists above hold the page asked for.
    var roleTotal = 0, documentTotal = 0, eventTotal = 0, quoteTotal = 0

    enum CodingKeys: String, CodingKey {
        case id, name, type, roles, country, documents, events, quotes, related
        case otherNames = "other_names"
        case relatedCountedIn = "related_counted_in"
    }

    /// Which part of each list to show: the same window of roles, documents (in storage order), events
    /// (in timeline order) and quotes (where first quoted); `limit` nil shows all.
    struct ListWindow {
        var limit: Int?
        var offset = 0
        var related = 10

        func window<Item>(_ items: [Item]) -> [Item] { Paging.window(items, limit: limit, offset: offset) }
    }

    /// The header every profile has: who the actor is, and its roles (paged).
    private init(header entity: GlobalEntity, paging: ListWindow) {
        id = entity.id
        name = entity.name
        type = entity.type.rawValue
        otherNames = entity.names.filter { ActorFinder.key($0) != ActorFinder.key(entity.name) }
        roles = paging.window(entity.roles)
        roleTotal = entity.roles.count
        country = entity.country
        documents = []
        events = []
        quotes = []
        related = []
    }

    /// From every stored document fused in memory: each list made whole, then paged.
    init(_ entity: GlobalEntity, corpus: FusedCorpus, paging: ListWindow = ListWindow()) {
        self.init(header: entity, paging: paging)
        let allDocuments = entity.documents.compactMap { Self.documentLine($0, corpus: corpus) }.sorted { $0.id < $1.id }
        documentTotal = allDocuments.count
        documents = paging.window(allDocuments)
        let mine = EventOrder.sorted(corpus.fusion.events.filter { $0.participantIDs.contains(entity.id) }, corpus: corpus)
        eventTotal = mine.count
        events = paging.window(mine).map { Self.eventLine($0, of: entity, corpus: corpus) }
        let allQuotes = Self.quotes(of: entity, corpus: corpus)
        quoteTotal = allQuotes.count
        quotes = paging.window(allQuotes)
        let related = Self.related(to: entity, events: mine, corpus: corpus)
        relatedTotal = related.count
        self.related = Array(related.prefix(paging.related))
    }

    /// From one page of the fused record (the store has paged the lists already).
    init(_ entity: GlobalEntity, page: ActorPage, corpus: FusedCorpus, paging: ListWindow) {
        self.init(header: entity, paging: paging)
        var fusionIDs: [Int64: String] = [:]
        for (fusionID, document) in corpus.documents { fusionIDs[document.storeID] = fusionID }
        documentTotal = page.documentTotal
        documents = page.documents.compactMap { fusionIDs[$0] }.compactMap { Self.documentLine($0, corpus: corpus) }
        eventTotal = page.eventTotal
        events = EventOrder.sorted(corpus.fusion.events.filter { $0.participantIDs.contains(entity.id) }, corpus: corpus)
            .map { Self.eventLine($0, of: entity, corpus: corpus) }
        quoteTotal = page.quoteTotal
        quotes = page.quotes.map { line in
            // Outlets as FusedCorpus names them: each once, in the order of the documents.
            var named: [String] = [], shown: [String] = []
            for outlet in line.outlets {
                if let outlet, !named.contains(outlet) { named.append(outlet) }
                let label = outlet ?? Outlets.unknown
                if !shown.contains(label) { shown.append(label) }
            }
            return QuoteLine(text: line.text, outlets: named, documents: line.documents, shownOutlets: shown)
        }
        relatedTotal = page.relatedTotal
        relatedCountedIn = page.relatedCountedIn
        related = page.related.map {
            RelatedActor(id: $0.key, name: $0.name, type: $0.type.rawValue, sharedDocuments: $0.sharedDocuments,
                         sharedEvents: $0.sharedEvents)
        }
    }

    private static func documentLine(_ doc: String, corpus: FusedCorpus) -> DocumentLine? {
        corpus.documents[doc].map { d in
            DocumentLine(document: doc, id: d.storeID, outlet: d.outletName, published: d.published,
                         publishedInferred: d.publishedInferred, title: d.article.metadata.title)
        }
    }

    private static func eventLine(_ e: FusedEvent, of entity: GlobalEntity, corpus: FusedCorpus) -> EventLine {
        EventLine(event: e.key, type: e.type.rawValue, date: e.date, dateInferred: corpus.dateIsInferred(e),
                  with: zip(e.participantIDs, e.participants).filter { $0.0 != entity.id }.map(\.1),
                  place: e.location, status: EventWording.status(e).rawValue, outlets: e.corroboration,
                  conflicts: DateMarks.conflicts(of: e, in: corpus.fusion.conflicts))
    }

    /// Quotations attributed to the entity; the same words in several outlets are one line.
    private static func quotes(of entity: GlobalEntity, corpus: FusedCorpus) -> [QuoteLine] {
        var lines: [QuoteLine] = []
        var index: [String: Int] = [:]
        for fused in corpus.fusion.documents {
            let doc = fused.article.id
            for quote in fused.analysis.quotes {
                guard corpus.speakerID(quote, document: doc) == entity.id else { continue }
                let key = ActorFinder.key(quote.text)
                if let i = index[key] {
                    if !lines[i].documents.contains(doc) { lines[i].documents.append(doc) }
                } else {
                    index[key] = lines.count
                    lines.append(QuoteLine(text: quote.text, outlets: [], documents: [doc]))
                }
            }
        }
        return lines.map { line in
            var line = line
            line.outlets = corpus.namedOutlets(ofDocuments: line.documents)
            line.shownOutlets = corpus.outlets(ofDocuments: line.documents)
            return line
        }
    }

    /// People and organisations sharing the actor's events or documents, closest first.
    private static func related(to entity: GlobalEntity, events: [FusedEvent], corpus: FusedCorpus) -> [RelatedActor] {
        let mine = Set(entity.documents)
        var sharedEvents: [String: Int] = [:]
        for e in events { for id in Set(e.participantIDs) where id != entity.id { sharedEvents[id, default: 0] += 1 } }
        let candidates = corpus.fusion.entities.filter { e in
            e.id != entity.id && (e.type == .person || e.type == .org)
        }.compactMap { e -> RelatedActor? in
            let documents = e.documents.filter(mine.contains).count
            let together = sharedEvents[e.id] ?? 0
            guard documents + together > 0 else { return nil }
            return RelatedActor(id: e.id, name: e.name, type: e.type.rawValue, sharedDocuments: documents, sharedEvents: together)
        }
        return candidates.sorted { a, b in
            (a.sharedEvents, a.sharedDocuments) != (b.sharedEvents, b.sharedDocuments)
                ? (a.sharedEvents, a.sharedDocuments) > (b.sharedEvents, b.sharedDocuments) : a.id < b.id
        }
    }
}
