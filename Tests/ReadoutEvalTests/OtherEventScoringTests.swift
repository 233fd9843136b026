// VISIT, SANCTION, AGREE and ELECTION: matched by shared participants per type, wrong types
// as false alarms, negated/hypothetical/unknown statuses left out, status accuracy over
// matched MEET pairs and other events. People and countries are invented.
import Foundation
import Testing
import ReadoutCore
@testable import ReadoutEval

@Suite struct OtherEventScoringTests {
    // events fixture, one document. Gold: MEET Marrow–Vask (occurred); VISIT Marrow (planned);
    //   VISIT Vask (occurred); SANCTION Valdoria, NGC (occurred); AGREE Valdoria, Ostrenia (occurred).
    // Predicted, in order:
    //   MEET Marrow–Vask, reported          → pair ✓, status ✗
    //   MEET Marrow–Valdoria, hypothetical  → not scored (no false pair)
    //   VISIT Marrow, planned               → the first VISIT ✓, status ✓
    //   VISIT Vask + Ostrenia, occurred     → the second VISIT (shares Vask) ✓, status ✓
    //   SANCTION Valdoria + NGC, negated    → not scored: the gold SANCTION stays missed
    //   VISIT Valdoria + Ostrenia, occurred → really the AGREE, wrongly typed: no VISIT left → false alarm
    //   ELECTION Valdoria, "rumoured"       → not scored
    // VISIT tp 2 fp 1 fn 0; SANCTION fn 1; AGREE fn 1 → other tp 2, fp 1, fn 2; status 2 of 3.
    @Test func perTypeAndOverallFigures() throws {
        let report = try Fixture.score("events")
        #expect(report.otherEventsByType["VISIT"] == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 0))
        #expect(report.otherEventsByType["SANCTION"] == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(report.otherEventsByType["AGREE"] == MatchCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(report.otherEventsByType["ELECTION"] == MatchCounts())
        #expect(report.otherEvents == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 2))
        #expect(report.otherEvents.f1 == f1(fraction(2, 3), fraction(2, 4)))
        #expect(report.meetPairs == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(report.status == Ratio(hits: 2, total: 3))
    }

    @Test func figuresUnderScorePyKeys() throws {
        let figures = Dictionary(uniqueKeysWithValues: try Fixture.score("events").figures.map { ($0.key, $0.value) })
        #expect(figures["visit_f1"] == .number(f1(fraction(2, 3), 1)))
        #expect(figures["sanction_f1"] == .number(0))
        #expect(figures["election_f1"] == .number(0))
        #expect(figures["other_event_p"] == .number(fraction(2, 3)))
        #expect(figures["other_event_r"] == .number(0.5))
        #expect(figures["other_event_counts"] == .integers([2, 1, 2]))
        #expect(figures["status_acc"] == .number(fraction(2, 3)))
    }

