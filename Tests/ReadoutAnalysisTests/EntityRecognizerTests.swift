import Testing
import ReadoutCore
@testable import ReadoutAnalysis

@Suite struct EntityRecognizerTests {
    @Test func aSecondPersonOpenedByAnHonorificAfterAndIsTheirOwn() {
        // "Kani" is also a place name; the honorific after "and" still opens a second person.
        let a = analyze(article("Iran's Deputy Foreign Minister for Political Affairs Omid Kani and Dr. Farid Haddad met on Monday."))
        #expect(a.entity("Omid Kani")?.roles.first == "Iran's Deputy Foreign Minister for Political Affairs")
        #expect(a.entity("Farid Haddad")?.roles.isEmpty == true)
    }

    @Test func aNameParticleBetweenHyphensStaysInTheName() {
        let a = analyze(article("Caretaker Prime Minister Anwar-ul-Karim Baloch spoke by phone on Monday."))
        #expect(a.names(.person) == ["Anwar-ul-Karim Baloch"])
    }

    @Test func aSurnameThatIsAlsoAGrammarWordAfterATitleIsTheSurname() {
        // "He" and "Do" are surnames (Chinese, Vietnamese) as well as words.
        let a = analyze(article("Vice Premier He Wenjun met Deputy Foreign Minister Do Van Khoa in Hanoi on Monday."))
        #expect(a.names(.person) == ["He Wenjun", "Do Van Khoa"])
        #expect(a.entity("He Wenjun")?.roles == ["Vice Premier"])
        // "To" and "An" are surnames too (Vietnamese, Korean), in a sentence as full of names as a headline.
        let b = analyze(article("President To Van Hai met Minister An Ji-ho in Hanoi on Monday."))
        #expect(b.names(.person) == ["An Ji-ho", "To Van Hai"])
    }

    @Test func aTitledPersonOfAnInstitutionIsAPersonAndTheInstitution() {
        let a = analyze(article("Foreign Minister Ana Lopes received Ambassador Tomas Rojas of the United States on Monday.",
                                "Senator Ion Rusu of the Liberal Party also attended."))
        #expect(a.names(.person) == ["Ana Lopes", "Tomas Rojas", "Ion Rusu"])
        #expect(a.entity("Tomas Rojas")?.roles == ["Ambassador"])
        #expect(a.names(.gpe) == ["United States"])
        #expect(a.meetings().map { Set($0.participants) } == [["Ana Lopes", "Tomas Rojas"]])
    }

    @Test func anHonorificInsideANameIsPartOfItAndADemonymBeforeATitleIsANationality() {
        // "Sheikh" after a given name is part of the name; "Somali" is also a region of Ethiopia in the gazetteer.
        let a = analyze(article("Somali President Hassan Sheikh Omar met Kenyan President Peter Otieno on Monday."))
        #expect(a.names(.person) == ["Hassan Sheikh Omar", "Peter Otieno"])
        #expect(a.entity("Hassan Sheikh Omar")?.roles == ["Somali President"])
        #expect(a.entity("Hassan Sheikh Omar")?.country == "SOM")
        #expect(a.names(.gpe).isEmpty)
    }

    @Test func anOfficialsAbbreviatedTitleIsATitle() {
        // "EAM" (External Affairs Minister) as Indian outlets write it, like "PM".
        let a = analyze(article("EAM Ravi Kumar held talks with Foreign Minister Ana Lopes on Monday."))
        #expect(a.names(.org).isEmpty)
        #expect(a.entity("Ravi Kumar")?.roles == ["EAM"])
    }

    @Test func twoTitledPeopleOrTwoBodiesJoinedByAndAreTwoNames() {
        // "Costa" is also the first word of a country's name; "NATO Secretary General" is a body's title.
        let a = analyze(article("European Council President Antonio Costa and NATO Secretary General Lars Berge spoke on Monday."))
        #expect(a.names(.person) == ["Antonio Costa", "Lars Berge"])
        #expect(a.entity("Lars Berge")?.roles == ["NATO Secretary General"])
        // "X's ministry and Y's service": the second possessor opens a name of its own.
        let b = analyze(article("Chile's Ministry of Defence and Russia's Federal Security Service gave different accounts."))
        #expect(b.names(.org).contains("Ministry of Defence"))
        #expect(b.names(.gpe).contains("Russia"))
    }

