// An RSS/Atom feed → the list of its items as a feed watcher needs it: what identifies each item
// (guid / Atom id, else its link), where its article page is, and what the feed says about it
// (title, date, authors, outlet), whether or not the item carries any text itself. The items are
// found and read by the same helpers `FeedReader` uses, so a feed reads the same either way.
import Foundation
import ReadoutCore

/// One feed item, before its page is fetched.
public struct FeedEntry: Sendable, Hashable {
    /// What the item is remembered by: its guid / id, else its link, else a hash of the item.
    public var key: String
    /// Where the item stands in the feed, 1 for the first: the `N` of the article id `FEED#N` the
    /// feed reader gives the item's own text.
    public var number: Int
    /// The article page (absolute URL as written in the feed; relative links are resolved by the caller).
    public var link: String?
    public var title: String?
    /// `YYYY-MM-DD`, as the feed dates the item.
    public var published: String?
    public var publishedTime: String?
    public var authors: [String]

    public init(key: String, number: Int, link: String? = nil, title: String? = nil, published: String? = nil,
                publishedTime: String? = nil, authors: [String] = []) {
        self.key = key
        self.number = number
        self.link = link
        self.title = title
        self.published = published
        self.publishedTime = publishedTime
        self.authors = authors
    }
}

/// The items of one feed document, in feed order.
public struct FeedListing: Sendable {
    /// The channel / feed title: the outlet of its items.
    public var title: String?
    public var entries: [FeedEntry]
    /// Why the document is not (quite) a feed: malformed XML (with how many items could still be
    /// read), another kind of document, undecodable bytes.
    public var failure: ReadoutError?

    public init(title: String? = nil, entries: [FeedEntry] = [], failure: ReadoutError? = nil) {
        self.title = title
        self.entries = entries
        self.failure = failure
    }
}

extension FeedReader {
    static func entries(xml: String, source: String) -> FeedListing {
        let parsed = feedRoot(xml)
        guard let root = parsed.root else {
            return FeedListing(failure: ReadoutError(source: source, reason: "malformed feed: \(parsed.malformed ?? "")"))
        }
        let malformed = parsed.malformed
        let rootName = localName(root.name)
        guard ["rss", "feed", "RDF", "rdf"].contains(rootName) else {
            return FeedListing(failure: ReadoutError(source: source, reason: "not an RSS or Atom feed (its root element is <\(root.name)>)"))
        }
        let isAtom = rootName == "feed"
        let channel = root.first { localName($0.name) == "channel" } ?? root
        var listing = FeedListing(title: text(of: isAtom ? root : channel, "title").map(WhitespaceNormalizer.collapse))
        for (index, item) in root.descendants(where: { ["item", "entry"].contains(localName($0.name)) }).enumerated() {
            let link = link(of: item, isAtom: isAtom)
            // RSS 1.0 names its items by rdf:about; RSS 2.0 by guid; Atom by id.
            let identity = text(of: item, "guid") ?? text(of: item, "id") ?? item["rdf:about"]
            let key = identity.map(WhitespaceNormalizer.collapse) ?? link ?? "sha256:" + SHA256.hex(of: MarkupParser.serialize(item))
            var entry = FeedEntry(key: key, number: index + 1, link: link.map(WhitespaceNormalizer.collapse))
            entry.title = text(of: item, "title").map { WhitespaceNormalizer.collapse(WhitespaceNormalizer.normalize($0)) }
            let dateText = ["pubDate", "published", "date", "issued", "updated", "modified"].lazy.compactMap { text(of: item, $0) }.first
            if let dateText, let date = PublicationDateParser.parse(dateText) {
                entry.published = date.day
                entry.publishedTime = date.time
            }
            entry.authors = authorNames(of: item)
            listing.entries.append(entry)
        }
        if let malformed {
            // An item without a link in a damaged feed is most likely one the damage cut short.
            listing.entries.removeAll { $0.link == nil }
            let read = listing.entries.count
            let kept = read == 0 ? "no item could be read" : "\(read) item\(read == 1 ? "" : "s") read"
            listing.failure = ReadoutError(source: source, reason: "malformed feed: \(malformed); \(kept)")
        }
        return listing
    }
}

extension ArticleReader {
    /// The items of a feed document fetched from `source` (a URL): the bytes are checked as a file's
    /// are (size, binary, decoding) and read as RSS/Atom whatever they claim to be.
    public func feedEntries(data: Data, source: String) -> FeedListing {
        if data.isEmpty { return FeedListing(failure: ReadoutError(source: source, reason: "empty feed")) }
        if let kind = BinarySniffer.binaryKind(of: data) {
            return FeedListing(failure: ReadoutError(source: source, reason: "not a feed (binary: \(kind))"))
        }
        switch TextDecoder.decode(data) {
        case .failure(let failure): return FeedListing(failure: ReadoutError(source: source, reason: failure.reason))
        case .success(let decoded): return FeedReader.entries(xml: decoded.text, source: source)
        }
    }

    /// Reads an article page fetched from `url`: failures name the URL, the article id is the
    /// page's file name. `kind` nil lets the content decide (HTML, or a plain-text page).
    public func read(page data: Data, url: String, as kind: InputKind? = nil) -> FileReadResult {
        let path = URL(string: url)?.path ?? ""
        let last = (path as NSString).lastPathComponent
        let name = last.isEmpty || last == "/" ? (URL(string: url)?.host ?? "page") : last
        return read(data: data, name: name, source: url, sidecar: nil, kind: kind)
    }
}
