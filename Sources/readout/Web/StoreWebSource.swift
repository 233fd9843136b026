// What `readout serve` shows, answered from the fused record in the store through the same
// queries and rows as the stories, timeline, actor, conflicts, compare, documents and search
// commands (FusedSource, StoryRow, TimelineRow, ConflictRow, ActorProfile, SourceMatrix): a page
// says what the command says. In: the database file. Out: ReadoutWeb's view values.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutFusion
import ReadoutStore
import ReadoutWeb

struct StoreWebSource: WebSource {
    /// One read-only connection and the record's queries over it. A read-only SQLite store is one
    /// connection, which answers one read at a time, and so is a PostgreSQL one; the server keeps one
    /// per core, and each question takes the next, so requests on different cores do not wait for each other.
    private struct Lane {
        let store: any ArticleStore
        let record: any ReadsFusedRecord
        let fused: FusedSource
    }

    private let lanes: [Lane]
    private let turn = Turn()

    /// Read-only: serving never writes to the database (an SQLite file, or a PostgreSQL URL).
    init(path: String, connections: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        lanes = try (0..<max(1, min(connections, 16))).map { i in
            let store = try StoreOpening.forReading(path)
            guard let record = store as? any ReadsFusedRecord else {
                throw CommandFailure("\(StoreOpening.displayName(path)) keeps no fused record to serve")
            }
            return Lane(store: store, record: record, fused: try FusedSource(store: store, inMemory: false, reportPending: i == 0))
        }
    }

    private var store: any ArticleStore { lanes[turn.next(lanes.count)].store }
    private var record: any ReadsFusedRecord { lanes[turn.next(lanes.count)].record }
    private var fused: FusedSource { lanes[turn.next(lanes.count)].fused }

    func stories(limit: Int, offset: Int) throws -> WebPage<StorySummary> {
        let page = try fused.stories(minDocuments: 1, limit: limit, offset: offset)
        return WebPage(items: StoryRow.rows(page.values, corpus: page.corpus).map(WebValues.story), total: page.total, limit: limit, offset: offset)
    }

    func story(_ id: String) throws -> StoryDetail? {
        guard let (corpus, story) = try storyCorpus(id) else { return nil }
        let events = corpus.events(of: story)
        let conflicts = corpus.conflicts(about: events)
        let matrix = SourceMatrix(story: story, corpus: corpus)
        func coverage(_ items: [SourceMatrix.Item]) -> [OutletCoverage] {
            items.map { item in OutletCoverage(item: item.item, label: item.label, cells: matrix.outlets.map { .init(outlet: $0, says: item.reportedBy[$0]) }) }
        }
        return StoryDetail(
            story: WebValues.story(StoryRow.rows([story], corpus: corpus)[0]),
            events: events.map { WebValues.event($0, corpus: corpus, conflicts: conflicts) },
            conflicts: ConflictRow.rows(conflicts, corpus: corpus).map { WebValues.conflict($0, corpus: corpus) },
            outlets: matrix.outlets, eventCoverage: coverage(matrix.events), quoteCoverage: coverage(matrix.quotes),
            wording: matrix.wording.map { WordingView(outlet: $0.outlet, about: $0.label, terms: $0.terms) },
            accounts: events.compactMap { WebValues.accounts($0, corpus: corpus) },
            quotes: WebValues.quotes(of: story, corpus: corpus),
            documents: story.documents.compactMap { corpus.documents[$0].map(WebValues.document) })
    }

    func comparison(_ id: String) throws -> ComparisonView? {
        guard let detail = try story(id) else { return nil }
        return ComparisonView(story: detail.story, outlets: detail.outlets, eventCoverage: detail.eventCoverage,
                              quoteCoverage: detail.quoteCoverage, accounts: detail.accounts, wording: detail.wording)
    }

    func briefing(_ id: String) throws -> String? {
        guard let (corpus, story) = try storyCorpus(id) else { return nil }
        return Briefing(story: story, corpus: corpus).markdown(withEvidence: false)
    }

    func event(_ key: String) throws -> EventDetail? {
        guard let number = try fused.storyNumbers(reportingEvent: key).first,
              // Each report's sentence and values are in the fused event: the documents' text is not needed.
              let (corpus, story) = try storyCorpus("story-\(number)", detail: .metadata),
              let event = corpus.events(of: story).first(where: { $0.key == key })
        else { return nil }
        let conflicts = corpus.conflicts(about: [event])
        let reports = event.reports.map { report in
            EventReportView(
                outlet: corpus.outlet(ofDocument: report.document), document: corpus.documents[report.document].map(WebValues.document),
                date: report.event.date, place: report.event.location, status: report.event.status.rawValue,
                participants: report.event.participants, sentence: report.event.evidence.isEmpty ? nil : report.event.evidence,
                differs: WebValues.differences(report, from: event))
        }
        return EventDetail(event: WebValues.event(event, corpus: corpus, conflicts: conflicts),
                           story: WebValues.story(StoryRow.rows([story], corpus: corpus)[0]), reports: reports,
                           conflicts: ConflictRow.rows(conflicts, corpus: corpus).map { WebValues.conflict($0, corpus: corpus) })
    }

