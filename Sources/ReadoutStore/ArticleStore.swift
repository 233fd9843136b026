// The one storage contract every backend meets (SQLite now, PostgreSQL later).
// In: analyzed articles in batches. Out: summaries, full documents and search hits.
// Nothing SQL-specific belongs here, so commands can run against any backend.
import ReadoutCore

public protocol ArticleStore: Sendable {
    /// Stores a batch in one transaction: either every new article of the batch is stored, or none is.
    /// An article whose `contentHash` is already stored (or appears earlier in the batch) is a duplicate.
    func save(batch: [(Article, ArticleAnalysis)]) throws -> SaveSummary

    /// Stored documents by publication date, oldest first; undated ones last; the same date in ingest order.
    func documents(limit: Int, offset: Int) throws -> [DocumentSummary]

    /// One document with its analysis; nil when no document has that id.
    func document(id: Int64) throws -> StoredDocument?

    /// Every stored document with its analysis, in ingest order, handed over one at a time and read
    /// page by page, so a caller that keeps only what it needs never holds the whole database.
    func forEachDocument(_ body: (StoredDocument) throws -> Void) throws

    /// Full-text search over titles and texts, best match first.
    /// `query` is plain words ("Taiwan election"), words to leave out ("-Taiwan"), or the backend's own
    /// syntax when it uses quotes or operators.
    func search(_ query: String, limit: Int, offset: Int) throws -> [SearchHit]

    /// How many documents match a search (all of them, whatever `limit` a listing uses).
    func searchCount(_ query: String) throws -> Int

    /// Number of stored documents.
    func count() throws -> Int
}

extension ArticleStore {
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        try search(query, limit: limit, offset: 0)
    }

    /// Every stored document with its analysis, in ingest order (cross-document commands fuse them all).
    public func allDocuments() throws -> [StoredDocument] {
        var documents: [StoredDocument] = []
        try forEachDocument { documents.append($0) }
        return documents
    }
}

/// What one `save(batch:)` did.
public struct SaveSummary: Sendable, Hashable, Codable {
    /// Ids given to the newly stored documents, in batch order.
    public var storedIDs: [Int64]
    /// Articles skipped because a document with the same content hash was already stored.
    public var duplicates: Int

    public var stored: Int { storedIDs.count }

    public init(storedIDs: [Int64] = [], duplicates: Int = 0) {
        self.storedIDs = storedIDs
        self.duplicates = duplicates
    }
}