    @Test func aCounterpartIsARoleWithACountry() {
        let a = analyze(article("Foreign Minister Ana Lopes received her Moldovan counterpart Ion Rusu in Lisbon on Friday.",
                                "She later met her Chilean counterpart, Tomas Rojas."))
        #expect(a.entity("Ion Rusu")?.roles == ["Moldovan counterpart"])
        #expect(a.entity("Ion Rusu")?.country == "MDA")
        #expect(a.entity("Tomas Rojas")?.roles == ["Chilean counterpart"])
        #expect(a.entity("Tomas Rojas")?.country == "CHL")
        // The headline's unnamed counterpart is the one the story names: one meeting, not one with Moldova.
        let b = analyze(article("Foreign Minister Ana Lopes received her Moldovan counterpart Ion Rusu in Lisbon on Friday.",
                                title: "Lopes receives Moldovan counterpart in Lisbon"))
        #expect(b.meetings().map { Set($0.participants) } == [["Ana Lopes", "Ion Rusu"]])
    }

    @Test func aTitleAfterWithStartsAfterIt() {
        let a = analyze(article("Earlier, Ana Lopes held talks in Lisbon with Moldovan Foreign Minister Ion Rusu."))
        #expect(a.entity("Ion Rusu")?.roles == ["Moldovan Foreign Minister"])
        #expect(a.names(.gpe).contains("Lisbon"))
        // A body's own name may hold "with".
        let b = analyze(article("Ana Lopes met Lusophone Society for Friendship with Foreign Peoples President Ion Rusu."))
        #expect(b.names(.org).contains("Lusophone Society for Friendship with Foreign Peoples"))
    }

    @Test func aDemonymOfTwoWordsIsReadWhole() {
        // "North Korean" is North Korea's, not "Korean" (South Korea's); "Sri Lankan" is no one titled "Sri".
        let a = analyze(article("Foreign Minister Ana Lopes received her North Korean counterpart Ri Chol in Lisbon on Friday.",
                                "She later met her Sri Lankan counterpart, Nimal Fonseka. The Sri Lankan minister praised the talks."))
        #expect(a.entity("Ri Chol")?.country == "PRK")
        #expect(a.entity("Nimal Fonseka")?.country == "LKA")
        #expect(a.entity("Nimal Fonseka")?.roles == ["Sri Lankan counterpart"])
        #expect(!a.names(.person).contains { $0.contains("Lankan") })
    }

    @Test func theSpokesmanAfterTheCommaIsNotTheRoleOfTheNameBeforeIt() {
        let a = analyze(article("Tran Van Hai will also meet Prime Minister Ivan Sorokin, the spokesman added."))
        #expect(a.entity("Ivan Sorokin")?.roles == ["Prime Minister"])
    }

    @Test func aWeekdaysAbbreviationBetweenNamesIsAGivenName() {
        let a = analyze(article("Spokeswoman Tran Thu Lan said on Monday that the talks went well."))
        #expect(a.names(.person) == ["Tran Thu Lan"])
    }

    @Test func titledPeopleGetTheirRoleAndCountry() {
        let a = analyze(article("Kenyan President Amara Odhiambo met Ghanaian Foreign Minister Kwame Asante in Nairobi on Tuesday."))
        let odhiambo = a.entity("Amara Odhiambo")
        #expect(odhiambo?.type == .person)
        #expect(odhiambo?.roles == ["Kenyan President"])
        #expect(odhiambo?.country == "KEN")
        #expect(a.entity("Kwame Asante")?.country == "GHA")
        #expect(a.entity("Nairobi")?.type == .gpe)
        // Titles are roles, never part of the name.
        #expect(!a.entities.contains { $0.name.contains("President") || $0.name.contains("Minister") })
    }

