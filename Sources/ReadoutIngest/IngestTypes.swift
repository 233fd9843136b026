// The ingest stage's public inputs and outputs besides `Article`: metadata given on the
// command line, and the result of reading one file (articles plus per-file or per-item failures).
import ReadoutCore

/// Metadata the user states for every file of one ingest run; beats sidecars and what the file says.
public struct IngestOverrides: Sendable, Hashable {
    public var outlet: String?
    /// `YYYY-MM-DD` (other common date formats are normalized; an unreadable value is ignored).
    public var published: String?

    public init(outlet: String? = nil, published: String? = nil) {
        self.outlet = outlet
        self.published = published
    }
}

/// What reading one file gave: every article that could be read, and one failure per thing that could not.
public struct FileReadResult: Sendable {
    public var articles: [Article]
    /// A whole-file problem has the file as source; a bad feed item or JSON line has `FILE#N` or `FILE:LINE`.
    public var failures: [ReadoutError]
    /// Set when the content shows the file holds no articles at all and never meant to (a script,
    /// JSON data without article text such as gold annotations): passed over quietly, not a failure.
    public var notArticles: String?

    public init(articles: [Article] = [], failures: [ReadoutError] = [], notArticles: String? = nil) {
        self.articles = articles
        self.failures = failures
        self.notArticles = notArticles
    }

    static func failure(_ source: String, _ reason: String) -> FileReadResult {
        FileReadResult(failures: [ReadoutError(source: source, reason: reason)])
    }

    static func notArticles(_ reason: String) -> FileReadResult {
        FileReadResult(notArticles: reason)
    }
}

/// Why one feed item or JSON line could not be read (the caller adds the `FILE#N` / `FILE:LINE` source).
struct ItemFailure: Error, ExpressibleByStringLiteral {
    var reason: String
    init(stringLiteral reason: String) { self.reason = reason }
    init(_ reason: String) { self.reason = reason }
}
