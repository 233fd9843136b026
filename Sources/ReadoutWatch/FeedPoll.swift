// One poll of one feed: a conditional GET of the feed (304: nothing to do), its items listed by
// the feed reader, the items not yet done looked up in the watch state and claimed (another watcher
// on the same database may poll the same feed: an item it holds is left to it), each claimed item's
// page fetched and cleaned by the article reader, the articles handed to the sink, and what was done
// remembered. An item with no page, or whose page holds no article text (drawn by scripts, behind
// a paywall), is stored from the feed's own text of it when the feed has some. The feed's validators are saved only once every item of that response has been
// dealt with: while a page is still to be retried, the next poll must get the feed body again
// (a 304 would hide the item), so it keeps sending the older validators.
import Foundation
import ReadoutCore
import ReadoutIngest
import ReadoutStore

/// What one poll of one feed did.
public struct FeedPollReport: Sendable {
    public enum Status: Sendable, Equatable {
        /// 304 Not Modified.
        case notModified
        /// The feed was read; `new` items were not done before.
        case read(items: Int, new: Int)
        /// The feed itself could not be fetched or read (malformed XML: the items libxml2 could still
        /// read are dealt with all the same, and counted in `stored`).
        case failed(String)
    }

    public var feed: String
    public var status: Status
    public var stored = 0
    public var duplicates = 0
    /// New items another watcher on the same database had claimed: left to it.
    public var claimedElsewhere = 0
    /// Pages (or feed items) that could not be fetched, read or stored; each names its URL.
    public var pageFailures: [ReadoutError] = []
    /// Seconds the server asked to wait before the next request.
    public var retryAfter: Double?

    /// The feed or one of its pages failed: counts for `--once`'s exit code and for backoff.
    public var failed: Bool {
        if case .failed = status { return true }
        return !pageFailures.isEmpty
    }

    /// The feed itself failed (backoff applies; a failed page alone does not slow the feed down).
    public var feedFailed: Bool {
        if case .failed = status { return true }
        return false
    }
}

public struct FeedPoll: Sendable {
    public let fetcher: HTTPFetcher
    public let reader: ArticleReader
    public let state: any WatchedFeedStore
    public let sink: any ArticleSink
    /// Failed attempts at one page before its item is given up (marked done unstored).
    public var maxPageAttempts: Int
    /// Seconds a claim on an item holds if this watcher stops before settling it.
    public var claimLease: Double

    public init(fetcher: HTTPFetcher, reader: ArticleReader = ArticleReader(), state: any WatchedFeedStore,
                sink: any ArticleSink, maxPageAttempts: Int = 3, claimLease: Double = watchClaimLease) {
        self.fetcher = fetcher
        self.reader = reader
        self.state = state
        self.sink = sink
        self.maxPageAttempts = max(1, maxPageAttempts)
        self.claimLease = claimLease
    }

    public func poll(_ feed: String) async -> FeedPollReport {
        do {
            return try await pollThrowing(feed)
        } catch {
            // Only the watch state can throw (a locked or damaged database): the feed is failed, not the watcher.
            return FeedPollReport(feed: feed, status: .failed((error as? ReadoutError)?.description ?? "\(error)"))
        }
    }

    private func pollThrowing(_ feed: String) async throws -> FeedPollReport {
        let saved = try state.validators(feed: feed)
        let document: FetchedDocument
        switch await fetcher.get(feed, validators: saved,
                                 accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5") {
        case .notModified:
            return FeedPollReport(feed: feed, status: .notModified)
        case .failed(let failure):
            var report = FeedPollReport(feed: feed, status: .failed(failure.reason))
            report.retryAfter = failure.retryAfter
            return report
        case .fetched(let fetched):
            document = fetched
        }

        let listing = reader.feedEntries(data: document.data, source: feed)
        if let failure = listing.failure, listing.entries.isEmpty {
            return FeedPollReport(feed: feed, status: .failed(failure.reason))
        }
        var seenKeys = Set<String>()
        let entries = listing.entries.filter { seenKeys.insert($0.key).inserted }
        let done = try state.doneItems(feed: feed, among: entries.map(\.key))
        let notDone = entries.filter { !done.contains($0.key) }
        let claimed = try state.claimItems(feed: feed, among: notDone.map(\.key), lease: claimLease)
        let new = notDone.filter { claimed.contains($0.key) }
        var report = FeedPollReport(feed: feed, status: .read(items: entries.count, new: notDone.count))
        report.claimedElsewhere = notDone.count - new.count

        // Pages one after another: a feed's pages are usually on one server, which is asked politely.
        var fetched: [(key: String, article: Article)] = []
        var settled: [String] = []
        // Items another watcher holds are not settled yet: until they are, the feed is read whole again
        // (its validators kept as they were), or a 304 would hide an item that watcher fails to store.
        var pending = report.claimedElsewhere > 0
        var itemTexts: [Int: Article]?
        for entry in new {
            var outcome = await page(for: entry, listing: listing, base: document.url)
            if case .failure(let failure) = outcome, failure.itemTextWillDo {
                // No page, or a page without article text (a script-drawn or paywalled one): the
                // feed's own text of the item, when it has some, is the next best thing.
                itemTexts = itemTexts ?? self.itemTexts(document, feed: feed)
                if var article = itemTexts?[entry.number] {
                    Self.fill(&article.metadata, from: entry, outlet: listing.title, link: entry.link)
                    outcome = .success(article)
                }
            }
            switch outcome {
            case .success(let article):
                fetched.append((entry.key, article))
            case .failure(let failure):
                if try giveUp(entry, of: feed, after: failure) {
                    settled.append(entry.key)
                    report.pageFailures.append(ReadoutError(source: failure.source, reason: failure.reason + "; given up"))
                } else {
                    pending = true
                    report.pageFailures.append(ReadoutError(source: failure.source, reason: failure.reason))
                }
            }
        }

        if !fetched.isEmpty {
            let outcome = await sink.store(fetched.map { $0.article })
            report.stored = outcome.stored
            report.duplicates = outcome.duplicates
            let notStored = Set(outcome.failures.map(\.source))
            for (key, article) in fetched {
                if notStored.contains(article.source) {
                    // Not stored: tried again like a failed page, and given up the same way.
                    if try state.recordFailedAttempt(feed: feed, key: key) >= maxPageAttempts {
                        settled.append(key)
                    } else {
                        pending = true
                    }
                } else {
                    settled.append(key)
                }
            }
            report.pageFailures += outcome.failures
        }
        try state.markDone(feed: feed, keys: settled)
        if let failure = listing.failure {
            report.status = .failed(failure.reason)
        } else if !pending {
            try state.saveValidators(document.validators, feed: feed)
        }
        return report
    }

