// ArticleStore on one SQLite file. Writing (ingest) goes through a GRDB DatabasePool in WAL mode,
// so readers never wait for an ingest that is writing. Reading commands open the file read-only
// (`ReadOnlyOpening`): they work on a file the user may not write and leave nothing beside it.
// In: a file path and an access mode. Out: a checked store, or a one-line ReadoutError naming
// the file when it is not a Readout database.
import Foundation
import GRDB
import ReadoutCore

public final class SQLiteStore: ArticleStore {
    /// Writing creates and migrates the file; reading never changes it.
    public enum Access: Sendable {
        case readWrite
        case readOnly
    }

    public let path: String
    /// Recorded with each analysis, so a later run can tell which documents an older analyzer read.
    public let analyzerVersion: String
    public let access: Access
    /// What every read goes through.
    let reader: any DatabaseReader
    /// The pool writes go through; nil when opened read-only.
    let writer: DatabasePool?
    /// Documents just saved and what fusing them computed, for the fusions that follow.
    let fusionCache = FusionCache()
    /// How many documents a link key may hold and still tie them into one neighbourhood
    /// (NeighbourhoodLinks): this many cost one fusion a few seconds at most.
    public static let defaultCommonKeyLimit = 64
    let commonKeyLimit: Int

    /// `commonKeyLimit` is for tests, which show on a few documents what a store does with many: every
    /// ingest into one database must use the same.
    public init(path: String, analyzerVersion: String = "", access: Access = .readWrite,
                commonKeyLimit: Int = SQLiteStore.defaultCommonKeyLimit) throws {
        self.path = path
        self.commonKeyLimit = max(1, commonKeyLimit)
        self.analyzerVersion = analyzerVersion
        self.access = access
        do {
            switch access {
            case .readWrite:
                try NewDatabaseFile.create(at: path)
                var configuration = Configuration()
                configuration.label = "readout"
                // Several processes (ingest workers, a reader) may share the file; wait instead of failing.
                configuration.busyMode = .timeout(30)
                // A fusion transaction rewrites rows all over a dozen indexes. With SQLite's default
                // 2 MiB page cache it spilled dirty pages to the WAL before committing (the same page
                // written again and again) and read back pages it had just dropped, more so as the
                // indexes grew: at 10,000 articles, 2.28 million pwrite and 1.11 million pread calls;
                // with 64 MiB, 1.17 million and 0.13 million. The size is a bound, filled as pages are read.
                // The WAL is copied into the database (checkpointed) when it passes 32,768 pages (128 MiB)
                // instead of SQLite's 1,000: a page that successive transactions rewrite (an index page
                // of the fused record) is copied once per checkpoint, not once per transaction. The WAL
                // file keeps that size on disk while the database is open.
                configuration.prepareDatabase { db in
                    try db.execute(sql: "PRAGMA cache_size = -65536")
                    try db.execute(sql: "PRAGMA wal_autocheckpoint = 32768")
                }
                let pool = try DatabasePool(path: path, configuration: configuration)
                try pool.barrierWriteWithoutTransaction { db in try Self.checkBelongsToReadout(db, path: path) }
                try SQLiteSchema.migrator.migrate(pool)
                writer = pool
                reader = pool
            case .readOnly:
                let queue = try ReadOnlyOpening.open(path)
                try queue.read { db in try Self.checkReadable(db, path: path) }
                writer = nil
                reader = queue
            }
        } catch let error as DatabaseError {
            throw Self.openFailure(error, path: path)
        }
    }

    /// A file with tables but none of Readout's is someone else's database: refuse to write into it.
    private static func checkBelongsToReadout(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
            """)
        guard !tables.isEmpty else { return }  // new, empty file: ours to set up
        guard tables.contains(SQLiteSchema.marker) else {
            throw ReadoutError(source: path, reason: "not a Readout database (an SQLite file with other tables)")
        }
        let known = Set(SQLiteSchema.migrator.migrations)
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM \(SQLiteSchema.marker)")
        if !applied.isEmpty && known.isDisjoint(with: applied) {
            throw ReadoutError(source: path, reason: "not a Readout database (an SQLite file of another program)")
        }
        if !Set(applied).isSubset(of: known) {
            throw ReadoutError(source: path, reason: "written by a newer version of Readout; upgrade to read it")
        }
    }

    /// Reading needs a Readout database with every migration this version knows: it cannot set one up.
    private static func checkReadable(_ db: Database, path: String) throws {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
            """)
        if tables.isEmpty {
            throw ReadoutError(source: path, reason: "an empty database; run `readout ingest --db \(path) PATH` first")
        }
        try checkBelongsToReadout(db, path: path)
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM \(SQLiteSchema.marker)"))
        if !Set(SQLiteSchema.migrator.migrations).isSubset(of: applied) {
            throw ReadoutError(source: path, reason: "written by an older version of Readout; "
                + "`readout fuse --db \(path)` upgrades it (as does the next `readout ingest`)")
        }
    }

    private static func openFailure(_ error: DatabaseError, path: String) -> ReadoutError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return ReadoutError(source: path, reason: "not a Readout database (not an SQLite file)")
        case .SQLITE_CANTOPEN:
            return ReadoutError(source: path, reason: "cannot open the database file (missing folder or no permission?)")
        case .SQLITE_READONLY:
            return ReadoutError(source: path, reason: "database is read-only")
        case .SQLITE_CORRUPT:
            return ReadoutError(source: path, reason: "database file is damaged")
        default:
            return ReadoutError(source: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Any other SQLite failure after opening, as a one-line error naming the database.
    func failure(_ error: Error) -> Error {
        guard let error = error as? DatabaseError else { return error }
        return ReadoutError(source: path, reason: error.message ?? "\(error.resultCode)")
    }

    /// The pool to write through; opened read-only, saving is a programming error named plainly.
    func requireWriter() throws -> DatabasePool {
        guard let writer else { throw ReadoutError(source: path, reason: "opened read-only; cannot store articles") }
        return writer
    }

    public func count() throws -> Int {
        do {
            return try reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
        } catch { throw failure(error) }
    }

    /// Names of the migrations this database has run, in order (for diagnostics and tests).
    public func appliedMigrations() throws -> [String] {
        do {
            return try reader.read { db in try SQLiteSchema.migrator.appliedMigrations(db) }
        } catch { throw failure(error) }
    }
}