    @Test func wrongTypeIsAFalseAlarmAndTheGoldEventIsMissed() throws {
        let document = try #require(try Fixture.score("events").documents.first)
        #expect(document.otherEvents == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 2))
        #expect(document.falseEvents == [EventRef(type: "VISIT", participants: ["Valdoria", "Ostrenia"], status: "occurred")])
        #expect(document.missedEvents.map(\.type) == ["SANCTION", "AGREE"])
        #expect(document.wrongStatuses == [StatusMiss(type: "MEET", participants: ["Ilsa Marrow", "Teodor Vask"],
                                                      gold: "occurred", predicted: "reported")])
    }

    @Test func statusesOutsideTheThreeDecodeAndAreNotScored() throws {
        let predicted = try Fixture.output("events.pred.json")
        let statuses = try #require(predicted.documents.first).events.map(\.status)
        #expect(statuses.contains("negated") && statuses.contains("hypothetical") && statuses.contains("rumoured"))

        let report = try Fixture.score("events")
        #expect(report.eventsByType["MEET"] == EventTypeCount(gold: 1, predicted: 2, notScored: 1))
        #expect(report.eventsByType["SANCTION"] == EventTypeCount(gold: 1, predicted: 1, notScored: 1))
        #expect(report.eventsByType["ELECTION"] == EventTypeCount(gold: 0, predicted: 1, notScored: 1))
        // Scoring the negated SANCTION as if it happened would have matched the gold one.
        var unnegated = predicted
        unnegated.documents[0].events = predicted.documents[0].events.map { event in
            var e = event
            if e.status == "negated" { e.status = "occurred" }
            return e
        }
        let asIfTrue = Scorer.score(gold: try Fixture.output("events.gold.json"), predicted: unnegated)
        #expect(asIfTrue.otherEventsByType["SANCTION"] == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    }

    @Test func negatedStatusReadFromJSONText() throws {
        let json = #"""
            {"documents": [{"id": "n1", "events": [
              {"type": "VISIT", "status": "negated", "participants": ["Ilsa Marrow"]},
              {"type": "VISIT", "status": "Occurred", "participants": ["Ilsa Marrow"]},
              {"type": "VISIT", "status": null, "participants": ["Ilsa Marrow"]},
              {"type": "VISIT", "participants": ["Ilsa Marrow"]}]}]}
            """#
        let output = try ContractJSON.decodeOutput(Data(json.utf8), source: "inline")
        let events = try #require(output.documents.first).events
        #expect(events.map(\.status) == ["negated", "Occurred", nil, nil])
        // Exact words, as score.py compares them; no status at all is scored.
        #expect(events.map(ScoredStatus.isScored) == [false, false, true, true])
    }

    // Gold AGREEs, in order: Odell with Brenvik; Anwyn with Ostrenia. The prediction names
    // Anwyn twice (name and alias) and Odell once: each gold event has one of its participants
    // named, a tie the first takes — shared names are counted over the gold's participants,
    // not the prediction's. Then a VISIT naming both gold VISITs' people takes the one sharing more.
    @Test func mostSharedParticipantsWinTiesGoToTheFirst() {
        let gold = ContractOutput(corpus: nil, documents: [ContractDocument(
            id: "br-01", file: nil,
            entities: [ContractEntity(name: "Pell Anwyn", type: "PERSON", aliases: ["Anwyn"]),
                       ContractEntity(name: "Karis Odell", type: "PERSON", aliases: ["Odell"])],
            events: [ContractEvent(type: "AGREE", status: "occurred", participants: ["Karis Odell", "Brenvik"]),
                     ContractEvent(type: "AGREE", status: "planned", participants: ["Pell Anwyn", "Ostrenia"]),
                     ContractEvent(type: "VISIT", status: "occurred", participants: ["Pell Anwyn"]),
                     ContractEvent(type: "VISIT", status: "planned", participants: ["Pell Anwyn", "Karis Odell"])])])
        let predicted = ContractOutput(corpus: nil, documents: [ContractDocument(
            id: "br-01", file: nil,
            events: [ContractEvent(type: "AGREE", status: "planned", participants: ["Pell Anwyn", "Anwyn", "Odell"]),
                     ContractEvent(type: "VISIT", status: "planned", participants: ["Odell", "Anwyn"])])])
        let report = Scorer.score(gold: gold, predicted: predicted)
        let document = report.documents[0]
        #expect(report.otherEventsByType["AGREE"] == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        // VISIT before AGREE: score.py's type order.
        #expect(document.missedEvents.map(\.participants) == [["Pell Anwyn"], ["Pell Anwyn", "Ostrenia"]])
        // The AGREE took Odell's (occurred ≠ planned); the VISIT the two-person one (planned = planned).
        #expect(report.status == Ratio(hits: 1, total: 2))
    }

    @Test func anEventWithoutStatusIsScoredAndItsStatusIsWrong() {
        let gold = ContractOutput(corpus: nil, documents: [ContractDocument(
            id: "el-01", file: nil,
            events: [ContractEvent(type: "ELECTION", status: "planned", participants: ["Valdoria"])])])
        let predicted = ContractOutput(corpus: nil, documents: [ContractDocument(
            id: "el-01", file: nil, events: [ContractEvent(type: "ELECTION", participants: ["valdoria"])])])
        let report = Scorer.score(gold: gold, predicted: predicted)
        #expect(report.otherEventsByType["ELECTION"] == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(report.status == Ratio(hits: 0, total: 1))
        #expect(report.documents[0].wrongStatuses.first?.predicted == nil)
    }
}
