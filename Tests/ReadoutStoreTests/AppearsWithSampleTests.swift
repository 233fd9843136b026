// Who an actor appears with is counted in its latest documents only, so that `actor` on an
// organisation named in a tenth of a large store costs what a small one does; the page says how
// many documents the count was taken from. The articles are invented: one water authority, a
// different engineer speaking for it in each.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutStore
import Testing

@Suite(.serialized) struct AppearsWithSampleTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private static let engineers = ["Mirela Vostakova", "Tomas Brezik", "Ilona Kratochvilova"]

    private static var articles: [(Article, ArticleAnalysis)] {
        engineerQuotes(engineers.map { (name: $0, count: 1) }, idPrefix: "canal", title: "Canal works to close the northern locks",
                       authority: "Ostrava Canal Authority", works: "northern locks", outlet: "Valley Courier", firstMonth: 3, numbered: false)
    }

    @Test(arguments: StoreBackend.available)
    func appearsWithIsCountedInTheLatestDocumentsAndSaysSo(_ backend: StoreBackend) throws {
        let store = try #require(try backend.makeStore(in: folder).store as? any ReadsFusedRecord)
        _ = try store.save(batch: Self.articles)
        try store.fusePending(reanalyze: nil)
        let authority = try #require(try store.fusedRecordContents().entities.first { $0.name.contains("Canal Authority") })

        let whole = try store.actorPage(key: authority.id, limit: 20, offset: 0, related: 10)
        #expect(whole.relatedCountedIn == nil)
        #expect(whole.relatedTotal == 3)

        let sampled = try store.actorPage(key: authority.id, limit: 20, offset: 0, related: 10, sample: 2)
        #expect(sampled.relatedCountedIn == 2, "the page says the count was taken from 2 documents")
        #expect(sampled.documentTotal == 3, "the documents themselves are all still listed")
        // The two latest stored articles' engineers, not the first one's.
        #expect(Set(sampled.related.map(\.name)) == Set(Self.engineers.suffix(2)))
        #expect(sampled.relatedTotal == 2)
    }
}
