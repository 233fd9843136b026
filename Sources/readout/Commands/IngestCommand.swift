// `readout ingest PATH...`: read files and folders, analyze each article, store the results.
import ArgumentParser
import Foundation
import ReadoutAnalysis
import ReadoutIngest
import ReadoutStore

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyze and store articles from files and folders.",
        usage: """
        readout ingest PATH... [--db FILE] [--outlet NAME] [--published DATE]
                               [--batch-size N]
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

        Examples:
          readout ingest articles/
          readout ingest --db archive.sqlite feeds/*.xml today.html
          readout ingest --outlet "Daily Ledger" --published 2025-03-10 page.txt
          readout ingest --batch-size 500 /data/news/
        """)

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    @Option(name: .long, help: "Database file (created when missing).")
    var db: String = "readout.sqlite"

    @Option(name: .long, help: "Outlet name for every article read in this run.")
    var outlet: String?

    @Option(name: .long, help: "Publication date (YYYY-MM-DD) for every article read in this run.")
    var published: String?

    @Option(name: .long, help: "Articles stored per transaction; memory use grows with it.")
    var batchSize: Int = 200

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        if let published, !Self.isCalendarDate(published) {
            throw ValidationError("--published must be a date like 2025-03-10, not '\(published)'")
        }
    }

    func run() async throws {
        let summary = try await Diagnostics.run {
            let store = try SQLiteStore(path: db, analyzerVersion: Readout.configuration.version)
            // Counting is a quick walk over names only; it gives the progress bar its total.
            let total = InputEnumerator(paths: paths, database: db).reduce(0) { count, item in
                if case .success = item { count + 1 } else { count }
            }
            let progress = ProgressReporter(total: total)
            let run = IngestRun(reader: ArticleReader(overrides: IngestOverrides(outlet: outlet, published: published)),
                                analyzer: ArticleAnalyzer(), store: store, batchSize: batchSize)
            let summary = await run.run(paths: paths, database: db, progress: progress) { progress.note("readout: \($0)") }
            progress.finish()
            print(Self.report(summary, database: db, seconds: progress.elapsed))
            return summary
        }
        if !summary.failures.isEmpty { throw ExitCode.failure }
    }

    static func report(_ summary: IngestSummary, database: String, seconds: Double) -> String {
        var lines = [
            "\(Plural.count(summary.files, "file")) read into \(database) in \(String(format: "%.1f", seconds)) s",
            "\(Plural.count(summary.stored, "document")) stored",
            "\(Plural.count(summary.duplicates, "duplicate")) skipped",
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
