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
        engineerQuotes(engineers.map { (name: $0.0, count: $0.1) }, idPrefix: "port", title: "Harbour works to close the western quay",
                       authority: "Varna Port Authority", works: "western quay", outlet: "Coast Courier", firstMonth: 1, numbered: true)
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
