// The timeline and `actor` mark dates alike — "~" for a date resting on an estimated publication
// date, "⚠" where reports disagree — and both explain the marks they use in a legend line.
import Foundation
import Testing

@Suite struct DateMarkTests {
    let workspace: Workspace

    /// The story fixtures plus an undated note whose Friday can only be dated from an estimate.
    init() throws {
        workspace = try Workspace()
        let folder = workspace.folder.appendingPathComponent("desk")
        try FileManager.default.copyItem(atPath: StoryCommandTests.storyArticles, toPath: folder.path)
        let note = """
            Dlamini travels on after Pretoria talks

            South African Foreign Minister Sipho Dlamini met Brazilian Foreign Minister Marcos Ribeiro in Pretoria \
            on Tuesday to discuss trade and shipping.

            Dlamini visited Lisbon on Friday for talks with Portuguese officials, his ministry said.
            """
        try note.write(to: folder.appendingPathComponent("undated-note.txt"), atomically: true, encoding: .utf8)
        let ingest = try workspace.run("ingest", folder.path)
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func theTimelineExplainsItsMarks() throws {
        let lines = try workspace.run("timeline", "--format", "table").stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("~  ") && $0.hasPrefix("20") }, "an estimated date: \(lines)")
        #expect(lines.contains("~  the date rests on a publication date Readout estimated"))
        #expect(lines.contains("⚠  the reports disagree on that field (`readout conflicts`)"))
        #expect(lines.allSatisfy { $0.count <= 140 })
        let json = try workspace.run("timeline", "--format", "json").stdout
        #expect(!json.contains("readout estimated"), "no legend in JSON")
    }

    @Test func actorMarksADisputedDateAsTheTimelineDoes() throws {
        let table = try workspace.run("actor", "Ribeiro", "--format", "table").stdout
        let meeting = try #require(table.split(separator: "\n").first { $0.contains("2025-03-11") && $0.contains("MEET") })
        #expect(meeting.contains("⚠ date"), "\(meeting)")
        #expect(table.contains("⚠  the reports disagree on that field"))

        let profile = try #require(try JSONSerialization.jsonObject(
            with: Data(workspace.run("actor", "Ribeiro", "--format", "json").stdout.utf8)) as? [String: Any])
        let events = try #require(profile["events"] as? [[String: Any]])
        let disputed = try #require(events.first { $0["date"] as? String == "2025-03-11" })
        #expect(disputed["conflicts"] as? [String] == ["date"])
        #expect(disputed["date_inferred"] as? Bool == false)

        let traveller = try workspace.run("actor", "Dlamini", "--format", "table").stdout
        let trip = try #require(traveller.split(separator: "\n").first { $0.contains("VISIT") }, "\(traveller)")
        #expect(trip.contains("~ "), "\(trip)")
        #expect(traveller.contains("~  the date rests on a publication date Readout estimated"))
    }
}
