import ArgumentParser

// Placeholder: the owner of this command replaces this file.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("`readout ingest` is not available yet") }
}
