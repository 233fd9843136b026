// The web server over PostgreSQL answers what it answers over SQLite: the fixture articles ingested
// by the real executable into both, then the API's routes — listings filtered every way, a story, an
// event, an actor, a document with its links, the CSV exports — compared byte for byte. Search is
// left out: its scores are each engine's own (the CLI tests check it finds the same documents).
// Runs when READOUT_TEST_POSTGRES_URL names a server (.ci/run starts one).
import Foundation
import Hummingbird
import HummingbirdTesting
import ReadoutPostgres
import Testing
@testable import readout
@testable import ReadoutWeb

private let postgresURL = ProcessInfo.processInfo.environment["READOUT_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

@Suite struct PostgresWebTests {
    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var body: String
    }

    @Test(.enabled(if: postgresURL != nil, "READOUT_TEST_POSTGRES_URL is not set: the PostgreSQL web tests are skipped"))
    func everyRouteAnswersOnPostgreSQLWhatItAnswersOnSQLite() async throws {
        let server = try PostgresURL(try #require(postgresURL))
        let name = "readout_web_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try PostgresStore.createDatabase(name, on: server)
        let database = server.with(database: name).description
        try WebFixture.run(["ingest", "--db", database, WebFixture.articles])

        let routes = [
            "/api/v1/stories", "/api/v1/events", "/api/v1/events?type=VISIT", "/api/v1/events?outlet=Coastal%20Ledger",
            "/api/v1/events?actor=Osted", "/api/v1/events?actor=person:leni-varo", "/api/v1/events?from=2025-06",
            "/api/v1/events?to=2025-05", "/api/v1/events?from=2025-06-05&to=2025-06-30",
            "/api/v1/events?actor=Osted&from=2025-06&outlet=Northern%20Courier", "/api/v1/events?actor=Osted&limit=1&offset=1",
            "/api/v1/events?format=csv", "/api/v1/conflicts", "/api/v1/conflicts?actor=Osted", "/api/v1/conflicts?type=MEET",
            "/api/v1/conflicts?format=csv", "/api/v1/quotes", "/api/v1/quotes?actor=Osted", "/api/v1/quotes?outlet=Coastal%20Ledger",
            "/api/v1/quotes?from=2025-06", "/api/v1/quotes?limit=2&offset=1", "/api/v1/timeline", "/api/v1/documents",
            "/api/v1/actors/osted", "/api/v1/events/visit-osted-2025-06", "/events?actor=Osted", "/conflicts",
        ]
        let sqlite = Application(router: try WebFixture.router())
        let postgres = Application(router: try ReadoutWebApp.router(source: StoreWebSource(path: database)))
        let expected = try await sqlite.test(.router) { client in
            var expected: [String: Answer] = [:]
            for route in routes {
                let response = try await client.execute(uri: route, method: .get)
                expected[route] = Answer(status: response.status, body: response.text)
            }
            // Every story, every document (with its links to actors and events), each story's quotes.
            let stories = try await client.execute(uri: "/api/v1/stories", method: .get).json()["items"] as? [[String: Any]] ?? []
            for id in stories.compactMap({ $0["id"] as? String }) {
                for route in ["/api/v1/stories/\(id)", "/api/v1/quotes?story=\(id)", "/api/v1/events?story=\(id)&type=VISIT"] {
                    let response = try await client.execute(uri: route, method: .get)
                    expected[route] = Answer(status: response.status, body: response.text)
                }
            }
            let documents = try await client.execute(uri: "/api/v1/documents", method: .get).json()["items"] as? [[String: Any]] ?? []
            for id in documents.compactMap({ $0["id"] as? Int }) {
                let response = try await client.execute(uri: "/api/v1/documents/\(id)", method: .get)
                expected["/api/v1/documents/\(id)"] = Answer(status: response.status, body: response.text)
            }
            return expected
        }
        #expect(expected.count > routes.count + 3)
        #expect(expected.values.allSatisfy { $0.status == .ok }, "every route answers on SQLite")
        try await postgres.test(.router) { client in
            for (route, answer) in expected.sorted(by: { $0.key < $1.key }) {
                let response = try await client.execute(uri: route, method: .get)
                #expect(response.status == answer.status, "\(route)")
                #expect(response.text == answer.body, "\(route) differs on PostgreSQL")
            }
        }
    }
}
