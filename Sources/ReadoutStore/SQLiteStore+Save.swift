// Writing a batch: documents, their analyses and their place in the fusion queue, all in one
// transaction. A throw anywhere rolls the whole batch back, so nothing stored earlier
// is touched and no document is left without its analysis.
import Foundation
import GRDB
import ReadoutCore

extension SQLiteStore {
    public func save(batch: [(Article, ArticleAnalysis)]) throws -> SaveSummary {
        let now = Self.timestamp()
        do {
            var saved: [StoredDocument] = []
            let summary = try requireWriter().write { db in
                saved = []
                var summary = SaveSummary()
                for (article, analysis) in batch {
                    try Self.validate(article)
                    // ON CONFLICT: the content hash decides identity, so re-ingesting is a no-op.
                    // Cached statements are compiled once per connection, not once per article.
                    try db.cachedStatement(sql: """
                        INSERT INTO documents (key, source, format, title, outlet, published, published_source,
                            published_time, authors, url, section, credits, raw_hash, content_hash, text, blocks,
                            word_count, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(content_hash) DO NOTHING
                        """).execute(arguments: try Self.documentValues(article, ingestedAt: now))
                    guard db.changesCount > 0 else {
                        summary.duplicates += 1
                        continue
                    }
                    let id = db.lastInsertedRowID
                    try insertAnalysis(analysis, document: id, at: now, in: db)
                    // Fused with its neighbours by the next fusePending (FusedRecord.swift).
                    try db.cachedStatement(sql: "INSERT INTO fusion_pending (document_id) VALUES (?)").execute(arguments: [id])
                    summary.storedIDs.append(id)
                    saved.append(StoredDocument(id: id, article: article, analysis: analysis, analyzerVersion: analyzerVersion,
                                                ingestedAt: now))
                }
                return summary
            }
            // Only once committed: a rolled-back batch's ids are given to the next one.
            for document in saved { fusionCache.keep(document) }
            return summary
        } catch {
            throw failure(error)
        }
    }

    /// The store is the last line of defence: an article without identity or text is a bug upstream.
    private static func validate(_ article: Article) throws {
        let source = article.source.isEmpty ? article.id : article.source
        if article.contentHash.isEmpty {
            throw ReadoutError(source: source, reason: "article has no content hash; not stored")
        }
        if article.text.isEmpty {
            throw ReadoutError(source: source, reason: "article has no text; not stored")
        }
    }

    private static func documentValues(_ article: Article, ingestedAt: String) throws -> StatementArguments {
        let m = article.metadata
        return [
            article.id, article.source, article.format.rawValue, m.title, m.outlet, m.published,
            m.publishedSource?.rawValue, m.publishedTime, try JSONColumn.encode(m.authors), m.url, m.section,
            try JSONColumn.encode(m.credits), article.rawHash, article.contentHash, article.text,
            try JSONColumn.encode(article.blocks), article.wordCount, ingestedAt,
        ]
    }

    private func insertAnalysis(_ analysis: ArticleAnalysis, document id: Int64, at now: String, in db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT INTO analyses (document_id, analyzer_version, json, analyzed_at) VALUES (?, ?, ?, ?)"
        ).execute(arguments: [id, analyzerVersion, try JSONColumn.encode(analysis), now])
    }

    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(.iso8601)
    }
}
