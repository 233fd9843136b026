// `readout eval --by-rule` on an invented corpus with its own gold: each rule's confirmed and unconfirmed
// facts, and what taking an event rule out costs.
import Foundation
import Testing

@Suite struct EvalByRuleTests {
    @Test func eachRuleShowsWhatItMadeAndWhatItIsWorth() throws {
        let workspace = try Workspace()
        let corpus = workspace.folder.appendingPathComponent("corpus/tiny")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try """
        Lopes meets Tanaka

        LISBON, March 10 — Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Lisbon on Monday.

        Prime Minister Kenji Tanaka visited Portugal for the first time.
        """.write(to: corpus.appendingPathComponent("a1.txt"), atomically: true, encoding: .utf8)
        try #"{"published": "2025-03-10"}"#.write(to: corpus.appendingPathComponent("a1.meta.json"), atomically: true, encoding: .utf8)
        let gold = """
        {"corpus": "tiny", "documents": [{"id": "a1", "file": "a1.txt", "published": "2025-03-10",
          "entities": [{"name": "Ana Lopes", "type": "PERSON"}, {"name": "Kenji Tanaka", "type": "PERSON"},
                       {"name": "Lisbon", "type": "GPE"}, {"name": "Portugal", "type": "GPE"}],
          "events": [{"type": "MEET", "status": "occurred", "participants": ["Ana Lopes", "Kenji Tanaka"],
                      "date": "2025-03-10", "location": "Lisbon"}],
          "quotes": []}]}
        """
        let goldFile = workspace.folder.appendingPathComponent("tiny.gold.json")
        try gold.write(to: goldFile, atomically: true, encoding: .utf8)

        let result = try workspace.run("eval", "--gold", goldFile.path, "--corpus", corpus.path, "--by-rule", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rules = try #require(json["rules"] as? [[String: Any]])
        func row(_ id: String) -> [String: Any]? { rules.first { $0["rule"] as? String == id } }
        // The meeting is confirmed and lost without its rule; the visit the gold does not list is unconfirmed.
        #expect(row("meet.clause")?["confirmed"] as? Int == 1)
        #expect(row("meet.clause")?["hits_lost_without"] as? Int == 1)
        #expect(row("visit.traveller")?["unconfirmed"] as? Int == 1)
        #expect(row("visit.traveller")?["false_removed_without"] as? Int == 1)
        #expect(row("entities.titled-person")?["confirmed"] as? Int == 2)

        let table = try workspace.run("eval", "--gold", goldFile.path, "--corpus", corpus.path, "--by-rule")
        #expect(table.stdout.contains("meet.clause"))
        #expect(table.stdout.contains("costs more than it gives"))
    }
}
