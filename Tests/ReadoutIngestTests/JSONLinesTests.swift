// JSON Lines: one article per line with optional title, url, outlet, published and authors;
// a bad line is a failure `FILE:LINE` and the other lines are still read.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct JSONLinesTests {
    @Test func goodLinesBecomeArticlesAndBadLinesFailures() throws {
        let result = Fixture.read("jsonl/articles.jsonl")
        #expect(result.articles.map(\.id) == ["articles#1", "articles#3"])
        #expect(result.failures.map { String($0.source.split(separator: "/").last ?? "") } == ["articles.jsonl:2", "articles.jsonl:4"])
        #expect(result.failures.map(\.reason) == ["invalid JSON", "no \"text\" field"])

        let first = try #require(result.articles.first)
        #expect(first.format == .jsonl)
        #expect(first.metadata.title == "Japan and Australia sign defence logistics pact")
        #expect(first.metadata.outlet == "Pacific Ledger")
        #expect(first.metadata.published == "2024-06-14")
        #expect(first.metadata.url == "https://example.org/jp-au")
        #expect(first.metadata.authors == ["Hiroshi Tanaka", "Grace Mitchell"])
        #expect(first.blockTexts(.paragraph).count == 2)
        #expect(first.text.hasPrefix("Japan and Australia sign defence logistics pact\n\nJapan and Australia signed"))

        let second = try #require(result.articles.last)
        #expect(second.metadata.title == nil)
        #expect(second.metadata.published == "2024-06-17")
        #expect(second.metadata.authors == ["Aroha Ngata", "Josefa Tuilagi"])
        #expect(second.metadata.section == "Pacific")
    }

    @Test func jsonDocumentWithOneArticle() throws {
        let json = #"{"title": "Oman mediates talks", "text": "Oman hosted indirect talks in Muscat on Saturday, its foreign ministry said."}"#
        let result = ArticleReader().read(data: Data(json.utf8), name: "muscat.json")
        let article = try #require(result.articles.first)
        #expect(article.id == "muscat")
        #expect(article.metadata.title == "Oman mediates talks")
    }
}
