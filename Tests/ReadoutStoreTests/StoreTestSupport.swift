// Shared by the store tests: a throwaway folder per test, and small articles written
// for these tests (short enough to read inline) with analyses that use every field.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutStore

final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("readout-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// An article whose blocks are its paragraphs joined by blank lines, as ReadoutIngest builds them.
func makeArticle(id: String, title: String, paragraphs: [String], outlet: String? = nil,
                 published: String? = nil, hash: String? = nil) -> Article {
    var text = title
    var blocks = [TextBlock(kind: .title, span: TextSpan(0, title.unicodeScalars.count))]
    for paragraph in paragraphs {
        text += "\n\n"
        let start = text.unicodeScalars.count
        text += paragraph
        blocks.append(TextBlock(kind: .paragraph, span: TextSpan(start, text.unicodeScalars.count)))
    }
    let metadata = ArticleMetadata(title: title, outlet: outlet, published: published,
                                   publishedSource: published == nil ? nil : .header)
    let contentHash = hash ?? "hash-of-" + id
    return Article(id: id, source: "/tmp/in/\(id).txt", format: .text, text: text, blocks: blocks,
                   metadata: metadata, rawHash: "raw-" + contentHash, contentHash: contentHash)
}

enum Samples {
    static let portTalks = makeArticle(
        id: "nairobi-port",
        title: "Kenya and Ethiopia open talks on a shared port corridor",
        paragraphs: [
            "NAIROBI — Kenyan Foreign Minister Amina Wanjiru met her Ethiopian counterpart Tesfaye Alemu on Monday to discuss a trade corridor to the port of Lamu.",
            "\"We want goods moving within a year,\" Wanjiru told reporters after the talks.",
        ],
        outlet: "Daily Ledger", published: "2025-03-10", hash: String(repeating: "a1", count: 32))

    static let ceasefire = makeArticle(
        id: "ceasefire",
        title: "Mediators propose a ceasefire along the river border",
        paragraphs: [
            "GENEVA (Wire) — Envoys from Norway and Qatar presented a ceasefire plan to both delegations on Thursday.",
            "The plan would freeze positions for ninety days while monitors deploy.",
        ],
        outlet: "Wire", published: "2025-04-03", hash: String(repeating: "b2", count: 32))

    static let summit = makeArticle(
        id: "summit",
        title: "Pacific leaders gather in Suva for climate finance summit",
        paragraphs: [
            "Leaders of fourteen island states began a two-day summit on Tuesday, seeking faster access to climate funds.",
            "Fiji's prime minister said the meeting would decide on a joint request to lenders.",
        ],
        hash: String(repeating: "c3", count: 32))

    /// An analysis that fills every field, so a round trip proves nothing is dropped.
    static let portAnalysis = ArticleAnalysis(
        sentences: [Sentence(span: TextSpan(0, 55), block: .title)],
        entities: [
            Entity(id: "e1", name: "Amina Wanjiru", type: .person, aliases: ["Wanjiru"],
                   roles: ["Kenyan Foreign Minister"], country: "KEN", mentions: [TextSpan(80, 93)]),
            Entity(id: "e2", name: "Ethiopia", type: .gpe, country: "ETH", mentions: [TextSpan(10, 18)]),
        ],
        times: [TimeExpression(text: "on Monday", span: TextSpan(140, 149), value: "2025-03-10",
                               precision: .day, isRelative: true)],
        quotes: [Quote(text: "We want goods moving within a year", span: TextSpan(210, 245),
                       speaker: "Amina Wanjiru", speakerEntity: "e1")],
        events: [Event(id: "v1", type: .meet, status: .occurred, mode: .inPerson,
                       participants: ["Amina Wanjiru", "Tesfaye Alemu"], participantEntities: ["e1"],
                       date: "2025-03-10", dateText: "on Monday", location: "Nairobi", topics: ["trade"],
                       evidence: "Kenyan Foreign Minister Amina Wanjiru met her Ethiopian counterpart",
                       evidenceSpan: TextSpan(70, 138))])
}

/// Articles quoting engineers of one works authority (each engineer in `count` articles, in storage order), analysed:
/// a story told again and again, for the actor pages' counts. Article n (from 0) is "\(idPrefix)-n", published on
/// the 10th of month `firstMonth + n` of 2025; `numbered` adds "(report k)" to tell an engineer's copies apart.
func engineerQuotes(_ engineers: [(name: String, count: Int)], idPrefix: String, title: String, authority: String,
                    works: String, outlet: String, firstMonth: Int, numbered: Bool) -> [(Article, ArticleAnalysis)] {
    let analyzer = ArticleAnalyzer()
    var articles: [(Article, ArticleAnalysis)] = []
    for (name, count) in engineers {
        for copy in 0..<count {
            let report = numbered ? " (report \(copy + 1))" : ""
            let article = makeArticle(
                id: "\(idPrefix)-\(articles.count)", title: title,
                paragraphs: ["\(name), chief engineer of the \(authority), said on Monday that the "
                    + "\(works) would close for repairs in June\(report).",
                    "The \(authority) expects the works to last six weeks."],
                outlet: outlet, published: "2025-0\(articles.count + firstMonth)-10")
            articles.append((article, analyzer.analyze(article)))
        }
    }
    return articles
}
