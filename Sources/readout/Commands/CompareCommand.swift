// `readout compare --story ID`: the outlets of one story side by side.
import ArgumentParser

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a story's outlets: who reports what, how.",
        usage: """
        readout compare --story ID [--format FORMAT] [--db FILE]
        """,
        discussion: """
        Prints an outlets × events matrix and an outlets × quotes matrix (✓ with
        the date each outlet gives, — where it leaves the item out), how much of
        the story each outlet covers, and the words each outlet uses for the
        same person or event that none of the others use ("regional leader
        election" against "presidential election"), as the outlet wrote them
        and taken from the body of its articles only.

        JSON output: one object with the keys story, title, outlets, events,
        quotes (item, label, reported_by, missing_from) and wording (outlet,
        subject, item, label, terms). CSV: one row per event or quote, one
        column per outlet.

        Examples:
          readout compare --story story-1
          readout compare --story 1 --format md > comparison.md
          readout compare --story story-3 --format csv
        """)

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "The story to compare (an id from `readout stories`).")
    var story: String

    func run() async throws {
        try await Diagnostics.run {
            let corpus = try output.loadCorpus()
            let matrix = SourceMatrix(story: try corpus.story(story), corpus: corpus)
            if matrix.outlets.count < 2, output.resolvedFormat == .table {
                StandardError.write("(\(matrix.story) has one outlet; nothing to compare it with)\n")
            }
            output.print(matrix, report: matrix.report, csv: matrix.csvTable)
        }
    }
}
