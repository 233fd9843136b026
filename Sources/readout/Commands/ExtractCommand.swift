import ArgumentParser

// Placeholder: the owner of this command replaces this file.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("`readout extract` is not available yet") }
}
