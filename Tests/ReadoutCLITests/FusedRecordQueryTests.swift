// The cross-article commands read the fused record kept in the store (only the rows they show);
// `--in-memory` fuses every stored article at once, as the commands did before. On a real database
// that the real `readout ingest` wrote — Fixtures/stories, and the shared seeds and dev sets when
// ../shared is there — both must print the same: every story listed, every timeline, conflict
// listing, comparison and briefing of every story, and the actors.
//
// Two things the record cannot know and fusing everything at once does, so they are left out of
// the comparison: an organisation named differently in two neighbourhoods ("Communist Party",
// "Chinese Communist Party") is one entity only when both are fused together, which changes who an
// actor appears with and a story's top entities; and a person's roles are listed in the order of
// its neighbourhood's documents, not of storage. Everything else is compared as printed.
import Foundation
import Testing

@Suite(.serialized) struct FusedRecordQueryTests {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Fixtures/stories, and the shared gold sets that are present.
    private static var corpora: [String] {
        let shared = ["../shared/corpus/seeds", "../shared/corpus/dev"]
            .map { repository.appendingPathComponent($0).standardizedFileURL.path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        return [StoryCommandTests.storyArticles] + shared
    }

    private func ingested() throws -> Workspace {
        let workspace = try Workspace()
        let ingest = try workspace.run(arguments: ["ingest"] + Self.corpora)
        try #require(ingest.status == 0, "\(ingest.stderr)")
        return workspace
    }

    /// The command's JSON from the record and from fusing in memory, and its exit status from each.
    private func both(_ workspace: Workspace, _ arguments: [String]) throws -> (record: CommandResult, memory: CommandResult) {
        (try workspace.run(arguments: arguments + ["--format", "json"]),
         try workspace.run(arguments: arguments + ["--format", "json", "--in-memory"]))
    }

    private func parsed(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// The value with the keys fusion of neighbourhoods cannot match removed and roles as a set.
    private func comparable(_ value: Any) -> Any {
        if let list = value as? [Any] { return list.map(comparable) }
        guard var object = value as? [String: Any] else { return value }
        object["top_entities"] = nil
        object["related"] = nil
        if let roles = object["roles"] as? [String] { object["roles"] = roles.sorted() }
        return object.mapValues(comparable)
    }

    private func expectSame(_ workspace: Workspace, _ arguments: [String], exact: Bool = true) throws {
        let (record, memory) = try both(workspace, arguments)
        #expect(record.status == 0 && memory.status == 0, "\(arguments): \(record.stderr) \(memory.stderr)")
        if exact {
            #expect(record.stdout == memory.stdout, "\(arguments.joined(separator: " ")) differs")
        } else {
            let (a, b) = (comparable(try parsed(record.stdout)), comparable(try parsed(memory.stdout)))
            #expect(NSDictionary(dictionary: ["v": a]).isEqual(to: ["v": b]), "\(arguments.joined(separator: " ")) differs")
        }
    }

    @Test func everyCommandSaysWhatFusingEverythingAtOnceSays() throws {
        let workspace = try ingested()
        try expectSame(workspace, ["stories", "--limit", "1000"], exact: false)
        try expectSame(workspace, ["timeline"])
        try expectSame(workspace, ["conflicts"])
        let stories = try #require(try parsed(workspace.run("stories", "--limit", "1000", "--format", "json").stdout) as? [[String: Any]])
        try #require(stories.count >= 3)
        for story in stories.compactMap({ $0["id"] as? String }) {
            for command in ["timeline", "conflicts", "compare", "brief"] {
                try expectSame(workspace, [command, "--story", story])
            }
        }
        // People are fused in one neighbourhood with everyone of their surname: the same person either
        // way. Organisations are checked for what the record can know (see the top of this file).
        let timeline = try #require(try parsed(workspace.run("timeline", "--format", "json").stdout) as? [[String: Any]])
        let people = Set(timeline.flatMap { ($0["participants"] as? [String]) ?? [] }).sorted()
        for name in people.prefix(25) {
            let (record, memory) = try both(workspace, ["actor", name])
            // A name several actors share fails alike, listing them.
            guard memory.status == 0 else {
                #expect(record.status == memory.status && record.stderr == memory.stderr, "actor \(name)")
                continue
            }
            let (mine, theirs) = (try parsed(record.stdout) as? [String: Any] ?? [:], try parsed(memory.stdout) as? [String: Any] ?? [:])
            if theirs["type"] as? String == "PERSON" {
                try expectSame(workspace, ["actor", name], exact: false)
            } else {
                // An organisation: the record may know fewer of its names, never other documents.
                func documents(_ profile: [String: Any]) -> Set<String> {
                    Set((profile["documents"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String })
                }
                #expect(documents(mine).isSubset(of: documents(theirs)), "actor \(name)")
            }
        }
    }

    @Test func storiesArePagedWithTheirStoreWideIDs() throws {
        let workspace = try ingested()
        let all = try #require(try parsed(workspace.run("stories", "--limit", "1000", "--format", "json").stdout) as? [[String: Any]])
        let ids = all.compactMap { $0["id"] as? String }
        // story-N: N is the store id of its first document, so ids are unique and in listing order.
        let numbers = ids.compactMap { Int($0.dropFirst("story-".count)) }
        #expect(numbers.count == ids.count && numbers == numbers.sorted() && Set(numbers).count == numbers.count)

        let page = try workspace.run("stories", "--limit", "2", "--offset", "1", "--format", "json")
        #expect(try (parsed(page.stdout) as? [[String: Any]])?.compactMap { $0["id"] as? String } == Array(ids[1...2]))
        #expect(page.stderr.contains("showing 2 of \(ids.count) stories (2–3)"), "\(page.stderr)")
        if ids.count > 50 {
            #expect(try workspace.run("stories").stderr.contains("showing 50 of \(ids.count) stories"))
        }
        // The same id works in every command, "12" as well as "story-12".
        let number = String(numbers[0])
        for command in ["timeline", "conflicts", "compare", "brief"] {
            #expect(try workspace.run(command, "--story", number, "--format", "json").status == 0, "\(command)")
        }
        let unknown = try workspace.run("timeline", "--story", "story-999999")
        #expect(unknown.status != 0 && unknown.stderr.contains("no story story-999999"), "\(unknown.stderr)")
        let malformed = try workspace.run("brief", "--story", "meeting")
        #expect(malformed.status != 0 && malformed.stderr.contains("not a story id"), "\(malformed.stderr)")
    }

    @Test func timelinePagesAndDateRangesComeFromTheRecord() throws {
        let workspace = try ingested()
        for arguments in [["timeline", "--limit", "3", "--offset", "2"], ["timeline", "--from", "2024-01", "--to", "2024-06"],
                          ["timeline", "--from", "2025-03-12"], ["conflicts", "--limit", "1", "--offset", "1"]] {
            try expectSame(workspace, arguments)
        }
        let page = try workspace.run("timeline", "--limit", "3", "--format", "json")
        #expect(page.stderr.contains("showing 3 of "), "\(page.stderr)")
    }
}
