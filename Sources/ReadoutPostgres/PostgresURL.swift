// `--db postgres://user[:password]@host[:port]/database` → how to reach the server. Anything else
// given to --db is an SQLite file path. In: the text the user typed. Out: a connection configuration,
// or a one-line ReadoutError naming the URL (never the password) when part of it is missing.
import Foundation
import PostgresNIO
import ReadoutCore

public struct PostgresURL: Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    var password: String?
    public var database: String

    /// True for the URLs this backend takes: the test every command runs on its --db.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(_ text: String) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw ReadoutError(source: "--db", reason: "not a PostgreSQL URL (postgres://user@host/database)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw ReadoutError(source: Self.redacted(text), reason: "no host; write postgres://user@host/database")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else {
            throw ReadoutError(source: Self.redacted(text), reason: "no database name; write postgres://user@host/database")
        }
        self.host = host
        self.port = components.port ?? 5432
        // libpq's default user is the login name; a server with trust authentication takes it.
        self.user = components.user.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        self.password = components.password?.removingPercentEncoding
        self.database = database.removingPercentEncoding ?? database
    }

    /// The same server with another database (tests make one database per test).
    public func with(database: String) -> PostgresURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// Without the password: what error messages and reports name.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// The URL as typed with the password, if any, hidden.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text) else { return "--db" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "--db"
    }

    var configuration: PostgresConnection.Configuration {
        // Loopback and private deployments first: TLS is not asked for (sslmode=disable).
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: user, password: password,
                                                             database: database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }
}
