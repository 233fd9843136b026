// One ingest run: paths → files (lazily) → batches → read + analyze in parallel → store.
// In: paths, a reader, an analyzer, a store. Out: what was stored, skipped and why items failed.
// At most two batches are in memory (one being analyzed, the one before it being stored),
// so a folder of any size runs in flat memory, and storing overlaps with analyzing.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutIngest
import ReadoutStore

struct IngestSummary: Sendable {
    var files = 0
    var stored = 0
    var duplicates = 0
    var failures: [ReadoutError] = []
    /// Files that are not articles (by name or content) and the database in use: not read as articles, not failures.
    var passedOver = 0

    mutating func add(_ other: IngestSummary) {
        files += other.files
        stored += other.stored
        duplicates += other.duplicates
        failures += other.failures
        passedOver += other.passedOver
    }

    /// Failure reasons with how often each occurred, most frequent first.
    var failuresByReason: [(reason: String, count: Int)] {
        var counts: [String: Int] = [:]
        for failure in failures { counts[failure.reason, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
    }
}

struct IngestRun {
    typealias Analyzed = [(Article, ArticleAnalysis)]

    let reader: ArticleReader
    let analyzer: ArticleAnalyzer
    let store: any ArticleStore
    let batchSize: Int

    /// Every failure is also passed to `onFailure`: read failures as they happen, store failures
    /// when their batch is done. `database` (the file being written) is never read as an article.
    func run(paths: [String], database: String?, progress: ProgressReporter,
             onFailure: (ReadoutError) -> Void) async -> IngestSummary {
        var summary = IngestSummary()
        var batch: [URL] = []
        var saving: Task<IngestSummary, Never>?
        for item in InputEnumerator(paths: paths, database: database).entries {
            switch item {
            case .file(let url):
                batch.append(url)
                if batch.count >= batchSize {
                    saving = await process(batch, after: saving, into: &summary, progress: progress, onFailure: onFailure)
                    batch.removeAll(keepingCapacity: true)
                }
            case .failure(let error):
                summary.failures.append(error)
                onFailure(error)
            case .passedOver:
                summary.passedOver += 1
            }
        }
        if !batch.isEmpty {
            saving = await process(batch, after: saving, into: &summary, progress: progress, onFailure: onFailure)
        }
        if let saving { summary.add(Self.reported(await saving.value, onFailure)) }
        return summary
    }

    /// Reads and analyzes `files`, waits for the previous batch to be stored, then starts storing
    /// this one in the background. Batches are stored one after another, in input order.
    private func process(_ files: [URL], after previous: Task<IngestSummary, Never>?, into summary: inout IngestSummary,
                         progress: ProgressReporter, onFailure: (ReadoutError) -> Void) async -> Task<IngestSummary, Never> {
        var analyzed: Analyzed = []
        for outcome in await readAndAnalyze(files, onFileDone: { progress.advance(by: 1) }) {
            if outcome.notArticles {
                summary.passedOver += 1
                continue
            }
            summary.files += 1
            summary.failures += outcome.failures
            outcome.failures.forEach(onFailure)
            analyzed += outcome.analyzed
        }
        if let previous { summary.add(Self.reported(await previous.value, onFailure)) }
        let store = store, batchSize = batchSize, analyzer = analyzer
        return Task.detached {
            var summary = Self.save(analyzed, to: store, batchSize: batchSize)
            summary.failures += Self.fuse(store, analyzer: analyzer)
            return summary
        }
    }

    /// Fuses the documents just stored with the neighbourhoods they join, when the store keeps the
    /// fused record. A failure leaves them waiting for the next ingest or `readout fuse`; the
    /// articles themselves stay stored.
    private static func fuse(_ store: any ArticleStore, analyzer: ArticleAnalyzer) -> [ReadoutError] {
        guard let store = store as? any KeepsFusedRecord else { return [] }
        do {
            try store.fusePending(reanalyze: { article, _ in analyzer.analyze(article) })
            return []
        } catch {
            let reason = (error as? ReadoutError)?.reason ?? "\(error)"
            return [ReadoutError(source: "fusion", reason: "not updated (\(reason)); `readout fuse` retries")]
        }
    }

    /// Analyzes articles already in memory (the pages `readout watch` fetched) on all cores, then
    /// stores and fuses them as one batch, exactly as a batch of files is.
    func store(articles: [Article]) async -> IngestSummary {
        let analyzer = analyzer
        let analyzed: Analyzed = await withTaskGroup(of: (Int, Article, ArticleAnalysis).self) { group in
            for (index, article) in articles.enumerated() {
                group.addTask { (index, article, analyzer.analyze(article)) }
            }
            var results = [(Article, ArticleAnalysis)?](repeating: nil, count: articles.count)
            for await (index, article, analysis) in group { results[index] = (article, analysis) }
            return results.compactMap { $0 }
        }
        let store = store, batchSize = batchSize
        return await Task.detached {
            var summary = Self.save(analyzed, to: store, batchSize: batchSize)
            summary.files = articles.count
            summary.failures += Self.fuse(store, analyzer: analyzer)
            return summary
        }.value
    }

    private static func reported(_ summary: IngestSummary, _ onFailure: (ReadoutError) -> Void) -> IngestSummary {
        summary.failures.forEach(onFailure)
        return summary
    }

    /// One transaction per `batchSize` articles (a feed or JSON Lines file can hold thousands).
    private static func save(_ analyzed: Analyzed, to store: any ArticleStore, batchSize: Int) -> IngestSummary {
        var summary = IngestSummary()
        for start in stride(from: 0, to: analyzed.count, by: batchSize) {
            let batch = Array(analyzed[start..<min(start + batchSize, analyzed.count)])
            do {
                let saved = try store.save(batch: batch)
                summary.stored += saved.stored
                summary.duplicates += saved.duplicates
            } catch {
                // The batch was rolled back as a whole; store its articles one by one so a
                // single bad article costs only itself.
                for pair in batch {
                    do {
                        let saved = try store.save(batch: [pair])
                        summary.stored += saved.stored
                        summary.duplicates += saved.duplicates
                    } catch {
                        // Named by the article, whatever the store named, so a caller can tell which one was not stored.
                        let reason = (error as? ReadoutError)?.reason ?? "not stored: \(error)"
                        summary.failures.append(ReadoutError(source: pair.0.source, reason: reason))
                    }
                }
            }
        }
        return summary
    }

    private struct FileOutcome: Sendable {
        var analyzed: Analyzed
        var failures: [ReadoutError]
        /// The content showed the file holds no articles (a script, JSON data): passed over.
        var notArticles: Bool
    }

    /// Reads and analyzes files on all cores; results come back in file order so output is repeatable.
    private func readAndAnalyze(_ files: [URL], onFileDone: () -> Void) async -> [FileOutcome] {
        let reader = reader, analyzer = analyzer
        return await withTaskGroup(of: (Int, FileOutcome).self) { group in
            for (index, file) in files.enumerated() {
                group.addTask {
                    let read = reader.read(file: file)
                    return (index, FileOutcome(analyzed: read.articles.map { ($0, analyzer.analyze($0)) },
                                               failures: read.failures, notArticles: read.notArticles != nil))
                }
            }
            var outcomes = [FileOutcome?](repeating: nil, count: files.count)
            for await (index, outcome) in group {
                outcomes[index] = outcome
                onFileDone()
            }
            return outcomes.compactMap { $0 }
        }
    }
}
