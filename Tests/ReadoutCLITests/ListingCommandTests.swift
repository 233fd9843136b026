// `readout documents` and `readout search` over a database that `readout ingest` wrote,
// in the formats scripts read (JSON, CSV), plus their errors and every command's --help.
import Foundation
import Testing

@Suite struct ListingCommandTests {
    let workspace: Workspace
    init() throws {
        workspace = try Workspace()
        _ = try workspace.run("ingest", Workspace.articles)
    }

    @Test func documentsAsJSONHaveSnakeCaseKeysAndNulls() throws {
        let result = try workspace.run("documents", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try jsonObjects(result.stdout)
        #expect(documents.count == 3)
        #expect(Set(documents[0].keys) == ["id", "key", "source", "outlet", "published", "title", "words"])
        // The dated article first, then the undated ones in the order they were stored.
        #expect(documents.map { $0["key"] as? String } == ["santiago-lithium", "accra-trade", "manila-patrol"])
        #expect(documents.allSatisfy { ($0["words"] as? Int ?? 0) > 40 })
        #expect(documents[1]["title"] as? String == "Ghana and Nigeria agree to cut border delays for traders")
    }

    @Test func documentsAsCSVHaveAHeaderAndOneRowEach() throws {
        let result = try workspace.run("documents", "--format", "csv", "--limit", "2")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "id,outlet,published,title,words")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("3,Wire,2025-06-02,"))
        #expect(result.stderrLines == ["readout: showing 2 of 3 documents; use --limit/--offset"])
    }

    @Test func searchFindsTheArticleAndMarksTheWords() throws {
        let result = try workspace.run("search", "customs post", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let hits = try jsonObjects(result.stdout)
        #expect(hits.map { $0["key"] as? String } == ["accra-trade"])
        let snippet = try #require(hits.first?["snippet"] as? String)
        #expect(snippet.contains("[customs]") && snippet.contains("[post]"))
        #expect(hits.first?["score"] is Double)

        let csv = try workspace.run("search", "\"coast guard\"", "--format", "csv").stdout.split(separator: "\n")
        #expect(csv.first == "id,outlet,published,title,snippet")
        #expect(csv.count == 2 && csv[1].contains("[coast guard]"))

        let none = try workspace.run("search", "volcano", "--format", "json")
        #expect(none.status == 0)
        #expect(try jsonObjects(none.stdout).isEmpty)
    }

    @Test func aLeadingMinusLeavesAWordOrPhraseOut() throws {
        func keys(_ query: String) throws -> [String] {
            try jsonObjects(workspace.run("search", query, "--format", "json").stdout).compactMap { $0["key"] as? String }
        }
        #expect(Set(try keys("minister")) == ["accra-trade", "santiago-lithium"])
        #expect(try keys("minister -Chile") == ["accra-trade"])
        #expect(try keys("minister -\"lithium supply\"") == ["accra-trade"])
        #expect(Set(try keys("minister -volcano")) == ["accra-trade", "santiago-lithium"])
        let onlyOut = try workspace.run("search", "--", "-Chile")
        #expect(onlyOut.status == 1 && onlyOut.stderrLines.count == 1, "\(onlyOut.stderr)")
        let help = try workspace.run("search", "--help").stdout
        #expect(help.contains("a leading minus leaves a word out"))
    }

    @Test func aBrokenQueryIsOneClearLine() throws {
        let result = try workspace.run("search", "(customs AND", "--format", "json")
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("readout: search: cannot read the query"))
    }

    @Test func withoutADatabaseListingSaysToIngestFirst() throws {
        for command in [["documents"], ["search", "trade"]] {
            let result = try workspace.run(arguments: command + ["--db", "elsewhere.sqlite"])
            #expect(result.status == 1)
            #expect(result.stderrLines == ["readout: no database at elsewhere.sqlite; run `readout ingest PATH` first"])
            #expect(!FileManager.default.fileExists(atPath: workspace.path("elsewhere.sqlite")))
        }
    }

    @Test(arguments: ["ingest", "documents", "search"])
    func helpShowsExamples(command: String) throws {
        let result = try workspace.run(command, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("readout \(command) "))
    }
}
