// What `readout watch` reads besides feeds: lists of feed URLs (plain or OPML), and a feed's
// items as entries (key, link, date) whether or not they carry text.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct FeedSubscriptionTests {
    @Test func opmlOutlinesGiveTheirFeedURLsOnceInOrder() throws {
        let text = try String(contentsOf: Fixture.url("subscriptions/desks.opml"), encoding: .utf8)
        let urls = try FeedSubscriptions.urls(in: text, source: "desks.opml").get()
        #expect(urls == ["https://harbourgazette.example/world/rss.xml", "https://uplandobserver.example/feed.atom"])
    }

    @Test func aPlainListSkipsCommentsAndNamesTheBadLine() throws {
        let good = "# morning desks\n\nhttps://a.example/rss\n  http://b.example/atom.xml  \n"
        #expect(try FeedSubscriptions.urls(in: good, source: "feeds.txt").get() == ["https://a.example/rss", "http://b.example/atom.xml"])
        let bad = "https://a.example/rss\nftp://b.example/feed\n"
        #expect(throws: ReadoutError(source: "feeds.txt:2", reason: "not an http(s) feed URL: 'ftp://b.example/feed'")) {
            try FeedSubscriptions.urls(in: bad, source: "feeds.txt").get()
        }
    }

    @Test func feedEntriesAreKeyedByGuidOrIdAndCarryTheItemsDates() throws {
        let reader = ArticleReader()
        let rss = try Data(contentsOf: Fixture.url("feeds/world_desk.rss"))
        let listing = reader.feedEntries(data: rss, source: "https://balticwire.example/rss")
        #expect(listing.failure == nil)
        #expect(listing.title == "Baltic Wire")
        #expect(listing.entries.count == 3, "every item, the one without text too")
        let first = try #require(listing.entries.first)
        #expect(first.link == "https://balticwire.example/2024/04/energy-corridor")
        #expect(first.published == "2024-04-09" && first.authors == ["Ieva Kalnina"])

        let atom = try Data(contentsOf: Fixture.url("feeds/asia_desk.atom"))
        let entries = reader.feedEntries(data: atom, source: "https://asia.example/atom").entries
        #expect(!entries.isEmpty && entries.allSatisfy { !$0.key.isEmpty && $0.link != nil })
    }

    @Test func aPageThatIsNotAFeedIsOneFailure() {
        let page = Data("<!DOCTYPE html><html><body><p>Not a feed.</p></body></html>".utf8)
        let listing = ArticleReader().feedEntries(data: page, source: "https://a.example/rss")
        #expect(listing.entries.isEmpty)
        #expect(listing.failure?.source == "https://a.example/rss")
    }
}
