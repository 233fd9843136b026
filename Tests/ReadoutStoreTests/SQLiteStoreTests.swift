// SQLiteStore against real database files in a temporary folder.
import Foundation
import ReadoutCore
import ReadoutStore
import Testing

@Suite struct SQLiteStoreTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func newDatabaseRunsEveryMigrationOnceAndReopens() throws {
        let path = folder.path("new.sqlite")
        let store = try SQLiteStore(path: path)
        #expect(try store.appliedMigrations() == ["v1-documents", "v1-fts", "v1-analysis", "v1-facts"])
        _ = try store.save(batch: [(Samples.summit, ArticleAnalysis())])

        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.appliedMigrations().count == 4)
        #expect(try reopened.count() == 1)
    }

    @Test func savedDocumentReadsBackWithAllMetadataBlocksAndAnalysis() throws {
        let store = try SQLiteStore(path: folder.path("roundtrip.sqlite"), analyzerVersion: "test-1")
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

    @Test func listingGivesSummariesInStorageOrderWithLimitAndOffset() throws {
        let store = try SQLiteStore(path: folder.path("list.sqlite"))
        _ = try store.save(batch: [Samples.portTalks, Samples.ceasefire, Samples.summit].map { ($0, ArticleAnalysis()) })

        let all = try store.documents(limit: 10, offset: 0)
        #expect(all.map(\.key) == ["nairobi-port", "ceasefire", "summit"])
        #expect(all[0].outlet == "Daily Ledger" && all[0].published == "2025-03-10")
        #expect(all[0].title == Samples.portTalks.metadata.title)
        #expect(all[0].wordCount == Samples.portTalks.wordCount)
        #expect(all[2].outlet == nil && all[2].published == nil)
        #expect(try store.documents(limit: 1, offset: 1).map(\.key) == ["ceasefire"])
    }

    @Test func sameContentIsStoredOnceAcrossAndWithinBatches() throws {
        let store = try SQLiteStore(path: folder.path("dup.sqlite"))
        let first = try store.save(batch: [(Samples.portTalks, Samples.portAnalysis)])
        #expect(first.stored == 1)

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

    @Test func searchRanksMatchesAndMarksTheMatchedWords() throws {
        let store = try SQLiteStore(path: folder.path("search.sqlite"))
        _ = try store.save(batch: [Samples.portTalks, Samples.ceasefire, Samples.summit].map { ($0, ArticleAnalysis()) })

        let hits = try store.search("ceasefire", limit: 10)
        #expect(hits.map(\.document.key) == ["ceasefire"])
        #expect(hits[0].snippet.contains("[ceasefire]"))
        #expect(!hits[0].snippet.contains("\n"))

        // Stemming: "talk" finds "talks"; several words must all occur.
        #expect(try store.search("talk corridor", limit: 10).map(\.document.key) == ["nairobi-port"])
        // A phrase in double quotes matches those words in that order only.
        #expect(try store.search("\"climate funds\"", limit: 10).map(\.document.key) == ["summit"])
        #expect(try store.search("\"funds climate\"", limit: 10).isEmpty)
        // Punctuation that is FTS5 syntax is fine in plain words.
        #expect(try store.search("Fiji's two-day summit", limit: 10).map(\.document.key) == ["summit"])
        // FTS5 operators are honoured when the query uses them.
        let both = try store.search("summit OR talks", limit: 10).map(\.document.key)
        #expect(Set(both) == ["summit", "nairobi-port"])
        #expect(try store.search("ceasefire", limit: 0).isEmpty)
    }

    @Test func badSearchSyntaxIsAOneLineErrorNotACrash() throws {
        let store = try SQLiteStore(path: folder.path("syntax.sqlite"))
        _ = try store.save(batch: [(Samples.summit, ArticleAnalysis())])
        for query in ["(summit", "summit AND", "\"unclosed phrase", "nosuchcolumn: summit OR x"] {
            let error = #expect(throws: ReadoutError.self) { try store.search(query, limit: 5) }
            #expect(error?.reason.contains("cannot read the query") == true, "\(query): \(String(describing: error))")
            #expect(error?.description.contains("\n") == false)
        }
        #expect(throws: ReadoutError.self) { try store.search("   ", limit: 5) }
    }

    @Test func aBatchThatFailsHalfwayLeavesEarlierDataIntact() throws {
        let path = folder.path("tx.sqlite")
        let store = try SQLiteStore(path: path)
        _ = try store.save(batch: [(Samples.portTalks, Samples.portAnalysis)])

        var broken = Samples.summit
        broken.contentHash = ""
        let failing: [(Article, ArticleAnalysis)] = [(Samples.ceasefire, ArticleAnalysis()), (broken, ArticleAnalysis())]
        let error = #expect(throws: ReadoutError.self) { try store.save(batch: failing) }
        #expect(error?.source == broken.source)

        // The good article before the bad one was rolled back with it; nothing earlier was lost.
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.documents(limit: 10, offset: 0).map(\.key) == ["nairobi-port"])
        #expect(try reopened.search("ceasefire", limit: 10).isEmpty)
        #expect(try reopened.document(id: 1)?.analysis == Samples.portAnalysis)
        // And the store still takes the rest afterwards.
        #expect(try reopened.save(batch: [(Samples.ceasefire, ArticleAnalysis())]).stored == 1)
    }

    @Test func aTextFileIsRefusedWithOneLineAndLeftUntouched() throws {
        let path = folder.path("notes.txt")
        let content = "These are my notes, not a database.\nSecond line.\n"
        try content.write(toFile: path, atomically: true, encoding: .utf8)

        let error = #expect(throws: ReadoutError.self) { try SQLiteStore(path: path) }
        #expect(error?.source == path)
        #expect(error?.reason.contains("not a Readout database") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aFolderOrMissingParentGivesAClearError() throws {
        let error = #expect(throws: ReadoutError.self) {
            try SQLiteStore(path: folder.path("no/such/folder/db.sqlite"))
        }
        #expect(error?.reason.contains("cannot open") == true)
    }
}