    @Test func anHonorificWithAParticleSurnameIsThePersonNamedInFull() {
        let a = analyze(article("Commission President Anneke van der Berg arrived on Monday.", "Ms van der Berg left on Tuesday."))
        #expect(a.entities.filter { $0.type == .person }.map(\.name) == ["Anneke van der Berg"])
        #expect(a.entity("Anneke van der Berg")?.aliases.contains("van der Berg") == true)
    }

    @Test func aCompanysNameWrittenAsATownsIsThatTownThroughout() {
        // "Dell" is a company the gazetteer knows; placed like a town, it is one in this article.
        let a = analyze(article("Dell, Texas - The two ministers met at a ranch in Dell on Monday.",
                                "The ranch lies in Dell south of Austin."))
        #expect(a.entity("Dell")?.type == .gpe)
        #expect(!a.entities.contains { $0.type == .org })
        // Elsewhere the company stays a company.
        #expect(analyze(article("Dell said on Monday that sales rose.")).entity("Dell")?.type == .org)
    }

    @Test func aSharedSurnameAloneIsTheArticlesPrincipalNotTheNearestNamer() {
        let a = analyze(article("President Omar Haddad arrived on Monday. President Omar Haddad met Prime Minister Lena Vos on Wednesday, along with his wife Sara Haddad.",
                                "Haddad said the talks went well."))
        #expect(a.entity("Omar Haddad")?.aliases.contains("Haddad") == true)
        #expect(a.entity("Sara Haddad")?.aliases.contains("Haddad") == false)
    }

    @Test func aGovernmentBodyNamedByACommonNounIsAnOrganisation() {
        let a = analyze(article("The foreign ministry said on Monday that talks would resume, and the presidential office agreed.",
                                "Lima’s defence ministry said it had not been told. The ministry added that nothing was decided."))
        #expect(a.names(.org) == ["foreign ministry", "presidential office", "Lima’s defence ministry"])
        // A capital's possessive stands for its country's government; no place is named.
        #expect(a.entity("Lima") == nil)
    }

    @Test func aBodysPossessiveBeforeATitleIsNotPartOfItsName() {
        let a = analyze(article("The Andean Development Corporation's President Ana Lopes arrived in Quito on Monday."))
        #expect(a.names(.org) == ["Andean Development Corporation"])
        #expect(a.names(.person) == ["Ana Lopes"])
    }

    @Test func aGatheringsNumberIsPartOfItsName() {
        let a = analyze(article("Leaders will attend the 23rd Lusophone Annual Summit in Lisbon next week.",
                                "The summit follows 12 Lisbon Forum meetings."))
        #expect(a.names(.event).contains("23rd Lusophone Annual Summit"))
        // A count is no ordinal: "12 Lisbon Forum meetings" does not number the forum.
        #expect(!a.names(.event).contains { $0.hasPrefix("12") })
    }

    @Test func aCountryHyphenedToAKnownBodyIsTwoNames() {
        let a = analyze(article("The ministers discussed the Israel-Hamas conflict on Monday."))
        #expect(a.entity("Hamas")?.type == .org)
        #expect(a.entity("Israel")?.type == .gpe)
        #expect(!a.entities.contains { $0.type == .person })
    }

    @Test func aCapitalAfterDepartForIsWhereTheJourneyGoes() {
        let a = analyze(article("President Ana Costa will depart for Lima on Tuesday for a four-day trip."))
        #expect(a.entity("Lima")?.type == .gpe)
        #expect(a.entity("Peru") == nil)
    }

    @Test func aSurnameFirstNameEndingInAnEnglishWordIsAPerson() {
        // "Long" and "Son" are English words and given names; after a family name written first, a name.
        let a = analyze(article("Prime Minister Nguyen Van Long held talks with Minister Tran Van Son on Monday."))
        #expect(a.entity("Nguyen Van Long")?.type == .person)
        #expect(a.entity("Tran Van Son")?.type == .person)
    }

