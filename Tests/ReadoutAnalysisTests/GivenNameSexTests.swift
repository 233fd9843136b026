// Tests for Knowledge.sex(ofGivenName:): the likely sex of a given name from given_names.tsv's `sex` column
// (US Census female/male first-name lists, else gender-guesser's name dictionary). Clear names give their
// sex, ambiguous and unknown names give nil, the lookup ignores case, and the column is read as written.

import Foundation
import ReadoutKnowledge
import Testing

@Suite("Sex of given names")
struct GivenNameSexTests {
    let knowledge = Knowledge.shared

    @Test("common unambiguous names give their sex", arguments: [
        ("Mary", NameSex.female), ("Elizabeth", .female), ("Angela", .female), ("Ursula", .female),
        ("Kamala", .female), ("John", .male), ("James", .male), ("Emmanuel", .male), ("Joe", .male),
        ("Donald", .male), ("Antonio", .male),
    ])
    func unambiguousCensusNames(name: String, sex: NameSex) {
        #expect(knowledge.sex(ofGivenName: name) == sex)
    }

    @Test("names the census lacks take the name dictionary's clear answer", arguments: [
        ("Vladimir", NameSex.male), ("Volodymyr", .male), ("Olaf", .male), ("Recep", .male), ("Hüseyin", .male),
        ("Huseyin", .male), ("Annalena", .female), ("Giorgia", .female), ("Yulia", .female),
    ])
    func namesOutsideTheCensus(name: String, sex: NameSex) {
        #expect(knowledge.sex(ofGivenName: name) == sex)
    }

    /// Listed by the census for one sex only and too rarely to tell: the name dictionary decides ("Kristian",
    /// 0.003% of US women, is male in it) or, leaning the same way, confirms the census ("Camille").
    @Test("rare census names follow the name dictionary", arguments: [
        ("Kristian", NameSex.male), ("Camille", .female),
    ])
    func rareCensusNames(name: String, sex: NameSex) {
        #expect(knowledge.sex(ofGivenName: name) == sex)
    }

    /// "Wei" and "Yi" are rare female names in the US census (0.002% of women) and missing from its men's list,
    /// which stops at 0.004%: too rare to tell, and the name dictionary gives no clear answer.
    @Test("ambiguous given names are known but have no sex", arguments: [
        "Jordan", "Taylor", "Kim", "Jean", "Ali", "Wei", "Yi",
    ])
    func ambiguousNames(name: String) {
        #expect(knowledge.isGivenName(name))
        #expect(knowledge.sex(ofGivenName: name) == nil)
    }

    @Test("unknown words and surnames have no sex")
    func unknownNames() {
        #expect(knowledge.sex(ofGivenName: "Qzxwv") == nil)
        #expect(knowledge.sex(ofGivenName: "") == nil)
        #expect(knowledge.sex(ofGivenName: "Monday") == nil)
        #expect(knowledge.surname("Smith") != nil)
        #expect(knowledge.surname("Smith")?.sex == nil)
    }

    @Test("lookup is case-insensitive", arguments: ["Mary", "MARY", "mary", "mARY"])
    func caseInsensitive(name: String) {
        #expect(knowledge.sex(ofGivenName: name) == .female)
        #expect(knowledge.sex(ofGivenName: name.uppercased() == name ? "JOHN" : "john") == .male)
    }

    @Test("the sex column is read as written; a short row or another value gives nil")
    func readsTheColumn() throws {
        let folder = try KnowledgeTests.copyOfBundledData()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "# source: written for this test\n# licence: CC0\n# columns: name\torigins\tweak\tsex\n"
            + "Alva\ttest\t0\tf\nBram\ttest\t0\tm\nCyd\ttest\t0\t\nDorin\ttest\t0\nEmry\ttest\t0\tx\n"
        try text.write(to: folder.appendingPathComponent("given_names.tsv"), atomically: true, encoding: .utf8)
        let custom = try Knowledge(directory: folder)
        #expect(custom.sex(ofGivenName: "Alva") == .female)
        #expect(custom.sex(ofGivenName: "BRAM") == .male)
        #expect(custom.givenName("Cyd") != nil && custom.sex(ofGivenName: "Cyd") == nil)
        #expect(custom.givenName("Dorin") != nil && custom.sex(ofGivenName: "Dorin") == nil)
        #expect(custom.sex(ofGivenName: "Emry") == nil)
        #expect(custom.sex(ofGivenName: "Mary") == nil)
    }

    @Test("the bundled list gives a sex to thousands of names of both sexes")
    func coverage() throws {
        let text = try String(contentsOf: Knowledge.bundledDirectory.appendingPathComponent("given_names.tsv"),
                              encoding: .utf8)
        let names = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        let sexes = names.map { knowledge.sex(ofGivenName: $0) }
        #expect(sexes.filter { $0 == .female }.count > 3000)
        #expect(sexes.filter { $0 == .male }.count > 1500)
        #expect(sexes.filter { $0 == nil }.count > 1000)
    }
}
