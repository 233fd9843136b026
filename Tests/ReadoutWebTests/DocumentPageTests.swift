// The document page reads the article with what Readout found in it marked where it stands: a
// name linked to its actor, a time with the date it resolves to, a quote with its speaker, an event's
// sentence with a link to the event across outlets. The API gives the same marks as offsets.
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import readout
@testable import ReadoutWeb

@Suite struct DocumentPageTests {
    @Test func theTextIsMarkedInlineWithLinksToActorsAndEvents() async throws {
        try await WebFixture.app().test(.router) { client in
            let id = try await documentID(outlet: "Northern Courier", titled: "Osted and Varo meet", client)
            let page = try await client.execute(uri: "/documents/\(id)", method: .get).text
            let text = try #require(page.components(separatedBy: "<article class=\"text\">").dropFirst().first?
                .components(separatedBy: "</article>").first, "\(page)")
            // The name where it stands in the paragraph, linked to the fused actor.
            #expect(text.contains("Veland Foreign Minister <a class=\"m-entity\" href=\"/actors/person:leni-varo\" title=\"Leni Varo (PERSON)\">Leni Varo</a>"),
                    "\(text)")
            #expect(text.contains("<mark class=\"m-time\" title=\"2025-04-07\">on Monday, April 7</mark>"))
            #expect(text.contains("<mark class=\"m-quote\" title=\"quoted: Karl Osted\">We will keep talking &lt;script&gt;"))
            #expect(text.contains("<a class=\"m-event-link\" href=\"/events/osted-varo-2025-04\""), "the event's sentence links to the event")
            #expect(!text.contains("<script"), "the planted quote stays text")

            let detail = try await client.execute(uri: "/api/v1/documents/\(id)", method: .get).json()
            let marks = try #require(detail["marks"] as? [[String: Any]])
            let body = Array((detail["text"] as? String ?? "").unicodeScalars)
            let times = marks.filter { $0["kind"] as? String == "time" }.map { mark -> String in
                var s = ""
                s.unicodeScalars.append(contentsOf: body[(mark["start"] as? Int ?? 0)..<(mark["end"] as? Int ?? 0)])
                return s
            }
            #expect(times.contains("on Monday, April 7"), "offsets count Unicode scalars into text: \(times)")
            #expect(Set(marks.compactMap { $0["kind"] as? String }) == ["entity", "time", "quote", "event"])
        }
    }
}

/// A document's id from the API's listing, by outlet and the start of its title.
func documentID(outlet: String, titled: String, _ client: some TestClientProtocol) async throws -> Int {
    let documents = try await client.execute(uri: "/api/v1/documents", method: .get).json()
    let item = (documents["items"] as? [[String: Any]] ?? []).first {
        $0["outlet"] as? String == outlet && ($0["title"] as? String)?.hasPrefix(titled) == true
    }
    return try #require(item?["id"] as? Int, "no document of \(outlet) titled \(titled): \(documents)")
}
