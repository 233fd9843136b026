// `readout train`: fit the learned choices on the gold sets and write their weights; with
// --cross-validate, fit on every set but one and score the one left out, for each set, rules alone and
// rules with the learned choice. A choice is switched on only when its left-out figures beat the rules.
import ArgumentParser
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutEval

struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Fit the learned choices on the gold sets, and measure them.",
        usage: """
        readout train [--gold FILE ...] [--cross-validate]
                      [--output FILE] [--jobs N]
        """,
        discussion: """
        The learned choice today is the meeting filter: a logistic model over
        the features of every MEET event the rules read (which rule, trigger
        word, mode, status, who takes part, where the sentence sits, whether it
        reports speech) that drops the events the gold sets say are usually
        wrong. Training is deterministic and takes seconds.

        --cross-validate fits on all gold sets but one and scores the one left
        out, for each set: MEET pair F1 with the rules alone and with the
        filter. The written model is switched on (used by every command) only
        when the filter raises the left-out MEET pair F1 on average and lowers
        it on no set by more than 0.01.

        Default gold sets: ../shared/eval/{seeds,dev,dev2}.gold.json and
        eval/synthetic/synthetic.gold.json, those that exist.

        Examples:
          readout train --cross-validate
          readout train --gold shared/eval/dev.gold.json --gold my.gold.json
          readout train --output /tmp/meet-filter.json
        """)

    @Option(name: .long, help: "A gold file (repeatable); its corpus is found as readout eval finds it.")
    var gold: [String] = []

    @Flag(name: .customLong("cross-validate"), help: "Leave one set out at a time and print the figures.")
    var crossValidate = false

    @Option(name: .long, help: "Where to write the model (default: the bundled data file in this checkout).")
    var output: String = "Sources/ReadoutKnowledge/Data/model/meet-filter.json"

    @Option(name: .long, help: "Analyze on this many threads (default: all cores).")
    var jobs: Int?

    func run() async throws {
        try await Diagnostics.run {
            let paths = gold.isEmpty ? Self.defaultGolds.filter { FileManager.default.fileExists(atPath: $0) } : gold
            guard paths.count >= 2 else { throw CommandFailure("give at least two gold sets (found \(paths.count))") }
            let sets = try paths.map { try GoldSet.load($0, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) }
            var figures: [String: [String: Double]] = [:]
            var rows: [[String]] = []
            if crossValidate {
                for held in sets.indices {
                    let model = Self.fit(sets.enumerated().filter { $0.offset != held }.map(\.element))
                    let alone = sets[held].score(with: nil).meetPairs.f1
                    let learned = sets[held].score(with: model).meetPairs.f1
                    figures[sets[held].name] = ["rules": alone, "rules+filter": learned]
                    rows.append([sets[held].name, String(format: "%.3f", alone), String(format: "%.3f", learned),
                                 String(format: "%+.3f", learned - alone)])
                }
                print("Leave one set out: MEET pair F1 on the set left out")
                print(Table(headers: ["SET", "RULES ALONE", "RULES + FILTER", "CHANGE"], rows: rows).renderText(), terminator: "")
            }
            let model = Self.fit(sets)
            let gains = figures.values.map { ($0["rules+filter"] ?? 0) - ($0["rules"] ?? 0) }
            let enabled = !gains.isEmpty && gains.reduce(0, +) / Double(gains.count) > 0 && gains.allSatisfy { $0 > -0.01 }
            let file = LearnedModels.MeetingFilterFile(model: model, enabled: enabled, trainedOn: sets.map(\.name),
                                                       command: "readout train --cross-validate", crossValidation: figures)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(file).write(to: URL(fileURLWithPath: output))
            print("wrote \(output): \(model.weights.count) weights, threshold \(model.threshold), " +
                  (crossValidate ? (enabled ? "switched on (left-out figures improve)" : "switched off (left-out figures do not improve)")
                                 : "switched off (run with --cross-validate to decide)"))
        }
    }

    static let defaultGolds = ["../shared/eval/seeds.gold.json", "../shared/eval/dev.gold.json", "../shared/eval/dev2.gold.json",
                               "eval/synthetic/synthetic.gold.json"]

    /// Fits the model on the sets, then picks the threshold that gives them the best total MEET pair F1.
    static func fit(_ sets: [GoldSet]) -> LogisticModel {
        var model = LogisticModel.train(sets.flatMap { $0.examples() })
        var best = (threshold: 0.5, f1: -1.0)
        for threshold in [0.2, 0.3, 0.4, 0.5, 0.6] {
            model.threshold = threshold
            let f1 = sets.map { $0.score(with: model).meetPairs.f1 }.reduce(0, +)
            if f1 > best.f1 + 1e-9 { best = (threshold, f1) }
        }
        model.threshold = best.threshold
        return model
    }
}
