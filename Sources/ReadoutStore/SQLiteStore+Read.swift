// Reading back: listings, one full document with its analysis, every document page by page,
// and full-text search through the FTS5 index (bm25 ranking, title matches weigh more than body matches).
import Foundation
import GRDB
import ReadoutCore

extension SQLiteStore {
    private static let summaryColumns = "d.id, d.key, d.source, d.title, d.outlet, d.published, d.word_count"

    public func documents(limit: Int, offset: Int = 0) throws -> [DocumentSummary] {
        do {
            return try reader.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT \(Self.summaryColumns) FROM documents d
                    ORDER BY d.published IS NULL, d.published, d.id LIMIT ? OFFSET ?
                    """, arguments: [limit, offset]).map(Self.summary)
            }
        } catch { throw failure(error) }
    }

    public func document(id: Int64) throws -> StoredDocument? {
        do {
            return try reader.read { db in try Self.document(id: id, in: db) }
        } catch { throw failure(error) }
    }

    static func document(id: Int64, in db: Database) throws -> StoredDocument? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT d.*, a.analyzer_version, a.json AS analysis
            FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id = ?
            """, arguments: [id]) else { return nil }
        return try storedDocument(row)
    }

    public func forEachDocument(_ body: (StoredDocument) throws -> Void) throws {
        // Keyset pages, each its own short read: an ingest writing meanwhile is never blocked
        // for long, and memory holds one page at a time.
        let pageSize = 256
        var after: Int64 = 0
        while true {
            let page: [StoredDocument]
            do {
                page = try reader.read { db in
                    try Row.fetchAll(db, sql: """
                        SELECT d.*, a.analyzer_version, a.json AS analysis
                        FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
                        WHERE d.id > ? ORDER BY d.id LIMIT ?
                        """, arguments: [after, pageSize]).map(Self.storedDocument)
                }
            } catch { throw failure(error) }
            for document in page { try body(document) }
            guard page.count == pageSize, let last = page.last else { return }
            after = last.id
        }
    }

    public func search(_ query: String, limit: Int, offset: Int) throws -> [SearchHit] {
        let expression = try FTS5Query.expression(for: query)
        do {
            return try reader.read { db in
                // bm25 is lower-is-better; weights: title 4, text 1.
                try Row.fetchAll(db, sql: """
                    SELECT \(Self.summaryColumns),
                        snippet(documents_fts, -1, ?, ?, '…', 16) AS snippet,
                        bm25(documents_fts, 4.0, 1.0) AS rank
                    FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
                    WHERE documents_fts MATCH ?
                    ORDER BY rank, d.id LIMIT ? OFFSET ?
                    """, arguments: [SearchHit.markStart, SearchHit.markEnd, expression, limit, offset]
                ).map { row in
                    SearchHit(document: Self.summary(row), snippet: Self.oneLine(row["snippet"] ?? ""),
                              score: -(row["rank"] as Double? ?? 0))
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // MATCH parses the query at run time; its complaint is about what the user typed.
            throw FTS5Query.syntaxError(query, message: error.message)
        } catch { throw failure(error) }
    }

    public func searchCount(_ query: String) throws -> Int {
        let expression = try FTS5Query.expression(for: query)
        do {
            return try reader.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                                 arguments: [expression]) ?? 0
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw FTS5Query.syntaxError(query, message: error.message)
        } catch { throw failure(error) }
    }

    private static func summary(_ row: Row) -> DocumentSummary {
        DocumentSummary(id: row["id"], key: row["key"], source: row["source"], title: row["title"],
                        outlet: row["outlet"], published: row["published"], wordCount: row["word_count"])
    }

    /// Snippets span paragraphs; a listing wants them on one line.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func storedDocument(_ row: Row) throws -> StoredDocument {
        let id: Int64 = row["id"]
        let metadata = ArticleMetadata(
            title: row["title"], outlet: row["outlet"], published: row["published"],
            publishedSource: (row["published_source"] as String?).flatMap(DateSource.init(rawValue:)),
            publishedTime: row["published_time"],
            authors: try JSONColumn.decode([String].self, row["authors"], column: "authors", document: id),
            url: row["url"], section: row["section"],
            credits: try JSONColumn.decode([String].self, row["credits"], column: "credits", document: id))
        let formatName: String = row["format"]
        guard let format = SourceFormat(rawValue: formatName) else {
            throw ReadoutError(source: "document \(id)", reason: "unknown stored format \(formatName)")
        }
        let article = Article(
            id: row["key"], source: row["source"], format: format, text: row["text"],
            blocks: try JSONColumn.decode([TextBlock].self, row["blocks"], column: "blocks", document: id),
            metadata: metadata, rawHash: row["raw_hash"], contentHash: row["content_hash"])
        let analysis = try (row["analysis"] as String?).map {
            try JSONColumn.decode(ArticleAnalysis.self, $0, column: "analysis", document: id)
        }
        return StoredDocument(id: id, article: article, analysis: analysis,
                              analyzerVersion: row["analyzer_version"], ingestedAt: row["ingested_at"])
    }
}
