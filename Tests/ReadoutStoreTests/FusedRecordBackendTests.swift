// Every backend keeps the same fused record: the gold articles, stored in shuffled batches and fused
// after each as ingest does, give on each backend what SQLite gives fusing them all at once, and a
// rebuild gives it again. The fusion decisions are shared (IncrementalFusion, FusedRows); this is
// the check that each backend's SQL answers them alike.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutStore
import Testing

@Suite(.serialized) struct FusedRecordBackendTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private static let analyzer = ArticleAnalyzer()
    private static func reanalyze(_ article: Article, _: String) -> ArticleAnalysis { analyzer.analyze(article) }

    @Test(arguments: StoreBackend.available)
    func theRecordIsWhatSQLiteKeepsWhateverTheBatching(_ backend: StoreBackend) throws {
        let articles = goldArticles
        try #require(articles.count >= 16, "the synthetic gold set is in eval/synthetic/corpus")
        let reference = try StoreBackend.sqlite.makeStore(in: folder).store
        _ = try reference.save(batch: articles)
        try reference.fusePending(reanalyze: Self.reanalyze)
        let expected = try Canonical(reference.fusedRecordContents())

        var shuffled = articles
        var state: UInt64 = 7
        for i in shuffled.indices.reversed() where i > 0 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            shuffled.swapAt(i, Int(state >> 33) % (i + 1))
        }
        let store = try backend.makeStore(in: folder).store
        for start in stride(from: 0, to: shuffled.count, by: 5) {
            _ = try store.save(batch: Array(shuffled[start..<min(shuffled.count, start + 5)]))
            try store.fusePending(reanalyze: Self.reanalyze)
        }
        #expect(try store.pendingFusionCount() == 0)
        let record = try Canonical(store.fusedRecordContents())
        #expect(record.difference(from: expected) == nil, "\(backend) differs: \(record.difference(from: expected) ?? "")")
        #expect(try store.fusedRecordContents().stories.contains { $0.documents.count >= 3 })

        try store.rebuildFusion(reanalyze: Self.reanalyze)
        #expect(try Canonical(store.fusedRecordContents()) == expected, "a rebuild on \(backend) gives the same record")
    }
}
