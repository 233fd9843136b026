// Every command's --help reads well in an 80-column terminal: no line is wider, and the overview,
// discussion, examples and usage break where they were written to, not wherever the width cuts
// them (the same text at 80 and at 300 columns). Help text says "analyze", as the code does.
import Foundation
import Testing

@Suite struct HelpTextTests {
    static let commands = ["", "ingest", "watch", "documents", "search", "stories", "timeline", "actor", "conflicts",
                           "compare", "brief", "bench", "extract", "eval", "train", "serve"]

    private func help(_ command: String, columns: Int) throws -> String {
        let workspace = try Workspace()
        let process = Process()
        process.executableURL = try Workspace.executable()
        process.arguments = (command.isEmpty ? [] : [command]) + ["--help"]
        process.environment = ProcessInfo.processInfo.environment.merging(["COLUMNS": String(columns)]) { _, new in new }
        let out = workspace.folder.appendingPathComponent("help.txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        try process.run()
        process.waitUntilExit()
        return try String(contentsOf: out, encoding: .utf8)
    }

    /// The overview, discussion and usage: the text a command writes itself (options are laid out by the parser).
    private func ownText(_ help: String) -> String {
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        let end = lines.firstIndex { $0.hasPrefix("OPTIONS:") } ?? lines.endIndex
        return lines[..<end].joined(separator: "\n")
    }

    @Test(arguments: commands)
    func helpFitsEightyColumnsWithoutBreakingMidPhrase(command: String) throws {
        let narrow = try help(command, columns: 80)
        let wide = try help(command, columns: 300)
        let tooWide = narrow.split(separator: "\n").filter { $0.count > 80 }
        #expect(tooWide.isEmpty, "readout \(command) --help: \(tooWide)")
        #expect(ownText(narrow) == ownText(wide), "readout \(command) --help wraps its own text at 80 columns")
        #expect(narrow.contains("Examples:") || command.isEmpty)
        if !command.isEmpty {
            #expect(!narrow.lowercased().contains("analyse"), "readout \(command) --help says analyse")
        }
    }
}
