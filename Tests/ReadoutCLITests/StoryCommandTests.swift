// The cross-article commands (stories, timeline, actor, conflicts, compare, brief) on a database
// that the real `readout ingest` wrote from Fixtures/stories: three outlets reporting one meeting
// between the Brazilian and South African foreign ministers (one of them a day later than the
// others) and an unrelated article about a Vietnam–Japan fisheries agreement.
import Foundation
import Testing

@Suite struct StoryCommandTests {
    let workspace: Workspace
    let meetingStory: String
    /// The fisheries article's story.
    let otherStory: String

    static var storyArticles: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/stories").path
    }

    init() throws {
        workspace = try Workspace()
        let ingest = try workspace.run("ingest", Self.storyArticles)
        try #require(ingest.status == 0, "\(ingest.stderr)")
        let stories = try jsonObjects(try workspace.run("stories", "--format", "json").stdout)
        meetingStory = try #require(stories.first { ($0["documents"] as? [String])?.count == 3 }?["id"] as? String)
        otherStory = try #require(stories.first { ($0["documents"] as? [String])?.count == 1 }?["id"] as? String)
    }

    /// Rows of a JSON listing whose participants include every name given.
    /// The meetings among `rows` whose participants include all of `names`.
    private func rows(_ rows: [[String: Any]], with names: [String]) -> [[String: Any]] {
        rows.filter { row in row["type"] as? String == "MEET" && names.allSatisfy { ((row["participants"] as? [String]) ?? []).contains($0) } }
    }

    @Test func storiesSeparateTheMeetingFromTheUnrelatedArticle() throws {
        let result = try workspace.run("stories", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let stories = try jsonObjects(result.stdout)
        #expect(stories.count == 2)
        let meeting = try #require(stories.first { $0["id"] as? String == meetingStory })
        #expect(Set(meeting["outlets"] as? [String] ?? []) == ["Cape Ledger", "Correio Atlantico", "Harbour Wire"])
        let title = meeting["title"] as? String ?? ""
        #expect(title.contains("Ribeiro") && title.contains("Dlamini"), "\(title)")
        #expect(meeting["first_published"] as? String == "2025-03-12" && meeting["last_published"] as? String == "2025-03-13")
        #expect((meeting["top_entities"] as? [String])?.prefix(2).contains("Marcos Ribeiro") == true)
        let other = try #require(stories.first { $0["id"] as? String != meetingStory })
        #expect(other["outlets"] as? [String] == ["Mekong Observer"])

        let csv = try workspace.run("stories", "--format", "csv").stdout.split(separator: "\n")
        #expect(csv.first == "id,title,docs,outlets,dates,top_entities")
        #expect(csv.count == 3)
        let big = try workspace.run("stories", "--min-documents", "2", "--format", "json")
        #expect(try jsonObjects(big.stdout).map { $0["id"] as? String } == [meetingStory])
    }

    @Test func timelineShowsTheMeetingOnceWithThreeOutletsAndItsConflict() throws {
        let result = try workspace.run("timeline", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let events = try jsonObjects(result.stdout)
        let meetings = rows(events, with: ["Marcos Ribeiro", "Sipho Dlamini"])
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(meeting["type"] as? String == "MEET")
        #expect(meeting["outlets"] as? Int == 3)
        #expect(meeting["date"] as? String == "2025-03-11")
        #expect(meeting["place"] as? String == "Pretoria")
        #expect(meeting["status"] as? String == "occurred")
        #expect(meeting["conflicts"] as? [String] == ["date"])
        // Dated events come in date order.
        let dates = events.compactMap { $0["date"] as? String }
        #expect(dates == dates.sorted())

        let table = try workspace.run("timeline", "--format", "table").stdout
        let line = try #require(table.split(separator: "\n").first { $0.contains("Marcos Ribeiro") })
        #expect(line.hasPrefix("2025-03-11") && line.contains("⚠ date") && line.contains(" 3 "))
    }

    @Test func timelineFiltersByStoryActorAndDates() throws {
        let byActor = try jsonObjects(try workspace.run("timeline", "--actor", "dlamini", "--format", "json").stdout)
        #expect(!byActor.isEmpty)
        #expect(byActor.allSatisfy { ($0["participants"] as? [String] ?? []).contains("Sipho Dlamini") })

        let other = try jsonObjects(try workspace.run("timeline", "--story", otherStory, "--format", "json").stdout)
        #expect(rows(other, with: ["Marcos Ribeiro"]).isEmpty)
        let mine = try jsonObjects(try workspace.run("timeline", "--story", meetingStory, "--format", "json").stdout)
        #expect(rows(mine, with: ["Marcos Ribeiro", "Sipho Dlamini"]).count == 1)

        let march = try jsonObjects(try workspace.run("timeline", "--from", "2025-03", "--to", "2025-03-11", "--format", "json").stdout)
        #expect(rows(march, with: ["Marcos Ribeiro"]).count == 1)
        #expect(march.allSatisfy { ($0["date"] as? String ?? "9").prefix(10) <= "2025-03-11" })
        let later = try jsonObjects(try workspace.run("timeline", "--from", "2025-03-12", "--format", "json").stdout)
        #expect(rows(later, with: ["Marcos Ribeiro"]).isEmpty)

        let bad = try workspace.run("timeline", "--from", "last week")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--from must be a date"))
    }

    @Test func conflictsNameTheOutletThatDatesTheMeetingDifferently() throws {
        let result = try workspace.run("conflicts", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let conflicts = try jsonObjects(result.stdout)
        let conflict = try #require(conflicts.first {
            let label = $0["event_label"] as? String ?? ""
            return label.contains("Ribeiro") && label.contains("Dlamini")
        })
        #expect(conflict["field"] as? String == "date")
        let values = try #require(conflict["values"] as? [[String: Any]])
        #expect(values.count == 2)
        // The odd one out first.
        #expect(values[0]["value"] as? String == "2025-03-12" && values[0]["outlets"] as? [String] == ["Harbour Wire"])
        #expect(values[1]["value"] as? String == "2025-03-11")
        #expect(Set(values[1]["outlets"] as? [String] ?? []) == ["Cape Ledger", "Correio Atlantico"])
        let sentences = try #require(conflict["sentences"] as? [[String: Any]])
        #expect(sentences.count == 3)
        let odd = try #require(sentences.first { $0["outlet"] as? String == "Harbour Wire" })
        #expect((odd["text"] as? String)?.contains("in Pretoria on Wednesday") == true)
        let statement = conflict["statement"] as? String ?? ""
        #expect(statement.hasPrefix("Harbour Wire dates the"), "\(statement)")
        #expect(statement.contains("to Wednesday 12 March 2025; Cape Ledger and Correio Atlantico to Tuesday 11 March 2025."))

        let csv = try workspace.run("conflicts", "--format", "csv").stdout.split(separator: "\n")
        #expect(csv.first == "event,event_label,field,scope,value,outlets,documents,sentences")
        #expect(csv.contains { $0.contains("2025-03-12,Harbour Wire,harbour-wire,") })
    }

    @Test func actorMatchesNamesIgnoringCaseAndAccentsAndShowsMeetingsAndQuotes() throws {
        let result = try workspace.run("actor", "RIBEIRO", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let profile = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(profile["name"] as? String == "Marcos Ribeiro")
        #expect(profile["type"] as? String == "PERSON")
        #expect((profile["roles"] as? [String])?.contains("Brazilian Foreign Minister") == true)
        #expect((profile["documents"] as? [[String: Any]])?.count == 3)
        let events = try #require(profile["events"] as? [[String: Any]])
        let meeting = try #require(events.first { ($0["with"] as? [String])?.contains("Sipho Dlamini") == true })
        #expect(meeting["date"] as? String == "2025-03-11" && meeting["outlets"] as? Int == 3)
        let quotes = try #require(profile["quotes"] as? [[String: Any]])
        #expect(quotes.count == 1)
        #expect(quotes.first?["text"] as? String == "Our two countries share an ocean and a future")
        #expect(Set(quotes.first?["outlets"] as? [String] ?? []) == ["Cape Ledger", "Correio Atlantico"])
        let related = try #require(profile["related"] as? [[String: Any]])
        #expect(related.first?["name"] as? String == "Sipho Dlamini")

        // Accents typed where the articles have none, and the other way round, still match.
        let accented = try workspace.run("actor", "Sípho DLÁMINI", "--format", "json")
        #expect(accented.status == 0)
        #expect(accented.stdout.contains("\"name\" : \"Sipho Dlamini\""))

        let table = try workspace.run("actor", "marcos ribeiro", "--format", "table").stdout
        #expect(table.hasPrefix("Marcos Ribeiro\n"))
        #expect(table.contains("Events") && table.contains("Sipho Dlamini") && table.contains("“Our two countries"))
    }

    @Test func anAmbiguousOrUnknownActorIsOneLineListingTheCandidates() throws {
        let ambiguous = try workspace.run("actor", "south")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderrLines.count == 1)
        #expect(ambiguous.stderr.hasPrefix("readout: \"south\" matches"))
        #expect(ambiguous.stderr.contains("South Africa (gpe:south-africa"))
        #expect(ambiguous.stdout.isEmpty)

        let unknown = try workspace.run("actor", "Olusegun Adeyemi")
        #expect(unknown.status == 1)
        #expect(unknown.stderrLines == ["readout: no actor matches \"Olusegun Adeyemi\"; try part of the name, or `readout search Olusegun Adeyemi`"])
    }

    @Test func compareShowsWhoReportsWhatAndWhoLeavesItOut() throws {
        let result = try workspace.run("compare", "--story", meetingStory, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let matrix = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(matrix["outlets"] as? [String] ?? []) == ["Cape Ledger", "Correio Atlantico", "Harbour Wire"])
        let events = try #require(matrix["events"] as? [[String: Any]])
        let meeting = try #require(events.first { ($0["label"] as? String ?? "").contains("Ribeiro") })
        let by = try #require(meeting["reported_by"] as? [String: String])
        #expect(Set(by.keys) == ["Cape Ledger", "Correio Atlantico", "Harbour Wire"])
        #expect(by["Harbour Wire"]?.contains("2025-03-12") == true && by["Cape Ledger"]?.contains("2025-03-11") == true)
        let quotes = try #require(matrix["quotes"] as? [[String: Any]])
        let shared = try #require(quotes.first { ($0["label"] as? String ?? "").hasPrefix("Marcos Ribeiro: “Our two countries") })
        #expect(shared["missing_from"] as? [String] == ["Harbour Wire"])
        #expect(matrix["wording"] is [[String: Any]])

        let table = try workspace.run("compare", "--story", meetingStory, "--format", "table").stdout
        #expect(table.contains("Events: who reports what") && table.contains("Quotes: who carries which"))
        let quoteLine = try #require(table.split(separator: "\n").first { $0.contains("Marcos Ribeiro: “Our two") })
        #expect(quoteLine.hasSuffix("—"))
        let csv = try workspace.run("compare", "--story", meetingStory, "--format", "csv").stdout.split(separator: "\n")
        #expect(csv.first?.hasPrefix("kind,item,label,") == true)

        // A story told by one outlet still lists what that outlet reports.
        let single = try workspace.run("compare", "--story", otherStory, "--format", "json")
        let alone = try #require(try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [String: Any])
        #expect(alone["outlets"] as? [String] == ["Mekong Observer"])
        let quotesAlone = try #require(alone["quotes"] as? [[String: Any]])
        #expect(quotesAlone.map { $0["label"] as? String } == ["Kenji Watanabe: “Illegal fishing hurts every honest fisherman”"])
    }

    @Test func briefIsMarkdownWithCitedEventsTheConflictQuotesAndSources() throws {
        let result = try workspace.run("brief", "--story", meetingStory)
        #expect(result.status == 0, "\(result.stderr)")
        let brief = result.stdout
        let lines = brief.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("# ") == true && lines.first?.contains("Ribeiro") == true)
        #expect(lines.contains("3 articles from 3 outlets, published 2025-03-12 to 2025-03-13."))
        #expect(lines.contains("### Tuesday 11 March 2025"))
        let event = try #require(lines.first { $0.hasPrefix("- ") && $0.contains(" met ") && $0.contains("Ribeiro") })
        #expect(event.contains("Sipho Dlamini") && event.contains("in Pretoria."))
        for citation in ["[Cape Ledger, 2025-03-12]", "[Correio Atlantico, 2025-03-12]", "[Harbour Wire, 2025-03-13]"] {
            #expect(event.contains(citation), "\(event)")
        }
        #expect(brief.contains("## Where the sources disagree"))
        let conflict = try #require(lines.first { $0.hasPrefix("- Harbour Wire dates the") })
        #expect(conflict.hasSuffix("to Wednesday 12 March 2025; Cape Ledger and Correio Atlantico to Tuesday 11 March 2025."))
        #expect(lines.contains { $0.hasPrefix("- **Marcos Ribeiro**: “Our two countries share an ocean and a future”") })
        #expect(lines.contains { $0.hasPrefix("1. Cape Ledger, 2025-03-12 — “Brazil and South Africa pledge") })
        // Nothing from the unrelated story leaks in.
        #expect(!brief.contains("Watanabe") && !brief.contains("Mekong"))

        let withEvidence = try workspace.run("brief", "--story", meetingStory, "--evidence").stdout
        #expect(withEvidence.contains("  - Harbour Wire: “JOHANNESBURG (Harbour Wire) — South African Foreign Minister Sipho Dlamini met"))

        let json = try workspace.run("brief", "--story", meetingStory, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["sources"] as? [[String: Any]])?.count == 3)
    }

    @Test func anUnknownStoryIsOneLineSayingWhereToLook() throws {
        for command in [["brief", "--story", "story-9"], ["compare", "--story", "9"], ["timeline", "--story", "story-9"]] {
            let result = try workspace.run(arguments: command)
            #expect(result.status == 1)
            #expect(result.stderrLines.count == 1)
            #expect(result.stderr.contains("no story") && result.stderr.contains("`readout stories` lists them"))
        }
    }

    @Test func withoutADatabaseTheStoryCommandsSayToIngestFirst() throws {
        let commands = [["stories"], ["timeline"], ["actor", "Ribeiro"], ["conflicts"], ["compare", "--story", "1"],
                        ["brief", "--story", "1"]]
        for command in commands {
            let result = try workspace.run(arguments: command + ["--db", "missing.sqlite"])
            #expect(result.status == 1)
            #expect(result.stderrLines == ["readout: no database at missing.sqlite; run `readout ingest PATH` first"])
        }
    }

    @Test(arguments: ["stories", "timeline", "actor", "conflicts", "compare", "brief"])
    func helpShowsExamples(command: String) throws {
        let result = try workspace.run(command, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("readout \(command) "))
    }
}
