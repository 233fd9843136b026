// `readout fuse`: brings the fused record kept in the database up to date, or rebuilds it.
import ArgumentParser
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutStore

struct FuseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuse",
        abstract: "Update or rebuild the fused record kept in the database.",
        usage: """
        readout fuse [--rebuild] [--db FILE]
        """,
        discussion: """
        `readout ingest` fuses each batch it stores with the stored articles
        that name the same people (a shared surname ties two articles into one
        neighbourhood; each neighbourhood is fused on its own, so the record
        does not depend on the order or batching of ingest). The record holds
        one entity per person or organisation, one event per real event with
        every report of it, conflicts, stories and estimated publication dates.

        Without options, fuses the articles still waiting: after an ingest was
        interrupted, or in a database written before the record existed.
        --rebuild forgets the record and fuses every stored article again, for
        when the fusion rules have changed.

        Prints what was done: articles fused, neighbourhoods fused again and
        the largest one.

        Examples:
          readout fuse
          readout fuse --rebuild --db archive.sqlite
          readout fuse --db postgres://readout@db.example/news
        """)

    @Flag(name: .long, help: "Fuse every stored article again from its stored analysis.")
    var rebuild = false

    @Option(name: .long, help: "Database: an SQLite file, or postgres://user@host/database.")
    var db: String = "readout.sqlite"

    func run() async throws {
        try await Diagnostics.run {
            if !StoreOpening.isPostgres(db) { try ListingOptions.requireDatabase(db) }
            let store = try StoreOpening.forWriting(db)
            let analyzer = ArticleAnalyzer()
            let reanalyze = { (article: Article, _: String) in analyzer.analyze(article) }
            let update = rebuild ? try store.rebuildFusion(reanalyze: reanalyze) : try store.fusePending(reanalyze: reanalyze)
            guard update.documents > 0 else {
                print("nothing to fuse: every stored article is in the fused record")
                return
            }
            print("\(Plural.count(update.documents, "article")) fused in \(Plural.count(update.neighbourhoods, "neighbourhood"))"
                + " (\(Plural.count(update.documentsRefused, "article")) read; the largest holds \(update.largestNeighbourhood))")
        }
    }
}
