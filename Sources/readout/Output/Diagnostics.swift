// Errors as the user sees them: `readout: FILE: REASON` on stderr, one line, exit code 1,
// instead of ArgumentParser's generic "Error: ..." banner.
import ArgumentParser
import ReadoutCore

/// A failure of the whole command that is not about one file (e.g. no database yet).
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum Diagnostics {
    static func report(_ message: String) {
        StandardError.write("readout: " + message + "\n")
    }

    /// Runs a command body; a ReadoutError or CommandFailure becomes one stderr line and exit code 1.
    static func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ReadoutError {
            report(error.description)
            throw ExitCode.failure
        } catch let error as CommandFailure {
            report(error.description)
            throw ExitCode.failure
        }
    }
}
