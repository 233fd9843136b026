// The view of one input document that every fusion step reads.
// In: an Article and its ArticleAnalysis. Out: the document id, an outlet label (outlet name,
// else the document id, so corroboration counts outlets, not copies) and its publication date.
import Foundation
import ReadoutCore

struct DocumentView: Sendable {
    let index: Int
    let article: Article
    let analysis: ArticleAnalysis
    /// Outlet name as given, else the document id: corroboration counts outlets, not copies.
    let outlet: String
    /// Outlets are compared by folded name so "VOA" twice counts once.
    let outletKey: String
    let published: CivilDate?

    init(index: Int, article: Article, analysis: ArticleAnalysis) {
        self.index = index
        self.article = article
        self.analysis = analysis
        let given = article.metadata.outlet?.trimmingCharacters(in: .whitespaces) ?? ""
        outlet = given.isEmpty ? article.id : given
        outletKey = NameText.key(outlet)
        published = CivilDate(iso: article.metadata.published)
    }

    var id: String { article.id }

    /// True when the publication date was stated, not estimated by Readout.
    var hasStatedDate: Bool { published != nil && article.metadata.publishedSource != .inferred }
}
