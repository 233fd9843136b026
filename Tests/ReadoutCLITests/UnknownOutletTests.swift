// Articles that name no outlet are "unknown outlet", never a source of their own: twelve copies
// of one unattributed article are not twelve outlets, and one text carried by two outlets is one
// source reprinted, said so in the briefing.
import Foundation
import Testing

@Suite struct UnknownOutletTests {
    let workspace: Workspace

    static let body = """
        Lakeland Foreign Minister Ilse Varga met Coastland Foreign Minister Tomas Brenn in Port Alda on \
        Thursday to discuss fishing rights in the shared bay, officials said.

        The two ministers agreed to meet again next month.
        """

    init() throws {
        workspace = try Workspace()
        let folder = workspace.folder.appendingPathComponent("clippings")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Twelve saved copies of one article, no outlet and no date, each under its own headline.
        for n in 1...12 {
            try "Bay talks, clipping \(n)\n\n\(Self.body)\n".write(
                to: folder.appendingPathComponent("clip-\(n).txt"), atomically: true, encoding: .utf8)
        }
        let ingest = try workspace.run("ingest", folder.path)
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func unattributedCopiesAreOneUnknownSourceNotTwelveOutlets() throws {
        let stories = try jsonObjects(try workspace.run("stories", "--format", "json").stdout)
        let story = try #require(stories.first { ($0["documents"] as? [String])?.count == 12 })
        #expect(story["outlets"] as? [String] == [], "no outlet is named: \(story)")
        #expect(story["unattributed_documents"] as? Int == 12)
        let id = try #require(story["id"] as? String)

        let table = try workspace.run("stories", "--format", "table").stdout
        #expect(table.contains("unknown outlet"), "\(table)")

        let brief = try workspace.run("brief", "--story", id)
        #expect(brief.status == 0, "\(brief.stderr)")
        let lines = brief.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("12 articles, none naming its outlet. All 12 carry the same text: one source, reprinted."),
                "\(lines.prefix(4))")
        #expect(!brief.stdout.contains("outlets"), "not '12 articles from 12 outlets'")

        let timeline = try jsonObjects(try workspace.run("timeline", "--format", "json").stdout)
        let meeting = try #require(timeline.first { ($0["participants"] as? [String] ?? []).contains("Ilse Varga") })
        #expect(meeting["outlets"] as? Int == 0, "an unknown outlet is no corroboration: \(meeting)")
        #expect(meeting["reported_by"] as? [String] == [])

        // No made-up outlet names anywhere in JSON.
        for command in [["stories"], ["timeline"], ["brief", "--story", id], ["actor", "Varga"], ["conflicts"]] {
            let json = try workspace.run(arguments: command + ["--format", "json"]).stdout
            #expect(!json.contains("\"document "), "\(command): \(json.prefix(300))")
        }
    }

    @Test func oneTextFromTwoOutletsIsOneSourceReprinted() throws {
        let wire = workspace.folder.appendingPathComponent("wire")
        try FileManager.default.createDirectory(at: wire, withIntermediateDirectories: true)
        for (name, outlet) in [("gazette", "Lakeland Gazette"), ("herald", "Coastland Herald")] {
            try "Ministers discuss the bay (\(outlet))\n\n\(Self.body)\n".write(
                to: wire.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            try #"{"outlet": "\#(outlet)", "published": "2025-09-05"}"#.write(
                to: wire.appendingPathComponent(name + ".meta.json"), atomically: true, encoding: .utf8)
        }
        let ingest = try workspace.run("ingest", "--db", "wire.sqlite", wire.path)
        try #require(ingest.status == 0, "\(ingest.stderr)")

        let timeline = try jsonObjects(try workspace.run("timeline", "--db", "wire.sqlite", "--format", "json").stdout)
        let meeting = try #require(timeline.first { ($0["participants"] as? [String] ?? []).contains("Ilse Varga") })
        #expect(meeting["outlets"] as? Int == 1, "one text, reprinted: \(meeting)")
        #expect(Set(meeting["reported_by"] as? [String] ?? []) == ["Lakeland Gazette", "Coastland Herald"])

        let brief = try workspace.run("brief", "--db", "wire.sqlite", "--story", "1").stdout
        #expect(brief.contains("2 articles from 2 outlets, published 2025-09-05. Both carry the same text: one source, reprinted."),
                "\(brief.prefix(300))")
        #expect(brief.contains("— the same text as source 1"))
    }
}
