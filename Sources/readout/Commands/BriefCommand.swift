// `readout brief --story ID`: a Markdown briefing on one story, every fact cited.
import ArgumentParser

struct BriefCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }

    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Write a cited Markdown briefing on one story.",
        usage: """
        readout brief --story ID [--evidence] [--format md|json] [--db FILE]
                      [--in-memory]
        """,
        discussion: """
        Everything in the briefing comes from the stored articles: what
        happened, in date order, one sentence per event built from its
        participants, place and status, followed by [Outlet, date] for every
        outlet that reports it; the conflicts between outlets stated plainly;
        quotes with their speakers; the numbered sources (an article naming no
        outlet is an "unknown outlet", a reprint says whose text it repeats).

        Only the story's own rows of the fused record are read; --in-memory
        fuses every stored article in memory instead (slow; a check).

        --evidence adds, under each event, the sentence each outlet states it
        in. --format json gives the same content as one object (story, title,
        summary, events, conflicts, quotes, sources).

        Examples:
          readout brief --story story-1 > briefing.md
          readout brief --story 2 --evidence
          readout brief --story story-1 --format json --db archive.sqlite
          readout brief --story 12 --in-memory
        """)

    @Option(name: .long, help: "The story to brief (an id from `readout stories`).")
    var story: String

    @Flag(name: .long, help: "Quote each outlet's sentence under every event.")
    var evidence = false

    @Option(name: .long, help: "Output format: md or json.")
    var format: Format = .md

    @Option(name: .long, help: "Database: an SQLite file, or postgres://user@host/database.")
    var db: String = "readout.sqlite"

    @OptionGroup var source: FusedSourceOptions

    func run() async throws {
        try await Diagnostics.run {
            let (corpus, value) = try ListingOptions.parse(["--db", db]).fusedSource(source).story(story, detail: .content)
            let briefing = Briefing(story: value, corpus: corpus)
            switch format {
            case .md:
                print(briefing.markdown(withEvidence: evidence, maxQuotes: Briefing.maxQuotes), terminator: "")
                if briefing.quotes.count > Briefing.maxQuotes {
                    Diagnostics.report("the briefing shows \(Briefing.maxQuotes) of \(briefing.quotes.count) quotes; "
                        + "--format json has them all, `readout actor NAME` each speaker's")
                }
            case .json: print(JSONOutput.render(briefing))
            }
        }
    }
}
