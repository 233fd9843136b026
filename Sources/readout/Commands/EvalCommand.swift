// `readout eval`: score extraction against a gold file, as shared/eval/score.py does.
// In: a gold file (FORMAT.md), and either the corpus folder to extract or a prediction JSON.
// Out: score.py's figures, per-type tables and per-document misses (table), or all as JSON.
import ArgumentParser
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutEval

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold annotations (precision, recall, F1).",
        usage: """
        readout eval --gold FILE [--corpus DIR | --pred FILE] [--details]
                     [--by-rule] [--format FORMAT] [--jobs N]
        """,
        discussion: """
        Without --pred, extracts the corpus the way `readout extract` does and
        scores the result; the corpus folder defaults to <gold folder>/../
        corpus/<the gold's "corpus" name>, and only the files the gold
        annotates are read. With --pred, scores that JSON instead (Readout's
        output or any program's in the FORMAT.md shape).

        The figures are score.py's, under the same keys; then entity figures
        per type, event counts and figures per type, and per document the
        misses and false alarms (every item with --details). Predicted events
        with a status other than occurred, planned or reported (negated,
        hypothetical) are counted but not scored, as score.py does. --format
        json prints score.py's keys plus a "details" object.

        --by-rule prints, for every rule, the facts it made that the gold
        confirms and those it does not, and for every event rule what the
        scores lose and gain when the corpus is extracted again without it.

        Examples:
          readout eval --gold shared/eval/dev.gold.json
          readout eval --gold seeds.gold.json --corpus articles/seeds --details
          readout extract --json shared/corpus/dev > dev.json
          readout eval --gold shared/eval/dev.gold.json --pred dev.json --format json
          readout eval --gold shared/eval/dev2.gold.json --by-rule
        """)

    @Option(name: .long, help: "Gold annotations (FORMAT.md JSON).")
    var gold: String

    @Option(name: .long, help: "Folder with the gold's articles (default: <gold folder>/../corpus/<corpus>).")
    var corpus: String?

    @Option(name: .long, help: "Score this prediction JSON instead of extracting the corpus.")
    var pred: String?

    @Option(name: .long, help: "table (default), json, csv or md; csv and md print the figures only.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "List every missed and false entity, pair, event, date, place, status and quote.")
    var details = false

    @Flag(name: .customLong("by-rule"), help: "Per rule: facts confirmed and not; for event rules, hits lost and false alarms removed without it.")
    var byRule = false

    @Option(name: .long, help: "Analyze on this many threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        if pred != nil && corpus != nil { throw ValidationError("give --pred or --corpus, not both") }
        if byRule && pred != nil { throw ValidationError("--by-rule extracts the corpus again without each rule; it cannot score --pred") }
    }

    func run() async throws {
        try await Diagnostics.run {
            let goldURL = URL(fileURLWithPath: gold)
            let goldOutput = try ContractJSON.readOutput(file: goldURL)
            let prediction = try pred.map { try ContractJSON.readOutput(file: URL(fileURLWithPath: $0)) }
                ?? extractCorpus(of: goldOutput, goldURL: goldURL)
            let report = Scorer.score(gold: goldOutput, predicted: prediction)
            if byRule {
                try printRuleLedger(gold: goldOutput, goldURL: goldURL, prediction: prediction, report: report)
                return
            }
            switch format {
            case .table: print(EvalReportText.render(report, details: details), terminator: "")
            case .json:
                FileHandle.standardOutput.write(try report.jsonData())
                print()
            case .csv: print(EvalReportText.figureTable(report).renderCSV(), terminator: "")
            case .md: print(EvalReportText.figureTable(report).renderMarkdown(), terminator: "")
            }
        }
    }

    /// Extracts the gold's documents from the corpus folder; unreadable files are reported and
    /// then scored as missing, so the figures still come out.
    /// `--by-rule`: the facts each rule made, then each event rule taken out in turn.
    private func printRuleLedger(gold goldOutput: ContractOutput, goldURL: URL, prediction: ContractOutput, report: EvalReport) throws {
        var rows = RuleLedger.made(prediction: prediction, report: report)
        for (id, summary) in ArticleAnalyzer.eventRules {
            let without = Scorer.score(gold: goldOutput, predicted: try extractCorpus(of: goldOutput, goldURL: goldURL, without: [id]))
            let effect = RuleLedger.removal(base: report, without: without)
            rows[id, default: RuleLedger.Row(rule: id)].hitsLost = effect.hitsLost
            rows[id, default: RuleLedger.Row(rule: id)].falseRemoved = effect.falseRemoved
            rows[id, default: RuleLedger.Row(rule: id)].summary = summary
        }
        let ordered = rows.values.sorted { $0.rule < $1.rule }
        if format == .json {
            let objects: [[String: Any]] = ordered.map { r in
                var o: [String: Any] = ["rule": r.rule, "confirmed": r.confirmed, "unconfirmed": r.unconfirmed]
                if let h = r.hitsLost { o["hits_lost_without"] = h }
                if let f = r.falseRemoved { o["false_removed_without"] = f }
                return o
            }
            FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: ["corpus": goldOutput.corpus ?? "", "rules": objects],
                                                                      options: [.prettyPrinted, .sortedKeys]))
            print()
            return
        }
        let table = Table(headers: ["RULE", "CONFIRMED", "NOT", "LOST WITHOUT", "FALSE GONE WITHOUT", "VERDICT"], rows: ordered.map { r in
            let verdict: String
            if let lost = r.hitsLost, let gone = r.falseRemoved {
                verdict = lost == 0 && gone == 0 ? "no effect" : gone > lost ? "costs more than it gives" : "keeps \(lost - gone) net"
            } else {
                verdict = r.unconfirmed > r.confirmed ? "mostly unconfirmed" : ""
            }
            return [r.rule, String(r.confirmed), String(r.unconfirmed), r.hitsLost.map(String.init) ?? "—",
                    r.falseRemoved.map(String.init) ?? "—", verdict]
        })
        print("Rules on \(goldOutput.corpus ?? gold) (facts: MEET pairs, other events, entities, quotes)")
        print(format == .md ? table.renderMarkdown() : format == .csv ? table.renderCSV() : table.renderText(), terminator: "")
    }

    private func extractCorpus(of goldOutput: ContractOutput, goldURL: URL, without rules: Set<String> = []) throws -> ContractOutput {
        let folder = try corpusFolder(goldOutput, goldURL: goldURL)
        let extractor = CorpusExtractor(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, disabledRules: rules)
        let listing = extractor.files(in: [folder.path])
        let wanted = Set(goldOutput.documents.map { NameNormalizer.documentKey(id: $0.id, file: $0.file) })
        let files = listing.files.filter { wanted.contains(NameNormalizer.documentKey(id: $0.lastPathComponent, file: nil)) }
        if files.isEmpty {
            throw CommandFailure("\(folder.path): none of the gold's \(wanted.count) documents is there (give --corpus DIR)")
        }
        let result = extractor.extract(files: files)
        if rules.isEmpty { for failure in listing.failures + result.failures { Diagnostics.report(failure.description) } }
        return result.contractOutput(corpus: goldOutput.corpus)
    }

    private func corpusFolder(_ goldOutput: ContractOutput, goldURL: URL) throws -> URL {
        if let corpus { return URL(fileURLWithPath: corpus) }
        guard let name = goldOutput.corpus, !name.isEmpty else {
            throw CommandFailure("\(gold): no \"corpus\" name in the gold file; give --corpus DIR")
        }
        return goldURL.deletingLastPathComponent().appendingPathComponent("../corpus/\(name)").standardizedFileURL
    }
}
