// `readout worker`: analyses, stores and fuses the articles `readout ingest --queue` put in a
// PostgreSQL database. Start as many as there are cores, on as many machines as share the server.
import ArgumentParser
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutPostgres

struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Analyze, store and fuse queued articles (PostgreSQL).",
        usage: """
        readout worker --db postgres://user@host/database [--batch-size N] [--follow]
        """,
        discussion: """
        Takes articles that `readout ingest --queue` put in the database, a
        batch at a time, analyzes them, stores them, fuses them into the record
        and takes them off the queue, all in one transaction: a worker stopped
        at any point (even killed) leaves its batch queued for another, and no
        article is stored or fused twice. Any number of workers, on this machine
        or others, share one queue; each takes rows no other holds (SELECT ...
        FOR UPDATE SKIP LOCKED). They analyze in parallel and fuse one batch at
        a time (a lock in the database), so the record is the one a single
        process makes. One worker uses one core. Storing and fusing, one batch
        at a time, are most of the work with Readout's analyzer, so more
        workers add only their analysis (the README has measured figures).

        Without --follow, the worker stops when nothing is left for it, and
        prints what it did. A queued item that cannot be read gets one line on
        stderr (readout: queue item N (SOURCE): REASON), stays in the queue
        marked failed, and the exit code is then 1.

        Examples:
          DB=postgres://readout@db.example/news
          readout ingest --queue --db $DB /data/news/
          readout worker --db $DB
          for i in 1 2 3 4; do readout worker --db $DB & done; wait
          readout worker --follow --batch-size 20 --db $DB
        """)

    @Option(name: .long, help: "The PostgreSQL database: postgres://user[:password]@host[:port]/database.")
    var db: String

    @Option(name: .long, help: "Articles taken per transaction.")
    var batchSize: Int = 50

    @Flag(name: .long, help: "Keep waiting for new articles instead of stopping when the queue is empty.")
    var follow = false

    @Option(name: .long, help: "Seconds between looks at an empty queue with --follow.")
    var poll: Double = 2

    func validate() throws {
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard poll > 0 else { throw ValidationError("--poll must be more than 0 seconds") }
    }

    func run() async throws {
        let failed = try await Diagnostics.run {
            let store = try StoreOpening.postgres(db, for: "worker")
            let analyzer = ArticleAnalyzer()
            let start = Date()
            var total = WorkerStep()
            var failed = false
            while true {
                let step = try store.workQueue(limit: batchSize, analyze: { analyzer.analyze($0) },
                                               reanalyze: { article, _ in analyzer.analyze(article) })
                for failure in step.failures { Diagnostics.report(failure.description) }
                failed = failed || !step.failures.isEmpty
                total.taken += step.taken
                total.stored += step.stored
                total.duplicates += step.duplicates
                total.fusion.add(step.fusion)
                if step.taken == 0 {
                    guard follow else { break }
                    try await Task.sleep(for: .seconds(poll))
                }
            }
            let seconds = Date().timeIntervalSince(start)
            print("\(Plural.count(total.taken, "queued article")) taken from \(store.url) in \(String(format: "%.1f", seconds)) s\n"
                + "\(Plural.count(total.stored, "document")) stored, \(Plural.count(total.duplicates, "duplicate")) skipped, "
                + "\(Plural.count(total.fusion.documents, "article")) fused in \(Plural.count(total.fusion.neighbourhoods, "neighbourhood"))")
            return failed
        }
        if failed { throw ExitCode.failure }
    }
}
