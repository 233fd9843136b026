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

        Examples:
          readout bench                                     # ./samples
          readout bench --repeat 200 corpus/dev corpus/seeds
          readout bench --stage ingest /data/news/          # memory, documents/s
          readout bench --format json --jobs 2 corpus/ > bench.json
          readout bench --stage analyze --jobs 1 --repeat 1 long-article.txt
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

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeat must be 1 or more") }
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        #if DEBUG
        Diagnostics.report("warning: this is a debug build; benchmarks are meaningful in release builds (swift build -c release)")
        #endif
        let report = try await Diagnostics.run { try await measure() }
        print(report, as: format)
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

    private func print(_ report: BenchReport, as format: OutputFormat) {
        switch format {
        case .json: Swift.print(JSONOutput.render(report))
        case .csv: Swift.print(report.table.renderCSV(), terminator: "")
        case .md: Swift.print(report.heading + "\n\n" + report.table.renderMarkdown(), terminator: "")
        case .table: Swift.print(report.heading + "\n\n" + report.table.renderText(), terminator: "")
        }
    }

    private static var build: String {
        #if DEBUG
        "debug"
        #else
        "release"
        #endif
    }
}
