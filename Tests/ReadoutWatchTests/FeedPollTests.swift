// One feed polled again and again against a real HTTP server: new items stored once, a 304
// answered to the validators the first poll saved, a stalled page reported and retried, redirects
// followed, and what was seen remembered across a restart.
import Foundation
import ReadoutCore
import ReadoutStore
import ReadoutWatch
import Testing

@Suite struct FeedPollTests {
    @Test func newItemsAreStoredOnceAndAnUnchangedFeedIsAnswered304WithoutRefetching() async throws {
        let database = try WatchDatabase()
        try await FeedSite.serve { site in
            let (poll, store) = try database.poller()
            defer { Task { await poll.fetcher.shutdown() } }
            let feed = site.url("/feeds/harbour.rss")

            let first = await poll.poll(feed)
            #expect(first.status == .read(items: 2, new: 2))
            #expect(first.stored == 2 && first.pageFailures.isEmpty, "\(first.pageFailures)")
            #expect(try store.storedSources() == [site.url("/pages/ferry-talks.html"), site.url("/pages/grain-accord.html")])
            let stored = try #require(try store.allDocuments().first).article.metadata
            #expect(stored.outlet == "Harbour Gazette" && stored.published == "2025-03-04")
            #expect(await site.state.headers(of: "/feeds/harbour.rss").first?[.ifNoneMatch] == nil)
            #expect(await site.state.headers(of: "/feeds/harbour.rss").first?[.userAgent] == "Readout/test (news feed watcher)")

            // Unchanged: the second request is conditional, the server says 304, no page is asked for again.
            let second = await poll.poll(feed)
            #expect(second.status == .notModified)
            let conditional = try #require(await site.state.headers(of: "/feeds/harbour.rss").last)
            #expect(conditional[.ifNoneMatch] == "\"harbour-1\"")
            #expect(conditional[.ifModifiedSince] == "Tue, 04 Mar 2025 09:20:00 GMT")
            #expect(await site.state.count("/pages/ferry-talks.html") == 1)
            #expect(await site.state.count("/pages/grain-accord.html") == 1)

            // A new item appears: only its page is fetched and stored.
            await site.state.publishSecondEdition()
            let third = await poll.poll(feed)
            #expect(third.status == .read(items: 3, new: 1))
            #expect(third.stored == 1 && third.duplicates == 0)
            #expect(await site.state.count("/pages/river-summit.html") == 1)
            #expect(await site.state.count("/pages/ferry-talks.html") == 1)
            #expect(try store.count() == 3)
            #expect(try store.validators(feed: feed).etag == "\"harbour-2\"")
        }
    }

    @Test func aStalledPageIsReportedSkippedRetriedAndAtLastGivenUp() async throws {
        let database = try WatchDatabase()
        try await FeedSite.serve { site in
            var limits = WatchDatabase.quickLimits
            limits.readTimeout = 3
            let (poll, store) = try database.poller(limits: limits, maxPageAttempts: 2)
            defer { Task { await poll.fetcher.shutdown() } }
            let feed = site.url("/feeds/slow-desk.rss")

            let first = await poll.poll(feed)
            #expect(first.status == .read(items: 2, new: 2))
            #expect(first.stored == 1, "the page that did arrive is stored")
            let failure = try #require(first.pageFailures.first)
            #expect(first.pageFailures.count == 1)
            #expect(failure.source == site.url("/slow/stalled.html"))
            #expect(failure.reason.hasPrefix("timed out"), "\(failure.reason)")
            #expect(first.failed && !first.feedFailed)

            // Not done yet: the stalled item is tried again, the stored one is not fetched again.
            let second = await poll.poll(feed)
            #expect(second.status == .read(items: 2, new: 1))
            #expect(second.pageFailures.first?.reason.hasSuffix("; given up") == true, "\(second.pageFailures)")
            #expect(await site.state.count("/pages/border-commission.html") == 1)

            // Given up: nothing left to fetch.
            let third = await poll.poll(feed)
            #expect(third.status == .read(items: 2, new: 0) && !third.failed)
            #expect(await site.state.count("/slow/stalled.html") == 2)
            #expect(try store.count() == 1)
        }
    }

