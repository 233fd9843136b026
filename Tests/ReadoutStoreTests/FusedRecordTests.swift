// The fused record kept in the store: the same entities, events, conflicts, stories and estimated
// dates whatever the order and batching of ingest, the same as a rebuild from the stored analyses,
// and a new article reads only the neighbourhood it joins. Real articles, a real SQLite file: the
// synthetic gold set in eval/, and the shared seeds and dev sets when ../shared is there.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutFusion
import ReadoutIngest
import ReadoutStore
import Testing

private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every article of the gold sets present, analysed once.
let goldArticles: [(Article, ArticleAnalysis)] = {
    let folders = ["eval/synthetic/corpus", "../shared/corpus/seeds", "../shared/corpus/dev"]
        .map { repository.appendingPathComponent($0).standardizedFileURL.path }
        .filter { FileManager.default.fileExists(atPath: $0) }
    let reader = ArticleReader(), analyzer = ArticleAnalyzer()
    var articles: [(Article, ArticleAnalysis)] = []
    for case .success(let url) in InputEnumerator(paths: folders) {
        for article in reader.read(file: url).articles { articles.append((article, analyzer.analyze(article))) }
    }
    return articles
}()

private let analyzer = ArticleAnalyzer()
/// Re-reads an undated article under the date fusion estimated for it, as ingest does.
private func reanalyze(_ article: Article, _: String) -> ArticleAnalysis { analyzer.analyze(article) }

/// The record with everything that names a row or a neighbourhood by storage left out: each kind of
/// value as its sorted JSON texts.
struct Canonical: Equatable, CustomStringConvertible {
    var tables: [String: [String]]

    init(_ contents: FusedRecordContents) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func texts<T: Encodable>(_ values: [T]) throws -> [String] {
            try values.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.sorted()
        }
        tables = [
            "entities": try texts(contents.entities), "events": try texts(contents.events),
            "conflicts": try texts(contents.conflicts), "stories": try texts(contents.stories),
            "inferred dates": try texts(contents.inferredDates),
            "neighbourhoods": contents.neighbourhoods.map { $0.sorted().joined(separator: " ") }.sorted(),
        ]
    }

    var description: String { tables.map { "\($0.key): \($0.value.count)" }.sorted().joined(separator: ", ") }

    /// The first kind of value that differs, and one value of it found in only one of the two.
    func difference(from other: Canonical) -> String? {
        for key in tables.keys.sorted() where tables[key] != other.tables[key] {
            let mine = Set(tables[key] ?? []), theirs = Set(other.tables[key] ?? [])
            return "\(key): \(mine.subtracting(theirs).first ?? theirs.subtracting(mine).first ?? "counts differ")"
        }
        return nil
    }
}

@Suite(.serialized) struct FusedRecordTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// Stores the articles in batches of `batchSize`, fusing after each as ingest does.
    private func ingest(_ articles: [(Article, ArticleAnalysis)], batchSize: Int, name: String) throws -> SQLiteStore {
        let store = try SQLiteStore(path: folder.path(name + ".sqlite"))
        for start in stride(from: 0, to: articles.count, by: batchSize) {
            _ = try store.save(batch: Array(articles[start..<min(articles.count, start + batchSize)]))
            try store.fusePending(reanalyze: reanalyze)
        }
        return store
    }

    @Test func anyOrderAndBatchingGivesTheSameRecordAsARebuild() throws {
        let articles = goldArticles
        try #require(articles.count >= 16, "the synthetic gold set is in eval/synthetic/corpus")
        var shuffled = articles
        var state: UInt64 = 42
        for i in shuffled.indices.reversed() where i > 0 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            shuffled.swapAt(i, Int(state >> 33) % (i + 1))
        }
        let runs: [(String, [(Article, ArticleAnalysis)], Int)] = [
            ("all-at-once", articles, articles.count), ("one-by-one", articles, 1),
            ("reversed-in-threes", articles.reversed(), 3), ("shuffled-in-sevens", shuffled, 7),
            ("shuffled-one-by-one", shuffled, 1),
        ]
        var reference: Canonical?
        for (name, order, batchSize) in runs {
            let store = try ingest(order, batchSize: batchSize, name: name)
            #expect(try store.pendingFusionCount() == 0)
            let record = try Canonical(store.fusedRecordContents())
            if let reference {
                #expect(record.difference(from: reference) == nil, "\(name) differs: \(record.difference(from: reference) ?? "")")
            } else {
                reference = record
                let contents = try store.fusedRecordContents()
                #expect(contents.events.contains { $0.documents.count >= 2 }, "some event is reported by several articles")
                #expect(!contents.conflicts.isEmpty, "the gold sets have conflicts between outlets")
                #expect(contents.stories.contains { $0.documents.count >= 3 })
                #expect(Set(contents.stories.flatMap(\.documents)).count == articles.count, "every article is in one story")
            }
            if name == "shuffled-in-sevens" {
                try store.rebuildFusion(reanalyze: reanalyze)
                #expect(try Canonical(store.fusedRecordContents()) == reference, "a rebuild gives the record ingest kept")
            }
        }
    }

    @Test func aNewArticleReadsOnlyTheNeighbourhoodItJoins() throws {
        let articles = goldArticles
        let store = try ingest(articles, batchSize: 50, name: "neighbourhood")
        let before = try store.fusedRecordContents()
        let largest = before.neighbourhoods.map(\.count).max() ?? 0

        // Nobody the stored articles name: a neighbourhood of its own; nothing stored is read again.
        let stranger = makeStrangerArticle(id: "stranger", person: "Ottoline Brackwater")
        _ = try store.save(batch: [(stranger, analyzer.analyze(stranger))])
        let alone = try store.fusePending(reanalyze: reanalyze)
        #expect(alone.documents == 1 && alone.documentsRefused == 1, "\(alone)")

        // A second article about the same person joins that neighbourhood only.
        let sequel = makeStrangerArticle(id: "stranger-2", person: "Ottoline Brackwater", day: "2024-03-06")
        _ = try store.save(batch: [(sequel, analyzer.analyze(sequel))])
        let joined = try store.fusePending(reanalyze: reanalyze)
        #expect(joined.documentsRefused == 2, "\(joined)")
        #expect(joined.largestNeighbourhood < largest || largest <= 2)
        let after = try store.fusedRecordContents()
        #expect(after.neighbourhoods.count == before.neighbourhoods.count + 1)
        #expect(after.entities.contains { $0.name == "Ottoline Brackwater" && $0.documents == ["stranger", "stranger-2"] })
    }

    private func makeStrangerArticle(id: String, person: String, day: String = "2024-03-05") -> Article {
        makeArticle(id: id, title: "Trade envoy \(person) visits Reykjavik",
                    paragraphs: ["REYKJAVIK — Trade envoy \(person) arrived in Reykjavik on Tuesday for talks on fisheries, "
                                 + "officials said.", "\(person.split(separator: " ").last!) will stay two days."],
                    outlet: "Harbour Wire", published: day)
    }
}
