// An HTML page (or a fragment from a feed item) → the article's headline, paragraphs and
// captions plus metadata. Noise is pruned first (scripts, navigation, headers, footers, asides,
// forms, and elements whose class/id says ad, promo, share, related, newsletter, cookie...);
// the article container is itemprop=articleBody, else <article>, else <main>, else the element
// holding the most paragraph text; its text is laid out as lines and cleaned like a page dump.
import ReadoutCore

enum HTMLArticleExtractor {
    static func extract(html: String, isFragment: Bool = false) -> CleanedPage {
        guard let root = MarkupParser.parseHTML(html) else { return CleanedPage() }
        let metadata = isFragment ? HTMLMetadata() : HTMLMetadataExtractor.extract(root)
        let body = root.first { $0.name == "body" } ?? root
        let pruned = NoisePruner.prune(body) ?? MarkupNode(element: "body", attributes: [:])
        let container = isFragment ? pruned : ArticleContainer.find(in: pruned)

        var lines = BlockLayout.lines(of: container)
        if let title = metadata.title {
            let key = ContentHasher.normalizedForHash(title)
            lines.removeAll { !$0.isCaption && ContentHasher.normalizedForHash($0.text) == key }
        }
        let cleaner = PageDumpCleaner(detectHeadline: false, knownTitle: metadata.title)
        var page = cleaner.clean(lines: lines)
        if !page.hasBodyText, let articleBody = metadata.articleBody {
            page = PageDumpCleaner(detectHeadline: false, knownTitle: metadata.title).clean(WhitespaceNormalizer.normalize(articleBody))
        }
        if !isFragment { merge(metadata, into: &page) }
        return page
    }

    /// Markup metadata beats what the text lines suggested (it is what the publisher declared).
    private static func merge(_ html: HTMLMetadata, into page: inout CleanedPage) {
        if let title = html.title { page.title = WhitespaceNormalizer.collapse(WhitespaceNormalizer.normalize(title)) }
        if let outlet = html.outlet { page.metadata.outlet = outlet }
        if let published = html.published {
            page.metadata.published = published.day
            page.metadata.publishedTime = published.time
            page.metadata.publishedSource = .meta
        }
        if !html.authors.isEmpty { page.metadata.authors = html.authors }
        if let url = html.url { page.metadata.url = url }
        if let section = html.section { page.metadata.section = section }
        if page.metadata.outlet == nil, let title = page.title { page.metadata.outlet = OutletMentions.headlinePrefix(title) }
    }
}

