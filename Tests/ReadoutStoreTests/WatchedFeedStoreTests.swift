// What `readout watch` keeps per feed, on every backend: validators and done items survive reopening
// the database, items are kept apart per feed, failed attempts count up until an item is marked
// done, and an item claimed by one watcher is not another's until it is settled or its lease ends.
import Foundation
import ReadoutPostgres
import ReadoutStore
import Testing

@Suite struct WatchedFeedStoreTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// A new database and a way to open it again, as a restarted (or a second) watcher does.
    private func open(_ backend: StoreBackend) throws -> () throws -> any WatchedFeedStore {
        switch backend {
        case .sqlite:
            let path = folder.path("watch-\(UUID().uuidString).sqlite")
            return { try SQLiteStore(path: path) }
        case .postgres:
            let url = try PostgresTestServer.freshDatabase()
            return { try PostgresStore(url: url) }
        }
    }

    @Test(arguments: StoreBackend.available)
    func validatorsAndDoneItemsSurviveReopeningPerFeed(backend: StoreBackend) throws {
        let reopen = try open(backend)
        let feed = "https://harbourgazette.example/rss", other = "https://uplandobserver.example/atom"
        do {
            let store = try reopen()
            #expect(try store.validators(feed: feed).isEmpty)
            try store.saveValidators(FeedValidators(etag: "\"v1\"", lastModified: "Tue, 04 Mar 2025 09:20:00 GMT"), feed: feed)
            try store.saveValidators(FeedValidators(etag: "\"v2\""), feed: feed)
            try store.markDone(feed: feed, keys: ["item-1", "item-2"])
            #expect(try store.recordFailedAttempt(feed: feed, key: "item-3") == 1)
            #expect(try store.recordFailedAttempt(feed: feed, key: "item-3") == 2)
        }
        let store = try reopen()
        #expect(try store.validators(feed: feed) == FeedValidators(etag: "\"v2\""), "the last answer's validators, whole")
        #expect(try store.doneItems(feed: feed, among: ["item-1", "item-2", "item-3", "item-4"]) == ["item-1", "item-2"])
        #expect(try store.doneItems(feed: other, among: ["item-1"]).isEmpty, "items are remembered per feed")
        try store.markDone(feed: feed, keys: ["item-3"])
        #expect(try store.doneItems(feed: feed, among: ["item-3"]) == ["item-3"])
    }

    @Test(arguments: StoreBackend.available)
    func aClaimedItemIsNoOtherWatchersUntilSettledOrLapsed(backend: StoreBackend) throws {
        let reopen = try open(backend)
        let one = try reopen(), other = try reopen()
        let feed = "https://harbourgazette.example/rss"
        // Keys as feeds write them: a guid with quotes and a backslash, a link.
        let odd = "tag:harbourgazette.example,2025:\"1003\"\\b", link = "https://harbourgazette.example/2025/03/ferry-talks"
        #expect(try one.claimItems(feed: feed, among: ["item-1", odd], lease: 600) == ["item-1", odd])
        #expect(try other.claimItems(feed: feed, among: ["item-1", odd, link], lease: 600) == [link])
        #expect(try other.claimItems(feed: "https://uplandobserver.example/atom", among: ["item-1"], lease: 600) == ["item-1"],
                "claims are per feed")

        // Settled: a done item is nobody's again; a failed attempt frees its item for the next poll.
        try one.markDone(feed: feed, keys: ["item-1"])
        #expect(try one.recordFailedAttempt(feed: feed, key: odd) == 1)
        #expect(try other.claimItems(feed: feed, among: ["item-1", odd], lease: 600) == [odd])
        #expect(try other.doneItems(feed: feed, among: ["item-1", odd, link]) == ["item-1"])

        // A claim whose lease has run out (its watcher stopped mid-poll) is free.
        #expect(try one.claimItems(feed: feed, among: ["item-5"], lease: -1) == ["item-5"])
        #expect(try other.claimItems(feed: feed, among: ["item-5"], lease: 600) == ["item-5"])
    }
}
