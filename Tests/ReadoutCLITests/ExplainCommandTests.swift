// `readout extract --explain` and `--without-rule`: what each rule found, sentence by sentence, on an
// invented article written into the test's folder.
import Foundation
import Testing

@Suite struct ExplainCommandTests {
    let workspace: Workspace
    init() throws {
        workspace = try Workspace()
        let text = """
        Lopes and Tanaka sign fisheries accord

        LISBON, March 10 — Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Lisbon on Monday.

        President Amara Diallo declined to meet Tanaka during the trip, his office said.

        “The ocean does not stop at borders,” Lopes said.
        """
        try text.write(to: workspace.folder.appendingPathComponent("accord.txt"), atomically: true, encoding: .utf8)
        try #"{"outlet": "Invented Wire", "published": "2025-03-10"}"#
            .write(to: workspace.folder.appendingPathComponent("accord.meta.json"), atomically: true, encoding: .utf8)
    }

    @Test func eachSentenceShowsWhatItsRulesFound() throws {
        let result = try workspace.run("extract", "--explain", "accord.txt")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Lisbon on Monday."))
        #expect(out.contains("event   MEET occurred in_person: Ana Lopes · Kenji Tanaka  on 2025-03-10  in Lisbon  (trigger “met”)  ← meet.clause"))
        #expect(out.contains("entity  PERSON Ana Lopes — Foreign Minister  ← entities.titled-person"))
        #expect(out.contains("“on Monday” = 2025-03-10  ← times.weekday"))
        #expect(out.contains("quote   Ana Lopes: “The ocean does not stop at borders”  ← quotes.speaker-after"))
        // A refused meeting is shown, as negated, with the rule that read it.
        #expect(out.contains("MEET negated in_person: Amara Diallo · Kenji Tanaka  (trigger “meet”)  ← meet.clause"))
    }

    @Test func aNegatedMeetingIsKeptInJSONButNotAsAFact() throws {
        let result = try workspace.run("extract", "--json", "accord.txt")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let events = ((json?["documents"] as? [[String: Any]])?.first?["events"] as? [[String: Any]]) ?? []
        #expect(events.contains { $0["status"] as? String == "negated" && $0["rule"] as? String == "meet.clause" })
        #expect(events.contains { $0["status"] as? String == "occurred" && ($0["participants"] as? [String]) == ["Ana Lopes", "Kenji Tanaka"] })
    }

    @Test func aRuleCanBeTakenOut() throws {
        let result = try workspace.run("extract", "--explain", "--without-rule", "meet.clause", "accord.txt")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("meet.clause"))
        let unknown = try workspace.run("extract", "--without-rule", "meet.nonsense", "accord.txt")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no event rule 'meet.nonsense'"))
    }
}
