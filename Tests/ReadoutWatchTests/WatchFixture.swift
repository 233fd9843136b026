// The real pieces a watch is made of, on a temporary database: the SQLite store (articles and
// watch state), the ingest run `readout ingest` stores through, and an HTTP fetcher with short
// timeouts so a stalled server fails a test in a second, not in twenty.
import Foundation
import ReadoutAnalysis
import ReadoutIngest
import ReadoutStore
import ReadoutWatch
@testable import readout

final class WatchDatabase: Sendable {
    let folder: URL
    var path: String { folder.appendingPathComponent("watch.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("readout-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Opens the database afresh, as a restarted `readout watch` does.
    func open() throws -> SQLiteStore { try SQLiteStore(path: path, analyzerVersion: "test") }

    /// A poller over a newly opened store; call `fetcher.shutdown()` when done.
    func poller(limits: FetchLimits = WatchDatabase.quickLimits, maxPageAttempts: Int = 3) throws -> (FeedPoll, SQLiteStore) {
        let store = try open()
        let run = IngestRun(reader: ArticleReader(), analyzer: ArticleAnalyzer(), store: store, batchSize: 50)
        let poll = FeedPoll(fetcher: HTTPFetcher(limits: limits), state: store, sink: WatchSink(run: run),
                            maxPageAttempts: maxPageAttempts)
        return (poll, store)
    }

    /// Generous for a machine busy with the rest of the test run; the stalled-page test sets its own.
    static let quickLimits = FetchLimits(connectTimeout: 10, readTimeout: 10, totalTimeout: 30, maxBytes: 1024 * 1024,
                                         maxRedirects: 3, userAgent: "Readout/test (news feed watcher)")
}

extension SQLiteStore {
    /// Sources (page URLs) of every stored document, in ingest order.
    func storedSources() throws -> [String] { try allDocuments().map(\.article.source) }
}