    @Test func aSurnameBeforeAndIsNotPartOfTheNextPersonsTitle() {
        let a = analyze(article(
            "Premier Wang Tao met Chilean officials on Monday.",
            "Ties improved after Wang and President Maria Santos agreed to reopen the consulates.",
            "Trade and Industry Minister Ana Costa welcomed the step."))
        #expect(a.entity("Maria Santos")?.roles == ["President"])
        // A portfolio joined by "and" stays one title.
        #expect(a.entity("Ana Costa")?.roles == ["Trade and Industry Minister"])
    }

    @Test func aPortfolioCountryIsNotTheHoldersCountry() {
        let a = analyze(article(
            "Deputy Assistant Secretary of State for Brazil and Peru Mark Osei joined the talks.",
            "Lena Hart, senior director for Chile affairs, was also there.",
            "Kenyan Ambassador to Ghana Amos Kiprono spoke."))
        #expect(a.entity("Mark Osei")?.country == nil)
        #expect(a.entity("Lena Hart")?.country == nil)
        #expect(a.entity("Amos Kiprono")?.country == "KEN")
    }

    @Test func anAppositiveRoleEndsAtTheVerbAndAPlaceIsNotARole() {
        let a = analyze(article(
            "Tom Reyes, former assistant secretary of state for trade also attended the meeting.",
            "Prime Minister Ana Sousa flew in on Monday.",
            "On arrival at the Royal Palace, Sousa was greeted by the king."))
        #expect(a.entity("Tom Reyes")?.roles == ["former assistant secretary of state for trade"])
        #expect(a.entity("Ana Sousa")?.roles == ["Prime Minister"])
    }

    @Test func aBroadcasterNamedByItsNumberIsAnOrganisation() {
        let a = analyze(article(
            "Peruvian Channel 5 reported that the talks had stalled. The English Channel was calm.",
            "Brazil’s Radio 9 said the vote was close."))
        #expect(a.entity("Channel 5")?.type == .org)
        #expect(a.entity("Radio 9")?.type == .org)
        #expect(a.entity("English Channel")?.type == .loc)
        #expect(!a.entities.contains { $0.name.contains("Peruvian") })
    }

    @Test func economicAbbreviationsAreNotOrganisations() {
        let a = analyze(article(
            "Inflation rose while GDP shrank and FDI fell, the IMF said.",
            "Acme CEO Ana Lima said the VAT increase would hurt."))
        #expect(a.entity("GDP") == nil)
        #expect(a.entity("FDI") == nil)
        #expect(a.entity("VAT") == nil)
        #expect(a.entity("IMF")?.type == .org)
        #expect(a.entity("Ana Lima")?.roles == ["Acme CEO"])
    }

    @Test func aNameAfterAMediaNounIsTheOutlet() {
        let a = analyze(article(
            "Earlier on Monday, the Chilean news site Zorba reported that a deal was near.",
            "The state news agency Morales said the talks would resume."))
        #expect(a.entity("Zorba")?.type == .org)
        #expect(a.entity("Morales")?.type == .org)
    }

    @Test func surnamesAndShortFormsJoinTheFullName() {
        let a = analyze(article(
            "Chilean Foreign Minister Valentina Rojas arrived in Lima on Monday.",
            "Rojas said the visit would deepen ties. Later, Rojas met students."))
        let rojas = a.entities.filter { $0.name.contains("Rojas") }
        #expect(rojas.count == 1)
        #expect(rojas.first?.name == "Valentina Rojas")
        #expect(rojas.first?.aliases.contains("Rojas") == true)
        #expect(rojas.first?.mentions.count == 3)
    }

    @Test func surnameFirstNamesWork() {
        let a = analyze(article("Vice Premier Zhao Minghui held talks with Thai officials.", "Zhao said trade would grow."))
        #expect(a.entity("Zhao Minghui")?.aliases == ["Zhao"])
    }

