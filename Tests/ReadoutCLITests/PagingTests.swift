// Listings cut by --limit say so on stderr in every format, and `documents` lists by
// publication date (undated last, then in the order stored), as its --help says.
import Foundation
import Testing

@Suite struct PagingTests {
    let workspace: Workspace

    /// Six short articles stored in an order that is not their date order; two are undated.
    init() throws {
        workspace = try Workspace()
        let folder = workspace.folder.appendingPathComponent("desk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dates = ["a-ferry": "2025-05-03", "b-bridge": nil, "c-tunnel": "2025-01-20", "d-port": "2025-05-03",
                     "e-canal": nil, "f-rail": "2024-11-30"]
        for (name, date) in dates {
            let text = """
                Freedonia and Sylvania discuss the \(name.dropFirst(2)) project

                Transport officials of Freedonia and Sylvania met on Friday to discuss the \(name.dropFirst(2)) \
                project and its cost, the two ministries said.
                """
            try text.write(to: folder.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            let meta = date.map { #"{"outlet": "Lakeside Courier", "published": "\#($0)"}"# } ?? #"{"outlet": "Lakeside Courier"}"#
            try meta.write(to: folder.appendingPathComponent(name + ".meta.json"), atomically: true, encoding: .utf8)
        }
        let ingest = try workspace.run("ingest", folder.path)
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    private func keys(_ result: CommandResult) throws -> [String] {
        try jsonObjects(result.stdout).compactMap { $0["key"] as? String }
    }

    @Test func documentsAreListedOldestFirstUndatedLast() throws {
        let result = try workspace.run("documents", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try keys(result) == ["f-rail", "c-tunnel", "a-ferry", "d-port", "b-bridge", "e-canal"])
        #expect(result.stderr.isEmpty, "everything shown, nothing to say: \(result.stderr)")
    }

    @Test func aCutListingSaysSoOnStderrInEveryFormat() throws {
        for format in ["json", "csv", "table", "md"] {
            let result = try workspace.run("documents", "--format", format, "--limit", "4")
            #expect(result.status == 0)
            #expect(result.stderrLines == ["readout: showing 4 of 6 documents; use --limit/--offset"], "\(format)")
        }
        let next = try workspace.run("documents", "--format", "json", "--limit", "4", "--offset", "4")
        #expect(try keys(next) == ["b-bridge", "e-canal"])
        #expect(next.stderrLines == ["readout: showing 2 of 6 documents (5–6); use --limit/--offset"])
    }

    @Test func searchSaysHowManyMatchWhenItShowsFewer() throws {
        let result = try workspace.run("search", "Freedonia", "--format", "json", "--limit", "2")
        #expect(try jsonObjects(result.stdout).count == 2)
        #expect(result.stderrLines == ["readout: showing 2 of 6 matches; use --limit/--offset"])
        let rest = try workspace.run("search", "Freedonia", "--format", "json", "--limit", "10", "--offset", "2")
        #expect(try jsonObjects(rest.stdout).count == 4)
        #expect(rest.stderrLines == ["readout: showing 4 of 6 matches (3–6); use --limit/--offset"])
        let all = try workspace.run("search", "tunnel", "--format", "json")
        #expect(all.stderr.isEmpty)
    }

    @Test func storiesTimelineAndConflictsTakeLimitAndOffset() throws {
        for command in ["stories", "timeline", "conflicts"] {
            let all = try jsonObjects(try workspace.run(command, "--format", "json").stdout)
            let none = try workspace.run(command, "--format", "json", "--limit", "0")
            #expect(none.status == 0, "\(command): \(none.stderr)")
            #expect(try jsonObjects(none.stdout).isEmpty)
            if all.isEmpty {
                #expect(none.stderr.isEmpty, "\(command)")
            } else {
                #expect(none.stderrLines.count == 1 && none.stderr.hasPrefix("readout: showing 0 of "), "\(command): \(none.stderr)")
            }
            let skipped = try workspace.run(command, "--format", "json", "--offset", "1")
            #expect(try jsonObjects(skipped.stdout).count == max(0, all.count - 1), "\(command)")
        }
        let help = try workspace.run("timeline", "--help")
        #expect(help.stdout.contains("--limit") && help.stdout.contains("--offset"))
    }
}
