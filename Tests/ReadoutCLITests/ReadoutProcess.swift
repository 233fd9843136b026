// Runs the real `readout` executable, built by `swift test` next to this test bundle,
// in a temporary working folder, and captures what a user would see.
import Foundation
import Testing

struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String

    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

final class Workspace {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("readout-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The fixture articles: three small articles (one in a subfolder), an empty file and a binary file.
    static var articles: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/articles").path
    }

    /// The executable: `READOUT_BINARY` if set, else `readout` in the build products folder of this bundle.
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["READOUT_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        let products = Bundle.module.bundleURL.deletingLastPathComponent()
        let binary = products.appendingPathComponent("readout")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path),
                     "no readout executable in \(products.path); run `swift build` first or set READOUT_BINARY")
        return binary
    }

    func run(_ arguments: String...) throws -> CommandResult {
        try run(arguments: arguments)
    }

    /// Runs `readout` with these arguments, or another `executable` with them (a wrapper such as
    /// setpriv, whose arguments then name the readout binary).
    func run(arguments: [String], executable: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = try executable ?? Self.executable()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // Files, not pipes: a chatty command can never block on a full pipe buffer.
        let out = folder.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = folder.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return CommandResult(status: process.terminationStatus,
                             stdout: try String(contentsOf: out, encoding: .utf8),
                             stderr: try String(contentsOf: err, encoding: .utf8))
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

/// Parses a JSON array of objects, as `--format json` prints it.
func jsonObjects(_ text: String) throws -> [[String: Any]] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [[String: Any]], "not a JSON array of objects: \(text)")
}

/// A number in the ingest summary, e.g. `count("documents stored")` for "3 documents stored"
/// (and for "1 document stored": the summary writes a count of one in the singular).
func count(_ label: String, in summary: String) -> Int? {
    var words = label.split(separator: " ").map(String.init)
    let singular = words.first.map { $0.hasSuffix("s") ? String($0.dropLast()) : $0 }.map { first -> String in
        words[0] = first
        return words.joined(separator: " ")
    } ?? label
    for line in summary.split(separator: "\n") {
        for form in [label, singular] where line.hasSuffix(" " + form) {
            if let number = Int(line.dropLast(form.count + 1)) { return number }
        }
    }
    return nil
}
