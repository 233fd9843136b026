// Cross-document entity resolution: short forms, spellings and acronyms merge; namesakes do not.
import ReadoutCore
import ReadoutFusion
import Testing

@Suite struct EntityResolutionTests {
    let result: FusionResult

    init() throws {
        result = Fusion().fuse(documents: try Fixtures.load("people-across-outlets"))
    }

    private func global(_ doc: String, _ name: String) -> String? {
        result.globalEntityID(document: doc, name: name)
    }

    @Test func shortFormsOfGivenNamesAreOnePerson() {
        #expect(global("lagos-1", "Jonathan Okafor") != nil)
        #expect(global("lagos-1", "Jonathan Okafor") == global("accra-2", "Jon Okafor"))
        #expect(global("lagos-1", "Robert Mensah") == global("accra-2", "Bob Mensah"))
        let okafor = result.entities.first { $0.id == global("lagos-1", "Jonathan Okafor") }
        #expect(okafor?.name == "Jonathan Okafor")
    }

    @Test func transliterationsParticlesHonorificsAndDiacriticsAreOnePerson() {
        #expect(global("lagos-1", "Dmitry Peskov") == global("accra-2", "Dmitri Peskov"))
        #expect(global("lagos-1", "Mykhailo Podolyak") == global("accra-2", "Mykhailo Podoliak"))
        #expect(global("lagos-1", "Abdullah bin Zayed Al Nahyan") == global("accra-2", "Sheikh Abdullah bin Zayed Al-Nahyan"))
        #expect(global("lagos-1", "Lars Løkke Rasmussen") == global("accra-2", "Lars Lokke Rasmussen"))
    }

    @Test func peopleSharingASurnameOrANameAcrossCountriesStayApart() {
        #expect(global("lagos-1", "Maria Santos") != global("accra-2", "Pedro Santos"))
        #expect(global("lagos-1", "Kim Jong Un") != global("accra-2", "Kim Yo Jong"))
        #expect(global("lagos-1", "Ali Khan") != global("accra-2", "Ali Khan"))
    }

    @Test func aLoneSurnameJoinsTheOnlyPersonItFitsAndNoneWhenAmbiguous() {
        #expect(global("nairobi-3", "Okafor") == global("lagos-1", "Jonathan Okafor"))
        let santos = global("nairobi-3", "Santos")
        #expect(santos != global("lagos-1", "Maria Santos"))
        #expect(santos != global("accra-2", "Pedro Santos"))
    }

    @Test func acronymsAndTheirExpansionsAreOneOrganization() {
        #expect(global("lagos-1", "United Nations") == global("accra-2", "UN"))
        #expect(global("lagos-1", "North Atlantic Treaty Organization") == global("accra-2", "NATO"))
        let un = result.entities.first { $0.id == global("accra-2", "UN") }
        #expect(un?.name == "United Nations")
        #expect(un?.forms == ["lagos-1": "United Nations", "accra-2": "UN"])
    }

    @Test func oneOutletsWrongCountryForAPersonNamedInFullDoesNotSplitThePerson() throws {
        // Two outlets say Malaysian, a third's analysis reads "Indonesian host" as his country.
        let slip = Fusion().fuse(documents: try Fixtures.load("country-slip"))
        let anwar = slip.entities.filter { $0.name == "Anwar Ibrahim" }
        #expect(anwar.count == 1)
        #expect(anwar.first?.country == "MYS")
        #expect(anwar.first?.documents == ["kl-1", "penang-2", "jakarta-3"])
        let meeting = try #require(slip.events.first { $0.type == .meet })
        #expect(slip.events.filter { $0.type == .meet }.count == 1)
        #expect(Set(meeting.documents) == ["kl-1", "penang-2", "jakarta-3"])
        #expect(slip.conflicts.isEmpty)
    }

    @Test func oneOrganisationWrittenFourWaysIsOneAndGenericOrAmbiguousHeadsStayApart() throws {
        let orgs = Fusion().fuse(documents: try Fixtures.load("org-names"))
        func id(_ doc: String, _ name: String) -> String? { orgs.globalEntityID(document: doc, name: name) }
        let commission = id("hanoi-1", "Commission for External Relations of the Communist Party of Vietnam (CPV) Central Committee")
        #expect(commission != nil)
        // A spelled-out acronym, a possessive turned round, and the head of the name alone.
        #expect(id("vientiane-2", "Commission for External Relations of the CPV Central Committee") == commission)
        #expect(id("tokyo-3", "Communist Party of Vietnam Central Committee's Commission for External Relations") == commission)
        #expect(id("danang-4", "Commission for External Relations") == commission)
        let entity = orgs.entities.first { $0.id == commission }
        #expect(entity?.documents.count == 4)
        // Two councils share the head: the bare name joins neither. A two-word head is generic.
        let council = id("hanoi-1", "National Security Council")
        #expect(council != id("vientiane-2", "National Security Council of Japan"))
        #expect(council != id("vientiane-2", "National Security Council of South Korea"))
        #expect(id("tokyo-3", "Foreign Ministry") != id("vientiane-2", "Foreign Ministry of Laos"))
        #expect(id("danang-4", "People's Bank of China") != commission)
    }

    @Test func aCapitalStandingForItsGovernmentDoesNotMergeTheCountryWithTheCity() throws {
        let places = Fusion().fuse(documents: try Fixtures.load("capital-and-country"))
        func id(_ doc: String, _ name: String) -> String? { places.globalEntityID(document: doc, name: name) }
        #expect(id("lima-1", "Chile") == id("ankara-3", "Chile"))
        #expect(id("lima-1", "Santiago") == id("santiago-2", "Santiago"))
        #expect(id("santiago-2", "Santiago") != id("ankara-3", "Chile"))
        // The form most outlets use names the place.
        let turkey = places.entities.first { $0.id == id("lima-1", "Türkiye") }
        #expect(turkey?.name == "Turkey")
        #expect(turkey?.documents.count == 3)
        // Same initials, no acronym written: two countries.
        #expect(id("ankara-3", "South Africa") != id("santiago-2", "Saudi Arabia"))
    }
}


@Test func oneHeadInTwoAccountsMakesTheTwoBodiesOne() throws {
    let fused = Fusion().fuse(documents: try Fixtures.load("same-head"))
    func id(_ doc: String, _ name: String) -> String? { fused.globalEntityID(document: doc, name: name) }
    #expect(id("accra-1", "Bureau for External Cooperation of the Ruling Party") == id("lome-2", "Party Outreach Office"))
    // The larger body the role also names is not merged, nor is another person's body.
    #expect(id("accra-1", "Ruling Party") != id("lome-2", "Party Outreach Office"))
    #expect(id("lome-2", "Cocoa Board") != id("lome-2", "Party Outreach Office"))
}

@Test func aSurnameWithParticlesWrittenAloneIsThePersonNamedInFull() throws {
    let result = Fusion().fuse(documents: try Fixtures.load("particle-surnames"))
    let full = try #require(result.globalEntityID(document: "brussels-1", name: "Ilse von der Berg"))
    #expect(result.globalEntityID(document: "london-2", name: "von der Berg") == full)
    #expect(result.globalEntityID(document: "london-2", name: "Von der Berg") == full)
    #expect(result.events.contains { Set($0.documents) == ["brussels-1", "london-2"] })
}