    @Test func redirectsOfFeedAndPageAreFollowedAndRelativeLinksResolved() async throws {
        let database = try WatchDatabase()
        try await FeedSite.serve { site in
            let (poll, store) = try database.poller()
            defer { Task { await poll.fetcher.shutdown() } }
            // moved.atom → 301 → upland.atom, whose entry links "/go/envoy-visit" → 302 → the page.
            let report = await poll.poll(site.url("/feeds/moved.atom"))
            #expect(report.status == .read(items: 1, new: 1))
            #expect(report.stored == 1, "\(report.pageFailures)")
            let article = try #require(try store.allDocuments().first).article
            #expect(article.metadata.title == "Estavian envoy visits Kessel")
            #expect(article.metadata.outlet == "Upland Observer")
            #expect(await site.state.count("/pages/envoy-visit.html") == 1)
        }
    }

    @Test func anItemWithoutAPageOrWithAnEmptyPageIsStoredFromTheFeedsOwnText() async throws {
        let database = try WatchDatabase()
        try await FeedSite.serve { site in
            let (poll, store) = try database.poller()
            defer { Task { await poll.fetcher.shutdown() } }
            let feed = site.url("/feeds/wire-summaries.rss")
            let report = await poll.poll(feed)
            #expect(report.status == .read(items: 3, new: 3))
            #expect(report.stored == 2)
            // The third item's page is gone (404) and the feed has no text of it: given up at once.
            #expect(report.pageFailures == [ReadoutError(source: site.url("/pages/withdrawn.html"), reason: "HTTP 404 Not Found; given up")])
            let articles = try store.allDocuments().map(\.article)
            #expect(articles.map(\.source) == [feed + "#1", feed + "#2"])
            #expect(articles.map(\.metadata.outlet) == ["Meridian Wire", "Meridian Wire"])
            #expect(articles.last?.metadata.url == site.url("/pages/shell.html"))
            #expect(articles.first?.text.contains("recalled its ambassador") == true)
            #expect(await site.state.count("/pages/shell.html") == 1)
            // Every item dealt with: the next poll fetches no page.
            #expect(await poll.poll(feed).status == .read(items: 3, new: 0))
            #expect(await site.state.count("/pages/shell.html") == 1)
        }
    }

    @Test func aRedirectLoopAndAnOversizedPageAreOneLineEach() async throws {
        try await FeedSite.serve { site in
            var limits = WatchDatabase.quickLimits
            limits.maxBytes = 16 * 1024
            let fetcher = HTTPFetcher(limits: limits)
            defer { Task { await fetcher.shutdown() } }
            guard case .failed(let loop) = await fetcher.get(site.url("/loop/a")) else {
                Issue.record("a redirect loop was fetched")
                return
            }
            #expect(loop.reason == "redirect loop" || loop.reason.hasPrefix("too many redirects"), "\(loop.reason)")
            guard case .failed(let big) = await fetcher.get(site.url("/big/page.html")) else {
                Issue.record("a page over the limit was fetched")
                return
            }
            #expect(big.reason.hasPrefix("too large"), "\(big.reason)")
            guard case .failed(let busy) = await fetcher.get(site.url("/feeds/busy.rss")) else {
                Issue.record("a 503 was fetched")
                return
            }
            #expect(busy.retryAfter == 120 && busy.reason.hasPrefix("HTTP 503"))
        }
    }

    @Test func aRestartRemembersSeenItemsAndValidators() async throws {
        let database = try WatchDatabase()
        try await FeedSite.serve { site in
            let upland = site.url("/feeds/upland.atom"), harbour = site.url("/feeds/harbour.rss")
            do {
                let (poll, _) = try database.poller()
                #expect(await poll.poll(upland).stored == 1)
                #expect(await poll.poll(harbour).stored == 2)
                await poll.fetcher.shutdown()
            }
            // A new process: new store connection, new client, nothing in memory.
            let (poll, store) = try database.poller()
            defer { Task { await poll.fetcher.shutdown() } }
            let again = await poll.poll(upland)
            #expect(again.status == .read(items: 1, new: 0), "upland sends no validators: the seen entry stops the refetch")
            #expect(await site.state.count("/pages/envoy-visit.html") == 1)
            #expect(await poll.poll(harbour).status == .notModified)
            #expect(await site.state.headers(of: "/feeds/harbour.rss").last?[.ifNoneMatch] == "\"harbour-1\"")
            #expect(try store.count() == 3)
        }
    }
}
