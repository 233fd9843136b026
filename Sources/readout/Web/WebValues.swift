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

    /// Fields on which one report differs from what the fused event settled on.
    static func differences(_ report: EventReport, from event: FusedEvent) -> [String] {
        var differs: [String] = []
        if let date = report.event.date, let agreed = event.date, date != agreed { differs.append("date") }
        if let place = report.event.location, let agreed = event.location, place != agreed { differs.append("place") }
        return differs
    }

    /// Each outlet's sentence for an event, side by side: the first report of each outlet (an outlet
    /// telling it twice words it its own way once). Nil when fewer than two outlets report it: there
    /// is nothing to compare.
    static func accounts(_ event: FusedEvent, corpus: FusedCorpus) -> EventAccountsView? {
        var seen: Set<String> = []
        var accounts: [AccountView] = []
        for report in event.reports {
            let outlet = corpus.outlet(ofDocument: report.document)
            guard seen.insert(outlet).inserted else { continue }
            accounts.append(AccountView(
                outlet: outlet, sentence: report.event.evidence.isEmpty ? nil : report.event.evidence, date: report.event.date,
                document: corpus.documents[report.document].map(document), differs: differences(report, from: event)))
        }
        guard accounts.count >= 2 else { return nil }
        return EventAccountsView(event: event.key, label: EventWording.label(event), accounts: accounts)
    }

    /// A story's attributed quotes (as the briefing lists them): the same words by the same speaker
    /// in several outlets once, with those outlets.
    static func quotes(of story: Story, corpus: FusedCorpus) -> [QuoteView] {
        let entities = corpus.entitiesByID
        let members = Set(story.documents)
        var quotes: [QuoteView] = []
        var index: [String: Int] = [:]
        for fused in corpus.fusion.documents where members.contains(fused.article.id) {
            let doc = fused.article.id
            for quote in fused.analysis.quotes {
                let id = corpus.speakerID(quote, document: doc)
                guard let speaker = id.flatMap({ entities[$0]?.name }) ?? quote.speaker else { continue }
                let key = ActorFinder.key(speaker) + "|" + ActorFinder.key(quote.text)
                let outlet = corpus.outlet(ofDocument: doc)
                if let i = index[key] {
                    if !quotes[i].outlets.contains(outlet) { quotes[i].outlets.append(outlet) }
                } else {
                    index[key] = quotes.count
                    quotes.append(QuoteView(speaker: ActorRef(name: speaker, id: id), text: quote.text, outlets: [outlet]))
                }
            }
        }
        return quotes
    }

    /// The cleaned text with what the analysis found in it, as offsets to mark inline, linked to the
    /// fused record's actor and event pages where `links` places them there.
    static func document(_ stored: StoredDocument, links: DocumentLinks) -> DocumentDetail {
        let article = stored.article
        let analysis = stored.analysis ?? ArticleAnalyzer().analyze(article)
        let summary = DocumentRef(id: stored.id, title: article.metadata.title, outlet: article.metadata.outlet,
                                  published: article.metadata.published, publishedInferred: article.metadata.publishedSource == .inferred)
        func actor(_ name: String, local: String?) -> ActorRef {
            ActorRef(name: name, id: local.flatMap { links.entities[$0] } ?? links.entities[name])
        }
        var marks: [TextMark] = []
        for entity in analysis.entities {
            let ref = actor(entity.name, local: entity.id)
            for mention in entity.mentions {
                marks.append(TextMark(kind: "entity", start: mention.start, end: mention.end, label: "\(entity.name) (\(entity.type.rawValue))",
                                      href: ref.href))
            }
        }
        for time in analysis.times {
            marks.append(TextMark(kind: "time", start: time.span.start, end: time.span.end, label: time.value ?? time.text, href: nil))
        }
        for quote in analysis.quotes {
            let speaker = quote.speaker.map { actor($0, local: quote.speakerEntity) }
            marks.append(TextMark(kind: "quote", start: quote.span.start, end: quote.span.end,
                                  label: "quoted: " + (quote.speaker ?? "unattributed"), href: speaker?.href))
        }
        for event in analysis.events {
            let label = "\(event.type.rawValue) \(event.participants.joined(separator: ", "))" + (event.date.map { ", \($0)" } ?? "")
            marks.append(TextMark(kind: "event", start: event.evidenceSpan.start, end: event.evidenceSpan.end, label: label,
                                  href: links.events[event.id].map { "/events/" + WebPath.segment($0) }))
        }
        return DocumentDetail(
            document: summary, source: article.source, text: article.text,
            blocks: article.blocks.map { TextBlockView(kind: $0.kind.rawValue, start: $0.span.start, end: $0.span.end) },
            marks: marks.sorted { ($0.start, $0.end) < ($1.start, $1.end) },
            paragraphs: article.text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) },
            entities: analysis.entities.map { .init(actor: actor($0.name, local: $0.id), type: $0.type.rawValue) },
            times: analysis.times.map { time in time.value.map { "\(time.text) → \($0)" } ?? time.text },
            quotes: analysis.quotes.map { q in QuoteView(speaker: q.speaker.map { actor($0, local: q.speakerEntity) }, text: q.text, outlets: []) },
            events: analysis.events.map { .init(type: $0.type.rawValue, participants: $0.participants, date: $0.date,
                                                status: $0.status.rawValue, sentence: $0.evidence, eventKey: links.events[$0.id]) })
    }
}
