// HTML pages through libxml2: metadata from meta tags and JSON-LD, the article container,
// captions from <figcaption>, and navigation, ads, share bars, promos, cookie notices and
// footers left out of the text.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct HTMLExtractionTests {
    @Test func metadataFromMetaTagsAndJSONLD() throws {
        let article = try Fixture.article("html/full_page.html")
        #expect(article.format == .html)
        #expect(article.metadata.title == "Chile and Argentina sign lithium pact in Santiago")
        #expect(article.metadata.outlet == "The Andes Ledger")
        #expect(article.metadata.published == "2024-03-05")
        #expect(article.metadata.publishedSource == .meta)
        #expect(article.metadata.publishedTime == "18:20")
        #expect(article.metadata.authors == ["Camila Rojas", "Tomás Ferreyra"])
        #expect(article.metadata.url == "https://andesledger.example/world/lithium-pact")
        #expect(article.metadata.section == "World")
    }

    @Test func mainTextKeepsParagraphsAndCaptionsAndDropsNoise() throws {
        let article = try Fixture.article("html/full_page.html")
        #expect(article.blockTexts(.title) == ["Chile and Argentina sign lithium pact in Santiago"])
        #expect(article.blockTexts(.caption) == [
            "Chilean President Ignacio Vidal and Argentine President Marta Quiroga shake hands in Santiago on Tuesday.",
        ])
        #expect(article.metadata.credits == ["Esteban Paz/Reuters"])
        #expect(article.blockTexts(.paragraph) == [
            "SANTIAGO — Chile and Argentina signed an agreement on Tuesday to coordinate lithium exports, the two presidents said after a meeting at La Moneda palace.",
            "The pact sets up a joint commission that will meet every six months, Vidal told reporters.",
            "“This is a partnership between neighbours,” Quiroga said.",
            "The two leaders last met in Buenos Aires in November.",
        ])
        for noise in ["cookies", "Advertisement", "Share on", "Bolivia weighs", "newsletter", "All rights reserved",
                      "Business", "dataLayer", "ad-slot", "By Camila"] {
            #expect(!article.text.contains(noise), "kept noise: \(noise)")
        }
    }

    @Test func pageWithoutMetaTagsFallsBackToMarkup() throws {
        let article = try Fixture.article("html/minimal_page.html")
        #expect(article.metadata.title == "Senegal and Mauritania open gas field")
        #expect(article.metadata.outlet == "West Coast Post")
        #expect(article.metadata.published == "2024-01-22")
        #expect(article.metadata.authors == ["Ousmane Diallo"])
        #expect(article.blockTexts(.paragraph).count == 3)
        #expect(!article.text.contains("Weather"))
        #expect(!article.text.contains("Sport"))
    }

    @Test func malformedHTMLStillGivesItsText() throws {
        let article = try Fixture.article("html/malformed.html")
        #expect(article.metadata.title == "Talks in Nairobi")
        #expect(article.text.contains("Kenyan and Somali officials met in Nairobi on Friday"))
        #expect(article.text.contains("The talks will continue next week in Mogadishu, he said."))
    }

    @Test func pageWithoutArticleTextIsAFailure() {
        let result = Fixture.read("html/no_text.html")
        #expect(result.articles.isEmpty)
        #expect(result.failures.map(\.reason) == ["no article text found"])
        #expect(result.failures.first?.source.hasSuffix("no_text.html") == true)
    }

    @Test func htmlSavedWithATextExtensionIsStillReadAsHTML() throws {
        let html = try Data(contentsOf: Fixture.url("html/minimal_page.html"))
        let article = try #require(ArticleReader().read(data: html, name: "saved_page.txt").articles.first)
        #expect(article.format == .html)
        #expect(article.metadata.title == "Senegal and Mauritania open gas field")
    }
}
