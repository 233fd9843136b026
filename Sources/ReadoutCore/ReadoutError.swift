// Errors carry the file (or URL) and a reason a person can act on; the CLI prints
// `readout: FILE: REASON` on one line and moves on to the next item.

public struct ReadoutError: Error, CustomStringConvertible, Sendable, Equatable {
    public var source: String
    public var reason: String

    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }

    public var description: String { "\(source): \(reason)" }
}
