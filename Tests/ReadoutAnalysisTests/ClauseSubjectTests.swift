// Who the subject of a trigger is when the clause does not name it: participle clauses, coordinated
// predicates, sentence-opening pronouns, possessors as antecedents; and lists of countries with
// auxiliaries before the verb; and habits that are no single meeting. Invented sentences.
import Testing
import ReadoutCore
import ReadoutAnalysis

@Suite struct ClauseSubjectTests {
    private func meetings(_ first: String, _ second: String? = nil) -> [Event] {
        let a = second.map { article(first, $0, published: "2025-03-14") } ?? article(first, published: "2025-03-14")
        return ArticleAnalyzer().analyze(a).events.filter { $0.type == .meet && $0.status.isAsserted }
    }

    @Test func aParticipleClauseTakesTheMainSubject() {
        let m = meetings("Foreign Minister Ana Lopes spoke to reporters after holding talks with Prime Minister Kenji Tanaka in Tokyo.")
        #expect(m.contains { Set($0.participants) == ["Ana Lopes", "Kenji Tanaka"] })
    }

    @Test func aParticipleClauseAfterAnObjectStillTravelsWithTheSubject() {
        // "before flying on to Madrid": the one who flies is the subject, not the person just met.
        let a = ArticleAnalyzer().analyze(article(
            "Prime Minister Kenji Tanaka met President Amara Diallo in Lisbon on Monday before flying on to Madrid.",
            published: "2025-03-18"))
        let visits = a.events.filter { $0.type == .visit && $0.location == "Madrid" }
        #expect(visits.map(\.participants) == [["Kenji Tanaka"]])
    }

    @Test func aCoordinatedPredicateSharesTheSubjectAndDatesItsOwnVerb() {
        let a = ArticleAnalyzer().analyze(article(
            "Foreign Minister Ana Lopes held talks with Prime Minister Kenji Tanaka in Tokyo, and was expected to travel to Seoul on Tuesday.",
            published: "2025-03-14"))
        let visit = a.events.first { $0.type == .visit }
        #expect(visit?.participants == ["Ana Lopes"])
        #expect(visit?.location == "Seoul")
        let meeting = a.meetings().first { Set($0.participants) == ["Ana Lopes", "Kenji Tanaka"] }
        #expect(meeting?.date != "2025-03-18")
        #expect(meeting?.status == .occurred)
    }

    @Test func aPronounOpeningTheSentenceIsTheSubjectOfALaterVerb() {
        let m = meetings("Prime Minister Kenji Tanaka arrived in Lisbon on Sunday.",
                         "He will then fly to Madrid on Monday and meet with President Amara Diallo on Tuesday.")
        #expect(m.contains { Set($0.participants) == ["Kenji Tanaka", "Amara Diallo"] && $0.status == .planned })
    }

    @Test func aPossessorOfAThingIsThePronounsAntecedent() {
        let m = meetings("President-elect Ana Lopes thanked Chancellor Rui Costa for his support.",
                         "Two days before Lopes's inauguration, she spoke by phone with President Amara Diallo.")
        #expect(m.contains { Set($0.participants) == ["Ana Lopes", "Amara Diallo"] })
        #expect(!m.contains { Set($0.participants) == ["Rui Costa", "Amara Diallo"] })
    }

    @Test func countriesBeforeAuxiliariesAreTheParties() {
        let m = meetings("Kenya, Uganda and Tanzania are also scheduled to hold trilateral talks next month.")
        #expect(m.contains { Set($0.participants) == ["Kenya", "Uganda", "Tanzania"] && $0.status == .planned })
    }

    @Test func aHabitIsNoMeeting() {
        #expect(meetings("President Ana Lopes has often spoken by phone with Prime Minister Kenji Tanaka.").isEmpty)
    }
}

@Suite struct EventDateAndPlaceTests {
    @Test func aDatelineDatesTheReportNotTheEvent() {
        let a = ArticleAnalyzer().analyze(article(
            "NAIROBI, March 14 — President Amara Diallo was received by Prime Minister Kenji Tanaka in Mombasa on Thursday.",
            published: "2025-03-14"))
        let m = a.meetings().first { Set($0.participants) == ["Amara Diallo", "Kenji Tanaka"] }
        #expect(m?.date == "2025-03-13")
        #expect(m?.location == "Mombasa")
    }

