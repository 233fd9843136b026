// ArticleStore on a PostgreSQL server (`--db postgres://user@host/database`): the same contract as
// SQLiteStore, for deployments where several processes, on several machines, share one database.
// In: a URL. Out: a migrated store, or a one-line ReadoutError naming the server (never its password).
// Writes go through one transaction per batch; reads are single statements. Search uses the stored
// tsvector column and its GIN index (PostgresSchema), ranked by ts_rank with title words weighing more.
import Foundation
import PostgresNIO
import ReadoutCore
import ReadoutStore

public final class PostgresStore: ArticleStore, @unchecked Sendable {
    public let url: PostgresURL
    public let analyzerVersion: String
    let session: PostgresSession
    /// What a key may hold and still link documents (NeighbourhoodLinks); the same for every process.
    let commonKeyLimit: Int
    let fusionCache = FusionCache()

    public init(url: PostgresURL, analyzerVersion: String = "", commonKeyLimit: Int = SQLiteStore.defaultCommonKeyLimit) throws {
        self.url = url
        self.analyzerVersion = analyzerVersion
        self.commonKeyLimit = max(1, commonKeyLimit)
        do {
            session = try PostgresSession(url: url)
            try PostgresSchema.migrate(session)
        } catch let error as PostgresFailure.ServerError {
            throw error.readoutError
        }
    }

    public convenience init(_ text: String, analyzerVersion: String = "") throws {
        try self.init(url: PostgresURL(text), analyzerVersion: analyzerVersion)
    }

    /// A server error as the ReadoutError line the commands print.
    func failure(_ error: Error) -> Error {
        (error as? PostgresFailure.ServerError)?.readoutError ?? error
    }

    // MARK: Writing

    public func save(batch: [(Article, ArticleAnalysis)]) throws -> SaveSummary {
        do {
            var saved: [StoredDocument] = []
            let summary = try session.transaction { () throws -> SaveSummary in
                saved = []
                return try saveInTransaction(batch, saved: &saved)
            }
            for document in saved { fusionCache.keep(document) }
            return summary
        } catch { throw failure(error) }
    }

    /// The statements of `save`, inside a transaction the caller holds (a worker stores its batch and
    /// takes it off the queue in one).
    func saveInTransaction(_ batch: [(Article, ArticleAnalysis)], saved: inout [StoredDocument]) throws -> SaveSummary {
        let now = Date().formatted(.iso8601)
        var summary = SaveSummary()
        for (article, analysis) in batch {
            try Self.validate(article)
            let m = article.metadata
            // ON CONFLICT: the content hash decides identity, so storing it again is a no-op (no row back).
            let rows = try session.query("""
                INSERT INTO documents (key, source, format, title, outlet, published, published_source, published_time,
                    authors, url, section, credits, raw_hash, content_hash, text, blocks, word_count, ingested_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
                ON CONFLICT (content_hash) DO NOTHING RETURNING id
                """, [
                    .text(article.id), .text(article.source), .text(article.format.rawValue), SQLValue(m.title),
                    SQLValue(m.outlet), SQLValue(m.published), SQLValue(m.publishedSource?.rawValue), SQLValue(m.publishedTime),
                    .text(try JSONColumn.encode(m.authors)), SQLValue(m.url), SQLValue(m.section),
                    .text(try JSONColumn.encode(m.credits)), .text(article.rawHash), .text(article.contentHash),
                    .text(article.text), .text(try JSONColumn.encode(article.blocks)), SQLValue(article.wordCount), .text(now),
                ])
            guard let row = rows.first else {
                summary.duplicates += 1
                continue
            }
            let id = try row[0].decode(Int64.self)
            session.send("INSERT INTO analyses (document_id, analyzer_version, json, analyzed_at) VALUES ($1, $2, $3, $4)",
                              [.int(id), .text(analyzerVersion), .text(try JSONColumn.encode(analysis)), .text(now)])
            // Fused with its neighbours by the next fusePending (PostgresFusion).
            session.send("INSERT INTO fusion_pending (document_id) VALUES ($1)", [.int(id)])
            summary.storedIDs.append(id)
            saved.append(StoredDocument(id: id, article: article, analysis: analysis, analyzerVersion: analyzerVersion, ingestedAt: now))
        }
        return summary
    }

    /// The store is the last line of defence: an article without identity or text is a bug upstream.
    private static func validate(_ article: Article) throws {
        let source = article.source.isEmpty ? article.id : article.source
        if article.contentHash.isEmpty { throw ReadoutError(source: source, reason: "article has no content hash; not stored") }
        if article.text.isEmpty { throw ReadoutError(source: source, reason: "article has no text; not stored") }
    }

    // MARK: Reading

