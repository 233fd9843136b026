// Where names begin and end in news prose: two titled people joined by "and", particles in a row,
// hyphenated Korean given names, elided articles, a country closing a run, all-caps datelines with
// diacritics, participles opening a sentence, and full stops that lost their space. Invented sentences.
import Testing
import ReadoutCore
import ReadoutAnalysis

@Suite struct NameBoundaryTests {
    private func people(_ s: String) -> [String: [String]] {
        let a = ArticleAnalyzer().analyze(article(s))
        return Dictionary(a.entities.filter { $0.type == .person }.map { ($0.name, $0.roles) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func twoTitledPeopleJoinedByAndAreTwo() {
        let p = people("Kenyan President Grace Wanjiru and Ugandan President Moses Okello will pay state visits to Ghana.")
        #expect(p["Grace Wanjiru"] == ["Kenyan President"])
        #expect(p["Moses Okello"] == ["Ugandan President"])
        // Even when the first name is also an everyday word.
        let q = people("US Senator John Bell and Chinese Ambassador Li Wei met on Monday.")
        #expect(q["John Bell"] != nil && q["Li Wei"] != nil)
    }

    @Test func particlesMayFollowOneAnother() {
        let p = people("European Parliament President Maria van der Berg addressed the assembly.")
        #expect(p["Maria van der Berg"] == ["European Parliament President"])
    }

    @Test func koreanHyphenatedGivenNamesStayWhole() {
        #expect(people("In 2012, her predecessor, Park Myung-soo, visited the base.")["Park Myung-soo"] != nil)
    }

    @Test func anElidedArticleBelongsToTheNameAndACountryClosingARunIsItsOwn() {
        let a = ArticleAnalyzer().analyze(article("The talks between Mensah Côte d'Ivoire officials ended."))
        #expect(a.entity("Côte d'Ivoire")?.type == .gpe || a.entities.contains { $0.type == .gpe && $0.aliases.contains("Côte d'Ivoire") })
        #expect(!a.entities.contains { $0.type == .person && $0.name.contains("Côte") })
    }

    @Test func anAllCapsDatelineWithDiacriticsIsAPlace() {
        let a = ArticleAnalyzer().analyze(article("HÀ NỘI — Foreign Minister Ana Lopes arrived on Monday."))
        #expect(!a.entities.contains { $0.type == .org && $0.name.uppercased() == "HÀ NỘI" })
    }

    @Test func aParticipleOpeningASentenceIsNoName() {
        let a = ArticleAnalyzer().analyze(article("Congratulating Mensah on his appointment, the minister praised the alliance."))
        #expect(!a.entities.contains { $0.name.hasPrefix("Congratulating") })
    }

    @Test func aFullStopThatLostItsSpaceStillEndsTheSentence() {
        let a = ArticleAnalyzer().analyze(article("The ministers agreed to strengthen cooperation.The office announced the call on Monday."))
        #expect(a.sentences.count == 2)
        // Abbreviations and outlet names with inner full stops are not split.
        #expect(ArticleAnalyzer().analyze(article("The U.S.Embassy said nothing.")).sentences.count == 1)
    }
}

@Suite struct QuoteSpeakerPatternTests {
    private func speakers(_ s: String) -> [String?] { ArticleAnalyzer().analyze(article(s)).quotes.map(\.speaker) }

    @Test func quotedXAsSayingIsX() {
        #expect(speakers("“We have evacuated 300,000 people,” the agency quoted Chief Minister Rui Costa as saying.") == ["Rui Costa"])
    }

    @Test func postNominalLettersAreNotPartOfTheName() {
        let a = ArticleAnalyzer().analyze(article("“Very encouraged by the deal,” Senator Ana Silva MP wrote on social media."))
        #expect(a.quotes.first?.speaker == "Ana Silva")
        #expect(a.entity("Ana Silva") != nil)
    }
}

@Suite struct VenueAndEventNameTests {
    private func typed(_ s: String) -> [String: EntityType] {
        Dictionary(ArticleAnalyzer().analyze(article(s)).entities.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aNameBeforeAVenueNounIsThatVenue() {
        let t = typed("The president landed at the Jomo Kenyatta airport and drove to the Karen estate.")
        #expect(t["Jomo Kenyatta airport"] == .loc)
        #expect(t["Jomo Kenyatta"] == nil)
    }

    @Test func hallsAndCastlesArePlaces() {
        #expect(typed("The talks were held in the Great Hall of the Nation in Lomé.")["Great Hall of the Nation"] == .loc)
    }

    @Test func aNamedStormIsAnEventAndACreditNamesNoOne() {
        #expect(typed("Cyclone Amara hit the coast on Monday.")["Cyclone Amara"] == .event)
        #expect(typed("Leaders shake hands in Lomé. © Jane Roe / AFP")["Jane Roe"] == nil)
    }

    @Test func everydayAcronymsAreNoOrganisations() {
        let t = typed("The ministers promised to reopen the border ASAP and to share GPS data.")
        #expect(t["ASAP"] == nil && t["GPS"] == nil)
    }
}

@Suite struct HyphenatedGivenNameTests {
    @Test func aSurnameThatIsAlsoAWordBeforeAHyphenatedGivenNameIsAPerson() {
        let a = analyze(article(
            "President Park Ji-won met Prime Minister Lee Min-ho in Seoul on Monday.",
            "Choi Seo-won, her spokeswoman, said the talks went well."))
        #expect(a.entity("Park Ji-won")?.type == .person)
        #expect(a.entity("Choi Seo-won")?.type == .person)
    }
}

@Suite struct CountryClosingATitledNameTests {
    @Test func aCountryOfSeveralWordsAfterATitledNameIsItsOwnName() {
        let a = analyze(article("President Mensah will bestow on President Kamau Côte d'Ivoire's highest order."))
        #expect(a.entity("Kamau")?.type == .person)
        #expect(a.entities.contains { $0.type == .gpe && $0.name.hasPrefix("Côte") })
        #expect(!a.entities.contains { $0.name.contains("Kamau Côte") })
    }
}

@Suite struct HonorificBeforeParticleTests {
    @Test func anHonorificBeforeASurnameWithParticlesIsNotPartOfTheName() {
        let a = analyze(article("Ms van der Berg met Mr Hale in Windsor on Monday."))
        #expect(a.entity("van der Berg")?.type == .person)
        #expect(a.entity("Ms van der Berg") == nil)
    }
}