    @Test func aDatelineEndingInTwoHyphensDatesTheReportToo() {
        // Wire copy types the dash as "--"; a meeting the sentence itself leaves undated stays undated.
        let a = ArticleAnalyzer().analyze(article(
            "LIMA, April 4 (Andina) -- Foreign Minister Ana Torres held a phone call with her Chilean counterpart, Pablo Rojas, "
            + "since Torres took office last week, the ministry said.", title: "Envoys hope for close ties", published: nil))
        let m = a.meetings().first { Set($0.participants) == ["Ana Torres", "Pablo Rojas"] }
        #expect(m != nil)
        #expect(m?.date == nil)
        #expect(m?.dateText == nil)
    }

    @Test func talksHeldInACityTookPlaceThere() {
        let a = ArticleAnalyzer().analyze(article(
            "Defence Minister Olena Marchuk and Defence Minister Pavel Sorokin held talks in Geneva on Monday.", published: "2025-03-14"))
        #expect(a.meetings().first?.location == "Geneva")
        // The situation in a country stays a subject of the talks, not their place.
        let b = ArticleAnalyzer().analyze(article(
            "President Amara Diallo met Prime Minister Kenji Tanaka in Lisbon to discuss the situation in Sudan.", published: "2025-03-14"))
        #expect(b.meetings().first?.location == "Lisbon")
    }
}

@Suite struct AmendmentScopeTests {
    @Test func anEntourageJoinsOnlyARecentMeetingAndOnlyItsOwnPeople() {
        let a = ArticleAnalyzer().analyze(article(
            "President Amara Diallo met Prime Minister Kenji Tanaka in Lisbon on Saturday.",
            "The two leaders discussed trade and fisheries.",
            "Officials said the talks were cordial.",
            "Diallo arrived accompanied by Foreign Minister Ana Lopes, who was received by Chancellor Rui Costa.",
            published: "2025-03-15"))
        let talks = a.meetings().first { $0.participants.contains("Kenji Tanaka") }
        #expect(talks.map { Set($0.participants) } == ["Amara Diallo", "Kenji Tanaka"])
    }

    @Test func theCallWasJoinedByPointsBackAtTheCall() {
        let a = ArticleAnalyzer().analyze(article(
            "President Amara Diallo met Prime Minister Kenji Tanaka in Lisbon on Monday.",
            "Later, Diallo held a phone call with Chancellor Rui Costa.",
            "Foreign Minister Ana Lopes also joined the call.",
            published: "2025-03-14"))
        let call = a.meetings().first { $0.mode == .phone }
        #expect(call.map { Set($0.participants) } == ["Amara Diallo", "Rui Costa", "Ana Lopes"])
        #expect(!(a.meetings().first { $0.participants.contains("Kenji Tanaka") }?.participants.contains("Ana Lopes") ?? true))
    }

    @Test func anAsideDatesSomethingElse() {
        let a = ArticleAnalyzer().analyze(article(
            "Prime Minister Kenji Tanaka was received by Foreign Minister Ana Lopes -appointed this Friday- on Saturday.",
            published: "2025-03-15"))
        #expect(a.meetings().first?.date == "2025-03-15")
    }
}

@Suite struct PronounSexTests {
    @Test func sheMeansTheWomanNotTheLastManNamed() {
        let a = ArticleAnalyzer().analyze(article(
            "President Mary Wanjiru will travel to Washington this week.",
            "In 2011, her predecessor, John Kamau, visited the city.",
            "On Wednesday, she will visit the Goddard Space Flight Center.", published: "2025-03-14"))
        let visit = a.events.first { $0.type == .visit && $0.evidence.contains("Goddard") }
        #expect(visit?.participants == ["Mary Wanjiru"])
    }

