import Testing
import ReadoutCore
@testable import ReadoutAnalysis

@Suite struct EventExtractorTests {
    @Test func meetingWithDatePlaceAndMode() {
        let a = analyze(article("Kenyan President Amara Odhiambo met Ghanaian Foreign Minister Kwame Asante in Nairobi on Tuesday."),
                        published: "2024-03-14")
        let m = a.meetings()
        #expect(m.count == 1)
        #expect(Set(m.first?.participants ?? []) == ["Amara Odhiambo", "Kwame Asante"])
        #expect(m.first?.date == "2024-03-12")
        #expect(m.first?.location == "Nairobi")
        #expect(m.first?.mode == .inPerson)
        #expect(m.first?.status == .occurred)
    }

    @Test func plannedMeetingIsPlanned() {
        let a = analyze(article("Prime Minister Anika Sorensen will meet Chancellor Markus Hoffmann in Berlin on Friday."))
        let m = a.meetings().first
        #expect(m?.status == .planned)
        #expect(m?.date == "2024-03-15")
    }

    @Test func phoneCallHasPhoneMode() {
        let a = analyze(article("President Ana Ribeiro spoke by phone with her Chilean counterpart Tomás Vidal on Friday."))
        #expect(a.meetings().first?.mode == .phone)
        #expect(Set(a.meetings().first?.participants ?? []) == ["Ana Ribeiro", "Tomás Vidal"])
    }

    @Test func appositionsDescribeParticipantsWithoutJoiningThem() {
        let a = analyze(article(
            "Envoy Daniel Osei, a close adviser to President Kofi Mensah, met Defence Minister Lara Novak in Accra on Monday."))
        #expect(Set(a.meetings().first?.participants ?? []) == ["Daniel Osei", "Lara Novak"])
    }

    @Test func attendeesJoinTheMeetingJustReported() {
        let a = analyze(article(
            "Foreign Minister Hana Suzuki met her counterpart Min-seo Park in Seoul on Monday.",
            "Ambassador Kenji Mori also attended the meeting, as did Deputy Minister Ji-ho Kang."))
        let m = a.meetings()
        #expect(m.count == 1)
        #expect(Set(m.first?.participants ?? []) == ["Hana Suzuki", "Min-seo Park", "Kenji Mori", "Ji-ho Kang"])
    }

    @Test func unnamedOfficialsMeetAsTheirCountries() {
        let a = analyze(article("Indian and Chinese officials held talks in New Delhi this week."))
        #expect(Set(a.meetings().first?.participants ?? []) == ["India", "China"])
    }

    @Test func sanctionsAgreementsVisitsAndElections() {
        let a = analyze(article(
            "Canada imposed sanctions on three Belarusian banks on Monday.",
            "President Amara Odhiambo arrived in Kigali on Tuesday for a state visit.",
            "Vietnam and Indonesia signed an agreement on fisheries.",
            "Voters in Chile head to the polls in the presidential election on Sunday."))
        #expect(a.events.contains { $0.type == .sanction && $0.participants == ["Canada"] })
        #expect(a.events.contains { $0.type == .visit && $0.participants == ["Amara Odhiambo"] && $0.location == "Kigali" })
        #expect(a.events.contains { $0.type == .agree && Set($0.participants) == ["Vietnam", "Indonesia"] })
        #expect(a.events.contains { $0.type == .election })
    }

    @Test func noMeetingWithoutTwoParties() {
        let a = analyze(article("The meeting on Friday came at a sensitive time for the region."))
        #expect(a.meetings().isEmpty)
    }
}

private func analyze(_ a: Article, published: String) -> ArticleAnalysis {
    var a = a
    a.metadata.published = published
    return ArticleAnalyzer().analyze(a)
}
