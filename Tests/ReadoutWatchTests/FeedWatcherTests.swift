// A round over several feeds, some broken: the good ones are stored whatever the others do, each
// failure is its own report with its reason, and failed feeds sit out the rounds their backoff says.
import Foundation
import ReadoutWatch
import Testing

@Suite struct FeedWatcherTests {
    @Test func failingFeedsDoNotStopTheOthersAndBackOff() async throws {
        let database = try WatchDatabase()
        try await FeedSite.serve { site in
            let (poll, store) = try database.poller()
            defer { Task { await poll.fetcher.shutdown() } }
            let feeds = ["/feeds/error-500.rss", "/feeds/missing.rss", "/feeds/broken.rss", "/feeds/harbour.rss",
                         "/feeds/moved.atom", "/feeds/busy.rss"].map(site.url)
            let watcher = FeedWatcher(feeds: feeds, poll: poll, backoff: Backoff(base: 60, cap: 600), concurrency: 3)
            var schedule = FeedWatcher.Schedule()
            var reports: [String: (FeedPollReport, Double?)] = [:]
            let round = await watcher.round(schedule: &schedule) { reports[$0.feed] = ($0, $1) }

            #expect(round.polled == 6 && round.failedFeeds == 4 && round.withNewItems == 2)
            #expect(round.stored == 3 && round.anyFailed)
            #expect(try store.count() == 3)
            #expect(reports[site.url("/feeds/error-500.rss")]?.0.status == .failed("HTTP 500 Internal Server Error"))
            #expect(reports[site.url("/feeds/missing.rss")]?.0.status == .failed("HTTP 404 Not Found"))
            guard case .failed(let broken)? = reports[site.url("/feeds/broken.rss")]?.0.status else {
                Issue.record("the broken feed did not fail")
                return
            }
            #expect(broken.hasPrefix("malformed feed: "), "\(broken)")
            #expect(reports[site.url("/feeds/error-500.rss")]?.1 == 60, "first failure: the base wait")
            #expect(reports[site.url("/feeds/busy.rss")]?.1 == 120, "Retry-After beats a shorter backoff")
            #expect(reports[site.url("/feeds/harbour.rss")]?.1 == nil)

            // The next round polls only the feeds that answered.
            let next = await watcher.round(schedule: &schedule) { _, _ in }
            #expect(next.polled == 2 && next.waiting == 4 && !next.anyFailed)
            #expect(await site.state.count("/feeds/error-500.rss") == 1)
        }
    }

    @Test func backoffDoublesUpToTheCapAndHonoursRetryAfter() {
        let backoff = Backoff(base: 60, cap: 600)
        #expect((1...6).map { backoff.delay(afterFailures: $0) } == [60, 120, 240, 480, 600, 600])
        #expect(backoff.delay(afterFailures: 0) == 0)
        #expect(backoff.delay(afterFailures: 1, retryAfter: 300) == 300)
        #expect(backoff.delay(afterFailures: 1, retryAfter: 86_400) == 600, "a Retry-After beyond the cap is cut to it")
        #expect(backoff.delay(afterFailures: 10_000) == 600, "no overflow after months of failures")
    }
}
