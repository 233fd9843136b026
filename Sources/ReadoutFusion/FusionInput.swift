// The view of one input document that every fusion step reads.
// In: an Article and its ArticleAnalysis. Out: the document id, its outlet (the name it gives, or
// `Outlets.unknown` when it names none: such a document is shown as such and counts as no source),
// a key of its body text (to tell reprints) and its publication date. The body key is the one part
// that reads the whole text; a caller fusing the same document again passes the key it got before.
import Foundation
import ReadoutCore

/// How fusion names outlets.
public enum Outlets {
    /// The outlet label of a document that names no outlet. All such documents share it, so a
    /// comparison shows them together as one column, and corroboration never counts them.
    public static let unknown = "unknown outlet"
}

struct DocumentView: Sendable {
    let index: Int
    let article: Article
    let analysis: ArticleAnalysis
    /// Outlet name as given, else `Outlets.unknown`.
    let outlet: String
    /// False when the article names no outlet.
    let outletKnown: Bool
    /// Outlets are compared by folded name so "VOA" twice counts once.
    let outletKey: String
    /// A digest of the folded words of the body paragraphs: equal keys are the same text, reprinted.
    let bodyKey: String
    let published: CalendarPeriod?

    init(index: Int, article: Article, analysis: ArticleAnalysis, bodyKey: String? = nil) {
        self.index = index
        self.article = article
        self.analysis = analysis
        let given = article.metadata.outlet?.trimmingCharacters(in: .whitespaces) ?? ""
        outletKnown = !given.isEmpty
        outlet = outletKnown ? given : Outlets.unknown
        outletKey = NameText.key(outlet)
        self.bodyKey = bodyKey ?? Self.bodyKey(article)
        published = CalendarPeriod(iso: article.metadata.published)
    }

    var id: String { article.id }

    /// True when the publication date was stated, not estimated by Readout.
    var hasStatedDate: Bool { published != nil && article.metadata.publishedSource != .inferred }

    /// The body's words, folded (case, accents, punctuation): a headline rewritten or a dateline
    /// naming the outlet does not hide a reprint, a changed word in the body does. Kept as a SHA-256
    /// of those words (empty when there are none), so a caller can hold it for many documents.
    static func bodyKey(_ article: Article) -> String {
        var paragraphs = TextSlices.slices(article.text, article.blocks.filter { $0.kind == .paragraph }.map(\.span))
        if paragraphs.isEmpty { paragraphs = [article.text] }
        paragraphs[0] = withoutDateline(paragraphs[0])
        let words = NameText.words(paragraphs.joined(separator: " "))
        return words.isEmpty ? "" : SHA256.hex(of: words.joined(separator: " "))
    }

    /// "LAGOS (Daily Wire) — Ministers met ..." → "Ministers met ...": the dateline names the
    /// outlet that ran the copy, not what the copy says.
    static func withoutDateline(_ paragraph: String) -> String {
        guard let dash = paragraph.prefix(80).range(of: " — ") ?? paragraph.prefix(80).range(of: " - ") else { return paragraph }
        var head = String(paragraph[..<dash.lowerBound])
        if let open = head.firstIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
            head.removeSubrange(open...close)
        }
        // A dateline is a place in capitals (and the outlet in brackets); a sentence has lowercase words.
        guard !head.contains(where: \.isLowercase) else { return paragraph }
        return String(paragraph[dash.upperBound...])
    }
}
