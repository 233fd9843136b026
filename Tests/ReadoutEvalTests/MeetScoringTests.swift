// MEET pairs: pair expansion, order and aliases, empty names, date accuracy with
// date_if_inferred, place containment, counts of other event types.
import Testing
import ReadoutCore
@testable import ReadoutEval

@Suite struct MeetScoringTests {
    // Kenya doc, gold: {Ruto, Museveni, Samia} → 3 pairs (date null, if inferred 2024-03-14, Nairobi);
    //   {Ruto, Blinken} (2024-03, "State House, Nairobi").
    //   predicted {Museveni, Ruto}: ✓ date 2024-03-14 = date_if_inferred ✓, "Nairobi, Kenya" ⊇ Nairobi ✓
    //   predicted {Samia, Ruto, Blinken}: Samia–Ruto ✓ (date null ✓, no place ✗), Samia–Blinken ✗,
    //     Ruto–Blinken ✓ (date null ≠ 2024-03 ✗, no place ✗)
    //   predicted {Ruto, ""}: no pair at all.     Missed: Museveni–Samia.
    // Japan doc: {Kishida, Yoon} ✓ via "Yoon Suk-yeol"; date 2024-04-30 is only the gold's
    //   date_if_inferred while its date is 2024-05-01 ✗; Tokyo ✓.
    @Test func pairCounts() throws {
        let report = try Fixture.score("meet")
        #expect(report.meetPairs == MatchCounts(truePositives: 4, falsePositives: 1, falseNegatives: 1))
        #expect(report.meetPairs.f1 == f1(fraction(4, 5), fraction(4, 5)))
    }

    @Test func dateAndPlaceAccuracyOverMatchedPairs() throws {
        let report = try Fixture.score("meet")
        #expect(report.dates == Ratio(hits: 2, total: 4))
        #expect(report.locations == Ratio(hits: 2, total: 4))
    }

    @Test func findingsNamePairsAndDates() throws {
        let documents = try Fixture.score("meet").documents
        let kenya = documents[0], japan = documents[1]
        #expect(kenya.missedPairs == [PairRef(first: "Yoweri Museveni", second: "Samia Suluhu Hassan")])
        #expect(kenya.falsePairs == [PairRef(first: "Samia", second: "Blinken")])
        #expect(kenya.wrongDates.map(\.gold) == ["2024-03"])
        #expect(kenya.wrongDates.map(\.predicted) == [nil])
        #expect(japan.wrongDates == [FieldMiss(pair: PairRef(first: "Fumio Kishida", second: "Yoon Suk Yeol"),
                                               gold: "2024-05-01", goldIfInferred: "2024-04-30",
                                               predicted: "2024-04-30")])
    }

    @Test func otherEventTypesAreCounted() throws {
        let report = try Fixture.score("meet")
        #expect(report.eventTypes == ["MEET", "VISIT", "SANCTION"])
        #expect(report.eventsByType["MEET"] == EventTypeCount(gold: 3, predicted: 4))
        #expect(report.eventsByType["VISIT"] == EventTypeCount(gold: 1, predicted: 1))
        #expect(report.eventsByType["SANCTION"] == EventTypeCount(gold: 0, predicted: 1))
    }
}
