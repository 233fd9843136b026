// What every command's --db names: an SQLite file (the default, readout.sqlite) or a PostgreSQL
// server (postgres://user@host/database). In: the --db text. Out: the store, opened as the command
// needs it, or a one-line error naming it.
import Foundation
import ReadoutPostgres
import ReadoutStore

enum StoreOpening {
    static func isPostgres(_ db: String) -> Bool { PostgresURL.isPostgres(db) }

    /// The database as messages name it: a server's URL without its password.
    static func displayName(_ db: String) -> String {
        guard isPostgres(db), let url = try? PostgresURL(db) else { return db }
        return url.description
    }

    /// A store to write into: an SQLite file is created when missing; a PostgreSQL database must
    /// exist (its tables are made on first use).
    static func forWriting(_ db: String) throws -> any KeepsFusedRecord {
        if isPostgres(db) { return try PostgresStore(db, analyzerVersion: Readout.configuration.version) }
        return try SQLiteStore(path: db, analyzerVersion: Readout.configuration.version)
    }

    /// A store a previous ingest wrote, for reading: an SQLite file is opened read-only (reading
    /// never creates an empty one by accident, works on a file the user may not write).
    static func forReading(_ db: String) throws -> any ArticleStore {
        if isPostgres(db) { return try PostgresStore(db, analyzerVersion: Readout.configuration.version) }
        try ListingOptions.requireDatabase(db)
        return try SQLiteStore(path: db, analyzerVersion: Readout.configuration.version, access: .readOnly)
    }

    /// A PostgreSQL store, for what only it does (the queue `ingest --queue` fills and `worker` empties).
    static func postgres(_ db: String, for use: String) throws -> PostgresStore {
        guard isPostgres(db) else {
            throw CommandFailure("\(use) needs a PostgreSQL database (--db postgres://user@host/database), not \(db)")
        }
        return try PostgresStore(db, analyzerVersion: Readout.configuration.version)
    }
}
