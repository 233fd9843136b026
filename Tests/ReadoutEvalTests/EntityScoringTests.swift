// Entity matching: aliases, diacritics, a leading "the", wrong types, unresolved aliases,
// aliases known from another gold document, documents matched by file or id, missing documents.
import Testing
import ReadoutCore
@testable import ReadoutEval

@Suite struct EntityScoringTests {
    // Nigeria doc: Bola Ahmed Tinubu ✓ (longest first), "Tinubu" ✗ (second entity for a matched
    //   gold one), ECOWAS ✓ (alias, duplicate prediction counted once), Niamey as LOC ✗ and the
    //   GPE missed, "the Gambia" ✓ (= "The Gambia")                         → tp 3, fp 2, fn 1
    // India doc: "Prime Minister Modi" ✓ (alias from the France doc), "Emmanuel  MACRON" ✓,
    //   "Elysee Palace" ✓ (= "Élysée Palace"), France ✗                      → tp 3, fp 1, fn 0
    // France doc (prediction id "fr-2023-003.txt"): Paris ✓, Modi missed     → tp 1, fp 0, fn 1
    @Test func microFiguresOverAllDocuments() throws {
        let report = try Fixture.score("entities")
        #expect(report.entities == MatchCounts(truePositives: 7, falsePositives: 3, falseNegatives: 2))
        #expect(report.entities.precision == fraction(7, 10))
        #expect(report.entities.recall == fraction(7, 9))
        #expect(report.entities.f1 == f1(fraction(7, 10), fraction(7, 9)))
        #expect(report.missingDocuments.isEmpty)
    }

    @Test func perTypeFigures() throws {
        let report = try Fixture.score("entities")
        #expect(report.entityTypes == ["GPE", "LOC", "ORG", "PERSON"])
        #expect(report.entitiesByType["PERSON"] == MatchCounts(truePositives: 3, falsePositives: 1, falseNegatives: 1))
        #expect(report.entitiesByType["GPE"] == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(report.entitiesByType["LOC"] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(report.entitiesByType["ORG"]?.f1 == 1)
    }

    @Test func findingsNameTheEntities() throws {
        let nigeria = try #require(try Fixture.score("entities").documents.first)
        #expect(nigeria.id == "ng-2023-001")
        #expect(nigeria.falseEntities == [EntityRef(name: "Tinubu", type: "PERSON"), EntityRef(name: "Niamey", type: "LOC")])
        #expect(nigeria.missedEntities == [EntityRef(name: "Niamey", type: "GPE")])
    }

    @Test func missingDocumentsCountEveryGoldEntityAsMissed() throws {
        var predicted = try Fixture.output("entities.pred.json")
        predicted.documents = [predicted.documents[0]]
        let report = Scorer.score(gold: try Fixture.output("entities.gold.json"), predicted: predicted)
        #expect(report.missingDocuments == ["in-2023-002", "fr-2023-003"])
        // Nigeria as before (3, 2, 1) plus the 3 + 2 gold entities of the two absent documents.
        #expect(report.entities == MatchCounts(truePositives: 3, falsePositives: 2, falseNegatives: 6))
        #expect(report.documents.filter(\.missing).map(\.id) == ["in-2023-002", "fr-2023-003"])
    }

    @Test func goldAgainstItselfIsPerfect() throws {
        let gold = try Fixture.output("entities.gold.json")
        let report = Scorer.score(gold: gold, predicted: gold)
        #expect(report.entities == MatchCounts(truePositives: 9, falsePositives: 0, falseNegatives: 0))
        #expect(report.documents.allSatisfy { !$0.hasFindings })
    }
}
