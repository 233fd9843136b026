// `readout ingest PATH...`: read files and folders, analyze each article, store the results.
import ArgumentParser
import Foundation
import ReadoutAnalysis
import ReadoutIngest
import ReadoutPostgres
import ReadoutStore

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyze and store articles from files and folders.",
        usage: """
        readout ingest PATH... [--db FILE|URL] [--outlet NAME] [--published DATE]
                               [--batch-size N] [--queue]
        """,
        discussion: """
        Reads plain-text, HTML, RSS/Atom and JSON Lines files (folders
        recursively), analyzes each article and stores it in the database. An
        article already stored (same content) is skipped, so running ingest
        again on the same folder is safe and resumes an interrupted run.

        In folders, files that are not articles are passed over quietly and
        counted at the end: the database itself (with its -wal and -shm files),
        notes and code (.md, .py, .swift, .sh), tables, images, and JSON without
        article text (gold annotations, say).

        A file that cannot be read gets one line on stderr (readout: FILE:
        REASON) and is skipped; the exit code is then 1, but everything else is
        still stored.

        Each batch stored is fused at once with the stored articles that name
        the same people, and the fused record (entities across outlets, events,
        stories, conflicts) is kept in the database; `readout fuse` explains it.

        --db takes an SQLite file (created when missing) or a PostgreSQL
        database, postgres://user[:password]@host[:port]/database (it must
        exist; Readout makes its tables). With PostgreSQL, --queue only reads
        the articles and queues them: `readout worker` processes, on this
        machine or others, analyze, store and fuse them (`readout worker
        --help`).

        Examples:
          readout ingest articles/
          readout ingest --db archive.sqlite feeds/*.xml today.html
          readout ingest --outlet "Daily Ledger" --published 2025-03-10 page.txt
          readout ingest --batch-size 500 /data/news/
          readout ingest --db postgres://readout@db.example/news articles/
          readout ingest --queue --db postgres://readout@db.example/news /data/news/
        """)

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .long, help: "Database: an SQLite file (created when missing), or postgres://user@host/database.")
    var db: String = "readout.sqlite"

    @Option(name: .long, help: "Outlet name for every article read in this run.")
    var outlet: String?

    @Option(name: .long, help: "Publication date (YYYY-MM-DD) for every article read in this run.")
    var published: String?

    @Option(name: .long, help: "Articles stored per transaction; memory use grows with it.")
    var batchSize: Int = 200

    @Flag(name: .long, help: "Only queue the articles in PostgreSQL for `readout worker` processes.")
    var queue = false

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        if queue && !StoreOpening.isPostgres(db) {
            throw ValidationError("--queue needs a PostgreSQL database (--db postgres://user@host/database)")
        }
        if let published, !Self.isCalendarDate(published) {
            throw ValidationError("--published must be a date like 2025-03-10, not '\(published)'")
        }
    }

    func run() async throws {
        let summary = try await Diagnostics.run {
            // The database file itself is never read as an article (a server's database is no file).
            let file = StoreOpening.isPostgres(db) ? nil : db
            let reader = ArticleReader(overrides: IngestOverrides(outlet: outlet, published: published))
            if queue {
                let store = try StoreOpening.postgres(db, for: "--queue")
                let progress = ProgressReporter(total: Self.fileCount(paths, database: file))
                let summary = await QueueRun(reader: reader, store: store, batchSize: batchSize)
                    .run(paths: paths, progress: progress) { progress.note("readout: \($0)") }
                progress.finish()
                print(Self.report(summary, database: store.url.description, seconds: progress.elapsed, queued: true))
                return summary
            }
            let store = try StoreOpening.forWriting(db)
            let progress = ProgressReporter(total: Self.fileCount(paths, database: file))
            let run = IngestRun(reader: reader, analyzer: ArticleAnalyzer(), store: store, batchSize: batchSize)
            let summary = await run.run(paths: paths, database: file, progress: progress) { progress.note("readout: \($0)") }
            progress.finish()
            print(Self.report(summary, database: (store as? PostgresStore)?.url.description ?? db, seconds: progress.elapsed))
            return summary
        }
        if !summary.failures.isEmpty { throw ExitCode.failure }
    }

    /// Counting is a quick walk over names only; it gives the progress bar its total.
    static func fileCount(_ paths: [String], database: String?) -> Int {
        InputEnumerator(paths: paths, database: database).reduce(0) { count, item in
            if case .success = item { count + 1 } else { count }
        }
    }

    static func report(_ summary: IngestSummary, database: String, seconds: Double, queued: Bool = false) -> String {
        var lines = [
            "\(Plural.count(summary.files, "file")) read into \(database) in \(String(format: "%.1f", seconds)) s",
        ]
        lines += queued ? [
            "\(Plural.count(summary.stored, "article")) queued for `readout worker`",
        ] : [
            "\(Plural.count(summary.stored, "document")) stored",
            "\(Plural.count(summary.duplicates, "duplicate")) skipped",
        ]
        lines += [
            "\(summary.failures.count) failed",
        ]
        lines += summary.failuresByReason.map { "  \($0.count) × \($0.reason)" }
        if summary.passedOver > 0 {
            lines.append("\(Plural.count(summary.passedOver, "file")) passed over (not articles: notes, code, data, the database)")
        }
        return lines.joined(separator: "\n")
    }

    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return year >= 1000 && (1...12).contains(month) && (1...31).contains(day)
    }
}
