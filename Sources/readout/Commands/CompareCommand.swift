// `readout compare --story ID`: the outlets of one story side by side.
import ArgumentParser

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a story's outlets: who reports what, how.",
        usage: """
        readout compare --story ID [--format FORMAT] [--db FILE]
                        [--in-memory]
        """,
        discussion: """
        Prints an outlets × events matrix and an outlets × quotes matrix (✓ with
        the date each outlet gives, — where it leaves the item out), how much of
        the story each outlet covers, and the words each outlet uses for the
        same person or event that none of the others use ("regional leader
        election" against "presidential election"), as the outlet wrote them
        and taken from the body of its articles only. Only the story's own rows
        of the fused record are read; --in-memory fuses every stored article
        in memory instead (slow; a check).

        JSON output: one object with the keys story, title, outlets, events,
        quotes (item, label, reported_by, missing_from) and wording (outlet,
        subject, item, label, terms). CSV: one row per event or quote, one
        column per outlet.

        Examples:
          readout compare --story story-1
          readout compare --story 1 --format md > comparison.md
          readout compare --story story-3 --format csv
          readout compare --story 12 --in-memory
        """)

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "The story to compare (an id from `readout stories`).")
    var story: String

    @OptionGroup var source: FusedSourceOptions

    func run() async throws {
        try await Diagnostics.run {
            let (corpus, value) = try output.fusedSource(source).story(story, detail: .content)
            let matrix = SourceMatrix(story: value, corpus: corpus)
            if matrix.outlets.count < 2, output.resolvedFormat == .table {
                StandardError.write("(\(matrix.story) has one outlet; nothing to compare it with)\n")
            }
            output.print(matrix, report: matrix.report, csv: matrix.csvTable)
        }
    }
}
