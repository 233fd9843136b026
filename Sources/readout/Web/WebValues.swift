// The command line's rows (StoryRow, TimelineRow, ConflictRow) as ReadoutWeb's view values, and
// stored documents as the document page shows them. Only renaming and linking: every fact comes
// from the rows, so the web and the commands cannot drift apart.
import ReadoutAnalysis
import ReadoutCore
import ReadoutFusion
import ReadoutStore
import ReadoutWeb

enum WebValues {
    static func story(_ row: StoryRow) -> StorySummary {
        StorySummary(id: row.id, title: row.title, documents: row.documents.count, outlets: row.shownOutlets,
                     firstPublished: row.firstPublished, lastPublished: row.lastPublished, topEntities: row.topEntities, events: row.events)
    }

    static func event(_ event: FusedEvent, corpus: FusedCorpus, conflicts: [FusionConflict]) -> EventSummary {
        let row = TimelineRow(event, corpus: corpus, conflicts: conflicts)
        return EventSummary(
            key: row.event, label: EventWording.label(event), type: row.type, date: row.date, dateInferred: row.dateInferred,
            participants: zip(event.participants, event.participantIDs).map { ActorRef(name: $0.0, id: $0.1) }, place: row.place,
            status: row.status, corroboration: row.outlets, reportedBy: row.reportedBy, conflicts: row.conflicts)
    }

    static func conflict(_ row: ConflictRow, corpus: FusedCorpus) -> ConflictView {
        ConflictView(
            event: row.event, eventLabel: row.eventLabel, field: row.field, scope: row.scope, statement: row.statement,
            values: row.values.map { .init(value: $0.value, outlets: $0.labels) },
            sentences: row.sentences.map { .init(outlet: $0.label, text: $0.text, document: corpus.documents[$0.document].map(document)) })
    }

    static func document(_ d: FusedCorpus.Document) -> DocumentRef {
        DocumentRef(id: d.storeID, title: d.article.metadata.title, outlet: d.outletName, published: d.published,
                    publishedInferred: d.publishedInferred)
    }

    /// The cleaned text by paragraph, with what the analysis found in it. Names link to actor pages by
    /// name: the actor page resolves them as `readout actor` does.
    static func document(_ stored: StoredDocument) -> DocumentDetail {
        let article = stored.article
        let analysis = stored.analysis ?? ArticleAnalyzer().analyze(article)
        let summary = DocumentRef(id: stored.id, title: article.metadata.title, outlet: article.metadata.outlet,
                                  published: article.metadata.published, publishedInferred: article.metadata.publishedSource == .inferred)
        return DocumentDetail(
            document: summary, source: article.source,
            paragraphs: article.text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) },
            entities: analysis.entities.map { .init(actor: ActorRef(name: $0.name, id: $0.name), type: $0.type.rawValue) },
            times: analysis.times.map { time in time.value.map { "\(time.text) → \($0)" } ?? time.text },
            quotes: analysis.quotes.map { q in QuoteView(speaker: q.speaker.map { ActorRef(name: $0, id: $0) }, text: q.text, outlets: []) },
            events: analysis.events.map { .init(type: $0.type.rawValue, participants: $0.participants, date: $0.date,
                                                status: $0.status.rawValue, sentence: $0.evidence) })
    }
}
