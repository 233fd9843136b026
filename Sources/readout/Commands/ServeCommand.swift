// `readout serve`: the stored record as web pages and a JSON API (ReadoutWeb), read only.
import ArgumentParser
import Foundation
import ReadoutWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the stored record as web pages and a JSON API.",
        usage: """
        readout serve [--db FILE|URL] [--port 8080] [--host 127.0.0.1]
                      [--token TOKEN]
        """,
        discussion: """
        Reads the database written by `readout ingest` (read only; nothing is
        written) and serves, until stopped with Ctrl-C:

          /stories               stories; /stories/story-N: its timeline
                                 (drawn as SVG), conflicts, who reports what,
                                 each outlet's sentence side by side, quotes,
                                 documents
          /events                events, filtered (story, actor, type, outlet,
                                 from, to); /events/KEY: every outlet's report
          /actors/NAME-OR-ID     roles, events, quotes, who it appears with
          /conflicts             where reports disagree, latest first, with
                                 the sentences
          /documents/N           one article, names, times, quotes and event
                                 sentences marked in its text
          /search?q=WORDS        full-text search with snippets
          /api/v1/...            the same as JSON, and events, timeline,
                                 quotes, compare; /api/v1/openapi.json
                                 describes it

        Listings take ?story=, ?actor=, ?type=, ?outlet=, ?from=, ?to=,
        ?limit= and ?offset=; a wrong value is a 400 saying why. Exports:
        ?format=csv on listings, ?format=md on a story (the briefing),
        ?format=graphml on an actor (its network).

        The pages need no JavaScript and run none: article text is escaped
        and the Content-Security-Policy forbids scripts. The server listens on
        127.0.0.1 unless --host says otherwise; on any other address it
        requires a token (--token, or the READOUT_TOKEN environment variable),
        sent as `Authorization: Bearer TOKEN` or once as ?token=TOKEN.

        Examples:
          readout serve
          readout serve --db archive.sqlite --port 9000
          readout serve --db postgres://readout@db.example/news
          READOUT_TOKEN=s3cret readout serve --host 0.0.0.0
          curl -s localhost:8080/api/v1/stories?limit=5
          curl -s 'localhost:8080/api/v1/events?actor=Varo&type=MEET&from=2025-01'
          curl -s 'localhost:8080/api/v1/conflicts?format=csv' > conflicts.csv
          curl -s 'localhost:8080/api/v1/stories/story-3?format=md' > brief.md
        """)

    @Option(name: .long, help: "Database: an SQLite file, or postgres://user@host/database.")
    var db: String = "readout.sqlite"

    @Option(name: .long, help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(name: .long, help: "Address to listen on; anything but loopback needs a token.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Token every request must show (default: $READOUT_TOKEN).")
    var token: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    /// The token in force: --token, else READOUT_TOKEN; an empty one counts as none.
    var resolvedToken: String? {
        let given = token ?? ProcessInfo.processInfo.environment["READOUT_TOKEN"]
        return given?.isEmpty == false ? given : nil
    }

    func run() async throws {
        try await Diagnostics.run {
            let token = resolvedToken
            if !ReadoutWebApp.isLoopback(host) && token == nil {
                throw CommandFailure("--host \(host) is reachable from other machines; give --token TOKEN (or set READOUT_TOKEN), or serve on 127.0.0.1")
            }
            let source = try StoreWebSource(path: db)
            let (host, db) = (self.host, StoreOpening.displayName(self.db))
            try await ReadoutWebApp.run(source: source, host: host, port: port, token: token) { port in
                StandardError.write("readout: serving \(db) on http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (Ctrl-C stops)\n")
            }
        }
    }
}
