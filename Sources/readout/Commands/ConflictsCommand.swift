// `readout conflicts`: every place where reports of one event disagree, with the sentences.
import ArgumentParser
import ReadoutFusion

struct ConflictsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List where reports of an event disagree.",
        usage: """
        readout conflicts [--story ID] [--limit N] [--offset N]
                          [--format FORMAT] [--db FILE] [--in-memory]
        """,
        discussion: """
        A conflict is two or more reports of the same event giving different
        days or places (a preview and a later account are not compared), or one
        report giving two days for one event in one sentence. Each is stated
        plainly, odd one out first, with each value, the outlets giving it and
        the sentence from every report involved. Conflicts come in the
        timeline order of their events, read from the fused record `readout
        ingest` keeps (only the page shown); --in-memory fuses every stored
        article in memory instead (slow; a check).

        JSON output: an array of objects with the keys event, event_label,
        field, scope, values (value, outlets, documents), sentences (document,
        outlet, text), statement. CSV: one row per value given.

        Examples:
          readout conflicts
          readout conflicts --story story-1 --format md
          readout conflicts --limit 10 --offset 10
          readout conflicts --format csv > conflicts.csv
        """)

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Only conflicts about events of this story (an id from `readout stories`).")
    var story: String?

    @Option(name: .long, help: "Show at most this many conflicts (all unless given).")
    var limit: Int?

    @Option(name: .long, help: "Skip this many conflicts first.")
    var offset: Int = 0

    @OptionGroup var source: FusedSourceOptions

    func validate() throws {
        try Paging.validate(limit: limit, offset: offset)
    }

    func run() async throws {
        try await Diagnostics.run {
            let page = try output.fusedSource(source).conflicts(story: story, limit: limit, offset: offset)
            Paging.noteCut(shown: page.values.count, offset: offset, total: page.total, noun: "conflict")
            let rows = ConflictRow.rows(page.values, corpus: page.corpus)
            output.print(rows, report: ConflictRow.report(rows), csv: ConflictRow.csvTable(rows))
        }
    }
}
