// `readout conflicts`: every place where reports of one event disagree, with the sentences.
import ArgumentParser
import ReadoutFusion

struct ConflictsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List where reports of an event disagree.",
        usage: """
        readout conflicts [--story ID] [--limit N] [--offset N]
                          [--format FORMAT] [--db FILE]
        """,
        discussion: """
        A conflict is two or more reports of the same event giving different
        days or places (a preview and a later account are not compared), or one
        report giving two days for one event in one sentence. Each is stated
        plainly, odd one out first, with each value, the outlets giving it and
        the sentence from every report involved.

        JSON output: an array of objects with the keys event, event_label,
        field, scope, values (value, outlets, documents), sentences (document,
        outlet, text), statement. CSV: one row per value given.

        Examples:
          readout conflicts
          readout conflicts --story story-1 --format md
          readout conflicts --format csv > conflicts.csv
        """)

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Only conflicts about events of this story (an id from `readout stories`).")
    var story: String?

    @Option(name: .long, help: "Show at most this many conflicts (all unless given).")
    var limit: Int?

    @Option(name: .long, help: "Skip this many conflicts first.")
    var offset: Int = 0

    func validate() throws {
        try Paging.validate(limit: limit, offset: offset)
    }

    func run() async throws {
        try await Diagnostics.run {
            let corpus = try output.loadCorpus()
            let conflicts = Paging.page(try Self.conflicts(in: corpus, story: story), limit: limit, offset: offset,
                                        noun: "conflict")
            let rows = ConflictRow.rows(conflicts, corpus: corpus)
            output.print(rows, report: ConflictRow.report(rows), csv: ConflictRow.csvTable(rows))
        }
    }

    /// The conflicts listed, in event order: all, or those about one story's events.
    /// `readout bench --scale` times this same selection.
    static func conflicts(in corpus: FusedCorpus, story: String?) throws -> [FusionConflict] {
        let events = try story.map { corpus.events(of: try corpus.story($0)) }
            ?? EventOrder.sorted(corpus.fusion.events, corpus: corpus)
        return corpus.conflicts(about: events)
    }
}
