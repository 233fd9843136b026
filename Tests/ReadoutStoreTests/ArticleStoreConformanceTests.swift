// What every ArticleStore must do, whatever the backend: round trip, listing, duplicates,
// search with marked snippets, readable query errors, and whole-batch transactions. The same test
// functions run on SQLite and on a real PostgreSQL server (StoreBackends).
import Foundation
import ReadoutCore
import ReadoutStore
import Testing

@Suite struct ArticleStoreConformanceTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Says plainly, in every run without a server, that the PostgreSQL cases did not run.
    @Test(.enabled(if: PostgresTestServer.url != nil, Comment(rawValue: PostgresTestServer.skipped)))
    func postgresServerIsReachable() throws {
        let store = try StoreBackend.postgres.makeStore(in: folder).store
        #expect(try store.count() == 0)
    }

    @Test(arguments: StoreBackend.available)
    func savedDocumentReadsBackWithAllMetadataBlocksAndAnalysis(_ backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder).store
        var article = Samples.portTalks
        article.format = .html
        article.metadata.authors = ["Grace Otieno", "Kwame Mensah"]
        article.metadata.url = "https://example.org/africa/port-corridor"
        article.metadata.section = "Africa"
        article.metadata.credits = ["Photo: Staff"]
        article.metadata.publishedTime = "08:46 PM"

        let summary = try store.save(batch: [(article, Samples.portAnalysis)])
        #expect(summary.stored == 1 && summary.duplicates == 0)

        let stored = try #require(try store.document(id: summary.storedIDs[0]))
        #expect(stored.article == article)
        #expect(stored.analysis == Samples.portAnalysis)
        #expect(stored.analyzerVersion == "test-1")
        #expect(stored.ingestedAt.hasPrefix("20"))
        #expect(try store.document(id: 9_999) == nil)
    }

    @Test(arguments: StoreBackend.available)
    func listingGivesSummariesInStorageOrderWithLimitAndOffset(_ backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder).store
        _ = try store.save(batch: [Samples.portTalks, Samples.ceasefire, Samples.summit].map { ($0, ArticleAnalysis()) })

        let all = try store.documents(limit: 10, offset: 0)
        #expect(all.map(\.key) == ["nairobi-port", "ceasefire", "summit"])
        #expect(all[0].outlet == "Daily Ledger" && all[0].published == "2025-03-10")
        #expect(all[0].title == Samples.portTalks.metadata.title)
        #expect(all[0].wordCount == Samples.portTalks.wordCount)
        #expect(all[2].outlet == nil && all[2].published == nil)
        #expect(try store.documents(limit: 1, offset: 1).map(\.key) == ["ceasefire"])
        #expect(try store.count() == 3)
    }

    @Test(arguments: StoreBackend.available)
    func everyDocumentComesBackWithItsAnalysisInStorageOrderAcrossPages(_ backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder).store
        #expect(try store.allDocuments().isEmpty)
        // More than one page of documents, so paging must neither drop nor repeat any.
        var batch: [(Article, ArticleAnalysis)] = [(Samples.portTalks, Samples.portAnalysis)]
        for n in 1...600 {
            batch.append((makeArticle(id: "brief-\(n)", title: "Harbour note \(n)", paragraphs: ["Item \(n)."]),
                          ArticleAnalysis()))
        }
        _ = try store.save(batch: batch)

        var seen: [String] = []
        try store.forEachDocument { seen.append($0.article.id) }
        #expect(seen == batch.map(\.0.id))
        let all = try store.allDocuments()
        #expect(all.count == 601)
        #expect(all[0].article == Samples.portTalks && all[0].analysis == Samples.portAnalysis)
        #expect(all.map(\.id) == all.map(\.id).sorted())
        #expect(all[600].analysis == ArticleAnalysis())
    }

    @Test(arguments: StoreBackend.available)
    func sameContentIsStoredOnceAcrossAndWithinBatches(_ backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder).store
        #expect(try store.save(batch: [(Samples.portTalks, Samples.portAnalysis)]).stored == 1)

        // Same content from another file name: still the same article.
        var copy = Samples.portTalks
        copy.id = "copy-of-port"
        copy.source = "/elsewhere/copy-of-port.html"
        let second = try store.save(batch: [(copy, Samples.portAnalysis), (Samples.summit, ArticleAnalysis()),
                                            (Samples.summit, ArticleAnalysis())])
        #expect(second.stored == 1)
        #expect(second.duplicates == 2)
        #expect(try store.count() == 2)
    }

    @Test(arguments: StoreBackend.available)
    func searchFindsWordsAndPhrasesAndMarksTheMatch(_ backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder).store
        _ = try store.save(batch: [Samples.portTalks, Samples.ceasefire, Samples.summit].map { ($0, ArticleAnalysis()) })

        let hits = try store.search("ceasefire", limit: 10)
        #expect(hits.map(\.document.key) == ["ceasefire"])
        #expect(hits[0].snippet.contains(SearchHit.markStart + "ceasefire" + SearchHit.markEnd))
        #expect(!hits[0].snippet.contains("\n"))

        // Word forms: "talk" finds "talks"; several words must all occur.
        #expect(try store.search("talk corridor", limit: 10).map(\.document.key) == ["nairobi-port"])
        // A phrase in double quotes matches those words in that order only.
        #expect(try store.search("\"climate funds\"", limit: 10).map(\.document.key) == ["summit"])
        #expect(try store.search("\"funds climate\"", limit: 10).isEmpty)
        // Punctuation in plain words is not query syntax.
        #expect(try store.search("Fiji's two-day summit", limit: 10).map(\.document.key) == ["summit"])
        #expect(Set(try store.search("summit OR talks", limit: 10).map(\.document.key)) == ["summit", "nairobi-port"])
        #expect(try store.search("ceasefire", limit: 0).isEmpty)
    }

    @Test(arguments: StoreBackend.available)
    func titleMatchesRankAboveBodyMatches(_ backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder).store
        let inBody = makeArticle(id: "body", title: "Regional ministers end two days of meetings",
                                 paragraphs: ["They also touched on drought relief for farmers in the north."])
        let inTitle = makeArticle(id: "title", title: "Drought relief tops the agenda in the capital",
                                  paragraphs: ["Ministers met for two days and agreed on a fund for farmers."])
        _ = try store.save(batch: [(inBody, ArticleAnalysis()), (inTitle, ArticleAnalysis())])
        let hits = try store.search("drought relief", limit: 10)
        #expect(hits.map(\.document.key) == ["title", "body"])
        #expect(hits[0].score > hits[1].score)
    }

    @Test(arguments: StoreBackend.available)
    func badSearchSyntaxIsAOneLineErrorNotACrash(_ backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder).store
        _ = try store.save(batch: [(Samples.summit, ArticleAnalysis())])
        for query in ["(summit", "summit AND", "\"unclosed phrase"] {
            let error = #expect(throws: ReadoutError.self) { try store.search(query, limit: 5) }
            #expect(error?.reason.contains("cannot read the query") == true, "\(query): \(String(describing: error))")
            #expect(error?.description.contains("\n") == false)
        }
        #expect(throws: ReadoutError.self) { try store.search("   ", limit: 5) }
    }

    @Test(arguments: StoreBackend.available)
    func aBatchThatFailsHalfwayLeavesEarlierDataIntact(_ backend: StoreBackend) throws {
        let (store, reopen) = try backend.makeStore(in: folder)
        _ = try store.save(batch: [(Samples.portTalks, Samples.portAnalysis)])

        var broken = Samples.summit
        broken.contentHash = ""
        let failing: [(Article, ArticleAnalysis)] = [(Samples.ceasefire, ArticleAnalysis()), (broken, ArticleAnalysis())]
        let error = #expect(throws: ReadoutError.self) { try store.save(batch: failing) }
        #expect(error?.source == broken.source)

        // The good article before the bad one was rolled back with it; nothing earlier was lost.
        let reopened = try reopen()
        #expect(try reopened.documents(limit: 10, offset: 0).map(\.key) == ["nairobi-port"])
        #expect(try reopened.search("ceasefire", limit: 10).isEmpty)
        #expect(try reopened.document(id: 1)?.analysis == Samples.portAnalysis)
        // And the store still takes the rest afterwards.
        #expect(try reopened.save(batch: [(Samples.ceasefire, ArticleAnalysis())]).stored == 1)
    }
}
