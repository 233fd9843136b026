// `actor` names an organisation from its rows in the neighbourhoods naming it most (an organisation is
// fused once per neighbourhood: each engineer's articles here are one), largest first, and names
// who it appears with by their largest row; those rows are picked from the index by entity id,
// which holds each row's size. The articles are invented: one port authority, a different engineer
// speaking for it in one, two or three articles.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutStore
import Testing

@Suite(.serialized) struct ActorHeaderTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Engineer and how many articles quote them, in storage order.
    private static let engineers = [("Mirela Vostakova", 1), ("Tomas Brezik", 3), ("Ilona Kratochvilova", 2)]

    private static var articles: [(Article, ArticleAnalysis)] {
        let analyzer = ArticleAnalyzer()
        var articles: [(Article, ArticleAnalysis)] = []
        for (name, count) in engineers {
            for copy in 0..<count {
                let article = makeArticle(
                    id: "port-\(articles.count)", title: "Harbour works to close the western quay",
                    paragraphs: ["\(name), chief engineer of the Varna Port Authority, said on Monday that the "
                        + "western quay would close for repairs in June (report \(copy + 1)).",
                        "The Varna Port Authority expects the works to last six weeks."],
                    outlet: "Coast Courier", published: "2025-0\(articles.count + 1)-10")
                articles.append((article, analyzer.analyze(article)))
            }
        }
        return articles
    }

    @Test(arguments: StoreBackend.available)
    func theHeaderIsReadFromTheLargestNeighbourhoodsFirst(_ backend: StoreBackend) throws {
        let store = try #require(try backend.makeStore(in: folder).store as? any ReadsFusedRecord)
        _ = try store.save(batch: Self.articles)
        try store.fusePending(reanalyze: nil)
        let rows = try store.fusedRecordContents().entities.filter { $0.name.contains("Port Authority") }
        let authority = try #require(rows.first)
        #expect(rows.count == 3, "one row per engineer's neighbourhood")

        let page = try store.actorPage(key: authority.id, limit: 20, offset: 0, related: 10)
        let header = page.slice.entities.filter { $0.id == authority.id }
        #expect(header.map(\.documents.count) == [3, 2, 1], "largest neighbourhood first")
        #expect(page.documentTotal == 6)
        #expect(Set(page.related.map(\.name)) == Set(Self.engineers.map(\.0)))
        let brezik = try #require(page.related.first { $0.name == "Tomas Brezik" })
        #expect(brezik.sharedDocuments == 3)
    }
}
