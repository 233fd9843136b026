// The cleaned text and its layout: blocks joined by blank lines in reading order, block spans
// counted in Unicode scalars, and a content hash that is the same for the same article read
// from different formats.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct ArticleLayoutTests {
    @Test func blockSpansPointAtTheirTextInScalars() throws {
        let article = try Fixture.article("text/harbour_times_header.txt")
        var rebuilt: [String] = []
        for block in article.blocks {
            let text = article.text(of: block.span)
            #expect(!text.isEmpty)
            #expect(!text.contains("\n"))
            rebuilt.append(text)
        }
        #expect(rebuilt.joined(separator: "\n\n") == article.text)
        #expect(article.blocks.map(\.kind).prefix(4) == [.title, .standfirst, .standfirst, .caption])
    }

    @Test func spansCountScalarsNotCharactersOrBytes() throws {
        // "🇵🇭" is one Character but two scalars; "é" composed is one scalar after NFC.
        let text = "Manila 🇵🇭 talks\n\nThe envoys met in Manila on Monday and agreed to meet again in Kuala Lumpur, officials said.\n"
        let article = try #require(ArticleReader().read(data: Data(text.utf8), name: "flags.txt").articles.first)
        let paragraph = try #require(article.blocks.last)
        #expect(paragraph.span.start == "Manila 🇵🇭 talks\n\n".unicodeScalars.count)
        #expect(article.text(of: paragraph.span).hasPrefix("The envoys met"))
    }

    @Test func sameArticleFromTextAndJSONLinesHasTheSameContentHash() throws {
        let plain = "Ecuador and Colombia reopen border bridge\n\nEcuador and Colombia reopened the Rumichaca bridge on Monday, officials said.\n\n“It is a good day for both peoples,” a minister said.\n"
        let json = #"{"title": "Ecuador and Colombia reopen border bridge", "text": "Ecuador and Colombia reopened the Rumichaca  bridge on Monday, officials said.\n\n\"It is a good day for both peoples,\" a minister said."}"#
        let fromText = try #require(ArticleReader().read(data: Data(plain.utf8), name: "bridge.txt").articles.first)
        let fromJSON = try #require(ArticleReader().read(data: Data(json.utf8), name: "bridge.jsonl").articles.first)
        #expect(fromText.contentHash == fromJSON.contentHash)
        #expect(fromText.rawHash != fromJSON.rawHash)
        #expect(fromText.contentHash.count == 64)
    }

    @Test func sameArticleFromHTMLAndTextHasTheSameContentHash() throws {
        let html = """
        <html><head><meta property="og:title" content="Gambia and Senegal sign fishing accord"></head>
        <body><article><h1>Gambia and Senegal sign fishing accord</h1>
        <p>Gambia and Senegal signed a fishing accord in Banjul on Friday, the fisheries ministers said.</p>
        <p>The accord will be reviewed every two years.</p></article></body></html>
        """
        let text = "Gambia and Senegal sign fishing accord\nGambia and Senegal signed a fishing accord in Banjul on Friday, the fisheries ministers said.\nThe accord will be reviewed every two years.\n"
        let fromHTML = try #require(ArticleReader().read(data: Data(html.utf8), name: "accord.html").articles.first)
        let fromText = try #require(ArticleReader().read(data: Data(text.utf8), name: "accord.txt").articles.first)
        #expect(fromHTML.text == fromText.text)
        #expect(fromHTML.contentHash == fromText.contentHash)
    }

    @Test func differentArticlesHaveDifferentHashes() throws {
        let a = try Fixture.article("text/today_time.txt")
        let b = try Fixture.article("text/from_byline.txt")
        #expect(a.contentHash != b.contentHash)
        #expect(a.rawHash != b.rawHash)
    }

    @Test func readingTheSameFileTwiceGivesTheSameArticle() throws {
        let first = try Fixture.article("html/full_page.html")
        let second = try Fixture.article("html/full_page.html")
        #expect(first == second)
    }

    @Test func readingFilesConcurrentlyGivesTheSameArticlesAsReadingThemInTurn() async throws {
        let paths = ["html/full_page.html", "html/minimal_page.html", "feeds/world_desk.rss", "feeds/asia_desk.atom",
                     "text/harbour_times_header.txt", "jsonl/articles.jsonl"]
        let reader = ArticleReader()
        let sequential = paths.map { reader.read(file: Fixture.url($0)).articles }
        let concurrent = await withTaskGroup(of: (Int, [Article]).self) { group in
            for _ in 0..<4 {
                for (index, path) in paths.enumerated() {
                    let url = Fixture.url(path)
                    group.addTask { (index, reader.read(file: url).articles) }
                }
            }
            var results: [(Int, [Article])] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == paths.count * 4)
        for (index, articles) in concurrent {
            #expect(articles == sequential[index])
        }
    }
}
