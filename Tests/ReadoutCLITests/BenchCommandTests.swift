// `readout bench` end to end: what it measures and reports (never how fast: timings are
// reported, not asserted), and its one-line errors.
import Foundation
import Testing

@Suite struct BenchCommandTests {
    let workspace: Workspace
    init() throws { workspace = try Workspace() }

    @Test func jsonReportCoversEveryStageOfTheReadableArticles() throws {
        let result = try workspace.run("bench", "--repeat", "2", "--jobs", "2", "--format", "json", Workspace.articles)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])

        let corpus = try #require(report["corpus"] as? [String: Any])
        #expect(corpus["articles"] as? Int == 3, "three readable fixture articles")
        #expect(corpus["repeats"] as? Int == 2)
        let words = try #require(corpus["words"] as? Int)

        let one = try #require(report["analysisOneCore"] as? [String: Any])
        #expect(one["articles"] as? Int == 6, "each article analysed once per repeat")
        #expect(one["words"] as? Int == 2 * words)
        #expect((one["wordsPerSecond"] as? Double ?? 0) > 0)
        let parallel = try #require(report["analysisParallel"] as? [String: Any])
        #expect(parallel["jobs"] as? Int == 2)
        #expect(parallel["articles"] as? Int == 6)

        let stages = try #require(report["analysisStages"] as? [[String: Any]])
        #expect(stages.compactMap { $0["stage"] as? String } == ["tokenize", "segment", "entities", "times", "quotes", "events"])
        let shares = stages.compactMap { $0["share"] as? Double }.reduce(0, +)
        #expect(abs(shares - 1) < 0.001, "stage shares add up to the whole analysis")

        // Each pipeline component too, with its stage: the events stage is reading and consolidation (and the
        // learned filter when it is on).
        let components = try #require(report["analysisComponents"] as? [[String: Any]])
        let names = components.compactMap { $0["component"] as? String }
        #expect(names.prefix(7) == ["tokenizer", "sentences", "entities", "times", "quotes", "events", "event-consolidation"])
        #expect(components.filter { $0["stage"] as? String == "events" }.count >= 2)
        #expect(abs(components.compactMap { $0["share"] as? Double }.reduce(0, +) - 1) < 0.001)

        let clean = try #require(report["clean"] as? [String: Any])
        #expect(clean["articles"] as? Int == 6)
        let ingest = try #require(report["ingest"] as? [String: Any])
        #expect(ingest["documents"] as? Int == 3)
        #expect(ingest["failed"] as? Int == 2, "the empty and the binary file")

        // The unreadable fixtures are named once each on stderr, the usual way.
        for bad in ["empty.txt", "corrupt-scan.txt"] {
            #expect(result.stderrLines.filter { $0.hasPrefix("readout: ") && $0.contains(bad) }.count == 1, "\(result.stderr)")
        }
    }

    @Test func saveTextWritesEachMeasuredArticleOnceAsJSONLines() throws {
        let file = workspace.folder.appendingPathComponent("measured.jsonl")
        let result = try workspace.run("bench", "--stage", "analyze", "--repeat", "3", "--jobs", "1", "--format", "json",
                                       "--save-text", file.path, Workspace.articles)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3, "one line per readable article, not per repeat")
        var words = 0
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            #expect(object["id"] is String)
            words += text.split(whereSeparator: { $0.isWhitespace }).count
        }
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let corpus = try #require(report["corpus"] as? [String: Any])
        #expect(corpus["words"] as? Int == words, "the words bench counts are the saved text's whitespace-separated words")
    }

    @Test func oneStageRunsAloneAndTheTableNamesIt() throws {
        let result = try workspace.run("bench", "--stage", "clean", "--repeat", "1", Workspace.articles)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("clean, 1 core"))
        #expect(!result.stdout.contains("analyze"))
        #expect(!result.stdout.contains("ingest"))
    }

    @Test func withoutPathsOrSamplesFolderItSaysWhatToGive() throws {
        let result = try workspace.run("bench")
        #expect(result.status == 1)
        // (A debug build also prints its warning that timings mean little.)
        let errors = result.stderrLines.filter { !$0.hasPrefix("readout: warning:") }
        #expect(errors == ["readout: no samples/ folder here; give the files or folders to measure"], "\(result.stderr)")
    }
}

/// `readout bench --scale N`: a store of N articles built from real ones, one cast of people per copy.
@Suite struct ScaleBenchTests {
    let workspace: Workspace
    init() throws { workspace = try Workspace() }

    @Test func reportsIngestAndEveryQueryOnAStoreOfTheSizeAsked() throws {
        let text = workspace.folder.appendingPathComponent("built.jsonl")
        let result = try workspace.run("bench", "--scale", "20", "--queries", "3", "--format", "json",
                                       "--save-text", text.path, Workspace.articles)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])

        let corpus = try #require(report["corpus"] as? [String: Any])
        #expect(corpus["articles"] as? Int == 20)
        #expect(corpus["copiedArticles"] as? Int == 3, "the three readable fixtures all name people")
        let ingest = try #require(report["ingest"] as? [String: Any])
        #expect(ingest["stored"] as? Int == 20, "every copy is a different text, so none is dropped as a duplicate")
        for key in ["articlesPerSecond", "wordsPerSecond", "articlesPerCPUSecond", "databaseMiB"] {
            #expect((ingest[key] as? Double ?? 0) > 0, "\(key)")
        }
        #expect((report["peakMemoryMiB"] as? Double ?? 0) > 0)

        let queries = try #require(report["queries"] as? [String: Any])
        let timings = try #require(queries["queries"] as? [[String: Any]])
        #expect(timings.compactMap { $0["query"] as? String }
            == ["stories --limit 20", "timeline --story", "actor", "conflicts --story", "compare --story", "brief --story"])
        for timing in timings {
            #expect((timing["count"] as? Int ?? 0) >= 1, "\(timing)")
            #expect((timing["p95Milliseconds"] as? Double ?? -1) >= (timing["medianMilliseconds"] as? Double ?? 0))
        }
        #expect(timings.filter { ($0["query"] as? String ?? "").hasSuffix("--story") }.allSatisfy { $0["count"] as? Int == 3 },
                "--queries caps the stories asked about")

        // Copies of one article differ only in the names of people, and every copy has its own:
        // the fused store holds as many distinct people per base person as there are copies.
        let lines = try String(contentsOf: text, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 20)
        var texts: [String: String] = [:]
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            texts[try #require(object["id"])] = object["text"]
        }
        let first = try #require(texts["santiago-lithium@0"]), second = try #require(texts["santiago-lithium@1"])
        let words = { (text: String) in text.split(whereSeparator: { !$0.isLetter }).map(String.init) }
        let (a, b) = (words(first), words(second))
        #expect(a.count == b.count, "renaming replaces words one for one")
        let changed = zip(a, b).filter { $0 != $1 }
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { $0.0.first!.isUppercase && $0.1.first!.isUppercase }, "only names change: \(changed)")
        #expect(Set(changed.map(\.1)).isDisjoint(with: Set(a)), "a copy's people are not the first copy's")
        let people = try #require(queries["people"] as? Int)
        #expect(people >= 2 * 6, "at least the two people of the lithium article in each of its copies (\(people))")
    }

    @Test func aScaleBelowOneIsAOneLineError() throws {
        let result = try workspace.run("bench", "--scale", "0", Workspace.articles)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--scale must be 1 or more"), "\(result.stderr)")
    }
}