    @Test func parentheticalAcronymIsAnAliasOfItsOrganisation() {
        let a = analyze(article("Leaders of the Southern African Development Community (SADC) gathered in Maputo. SADC officials said the summit would last two days."))
        let sadc = a.entities.filter { $0.type == .org }
        #expect(sadc.count == 1)
        #expect(sadc.first?.name == "Southern African Development Community")
        #expect(sadc.first?.aliases.contains("SADC") == true)
    }

    @Test func countryShortFormsAreOneEntity() {
        let a = analyze(article("The U.S. and the United Kingdom signed a pact. America will pay half, while the UK pays the rest."))
        let us = a.entities.filter { $0.type == .gpe && ($0.name == "United States" || $0.aliases.contains("U.S.")) }
        #expect(us.count == 1)
        #expect(a.entities.filter { $0.type == .gpe }.count == 2)
    }

    @Test func capitalAsGovernmentJoinsItsCountryButAPlaceStaysAPlace() {
        let a = analyze(article("Moscow warned against new sanctions on Monday.", "Russia has rejected the proposal, and talks in Moscow were cancelled."))
        let russia = a.entity("Russia")
        #expect(russia?.aliases.contains("Moscow") == true)
        #expect(a.entity("Moscow")?.type == .gpe)
    }

    @Test func headWordsTypeOrganisationsPlacesAndEvents() {
        let a = analyze(article(
            "Officials from the Ministry of Foreign Affairs spoke at the Council on Foreign Relations before the Munich Security Conference, as tankers crossed the Strait of Hormuz."))
        #expect(a.entity("Ministry of Foreign Affairs")?.type == .org)
        #expect(a.entity("Council on Foreign Relations")?.type == .org)
        #expect(a.entity("Munich Security Conference")?.type == .event)
        #expect(a.entity("Strait of Hormuz")?.type == .loc)
    }

    @Test func headlineCaseWordsAreNotNames() {
        let a = analyze(article(
            "The veteran diplomat will meet Brazilian officials before the election, the ministry said.",
            "Brazil’s foreign minister Lucas Almeida said the meeting was long planned.",
            title: "Veteran Diplomat to Meet Brazilian Officials Before Election"))
        #expect(!a.entities.contains { $0.name.contains("Veteran") || $0.name.contains("Diplomat") || $0.name.contains("Meet") })
        #expect(a.entity("Lucas Almeida")?.type == .person)
    }

    @Test func namedElectionsAndSummitsAreEvents() {
        let a = analyze(article("Turnout in the Nigerian presidential election was low, delegates at the ASEAN summit heard."))
        #expect(a.names(.event).contains("ASEAN summit"))
    }

    @Test func sentenceStartersAndCalendarWordsAreNotEntities() {
        let a = analyze(article("However, on Monday the talks stalled. Meanwhile, in January, officials left. Specifically, nothing moved."))
        #expect(a.entities.isEmpty)
    }

    @Test func allCapsDatelineIsAPlace() {
        let a = analyze(article("NAIROBI — Kenya’s parliament approved the budget on Thursday."))
        #expect(a.entity("Nairobi")?.type == .gpe || a.entities.contains { $0.type == .gpe && $0.aliases.contains("NAIROBI") })
        #expect(!a.entities.contains { $0.type == .org && $0.name == "NAIROBI" })
    }

    @Test func mentionOffsetsPointAtTheText() {
        let a = article("Indonesian President Sari Wulandari visited Manila.")
        let result = analyze(a)
        let scalars = Array(a.text.unicodeScalars)
        for e in result.entities {
            for m in e.mentions {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[m.start..<m.end])
                #expect(String(s) == e.name || e.aliases.contains(String(s)))
            }
        }
    }
}

@Suite struct PlaceNameTests {
    @Test func aPlaceAndItsStripOrPalaceAreOneButACountryAndItsStraitAreTwo() {
        let a = analyze(article(
            "Aid reached the Gaza Strip on Monday. Officials in Gaza said more was needed.",
            "Warships crossed the Taiwan Strait as Taiwan protested."))
        #expect(a.entities.filter { $0.name.hasPrefix("Gaza") }.count == 1)
        #expect(a.entity("Taiwan")?.type == .gpe)
        #expect(a.entity("Taiwan Strait")?.type == .loc)
    }

