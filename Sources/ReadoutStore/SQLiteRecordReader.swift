// RecordReader in SQLite: the fused record's queries on one read transaction (a snapshot under WAL),
// statements compiled once per connection.
import GRDB
import ReadoutCore

struct SQLiteRecordReader: RecordReader {
    let db: Database

    func rows(_ sql: String, _ values: [SQLValue]) throws -> [RecordRow] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(values.map(\.databaseValue))).map { row in
            RecordRow(columns: Array(row.columnNames), values: row.databaseValues.map { value in
                switch value.storage {
                case .int64(let v): .int(v)
                case .string(let v): .text(v)
                case .double(let v): .int(Int64(v))
                case .blob(let v): .text(String(decoding: v, as: UTF8.self))
                case .null: .null
                }
            })
        }
    }
}

extension SQLiteStore: ReadsFusedRecord {
    public func withRecordReader<T>(_ body: (any RecordReader) throws -> T) throws -> T {
        do {
            return try reader.read { db in try body(SQLiteRecordReader(db: db)) }
        } catch { throw failure(error) }
    }
}