    @Test func sheSaidGoesToAWoman() {
        let a = ArticleAnalyzer().analyze(article(
            "Foreign Minister Mary Wanjiru met Prime Minister John Kamau on Monday.",
            "“We agreed on everything,” she said."))
        #expect(a.quotes.first?.speaker == "Mary Wanjiru")
    }
}

@Suite struct MeetingDetailTests {
    @Test func aMeetingWithoutAPlaceHappenedInTheArticlesCity() {
        let a = ArticleAnalyzer().analyze(article(
            "President Amara Diallo arrived in Nairobi on Sunday for a two-day state visit.",
            "On Monday, Diallo held talks with President Joseph Mwangi.", published: "2025-03-11"))
        #expect(a.meetings().first { Set($0.participants) == ["Amara Diallo", "Joseph Mwangi"] }?.location == "Nairobi")
    }

    @Test func calledOnIsInPersonEvenBesideAPhoneCall() {
        let a = ArticleAnalyzer().analyze(article(
            "The phone call came a day after Adviser Rui Costa called on President Amara Diallo at the palace on Thursday.",
            published: "2025-03-14"))
        #expect(a.meetings().first { Set($0.participants) == ["Rui Costa", "Amara Diallo"] }?.mode == .inPerson)
    }

    @Test func theMeetingWasAttendedByAddsItsPeople() {
        let a = ArticleAnalyzer().analyze(article(
            "Adviser Rui Costa met President Amara Diallo in Dakar on Thursday.",
            "The meeting was also attended by Aide to the President of Senegal Moussa Ndiaye.", published: "2025-03-14"))
        let m = a.meetings().first { $0.participants.contains("Rui Costa") }
        #expect(m.map { Set($0.participants) } == ["Rui Costa", "Amara Diallo", "Moussa Ndiaye"])
    }
}

@Suite struct NonPartyTests {
    @Test func aSpouseAlongForTheOccasionIsNoParty() {
        let a = ArticleAnalyzer().analyze(article(
            "President Amara Diallo was received by President Joseph Mwangi and his wife Grace Mwangi in Nairobi on Monday.",
            published: "2025-03-11"))
        let m = a.meetings().first
        #expect(m.map { Set($0.participants) } == ["Amara Diallo", "Joseph Mwangi"])
    }

    @Test func aRelativeClauseAfterAPersonTellsTheirStory() {
        let a = ArticleAnalyzer().analyze(article(
            "The office announced the call between Rui Costa, who replaced Ana Lopes last week, and Kenji Tanaka on Monday.",
            published: "2025-03-11"))
        #expect(!a.meetings().contains { $0.participants.contains("Ana Lopes") })
    }
}

@Suite struct SampleShapedTests {
    @Test func theMinistersTalksAndTheirMeetingAreOneMeetingOnTheDayOfTheTalks() {
        let a = ArticleAnalyzer().analyze(article(
            "LOMÉ — Togo and Benin signed an agreement on Wednesday, the foreign ministers of both countries said after talks in Lomé.",
            "Benin's Foreign Minister Ana Sossa, who arrived in Lomé on Tuesday, met Togo's Foreign Minister Kofi Mensah at the palace.",
            published: "2024-03-14"))
        let meetings = a.meetings()
        #expect(meetings.count == 1)
        #expect(meetings.first?.date == "2024-03-13")
    }

    @Test func aLeadsElectionBelongsToTheCountryItsSubjectIsFrom() {
        let a = ArticleAnalyzer().analyze(article(
            "APIA — Tonga's ruling party won Saturday's snap election, taking 15 of the 26 seats.", published: "2024-06-02"))
        #expect(a.events.first { $0.type == .election }?.participants == ["Tonga"])
    }
}

@Suite struct OtherEventPhraseTests {
    @Test func aheadOfAnotherMeetingIsThatMeetingsDateAndPlace() {
        let a = ArticleAnalyzer().analyze(article(
            "Foreign Minister Ana Lopes met Foreign Minister Kenji Tanaka in Lisbon on Monday.",
            "The ministers also discussed debt relief ahead of a meeting of finance ministers in Rome next month.",
            published: "2025-03-14"))
        #expect(!a.meetings().contains { $0.location == "Rome" || $0.date == "2025-04" })
    }
}
