// What `readout watch` keeps per feed: validators and done items survive reopening the file, items
// are kept apart per feed, and failed attempts count up until an item is marked done.
import Foundation
import ReadoutStore
import Testing

@Suite struct WatchedFeedStoreTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func validatorsAndDoneItemsSurviveReopeningPerFeed() throws {
        let path = folder.path("watch.sqlite")
        let feed = "https://harbourgazette.example/rss", other = "https://uplandobserver.example/atom"
        do {
            let store = try SQLiteStore(path: path)
            #expect(try store.validators(feed: feed).isEmpty)
            try store.saveValidators(FeedValidators(etag: "\"v1\"", lastModified: "Tue, 04 Mar 2025 09:20:00 GMT"), feed: feed)
            try store.saveValidators(FeedValidators(etag: "\"v2\""), feed: feed)
            try store.markDone(feed: feed, keys: ["item-1", "item-2"])
            #expect(try store.recordFailedAttempt(feed: feed, key: "item-3") == 1)
            #expect(try store.recordFailedAttempt(feed: feed, key: "item-3") == 2)
        }
        let store = try SQLiteStore(path: path)
        #expect(try store.validators(feed: feed) == FeedValidators(etag: "\"v2\""), "the last answer's validators, whole")
        #expect(try store.doneItems(feed: feed, among: ["item-1", "item-2", "item-3", "item-4"]) == ["item-1", "item-2"])
        #expect(try store.doneItems(feed: other, among: ["item-1"]).isEmpty, "items are remembered per feed")
        try store.markDone(feed: feed, keys: ["item-3"])
        #expect(try store.doneItems(feed: feed, among: ["item-3"]) == ["item-3"])
    }
}