/// Removes elements that are never article text.
enum NoisePruner {
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "aside", "form",
        "button", "select", "input", "textarea", "label", "footer", "header", "menu", "dialog", "link", "meta", "head",
        "video", "audio", "map", "picture", "source",
    ]
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "dialog", "search", "menu", "alert", "menubar"]
    static let noiseTokens: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "adunit", "dfp", "sponsor",
        "sponsored", "promo", "promos", "promotion", "promoted", "share", "sharing", "sharebar", "social", "socials", "related",
        "recommended", "recommendations", "newsletter", "newsletters", "subscribe", "subscription", "signup", "cookie",
        "cookies", "consent", "gdpr", "comments", "comment", "disqus", "sidebar", "breadcrumb", "breadcrumbs", "popup", "modal",
        "overlay", "outbrain", "taboola", "paywall", "nav", "navbar", "navigation", "menu", "footer", "masthead", "widget",
        "trending", "popular", "toolbar", "tags", "byline", "author", "timestamp", "meta", "hidden", "visually", "sr",
        "skip", "print", "banner", "teaser", "more", "readmore", "latest",
    ]

    /// A copy of `node` without noise; nil when `node` itself is noise.
    static func prune(_ node: MarkupNode) -> MarkupNode? {
        if node.kind == .text { return node }
        if isNoise(node) { return nil }
        let copy = MarkupNode(element: node.name, attributes: node.attributes)
        copy.children = node.children.compactMap(prune)
        return copy
    }

    static func isNoise(_ node: MarkupNode) -> Bool {
        if droppedTags.contains(node.name) { return true }
        if node["hidden"] != nil || node["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = node["role"]?.lowercased(), droppedRoles.contains(role) { return true }
        if let style = node["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        let tokens = ClassTokens.of(node)
        guard tokens.contains(where: { noiseTokens.contains($0) }) else { return false }
        // A class like "article-body ad-free" must not throw the article away: big text blocks stay.
        if node["itemprop"]?.lowercased() == "articlebody" || node.name == "article" || node.name == "main" { return false }
        return ParagraphText.length(in: node) < 1500
    }
}

/// Picks the element that holds the article text.
enum ArticleContainer {
    static func find(in body: MarkupNode) -> MarkupNode {
        let total = ParagraphText.length(in: body)
        let marked = body.descendants { $0["itemprop"]?.lowercased() == "articlebody" }
            + body.descendants { $0.name == "article" }
            + body.descendants { $0.name == "main" || $0["role"]?.lowercased() == "main" }
        // The first marked container holding a fair share of the page's paragraph text.
        if let best = marked.max(by: { ParagraphText.length(in: $0) < ParagraphText.length(in: $1) }),
           ParagraphText.length(in: best) * 3 >= total, ParagraphText.length(in: best) > 0 {
            let firstGood = marked.first { ParagraphText.length(in: $0) * 10 >= ParagraphText.length(in: best) * 9 }
            return firstGood ?? best
        }
        return densest(in: body) ?? body
    }

    /// The element whose own <p> children hold the most text (their parent gets the credit).
    private static func densest(in body: MarkupNode) -> MarkupNode? {
        var best: (node: MarkupNode, score: Int)?
        for node in body.descendants(where: { _ in true }) {
            let score = node.children.filter { $0.name == "p" || $0.name == "blockquote" }.reduce(0) { $0 + $1.textContent.count }
            if score > (best?.score ?? 0) { best = (node, score) }
        }
        return best?.node
    }
}

enum ParagraphText {
    /// Characters of text inside <p> elements below `node` (or the node itself when it is one).
    static func length(in node: MarkupNode) -> Int {
        if node.name == "p" { return node.textContent.count }
        return node.children.reduce(0) { $0 + ($1.kind == .element ? length(in: $1) : 0) }
    }
}

/// A container element → one line per block (paragraph, heading, list item, caption), in order.
enum BlockLayout {
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "figure", "figcaption", "hr", "address", "center", "details", "summary",
    ]

    static func lines(of container: MarkupNode) -> [PageLine] {
        var layout = Layout()
        layout.walk(container)
        layout.flush()
        return layout.lines
    }

    private struct Layout {
        var lines: [PageLine] = []
        var buffer = ""
        var breaks = 0
        var inCaption = 0

        mutating func flush() {
            let text = WhitespaceNormalizer.collapse(WhitespaceNormalizer.normalize(buffer))
            if !text.isEmpty { lines.append(PageLine(text: text, isCaption: inCaption > 0)) }
            buffer = ""
            breaks = 0
        }

        mutating func walk(_ node: MarkupNode) {
            if node.kind == .text {
                if breaks >= 2 { flush() }  // <br><br> separates paragraphs in many CMS templates
                if breaks == 1 { buffer += " " }
                breaks = 0
                buffer += node.text
                return
            }
            switch node.name {
            case "br":
                breaks += 1
                return
            case "img":
                return
            default:
                break
            }
            let isBlock = blockTags.contains(node.name)
            let isCaption = node.name == "figcaption"
            if isBlock { flush() }
            if isCaption { inCaption += 1 }
            if node.name == "li" { buffer += "• " }
            if node.name == "td" || node.name == "th" { buffer += " " }
            if isLinkList(node) { return }
            for child in node.children { walk(child) }
            if isBlock { flush() }
            if isCaption { inCaption -= 1 }
        }

        /// A list or box whose text is mostly links is a menu or a list of other stories.
        private func isLinkList(_ node: MarkupNode) -> Bool {
            guard ["ul", "ol", "div", "section", "table"].contains(node.name) else { return false }
            let total = node.textContent.count
            guard total > 0, total < 3000 else { return false }
            let linked = node.descendants { $0.name == "a" }.reduce(0) { $0 + $1.textContent.count }
            return linked * 10 >= total * 6
        }
    }
}
