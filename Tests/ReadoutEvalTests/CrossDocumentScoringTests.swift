// Cross-document recall: participants through gold-wide aliases, shared reporting documents,
// conflicts by field and shared values.
import Testing
import ReadoutCore
@testable import ReadoutEval

@Suite struct CrossDocumentScoringTests {
    // Events: Lula–Xi found ("Lula", "President Xi"; br-01 via "br-01.txt" and cn-03 shared);
    //   Lula–Biden not found (one shared document of two); BRICS found (one participant needed).
    // Conflicts: the date conflict found (two shared values); the location one not (field differs).
    @Test func recallOfEventsAndConflicts() throws {
        let report = try Fixture.score("crossdoc")
        #expect(report.crossDocumentEvents == Ratio(hits: 2, total: 3))
        #expect(report.conflicts == Ratio(hits: 1, total: 2))
        #expect(report.predictedConflicts == 2)
        #expect(report.missedCrossDocumentEvents == ["lula-biden"])
        #expect(report.missedConflicts == ["lula-biden"])
    }

    @Test func emptyPredictionFindsNothing() throws {
        let gold = try Fixture.output("crossdoc.gold.json")
        let report = Scorer.score(gold: gold, predicted: ContractOutput(corpus: nil, documents: []))
        #expect(report.crossDocumentEvents.value == 0)
        #expect(report.missingDocuments == ["br-01", "br-02", "cn-03"])
        #expect(report.predictedConflicts == 0)
    }
}
