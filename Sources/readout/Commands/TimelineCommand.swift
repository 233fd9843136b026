// `readout timeline`: fused events in date order, one line each.
import ArgumentParser
import ReadoutFusion

struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List events in date order, one per real-world event.",
        usage: """
        readout timeline [--story ID] [--actor NAME] [--from DATE] [--to DATE]
                         [--limit N] [--offset N] [--format FORMAT] [--db FILE]
                         [--in-memory]
        """,
        discussion: """
        Each line is one real-world event however many articles report it:
        date, type, participants, place, status, outlets and conflicts.

        OUTLETS is the number of independent outlets reporting the event: an
        article naming no outlet is not counted, and one text reprinted by
        several outlets counts once. CONFLICTS names the fields on which reports
        disagree, marked ⚠ (see `readout conflicts`). A date ending in ~ rests
        on a publication date Readout estimated because the articles give none.
        A legend under the table explains the marks it uses.

        Undated events come last. --from and --to take a year, month or day
        (2024, 2024-01, 2024-01-10) and keep the events whose date overlaps.
        Events are read from the fused record `readout ingest` keeps, only
        the page shown (--limit/--offset) and the rows it needs; --in-memory
        fuses every stored article in memory instead (slow; a check).

        JSON output: an array of objects with the keys event, date,
        date_inferred, type, participants, place, status, mode, outlets,
        reported_by, documents, conflicts.

        Examples:
          readout timeline
          readout timeline --story story-2
          readout timeline --actor "Lula" --from 2024-01 --to 2024-03
          readout timeline --from 2024-01 --limit 50 --offset 50
          readout timeline --format csv > events.csv
        """)

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Only events of this story (an id from `readout stories`).")
    var story: String?

    @Option(name: .long, help: "Only events this actor takes part in (a name, part of one, or an entity id).")
    var actor: String?

    @Option(name: .long, help: "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(name: .long, help: "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var to: String?

    @Option(name: .long, help: "Show at most this many events (all unless given).")
    var limit: Int?

    @Option(name: .long, help: "Skip this many events first.")
    var offset: Int = 0

    @OptionGroup var source: FusedSourceOptions

    func validate() throws {
        try Paging.validate(limit: limit, offset: offset)
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, CalendarText.parts(value) == nil || value.count > 10 {
                throw ValidationError("\(name) must be a date like 2024, 2024-01 or 2024-01-10, not '\(value)'")
            }
        }
    }

    func run() async throws {
        try await Diagnostics.run {
            let page = try output.fusedSource(source).timeline(story: story, actor: actor, from: from, to: to,
                                                               limit: limit, offset: offset)
            Paging.noteCut(shown: page.values.count, offset: offset, total: page.total, noun: "event")
            let rows = page.values.map { TimelineRow($0, corpus: page.corpus, conflicts: page.corpus.fusion.conflicts) }
            output.print(rows, as: TimelineRow.table(rows))
            let legend = TimelineRow.legend(rows)
            if [.table, .md].contains(output.resolvedFormat), !legend.isEmpty {
                print("\n" + legend.joined(separator: output.resolvedFormat == .md ? "  \n" : "\n"))
            }
        }
    }
}