    @Test func theCityOfNamesAPlaceTheGazetteerMayNotKnow() {
        let a = analyze(article("The delegation landed in the port city of Bandar Qasim on Sunday."))
        #expect(a.entity("Bandar Qasim")?.type == .gpe)
    }

    @Test func codesWithNumbersStayInNamedEvents() {
        let a = analyze(article("The striker starred at the FIFA U-20 World Cup last year."))
        #expect(a.entity("FIFA U-20 World Cup")?.type == .event)
    }

    @Test func aBodyIsNotATitle() {
        let a = analyze(article("The Ministry of Trade on Facebook said the talks went well."))
        #expect(!a.entities.contains { $0.type == .person })
    }
}

@Suite struct NameShapeTests {
    @Test func portfolioWordsAreNotPartOfTheName() {
        let a = analyze(article("Minister of Agriculture and Rural Development Trần Văn Minh met Minister of Marine Affairs and Fisheries Siti Rahayu."))
        #expect(a.entity("Trần Văn Minh")?.type == .person)
        #expect(a.entity("Siti Rahayu")?.type == .person)
        #expect(!a.entities.contains { $0.name.contains("Development") || $0.name.contains("Fisheries") && $0.type == .person })
    }

    @Test func koreanGivenNamesAfterTheSurname() {
        let a = analyze(article("Defence Minister Park Ji-hoon met his Polish counterpart on Monday."))
        #expect(a.entity("Park Ji-hoon")?.type == .person)
    }

    @Test func namingHonorificsStayInTheName() {
        let a = analyze(article("Saudi Foreign Minister Prince Faisal bin Nasser Al Saud met Crown Prince Salman bin Hamad on Sunday.",
                                "Prince Faisal said the talks were useful."))
        #expect(a.entity("Prince Faisal bin Nasser Al Saud")?.aliases.contains("Prince Faisal") == true)
        #expect(a.entity("Salman bin Hamad")?.type == .person)
    }

    @Test func countriesAndCurrenciesAreNotPeopleOrPlaces() {
        let a = analyze(article("The Viet Nam-Indonesia partnership is worth US$12 billion, officials said."))
        #expect(!a.entities.contains { $0.type == .person })
        #expect(!a.entities.contains { $0.name == "US" })
    }
}

@Suite struct OrganisationShapeTests {
    @Test func administrativeUnitsArePlaces() {
        let a = analyze(article("Shelling hit Kharkiv Oblast and Lampung Province overnight."))
        #expect(a.entity("Kharkiv Oblast")?.type == .gpe)
        #expect(a.entity("Lampung Province")?.type == .gpe)
    }

    @Test func andInsideAnOrganisationAfterOf() {
        let a = analyze(article("He addressed the Kenya Chamber of Commerce and Industry on Friday."))
        #expect(a.entity("Kenya Chamber of Commerce and Industry")?.type == .org)
    }

    @Test func aBodyNameInsideATitleIsNotAnOrganisation() {
        let a = analyze(article("Cabinet Secretary for Health Amos Kiprono said the clinics would open."))
        #expect(a.entity("Amos Kiprono")?.roles.first?.hasPrefix("Cabinet Secretary") == true)
        #expect(!a.entities.contains { $0.type == .org && $0.name.contains("Secretary") })
    }

    @Test func aNounAfterTheHeadStaysInTheName() {
        let a = analyze(article("The Vietnamese Government Portal published the statement."))
        #expect(a.entity("Vietnamese Government Portal")?.type == .org)
    }
}

@Suite struct CounterpartsTests {
    @Test func hisCounterpartsAreThePeopleOfTheLastMeeting() {
        let a = analyze(article(
            "Foreign Minister Omar Haddad hosted his counterparts Lina Saad and Karim Nouri in Amman on Sunday.",
            "Nouri invited his counterparts to a follow-up meeting in Baghdad on May 15.", published: "2024-04-14"))
        let baghdad = a.meetings().first { $0.location == "Baghdad" }
        #expect(Set(baghdad?.participants ?? []) == ["Omar Haddad", "Lina Saad", "Karim Nouri"])
    }
}

