// Times a full `readout ingest` of the given paths into a fresh SQLite file in a temporary
// folder (read, clean, analyze on all cores, store in batches), then deletes it.
// In: paths. Out: files, documents stored, seconds, documents/s, database size and the
// process's peak resident memory. The corpus is not replicated here: stored articles are
// deduplicated by content, so copies would only measure the duplicate check.
import Foundation
import ReadoutAnalysis
import ReadoutIngest
import ReadoutStore

struct IngestResult: Encodable {
    var files: Int
    var documents: Int
    var failed: Int
    var wallSeconds: Double
    /// CPU time of the whole process (every core) during the ingest.
    var cpuSeconds: Double
    var documentsPerSecond: Double
    var databaseMiB: Double
    var peakMemoryMiB: Double?
}

struct IngestBenchmark {
    let paths: [String]
    var batchSize = 200

    func run() async throws -> IngestResult {
        let folder = try BenchFolder()
        defer { folder.remove() }
        return try await run(into: folder.database)
    }

    /// Ingests into `database` (a new file) and leaves it there.
    func run(into database: String) async throws -> IngestResult {
        let store = try SQLiteStore(path: database, analyzerVersion: Readout.configuration.version)
        // Plain progress lines on stderr every few seconds, so a long run shows it is alive.
        let progress = ProgressReporter(total: nil, interactive: false)
        let run = IngestRun(reader: ArticleReader(), analyzer: ArticleAnalyzer(), store: store, batchSize: batchSize)
        let start = BenchClock.wall(), cpu = BenchClock.processCPU()
        let summary = await run.run(paths: paths, database: database, progress: progress) { _ in }
        let seconds = BenchClock.seconds(BenchClock.wall() - start)
        return IngestResult(files: summary.files, documents: summary.stored, failed: summary.failures.count,
                            wallSeconds: seconds, cpuSeconds: BenchClock.seconds(BenchClock.processCPU() - cpu),
                            documentsPerSecond: (Double(summary.stored) / max(seconds, 1e-9)).rounded(),
                            databaseMiB: Self.size(ofFilesStartingWith: database), peakMemoryMiB: ProcessMemory.peakMiB)
    }

    /// The database with its -wal and -shm files.
    static func size(ofFilesStartingWith path: String) -> Double {
        let url = URL(fileURLWithPath: path)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
        let bytes = names.filter { $0.hasPrefix(url.lastPathComponent) }.reduce(0) { total, name in
            let file = url.deletingLastPathComponent().appendingPathComponent(name).path
            return total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.intValue ?? 0)
        }
        return Double(bytes) / 1_048_576
    }
}

/// A temporary folder for a benchmark's files and database, removed when the benchmark is done.
struct BenchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("readout-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var database: String { url.appendingPathComponent("bench.sqlite").path }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Moves a closed database (with any -wal and -shm beside it) to `destination`.
    static func move(database: String, to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw CommandFailure("\(destination) exists; give a new file for --keep-db")
        }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
            do { try FileManager.default.moveItem(atPath: database + suffix, toPath: destination + suffix) } catch {
                throw CommandFailure("cannot keep the database at \(destination): \(error.localizedDescription)")
            }
        }
    }
}
