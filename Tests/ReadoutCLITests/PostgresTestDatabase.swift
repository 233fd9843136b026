// The PostgreSQL server the command tests use (READOUT_TEST_POSTGRES_URL; .ci/run starts one,
// scripts/test-postgres.sh does locally), a new database on it per test, and the articles they ingest.
import Foundation
import ReadoutPostgres
import Testing

let postgresURL = ProcessInfo.processInfo.environment["READOUT_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
let postgresSkipped = Comment(rawValue: "READOUT_TEST_POSTGRES_URL is not set: the PostgreSQL command tests are skipped")

private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The synthetic gold set, and the shared development sets when ../shared is there.
let articleFolders: [String] = ["eval/synthetic/corpus", "../shared/corpus/seeds", "../shared/corpus/dev"]
    .map { repository.appendingPathComponent($0).standardizedFileURL.path }
    .filter { FileManager.default.fileExists(atPath: $0) }

/// A new, empty database on the test server.
func freshPostgresDatabase() throws -> String {
    let server = try PostgresURL(try #require(postgresURL))
    let name = "readout_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    try PostgresStore.createDatabase(name, on: server)
    return server.with(database: name).description
}

