// RSS 2.0 and Atom feeds: one article per item with title, link, date, author and the channel
// title as outlet; an item without text and a malformed feed are reported, not fatal.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct FeedTests {
    @Test func rssItemsBecomeArticles() throws {
        let result = Fixture.read("feeds/world_desk.rss")
        #expect(result.articles.count == 2)
        let first = try #require(result.articles.first)
        #expect(first.id == "world_desk#1")
        #expect(first.format == .rss)
        #expect(first.metadata.title == "Latvia and Lithuania sign energy corridor deal")
        #expect(first.metadata.outlet == "Baltic Wire")
        #expect(first.metadata.url == "https://balticwire.example/2024/04/energy-corridor")
        #expect(first.metadata.published == "2024-04-09")
        #expect(first.metadata.publishedSource == .feed)
        #expect(first.metadata.authors == ["Ieva Kalnina"])
        #expect(first.metadata.section == "Energy")
        #expect(first.blockTexts(.paragraph) == [
            "RIGA — Latvia and Lithuania signed an agreement on Tuesday to build a joint gas corridor, the two prime ministers said in Riga.",
            "“This is a strategic step for the region,” Latvian Prime Minister Kristaps Berzins said.",
        ])

        let second = try #require(result.articles.last)
        #expect(second.id == "world_desk#2")
        #expect(second.metadata.authors == ["Marta Ilves"])
        #expect(second.metadata.published == "2024-04-10")
        #expect(second.text.hasPrefix("Estonian foreign minister holds phone call with Polish counterpart\n\nEstonia's foreign minister"))
    }

    @Test func itemWithoutTextIsAFailureForThatItemOnly() {
        let result = Fixture.read("feeds/world_desk.rss")
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.source.hasSuffix("world_desk.rss#3") == true)
        #expect(result.failures.first?.reason == "no article text in item")
    }

    @Test func atomEntriesBecomeArticles() throws {
        let result = Fixture.read("feeds/asia_desk.atom")
        #expect(result.failures.isEmpty)
        #expect(result.articles.count == 2)
        let first = try #require(result.articles.first)
        #expect(first.format == .atom)
        #expect(first.metadata.outlet == "Mekong Monitor")
        #expect(first.metadata.published == "2024-05-01")
        #expect(first.metadata.authors == ["Sophea Chan"])
        #expect(first.metadata.url == "https://mekong.example/2024/05/border")
        #expect(first.blockTexts(.paragraph).count == 2)
        let second = try #require(result.articles.last)
        #expect(second.metadata.published == "2024-05-02")  // only <updated> is given
        #expect(second.metadata.url == "https://mekong.example/2024/05/water")
        #expect(second.blockTexts(.paragraph) == ["Laos hosted a summit of Mekong River countries in Vientiane on Thursday to discuss dam releases."])
    }

    @Test func truncatedFeedIsReportedAndItsCompleteItemsKept() throws {
        let result = Fixture.read("feeds/truncated.rss")
        let failure = try #require(result.failures.first)
        #expect(failure.reason.hasPrefix("malformed feed: "))
        #expect(result.failures.count == 1, "one failure for the damaged file: \(result.failures)")
        #expect(result.articles.first?.metadata.title == "Niger and Chad hold security talks")
    }

    @Test func notWellFormedFeedIsReported() throws {
        let result = Fixture.read("feeds/not_xml.rss")
        let failure = try #require(result.failures.first)
        #expect(failure.reason.hasPrefix("malformed feed: "))
        #expect(failure.source.hasSuffix("not_xml.rss"))
        #expect(result.articles.isEmpty)
    }

    @Test func feedItemRawHashesDifferAndAreStable() throws {
        let once = Fixture.read("feeds/world_desk.rss").articles
        let again = Fixture.read("feeds/world_desk.rss").articles
        #expect(once.map(\.rawHash) == again.map(\.rawHash))
        #expect(Set(once.map(\.rawHash)).count == once.count)
    }
}
