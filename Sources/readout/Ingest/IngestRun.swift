// One ingest run: paths → files (lazily) → batches → read + analyze in parallel → store.
// In: paths, a reader, an analyzer, a store. Out: what was stored, skipped and why items failed.
// Only one batch of files is in memory at a time, so a folder of any size runs in flat memory.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutIngest
import ReadoutStore

struct IngestSummary {
    var files = 0
    var stored = 0
    var duplicates = 0
    var failures: [ReadoutError] = []

    mutating func add(_ other: IngestSummary) {
        files += other.files
        stored += other.stored
        duplicates += other.duplicates
        failures += other.failures
    }

    /// Failure reasons with how often each occurred, most frequent first.
    var failuresByReason: [(reason: String, count: Int)] {
        var counts: [String: Int] = [:]
        for failure in failures { counts[failure.reason, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
    }
}

struct IngestRun {
    let reader: ArticleReader
    let analyzer: ArticleAnalyzer
    let store: any ArticleStore
    let batchSize: Int

    /// Every failure is also passed to `onFailure` as it happens, so the user sees it at once.
    func run(paths: [String], progress: ProgressReporter, onFailure: (ReadoutError) -> Void) async -> IngestSummary {
        var summary = IngestSummary()
        var batch: [URL] = []
        for item in InputEnumerator(paths: paths) {
            switch item {
            case .success(let url):
                batch.append(url)
                if batch.count >= batchSize {
                    summary.add(await process(batch, progress: progress, onFailure: onFailure))
                    batch.removeAll(keepingCapacity: true)
                }
            case .failure(let error):
                summary.failures.append(error)
                onFailure(error)
            }
        }
        if !batch.isEmpty {
            summary.add(await process(batch, progress: progress, onFailure: onFailure))
        }
        return summary
    }

    private func process(_ files: [URL], progress: ProgressReporter,
                         onFailure: (ReadoutError) -> Void) async -> IngestSummary {
        var summary = IngestSummary(files: files.count)
        func fail(_ error: ReadoutError) {
            summary.failures.append(error)
            onFailure(error)
        }
        let results = await readAndAnalyze(files) { progress.advance(by: 1) }
        var analyzed: [(Article, ArticleAnalysis)] = []
        for result in results {
            result.failures.forEach(fail)
            analyzed += result.analyzed
        }
        // A feed or JSON Lines file can hold thousands of items: keep transactions batch-sized.
        for start in stride(from: 0, to: analyzed.count, by: batchSize) {
            summary.add(save(Array(analyzed[start..<min(start + batchSize, analyzed.count)]), onFailure: onFailure))
        }
        return summary
    }

    private func save(_ batch: [(Article, ArticleAnalysis)], onFailure: (ReadoutError) -> Void) -> IngestSummary {
        var summary = IngestSummary()
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
                    let failure = error as? ReadoutError
                        ?? ReadoutError(source: pair.0.source, reason: "not stored: \(error)")
                    summary.failures.append(failure)
                    onFailure(failure)
                }
            }
        }
        return summary
    }

    private struct FileOutcome: Sendable {
        var analyzed: [(Article, ArticleAnalysis)]
        var failures: [ReadoutError]
    }

    /// Reads and analyzes files on all cores; results come back in file order so output is repeatable.
    private func readAndAnalyze(_ files: [URL], onFileDone: () -> Void) async -> [FileOutcome] {
        let reader = reader, analyzer = analyzer
        return await withTaskGroup(of: (Int, FileOutcome).self) { group in
            for (index, file) in files.enumerated() {
                group.addTask {
                    let read = reader.read(file: file)
                    return (index, FileOutcome(analyzed: read.articles.map { ($0, analyzer.analyze($0)) },
                                               failures: read.failures))
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
