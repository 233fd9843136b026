// `readout ingest` end to end: exit codes, one stderr line per bad file, summary counts,
// re-ingest stores nothing new, command-line metadata reaches the database.
import Foundation
import Testing

@Suite struct IngestCommandTests {
    let workspace: Workspace
    init() throws { workspace = try Workspace() }

    @Test func ingestingAFolderStoresGoodFilesAndNamesEachBadOne() throws {
        let result = try workspace.run("ingest", Workspace.articles)

        #expect(result.status == 1, "a failed file makes the exit code 1")
        #expect(count("documents stored", in: result.stdout) == 3, "\(result.stdout)")
        #expect(count("duplicates skipped", in: result.stdout) == 0)
        #expect(count("failed", in: result.stdout) == 2)
        for bad in ["empty.txt", "corrupt-scan.txt"] {
            let lines = result.stderrLines.filter { $0.contains(bad) }
            #expect(lines.count == 1, "one line for \(bad): \(result.stderr)")
            #expect(lines.first?.hasPrefix("readout: \(Workspace.articles)/\(bad): ") == true)
        }
        #expect(!result.stderrLines.contains { $0.contains("accra-trade") || $0.contains("manila-patrol") })
        #expect(FileManager.default.fileExists(atPath: workspace.path("readout.sqlite")))
    }

    @Test func ingestingTheSameFolderAgainStoresNothingNew() throws {
        _ = try workspace.run("ingest", "--db", "news.sqlite", Workspace.articles)
        let again = try workspace.run("ingest", "--db", "news.sqlite", "--batch-size", "1", Workspace.articles)

        #expect(count("documents stored", in: again.stdout) == 0, "\(again.stdout)")
        #expect(count("duplicates skipped", in: again.stdout) == 3)
        let listed = try jsonObjects(workspace.run("documents", "--db", "news.sqlite", "--format", "json").stdout)
        #expect(listed.count == 3)
    }

    @Test func onlyGoodFilesExitZero() throws {
        let good = Workspace.articles + "/asia"
        let result = try workspace.run("ingest", good)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(count("documents stored", in: result.stdout) == 1)
        #expect(count("failed", in: result.stdout) == 0)
        #expect(result.stderr.isEmpty, "no progress lines or errors for a short clean run: \(result.stderr)")
    }

    @Test func missingPathIsReportedAndTheRestStillStored() throws {
        let result = try workspace.run("ingest", "no-such-folder", Workspace.articles + "/asia")
        #expect(result.status == 1)
        #expect(result.stderrLines.filter { $0.contains("no-such-folder") }.count == 1)
        #expect(count("documents stored", in: result.stdout) == 1)
    }

    @Test func outletAndDateFromTheCommandLineAreStored() throws {
        let result = try workspace.run("ingest", "--outlet", "Coastal Times", "--published", "2025-06-04",
                                       Workspace.articles + "/asia")
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try jsonObjects(workspace.run("documents", "--format", "json").stdout)
        #expect(documents.first?["outlet"] as? String == "Coastal Times")
        #expect(documents.first?["published"] as? String == "2025-06-04")
    }

    @Test func badOptionsAreRejectedBeforeAnythingIsWritten() throws {
        let badDate = try workspace.run("ingest", "--published", "June 4", Workspace.articles)
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("--published"))
        let badBatch = try workspace.run("ingest", "--batch-size", "0", Workspace.articles)
        #expect(badBatch.status != 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("readout.sqlite")))
    }

    @Test func aTextFileGivenAsDatabaseIsRefusedInOneLine() throws {
        let notes = workspace.path("notes.txt")
        try "shopping list\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let result = try workspace.run("ingest", "--db", notes, Workspace.articles)
        #expect(result.status == 1)
        #expect(result.stderrLines == ["readout: \(notes): not a Readout database (not an SQLite file)"])
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "shopping list\n")
    }
}

