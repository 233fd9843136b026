// Every ArticleStore backend the conformance suite runs against: SQLite always, PostgreSQL when
// READOUT_TEST_POSTGRES_URL names a server (.ci/run starts one; scripts/test-postgres.sh does
// locally). Set but unreachable, every PostgreSQL case fails: a CI that lost its server is red.
import Foundation
import ReadoutPostgres
import ReadoutStore
import Testing

enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// The backends this run tests.
    static var available: [StoreBackend] { PostgresTestServer.url == nil ? [.sqlite] : allCases }

    var testDescription: String { rawValue }

    /// A fresh, empty store (analyzer version "test-1"), and a way to open the same data
    /// again as a later run would.
    func makeStore(in folder: TemporaryFolder, commonKeyLimit: Int = SQLiteStore.defaultCommonKeyLimit) throws
        -> (store: any KeepsFusedRecord, reopen: () throws -> any KeepsFusedRecord) {
        switch self {
        case .sqlite:
            let path = folder.path("conformance-\(UUID().uuidString).sqlite")
            return (try SQLiteStore(path: path, analyzerVersion: "test-1", commonKeyLimit: commonKeyLimit),
                    { try SQLiteStore(path: path, commonKeyLimit: commonKeyLimit) })
        case .postgres:
            let url = try PostgresTestServer.freshDatabase()
            return (try PostgresStore(url: url, analyzerVersion: "test-1", commonKeyLimit: commonKeyLimit),
                    { try PostgresStore(url: url, commonKeyLimit: commonKeyLimit) })
        }
    }
}

/// The server the PostgreSQL tests use, and a new database on it per test.
enum PostgresTestServer {
    static let variable = "READOUT_TEST_POSTGRES_URL"
    static let skipped = "\(variable) is not set: the PostgreSQL tests are skipped (scripts/test-postgres.sh start sets one up)"

    static var url: String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A new, empty database on the server, so tests never see each other's rows.
    static func freshDatabase() throws -> PostgresURL {
        let server = try PostgresURL(try #require(url, "\(variable) is not set"))
        let name = "readout_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try PostgresStore.createDatabase(name, on: server)
        return server.with(database: name)
    }
}
