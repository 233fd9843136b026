// The real `readout watch --once` binary against the fixture site: one line per feed, one stderr
// line per failure, the exit code saying whether anything failed, and a second run that finds
// nothing new. The binary is the one `swift test` built next to this test bundle.
import Foundation
import Testing

@Suite struct WatchCommandTests {
    struct Run: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Runs `readout` in `folder`, waiting on a plain thread so the test server's tasks keep running.
    static func readout(_ arguments: [String], in folder: URL) async throws -> Run {
        let products = Bundle.module.bundleURL.deletingLastPathComponent()
        let binary = ProcessInfo.processInfo.environment["READOUT_BINARY"].map(URL.init(fileURLWithPath:))
            ?? products.appendingPathComponent("readout")
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)"), err = folder.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        return Run(status: status, stdout: try String(contentsOf: out, encoding: .utf8),
                   stderr: try String(contentsOf: err, encoding: .utf8))
    }

    @Test func watchOnceStoresNewArticlesReportsFailuresAndExitsNonzero() async throws {
        let database = try WatchDatabase()
        let folder = database.folder
        try await FeedSite.serve { site in
            let list = folder.appendingPathComponent("feeds.txt")
            try """
            # the desks we follow
            \(site.url("/feeds/harbour.rss"))

            \(site.url("/feeds/error-500.rss"))
            """.write(to: list, atomically: true, encoding: .utf8)
            let arguments = ["watch", "--once", "--db", database.path, "--timeout", "10"]

            let first = try await Self.readout(arguments + [list.path], in: folder)
            #expect(first.status == 1, "a feed failed: \(first.stdout) \(first.stderr)")
            #expect(first.stdout.contains("\(site.url("/feeds/harbour.rss")): 2 new of 2 items: 2 documents stored"), "\(first.stdout)")
            #expect(first.stderrLines == ["readout: \(site.url("/feeds/error-500.rss")): HTTP 500 Internal Server Error"],
                    "\(first.stderr)")
            #expect(first.stdout.contains("2 feeds polled in "), "\(first.stdout)")
            #expect(first.stdout.contains("(1 with new items, 0 unchanged, 1 failed); 2 documents stored"), "\(first.stdout)")
            #expect(await site.state.headers(of: "/feeds/harbour.rss").first?[.userAgent]?.hasPrefix("Readout/") == true)

            // The healthy feed alone: 304, nothing fetched, exit 0.
            let second = try await Self.readout(arguments + [site.url("/feeds/harbour.rss")], in: folder)
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stdout.contains("\(site.url("/feeds/harbour.rss")): unchanged (304 Not Modified)"), "\(second.stdout)")
            #expect(second.stderr.isEmpty)
            #expect(await site.state.count("/pages/ferry-talks.html") == 1)
        }
    }

    @Test func aMistakeInTheFeedListStopsBeforeAnyPolling() async throws {
        let database = try WatchDatabase()
        let list = database.folder.appendingPathComponent("feeds.txt")
        try "https://news.example.org/rss.xml\nnews.example.org/atom\n".write(to: list, atomically: true, encoding: .utf8)
        let run = try await Self.readout(["watch", "--once", "--db", database.path, list.path], in: database.folder)
        #expect(run.status == 1)
        #expect(run.stderrLines == ["readout: \(list.path):2: not an http(s) feed URL: 'news.example.org/atom'"], "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    /// A PostgreSQL server that cannot be reached is one line, exit 1, before any feed is asked, and
    /// the line never shows the password.
    @Test func anUnreachablePostgresServerIsOneLineBeforeAnyFeedIsAsked() async throws {
        let database = try WatchDatabase()
        try await FeedSite.serve { site in
            // Port 1 on loopback: nothing listens there.
            let run = try await Self.readout(["watch", "--once", "--db", "postgres://readout:s3cret@127.0.0.1:1/news",
                                              site.url("/feeds/harbour.rss")], in: database.folder)
            #expect(run.status == 1)
            #expect(run.stderrLines.count == 1, "\(run.stderr)")
            #expect(run.stderr.hasPrefix("readout: postgres://readout@127.0.0.1:1/news: cannot connect"), "\(run.stderr)")
            #expect(!run.stderr.contains("s3cret"))
            #expect(run.stdout.isEmpty)
            #expect(await site.state.count("/feeds/harbour.rss") == 0)
        }
    }

    /// The queue is PostgreSQL's: --queue with an SQLite file says so, as `ingest --queue` does, and
    /// neither asks a feed nor creates the file.
    @Test func queueingNeedsAPostgreSQLDatabaseAndSaysSo() async throws {
        let database = try WatchDatabase()
        try await FeedSite.serve { site in
            let run = try await Self.readout(["watch", "--once", "--queue", "--db", database.path, site.url("/feeds/harbour.rss")],
                                             in: database.folder)
            #expect(run.status != 0)
            #expect(run.stderr.contains("--queue needs a PostgreSQL database (--db postgres://user@host/database)"), "\(run.stderr)")
            #expect(await site.state.count("/feeds/harbour.rss") == 0)
            #expect(!FileManager.default.fileExists(atPath: database.path))
        }
    }
}
