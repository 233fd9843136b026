import ArgumentParser
import Foundation

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

    @Option(name: .long, help: "Database file.")
    var db: String = "readout.sqlite"

    var resolvedFormat: OutputFormat { format ?? .automatic }
}
