// `readout extract`: analyze files without a database and print what they say.
// In: files and folders (text, HTML, feeds, JSON Lines). Out: the FORMAT.md JSON contract
// (--json) or a readable summary per article; unreadable files as one stderr line each.
import ArgumentParser
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutIngest

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Analyze articles and print their entities, events and quotes.",
        usage: """
        readout extract [--json | --explain] [--without-rule ID ...] [--jobs N]
                        [--outlet NAME] [--published DATE] PATH ...
        """,
        discussion: """
        Reads every file given, and every article file inside the folders
        given, analyzes the articles on all cores (no database), and prints
        them in input order.

        --json prints one JSON document in the shape of shared/eval/FORMAT.md
        (documents with entities, events, quotes and times, each naming the
        rule that made it; cross_document), which `readout eval --pred` and
        score.py read. --explain shows, sentence by sentence, what each rule
        found there: entities where first named, time expressions, quotes and
        events with their trigger word and status (negated and hypothetical
        events too, which scorers and fusion pass over). --without-rule takes
        an event rule out, to see what it was doing.

        A file that cannot be read is reported as `readout: FILE: REASON` on
        stderr; the others are still printed and the exit code is 1.

        Examples:
          readout extract article.txt
          readout extract --json corpus/ > extracted.json
          readout extract --explain article.txt
          readout extract --explain --without-rule meet.joint-action article.txt
          readout extract --jobs 1 --outlet "Daily Wire" page.html
        """)

    @Flag(name: .long, help: "Print the FORMAT.md JSON contract instead of a summary.")
    var json = false

    @Flag(name: .long, help: "Show, sentence by sentence, what each rule found (entities, times, quotes, events).")
    var explain = false

    @Option(name: .customLong("without-rule"), help: "Take this event rule out (repeatable; ids as --explain shows them).")
    var withoutRules: [String] = []

    @Option(name: .long, help: "Analyze on this many threads (default: all cores).")
    var jobs: Int?

    @Option(name: .long, help: "Outlet to record for every article read.")
    var outlet: String?

    @Option(name: .long, help: "Publication date (YYYY-MM-DD) to record for every article read.")
    var published: String?

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder") }
        guard !(json && explain) else { throw ValidationError("--json and --explain are two different outputs; choose one") }
        let known = Set(ArticleAnalyzer.eventRules.map(\.id))
        for id in withoutRules where !known.contains(id) {
            throw ValidationError("no event rule '\(id)'; the rules are: " + known.sorted().joined(separator: ", "))
        }
    }

    func run() async throws {
        let extractor = CorpusExtractor(overrides: IngestOverrides(outlet: outlet, published: published),
                                        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                        disabledRules: Set(withoutRules))
        let result = extractor.extract(paths: paths)
        if json {
            let output = result.contractOutput(corpus: corpusName)
            FileHandle.standardOutput.write(try ContractJSON.encode(output))
            print()
        } else if explain {
            print(result.articles.map(ArticleExplanation.render).joined(separator: "\n"), terminator: "")
        } else {
            print(result.articles.map(ArticleSummary.render).joined(separator: "\n"), terminator: "")
        }
        for failure in result.failures { Diagnostics.report(failure.description) }
        if !result.failures.isEmpty { throw ExitCode.failure }
    }

    /// One folder given: its name is the corpus name, as in a gold file's `corpus`.
    private var corpusName: String? {
        guard paths.count == 1 else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder), isFolder.boolValue else {
            return nil
        }
        return URL(fileURLWithPath: paths[0]).standardizedFileURL.lastPathComponent
    }
}
