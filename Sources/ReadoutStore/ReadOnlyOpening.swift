// Opening a Readout database for reading only (documents, search, stories ...).
// SQLite reads a WAL-mode file through its -wal and -shm files, creating them when missing,
// and a read-only connection cannot remove them when it closes: a reader would fail in a folder
// the user may not write ("database is read-only") and litter one it may. So:
// - no -wal file beside the database: no writer is at work and every committed page is in the
//   file itself, which is opened immutable (SQLite then takes no locks and creates nothing);
// - a -wal file present: an ingest is writing (or one was interrupted) and the newest pages are
//   in it, so the file is opened read-only the usual way, through the files already there.
// An ingest that starts while an immutable reader is still reading can checkpoint under it; the
// reader may then fail or miss the new articles, never damage anything: run the command again.
import Foundation
import GRDB

enum ReadOnlyOpening {
    static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.label = "readout"
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let writing = FileManager.default.fileExists(atPath: path + "-wal")
        return try DatabaseQueue(path: writing ? path : immutableURI(path), configuration: configuration)
    }

    /// `file:PATH?mode=ro&immutable=1`, with the characters a URI path cannot hold escaped.
    /// SQLite reads URI file names in this build (SQLITE_USE_URI, as Debian compiles it).
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "file:\(escaped)?mode=ro&immutable=1"
    }
}
