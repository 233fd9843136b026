// `readout stories`: the stories the stored articles tell, one line each.
import ArgumentParser

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stories: articles on the same developments.",
        usage: """
        readout stories [--min-documents N] [--limit N] [--offset N]
                        [--format FORMAT] [--db FILE] [--in-memory]
        """,
        discussion: """
        Reads the stories from the fused record that `readout ingest` keeps in
        the database and prints one line per story: id, title, documents,
        outlets, dates and top entities. Stories are listed by id, 50 at a
        time unless --limit says otherwise; a line on stderr says how many
        there are in all. Only the stories shown are read, so a page takes
        the same time in a store of any size.

        Titles are built from the data: the participants of the story's main
        event (the one the most independent outlets report), its kind, and the
        month. Articles that name no outlet are listed as "unknown outlet".

        A story's id is story-N, N the id (as `readout documents` lists it) of
        its first stored article: the same in every command, and kept as new
        articles join the story (two stories that merge keep the smaller id).
        `readout timeline --story`, `conflicts --story`, `compare --story` and
        `brief --story` take it.

        --in-memory fuses every stored article in memory instead (slow on a
        large store): the check that the record says the same.

        JSON output: an array of objects with the keys id, title, documents,
        outlets (the outlets the articles name), unattributed_documents
        (articles naming none), first_published, last_published, top_entities,
        events.

        Examples:
          readout stories
          readout stories --min-documents 2 --format md
          readout stories --limit 20 --offset 40
          readout stories --in-memory --limit 1000 > check.txt
          readout stories --db archive.sqlite --format json
        """)

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Only stories with at least this many documents.")
    var minDocuments: Int = 1

    @Option(name: .long, help: "Show at most this many stories (default \(Self.defaultLimit)).")
    var limit: Int?

    @OptionGroup var source: FusedSourceOptions

    /// A page a person reads in a terminal; the stderr line says how many more there are.
    static let defaultLimit = 50

    @Option(name: .long, help: "Skip this many stories first.")
    var offset: Int = 0

    func validate() throws {
        try Paging.validate(limit: limit, offset: offset)
    }

    func run() async throws {
        try await Diagnostics.run {
            let limit = limit ?? Self.defaultLimit
            let page = try output.fusedSource(source).stories(minDocuments: minDocuments, limit: limit, offset: offset)
            let rows = StoryRow.rows(page.values, corpus: page.corpus)
            Paging.noteCut(shown: rows.count, offset: offset, total: page.total, noun: "story", plural: "stories")
            output.print(rows, as: StoryRow.table(rows))
        }
    }
}
