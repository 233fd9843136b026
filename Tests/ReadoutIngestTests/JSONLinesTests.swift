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

@Suite struct NotArticleContentTests {
    @Test func jsonWithoutArticleTextIsPassedOverNotFailed() {
        let gold = #"{"documents": [{"id": "ferry", "entities": [{"name": "Freedonia", "type": "GPE"}]}]}"#
        let result = ArticleReader().read(data: Data(gold.utf8), name: "gold.json")
        #expect(result.articles.isEmpty && result.failures.isEmpty)
        #expect(result.notArticles == "JSON without article text")

        let list = #"[{"id": 1, "label": "MEET"}, {"id": 2, "label": "VISIT"}]"#
        #expect(ArticleReader().read(data: Data(list.utf8), name: "labels.json").notArticles != nil)
        let lines = "{\"id\": 1, \"score\": 0.5}\n{\"id\": 2, \"score\": 0.7}\n"
        #expect(ArticleReader().read(data: Data(lines.utf8), name: "scores.jsonl").notArticles != nil)
    }

    @Test func jsonWithArticlesAndABadRecordStillReportsTheBadRecord() {
        let lines = "{\"text\": \"The ferry between Freedonia and Sylvania resumed on Monday after repairs to the pier.\"}\n{\"id\": 2}\nnot json\n"
        let result = ArticleReader().read(data: Data(lines.utf8), name: "mixed.jsonl")
        #expect(result.notArticles == nil)
        #expect(result.articles.count == 1)
        #expect(result.failures.count == 2)
    }

    @Test func aScriptIsPassedOver() {
        let script = "#!/bin/sh\nreadout ingest .\n"
        let result = ArticleReader().read(data: Data(script.utf8), name: "refresh")
        #expect(result.notArticles == "a script" && result.failures.isEmpty && result.articles.isEmpty)
    }
}
