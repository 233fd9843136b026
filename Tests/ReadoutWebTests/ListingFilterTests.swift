// The filtered listings over the real store of the fixture articles (invented: Ferland and Veland's
// ministers meet in Dunmore in April, Veland sanctions Orvik on 2 June, Osted visits Calder on 10
// or 11 June as two outlets disagree): each filter keeps what a reader asking for it expects, pages
// keep the filter and the total, and a wrong value is a 400 naming the parameter.
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import readout
@testable import ReadoutWeb

@Suite struct ListingFilterTests {
    @Test func eventsAreFilteredByTypeOutletActorDatesAndStory() async throws {
        try await WebFixture.app().test(.router) { client in
            func keys(_ query: String) async throws -> (keys: [String], total: Int?) {
                let page = try await client.execute(uri: "/api/v1/events" + query, method: .get).json()
                return ((page["items"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }, page["total"] as? Int)
            }
            let all = try await keys("")
            #expect(all.total == 3 && all.keys.count == 3, "the meeting, the sanctions, the visit: \(all)")
            #expect(try await keys("?type=VISIT").keys == ["visit-osted-2025-06"])
            #expect(try await keys("?type=sanction").keys.first?.hasPrefix("sanction-") == true, "the type in any case")
            #expect(try await keys("?outlet=Coastal%20Ledger").keys == ["visit-osted-2025-06"])
            #expect(try await keys("?actor=Osted").keys == ["osted-varo-2025-04", "visit-osted-2025-06"])
            #expect(try await keys("?actor=person:leni-varo").keys == ["osted-varo-2025-04"], "an actor by id")
            #expect(try await keys("?from=2025-06").keys.count == 2)
            #expect(try await keys("?to=2025-05").keys == ["osted-varo-2025-04"])
            #expect(try await keys("?from=2025-06-05&to=2025-06-30").keys == ["visit-osted-2025-06"])
            #expect(try await keys("?actor=Osted&from=2025-06&outlet=Northern%20Courier").keys == ["visit-osted-2025-06"])
            #expect(try await keys("?type=ELECTION&actor=Osted").total == 0)

            // A story's events, filtered the same way.
            let story = try await storyID(of: "visit-osted-2025-06", client)
            #expect(try await keys("?story=\(story)").keys == ["visit-osted-2025-06"])
            #expect(try await keys("?story=\(story)&type=MEET").total == 0)

            // Pages of a filtered listing: the total stays, the rows move on, the page links keep the filter.
            let second = try await keys("?actor=Osted&limit=1&offset=1")
            #expect(second.keys == ["visit-osted-2025-06"] && second.total == 2, "\(second)")
            let page = try await client.execute(uri: "/events?actor=Osted&limit=1", method: .get).text
            #expect(page.contains("href=\"/events?actor=Osted&amp;limit=1&amp;offset=1\""), "the next page keeps the filter")
            #expect(page.contains("Karl Osted – Leni Varo meeting") && !page.contains("sanctions</a>"), "the page lists what the API does")
        }
    }

    @Test func badFilterValuesAre400WithTheReasonAndUnknownNames404() async throws {
        try await WebFixture.app().test(.router) { client in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("/api/v1/events?type=PARADE", .badRequest, "type must be one of MEET"),
                ("/api/v1/events?from=2025-13", .badRequest, "from must be a date"),
                ("/api/v1/events?to=2025-02-30", .badRequest, "to must be a date"),
                ("/api/v1/events?from=June", .badRequest, "from must be a date"),
                ("/api/v1/events?from=2025-07&to=2025-06", .badRequest, "from (2025-07) is after to (2025-06)"),
                ("/api/v1/events?outlets=Coastal", .badRequest, "unknown parameter \"outlets\""),
                ("/api/v1/events?story=tuesday", .badRequest, "is not a story id"),
                ("/api/v1/events?format=xml", .badRequest, "format must be json or csv"),
                ("/api/v1/timeline?limit=500", .badRequest, "limit must be a whole number from 1 to 200"),
                ("/api/v1/quotes?type=MEET", .badRequest, "unknown parameter \"type\""),
                ("/api/v1/conflicts?from=yesterday", .badRequest, "from must be a date"),
                ("/api/v1/compare", .badRequest, "story is required"),
                ("/api/v1/stories/story-1?format=pdf", .badRequest, "format must be json or md"),
                ("/api/v1/events?actor=Nobody%20Anywhere", .notFound, "no actor matches"),
                ("/api/v1/quotes?story=story-999", .notFound, "no story story-999"),
                ("/api/v1/compare?story=story-999", .notFound, "no story story-999"),
            ]
            for (uri, status, reason) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == status, "\(uri): \(response.status) \(response.text)")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true, "\(uri)")
                let error = try response.json()["error"] as? [String: Any]
                #expect((error?["reason"] as? String)?.contains(reason) == true, "\(uri): \(response.text)")
            }
            let page = try await client.execute(uri: "/events?type=PARADE", method: .get)
            #expect(page.status == .badRequest && page.text.contains("type must be one of") && page.text.contains("<html"))
            // The page's form sends its empty fields too: they filter nothing.
            let form = try await client.execute(uri: "/events?story=&actor=&type=&outlet=&from=&to=", method: .get)
            #expect(form.status == .ok && form.text.contains("Showing 1–3 of 3"), "\(form.status) \(form.text.prefix(500))")
            let api = try await client.execute(uri: "/api/v1/events?actor=&outlet=", method: .get).json()
            #expect(api["total"] as? Int == 3)
        }
    }

    @Test func theTimelineGroupsEventsByDay() async throws {
        try await WebFixture.app().test(.router) { client in
            let timeline = try await client.execute(uri: "/api/v1/timeline?actor=Osted", method: .get).json()
            let days = try #require(timeline["days"] as? [[String: Any]])
            #expect(days.map { $0["date"] as? String } == ["2025-04-07", "2025-06-10"], "\(days)")
            #expect(days.allSatisfy { ($0["events"] as? [Any])?.count == 1 } && timeline["total"] as? Int == 2)
        }
    }

    @Test func conflictsComeLatestFirstAndFilter() async throws {
        try await WebFixture.app().test(.router) { client in
            let all = try await client.execute(uri: "/api/v1/conflicts", method: .get).json()
            let events = (all["items"] as? [[String: Any]] ?? []).compactMap { $0["event"] as? String }
            #expect(events == ["visit-osted-2025-06", "osted-varo-2025-04"], "the June visit before the April meeting: \(events)")
            let april = try await client.execute(uri: "/api/v1/conflicts?to=2025-04", method: .get).json()
            #expect((april["items"] as? [[String: Any]])?.compactMap { $0["event"] as? String } == ["osted-varo-2025-04"])
            let ledger = try await client.execute(uri: "/api/v1/conflicts?outlet=Coastal%20Ledger", method: .get).json()
            #expect(ledger["total"] as? Int == 1)

            // The page says the same, each conflict with the sentences of both sides.
            let page = try await client.execute(uri: "/conflicts", method: .get).text
            let visit = try #require(page.range(of: "Karl Osted visit to Calder"), "\(page)")
            let meeting = try #require(page.range(of: "Karl Osted – Leni Varo meeting"))
            #expect(visit.lowerBound < meeting.lowerBound, "latest first on the page too")
            #expect(page.contains("on Wednesday, June 11") && page.contains("on Tuesday, June 10"))
        }
    }

    @Test func quotesAreFilteredBySpeakerStoryOutletAndDate() async throws {
        try await WebFixture.app().test(.router) { client in
            func texts(_ query: String) async throws -> [String] {
                let page = try await client.execute(uri: "/api/v1/quotes" + query, method: .get).json()
                return (page["items"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            }
            #expect(try await texts("").count == 4, "every attributed quote")
            #expect(Set(try await texts("?actor=Varo")) == ["The smuggling ends now", "The bay belongs to both our peoples"])
            #expect(try await texts("?actor=Osted&from=2025-06") == ["Our boats will sail again"])
            #expect(try await texts("?outlet=Harbour%20Times") == ["The smuggling ends now"])
            let story = try await storyID(of: "osted-varo-2025-04", client)
            let inStory = try await texts("?story=\(story)")
            #expect(inStory.count == 2 && inStory.contains("The bay belongs to both our peoples"), "\(inStory)")
            let one = try await client.execute(uri: "/api/v1/quotes?actor=Varo", method: .get).json()
            let item = try #require((one["items"] as? [[String: Any]])?.first)
            #expect((item["speaker"] as? [String: Any])?["href"] as? String == "/actors/person:leni-varo")
            #expect((item["document"] as? [String: Any])?["outlet"] != nil)
        }
    }

    @Test func compareShowsEachOutletsWordingOfTheSameEvent() async throws {
        try await WebFixture.app().test(.router) { client in
            let story = try await storyID(of: "visit-osted-2025-06", client)
            let comparison = try await client.execute(uri: "/api/v1/compare?story=\(story)", method: .get).json()
            #expect(Set(comparison["outlets"] as? [String] ?? []) == ["Northern Courier", "Coastal Ledger"], "\(comparison)")
            let accounts = try #require((comparison["accounts"] as? [[String: Any]])?.first?["accounts"] as? [[String: Any]])
            let sentences = Dictionary(accounts.map { ($0["outlet"] as? String ?? "", $0["sentence"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
            #expect(sentences["Northern Courier"]?.contains("on Tuesday, June 10") == true, "\(accounts)")
            #expect(sentences["Coastal Ledger"]?.contains("his first since the spring talks") == true, "\(accounts)")
            #expect(accounts.contains { $0["is_different"] as? Bool == true }, "the odd date is flagged")

            // The story page puts the two sentences side by side and lists the quotes with their speakers.
            let page = try await client.execute(uri: "/stories/\(story)", method: .get).text
            let section = page.components(separatedBy: "How each outlet words it").dropFirst().first ?? ""
            #expect(section.contains("on Tuesday, June 10") && section.contains("on Wednesday, June 11"), "\(section.prefix(1500))")
            #expect(page.contains("Our boats will sail again") && page.contains("<a href=\"/actors/person:karl-osted\">Karl Osted</a>"))
        }
    }
}

/// The id of the story listing an event, from the API.
func storyID(of eventKey: String, _ client: some TestClientProtocol) async throws -> String {
    let stories = try await client.execute(uri: "/api/v1/stories", method: .get).json()
    for item in stories["items"] as? [[String: Any]] ?? [] {
        let id = item["id"] as? String ?? ""
        let detail = try await client.execute(uri: "/api/v1/stories/\(id)", method: .get).json()
        if (detail["events"] as? [[String: Any]])?.contains(where: { $0["key"] as? String == eventKey }) == true { return id }
    }
    Issue.record("no story lists \(eventKey)")
    return "story-0"
}
