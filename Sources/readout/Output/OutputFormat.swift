// Output options shared by listing commands (--format, --db) and the renderers they pick between.
import ArgumentParser
import Foundation
import ReadoutStore

/// How a listing command prints its rows: a table for people, JSON or CSV for programs.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv, md

    /// Table on a terminal, JSON when piped: what a person and a script each expect.
    static var automatic: OutputFormat {
        isatty(STDOUT_FILENO) != 0 ? .table : .json
    }
}

/// Options every listing command shares.
struct ListingOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, csv or md (default: table on a terminal, json otherwise).")
    var format: OutputFormat?

    @Option(name: .long, help: "Database: an SQLite file, or postgres://user@host/database.")
    var db: String = "readout.sqlite"

    var resolvedFormat: OutputFormat { format ?? .automatic }

    /// The database a previous `readout ingest` wrote, opened read-only: reading never creates an
    /// empty one by accident, works on a file the user may not write, and leaves nothing beside it.
    func openExistingStore() throws -> any ArticleStore {
        try StoreOpening.forReading(db)
    }

    /// A command that reads or updates what ingest stored fails with one line when there is nothing yet.
    static func requireDatabase(_ db: String) throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw CommandFailure("no database at \(db); run `readout ingest PATH` first")
        }
    }

    /// Prints rows in the chosen format: `table` and `md` from the Table, `json` from the encodable rows.
    func print<Row: Encodable>(_ rows: [Row], as table: Table) {
        switch resolvedFormat {
        case .table: Swift.print(table.renderText(), terminator: "")
        case .csv:
            // Programs read CSV: give columns the same names as the JSON keys.
            var csv = table
            csv.headers = table.headers.map { $0.lowercased().replacingOccurrences(of: " ", with: "_") }
            Swift.print(csv.renderCSV(), terminator: "")
        case .md: Swift.print(table.renderMarkdown(), terminator: "")
        case .json: Swift.print(JSONOutput.render(rows))
        }
    }
}

enum JSONOutput {
    /// Pretty, key-sorted JSON: stable output that diffs well and reads in a terminal.
    static func render<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
