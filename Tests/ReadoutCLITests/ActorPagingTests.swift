// `readout actor` shows a page of each list (roles, documents, events, quotes), read from the fused
// record a page at a time: every page put together is the whole list, in the same order, each page
// the same as fusing everything in memory gives, and a line on stderr says what was left out. A real
// database that the real `readout ingest` wrote (Fixtures/stories).
import Foundation
import Testing

@Suite(.serialized) struct ActorPagingTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
        let ingest = try workspace.run("ingest", StoryCommandTests.storyArticles)
        try #require(ingest.status == 0, "\(ingest.stderr)")
    }

    private func profile(_ arguments: [String]) throws -> (profile: [String: Any], stderr: String) {
        let result = try workspace.run(arguments: ["actor"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        let profile = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (profile, result.stderr)
    }

    private func list(_ profile: [String: Any], _ key: String) -> [NSDictionary] {
        (profile[key] as? [[String: Any]] ?? []).map { NSDictionary(dictionary: $0) }
    }

    @Test func pagesOfEachListMakeTheWholeListInOrder() throws {
        let (whole, wholeNote) = try profile(["Dlamini", "--limit", "1000"])
        #expect(!wholeNote.contains("showing"), "nothing is cut: \(wholeNote)")
        let documents = list(whole, "documents"), events = list(whole, "events")
        try #require(documents.count >= 3 && events.count >= 2, "the fixture names Sipho Dlamini in several articles and events")
        #expect(documents.map { $0["id"] as! Int } == documents.map { $0["id"] as! Int }.sorted(), "documents in the order stored")

        for key in ["documents", "events", "quotes"] {
            let all = list(whole, key)
            var pages: [NSDictionary] = []
            for offset in 0..<all.count {
                let (page, note) = try profile(["Dlamini", "--limit", "1", "--offset", String(offset)])
                pages += list(page, key)
                if all.count > 1 {
                    let range = offset > 0 ? " (\(offset + 1)–\(offset + 1))" : ""
                    #expect(note.contains("showing 1 of \(all.count) \(key)\(range); use --limit/--offset"), "\(note)")
                }
                // From the record and from fusing everything in memory alike.
                let memory = try profile(["Dlamini", "--limit", "1", "--offset", String(offset), "--in-memory"]).profile
                #expect(list(page, key) == list(memory, key), "\(key) page \(offset) differs from --in-memory")
            }
            #expect(pages == all, "\(key): the pages one by one are the whole list")
        }
    }

    @Test func theDefaultPageIsTwentyAndTheHeaderCountsEverything() throws {
        let (shortPage, note) = try profile(["Dlamini", "--limit", "1"])
        #expect(list(shortPage, "documents").count == 1)
        #expect(note.contains("documents; use --limit/--offset"))
        let table = try workspace.run("actor", "Dlamini", "--limit", "1", "--format", "table")
        let documents = list(try profile(["Dlamini"]).profile, "documents").count
        #expect(documents <= 20)
        #expect(table.stdout.contains("in \(documents) documents"), "the header counts every document, not the page")
        let beyond = try profile(["Dlamini", "--offset", "1000"]).profile
        #expect(list(beyond, "documents").isEmpty && list(beyond, "events").isEmpty)
        #expect(beyond["name"] as? String == "Sipho Dlamini")
    }
}
