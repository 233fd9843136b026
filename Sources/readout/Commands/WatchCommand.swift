// `readout watch FEEDS...`: poll RSS/Atom feeds, fetch each new item's page, analyze and store it
// (or, with --queue, queue it for `readout worker`).
import ArgumentParser
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutIngest
import ReadoutPostgres
import ReadoutStore
import ReadoutWatch

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll RSS/Atom feeds; analyze and store each new article.",
        usage: """
        readout watch FEEDS... [--db FILE|URL] [--interval SECONDS] [--once]
                               [--queue] [--timeout SECONDS] [--max-page-size KB]
        """,
        discussion: """
        FEEDS are feed URLs, files listing feed URLs one a line (blank lines
        and # comments allowed), or OPML files exported from a feed reader.

        Each poll of a feed is a conditional request (If-None-Match and
        If-Modified-Since from its last answer), so an unchanged feed costs one
        short reply. For each item not seen before, its article page is
        fetched, cleaned like an HTML file and stored as `readout ingest`
        would; what the feed says (outlet, date, authors) fills in what the
        page does not. An item with no page, or whose page holds no article
        text, is stored from the feed's own text of it when there is some.
        Which items each feed has given is kept in the database, so a
        restart fetches only what is new.

        Each poll prints one line per feed: new (with documents stored) or
        unchanged. A feed or page that fails gets one line on stderr
        (readout: URL: REASON); a failing page is tried again at the next
        polls and given up after 3 failures (at once if the server says 404
        or 410). A failing feed is polled less often, waiting twice as long
        after each failure in a row (up to 16 intervals, at least an hour),
        and never sooner than a 429 or 503 answer's Retry-After.

        Without --once, polls every --interval seconds until stopped with
        Ctrl-C; with --once, polls each feed once and exits, with exit code 1
        if any feed or page failed.

        --db takes an SQLite file (created when missing) or a PostgreSQL
        database, postgres://user[:password]@host[:port]/database (it must
        exist). Several watchers may share one database: each new item is
        claimed by one of them, which alone fetches and stores it. With
        PostgreSQL, --queue only fetches the new articles and queues them, as
        `readout ingest --queue` does: `readout worker` processes analyze,
        store and fuse them.

        Examples:
          readout watch https://news.example.org/world/rss.xml
          readout watch --once --db archive.sqlite feeds.txt
          readout watch --interval 600 subscriptions.opml
          readout watch --timeout 10 --max-page-size 2048 feeds.txt
          readout watch --db postgres://readout@db.example/news feeds.txt
          readout watch --queue --db postgres://readout@db.example/news feeds.txt
        """)

    @Argument(help: "Feed URLs, files listing them, OPML files.")
    var feeds: [String]

    @Option(name: .long, help: "Database: an SQLite file (created when missing), or postgres://user@host/database.")
    var db: String = "readout.sqlite"

    @Flag(name: .long, help: "Only queue the new articles in PostgreSQL for `readout worker` processes.")
    var queue = false

    @Option(name: .long, help: "Seconds between polls of each feed.")
    var interval: Int = 900

    @Flag(name: .long, help: "Poll each feed once and exit (exit code 1 if any failed).")
    var once = false

    @Option(name: .long, help: "Seconds a server may stay silent before a request fails.")
    var timeout: Int = 20

    @Option(name: .long, help: "Seconds to connect to a server.")
    var connectTimeout: Int = 10

    @Option(name: .long, help: "Largest feed or page accepted, in kilobytes.")
    var maxPageSize: Int = 10 * 1024

    @Option(name: .long, help: "Redirects followed for one feed or page.")
    var maxRedirects: Int = 5

    @Option(name: .long, help: "Feeds polled at the same time.")
    var parallel: Int = 4

    func validate() throws {
        guard interval >= 1 else { throw ValidationError("--interval must be at least 1 second") }
        guard timeout >= 1, connectTimeout >= 1 else { throw ValidationError("--timeout and --connect-timeout must be at least 1 second") }
        guard maxPageSize >= 1 else { throw ValidationError("--max-page-size must be at least 1 (KB)") }
        guard maxRedirects >= 0 else { throw ValidationError("--max-redirects cannot be negative") }
        guard parallel >= 1 else { throw ValidationError("--parallel must be at least 1") }
        // The queue is a PostgreSQL table (PostgresQueue): the same refusal as `ingest --queue`.
        if queue && !StoreOpening.isPostgres(db) {
            throw ValidationError("--queue needs a PostgreSQL database (--db postgres://user@host/database)")
        }
    }

    func run() async throws {
        let anyFailed = try await Diagnostics.run {
            let urls = try FeedArguments.resolve(feeds)
            let (state, sink) = try destination()
            let fetcher = HTTPFetcher(limits: FetchLimits(
                connectTimeout: Double(connectTimeout), readTimeout: Double(timeout), totalTimeout: Double(max(60, timeout * 3)),
                maxBytes: maxPageSize * 1024, maxRedirects: maxRedirects,
                userAgent: "Readout/\(Readout.configuration.version) (news feed watcher)"))
            let poll = FeedPoll(fetcher: fetcher, state: state, sink: sink)
            let watcher = FeedWatcher(feeds: urls, poll: poll, backoff: Backoff(base: Double(interval), cap: Double(max(3600, 16 * interval))),
                                      concurrency: parallel)
            let anyFailed = await watch(with: watcher)
            await fetcher.shutdown()
            return anyFailed
        }
        if anyFailed { throw ExitCode.failure }
    }

    /// Where the watch state is kept and the articles go: the database's own store, analysed and
    /// stored there as `ingest` does, or with --queue the PostgreSQL queue `readout worker` empties.
    private func destination() throws -> (any WatchedFeedStore, any ArticleSink) {
        if queue {
            let store = try StoreOpening.postgres(db, for: "--queue")
            return (store, QueueSink(store: store))
        }
        let store: any KeepsFusedRecord & WatchedFeedStore = StoreOpening.isPostgres(db)
            ? try PostgresStore(db, analyzerVersion: Readout.configuration.version)
            : try SQLiteStore(path: db, analyzerVersion: Readout.configuration.version)
        let run = IngestRun(reader: ArticleReader(), analyzer: ArticleAnalyzer(), store: store, batchSize: 200)
        return (store, WatchSink(run: run))
    }

    /// Rounds until stopped (or one with --once); whether any feed or page failed in the last round.
    private func watch(with watcher: FeedWatcher) async -> Bool {
        var schedule = FeedWatcher.Schedule()
        while true {
            let start = Date()
            let round = await watcher.round(schedule: &schedule) { report, nextTry in
                // A long-running watch's log says when each poll happened; one run with --once needs no clock.
                if let line = WatchReport.line(report, queued: queue) { Self.say((once ? "" : Self.clock(Date()) + " ") + line) }
                WatchReport.errors(report, nextTry: once ? nil : nextTry).forEach { Diagnostics.report($0.description) }
            }
            let next = start.addingTimeInterval(Double(interval))
            Self.say(WatchReport.summary(round, queued: queue) + (once ? "" : "; next poll at \(Self.clock(next))"))
            if once { return round.anyFailed }
            let wait = next.timeIntervalSinceNow
            if wait > 0 { try? await Task.sleep(for: .seconds(wait)) }
            if Task.isCancelled { return round.anyFailed }
        }
    }

    /// Unbuffered, so a watch piped to a log shows each poll as it happens, not a page at a time.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func clock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "HH:mm:ss 'UTC'"
        return formatter.string(from: date)
    }
}

/// FEEDS as given → feed URLs in order, each once. A URL is taken as it is; anything else must be a
/// readable list or OPML file. A mistake stops the command before any polling, naming the argument.
enum FeedArguments {
    static func resolve(_ arguments: [String]) throws -> [String] {
        var urls: [String] = []
        for argument in arguments {
            if argument.contains("://") {
                guard FeedSubscriptions.isFeedURL(argument) else {
                    throw ReadoutError(source: argument, reason: "not an http(s) feed URL")
                }
                urls.append(argument)
                continue
            }
            guard FileManager.default.fileExists(atPath: argument) else {
                throw ReadoutError(source: argument, reason: "neither a feed URL nor an existing file")
            }
            guard let data = FileManager.default.contents(atPath: argument) else {
                throw ReadoutError(source: argument, reason: "cannot read the file")
            }
            switch FeedSubscriptions.urls(in: String(decoding: data, as: UTF8.self), source: argument) {
            case .success(let listed) where listed.isEmpty:
                throw ReadoutError(source: argument, reason: "names no feed URLs")
            case .success(let listed):
                urls += listed
            case .failure(let error):
                throw error
            }
        }
        var seen = Set<String>()
        return urls.filter { seen.insert($0).inserted }
    }
}