    private static let summaryColumns = "d.id, d.key, d.source, d.title, d.outlet, d.published, d.word_count"
    private static let documentColumns = """
        d.id, d.key, d.source, d.format, d.title, d.outlet, d.published, d.published_source, d.published_time, d.authors,
        d.url, d.section, d.credits, d.raw_hash, d.content_hash, d.text, d.blocks, d.ingested_at,
        a.analyzer_version, a.json AS analysis
        """

    public func count() throws -> Int {
        do { return Int(try session.query("SELECT count(*) FROM documents")[0][0].decode(Int64.self)) } catch { throw failure(error) }
    }

    public func documents(limit: Int, offset: Int) throws -> [DocumentSummary] {
        do {
            return try session.query("""
                SELECT \(Self.summaryColumns) FROM documents d
                ORDER BY d.published IS NULL, d.published, d.id LIMIT $1 OFFSET $2
                """, [Self.limit(limit), .int(Int64(max(0, offset)))]).map(Self.summary)
        } catch { throw failure(error) }
    }

    public func document(id: Int64) throws -> StoredDocument? {
        do {
            return try session.query("""
                SELECT \(Self.documentColumns) FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id = $1
                """, [.int(id)]).first.map(Self.storedDocument)
        } catch { throw failure(error) }
    }

    public func forEachDocument(_ body: (StoredDocument) throws -> Void) throws {
        // Keyset pages: memory holds one page at a time, and no statement runs long.
        let pageSize = 256
        var after: Int64 = 0
        while true {
            let page: [StoredDocument]
            do {
                page = try session.query("""
                    SELECT \(Self.documentColumns) FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
                    WHERE d.id > $1 ORDER BY d.id LIMIT $2
                    """, [.int(after), .int(Int64(pageSize))]).map(Self.storedDocument)
            } catch { throw failure(error) }
            for document in page { try body(document) }
            guard page.count == pageSize, let last = page.last else { return }
            after = last.id
        }
    }

    public func search(_ query: String, limit: Int, offset: Int) throws -> [SearchHit] {
        let tsquery = try SearchQuery(query, firstParameter: 3)
        do {
            // ts_rank: higher is better; default weights give a title word (A) 1.0 and a text word (B) 0.4.
            return try session.query("""
                WITH q AS (SELECT \(tsquery.sql) AS query)
                SELECT \(Self.summaryColumns),
                    ts_headline('english', d.text, q.query,
                        'StartSel=\(SearchHit.markStart), StopSel=\(SearchHit.markEnd), MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet,
                    ts_rank(d.search, q.query) AS rank
                FROM documents d, q WHERE d.search @@ q.query
                ORDER BY rank DESC, d.id LIMIT $1 OFFSET $2
                """, [Self.limit(limit), .int(Int64(max(0, offset)))] + tsquery.values).map { row in
                    SearchHit(document: try Self.summary(row), snippet: Self.oneLine(try row["snippet"].decode(String.self)),
                              score: Double(try row["rank"].decode(Float.self)))
                }
        } catch { throw failure(error) }
    }

    public func searchCount(_ query: String) throws -> Int {
        let tsquery = try SearchQuery(query, firstParameter: 1)
        do {
            return Int(try session.query("SELECT count(*) FROM documents d WHERE d.search @@ \(tsquery.sql)", tsquery.values)[0][0]
                .decode(Int64.self))
        } catch { throw failure(error) }
    }

    /// A negative limit means no limit (LIMIT NULL), as SQLite's LIMIT -1 does.
    private static func limit(_ limit: Int) -> SQLValue { limit < 0 ? .null : .int(Int64(limit)) }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func summary(_ row: PostgresRandomAccessRow) throws -> DocumentSummary {
        DocumentSummary(id: try row["id"].decode(Int64.self), key: try row["key"].decode(String.self),
                        source: try row["source"].decode(String.self), title: try row["title"].decode(String?.self),
                        outlet: try row["outlet"].decode(String?.self), published: try row["published"].decode(String?.self),
                        wordCount: Int(try row["word_count"].decode(Int32.self)))
    }

    static func storedDocument(_ row: PostgresRandomAccessRow) throws -> StoredDocument {
        try StoredDocument(row: try PostgresRecordReader.recordRow(row))
    }
}

extension PostgresStore {
    /// Creates an empty database on the server `url` reaches (its own database is where the
    /// statement runs). A name is letters, digits and underscores only: it is spliced into the statement.
    public static func createDatabase(_ name: String, on url: PostgresURL) throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw ReadoutError(source: name, reason: "not a database name (letters, digits and _ only)")
        }
        do {
            try PostgresSession(url: url).query("CREATE DATABASE \(name)")
        } catch let error as PostgresFailure.ServerError { throw error.readoutError }
    }
}
