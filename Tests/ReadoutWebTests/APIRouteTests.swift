// The JSON API over a real store: stories paged, a story with its events and conflicts, an event
// with each outlet's report, actors, documents, search, and the 400/404 answers with reasons.
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import readout
@testable import ReadoutWeb

@Suite struct APIRouteTests {
    @Test func storiesArePagedWithTheirTotal() async throws {
        try await WebFixture.app().test(.router) { client in
            let all = try await client.execute(uri: "/api/v1/stories", method: .get).json()
            #expect(all["total"] as? Int == 4, "the Dunmore meeting, the election, the sanctions and the visit: \(all)")
            let first = try await client.execute(uri: "/api/v1/stories?limit=1", method: .get).json()
            let second = try await client.execute(uri: "/api/v1/stories?limit=1&offset=1", method: .get).json()
            let a = (first["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            let b = (second["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            #expect(a.count == 1 && b.count == 1 && a != b, "\(a) \(b)")
            #expect(first["total"] as? Int == 4 && second["offset"] as? Int == 1)
            // The page links to the next one.
            let page = try await client.execute(uri: "/stories?limit=1", method: .get).text
            #expect(page.contains("href=\"/stories?limit=1&amp;offset=1\""), "\(page)")
        }
    }

    @Test func aStoryHasItsEventsConflictsAndOutlets() async throws {
        try await WebFixture.app().test(.router) { client in
            let detail = try await storyOfTheMeeting(client)
            let outlets = detail["outlets"] as? [String] ?? []
            #expect(outlets.contains("Northern Courier") && outlets.contains("Bayside <img src=x onerror=alert('outlet')> Post"), "\(outlets)")
            let events = try #require(detail["events"] as? [[String: Any]])
            let meeting = try #require(events.first { $0["type"] as? String == "MEET" }, "\(events)")
            let names = (meeting["participants"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(names.contains("Karl Osted") && names.contains("Leni Varo"), "\(names)")
            #expect(meeting["disputed"] as? Bool == true && (meeting["conflicts"] as? [String]) == ["date"])
            let conflicts = try #require(detail["conflicts"] as? [[String: Any]])
            let statement = conflicts.first?["statement"] as? String ?? ""
            #expect(statement.contains("6 April 2025") && statement.contains("7 April 2025"), "\(statement)")
            #expect((detail["event_coverage"] as? [[String: Any]])?.isEmpty == false)

            // The story page draws the timeline and states the conflict.
            let id = try #require((detail["story"] as? [String: Any])?["id"] as? String)
            let page = try await client.execute(uri: "/stories/\(id)", method: .get).text
            #expect(page.contains("<svg") && page.contains("stroke=\"#b3261e\""), "a disputed event is ringed on the timeline")
            #expect(page.contains("Karl Osted – Leni Varo meeting") || page.contains("Leni Varo – Karl Osted meeting"))
            #expect(page.contains("6 April 2025") && page.contains("7 April 2025"))
        }
    }

    @Test func anEventShowsEveryOutletsReport() async throws {
        try await WebFixture.app().test(.router) { client in
            let detail = try await storyOfTheMeeting(client)
            let key = try #require((detail["events"] as? [[String: Any]])?.first { $0["type"] as? String == "MEET" }?["key"] as? String)
            let event = try await client.execute(uri: "/api/v1/events/\(key)", method: .get).json()
            let reports = try #require(event["reports"] as? [[String: Any]])
            #expect(Set(reports.compactMap { $0["date"] as? String }) == ["2025-04-06", "2025-04-07"], "\(reports)")
            #expect(reports.contains { ($0["sentence"] as? String)?.contains("on Sunday, April 6") == true })
            let page = try await client.execute(uri: "/events/\(key)", method: .get).text
            #expect(page.contains("class=\"report differs\""), "the odd report is highlighted")
            // Each outlet's own date side by side, the odd one's sentence quoted.
            #expect(page.contains("2025-04-06") && page.contains("2025-04-07") && page.contains("on Sunday, April 6"))
        }
    }

    @Test func actorsDocumentsAndSearch() async throws {
        try await WebFixture.app().test(.router) { client in
            let actor = try await client.execute(uri: "/api/v1/actors/osted", method: .get).json()
            #expect(actor["name"] as? String == "Karl Osted")
            #expect((actor["events"] as? [[String: Any]])?.contains { $0["type"] as? String == "MEET" } == true)
            #expect((actor["quotes"] as? [[String: Any]])?.isEmpty == false, "\(actor)")
            let byID = try await client.execute(uri: "/api/v1/actors/\(actor["id"] as? String ?? "")", method: .get)
            #expect(byID.status == .ok)

            let hits = try await client.execute(uri: "/api/v1/search?q=ferry", method: .get).json()
            let items = try #require(hits["items"] as? [[String: Any]])
            #expect(items.count == 2, "\(hits)")
            #expect((items.first?["snippet"] as? String)?.lowercased().contains("[ferry]") == true)
            let page = try await client.execute(uri: "/search?q=ferry", method: .get).text
            #expect(page.lowercased().contains("<mark>ferry</mark>"))

            let id = try #require((items.first?["document"] as? [String: Any])?["id"] as? Int)
            let document = try await client.execute(uri: "/api/v1/documents/\(id)", method: .get).json()
            #expect((document["paragraphs"] as? [String])?.joined().contains("ferry") == true)
            #expect((document["events"] as? [[String: Any]])?.isEmpty == false)
        }
    }

    @Test func unknownIdsAre404AndBadParameters400WithTheReason() async throws {
        try await WebFixture.app().test(.router) { client in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("/api/v1/stories/story-999", .notFound, "no story story-999"),
                ("/api/v1/events/no-such-event", .notFound, "no event"),
                ("/api/v1/actors/Nobody%20Anywhere", .notFound, "no actor"),
                ("/api/v1/documents/999", .notFound, "no document 999"),
                ("/api/v1/nothing", .notFound, "no page at /api/v1/nothing"),
                ("/api/v1/stories/story-x", .badRequest, "not a story id"),
                ("/api/v1/stories?limit=abc", .badRequest, "limit"),
                ("/api/v1/stories?limit=0", .badRequest, "limit"),
                ("/api/v1/conflicts?offset=-1", .badRequest, "offset"),
                ("/api/v1/documents/abc", .badRequest, "not a document id"),
                ("/api/v1/search", .badRequest, "q is required"),
                ("/api/v1/search?q=%22unclosed", .badRequest, "query"),
            ]
            for (uri, status, reason) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == status, "\(uri): \(response.status) \(response.text)")
                let error = try response.json()["error"] as? [String: Any]
                #expect((error?["reason"] as? String)?.contains(reason) == true, "\(uri): \(response.text)")
            }
            // Pages answer with a page saying why.
            let missing = try await client.execute(uri: "/stories/story-999", method: .get)
            #expect(missing.status == .notFound && missing.text.contains("no story story-999") && missing.text.contains("<html"))
            let bad = try await client.execute(uri: "/conflicts?limit=many", method: .get)
            #expect(bad.status == .badRequest && bad.text.contains("limit must be a whole number"))
        }
    }

    private func storyOfTheMeeting(_ client: some TestClientProtocol) async throws -> [String: Any] {
        let stories = try await client.execute(uri: "/api/v1/stories", method: .get).json()
        for item in stories["items"] as? [[String: Any]] ?? [] {
            let detail = try await client.execute(uri: "/api/v1/stories/\(item["id"] as? String ?? "")", method: .get).json()
            if (detail["events"] as? [[String: Any]])?.contains(where: { $0["type"] as? String == "MEET" }) == true { return detail }
        }
        Issue.record("no story with the planted conflict: \(stories)")
        return [:]
    }
}
