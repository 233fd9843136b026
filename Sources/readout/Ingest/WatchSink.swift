// The articles `readout watch` fetched → analyzed and stored through the same run `readout ingest`
// uses (IngestRun: analysis on all cores, one transaction per batch, duplicates by content hash
// skipped, then fusion). An actor, so polls finishing together store and fuse one after another.
import ReadoutCore
import ReadoutWatch

actor WatchSink: ArticleSink {
    let run: IngestRun

    init(run: IngestRun) {
        self.run = run
    }

    func store(_ articles: [Article]) async -> SinkOutcome {
        let summary = await run.store(articles: articles)
        return SinkOutcome(stored: summary.stored, duplicates: summary.duplicates, failures: summary.failures)
    }
}
