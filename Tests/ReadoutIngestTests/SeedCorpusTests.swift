// The project's five seed articles (read from ../shared/corpus/seeds when that folder exists;
// skipped elsewhere): headline, outlet and publication date as the analysts' gold has them.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

private let seedFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/corpus/seeds").standardizedFileURL

@Suite(.enabled(if: FileManager.default.fileExists(atPath: seedFolder.path), "seed corpus not present"))
struct SeedCorpusTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var prefix: String
        var title: String
        var outlet: String?
        var published: String?
        /// How many bylines (the names themselves are not repeated in tests).
        var authorCount = 0
        var testDescription: String { prefix }
    }

    static let expectations: [Expected] = [
        Expected(prefix: "000_", title: "Senior CPC official's US trip to push bilateral ties for a stable start in 2024",
                 outlet: "Global Times", published: "2024-01-09"),
        Expected(prefix: "001_", title: "Chinese Communist Party’s diplomatic arm in ‘candid and constructive’ meeting with US think tank Asia Society",
                 outlet: nil, published: nil),
        Expected(prefix: "002_", title: "Top China envoy and US Secretary of State Antony Blinken meet in Washington ahead of Taiwan elections",
                 outlet: "South China Morning Post", published: "2024-01-13", authorCount: 1),
        Expected(prefix: "003_", title: "Chinese leader calls for stable US relations as Taiwan election tests ties",
                 outlet: nil, published: nil),
        Expected(prefix: "004_", title: "VOA Exclusive: Blinken to Meet Veteran Chinese Diplomat Liu Before Taiwan Election",
                 outlet: "VOA", published: nil),
    ]

    @Test(arguments: expectations)
    func seedMetadata(_ expected: Expected) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: seedFolder.path)
        let name = try #require(files.first { $0.hasPrefix(expected.prefix) })
        let result = ArticleReader().read(file: seedFolder.appendingPathComponent(name))
        #expect(result.failures.isEmpty)
        let article = try #require(result.articles.first)
        #expect(article.metadata.title == expected.title)
        #expect(article.metadata.outlet == expected.outlet)
        #expect(article.metadata.published == expected.published)
        #expect(article.metadata.authors.count == expected.authorCount)
        #expect(!article.text.contains("Advertisement"))
        #expect(!article.text.contains("Photo:"))
    }
}
