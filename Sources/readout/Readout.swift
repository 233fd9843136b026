import ArgumentParser

@main
struct Readout: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readout",
        abstract: "Turn news coverage of international relations into a checked, structured record.",
        discussion: """
        Typical use:
          readout ingest samples/            # store articles in ./readout.sqlite
          readout documents                  # list what is stored
          readout search "Taiwan election"   # full-text search
          readout extract --json a.txt b.txt # analyze files without a database
          readout eval --gold gold.json --corpus DIR
        """,
        version: "0.1.0",
        subcommands: [IngestCommand.self, DocumentsCommand.self, SearchCommand.self, ExtractCommand.self, EvalCommand.self,
                      BenchCommand.self, StoriesCommand.self, TimelineCommand.self, ActorCommand.self, ConflictsCommand.self,
                      CompareCommand.self, BriefCommand.self])
}
