import ArgumentParser

// Placeholder: the owner of this command replaces this file.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("`readout search` is not available yet") }
}