@Suite struct PossessivePlaceTests {
    @Test func aPlaceOfACountryNamedWithItsPossessive() {
        let a = analyze(article("The minister landed in Saudi Arabia's Taif on Thursday."))
        #expect(a.entity("Taif")?.type == .gpe)
    }

    @Test func aSeaRegionStaysASea() {
        let a = analyze(article("Peace and stability in the Black Sea region matter to both countries."))
        #expect(a.entity("Black Sea")?.type == .loc)
    }
}

@Suite struct LinkingDetailTests {
    @Test func aTownNamedLikeAPersonsSurnameIsThePerson() {
        let a = analyze(article("Nigerian President Musa Aliyu Bello met Senegal's president on Saturday.", "Bello said the pipeline would be built."))
        #expect(!a.entities.contains { $0.type == .gpe && $0.name == "Bello" })
        #expect(a.entity("Musa Aliyu Bello")?.aliases.contains("Bello") == true)
    }

    @Test func anOrganisationsWordsInsideOfDoNotSplitAtAnd() {
        let a = analyze(article("Jordan's Ministry of Foreign Affairs and Expatriates said the talks went well."))
        #expect(a.entities.contains { $0.type == .org && $0.name.hasSuffix("Foreign Affairs and Expatriates") })
    }

    @Test func cemeteriesAndBridgesArePlaces() {
        let a = analyze(article("He laid a wreath at the Kalibata Heroes Cemetery and crossed the Rumichaca Bridge."))
        #expect(a.entity("Kalibata Heroes Cemetery")?.type == .loc)
        #expect(a.entity("Rumichaca Bridge")?.type == .loc)
    }
}

@Suite struct DeterminedNameTests {
    @Test func aNameAfterTheIsABodyOrASiteNotAPerson() {
        let a = analyze(article(
            "The Rasheed Bayt said in a statement that the emir received the envoy.",
            "Thousands gathered at the Kaveri Ghat on Sunday to hear Prime Minister Ana Sousa."))
        #expect(a.entity("Rasheed Bayt")?.type == .org)
        #expect(a.entity("Kaveri Ghat")?.type == .loc)
        #expect(a.entity("Ana Sousa")?.type == .person)
    }

    @Test func aPersonNamedWithoutTheElsewhereStaysAPerson() {
        let a = analyze(article(
            "Daniel Okafor arrived in Lagos on Monday.",
            "Reporters asked the Daniel Okafor campaign about the visit."))
        #expect(a.entity("Daniel Okafor")?.type == .person)
    }
}

@Suite struct UnlistedPlaceTests {
    @Test func aLoneUnknownWordAfterInOrBeforeAStateIsATown() {
        let a = analyze(article(
            "The two ministers met in Kelvadora on Tuesday.",
            "Trumbleigh, Virginia — Talks resumed on Wednesday.",
            "Writers in Arabic and Sino-Korean ties were discussed."))
        #expect(a.entity("Kelvadora")?.type == .gpe)
        #expect(a.entity("Trumbleigh")?.type == .gpe)
        // A language, and the first half of a compound, are not towns.
        #expect(a.entity("Arabic") == nil)
        #expect(a.entity("Sino") == nil)
    }

    @Test func anAcronymWrittenInTitleCaseIsTheOrganisation() {
        let a = analyze(article("Trade ministers from Comesa met in Lusaka on Friday."))
        #expect(a.entity("Comesa")?.type == .org)
    }
}

@Suite struct ClubAndDistrictTests {
    @Test func footballClubsAreOrganisationsAndADistrictIsAPlace() {
        let a = analyze(article(
            "Leeds United beat Bristol Rovers 2-1 on Saturday.",
            "The ministers met in the Autonomous District of Kandava."))
        #expect(a.entity("Leeds United")?.type == .org)
        #expect(a.entity("Bristol Rovers")?.type == .org)
        #expect(a.entities.contains { $0.type == .gpe && $0.name.hasSuffix("District of Kandava") })
    }
}