@Suite struct InterruptedIngestTests {
    @Test func aKilledIngestLeavesAReadableDatabaseAndAReRunCompletesIt() throws {
        let workspace = try Workspace()
        let folder = workspace.folder.appendingPathComponent("wire")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let regions = ["Sahel", "Baltic", "Andes", "Mekong", "Caucasus", "Horn of Africa", "Balkans", "Pacific"]
        for n in 1...400 {
            let region = regions[n % regions.count]
            let text = """
                Envoys meet for round \(n) of \(region) security talks

                Delegations from the \(region) held round \(n) of talks on Friday, officials said, \
                agreeing to meet again next month to discuss border monitoring and trade.
                """
            try text.write(to: folder.appendingPathComponent("round-\(n).txt"), atomically: true, encoding: .utf8)
        }

        let process = Process()
        process.executableURL = try Workspace.executable()
        process.arguments = ["ingest", "--batch-size", "10", folder.path]
        process.currentDirectoryURL = workspace.folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A new database appears under its name only once it is set up whole (NewDatabaseFile): kill the ingest
        // once it is there, mid-batch, whatever the machine's load.
        let database = workspace.folder.appendingPathComponent("readout.sqlite").path
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: database) && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        Thread.sleep(forTimeInterval: 0.1)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        // Whatever was committed before the kill is intact and readable, in whole batches.
        let listed = try workspace.run("documents", "--format", "json", "--limit", "1000")
        #expect(listed.status == 0, "\(listed.stderr)")
        let before = try jsonObjects(listed.stdout).count
        #expect(before % 10 == 0, "a batch is stored whole or not at all: \(before)")

        let rerun = try workspace.run("ingest", "--batch-size", "10", folder.path)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(count("documents stored", in: rerun.stdout) == 400 - before)
        #expect(count("duplicates skipped", in: rerun.stdout) == before)
    }
}

@Suite struct IngestProgressTests {
    @Test func withoutATerminalProgressIsPlainLinesWithTheTotal() throws {
        let workspace = try Workspace()
        let folder = workspace.folder.appendingPathComponent("briefs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for n in 1...1_005 {
            try "Ministers hold briefing number \(n)\n\nThe foreign ministry held briefing \(n) for the press corps on Monday."
                .write(to: folder.appendingPathComponent("brief-\(n).txt"), atomically: true, encoding: .utf8)
        }
        let result = try workspace.run("ingest", folder.path)
        #expect(result.status == 0)
        #expect(count("documents stored", in: result.stdout) == 1_005)
        let progress = result.stderrLines.filter { $0.hasPrefix("readout: ") && $0.contains("/1005 files") }
        #expect(!progress.isEmpty, "\(result.stderr)")
        #expect(!result.stderr.contains("\r"), "no in-place redraws when stderr is not a terminal")
    }
}

@Suite struct IngestPassOverTests {
    /// `readout ingest .` in a working folder: the database being written, notes, a script, gold
    /// annotations and code sit beside the one article.
    @Test func ingestingTheWorkingFolderPassesOverTheDatabaseAndFilesThatAreNotArticles() throws {
        let workspace = try Workspace()
        let folder = workspace.folder
        let article = """
            Freedonia and Sylvania agree on river ferry timetable

            The transport ministers of Freedonia and Sylvania agreed on Tuesday to run a daily ferry \
            across the border river from May, the two ministries said in a joint statement.
            """
        try article.write(to: folder.appendingPathComponent("ferry.txt"), atomically: true, encoding: .utf8)
        // A first run creates readout.sqlite; the second run finds it (and its -wal/-shm) in the folder.
        _ = try workspace.run("ingest", "ferry.txt")
        let others = [
            "notes.md": "# Reading list\n\nFerry articles to check next week, with the dates they give.\n",
            "fetch.py": "import sys\n\nfor line in sys.stdin:\n    print(line.strip())\n",
            "Scraper.swift": "let outlets = [\"Lakeside Courier\"]\nprint(outlets)\n",
            "gold.json": #"{"documents": [{"id": "ferry", "entities": [{"name": "Freedonia", "type": "GPE"}]}]}"#,
            "refresh": "#!/bin/sh\nreadout ingest .\n",
        ]
        for (name, text) in others {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        // While it runs, the database in use has its -wal and -shm files beside it in the folder.
        let result = try workspace.run("ingest", ".")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "nothing is reported as a failed file: \(result.stderr)")
        #expect(count("failed", in: result.stdout) == 0, "\(result.stdout)")
        #expect(result.stdout.hasPrefix("1 file read into readout.sqlite"), "\(result.stdout)")
        #expect(count("duplicates skipped", in: result.stdout) == 1)
        let passed = try #require(result.stdout.split(separator: "\n").first { $0.contains("passed over") })
        #expect(passed.hasPrefix("8 files passed over"), "database, -wal, -shm, notes, two programs, a script, gold: \(passed)")
        let documents = try jsonObjects(workspace.run("documents", "--format", "json").stdout)
        #expect(documents.map { $0["key"] as? String } == ["ferry"])
    }

    @Test func aCountOfOneIsWrittenInTheSingular() throws {
        let workspace = try Workspace()
        let result = try workspace.run("ingest", Workspace.articles + "/asia")
        #expect(result.stdout.hasPrefix("1 file read into "), "\(result.stdout)")
        #expect(result.stdout.contains("\n1 document stored\n") && result.stdout.contains("\n0 duplicates skipped\n"))
    }
}