    /// Whether a failed item is given up now: a page the server says is gone, an item without a
    /// page, or one that has failed `maxPageAttempts` times.
    private func giveUp(_ entry: FeedEntry, of feed: String, after failure: PageFailure) throws -> Bool {
        if failure.permanent { return true }
        return try state.recordFailedAttempt(feed: feed, key: entry.key) >= maxPageAttempts
    }

    private struct PageFailure: Error {
        var source: String
        var reason: String
        var permanent: Bool
        /// The page is missing or holds no article text (not a network failure, which may pass).
        var itemTextWillDo = false
    }

    /// The feed's own text of each item that has some, by item number, named `FEED#N`.
    private func itemTexts(_ document: FetchedDocument, feed: String) -> [Int: Article] {
        var byNumber: [Int: Article] = [:]
        for var article in reader.read(page: document.data, url: feed, as: .feed).articles {
            // The feed reader names the Nth item's article `NAME#N`.
            guard let number = article.id.split(separator: "#").last.flatMap({ Int($0) }) else { continue }
            article.source = "\(feed)#\(number)"
            byNumber[number] = article
        }
        return byNumber
    }

    /// The item's page, fetched and cleaned into an article; what the feed says about the item
    /// fills in what the page does not say.
    private func page(for entry: FeedEntry, listing: FeedListing, base: String) async -> Result<Article, PageFailure> {
        guard let link = entry.link, let url = URL(string: link, relativeTo: URL(string: base))?.absoluteURL,
              FeedSubscriptions.isFeedURL(url.absoluteString) else {
            let reason = entry.link.map { "item link is not an http(s) URL: '\($0.prefix(80))'" } ?? "item has no link to an article page"
            return .failure(PageFailure(source: "\(base)#\(entry.number)", reason: reason, permanent: true, itemTextWillDo: true))
        }
        let address = url.absoluteString
        let document: FetchedDocument
        switch await fetcher.get(address, accept: "text/html, application/xhtml+xml;q=0.9, */*;q=0.5") {
        case .notModified:
            return .failure(PageFailure(source: address, reason: "HTTP 304 to an unconditional request", permanent: false))
        case .failed(let failure):
            return .failure(PageFailure(source: address, reason: failure.reason, permanent: failure.permanent))
        case .fetched(let fetched):
            document = fetched
        }
        let read = reader.read(page: document.data, url: address, as: Self.kind(of: document.contentType))
        guard var article = read.articles.first else {
            let reason = read.failures.first?.reason ?? read.notArticles.map { "not an article (\($0))" } ?? "no article text found"
            return .failure(PageFailure(source: address, reason: reason, permanent: false, itemTextWillDo: true))
        }
        Self.fill(&article.metadata, from: entry, outlet: listing.title, link: address)
        return .success(article)
    }

    /// The page's own metadata wins (it is the article's); the feed item fills the gaps.
    static func fill(_ metadata: inout ArticleMetadata, from entry: FeedEntry, outlet: String?, link: String?) {
        if metadata.title == nil { metadata.title = entry.title }
        if metadata.outlet == nil { metadata.outlet = outlet }
        if metadata.published == nil, let published = entry.published {
            metadata.published = published
            metadata.publishedTime = entry.publishedTime
            metadata.publishedSource = .feed
        }
        if metadata.authors.isEmpty { metadata.authors = entry.authors }
        if metadata.url == nil { metadata.url = link }
    }

    /// The reader for a Content-Type; nil (the content decides) when the server names none we know.
    static func kind(of contentType: String?) -> InputKind? {
        let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        switch type {
        case "text/html", "application/xhtml+xml": return .html
        case "text/plain": return .text(markdown: false)
        case "text/markdown": return .text(markdown: true)
        default: return nil
        }
    }
}