@Suite struct LetterPlatformTests {
    @Test func theLetterXIsThePlatformOnlyWhereAPlatformIsMeant() {
        let a = analyze(article(
            "Prime Minister Ana Sousa posted on X after the call.",
            "Her X post drew thousands of replies.",
            "Malcolm X was quoted in the debate."))
        #expect(a.entity("X")?.type == .org)
        #expect(a.entity("X")?.mentions.count == 2)
    }
}

@Suite struct DocumentNameTests {
    @Test func aDocumentsNameIsNoEntityButItsPlacesAre() {
        let a = analyze(article("Ministers signed the Lisbon-Luanda Framework and the Maputo Declaration on Friday."))
        #expect(!a.entities.contains { $0.name.contains("Framework") || $0.name.contains("Declaration") })
        #expect(a.entity("Maputo")?.type == .gpe)
        #expect(a.entity("Luanda")?.type == .gpe)
    }
}

@Suite struct EntityBoundaryTests {
    @Test func placesJoinedBySlashesInADatelineArePlaces() {
        let a = analyze(article("Oslo/Stockholm, Sept. 3 Foreign Minister Jean Morel met his Swedish counterpart.",
                                "The talks began at 9 a.m. Lisbon time."))
        #expect(a.entity("Oslo")?.type == .gpe)
        #expect(a.entity("Stockholm")?.type == .gpe)
        #expect(a.entity("Lisbon")?.type == .gpe)
    }

    @Test func aTitleOfABodyEndsAtThePersonAndAtAnd() {
        let a = analyze(article(
            "The talks were attended by Secretary of the National Council of Norway Arne Dahl and Aide to the President of Norway Petter Lund.",
            "Later the two Heads of State and Acme Group Chief Executive Tom Reed toured the plant."))
        #expect(a.entity("National Council of Norway")?.type == .org)
        #expect(a.entity("Arne Dahl")?.roles == ["Secretary of the National Council of Norway"])
        #expect(a.entity("Petter Lund")?.roles == ["Aide to the President of Norway"])
        #expect(a.entity("Acme Group")?.type == .org)
        #expect(!a.entities.contains { $0.name.contains(" and ") || $0.name.hasPrefix("Secretary") || $0.name.hasPrefix("State") })
    }

    @Test func aSherpaIsATitle() {
        let a = analyze(article("Norway’s G20 Sherpa Kari Holm said the declaration was adopted."))
        #expect(a.entity("Kari Holm")?.roles.contains { $0.hasSuffix("Sherpa") } == true)
    }

    @Test func addressesSittingsAndPossessivePlaceNames() {
        let a = analyze(article(
            "A spokesman for 10 Downing Street said the 4th Session of the Joint Trade Commission would meet in Cox’s Bazar."))
        #expect(a.entity("10 Downing Street")?.type == .org)
        #expect(a.entity("Joint Trade Commission")?.type == .org)
        #expect(a.entity("Cox’s Bazar")?.type == .gpe)
        #expect(!a.entities.contains { $0.name.hasPrefix("Session") || $0.name == "Cox" })
    }

    @Test func aHallOfGovernmentIsAPlace() {
        let a = analyze(article("The two leaders met in the Oval Office before a banquet in the Great Hall of the People."))
        #expect(a.entity("Oval Office")?.type == .loc)
        #expect(a.entity("Great Hall of the People")?.type == .loc)
    }

    @Test func anUnnamedOfficialIsNoSpeakerButANewsAgencyIs() {
        let a = analyze(article(
            "“We will not sign this week,” a senior trade official told reporters.",
            "The storm was “extremely severe”, the Nordic Press Agency (NPA) news agency reported."))
        #expect(!a.quotes.contains { $0.speaker?.hasSuffix("official") == true })
        #expect(a.quotes.contains { $0.speaker == "Nordic Press Agency" && $0.text == "extremely severe" })
    }
}
