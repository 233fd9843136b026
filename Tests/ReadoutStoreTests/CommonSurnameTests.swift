// A surname many stored articles share must not make one neighbourhood that every new article about
// anyone of that name fuses again: past a bound, articles are linked by surname and initial (then
// also by month), and each fusion step stays that small however many arrive. The store is told to
// treat 6 articles as many, so thirty show it. Real analyses, a real SQLite file (and a real
// PostgreSQL server when the tests have one).
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutStore
import Testing

@Suite(.serialized) struct CommonSurnameTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private let analyzer = ArticleAnalyzer()
    private static let limit = 6

    /// Thirty articles, each about one of ten people named Quillfeather (three apiece, the same
    /// month), every one stating the surname the others share.
    private func articles() -> [(Article, ArticleAnalysis)] {
        let given = ["Annika", "Bertil", "Cosima", "Dorian", "Edda", "Falko", "Greta", "Hektor", "Ilse", "Jannik"]
        var articles: [(Article, ArticleAnalysis)] = []
        for round in 0..<3 {
            for (n, name) in given.enumerated() {
                let person = "\(name) Quillfeather"
                let id = "quillfeather-\(n)-\(round)"
                let article = makeArticle(
                    id: id, title: "Harbour commissioner \(person) tours the Vestmark docks",
                    paragraphs: ["VESTMARK — Harbour commissioner \(person) toured the Vestmark docks on Tuesday "
                                 + "to inspect the new cranes, officials said.",
                                 "Quillfeather will report to the port board next week."],
                    outlet: "Tidewater Ledger", published: "2031-05-\(String(format: "%02d", 5 + round))")
                articles.append((article, analyzer.analyze(article)))
            }
        }
        return articles
    }

    private func reanalyze(_ article: Article, _: String) -> ArticleAnalysis { analyzer.analyze(article) }

    @Test(arguments: StoreBackend.available)
    func everyFusionStepStaysBoundedWhenASurnameBecomesCommon(_ backend: StoreBackend) throws {
        let store = try backend.makeStore(in: folder, commonKeyLimit: Self.limit).store
        var steps: [FusionUpdate] = []
        for pair in articles() {
            _ = try store.save(batch: [pair])
            steps.append(try store.fusePending(reanalyze: reanalyze))
        }
        // Before the limit, the shared surname ties every article; past it, each article is fused
        // with the other two about the same person only, and never again with all the others.
        let largest = steps.map(\.largestNeighbourhood)
        #expect(largest.allSatisfy { $0 <= Self.limit }, "neighbourhood sizes fused at each step: \(largest)")
        #expect(steps.suffix(20).allSatisfy { $0.largestNeighbourhood <= 3 && $0.documentsRefused <= 3 },
                "after the surname became common: \(steps.suffix(20))")
        #expect(steps.map(\.documentsReleased).reduce(0, +) == Self.limit, "the neighbourhood the surname tied was taken apart once")

        let record = try store.fusedRecordContents()
        #expect(record.neighbourhoods.map(\.count).sorted() == Array(repeating: 3, count: 10))
        // Each person's three articles still make one person.
        let annika = record.entities.filter { $0.name == "Annika Quillfeather" }
        #expect(annika.count == 1 && annika.first?.documents.count == 3, "\(annika.map(\.documents))")
    }

    @Test func theRecordIsTheSameInAnyOrderWhenASurnameBecomesCommon() throws {
        let all = articles()
        let oneByOne = try SQLiteStore(path: folder.path("one.sqlite"), commonKeyLimit: Self.limit)
        for pair in all.reversed() {
            _ = try oneByOne.save(batch: [pair])
            try oneByOne.fusePending(reanalyze: reanalyze)
        }
        let atOnce = try SQLiteStore(path: folder.path("once.sqlite"), commonKeyLimit: Self.limit)
        _ = try atOnce.save(batch: all)
        try atOnce.fusePending(reanalyze: reanalyze)
        let (a, b) = (try oneByOne.fusedRecordContents(), try atOnce.fusedRecordContents())
        #expect(Set(a.neighbourhoods.map { $0.sorted() }) == Set(b.neighbourhoods.map { $0.sorted() }))
        #expect(Set(a.entities.map { "\($0.name) \($0.documents.sorted())" }) == Set(b.entities.map { "\($0.name) \($0.documents.sorted())" }))
        try atOnce.rebuildFusion(reanalyze: reanalyze)
        #expect(Set(try atOnce.fusedRecordContents().neighbourhoods.map { $0.sorted() }) == Set(b.neighbourhoods.map { $0.sorted() }))
    }
}
