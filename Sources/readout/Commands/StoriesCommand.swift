// `readout stories`: the stories the stored articles tell, one line each.
import ArgumentParser

struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stories: articles on the same developments.",
        usage: """
        readout stories [--min-documents N] [--limit N] [--offset N]
                        [--format FORMAT] [--db FILE]
        """,
        discussion: """
        Reads every document in the database, fuses them (entities across
        outlets, events, stories) and prints one line per story: id, title,
        documents, outlets, dates and top entities.

        Titles are built from the data: the participants of the story's main
        event (the one the most independent outlets report), its kind, and the
        month. Articles that name no outlet are listed as "unknown outlet".

        Story ids (story-1, story-2 ...) are what `readout timeline --story`,
        `readout compare --story` and `readout brief --story` take; they stay the
        same until new articles are ingested.

        JSON output: an array of objects with the keys id, title, documents,
        outlets (the outlets the articles name), unattributed_documents
        (articles naming none), first_published, last_published, top_entities,
        events.

        Examples:
          readout stories
          readout stories --min-documents 2 --format md
          readout stories --db archive.sqlite --format json
        """)

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Only stories with at least this many documents.")
    var minDocuments: Int = 1

    @Option(name: .long, help: "Show at most this many stories (all unless given).")
    var limit: Int?

    @Option(name: .long, help: "Skip this many stories first.")
    var offset: Int = 0

    func validate() throws {
        try Paging.validate(limit: limit, offset: offset)
    }

    func run() async throws {
        try await Diagnostics.run {
            let all = StoryRow.rows(try output.loadCorpus()).filter { $0.documents.count >= minDocuments }
            let rows = Paging.page(all, limit: limit, offset: offset, noun: "story", plural: "stories")
            output.print(rows, as: StoryRow.table(rows))
        }
    }
}
