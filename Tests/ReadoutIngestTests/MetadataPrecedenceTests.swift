// Metadata layering: command-line overrides beat a NAME.meta.json sidecar, which beats what
// the file itself says.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct MetadataPrecedenceTests {
    static let page = """
     date 2023-09-01 Harbour Times
    Uruguay and Paraguay agree on river transport rules
    Uruguay and Paraguay agreed on Friday on new rules for barge traffic on their shared river, officials said.
    """

    @Test func sidecarBeatsTheFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("river.txt", text: Self.page)
        try folder.write("river.meta.json", text: #"{"outlet": "Montevideo Daily", "published": "2023-09-02", "authors": ["Lucía Pereira"], "url": "https://example.org/river", "section": "Region", "title": "River rules agreed"}"#)
        let result = ArticleReader().read(file: file)
        #expect(result.failures.isEmpty)
        let article = try #require(result.articles.first)
        #expect(article.metadata.outlet == "Montevideo Daily")
        #expect(article.metadata.published == "2023-09-02")
        #expect(article.metadata.publishedSource == .sidecar)
        #expect(article.metadata.authors == ["Lucía Pereira"])
        #expect(article.metadata.url == "https://example.org/river")
        #expect(article.metadata.section == "Region")
        #expect(article.metadata.title == "River rules agreed")
        // The text keeps the page's own headline.
        #expect(article.blockTexts(.title) == ["Uruguay and Paraguay agree on river transport rules"])
    }

    @Test func commandLineBeatsSidecarAndFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("river.txt", text: Self.page)
        try folder.write("river.txt.meta.json", text: #"{"outlet": "Montevideo Daily", "published": "2023-09-02"}"#)
        let reader = ArticleReader(overrides: IngestOverrides(outlet: "Asunción Courier", published: "2023-09-03"))
        let article = try #require(reader.read(file: file).articles.first)
        #expect(article.metadata.outlet == "Asunción Courier")
        #expect(article.metadata.published == "2023-09-03")
        #expect(article.metadata.publishedSource == .commandLine)
    }

    @Test func fileValuesStandWithoutSidecarOrOverrides() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("river.txt", text: Self.page)
        let article = try #require(ArticleReader().read(file: file).articles.first)
        #expect(article.metadata.outlet == "Harbour Times")
        #expect(article.metadata.published == "2023-09-01")
        #expect(article.metadata.publishedSource == .header)
    }

    @Test func brokenSidecarIsReportedAndTheArticleStillRead() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("river.txt", text: Self.page)
        try folder.write("river.meta.json", text: "{not json")
        let result = ArticleReader().read(file: file)
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.metadata.outlet == "Harbour Times")
        #expect(result.failures.map(\.reason) == ["invalid JSON in sidecar"])
        #expect(result.failures.first?.source.hasSuffix("river.meta.json") == true)
    }

    @Test func overridesApplyToEveryFeedItem() throws {
        let reader = ArticleReader(overrides: IngestOverrides(outlet: "Desk Copy"))
        let result = reader.read(file: Fixture.url("feeds/asia_desk.atom"))
        #expect(result.articles.count == 2)
        #expect(result.articles.allSatisfy { $0.metadata.outlet == "Desk Copy" })
    }
}
