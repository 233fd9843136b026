import ArgumentParser

// Placeholder: the owner of this command replaces this file.
struct DocumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "documents", abstract: "(not yet available)")
    func run() async throws { throw ValidationError("`readout documents` is not available yet") }
}
