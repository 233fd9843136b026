// An RSS 2.0, RSS 1.0 (RDF) or Atom feed → one article per item/entry: title, link, date
// (pubDate / published / updated / dc:date, RFC 822 or ISO 8601), author (author, dc:creator,
// atom author/name), outlet from the channel/feed title, text from content:encoded / content /
// description / summary (HTML cleaned like a page). A malformed feed is one failure for the
// file, with libxml2's reason and how many items were kept; the items libxml2's recovery could
// still read are kept, and an item cut short by the damage is not a second failure. In a
// well-formed feed an item without text is a failure `FILE#N`.
import Foundation
import ReadoutCore

enum FeedReader {
    /// A feed's root element: parsed, or what libxml2 recovered from malformed XML (with the reason, so complete
    /// items are still read); no root when nothing could be.
    static func feedRoot(_ xml: String) -> (root: MarkupNode?, malformed: String?) {
        switch MarkupParser.parseXML(xml) {
        case .parsed(let node): return (node, nil)
        case .malformed(let reason, let recovered): return (recovered, reason)
        }
    }

    static func read(xml: String, context: ReadContext) -> FileReadResult {
        var result = FileReadResult()
        let parsed = feedRoot(xml)
        guard let root = parsed.root else { return .failure(context.source, "malformed feed: \(parsed.malformed ?? "")") }
        let malformed = parsed.malformed
        let isAtom = localName(root.name) == "feed"
        let channel = root.first { localName($0.name) == "channel" } ?? root
        let feedTitle = text(of: isAtom ? root : channel, "title")
        let items = root.descendants { ["item", "entry"].contains(localName($0.name)) }
        if items.isEmpty && malformed == nil {
            result.failures.append(ReadoutError(source: context.source, reason: "feed has no items"))
        }
        for (index, item) in items.enumerated() {
            let number = index + 1
            let origin = context.itemOrigin(number, format: isAtom ? .atom : .rss,
                                            rawHash: SHA256.hex(of: MarkupParser.serialize(item)))
            switch article(from: item, isAtom: isAtom, outlet: feedTitle, origin: origin, context: context) {
            case .success(let article): result.articles.append(article)
            case .failure(let failure): result.failures.append(ReadoutError(source: "\(context.source)#\(number)", reason: failure.reason))
            }
        }
        if let malformed {
            // One line per bad file: the damage, and what could still be read.
            let read = result.articles.count
            let kept = read == 0 ? "no item could be read" : "\(read) item\(read == 1 ? "" : "s") read"
            result.failures = [ReadoutError(source: context.source, reason: "malformed feed: \(malformed); \(kept)")]
        }
        return result
    }

    private static func article(from item: MarkupNode, isAtom: Bool, outlet: String?, origin: ArticleOrigin,
                                context: ReadContext) -> Result<Article, ItemFailure> {
        let title = text(of: item, "title").map { WhitespaceNormalizer.collapse(WhitespaceNormalizer.normalize($0)) }
        let bodySource = ["encoded", "content", "description", "summary"].lazy.compactMap { text(of: item, $0) }.first { !$0.isEmpty }
        guard let body = bodySource else { return .failure("no article text in item") }
        var page = ItemText.clean(body, title: title)
        guard page.hasBodyText else { return .failure("no article text in item") }
        if let title, !title.isEmpty { page.title = title }
        if let outlet { page.metadata.outlet = WhitespaceNormalizer.collapse(outlet) }
        if let link = link(of: item, isAtom: isAtom) { page.metadata.url = link }
        let dateText = ["pubDate", "published", "date", "issued", "updated", "modified"].lazy.compactMap { text(of: item, $0) }.first
        if let dateText, let date = PublicationDateParser.parse(dateText) {
            page.metadata.published = date.day
            page.metadata.publishedTime = date.time
            page.metadata.publishedSource = .feed
        }
        let authors = authorNames(of: item)
        if !authors.isEmpty { page.metadata.authors = authors }
        if let category = text(of: item, "category") ?? item.first(where: { localName($0.name) == "category" })?["term"] {
            page.metadata.section = WhitespaceNormalizer.collapse(category)
        }
        return .success(context.assemble(page, origin: origin))
    }

    /// RSS `<author>` is often "email (Name)"; dc:creator and Atom `<author><name>` are names.
    static func authorNames(of item: MarkupNode) -> [String] {
        var names: [String] = []
        for node in item.children where node.kind == .element {
            switch localName(node.name) {
            case "creator":
                names += AuthorNames.split(node.textContent)
            case "author":
                if let name = node.children.first(where: { localName($0.name) == "name" }) {
                    names.append(name.textContent)
                } else {
                    var raw = node.textContent
                    if let open = raw.firstIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close {
                        raw = String(raw[raw.index(after: open)..<close])
                    }
                    if !raw.contains("@") { names += AuthorNames.split(raw) }
                }
            default:
                break
            }
        }
        return names
    }

    static func link(of item: MarkupNode, isAtom: Bool) -> String? {
        let links = item.children.filter { localName($0.name) == "link" }
        if let alternate = links.first(where: { ($0["rel"] ?? "alternate") == "alternate" && $0["href"] != nil }) {
            return alternate["href"]
        }
        if let plain = links.map(\.textContent).first(where: { !$0.isEmpty }) { return plain }
        return text(of: item, "guid").flatMap { $0.hasPrefix("http") ? $0 : nil }
    }

    /// Text of the first direct child with this local name (namespace prefix ignored).
    static func text(of node: MarkupNode, _ name: String) -> String? {
        guard let child = node.children.first(where: { $0.kind == .element && localName($0.name) == name }) else { return nil }
        // Atom content type="xhtml" holds markup as elements: serialize it back for the HTML cleaner.
        if child.children.contains(where: { $0.kind == .element }) && ["content", "summary", "encoded", "description"].contains(name) {
            return child.children.map { $0.kind == .text ? $0.text : MarkupParser.serialize($0) }.joined()
        }
        let value = child.children.map(\.text).joined()
        return value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : value
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
