// Article text is untrusted: titles, outlets, bodies, quotes and entity names planted with <script>, onerror= and
// javascript: are shown as text on every page, never run, and every answer forbids scripts.
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import readout
@testable import ReadoutWeb

@Suite struct PageSecurityTests {
    @Test func everyPageShowsPlantedMarkupAsTextAndForbidsScripts() async throws {
        try await WebFixture.app().test(.router) { client in
            let stories = try await client.execute(uri: "/api/v1/stories", method: .get).json()
            let items = try #require(stories["items"] as? [[String: Any]])
            let storyIDs = items.compactMap { $0["id"] as? String }
            let conflicts = try await client.execute(uri: "/api/v1/conflicts", method: .get).json()
            let eventKey = try #require(((conflicts["items"] as? [[String: Any]])?.first?["event"]) as? String, "the planted date conflict")
            let documents = try await client.execute(uri: "/api/v1/documents", method: .get).json()
            let documentIDs = (documents["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
            #expect(documentIDs.count == 6)

            var pages = ["/stories", "/conflicts", "/documents", "/search?q=Dunmore", "/search?q=alert", "/actors/Osted", "/actors/Varo",
                         "/events/\(eventKey)", "/events", "/events?outlet=Bayside%20%3Cimg%20src%3Dx%20onerror%3Dalert(%27outlet%27)%3E%20Post",
                         "/conflicts?actor=Varo"]
            pages += storyIDs.map { "/stories/\($0)" } + documentIDs.map { "/documents/\($0)" }
            var seen = ""
            for page in pages {
                let response = try await client.execute(uri: page, method: .get)
                #expect(response.status == .ok, "\(page): \(response.text)")
                let csp = response.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("script-src 'none'") && csp.contains("default-src 'self'"), "\(page): \(csp)")
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(Hostile.problems(in: response.text).isEmpty, "\(page): \(Hostile.problems(in: response.text))")
                seen += response.text
            }
            // The planted text is there for the reader to see, escaped.
            #expect(seen.contains("Osted and Varo meet in Dunmore &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
            #expect(seen.contains("Bayside &lt;img src=x onerror=alert(&#39;outlet&#39;)&gt; Post"))
            #expect(seen.contains("javascript:alert(&#39;headline&#39;)"))
            #expect(seen.contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;"), "the quote, escaped")
        }
    }

    @Test func entityNamesCarryingMarkupAreShownAsTextOnEveryPage() async throws {
        let router = try ReadoutWebApp.router(source: StoreWebSource(path: HostileNames.database.get()))
        try await Application(router: router).test(.router) { client in
            var pages = ["/stories", "/conflicts", "/events", "/events?actor=person:leni-varo", "/actors/person:leni-varo",
                         "/actors/person:karl-osted", "/events/osted-varo-2025-04", "/search?q=Varo"]
            let stories = try await client.execute(uri: "/api/v1/stories", method: .get).json()
            pages += (stories["items"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? String).map { "/stories/" + $0 } }
            let documents = try await client.execute(uri: "/api/v1/documents", method: .get).json()
            pages += (documents["items"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? Int).map { "/documents/\($0)" } }
            var shown: [String] = []
            for page in pages {
                let response = try await client.execute(uri: page, method: .get)
                #expect(response.status == .ok, "\(page): \(response.text.prefix(300))")
                #expect(Hostile.problems(in: response.text).isEmpty, "\(page): \(Hostile.problems(in: response.text))")
                if response.text.contains(HostileNames.escaped) { shown.append(page) }
            }
            // The name is there to read, escaped, where the actor appears: its page, its network, the
            // story and event it is in, the marked text of the articles naming it.
            for page in ["/actors/person:leni-varo", "/actors/person:karl-osted", "/events/osted-varo-2025-04", "/events"] {
                #expect(shown.contains(page), "\(page) shows the planted name escaped; shown on \(shown)")
            }
            #expect(shown.contains { $0.hasPrefix("/documents/") } && shown.contains { $0.hasPrefix("/stories/") }, "\(shown)")
            // The exports keep it as data: GraphML still parses, with the name as the node's text.
            let graph = GraphMLReader(try await client.execute(uri: "/api/v1/actors/person:karl-osted?format=graphml", method: .get).text)
            #expect(graph.parsed && graph.nodes["person:leni-varo"] == HostileNames.planted, "\(graph.nodes)")
        }
    }

    @Test func errorsAndTheStylesheetCarryTheSameHeaders() async throws {
        try await WebFixture.app().test(.router) { client in
            for uri in ["/stories/story-999", "/no/such/page", "/api/v1/stories?limit=x", "/static/readout.css"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'none'") == true, "\(uri)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
            }
        }
    }

    @Test func offLoopbackATokenIsRequired() async throws {
        try await Application(router: try WebFixture.router(token: "s3cret-token")).test(.router) { client in
            let without = try await client.execute(uri: "/stories", method: .get)
            #expect(without.status == .unauthorized)
            let wrong = try await client.execute(uri: "/api/v1/stories", method: .get, headers: [.authorization: "Bearer nope"])
            #expect(wrong.status == .unauthorized)
            let bearer = try await client.execute(uri: "/api/v1/stories", method: .get, headers: [.authorization: "Bearer s3cret-token"])
            #expect(bearer.status == .ok)
            let query = try await client.execute(uri: "/stories?token=s3cret-token", method: .get)
            #expect(query.status == .ok)
            #expect(query.headers[.setCookie]?.contains("HttpOnly") == true)
        }
        #expect(ReadoutWebApp.isLoopback("127.0.0.1") && ReadoutWebApp.isLoopback("::1") && !ReadoutWebApp.isLoopback("0.0.0.0"))
    }

    @Test func noRequestReadsFilesBesideTheDatabase() async throws {
        try await WebFixture.app().test(.router) { client in
            for uri in ["/static/../Package.swift", "/static/..%2F..%2FPackage.swift", "/static/openapi.json", "/Templates/layout.mustache",
                        "/documents/..%2F..%2Fetc%2Fpasswd"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound || response.status == .badRequest, "\(uri): \(response.status)")
                #expect(!response.text.contains("swift-tools-version") && !response.text.contains("root:"), "\(uri)")
            }
        }
    }
}
