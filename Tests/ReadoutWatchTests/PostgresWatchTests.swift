// `readout watch` into a PostgreSQL database on the real test server, against the real fixture
// site: new items stored once across polls and across a restart (the validators kept in the
// database, so the restarted watch is answered 304), two watchers reading the same feed at the same
// moment fetching and storing each item once, and `watch --queue` followed by `readout worker`
// leaving the fused record a straight `watch` leaves. Runs when READOUT_TEST_POSTGRES_URL names a
// server (scripts/test-postgres.sh start; .ci/run); set but unreachable, these fail.
import Foundation
import ReadoutAnalysis
import ReadoutIngest
import ReadoutPostgres
import ReadoutWatch
import Testing
@testable import readout

private let serverURL = ProcessInfo.processInfo.environment["READOUT_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
private let skipped = Comment(rawValue: "READOUT_TEST_POSTGRES_URL is not set: the PostgreSQL watch tests are skipped")

/// A new, empty database on the test server, so tests never see each other's rows.
private func freshDatabase() throws -> PostgresURL {
    let server = try PostgresURL(try #require(serverURL))
    let name = "readout_watch_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    try PostgresStore.createDatabase(name, on: server)
    return server.with(database: name)
}

private func storedSources(_ url: PostgresURL) throws -> [String] {
    var sources: [String] = []
    try PostgresStore(url: url).forEachDocument { sources.append($0.article.source) }
    return sources
}

@Suite(.serialized) struct PostgresWatchTests {
    private func readout(_ arguments: [String], in folder: URL) async throws -> WatchCommandTests.Run {
        try await WatchCommandTests.readout(arguments, in: folder)
    }

    @Test(.enabled(if: serverURL != nil, skipped))
    func newItemsAreStoredOnceAcrossPollsAndARestart() async throws {
        let url = try freshDatabase()
        let folder = try WatchDatabase()
        try await FeedSite.serve { site in
            let feed = site.url("/feeds/harbour.rss")
            // Two polls by one watcher: the second is conditional and answered 304.
            do {
                let store = try PostgresStore(url: url, analyzerVersion: "test")
                let run = IngestRun(reader: ArticleReader(), analyzer: ArticleAnalyzer(), store: store, batchSize: 50)
                let poll = FeedPoll(fetcher: HTTPFetcher(limits: WatchDatabase.quickLimits), state: store, sink: WatchSink(run: run))
                let first = await poll.poll(feed)
                #expect(first.status == .read(items: 2, new: 2))
                #expect(first.stored == 2 && first.pageFailures.isEmpty, "\(first.pageFailures)")
                let second = await poll.poll(feed)
                #expect(second.status == .notModified)
                await poll.fetcher.shutdown()
            }

            // A restart, as a new process: the validators come from the database.
            let restarted = try await readout(["watch", "--once", "--db", url.description, feed], in: folder.folder)
            #expect(restarted.status == 0, "\(restarted.stderr)")
            #expect(restarted.stdout.contains("\(feed): unchanged (304 Not Modified)"), "\(restarted.stdout)")
            let conditional = try #require(await site.state.headers(of: "/feeds/harbour.rss").last)
            #expect(conditional[.ifNoneMatch] == "\"harbour-1\"")

            // The feed gains an item: the next run fetches only that page.
            await site.state.publishSecondEdition()
            let later = try await readout(["watch", "--once", "--db", url.description, feed], in: folder.folder)
            #expect(later.status == 0, "\(later.stderr)")
            #expect(later.stdout.contains("\(feed): 1 new of 3 items: 1 document stored"), "\(later.stdout)")
            for page in ["ferry-talks", "grain-accord", "river-summit"] {
                #expect(await site.state.count("/pages/\(page).html") == 1, "\(page) fetched once")
            }
            #expect(try storedSources(url) == ["ferry-talks", "grain-accord", "river-summit"].map { site.url("/pages/\($0).html") })
        }
    }

    /// The site holds the feed until both watchers have asked for it, so both find the same two items
    /// new at once; the one that claims them fetches and stores (or queues) them, the other leaves them.
    @Test(.enabled(if: serverURL != nil, skipped), arguments: [false, true])
    func twoWatchersOnOneDatabaseTakeEachItemOnce(queue: Bool) async throws {
        let url = try freshDatabase()
        // Migrated before the race, as a database in use is.
        let store = try PostgresStore(url: url)
        let folder = try WatchDatabase()
        try await FeedSite.serve { site in
            let feed = site.url("/feeds/together.rss")
            let arguments = ["watch", "--once", "--db", url.description, feed] + (queue ? ["--queue"] : [])
            async let one = readout(arguments, in: folder.folder)
            async let other = readout(arguments, in: folder.folder)
            let runs = try await [one, other]
            for run in runs { #expect(run.status == 0, "\(run.stdout) \(run.stderr)") }
            #expect(await site.state.count("/feeds/together.rss") == 2)
            #expect(await site.state.count("/pages/ferry-talks.html") == 1)
            #expect(await site.state.count("/pages/grain-accord.html") == 1)
            let done = queue ? "2 articles queued" : "2 documents stored"
            let left = queue ? "0 articles queued, 2 left to another watcher" : "0 documents stored, 2 left to another watcher"
            let lines = Set(runs.compactMap { $0.stdout.split(separator: "\n").first.map(String.init) })
            #expect(lines == ["\(feed): 2 new of 2 items: \(done)", "\(feed): 2 new of 2 items: \(left)"], "\(lines)")
            if queue {
                #expect(try store.queuedCount() == 2, "each item queued once")
                #expect(try await readout(["worker", "--db", url.description], in: folder.folder).status == 0)
            }
            #expect(try store.count() == 2)
        }
    }

    @Test(.enabled(if: serverURL != nil, skipped))
    func watchQueueThenWorkerGivesTheRecordAStraightWatchGives() async throws {
        let straight = try freshDatabase().description
        let queued = try freshDatabase().description
        let folder = try WatchDatabase()
        try await FeedSite.serve { site in
            let feeds = [site.url("/feeds/harbour.rss"), site.url("/feeds/upland.atom")]
            // One feed at a time, so the articles reach each database in the same order (the same ids).
            let watch = ["watch", "--once", "--parallel", "1"]
            let direct = try await readout(watch + ["--db", straight] + feeds, in: folder.folder)
            #expect(direct.status == 0, "\(direct.stderr)")
            let local = try await readout(watch + ["--db", folder.path] + feeds, in: folder.folder)
            #expect(local.status == 0, "\(local.stderr)")
            let queueing = try await readout(watch + ["--queue", "--db", queued] + feeds, in: folder.folder)
            #expect(queueing.status == 0, "\(queueing.stderr)")
            #expect(queueing.stdout.contains("\(feeds[0]): 2 new of 2 items: 2 articles queued"), "\(queueing.stdout)")
            #expect(queueing.stdout.contains("3 articles queued for `readout worker`"), "\(queueing.stdout)")
            let worker = try await readout(["worker", "--db", queued], in: folder.folder)
            #expect(worker.status == 0, "\(worker.stderr)")
            #expect(worker.stdout.contains("3 documents stored"), "\(worker.stdout)")

            for command in [["documents"], ["stories"], ["timeline"], ["conflicts"]] {
                let arguments = command + ["--format", "json"]
                let expected = try await readout(arguments + ["--db", straight], in: folder.folder)
                let got = try await readout(arguments + ["--db", queued], in: folder.folder)
                let file = try await readout(arguments + ["--db", folder.path], in: folder.folder)
                #expect(expected.status == 0 && got.status == 0 && file.status == 0, "\(got.stderr)")
                #expect(got.stdout == expected.stdout, "\(command[0]): queued and worked differs from a straight watch")
                #expect(file.stdout == expected.stdout, "\(command[0]): PostgreSQL differs from an SQLite file")
            }
            let stories = try await readout(["stories", "--format", "json", "--db", queued], in: folder.folder)
            #expect(((try JSONSerialization.jsonObject(with: Data(stories.stdout.utf8)) as? [Any])?.count ?? 0) >= 1, "\(stories.stdout)")
        }
    }
}
