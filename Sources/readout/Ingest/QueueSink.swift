// `readout watch --queue`: the articles a poll fetched go on the queue `readout ingest --queue`
// fills (PostgresQueue), for `readout worker` processes, here or on other machines, to analyse, store
// and fuse. Nothing is analysed in the watcher, so one small process keeps up with many feeds.
// An article queued twice (a watcher stopped between queueing and remembering it) is stored once:
// the worker skips it as a duplicate by its content hash.
import ReadoutCore
import ReadoutPostgres
import ReadoutWatch

struct QueueSink: ArticleSink {
    let store: PostgresStore

    /// `stored` counts the articles queued; a failed transaction queues none of them, each named.
    func store(_ articles: [Article]) async -> SinkOutcome {
        do {
            return SinkOutcome(stored: try store.enqueue(articles))
        } catch {
            let reason = "not queued: " + ((error as? ReadoutError)?.reason ?? "\(error)")
            return SinkOutcome(failures: articles.map { ReadoutError(source: $0.source, reason: reason) })
        }
    }
}
