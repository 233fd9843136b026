// `readout documents`: what the database holds, one line per document.
import ArgumentParser
import ReadoutStore

struct DocumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "List stored documents, oldest first.",
        usage: """
        readout documents [--limit N] [--offset N] [--format FORMAT] [--db FILE]
        """,
        discussion: """
        Reads the database written by `readout ingest` and prints its documents
        by publication date, oldest first; undated ones come last, and documents
        of the same date in the order they were stored. At most --limit
        documents are shown (100 unless given); when that is not all, stderr
        says how many there are.

        JSON output is an array of objects with the keys id, key, source,
        outlet, published, title, words.

        Examples:
          readout documents
          readout documents --limit 20 --format csv > documents.csv
          readout documents --limit 100 --offset 100    # the next hundred
          readout documents --db archive.sqlite --format json
        """)

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Show at most this many documents.")
    var limit: Int = 100

    @Option(name: .long, help: "Skip this many documents first.")
    var offset: Int = 0

    func validate() throws {
        try Paging.validate(limit: limit, offset: offset)
    }

    func run() async throws {
        try await Diagnostics.run {
            let store = try output.openExistingStore()
            let documents = try store.documents(limit: limit, offset: offset)
            output.print(documents.map(DocumentRow.init), as: DocumentRow.table(documents))
            Paging.noteCut(shown: documents.count, offset: offset, total: try store.count(), noun: "document")
        }
    }
}

/// One document as JSON: snake_case keys, null for what is unknown.
struct DocumentRow: Encodable {
    let summary: DocumentSummary

    enum CodingKeys: String, CodingKey { case id, key, source, outlet, published, title, words }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(summary.id, forKey: .id)
        try c.encode(summary.key, forKey: .key)
        try c.encode(summary.source, forKey: .source)
        try c.encode(summary.outlet, forKey: .outlet)
        try c.encode(summary.published, forKey: .published)
        try c.encode(summary.title, forKey: .title)
        try c.encode(summary.wordCount, forKey: .words)
    }

    static func table(_ documents: [DocumentSummary]) -> Table {
        Table(headers: ["ID", "OUTLET", "PUBLISHED", "TITLE", "WORDS"],
              rows: documents.map { d in
                  [String(d.id), d.outlet ?? "", d.published ?? "", d.title ?? d.key, String(d.wordCount)]
              })
    }
}
