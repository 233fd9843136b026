// Corroboration counts independent sources: an article naming no outlet is unknown and counts
// as none (however many copies there are), and one text reprinted word for word counts once,
// whichever outlets carry it.
import ReadoutCore
import ReadoutFusion
import Testing

@Suite struct SourceIndependenceTests {
    /// A fixture document under another id and outlet (nil: the article names none).
    private func copy(_ document: FusionDocument, id: String, outlet: String?) -> FusionDocument {
        var copy = document
        copy.article.id = id
        copy.article.metadata.outlet = outlet
        return copy
    }

    private func meeting(_ result: FusionResult) throws -> FusedEvent {
        try #require(result.events.first { $0.type == .meet })
    }

    @Test func copiesOfAnArticleNamingNoOutletAreNoSource() throws {
        let original = try #require(try Fixtures.load("three-outlets-one-wrong-date").first)
        let copies = (1...6).map { copy(original, id: "copy-\($0)", outlet: nil) }
        let result = Fusion().fuse(documents: copies)
        let event = try meeting(result)
        #expect(event.documents.count == 6)
        #expect(event.corroboration == 0, "six unattributed copies are not six outlets")
        #expect(event.reports.allSatisfy { $0.outlet == Outlets.unknown })
        #expect(result.reprints == [copies.map(\.article.id)])
        #expect(result.comparisons.isEmpty, "one unknown outlet has nobody to be compared with")
    }

    @Test func oneTextReprintedByTwoOutletsCountsOnce() throws {
        let documents = try Fixtures.load("three-outlets-one-wrong-date")
        let first = try #require(documents.first)
        let reprint = copy(first, id: "reprint", outlet: "Lakeside Courier")
        let result = Fusion().fuse(documents: documents + [reprint])
        let event = try meeting(result)
        #expect(event.documents.count == 4)
        #expect(event.corroboration == 3, "the reprint adds a document, not a source")
        #expect(result.reprints == [[first.article.id, "reprint"]])
    }

    @Test func anUnattributedArticleBesideNamedOutletsAddsNoSource() throws {
        var documents = try Fixtures.load("three-outlets-one-wrong-date")
        documents[2].article.metadata.outlet = nil
        let event = try meeting(Fusion().fuse(documents: documents))
        #expect(event.documents.count == 3)
        #expect(event.corroboration == 2)
    }
}
