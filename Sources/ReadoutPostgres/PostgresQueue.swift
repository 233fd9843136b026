// The queue between `readout ingest --queue` (which only reads articles and puts them here) and
// `readout worker` processes (which analyse, store and fuse them). In: articles; out: what one
// worker step did.
//
// Safety with many workers, on one machine or several: a step takes its rows with
// SELECT ... FOR UPDATE SKIP LOCKED, so no two workers ever hold the same row; it stores the
// articles, fuses them and deletes their rows in that one transaction, so an article is either still
// queued or stored and fused — a worker killed at any point (SIGKILL included) leaves its rows queued
// for the next, and the server drops its locks with its connection. Analysis runs before the fusion
// lock is taken (PostgresFusion explains the lock): in parallel across workers. Storing waits for
// the lock too, so two workers never insert at once and cannot deadlock on the same new article.
import Foundation
import ReadoutCore
import ReadoutFusion
import ReadoutStore

/// What one worker step did.
public struct WorkerStep: Sendable {
    /// Queue rows taken (0: nothing was waiting that another worker did not already hold).
    public var taken = 0
    public var stored = 0
    public var duplicates = 0
    public var fusion = FusionUpdate()
    /// Queue rows that could not be read, each named; they stay in the queue marked failed.
    public var failures: [ReadoutError] = []

    public init() {}
}

extension PostgresStore {
    /// Puts articles on the queue, in one transaction. Returns how many were queued.
    @discardableResult
    public func enqueue(_ articles: [Article]) throws -> Int {
        let now = Date().formatted(.iso8601)
        do {
            return try session.transaction {
                for article in articles {
                    try session.query("INSERT INTO ingest_queue (source, article, queued_at) VALUES ($1, $2, $3)",
                                      [.text(article.source), .text(try JSONColumn.encode(article)), .text(now)])
                }
                return articles.count
            }
        } catch { throw failure(error) }
    }

    /// Articles waiting (not failed), whether or not a worker holds them now.
    public func queuedCount() throws -> Int {
        do {
            return Int(try session.query("SELECT count(*) FROM ingest_queue WHERE failure IS NULL")[0][0].decode(Int64.self))
        } catch { throw failure(error) }
    }

    /// Queue rows that could not be processed, with their reasons.
    public func failedQueueRows() throws -> [ReadoutError] {
        do {
            return try session.query("SELECT id, source, failure FROM ingest_queue WHERE failure IS NOT NULL ORDER BY id").map {
                ReadoutError(source: "queue item \(try $0[0].decode(Int64.self)) (\(try $0[1].decode(String.self)))",
                             reason: try $0[2].decode(String.self))
            }
        } catch { throw failure(error) }
    }

    /// One worker step: takes up to `limit` queued articles no other worker holds, analyses them,
    /// then under the fusion lock stores them, fuses them and takes them off the queue — one transaction.
    public func workQueue(limit: Int, analyze: (Article) -> ArticleAnalysis, reanalyze: Fusion.Reanalyze?) throws -> WorkerStep {
        var saved: [StoredDocument] = []
        var attempts = 0
        while true {
        do {
            let step = try session.transaction { () throws -> WorkerStep in
                saved = []
                var step = WorkerStep()
                let rows = try session.query("""
                    SELECT id, source, article FROM ingest_queue WHERE failure IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED
                    """, [.int(Int64(max(1, limit)))])
                step.taken = rows.count
                guard !rows.isEmpty else { return step }
                var done: [Int64] = []
                var articles: [Article] = []
                for row in rows {
                    let id = try row[0].decode(Int64.self)
                    let source = try row[1].decode(String.self)
                    do {
                        let article = try JSONColumn.decode(Article.self, try row[2].decode(String.self), column: "queued article", document: id)
                        guard !article.contentHash.isEmpty, !article.text.isEmpty else {
                            throw ReadoutError(source: source, reason: "article has no text; not stored")
                        }
                        articles.append(article)
                    } catch {
                        let reason = (error as? ReadoutError)?.reason ?? "\(error)"
                        try session.query("UPDATE ingest_queue SET failure = $2 WHERE id = $1", [.int(id), .text(reason)])
                        step.failures.append(ReadoutError(source: "queue item \(id) (\(source))", reason: reason))
                        continue
                    }
                    done.append(id)
                }
                let analyzed = articles.map { ($0, analyze($0)) }
                try session.query("SELECT pg_advisory_xact_lock($1)", [.int(PostgresSchema.fusionLock)])
                let summary = try saveInTransaction(analyzed, saved: &saved)
                step.stored = summary.stored
                step.duplicates = summary.duplicates
                while true {
                    let fused = try fuseLocked(reanalyze: reanalyze)
                    guard fused.documents > 0 else { break }
                    step.fusion.add(fused)
                }
                try session.query("DELETE FROM ingest_queue WHERE id = ANY($1::bigint[])",
                                  [.text("{" + done.map(String.init).joined(separator: ",") + "}")])
                return step
            }
            for document in saved { fusionCache.keep(document) }
            return step
        } catch let error as PostgresFailure.ServerError where Self.retryable.contains(error.sqlState) && attempts < 3 {
            // The server broke a deadlock or a serialization conflict by undoing this transaction:
            // nothing of it was kept, so the step is tried again.
            attempts += 1
        } catch { throw failure(error) }
        }
    }

    /// deadlock_detected, serialization_failure.
    static let retryable: Set<String> = ["40P01", "40001"]
}
