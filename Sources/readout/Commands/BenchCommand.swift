// `readout bench [PATH...]`: how fast Readout cleans, analyzes and stores articles on this machine.
// In: article files and folders (default ./samples), read once before timing. Out: a table
// (or JSON/CSV/Markdown with --format) of words/s and articles/s per stage, per core and on
// all cores, the share of each analysis stage, and peak memory. The work is in Bench/.
import ArgumentParser
import Foundation
import ReadoutAnalysis

struct BenchCommand: AsyncParsableCommand {
    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case clean, analyze, ingest, all
    }

    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed per stage and peak memory.",
        usage: """
        readout bench [PATH...] [--repeat N] [--jobs N] [--stage STAGE]
                      [--format FORMAT] [--save-text FILE]
        readout bench --scale N [PATH...] [--queries N] [--keep-db FILE]
                      [--keep-corpus FOLDER]
                      [--format FORMAT]
        """,
        discussion: """
        Reads the articles once, then times: cleaning (raw bytes → article, one
        core); analysis on one core with the time of each stage (tokenize,
        segment, entities, times, quotes, events) and of each component of a
        stage of several (CPU time of the measuring thread); analysis on --jobs
        threads and the speed-up; and a full ingest into a temporary SQLite file
        (documents/s, peak resident memory). Figures are words/s and articles/s.

        --save-text writes the text of every article measured (once, not
        replicated) as JSON Lines ({"id", "text"}), so another tool can be
        timed on exactly the text Readout analyzed (scripts/compare-spacy.sh).

        --repeat replicates the corpus in memory so a small corpus gives a
        stable figure; ingest always runs once over the files themselves. Words
        are whitespace-separated, as `wc -w` counts them. Numbers from a debug
        build mean little: build with `swift build -c release`.

        --scale N measures a store of N articles instead: it copies the
        articles (./samples and the PATHs given) until there are N, giving every
        copy its own people (each person's surname becomes an invented one and
        their given name another of the corpus's own, the same in every article
        of that copy), so entities and events really differ from copy to copy.
        It ingests them into a temporary SQLite file and reports articles/s,
        words/s, articles per CPU-second, database size and peak memory; then it
        times each cross-article query (stories, timeline, actor, conflicts,
        compare, brief: the commands' own code) over up to --queries random
        stories and actors, median and 95th percentile. Progress goes to stderr;
        --save-text writes the built articles, --keep-db keeps the database,
        --keep-corpus keeps the built articles as JSON Lines files in a new
        folder (to ingest them elsewhere: into PostgreSQL for `readout worker`).
        --queries 0 measures ingest only.

        Examples:
          readout bench                                     # ./samples
          readout bench --repeat 200 corpus/dev corpus/seeds
          readout bench --stage ingest /data/news/          # memory, documents/s
          readout bench --format json --jobs 2 corpus/ > bench.json
          readout bench --stage analyze --jobs 1 --repeat 1 long-article.txt
          readout bench --scale 1000 ../shared/corpus/dev
          readout bench --scale 10000 --queries 20 --format json corpus/ > scale.json
        """)

    @Argument(help: "Files or folders of articles (default: ./samples).")
    var paths: [String] = []

    @Option(name: .customLong("repeat"), help: "Times to replicate the corpus in memory for clean and analyze.")
    var repeats: Int = 20

    @Option(name: .long, help: "Threads for the parallel analysis (default: all cores).")
    var jobs: Int?

    @Option(name: .long, help: "What to time: clean, analyze, ingest or all.")
    var stage: Stage = .all

    @Option(name: .long, help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table

    @Option(name: .customLong("save-text"), help: "Write the measured articles' text here as JSON Lines ({\"id\", \"text\"}).")
    var saveText: String?

    @Option(name: .long, help: "Build a store of this many articles (people renamed per copy) and time ingest and queries.")
    var scale: Int?

    @Option(name: .long, help: "With --scale: stories and actors to time each query on (0: ingest only).")
    var queries: Int = 100

    @Option(name: .customLong("keep-db"), help: "With --scale: keep the database built here (a new file) to look into.")
    var keepDatabase: String?

    @Option(name: .customLong("keep-corpus"), help: "With --scale: keep the built articles (JSON Lines) in this new folder.")
    var keepCorpus: String?

    func validate() throws {
        if let scale, scale < 1 { throw ValidationError("--scale must be 1 or more") }
        guard queries >= 0 else { throw ValidationError("--queries must be 0 or more") }
        guard repeats >= 1 else { throw ValidationError("--repeat must be 1 or more") }
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        #if DEBUG
        Diagnostics.report("warning: this is a debug build; benchmarks are meaningful in release builds (swift build -c release)")
        #endif
        if let scale {
            let report = try await Diagnostics.run { try await measureScale(scale) }
            print(report, as: format)
            return
        }
        let report = try await Diagnostics.run { try await measure() }
        print(report, as: format)
    }

    /// A store of `count` articles built from ./samples and the paths given.
    private func measureScale(_ count: Int) async throws -> ScaleReport {
        let samples = FileManager.default.currentDirectoryPath + "/samples"
        let inputs = paths + (FileManager.default.fileExists(atPath: samples) ? [samples] : [])
        guard !inputs.isEmpty else { throw CommandFailure("no samples/ folder here; give the files or folders to copy") }
        let base = BenchCorpus.read(paths: inputs)
        for failure in base.failures { Diagnostics.report(failure.description) }
        guard !base.articles.isEmpty else { throw CommandFailure("no readable articles in \(inputs.joined(separator: " "))") }
        return try await ScaleBenchmark(base: base.articles, count: count, queries: queries, saveText: saveText,
                                        keepDatabase: keepDatabase, keepCorpus: keepCorpus)
            .run(build: Self.build, cores: ProcessInfo.processInfo.activeProcessorCount)
    }

    private func measure() async throws -> BenchReport {
        let inputs = try inputPaths()
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var report = BenchReport(build: Self.build, cores: cores)
        if stage != .ingest {
            let corpus = BenchCorpus.read(paths: inputs)
            for failure in corpus.failures { Diagnostics.report(failure.description) }
            guard !corpus.articles.isEmpty else { throw CommandFailure("no readable articles in \(inputs.joined(separator: " "))") }
            if let saveText { try corpus.saveText(to: saveText) }
            report.corpus = .init(files: corpus.files.count, articles: corpus.articles.count, words: corpus.words,
                                  megabytes: Double(corpus.bytes) / 1_048_576, repeats: repeats,
                                  unreadable: corpus.failures.count)
            if stage == .clean || stage == .all {
                let clean = CleanBenchmark(files: corpus.files, repeats: repeats).oneCore()
                report.clean = clean.throughput
                report.cleanMegabytesPerSecond = clean.megabytesPerSecond
            }
            if stage == .analyze || stage == .all {
                measureAnalysis(corpus, into: &report, jobs: jobs ?? cores)
            }
        }
        if stage == .ingest || stage == .all {
            report.ingest = try await IngestBenchmark(paths: inputs).run()
        }
        report.peakMemoryMiB = ProcessMemory.peakMiB
        return report
    }

    private func measureAnalysis(_ corpus: BenchCorpus, into report: inout BenchReport, jobs: Int) {
        let loadStart = BenchClock.wall()
        let analyzer = ArticleAnalyzer()  // loads the shared knowledge files
        report.knowledgeLoadSeconds = BenchClock.seconds(BenchClock.wall() - loadStart)
        let bench = AnalysisBenchmark(analyzer: analyzer, articles: corpus.articles, words: corpus.words, repeats: repeats)
        bench.warmUp()
        let (one, stages) = bench.oneCore()
        report.analysisOneCore = one
        report.analysisStages = BenchReport.stageShares(stages, words: one.words)
        report.analysisComponents = BenchReport.componentShares(stages, analyzer: analyzer, words: one.words)
        let parallel = bench.parallel(jobs: jobs)
        report.analysisParallel = parallel
        report.speedUp = parallel.wordsPerSecond / max(one.wordsPerSecond, 1e-9)
    }

    /// The paths given, or ./samples when none were.
    private func inputPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        let samples = FileManager.default.currentDirectoryPath + "/samples"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: samples, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("no samples/ folder here; give the files or folders to measure")
        }
        return [samples]
    }

    private func print(_ report: some BenchFigures, as format: OutputFormat) {
        switch format {
        case .json: Swift.print(JSONOutput.render(report))
        case .csv: Swift.print(report.table.renderCSV(), terminator: "")
        case .md: Swift.print(report.heading + "\n\n" + report.table.renderMarkdown(), terminator: "")
        case .table: Swift.print(report.heading + "\n\n" + report.table.renderText(), terminator: "")
        }
    }

    static var build: String {
        #if DEBUG
        "debug"
        #else
        "release"
        #endif
    }
}

/// A benchmark's results as printed: a heading line and a table for people, JSON for programs.
protocol BenchFigures: Encodable {
    var heading: String { get }
    var table: Table { get }
}

extension BenchReport: BenchFigures {}
extension ScaleReport: BenchFigures {}
