// `readout bench --scale N`: how Readout holds up as the store grows. Builds N articles from real
// ones with people renamed per copy (ScaleCorpus), ingests them into a temporary SQLite file the
// way `readout ingest` does (IngestBenchmark), then times the cross-article queries on that store
// (QueryBenchmark). In: the base articles, N, how many stories and actors to ask about.
// Out: a ScaleReport. The temporary folder (corpus files and database) is removed afterwards.
import Foundation
import ReadoutCore

struct ScaleBenchmark {
    let base: [Article]
    let count: Int
    let queries: Int
    var saveText: String?
    /// Where to keep the database once measured (it is deleted otherwise).
    var keepDatabase: String?
    /// Where to keep the built articles' files (a new folder; they are deleted otherwise).
    var keepCorpus: String?

    func run(build: String, cores: Int) async throws -> ScaleReport {
        let folder = try BenchFolder()
        defer { folder.remove() }
        let report = try await measure(in: folder, build: build, cores: cores)
        if let keepDatabase { try BenchFolder.move(database: folder.database, to: keepDatabase) }
        return report
    }

    /// The stores opened here are closed when it returns, so the database can be moved whole.
    private func measure(in folder: BenchFolder, build: String, cores: Int) async throws -> ScaleReport {
        Diagnostics.report("building \(Plural.count(count, "article")) from \(Plural.count(base.count, "base article"))")
        let corpus = try ScaleCorpus.write(count: count, from: base, into: folder.url, saveText: saveText)
        if let keepCorpus { try copyCorpus(corpus.files, into: keepCorpus) }
        Diagnostics.report("ingesting \(Plural.count(corpus.articles, "article")) into \(folder.database)")
        let ingest = try await IngestBenchmark(paths: corpus.files).run(into: folder.database)
        var report = ScaleReport(build: build, cores: cores, corpus: corpus, ingest: ingest)
        if queries > 0 {
            report.queries = try QueryBenchmark(database: folder.database, samples: queries,
                                                progress: { Diagnostics.report($0) }).run()
        }
        report.peakMemoryMiB = ProcessMemory.peakMiB
        return report
    }
}

struct ScaleReport: Encodable {
    struct Corpus: Encodable {
        var articles: Int
        var words: Int
        var baseArticles: Int
        /// Base articles naming people, the ones copied.
        var copiedArticles: Int
        var renamedWordsPerCopy: Int
    }

    struct Ingest: Encodable {
        var stored: Int
        var failed: Int
        var wallSeconds: Double
        var cpuSeconds: Double
        var articlesPerSecond: Double
        var wordsPerSecond: Double
        /// Articles per CPU-second: the per-core rate, whatever else shares the machine.
        var articlesPerCPUSecond: Double
        var databaseMiB: Double
        var peakMemoryMiB: Double?
    }

    var build: String
    var cores: Int
    var corpus: Corpus
    var ingest: Ingest
    var queries: QueryResults?
    var peakMemoryMiB: Double?

    init(build: String, cores: Int, corpus: ScaleCorpus, ingest result: IngestResult) {
        self.build = build
        self.cores = cores
        self.corpus = Corpus(articles: corpus.articles, words: corpus.words, baseArticles: corpus.baseArticles,
                             copiedArticles: corpus.copiedArticles, renamedWordsPerCopy: corpus.renamedWords)
        let wall = max(result.wallSeconds, 1e-9)
        ingest = Ingest(stored: result.documents, failed: result.failed, wallSeconds: result.wallSeconds,
                        cpuSeconds: result.cpuSeconds, articlesPerSecond: (Double(result.documents) / wall).rounded(),
                        wordsPerSecond: (Double(corpus.words) / wall).rounded(),
                        articlesPerCPUSecond: (Double(result.documents) / max(result.cpuSeconds, 1e-9)).rounded(),
                        databaseMiB: result.databaseMiB, peakMemoryMiB: result.peakMemoryMiB)
    }

    /// One line above the table: what was measured, on what.
    var heading: String {
        var parts = ["\(build) build", "\(cores) cores",
                     "\(BenchReport.number(Double(corpus.articles))) articles (\(BenchReport.number(Double(corpus.words))) words)"
                        + " from \(Plural.count(corpus.copiedArticles, "base article")) naming people,"
                        + " \(corpus.renamedWordsPerCopy) name words renamed per copy"]
        if let peakMemoryMiB { parts.append(String(format: "peak RSS %.0f MiB", peakMemoryMiB)) }
        return parts.joined(separator: ", ")
    }

    var table: Table {
        var rows: [[String]] = [[
            "ingest → SQLite", BenchReport.number(Double(ingest.stored)), BenchReport.seconds(ingest.wallSeconds), "", "",
            "\(BenchReport.number(ingest.articlesPerSecond)) articles/s, \(BenchReport.number(ingest.wordsPerSecond)) words/s, "
                + "\(BenchReport.number(ingest.articlesPerCPUSecond)) articles per CPU-second; "
                + String(format: "%.1f MiB database", ingest.databaseMiB)
                + (ingest.peakMemoryMiB.map { String(format: ", peak RSS %.0f MiB", $0) } ?? "")]]
        if let queries {
            rows.append(["fused record", "", "", "", "",
                         "\(Plural.count(queries.stories, "story", "stories")), "
                            + "\(Plural.count(queries.people, "person", "people")), \(Plural.count(queries.events, "event")), "
                            + "\(Plural.count(queries.conflicts, "conflict"))"])
            for query in queries.queries {
                rows.append([query.query, BenchReport.number(Double(query.count)), "",
                             String(format: "%.1f", query.medianMilliseconds), String(format: "%.1f", query.p95Milliseconds),
                             "read from the fused record"])
            }
        }
        return Table(headers: ["Measure", "Count", "Seconds", "Median ms", "P95 ms", "Note"], rows: rows, maxColumnWidth: 110)
    }
}

/// Copies the built corpus files into a new folder (`--keep-corpus`).
private func copyCorpus(_ files: [String], into folder: String) throws {
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        for file in files {
            try FileManager.default.copyItem(atPath: file, toPath: folder + "/" + (file as NSString).lastPathComponent)
        }
    } catch {
        throw CommandFailure("cannot keep the corpus in \(folder): \(error.localizedDescription)")
    }
}
