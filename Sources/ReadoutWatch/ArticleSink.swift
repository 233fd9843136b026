// Where a watcher hands the articles it fetched: analysis and storage happen elsewhere (the
// `readout` command hands them to the same run `readout ingest` stores through), so this module
// needs neither the analyzer nor a particular store.
import ReadoutCore

public protocol ArticleSink: Sendable {
    /// Analyzes and stores `articles` (one feed poll's new pages). An article whose source is named
    /// by a failure was not stored; every other one was stored or was a duplicate.
    func store(_ articles: [Article]) async -> SinkOutcome
}

public struct SinkOutcome: Sendable {
    public var stored: Int
    public var duplicates: Int
    public var failures: [ReadoutError]

    public init(stored: Int = 0, duplicates: Int = 0, failures: [ReadoutError] = []) {
        self.stored = stored
        self.duplicates = duplicates
        self.failures = failures
    }
}
