// One gold set for training and cross-validation: the gold file, its corpus folder, and the rules-alone
// extraction of that corpus with its score. The corpus is `<gold folder>/../corpus/<name>` (as
// `readout eval` finds it) or else `<gold folder>/corpus`.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutEval

struct GoldSet {
    var name: String
    var gold: ContractOutput
    var extraction: CorpusExtraction

    static func load(_ path: String, jobs: Int) throws -> GoldSet {
        let url = URL(fileURLWithPath: path)
        let gold = try ContractJSON.readOutput(file: url)
        let name = gold.corpus ?? url.deletingPathExtension().deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent()
        let candidates = [folder.appendingPathComponent("../corpus/\(name)").standardizedFileURL, folder.appendingPathComponent("corpus")]
        guard let corpus = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw CommandFailure("\(path): no corpus folder beside it (looked for \(candidates.map(\.path).joined(separator: ", ")))")
        }
        var extractor = CorpusExtractor(jobs: jobs)
        extractor.learned = false
        let listing = extractor.files(in: [corpus.path])
        let wanted = Set(gold.documents.map { NameNormalizer.documentKey(id: $0.id, file: $0.file) })
        let files = listing.files.filter { wanted.contains(NameNormalizer.documentKey(id: $0.lastPathComponent, file: nil)) }
        return GoldSet(name: name, gold: gold, extraction: extractor.extract(files: files))
    }

    /// The score of this set's extraction with the meeting filter `model` applied (nil: rules alone).
    func score(with model: LogisticModel?) -> EvalReport {
        var extraction = extraction
        if let model {
            for k in extraction.articles.indices {
                let a = extraction.articles[k]
                extraction.articles[k].analysis.events = MeetingFilterComponent.kept(a.analysis.events, article: a.article,
                                                                                      analysis: a.analysis, by: model)
            }
        }
        return Scorer.score(gold: gold, predicted: extraction.contractOutput(corpus: gold.corpus))
    }

    /// One example per MEET event the rules read: its features, and whether the gold confirms at least half
    /// of its participant pairs.
    func examples() -> [(features: [String: Double], label: Bool)] {
        let report = score(with: nil)
        let falseByDoc = Dictionary(report.documents.map { ($0.id, Set($0.falsePairs.map { RuleLedger.pairKey($0.first, $0.second) })) },
                                    uniquingKeysWith: { a, _ in a })
        var out: [(features: [String: Double], label: Bool)] = []
        for a in extraction.articles {
            let falses = falseByDoc[a.article.id] ?? []
            let features = EventFeatures.Reader(article: a.article, analysis: a.analysis)
            for e in a.analysis.events where e.type == .meet && e.status.isAsserted {
                let names = e.participants
                var total = 0, confirmed = 0
                for i in names.indices { for j in names.indices where j > i {
                    total += 1
                    if !falses.contains(RuleLedger.pairKey(names[i], names[j])) { confirmed += 1 }
                } }
                guard total > 0 else { continue }
                out.append((features.of(e), confirmed * 2 >= total))
            }
        }
        return out
    }
}
