// A new database file appears whole or not at all. Setting one up runs every migration, each in its own
// transaction; a process killed between two of them ("readout ingest" stopped by a signal in its first
// second) would leave a file that reading commands refuse as "written by an older version". So a file that
// does not exist yet is set up beside it under a temporary name and linked into place in one step; if
// another process put a database there first, its file is kept and ours is dropped.
// In: the path of a database that may not exist. Out: the file, fully set up, at that path.
import Foundation
import GRDB

enum NewDatabaseFile {
    /// Sets up the database at `path` when no file is there; does nothing when one is.
    static func create(at path: String) throws {
        guard !path.isEmpty, path != ":memory:", !FileManager.default.fileExists(atPath: path) else { return }
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\(name).setting-up-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            let queue = try DatabaseQueue(path: temporary)
            try SQLiteSchema.migrator.migrate(queue)
            try queue.close()
        } catch {
            // (An unwritable folder and the like: opening the path itself reports it as it always has.)
            return
        }
        // link(2) fails when the path exists: a database another process set up meanwhile stays.
        _ = link(temporary, path)
    }
}
