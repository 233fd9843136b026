// Every command reads a PostgreSQL database as it reads an SQLite file: the same articles ingested
// by the real `readout ingest` into both, the listings, every story's timeline, conflicts,
// comparison and briefing, and the actors print the same JSON, read from each backend's fused record.
// Search ranks with each backend's own scoring (FTS5's bm25, PostgreSQL's ts_rank), so for it the
// same documents must be found. Runs when READOUT_TEST_POSTGRES_URL names a server.
import Foundation
import Testing

@Suite(.serialized) struct PostgresCommandTests {
    @Test(.enabled(if: postgresURL != nil, postgresSkipped))
    func everyCommandPrintsOnPostgreSQLWhatItPrintsOnSQLite() throws {
        let workspace = try Workspace()
        let corpora = [StoryCommandTests.storyArticles] + articleFolders
        let server = try freshPostgresDatabase()
        #expect(try workspace.run(arguments: ["ingest"] + corpora).status == 0)
        let ingest = try workspace.run(arguments: ["ingest", "--db", server] + corpora)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("read into postgres://"))

        func expectSame(_ arguments: [String]) throws {
            let sqlite = try workspace.run(arguments: arguments + ["--format", "json"])
            let postgres = try workspace.run(arguments: arguments + ["--format", "json", "--db", server])
            #expect(sqlite.status == 0 && postgres.status == 0, "\(arguments): \(postgres.stderr)")
            #expect(sqlite.stdout == postgres.stdout, "\(arguments.joined(separator: " ")) differs on PostgreSQL")
        }
        try expectSame(["documents", "--limit", "1000"])
        try expectSame(["stories", "--limit", "1000"])
        try expectSame(["timeline"])
        try expectSame(["conflicts"])
        let stories = try jsonObjects(workspace.run("stories", "--limit", "1000", "--format", "json").stdout)
        try #require(stories.count >= 3)
        for story in stories.compactMap({ $0["id"] as? String }) {
            for command in ["timeline", "conflicts", "compare", "brief"] { try expectSame([command, "--story", story]) }
        }
        let timeline = try jsonObjects(workspace.run("timeline", "--format", "json").stdout)
        for name in Set(timeline.flatMap { ($0["participants"] as? [String]) ?? [] }).sorted().prefix(10) {
            try expectSame(["actor", name])
        }

        for query in ["minister", "\"foreign minister\"", "talks -trade"] {
            func keys(_ result: CommandResult) throws -> Set<String> {
                Set(try jsonObjects(result.stdout).compactMap { $0["key"] as? String })
            }
            let sqlite = try workspace.run("search", query, "--limit", "1000", "--format", "json")
            let postgres = try workspace.run("search", query, "--limit", "1000", "--format", "json", "--db", server)
            #expect(try keys(sqlite) == keys(postgres), "search \(query)")
        }
    }
}
