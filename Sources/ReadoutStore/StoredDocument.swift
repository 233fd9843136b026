// What reading the store gives back: a short summary per document for listings,
// the full article with its analysis, and search hits with a marked snippet.
import Foundation
import ReadoutCore

/// One line of a listing: enough to choose a document.
public struct DocumentSummary: Sendable, Hashable, Codable {
    /// The store's own id (stable for the life of the database).
    public var id: Int64
    /// `Article.id`: the file name without extension, or `FILE#N`.
    public var key: String
    public var source: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var wordCount: Int

    public init(id: Int64, key: String, source: String, title: String?, outlet: String?, published: String?,
                wordCount: Int) {
        self.id = id
        self.key = key
        self.source = source
        self.title = title
        self.outlet = outlet
        self.published = published
        self.wordCount = wordCount
    }
}

/// A stored article exactly as it was saved, with the analysis saved alongside it.
public struct StoredDocument: Sendable, Hashable {
    public var id: Int64
    public var article: Article
    public var analysis: ArticleAnalysis?
    /// Which analyzer produced `analysis` (empty when unknown).
    public var analyzerVersion: String?
    /// ISO 8601 UTC time the document was stored.
    public var ingestedAt: String

    public init(id: Int64, article: Article, analysis: ArticleAnalysis?, analyzerVersion: String?, ingestedAt: String) {
        self.id = id
        self.article = article
        self.analysis = analysis
        self.analyzerVersion = analyzerVersion
        self.ingestedAt = ingestedAt
    }
}

/// A document that matches a search, with a short passage around the match.
public struct SearchHit: Sendable, Hashable {
    /// Marks around each matched term in `snippet`, the same for every backend.
    public static let markStart = "["
    public static let markEnd = "]"

    public var document: DocumentSummary
    /// A few words around the best match, each matched term wrapped in `markStart`/`markEnd`;
    /// "…" where the passage was cut.
    public var snippet: String
    /// Relevance; higher is better. Comparable within one search only.
    public var score: Double

    public init(document: DocumentSummary, snippet: String, score: Double) {
        self.document = document
        self.snippet = snippet
        self.score = score
    }
}
