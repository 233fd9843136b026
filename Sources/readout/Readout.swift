// `readout`: the command-line face of Readout. Each subcommand is one file under Commands/;
// they read and write through the library modules and print tables, CSV, Markdown or JSON.
import ArgumentParser

@main
struct Readout: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readout",
        abstract: "Turn news coverage of international relations into a checked, structured record.",
        discussion: """
        Typical use:
          readout ingest samples/              # store and analyse articles in ./readout.sqlite
          readout documents                    # list what is stored
          readout search "Taiwan election"     # full-text search
          readout stories                      # articles about the same developments, grouped
          readout timeline --story story-1     # one event per real-world event, every outlet's report
          readout conflicts                    # where reports disagree
          readout brief --story story-1        # a cited Markdown briefing
          readout extract --json a.txt b.txt   # analyse files without a database
          readout eval --gold gold.json --corpus DIR
          readout bench --repeat 100 corpus/   # speed and memory (use a release build)
        """,
        version: "0.1.0",
        subcommands: [IngestCommand.self, DocumentsCommand.self, SearchCommand.self, ExtractCommand.self, EvalCommand.self,
                      StoriesCommand.self, TimelineCommand.self, ActorCommand.self, ConflictsCommand.self,
                      CompareCommand.self, BriefCommand.self, BenchCommand.self])
}
