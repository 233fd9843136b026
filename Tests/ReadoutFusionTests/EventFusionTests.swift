// Event coreference and conflicts across outlets, as a reader of the cross-document record sees them.
import ReadoutCore
import ReadoutFusion
import Testing

@Suite struct EventFusionTests {
    @Test func oneMeetingInThreeOutletsWithOneWrongDateIsOneEventWithOneDateConflict() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("three-outlets-one-wrong-date"))
        let meetings = result.events.filter { $0.type == .meet }
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(Set(meeting.documents) == ["nairobi-1", "addis-2", "gulf-3"])
        #expect(meeting.corroboration == 3)
        #expect(meeting.date == "2024-03-07")
        #expect(Set(meeting.participants) == ["William Ruto", "Abiy Ahmed"])

        #expect(result.conflicts.count == 1)
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.field == .date)
        #expect(conflict.scope == .acrossDocuments)
        #expect(conflict.key == meeting.key)
        #expect(conflict.values == ["2024-03-06": ["gulf-3"], "2024-03-07": ["addis-2", "nairobi-1"]])
        #expect(conflict.sentences.contains { $0.document == "gulf-3" && $0.text.contains("on Wednesday") })
        #expect(conflict.note.contains("Gulf Business Daily"))
    }

    @Test func aDayFilledInFromTheArticlesDateIsNoStatementToContradict() throws {
        // One outlet writes "on Monday"; the other writes no day, and its report carries its publication day.
        let result = Fusion().fuse(documents: try Fixtures.load("filled-in-date"))
        let meetings = result.events.filter { $0.type == .meet }
        #expect(meetings.count == 1)
        #expect(meetings.first?.documents.count == 2)
        #expect(result.conflicts.isEmpty)
    }

    @Test func previewAndLaterReportOfTheSameMeetingAreOneEventWithoutConflict() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("preview-then-report"))
        #expect(result.events.count == 1)
        let meeting = try #require(result.events.first)
        #expect(meeting.documents == ["preview", "report"])
        #expect(Set(meeting.reports.map(\.event.status)) == [.planned, .occurred])
        #expect(meeting.location == "Pretoria")
        #expect(result.conflicts.isEmpty)
    }

    @Test func aSentenceGivingTwoDaysForOneMeetingIsAConflictButArrivalThenMeetingIsNot() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("self-contradiction"))
        #expect(result.conflicts.count == 1)
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.scope == .withinDocument)
        #expect(conflict.field == .date)
        #expect(conflict.values == ["2024-02-05": ["jakarta-1"], "2024-02-06": ["jakarta-1"]])
        #expect(conflict.sentences.first?.text.hasPrefix("On Monday Indonesian") == true)
    }

    @Test func meetingsOfTheSamePairWeeksApartStayTwoEvents() throws {
        var docs = try Fixtures.load("three-outlets-one-wrong-date")
        // The third outlet now reports a meeting a month later, not a misdated one.
        docs[2].analysis.events[0].date = "2024-04-10"
        let result = Fusion().fuse(documents: docs)
        let meetings = result.events.filter { $0.type == .meet }
        #expect(meetings.count == 2)
        #expect(meetings.map(\.documents.count).sorted() == [1, 2])
        #expect(result.conflicts.isEmpty)
    }

    @Test func contractListsMultiSourceEventsWithEachReportsDateAndTheConflict() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("three-outlets-one-wrong-date"))
        let cross = result.contractCrossDocument
        #expect(cross.events.count == 1)
        let event = try #require(cross.events.first)
        #expect(event.type == "MEET")
        #expect(event.reports == ["nairobi-1": "2024-03-07", "addis-2": "2024-03-07", "gulf-3": "2024-03-06"])
        #expect(event.reportStatus["gulf-3"] == "occurred")
        #expect(cross.conflicts.first?.values["2024-03-06"] == ["gulf-3"])
        #expect(cross.entities.contains { $0.name == "William Ruto" && $0.forms.count == 3 })
    }
}

@Suite struct PlaceConflictTests {
    @Test func twoCitiesInDifferentCountriesConflictButAVenueAndItsCityDoNot() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("places"))
        #expect(result.events.filter { $0.documents.count == 2 }.count == 2)
        #expect(result.conflicts.count == 1)
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.field == .location)
        #expect(conflict.values == ["Geneva": ["bern-1"], "Vienna": ["vienna-2"]])
        #expect(result.contractCrossDocument.conflicts.first?.field == "location")
    }

    @Test func aPersonAndTheBodyTheirRoleNamesAreOneSideOfAMeeting() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("role-links"))
        // "The AU Commission and the EU met" = "the EU's Borrell met the AU Commission's chairperson",
        // and = "Borrell met the AU Commission": one meeting, three outlets.
        let meeting = try #require(result.events.first { $0.reports.contains { $0.document == "addis-1" } })
        #expect(Set(meeting.documents) == ["addis-1", "brussels-2", "ndjamena-3"])
        #expect(meeting.reports.count == 3)
        // Faki meeting Abiy the same day shares only Faki's side: another meeting.
        let other = try #require(result.events.first { $0.participants.contains("Abiy Ahmed") })
        #expect(other.documents == ["ndjamena-3"])
        #expect(result.conflicts.isEmpty)
    }

    @Test func aVisitToACityAndToItsCountryTheSameDayIsOneVisitButNotTheNextLeg() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("visit-city-and-country"))
        let visits = result.events.filter { $0.type == .visit }
        #expect(visits.count == 2)
        #expect(visits.contains { Set($0.documents) == ["santiago-1", "madrid-2"] })
        #expect(visits.contains { $0.documents == ["lisbon-3"] })
        #expect(result.conflicts.isEmpty)
    }

    @Test func aPreviewGivingAnotherDayThanTheAccountIsADateConflict() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("preview-other-day"))
        let meeting = try #require(result.events.first)
        #expect(result.events.count == 1)
        #expect(meeting.documents == ["preview-1", "report-2"])
        // The account's day wins the event's date; the preview's Friday is reported against it.
        #expect(meeting.date == "2025-02-13")
        #expect(result.conflicts.count == 1)
        #expect(result.conflicts.first?.values == ["2025-02-13": ["report-2"], "2025-02-14": ["preview-1"]])
    }

    @Test func anAgreementSignedByLeadersNamesTheStatesTheyBindButAMeetingDoesNot() throws {
        let result = Fusion().fuse(documents: try Fixtures.load("agreement-states"))
        let pact = try #require(result.events.first { $0.type == .agree })
        #expect(pact.documents == ["andes-1", "pampa-2"])
        // The signers first, then their countries, so an outlet naming only "Chile and Argentina" matches too.
        #expect(pact.participants == ["Ana Rivas", "Tomas Ledesma", "Chile", "Argentina"])
        let meeting = try #require(result.events.first { $0.type == .meet })
        #expect(meeting.participants == ["Ana Rivas", "Tomas Ledesma"])
        // A story about the pact is titled by its signers, not the states after them.
        #expect(result.stories.contains { $0.title.hasPrefix("Ana Rivas – Tomas Ledesma: ") })
    }
}
