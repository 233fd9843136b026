// The web API's filtered listings (FusedEventFilter, QuoteFilter, DocumentLinks) answer the same on
// every backend: the gold articles fused at once into SQLite and into the backend under test, then
// every kind of filter — type, outlet, actor, date range, story, speaker — asked of both, compared
// by what a page shows (keys, totals, texts), never by row ids.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutFusion
import ReadoutStore
import Testing

@Suite(.serialized) struct WebListingBackendTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private static let analyzer = ArticleAnalyzer()
    private static func reanalyze(_ article: Article, _: String) -> ArticleAnalysis { analyzer.analyze(article) }

    private func fused(_ backend: StoreBackend) throws -> any KeepsFusedRecord {
        let store = try backend.makeStore(in: folder).store
        _ = try store.save(batch: goldArticles)
        try store.fusePending(reanalyze: Self.reanalyze)
        return store
    }

    private struct Page: Equatable {
        var total: Int
        var items: [String]
    }

    private func events(_ record: any ReadsFusedRecord, _ filter: FusedEventFilter) throws -> Page {
        let slice = try record.eventPage(filter, limit: 7, offset: 1)
        return Page(total: slice.total, items: slice.events.map { "\($0.key) \($0.date ?? "-")" })
    }

    private func conflicts(_ record: any ReadsFusedRecord, _ filter: FusedEventFilter, newestFirst: Bool) throws -> Page {
        let slice = try record.conflictPage(filter, newestFirst: newestFirst, limit: 5, offset: 0)
        return Page(total: slice.total, items: slice.conflicts.map { "\($0.key) \($0.field) \($0.scope)" }.sorted())
    }

    private func quotes(_ record: any ReadsFusedRecord, _ filter: QuoteFilter) throws -> Page {
        let page = try record.quotePage(filter, limit: 6, offset: 1)
        return Page(total: page.total, items: page.lines.map { "\($0.speakerKey)|\($0.speaker)|\($0.text)|\($0.title ?? "")|\($0.outlet ?? "")" })
    }

    @Test(arguments: StoreBackend.available)
    func filteredListingsAnswerAsSQLiteDoes(_ backend: StoreBackend) throws {
        try #require(goldArticles.count >= 16, "the synthetic gold set is in eval/synthetic/corpus")
        let reference = try #require(try fused(.sqlite) as? any ReadsFusedRecord)
        let store = try #require(try fused(backend) as? any ReadsFusedRecord)

        // Filter values the record really holds, so every filter keeps something.
        let all = try reference.eventPage(FusedEventFilter(), limit: -1, offset: 0)
        let dated = try #require(all.events.first { ($0.date?.count ?? 0) >= 7 }, "a dated event")
        let type = try #require(all.events.first?.type)
        let actor = try #require(all.events.flatMap(\.participantIDs).first)
        let outlet = try #require(all.members.compactMap { $0.article.metadata.outlet }.first { !$0.isEmpty })
        let month = String(try #require(dated.date).prefix(7))
        let filters = [
            FusedEventFilter(), FusedEventFilter(type: type), FusedEventFilter(outlet: outlet), FusedEventFilter(actorKey: actor),
            FusedEventFilter(from: month), FusedEventFilter(to: month), FusedEventFilter(from: month, to: month),
            FusedEventFilter(from: String(month.prefix(4)), type: type, outlet: outlet),
        ]
        for filter in filters {
            let expected = try events(reference, filter)
            #expect(expected.total > 0 || filter.outlet != nil, "\(filter) keeps events")
            #expect(try events(store, filter) == expected, "\(backend) events \(filter)")
            for newestFirst in [false, true] {
                #expect(try conflicts(store, filter, newestFirst: newestFirst) == conflicts(reference, filter, newestFirst: newestFirst),
                        "\(backend) conflicts \(filter) newestFirst \(newestFirst)")
            }
        }

        let storyID = try #require(try reference.storyPage(minDocuments: 2, limit: 1, offset: 0).stories.first?.id)
        let story = try #require(Int64(storyID.replacingOccurrences(of: "story-", with: "")), "a story numbered \(storyID)")
        let speaker = try #require(try reference.quotePage(QuoteFilter(), limit: 1, offset: 0).lines.first?.speakerKey)
        let quoteFilters = [
            QuoteFilter(), QuoteFilter(story: story), QuoteFilter(speakerKey: speaker), QuoteFilter(outlet: outlet),
            QuoteFilter(from: month), QuoteFilter(from: String(month.prefix(4)), to: month),
        ]
        for filter in quoteFilters {
            let expected = try quotes(reference, filter)
            #expect(try quotes(store, filter) == expected, "\(backend) quotes \(filter)")
        }
        #expect(try quotes(reference, QuoteFilter()).total > 0)

        // Each document's links, by article key (the store ids are each backend's own).
        func links(_ record: any ReadsFusedRecord, _ articles: any ArticleStore) throws -> [String: String] {
            var all: [String: String] = [:]
            for summary in try articles.documents(limit: 100_000, offset: 0) {
                let document = try #require(try articles.document(id: summary.id))
                let links = try record.documentLinks(summary.id)
                all[document.article.id] = "\(links.entities.sorted { $0.key < $1.key }) \(links.events.sorted { $0.key < $1.key })"
            }
            return all
        }
        let expectedLinks = try links(reference, try #require(reference as? any ArticleStore))
        #expect(expectedLinks.values.contains { $0 != "[] []" })
        #expect(try links(store, try #require(store as? any ArticleStore)) == expectedLinks)
    }
}
