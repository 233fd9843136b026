// Everything one `readout bench` run measured, and how it is printed.
// In: the results of the stages that ran. Out: a table (also CSV/Markdown) for people,
// or JSON (--format json) with the same figures for scripts and records.
import Foundation
import ReadoutAnalysis

struct BenchReport: Encodable {
    struct Corpus: Encodable {
        var files: Int
        var articles: Int
        var words: Int
        var megabytes: Double
        var repeats: Int
        var unreadable: Int
    }

    struct StageShare: Encodable {
        var stage: String
        var seconds: Double
        var share: Double
        var wordsPerSecond: Double
    }

    /// One pipeline component's time (CPU time of the measuring thread, as for stages).
    struct ComponentShare: Encodable {
        var component: String
        var stage: String
        var seconds: Double
        var share: Double
        var wordsPerSecond: Double
    }

    var build: String
    var cores: Int
    var corpus: Corpus?
    var knowledgeLoadSeconds: Double?
    var clean: Throughput?
    var cleanMegabytesPerSecond: Double?
    var analysisOneCore: Throughput?
    var analysisStages: [StageShare]?
    var analysisComponents: [ComponentShare]?
    var analysisParallel: Throughput?
    /// Parallel words/s over one-core words/s (wall clock).
    var speedUp: Double?
    var ingest: IngestResult?
    var peakMemoryMiB: Double?

    static func stageShares(_ clock: StageClock, words: Int) -> [StageShare] {
        let total = AnalysisStage.allCases.reduce(0) { $0 + clock.seconds($1) }
        return AnalysisStage.allCases.map { stage in
            let seconds = clock.seconds(stage)
            return StageShare(stage: stage.rawValue, seconds: seconds, share: seconds / max(total, 1e-12),
                              wordsPerSecond: (Double(words) / max(seconds, 1e-12)).rounded())
        }
    }

    static func componentShares(_ clock: StageClock, analyzer: ArticleAnalyzer, words: Int) -> [ComponentShare] {
        let total = analyzer.components.indices.reduce(0) { $0 + clock.seconds(component: $1) }
        return analyzer.components.enumerated().map { index, component in
            let seconds = clock.seconds(component: index)
            return ComponentShare(component: component.name, stage: component.stage.rawValue, seconds: seconds,
                                  share: seconds / max(total, 1e-12), wordsPerSecond: (Double(words) / max(seconds, 1e-12)).rounded())
        }
    }

    var table: Table {
        var rows: [[String]] = []
        func row(_ measure: String, _ t: Throughput, _ note: String) {
            rows.append([measure, Self.number(Double(t.articles)), Self.number(Double(t.words)), Self.seconds(t.wallSeconds),
                         Self.number(t.wordsPerSecond), Self.number(t.articlesPerSecond), note])
        }
        if let clean {
            row("clean, 1 core", clean, String(format: "%.1f MB/s of input", cleanMegabytesPerSecond ?? 0))
        }
        if let one = analysisOneCore {
            row("analyze, 1 core", one, Self.number(one.wordsPerCPUSecond) + " words per CPU-second")
            let components = analysisComponents ?? []
            for stage in analysisStages ?? [] {
                rows.append(["  " + stage.stage, "", "", Self.seconds(stage.seconds), Self.number(stage.wordsPerSecond), "",
                             String(format: "%.1f%% of analysis (CPU time)", stage.share * 100)])
                // A stage of several components shows each (events: reading, consolidation, the learned filter).
                let parts = components.filter { $0.stage == stage.stage }
                guard parts.count > 1 else { continue }
                for part in parts {
                    rows.append(["    · " + part.component, "", "", Self.seconds(part.seconds), Self.number(part.wordsPerSecond), "",
                                 String(format: "%.1f%% of analysis", part.share * 100)])
                }
            }
        }
        if let parallel = analysisParallel {
            row("analyze, \(parallel.jobs) threads", parallel, speedUp.map { String(format: "speed-up %.2f×", $0) } ?? "")
        }
        if let ingest {
            rows.append(["ingest → SQLite", Self.number(Double(ingest.documents)), "", Self.seconds(ingest.wallSeconds), "",
                         Self.number(ingest.documentsPerSecond),
                         String(format: "%d files, %.1f MiB database", ingest.files, ingest.databaseMiB)
                            + (ingest.peakMemoryMiB.map { String(format: ", peak RSS %.0f MiB", $0) } ?? "")])
        }
        return Table(headers: ["Measure", "Articles", "Words", "Seconds", "Words/s", "Articles/s", "Note"], rows: rows,
                     maxColumnWidth: 70)
    }

    /// One line above the table: what was measured, on what.
    var heading: String {
        var parts = ["\(build) build", "\(cores) cores"]
        if let corpus {
            parts.append("\(Plural.count(corpus.articles, "article")) × \(corpus.repeats) (\(Self.number(Double(corpus.words))) words each pass)")
        }
        if let knowledgeLoadSeconds { parts.append(String(format: "knowledge loaded in %.2f s", knowledgeLoadSeconds)) }
        if let peakMemoryMiB { parts.append(String(format: "peak RSS %.0f MiB", peakMemoryMiB)) }
        return parts.joined(separator: ", ")
    }

    /// 512345.6 → "512,346".
    static func number(_ value: Double) -> String {
        let digits = String(Int(value.rounded()))
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % 3 == 0 && c != "-" { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }

    static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
}
