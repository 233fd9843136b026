// Stories, inferred publication dates for undated articles, and source comparison.
import ReadoutCore
import ReadoutFusion
import Testing

@Suite struct StoryAndDateTests {
    @Test func unrelatedTopicsBecomeTwoTitledStories() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("two-topics"))
        #expect(result.stories.count == 2)
        let stories = Set(result.stories.map { Set($0.documents) })
        #expect(stories == [["tokyo-1", "manila-2"], ["oslo-3", "reykjavik-4"]])
        let fisheries = try #require(result.stories.first { $0.documents.contains("oslo-3") })
        #expect(fisheries.title.contains("Solberg") || fisheries.title.contains("Thorsson"))
        #expect(fisheries.title.contains(": meeting, "))
        #expect(fisheries.title.hasSuffix("Jul 2024"))
        // "Tromsø" and "Tromso": one place, so one meeting.
        #expect(result.events.filter { $0.type == .meet }.count == 1)
    }

    @Test func aBodyNamedByACommonNounLinksNoStory() throws {
        // Each article's "foreign ministry" and "presidential office" are its own country's: two stories.
        let result = Fusion().fuse(documents: try Fixtures.load("common-noun-bodies"))
        #expect(result.stories.count == 2)
    }

    @Test func undatedArticleGetsADateFromItsStoryAndItsRelativeDatesResolved() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("undated-in-story"))
        let inferred = try #require(result.inferredDates.first)
        #expect(result.inferredDates.count == 1)
        #expect(inferred.document == "undated-3")
        // Written after the Wednesday 2 October meeting, within the week that calls it "Wednesday".
        #expect(inferred.date >= "2024-10-02")
        #expect(inferred.date <= "2024-10-08")
        #expect(inferred.earliest == "2024-10-02")

        let doc = try #require(result.documents.first { $0.article.id == "undated-3" })
        #expect(doc.article.metadata.published == inferred.date)
        #expect(doc.article.metadata.publishedSource == .inferred)
        #expect(doc.analysis.events.first { $0.type == .meet }?.date == "2024-10-02")
        let trip = try #require(doc.analysis.events.first { $0.type == .visit })
        let tripDate = try #require(trip.date)
        #expect(tripDate > inferred.date)
        #expect(tripDate <= "2024-10-12")
        #expect(doc.analysis.times.allSatisfy { $0.value != nil })

        let meeting = try #require(result.events.first { $0.type == .meet })
        #expect(meeting.documents.count == 3)
        #expect(meeting.reports.first { $0.document == "undated-3" }?.event.date == "2024-10-02")
        #expect(result.conflicts.isEmpty)
        #expect(result.contractDocuments.first { $0.id == "undated-3" }?.publishedSource == "inferred")
    }

    @Test func theCallersAnalyzerReanalyzesTheUndatedArticle() throws {
        var calls: [(String, String)] = []
        let result = Fusion().fuse(documents: try Fixtures.load("undated-in-story")) { article, published in
            calls.append((article.id, published))
            #expect(article.metadata.published == published)
            var analysis = ArticleAnalysis()
            analysis.entities = [Entity(id: "x", name: "Badr Abdelatty", type: .person)]
            return analysis
        }
        #expect(calls.count == 1)
        #expect(calls.first?.0 == "undated-3")
        #expect(calls.first?.1 == result.inferredDates.first?.date)
        #expect(result.documents.first { $0.article.id == "undated-3" }?.analysis.events.isEmpty == true)
    }

    @Test func distinctiveWordingForTheSameElectionIsFoundByComparingOutlets() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("election-wording"))
        let election = try #require(result.events.first { $0.type == .election })
        #expect(election.documents.count == 2)
        let comparison = try #require(result.comparisons.first)
        #expect(comparison.outlets == ["Dniester Courier", "Volga Telegraph"])
        let wording = comparison.wording.filter { $0.item == election.id }
        let courier = wording.first { $0.outlet == "Dniester Courier" }?.terms ?? []
        let telegraph = wording.first { $0.outlet == "Volga Telegraph" }?.terms ?? []
        #expect(courier.contains { $0.contains("presidential runoff") })
        #expect(telegraph.contains { $0.contains("head of state") || $0.contains("second round") })
        #expect(!telegraph.contains { $0.contains("presidential") })
        // Names: one outlet calls her "the incumbent", the other "Sandu".
        let sandu = comparison.wording.filter { $0.subject == .entity && $0.label == "Maia Sandu" }
        #expect(sandu.contains { $0.outlet == "Volga Telegraph" && $0.terms == ["the incumbent"] })
        // Coverage matrix: both outlets report the election, neither leaves it out.
        let row = try #require(comparison.coverage.first { $0.item == election.id })
        #expect(row.missingFrom.isEmpty)
        #expect(row.reportedBy["Volga Telegraph"] == "occurred 2024-11-03")
    }

    @Test func anOlderArticleSharingNamesWithALaterStoryIsDatedByItsOwnEvidence() throws {
        // The undated piece expects the November summit ("next month", "If ... do meet in
        // November") that the March articles report as past: it was written in October, not March.
        let result = Fusion().fuse(documents: try Fixtures.load("older-article-in-story"))
        let inferred = try #require(result.inferredDates.first { $0.document == "undated-3" })
        #expect(inferred.earliest == "2024-10-01")
        #expect(inferred.latest == "2024-10-31")
        #expect(inferred.date.hasPrefix("2024-10-"))
        #expect(inferred.reason.contains("still expects"))

        // Re-resolved against October, its "in November" is the summit the others report.
        let summit = try #require(result.events.first { $0.type == .meet && $0.date == "2024-11" })
        #expect(Set(summit.documents) == ["brasilia-1", "undated-3"])
        #expect(summit.reports.first { $0.document == "undated-3" }?.event.date == "2024-11")
        let visit = try #require(result.events.first { $0.type == .meet && $0.date == "2025-03-11" })
        #expect(Set(visit.documents) == ["brasilia-1", "baires-2"])
        #expect(result.conflicts.isEmpty)
        // Five months apart: not one story any more.
        #expect(!result.stories.contains { Set($0.documents).isSuperset(of: ["undated-3", "brasilia-1"]) })
    }

    @Test func theOfficesAnUndatedArticleGivesPeopleFixItsYear() throws {
        // Its story's other report is from 2026, but "Prime Minister Theresa May" and "Secretary of State Mike
        // Pompeo" were both in office only in 2018 and 2019: the meeting "on June 8" is one of those years'.
        let result = Fusion().fuse(documents: try Fixtures.load("office-terms"))
        let estimate = try #require(result.inferredDates.first { $0.document == "undated-visit" })
        #expect(estimate.date.hasPrefix("2018") || estimate.date.hasPrefix("2019"))
        #expect(estimate.reason.contains("in office"))
    }

    @Test func datesWithoutAYearPlaceAnUndatedArticleFarFromItsStory() throws {
        // Both undated pieces share names with an August report, but their own year-less dates say otherwise.
        let result = Fusion().fuse(documents: try Fixtures.load("yearless-dates"))
        // A visit "next week" holding talks "on June 11" (a Wednesday in 2025): written the week before.
        let preview = try #require(result.inferredDates.first { $0.document == "undated-preview" })
        #expect(preview.earliest == "2025-06-02")
        #expect(preview.latest == "2025-06-08")
        #expect(preview.date >= "2025-06-04" && preview.date <= "2025-06-06")
        #expect(preview.reason.contains("\"next week\" holds"))
        #expect(preview.reason.contains("lie outside what its own evidence allows"))
        // Talks "on January 20" reported as held and a visit "on April 30" still expected: written between them,
        // not in August, when April 30 would be the next year's.
        let recap = try #require(result.inferredDates.first { $0.document == "undated-recap" })
        #expect(recap.earliest == "2025-01-20")
        #expect(recap.latest == "2025-04-30")
        #expect(recap.date > "2025-02-15" && recap.date < "2025-04-05")
        #expect(recap.reason.contains("expects \"on April 30\", given without a year"))
    }
}


@Suite struct StoryTitleTests {
    /// The spokeswoman is quoted in both reports and mentioned nowhere else, so she ranks above a
    /// minister who also appears in another story; the title still names the two who met.
    @Test func aTitleNamesOnlyTheParticipantsOfTheMainEventAndItsKind() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("story-title"))
        let story = try #require(result.stories.first { $0.documents.contains("dunmore-1") })
        #expect(story.documents == ["dunmore-1", "dunmore-2"])
        #expect(story.title == "Karl Osted – Leni Varo: meeting, Mar 2024", "\(story.title)")
        #expect(!story.title.contains("Dahl"))
        let other = try #require(result.stories.first { $0.documents == ["autumn-3"] })
        #expect(other.title == "Leni Varo, Sep 2024", "no event: the story's main person and month")
    }
}
