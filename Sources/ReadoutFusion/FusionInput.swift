// The view of one input document that every fusion step reads.
// In: an Article and its ArticleAnalysis. Out: the document id, an outlet label (outlet name,
// else the document id, so corroboration counts outlets, not copies) and its publication date.
import Foundation
import ReadoutCore

struct DocumentView: Sendable {
    let index: Int
    let article: Article
    let analysis: ArticleAnalysis

    var id: String { article.id }

    /// Outlets are compared by folded name so "VOA" twice counts once.
    var outlet: String {
        if let outlet = article.metadata.outlet?.trimmingCharacters(in: .whitespaces), !outlet.isEmpty { return outlet }
        return article.id
    }

    var outletKey: String { NameText.key(outlet) }

    var published: CivilDate? { CivilDate(iso: article.metadata.published) }

    /// True when the publication date was stated, not estimated by Readout.
    var hasStatedDate: Bool { published != nil && article.metadata.publishedSource != .inferred }
}

