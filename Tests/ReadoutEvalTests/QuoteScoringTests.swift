// Quotes: speaker aliases, the half-of-the-gold-words threshold (inclusive), one gold quote per prediction.
import Testing
import ReadoutCore
@testable import ReadoutEval

@Suite struct QuoteScoringTests {
    // Gold: Ramaphosa 11 words, Pandor 9 words, Ramaphosa 6 words ("Dialogue is the only path forward").
    //   "Ramaphosa": 8 of 11 words ✓ · "Pandor": 4 of 9 < half ✗ · "Cyril Ramaphosa": 3 of 6 = half ✓
    //   "Naledi Pandor" with Ramaphosa's words: wrong speaker ✗        → tp 2, fp 2, fn 1
    @Test func overlapThresholdAndSpeakers() throws {
        let report = try Fixture.score("quotes")
        #expect(report.quotes == MatchCounts(truePositives: 2, falsePositives: 2, falseNegatives: 1))
        #expect(report.quotes.precision == 0.5)
        #expect(report.quotes.recall == fraction(2, 3))
        let document = try #require(report.documents.first)
        #expect(document.missedQuotes.map(\.speaker) == ["Naledi Pandor"])
        #expect(document.falseQuotes.map(\.speaker) == ["Pandor", "Naledi Pandor"])
    }
}