    func actor(_ nameOrID: String) throws -> ActorDetail? {
        let found: (corpus: FusedCorpus, profile: ActorProfile)
        // (A page of each list, as `readout actor` shows it by default, with a dozen actors met.)
        do { found = try fused.actorPage(nameOrID, window: ActorProfile.ListWindow(limit: 50, offset: 0, related: 12)) }
        catch let failure as CommandFailure {
            // ActorFinder says "no actor matches" when nothing does, and lists the candidates when a
            // name fits several ("Wang" in a store with three Wangs): that one the reader must narrow.
            if failure.description.hasPrefix("no actor") { return nil }
            throw WebBadRequest(failure.description)
        }
        let corpus = found.corpus
        let profile = found.profile
        let byKey = Dictionary(corpus.fusion.events.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let events = profile.events.compactMap { byKey[$0.event] }
        return ActorDetail(
            id: profile.id, name: profile.name, type: profile.type, otherNames: profile.otherNames, roles: profile.roles, country: profile.country,
            events: events.map { WebValues.event($0, corpus: corpus, conflicts: corpus.fusion.conflicts) },
            quotes: profile.quotes.map { QuoteView(speaker: ActorRef(name: profile.name, id: profile.id), text: $0.text, outlets: $0.shownOutlets) },
            related: profile.related.map { .init(actor: ActorRef(name: $0.name, id: $0.id), type: $0.type, sharedEvents: $0.sharedEvents,
                                                  sharedDocuments: $0.sharedDocuments) },
            relatedNote: profile.relatedNote,
            documents: profile.documents.map { DocumentRef(id: $0.id, title: $0.title, outlet: $0.outlet, published: $0.published,
                                                           publishedInferred: $0.publishedInferred) })
    }

    func conflicts(_ filter: WebFilter, limit: Int, offset: Int) throws -> WebPage<ConflictView> {
        let page = try answering { try fused.conflicts(listing(filter), record: record, limit: limit, offset: offset) }
        return WebPage(items: ConflictRow.rows(page.values, corpus: page.corpus).map { WebValues.conflict($0, corpus: page.corpus) },
                       total: page.total, limit: limit, offset: offset)
    }

    func events(_ filter: WebFilter, limit: Int, offset: Int) throws -> WebPage<EventSummary> {
        let page = try answering { try fused.events(listing(filter), record: record, limit: limit, offset: offset) }
        return WebPage(items: page.values.map { WebValues.event($0, corpus: page.corpus, conflicts: page.corpus.fusion.conflicts) },
                       total: page.total, limit: limit, offset: offset)
    }

    func quotes(_ filter: WebFilter, limit: Int, offset: Int) throws -> WebPage<QuoteLineView> {
        let page = try answering { try fused.quotes(listing(filter), record: record, limit: limit, offset: offset) }
        return WebPage(items: page.lines.map { line in
            QuoteLineView(speaker: ActorRef(name: line.speaker, id: line.speakerKey), text: line.text,
                          document: DocumentRef(id: line.documentID, title: line.title, outlet: line.outlet, published: line.published))
        }, total: page.total, limit: limit, offset: offset)
    }

    func documents(limit: Int, offset: Int) throws -> WebPage<DocumentRef> {
        WebPage(items: try store.documents(limit: limit, offset: offset).map {
            DocumentRef(id: $0.id, title: $0.title, outlet: $0.outlet, published: $0.published)
        }, total: try store.count(), limit: limit, offset: offset)
    }

    func document(_ id: Int64) throws -> DocumentDetail? {
        guard let stored = try store.document(id: id) else { return nil }
        return WebValues.document(stored, links: try record.documentLinks(id))
    }

    func search(_ query: String, limit: Int, offset: Int) throws -> WebPage<SearchHitView> {
        do {
            let hits = try store.search(query, limit: limit, offset: offset)
            return WebPage(items: hits.map { hit in
                SearchHitView(document: DocumentRef(id: hit.document.id, title: hit.document.title, outlet: hit.document.outlet,
                                                    published: hit.document.published),
                              snippet: hit.snippet, score: (hit.score * 1000).rounded() / 1000)
            }, total: try store.searchCount(query), limit: limit, offset: offset)
        } catch let error as ReadoutError where error.source == "search" {
            throw WebBadRequest(error.reason)
        }
    }

    /// Takes the lanes in turn.
    private final class Turn: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0

        func next(_ lanes: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            count &+= 1
            return count % lanes
        }
    }

    /// The route's filter as the listings take it (the routes checked every value).
    private func listing(_ filter: WebFilter) -> ListingFilter {
        ListingFilter(story: filter.story, actor: filter.actor, events: FusedEventFilter(
            from: filter.from, to: filter.to, type: filter.type.flatMap(EventType.init(rawValue:)), outlet: filter.outlet))
    }

    /// A listing whose filter names a story or actor nothing has is a 404; a story id that is none, or
    /// a name several actors share, a 400 saying so.
    private func answering<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let failure as CommandFailure {
            let reason = failure.description
            if reason.hasPrefix("no story") || reason.hasPrefix("no actor") { throw NotFound(reason) }
            throw WebBadRequest(reason)
        }
    }

    /// A story by id: 400 for what is no story id, nil for a number no story has.
    private func storyCorpus(_ id: String, detail: MemberDetail = .content) throws -> (FusedCorpus, Story)? {
        do { _ = try StoryID.number(id) } catch let failure as CommandFailure { throw WebBadRequest(failure.description) }
        do { return try fused.story(id, detail: detail) } catch is CommandFailure { return nil }
    }
}
