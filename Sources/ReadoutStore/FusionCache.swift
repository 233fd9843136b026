// What this process already has in hand for the next fusion, so it is not read or computed again.
// A batch just saved is fused at once, and a neighbourhood cut in two by a batch boundary is fused
// again with the next batch: reading those documents back from SQLite (decoding their analyses),
// folding their body text again and re-reading an undated article under the same estimated date is
// work already done. In: documents as saved or loaded, fusion's body keys, re-read analyses.
// Out: the same values while they are among the most recent (memory stays bounded however long the
// ingest). Every value is a function of what it is keyed by, so a hit gives what recomputing gives.
import Foundation
import ReadoutCore

public final class FusionCache: @unchecked Sendable {
    /// Store id → the document as stored (with its analysis). More than one ingest batch (2,000
    /// articles by default), which is fused after it is saved: the documents it just saved are
    /// still here, sharing their storage with the batch.
    private var documents: BoundedMap<Int64, StoredDocument>
    /// Content hash → `Fusion.bodyKey` (a short digest; kept for far more documents).
    private var bodyKeys: BoundedMap<String, String>
    /// Content hash, fusion id and estimated date → the analysis re-read under that date.
    private var rereads: BoundedMap<String, ArticleAnalysis>
    private let lock = NSLock()

    public init(documents: Int = 2560, bodyKeys: Int = 65_536, rereads: Int = 1024) {
        self.documents = BoundedMap(capacity: documents)
        self.bodyKeys = BoundedMap(capacity: bodyKeys)
        self.rereads = BoundedMap(capacity: rereads)
    }

    func document(_ id: Int64) -> StoredDocument? { lock.withLock { documents[id] } }
    public func keep(_ document: StoredDocument) { lock.withLock { documents[document.id] = document } }

    func bodyKey(_ contentHash: String) -> String? { lock.withLock { bodyKeys[contentHash] } }
    func keep(bodyKey: String, contentHash: String) { lock.withLock { bodyKeys[contentHash] = bodyKey } }

    /// `reanalyze`, answering from the cache when this article was re-read under this date before.
    public func rereading(_ reanalyze: @escaping (Article, String) -> ArticleAnalysis) -> (Article, String) -> ArticleAnalysis {
        { article, date in
            let key = article.contentHash + "|" + article.id + "|" + date
            if let known = self.lock.withLock({ self.rereads[key] }) { return known }
            let analysis = reanalyze(article, date)
            self.lock.withLock { self.rereads[key] = analysis }
            return analysis
        }
    }
}

/// A dictionary that forgets its oldest entries beyond `capacity`.
struct BoundedMap<Key: Hashable, Value> {
    let capacity: Int
    private var values: [Key: Value] = [:]
    /// Keys in insertion order from `start`; the part before it is already forgotten.
    private var order: [Key] = []
    private var start = 0

    init(capacity: Int) { self.capacity = max(1, capacity) }

    subscript(key: Key) -> Value? {
        get { values[key] }
        set {
            guard let newValue else { values[key] = nil; return }
            if values.updateValue(newValue, forKey: key) == nil { order.append(key) }
            while values.count > capacity, start < order.count {
                values[order[start]] = nil
                start += 1
            }
            // Drop the forgotten keys now and then, so `order` stays about `capacity` long.
            if start > capacity {
                order.removeFirst(start)
                start = 0
            }
        }
    }
}
