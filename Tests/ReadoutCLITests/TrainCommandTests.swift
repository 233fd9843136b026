// `readout train --cross-validate` on two invented gold sets: the left-out table and the model file.
import Foundation
import Testing

@Suite struct TrainCommandTests {
    @Test func crossValidationPrintsEverySetAndWritesTheModel() throws {
        let workspace = try Workspace()
        var golds: [String] = []
        for (set, sentence) in [("alpha", "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Lisbon on Monday."),
                                ("beta", "President Amara Diallo held talks with President Joseph Mwangi in Nairobi on Monday.")] {
            let corpus = workspace.folder.appendingPathComponent("corpus/\(set)")
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            try "Talks\n\n\(sentence)\n".write(to: corpus.appendingPathComponent("\(set)1.txt"), atomically: true, encoding: .utf8)
            try #"{"published": "2025-03-11"}"#.write(to: corpus.appendingPathComponent("\(set)1.meta.json"), atomically: true, encoding: .utf8)
            let people = set == "alpha" ? ["Ana Lopes", "Kenji Tanaka"] : ["Amara Diallo", "Joseph Mwangi"]
            let gold = """
            {"corpus": "\(set)", "documents": [{"id": "\(set)1", "file": "\(set)1.txt", "published": "2025-03-11",
              "entities": [], "quotes": [],
              "events": [{"type": "MEET", "status": "occurred", "participants": ["\(people[0])", "\(people[1])"], "date": "2025-03-10"}]}]}
            """
            let file = workspace.folder.appendingPathComponent("eval/\(set).gold.json")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try gold.write(to: file, atomically: true, encoding: .utf8)
            golds.append(file.path)
        }
        let out = workspace.folder.appendingPathComponent("model.json")
        let result = try workspace.run("train", "--gold", golds[0], "--gold", golds[1], "--cross-validate", "--output", out.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Leave one set out"))
        #expect(result.stdout.contains("alpha") && result.stdout.contains("beta"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
        #expect(json["trainedOn"] as? [String] == ["alpha", "beta"])
        #expect(json["enabled"] is Bool)
        #expect((json["crossValidation"] as? [String: Any])?.count == 2)
    }
}
