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
    let store: any ArticleStore
    let fused: FusedSource

    /// Read-only: serving never writes to the database (an SQLite file, or a PostgreSQL URL).
    init(path: String) throws {
        store = try StoreOpening.forReading(path)
        fused = try FusedSource(store: store, inMemory: false)
    }

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
            documents: story.documents.compactMap { corpus.documents[$0].map(WebValues.document) })
    }

    func event(_ key: String) throws -> EventDetail? {
        guard let number = try fused.storyNumbers(reportingEvent: key).first,
              let (corpus, story) = try storyCorpus("story-\(number)"),
              let event = corpus.events(of: story).first(where: { $0.key == key })
        else { return nil }
        let conflicts = corpus.conflicts(about: [event])
        let reports = event.reports.map { report in
            var differs: [String] = []
            if let date = report.event.date, let agreed = event.date, date != agreed { differs.append("date") }
            if let place = report.event.location, let agreed = event.location, place != agreed { differs.append("place") }
            return EventReportView(
                outlet: corpus.outlet(ofDocument: report.document), document: corpus.documents[report.document].map(WebValues.document),
                date: report.event.date, place: report.event.location, status: report.event.status.rawValue,
                participants: report.event.participants, sentence: report.event.evidence.isEmpty ? nil : report.event.evidence, differs: differs)
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
            documents: profile.documents.map { DocumentRef(id: $0.id, title: $0.title, outlet: $0.outlet, published: $0.published,
                                                           publishedInferred: $0.publishedInferred) })
    }

    func conflicts(limit: Int, offset: Int) throws -> WebPage<ConflictView> {
        let page = try fused.conflicts(story: nil, limit: limit, offset: offset)
        return WebPage(items: ConflictRow.rows(page.values, corpus: page.corpus).map { WebValues.conflict($0, corpus: page.corpus) },
                       total: page.total, limit: limit, offset: offset)
    }

    func documents(limit: Int, offset: Int) throws -> WebPage<DocumentRef> {
        WebPage(items: try store.documents(limit: limit, offset: offset).map {
            DocumentRef(id: $0.id, title: $0.title, outlet: $0.outlet, published: $0.published)
        }, total: try store.count(), limit: limit, offset: offset)
    }

    func document(_ id: Int64) throws -> DocumentDetail? {
        guard let stored = try store.document(id: id) else { return nil }
        return WebValues.document(stored)
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

    /// A story by id: 400 for what is no story id, nil for a number no story has.
    private func storyCorpus(_ id: String) throws -> (FusedCorpus, Story)? {
        do { _ = try StoryID.number(id) } catch let failure as CommandFailure { throw WebBadRequest(failure.description) }
        do { return try fused.story(id, detail: .content) } catch is CommandFailure { return nil }
    }
}
