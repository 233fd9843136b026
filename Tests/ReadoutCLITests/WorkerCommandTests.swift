// `readout ingest --queue` and `readout worker` on a real PostgreSQL server, as real processes:
// workers sharing a queue, one of them killed with SIGKILL again and again, store and fuse every
// article exactly once, and leave the fused record one worker alone makes. Runs when
// READOUT_TEST_POSTGRES_URL names a server (.ci/run starts one); set but unreachable, it fails.
import Foundation
import ReadoutCore
import ReadoutPostgres
import ReadoutStore
import Testing

/// The fused record without what names rows by storage order: each kind of value as sorted JSON texts.
private func canonical(_ store: PostgresStore) throws -> [String: [String]] {
    let contents = try store.fusedRecordContents()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    func texts<T: Encodable>(_ values: [T]) throws -> [String] {
        try values.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.sorted()
    }
    return ["entities": try texts(contents.entities), "events": try texts(contents.events),
            "conflicts": try texts(contents.conflicts), "stories": try texts(contents.stories),
            "inferred dates": try texts(contents.inferredDates),
            "neighbourhoods": contents.neighbourhoods.map { $0.sorted().joined(separator: " ") }.sorted()]
}

/// One value from the server through psql (PostgreSQL's own client, installed with the server).
private func psql(_ url: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["psql", url, "-Atc", sql]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

@Suite(.serialized) struct WorkerCommandTests {
    @Test(.enabled(if: postgresURL != nil, postgresSkipped))
    func killedAndConcurrentWorkersStoreAndFuseEveryArticleOnceAsOneWorkerDoes() throws {
        let workspace = try Workspace()
        // One worker alone: the reference.
        let single = try freshPostgresDatabase()
        #expect(try workspace.run(arguments: ["ingest", "--queue", "--db", single] + articleFolders).status == 0)
        let alone = try workspace.run("worker", "--db", single)
        #expect(alone.status == 0, "\(alone.stderr)")

        // Three workers in small batches, the queue holding every article twice (the second copy is a
        // duplicate), one worker killed with SIGKILL and another started in its place, again and again.
        let shared = try freshPostgresDatabase()
        for _ in 0..<2 {
            let queued = try workspace.run(arguments: ["ingest", "--queue", "--db", shared] + articleFolders)
            #expect(queued.status == 0, "\(queued.stderr)")
        }
        let store = try PostgresStore(shared)
        let executable = try Workspace.executable()
        func startWorker() throws -> Process {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["worker", "--db", shared, "--batch-size", "2"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        var workers = try (0..<3).map { _ in try startWorker() }
        // Each worker lives long enough to take batches (a killed one's are given back), and one is
        // killed every half second or so while articles are still queued, six times in all.
        var kills = 0
        var round = 0
        let deadline = Date().addingTimeInterval(180)
        while kills < 6, Date() < deadline, try store.queuedCount() > 0 {
            Thread.sleep(forTimeInterval: 0.3 + Double(round % 3) * 0.2)
            let victim = round % workers.count
            round += 1
            if workers[victim].isRunning {
                kill(workers[victim].processIdentifier, SIGKILL)
                workers[victim].waitUntilExit()
                // Counted only when the signal ended it (it may have just stopped on an empty queue).
                if workers[victim].terminationReason == .uncaughtSignal { kills += 1 }
            }
            workers[victim] = try startWorker()
        }
        for worker in workers { worker.waitUntilExit() }
        // Whatever a killed worker held was given back; one more worker takes what is left, if anything.
        #expect(try workspace.run("worker", "--db", shared).status == 0)
        #expect(kills >= 3, "workers were killed while articles were queued (\(kills) times)")
        // A kill in the middle of a batch leaves the server an open transaction to undo: the database's
        // rolled-back transactions show that some kills came mid-batch, not between batches.
        Thread.sleep(forTimeInterval: 1)
        let rolledBack = try psql(shared, "SELECT xact_rollback FROM pg_stat_database WHERE datname = current_database()")
        #expect((Int(rolledBack) ?? 0) >= 1, "transactions undone after the kills: \(rolledBack)")

        let reference = try PostgresStore(single)
        #expect(try store.queuedCount() == 0)
        #expect(try store.count() == reference.count(), "every article stored once")
        #expect(try store.pendingFusionCount() == 0)
        let (got, expected) = (try canonical(store), try canonical(reference))
        for key in expected.keys.sorted() {
            #expect(got[key] == expected[key], "\(key) differs from one worker's record after \(kills) kills")
        }
        #expect((expected["stories"]?.count ?? 0) > 3)
    }

    @Test(.enabled(if: postgresURL != nil, postgresSkipped))
    func aQueuedItemThatCannotBeStoredIsNamedAndTheRestAreStored() throws {
        let workspace = try Workspace()
        let db = try freshPostgresDatabase()
        let store = try PostgresStore(db)
        let good = Article(id: "harbour-note", source: "/in/harbour-note.txt", format: .text,
                           text: "Port officials in Vestmark opened a new ferry pier on Monday.", blocks: [],
                           metadata: ArticleMetadata(title: "Vestmark opens a ferry pier"), rawHash: "r1", contentHash: "c1")
        var empty = good
        empty.id = "blank-page"
        empty.source = "/in/blank-page.html"
        empty.text = ""
        empty.contentHash = "c2"
        try store.enqueue([empty, good])
        let result = try workspace.run("worker", "--db", db)
        #expect(result.status == 1)
        #expect(result.stderrLines.contains { $0.hasPrefix("readout: queue item") && $0.contains("/in/blank-page.html") }, "\(result.stderr)")
        #expect(try store.count() == 1)
        #expect(try store.queuedCount() == 0)
        #expect(try store.failedQueueRows().count == 1)
    }

    @Test func queueingNeedsAPostgreSQLDatabaseAndSaysSo() throws {
        let workspace = try Workspace()
        let result = try workspace.run("ingest", "--queue", "--db", workspace.path("local.sqlite"), Workspace.articles)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--queue needs a PostgreSQL database"))
        let worker = try workspace.run("worker", "--db", workspace.path("local.sqlite"))
        #expect(worker.status == 1)
        #expect(worker.stderrLines == ["readout: worker needs a PostgreSQL database (--db postgres://user@host/database), not \(workspace.path("local.sqlite"))"])
    }

    @Test func anUnreachableServerIsOneLineNamingIt() throws {
        let workspace = try Workspace()
        // Port 9 on loopback: nothing listens there.
        let result = try workspace.run("documents", "--db", "postgres://nobody:secret@127.0.0.1:9/news")
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("postgres://nobody@127.0.0.1:9/news"))
        #expect(!result.stderr.contains("secret"))
    }
}
