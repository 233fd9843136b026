// The gold's cross_document.entities: one entity's spellings in several documents count as
// one name, with each spelling's aliases, for entities, MEET pairs, quote speakers and
// cross-document events. People are invented.
import Testing
import ReadoutCore
@testable import ReadoutEval

@Suite struct SpellingVariantTests {
    // spellings fixture: ka-01 writes "Ardan Kolesny" (alias "Kolesny"), kb-02 "Ardan Kolesnyi"
    // (alias "Kolesnyi"); the gold lists both forms as one entity. The prediction writes each
    // document's name the other outlet's way: "Ardan Kolesnyi" and "Kolesnyi" in ka-01 (one a
    // form, one the other form's alias), "Ardan Kolesny" in kb-02, and "Kolesnyi" in its
    // cross-document event.
    @Test func eitherSpellingMatchesEverywhere() throws {
        let report = try Fixture.score("spellings")
        #expect(report.entities == MatchCounts(truePositives: 4, falsePositives: 0, falseNegatives: 0))
        #expect(report.meetPairs == MatchCounts(truePositives: 2, falsePositives: 0, falseNegatives: 0))
        #expect(report.quotes == MatchCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(report.crossDocumentEvents == Ratio(hits: 1, total: 1))
    }

    @Test func withoutTheListTheOtherSpellingMisses() throws {
        var gold = try Fixture.output("spellings.gold.json")
        gold.crossDocument.entities = []
        let report = Scorer.score(gold: gold, predicted: try Fixture.output("spellings.pred.json"))
        #expect(report.entities == MatchCounts(truePositives: 2, falsePositives: 2, falseNegatives: 2))
        #expect(report.meetPairs == MatchCounts(truePositives: 0, falsePositives: 2, falseNegatives: 2))
        #expect(report.quotes.truePositives == 0)
        #expect(report.crossDocumentEvents == Ratio(hits: 0, total: 1))
    }

    /// The joined forms are the entry's name and forms, each with what it already stood for;
    /// an empty form and an absent name join nothing.
    @Test func aliasTableJoinsFormsAndTheirAliases() throws {
        var gold = try Fixture.output("spellings.gold.json")
        gold.crossDocument.entities.append(ContractCrossEntity(name: nil, forms: ["ka-01": "", "kb-02": "Miro Tallis"]))
        let table = AliasTable(gold: gold)
        #expect(table.crossForms["kolesny"] == ["ardan kolesny", "kolesny", "ardan kolesnyi", "kolesnyi"])
        #expect(table.crossForms["miro tallis"] == ["miro tallis", "tallis"])
        #expect(table.crossForms[""] == nil)
        let ka = table.forDocument(gold.documents[0])
        #expect(ka.matches(predicted: "KOLESNYI", gold: "Ardan Kolesny"))
        #expect(!ka.matches(predicted: "Kolesnyy", gold: "Ardan Kolesny"))
    }
}
