// A value bound to a statement, in terms every backend has (SQLite through GRDB, PostgreSQL through
// ReadoutPostgres). The fused record's rows (FusedRows) and the fusion steps (FusionTables) are
// written once in these terms, so the two backends cannot drift apart in what they store.
import GRDB

public enum SQLValue: Sendable, Hashable {
    case int(Int64)
    case text(String)
    case bool(Bool)
    case null

    public init(_ value: Int64?) { self = value.map(SQLValue.int) ?? .null }
    public init(_ value: Int?) { self = value.map { .int(Int64($0)) } ?? .null }
    public init(_ value: String?) { self = value.map(SQLValue.text) ?? .null }
    public init(_ value: Bool) { self = .bool(value) }

    var databaseValue: DatabaseValue {
        switch self {
        case .int(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .bool(let value): value.databaseValue
        case .null: .null
        }
    }
}
