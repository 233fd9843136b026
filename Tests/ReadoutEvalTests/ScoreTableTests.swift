// The plain-text figures print as score.py prints them, so the two can be diffed.
import Testing
@testable import ReadoutEval

@Suite struct ScoreTableTests {
    @Test func linesMatchScorePyFormatting() throws {
        var predicted = try Fixture.output("entities.pred.json")
        predicted.documents.removeLast()
        let report = Scorer.score(gold: try Fixture.output("entities.gold.json"), predicted: predicted)
        let lines = report.scoreTable.split(separator: "\n").map(String.init)
        // Without the France document: tp 6, fp 3, fn 1 (Niamey) + 2 (its Modi and Paris): p = r = 6/9.
        #expect(lines.first == "entity_p                 0.667")
        #expect(lines.contains("entity_r                 0.667"))
        #expect(lines.contains("entity_f1_GPE            0.400"))  // tp 1, fp 1, fn 2
        #expect(lines.contains("meet_counts              [0, 0, 0]"))
        #expect(lines.contains("predicted_conflicts      0"))
        #expect(lines.last == "missing_documents        ['fr-2023-003']")
        #expect(report.figures.map(\.key).prefix(7) == ["entity_p", "entity_r", "entity_f1", "entity_f1_GPE",
                                                         "entity_f1_LOC", "entity_f1_ORG", "entity_f1_PERSON"])
    }

    /// score.py's `res` order: other events and status after the quotes, before cross-document.
    @Test func keysInScorePyOrder() throws {
        let keys = try Fixture.score("events").figures.map(\.key)
        #expect(keys == ["entity_p", "entity_r", "entity_f1", "entity_f1_GPE", "entity_f1_ORG", "entity_f1_PERSON",
                         "meet_p", "meet_r", "meet_f1", "meet_counts", "date_acc", "loc_acc",
                         "quote_p", "quote_r", "quote_f1",
                         "visit_f1", "sanction_f1", "agree_f1", "election_f1",
                         "other_event_p", "other_event_r", "other_event_f1", "other_event_counts", "status_acc",
                         "xdoc_event_recall", "conflict_recall", "predicted_conflicts", "missing_documents"])
        let lines = try Fixture.score("events").scoreTable.split(separator: "\n").map(String.init)
        #expect(lines.contains("visit_f1                 0.800"))
        #expect(lines.contains("other_event_counts       [2, 1, 2]"))
        #expect(lines.contains("status_acc               0.667"))
    }

    @Test func jsonCarriesScorePyKeysAndDetails() throws {
        let report = try Fixture.score("meet")
        let data = try report.jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["meet_counts"] as? [Int] == [4, 1, 1])
        #expect(object["date_acc"] as? Double == 0.5)
        let details = try #require(object["details"] as? [String: Any])
        #expect((details["documents"] as? [Any])?.count == 2)
        // The meet fixture's VISIT matches, its SANCTION is a false alarm; no prediction there has
        // a status, so none of the 4 matched pairs and 1 matched VISIT has the gold's.
        #expect(object["other_event_counts"] as? [Int] == [1, 1, 0])
        #expect(object["visit_f1"] as? Double == 1)
        let status = try #require(details["status"] as? [String: Int])
        #expect(status == ["hits": 0, "total": 5])
    }
}
import Foundation
