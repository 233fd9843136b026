// One connection to a PostgreSQL server, used synchronously: a statement in, its rows out.
//
// Why blocking waits, and why they cannot deadlock: ArticleStore is synchronous (SQLite answers on
// the calling thread, and every command, the ingest pipeline and the web source call it so), and
// making it async would change every caller for one backend. postgres-nio is asynchronous, so each
// session owns a private one-thread EventLoopGroup that runs its connection and nothing else; a
// caller waits on the future from its own thread. The thread that completes the future is never
// the one waiting (no caller runs on that private loop), so a wait always ends; it blocks only the
// caller, as an SQLite read does. Bridging through Task + semaphore instead could starve Swift's
// cooperative pool (two threads on two cores) and hang, which this never can.
// A lock lets one caller at a time use the connection: PostgreSQL runs one transaction per
// connection, and a transaction's statements must not interleave with another caller's.
// Statements whose rows nobody reads (`send`: inserts, deletes) are queued on the connection without
// waiting; the connection runs them in order, and the next `query` or the commit waits for them and
// reports the first failure. That spares a thread hand-over per statement, most of a fused row's cost.
import Foundation
import Logging
import PostgresNIO
import ReadoutCore
import ReadoutStore

final class PostgresSession: @unchecked Sendable {
    let url: PostgresURL
    private let group: MultiThreadedEventLoopGroup
    private let connection: PostgresConnection
    private let lock = NSRecursiveLock()
    private var inTransaction = false
    /// Statements sent and not waited for yet, in order.
    private var unwaited: [EventLoopFuture<PostgresQueryResult>] = []
    private static let logger: Logger = {
        var logger = Logger(label: "readout.postgres")
        logger.logLevel = .critical  // failures reach the user as ReadoutErrors, not log lines
        return logger
    }()

    init(url: PostgresURL) throws {
        self.url = url
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            connection = try PostgresConnection.connect(on: group.next(), configuration: url.configuration, id: 1,
                                                        logger: Self.logger).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw PostgresFailure.error(error, url: url, connecting: true)
        }
    }

    deinit {
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Runs one statement ($1, $2... for `values`) and returns its rows.
    @discardableResult
    func query(_ sql: String, _ values: [SQLValue] = []) throws -> [PostgresRandomAccessRow] {
        let query = Self.query(sql, values)
        return try lock.withLock {
            try waitForSent()
            do {
                return try connection.query(query, logger: Self.logger).wait().rows.map { $0.makeRandomAccess() }
            } catch {
                throw PostgresFailure.error(error, url: url)
            }
        }
    }

    /// Queues a statement whose rows are not needed; its failure is reported by the next `query`.
    func send(_ sql: String, _ values: [SQLValue] = []) {
        let query = Self.query(sql, values)
        lock.withLock { unwaited.append(connection.query(query, logger: Self.logger)) }
    }

    /// Waits for every statement sent; throws the first failure.
    private func waitForSent() throws {
        let futures = unwaited
        unwaited = []
        var first: Error?
        for future in futures {
            do { _ = try future.wait() } catch { first = first ?? error }
        }
        if let first { throw PostgresFailure.error(first, url: url) }
    }

    private static func query(_ sql: String, _ values: [SQLValue]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .int(let v): binds.append(v)
            case .text(let v): binds.append(v)
            case .bool(let v): binds.append(v)
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws. A call
    /// inside a transaction joins it (the outer one decides).
    func transaction<T>(begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        try lock.withLock {
            if inTransaction { return try body() }
            try query(begin)
            inTransaction = true
            defer { inTransaction = false }
            do {
                let result = try body()
                try query("COMMIT")
                return result
            } catch {
                try? waitForSent()
                _ = try? query("ROLLBACK")
                throw error
            }
        }
    }
}

/// postgres-nio's errors as one line naming the server (never its password).
enum PostgresFailure {
    /// The SQLSTATE of a server error ("40P01" for a deadlock), nil for any other failure.
    static func sqlState(_ error: Error) -> String? {
        if let failure = error as? ServerError { return failure.sqlState }
        return (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    static func error(_ error: Error, url: PostgresURL, connecting: Bool = false) -> Error {
        if error is ReadoutError || error is ServerError { return error }
        guard let error = error as? PSQLError else {
            return ReadoutError(source: url.description, reason: connecting ? "cannot connect: \(error)" : "\(error)")
        }
        if let info = error.serverInfo, let message = info[.message] {
            return ServerError(source: url.description, reason: message, sqlState: info[.sqlState] ?? "")
        }
        let reason: String
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            let cause = error.underlying.map { "\($0)" } ?? "connection lost"
            reason = connecting ? "cannot connect (is the server running?): \(cause)" : "connection lost: \(cause)"
        default:
            reason = "\(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
        }
        return ReadoutError(source: url.description, reason: reason)
    }

    /// A statement the server refused, keeping its SQLSTATE so callers can tell a deadlock or a bad
    /// search query from other failures; shown as the ReadoutError line.
    struct ServerError: Error, CustomStringConvertible {
        var source: String
        var reason: String
        var sqlState: String
        var readoutError: ReadoutError { ReadoutError(source: source, reason: reason) }
        var description: String { readoutError.description }
    }
}
