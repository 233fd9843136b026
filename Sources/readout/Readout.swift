// `readout`: the command-line face of Readout. Each subcommand is one file under Commands/;
// they read and write through the library modules and print tables, CSV, Markdown or JSON.
import ArgumentParser

@main
struct Readout: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readout",
        abstract: "Turn news on international relations into a checked record.",
        discussion: """
        Typical use:
          readout ingest samples/            # analyze and store articles
          readout watch feeds.txt            # poll RSS/Atom feeds, store new ones
          readout documents                  # list what is stored
          readout search "Taiwan election"   # full-text search
          readout stories                    # articles on one development
          readout timeline --story story-1   # events, every outlet's report
          readout conflicts                  # where reports disagree
          readout brief --story story-1      # a cited Markdown briefing
          readout extract --json a.txt b.txt # analyze files, no database
          readout eval --gold gold.json --corpus DIR
          readout bench --repeat 100 corpus/ # speed and memory (release)

        The database is ./readout.sqlite unless --db names another.
        """,
        version: "0.1.0",
        subcommands: [IngestCommand.self, FuseCommand.self, DocumentsCommand.self, SearchCommand.self, ExtractCommand.self, EvalCommand.self,
                      StoriesCommand.self, TimelineCommand.self, ActorCommand.self, ConflictsCommand.self,
                      CompareCommand.self, BriefCommand.self, BenchCommand.self, TrainCommand.self,
                      ServeCommand.self, WatchCommand.self, WorkerCommand.self])
}
