import ReadoutCore

/// Reads one article the way an analyst does. A pure function of the article:
/// no I/O, no shared mutable state, safe to call from many threads at once.
public struct ArticleAnalyzer: Sendable {
    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        ArticleAnalysis()
    }
}
