// `readout ingest --queue`: paths → files → articles → the PostgreSQL queue, and nothing more. The
// analysis, storing and fusing are left to `readout worker` processes (PostgresQueue), so reading a
// large archive takes minutes and any number of workers, anywhere, share the rest.
// In: paths, a reader, a PostgreSQL store. Out: what was queued and why items failed.
import Foundation
import ReadoutCore
import ReadoutIngest
import ReadoutPostgres

struct QueueRun {
    let reader: ArticleReader
    let store: PostgresStore
    let batchSize: Int

    /// `summary.stored` counts the articles queued (none is stored yet).
    func run(paths: [String], progress: ProgressReporter, onFailure: (ReadoutError) -> Void) async -> IngestSummary {
        var summary = IngestSummary()
        var batch: [URL] = []
        for item in InputEnumerator(paths: paths, database: nil).entries {
            switch item {
            case .file(let url):
                batch.append(url)
                if batch.count >= batchSize {
                    await queue(batch, into: &summary, progress: progress, onFailure: onFailure)
                    batch.removeAll(keepingCapacity: true)
                }
            case .failure(let error):
                summary.failures.append(error)
                onFailure(error)
            case .passedOver:
                summary.passedOver += 1
            }
        }
        if !batch.isEmpty { await queue(batch, into: &summary, progress: progress, onFailure: onFailure) }
        return summary
    }

    /// Reads the files on all cores, then queues their articles in one transaction.
    private func queue(_ files: [URL], into summary: inout IngestSummary, progress: ProgressReporter,
                       onFailure: (ReadoutError) -> Void) async {
        let reader = reader
        let reads = await withTaskGroup(of: (Int, FileReadResult).self) { group in
            for (index, file) in files.enumerated() { group.addTask { (index, reader.read(file: file)) } }
            var reads = [FileReadResult?](repeating: nil, count: files.count)
            for await (index, read) in group {
                reads[index] = read
                progress.advance(by: 1)
            }
            return reads.compactMap { $0 }
        }
        var articles: [Article] = []
        for read in reads {
            if read.notArticles != nil {
                summary.passedOver += 1
                continue
            }
            summary.files += 1
            summary.failures += read.failures
            read.failures.forEach(onFailure)
            articles += read.articles
        }
        do {
            summary.stored += try store.enqueue(articles)
        } catch {
            let failure = error as? ReadoutError ?? ReadoutError(source: store.url.description, reason: "\(error)")
            summary.failures.append(failure)
            onFailure(failure)
        }
    }
}
