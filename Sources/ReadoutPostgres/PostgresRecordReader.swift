// RecordReader in PostgreSQL: the shared queries' `?` become $1, $2...; each cell becomes an
// SQLValue by its type. A reading runs in one REPEATABLE READ, READ ONLY transaction: one snapshot,
// as SQLite's read transaction gives, while workers go on writing.
import Foundation
import PostgresNIO
import ReadoutCore
import ReadoutStore

struct PostgresRecordReader: RecordReader {
    let session: PostgresSession

    func rows(_ sql: String, _ values: [SQLValue]) throws -> [RecordRow] {
        try session.query(Self.numbered(sql), values).map(Self.recordRow)
    }

    static func recordRow(_ row: PostgresRandomAccessRow) throws -> RecordRow {
        var columns: [String] = []
        var cells: [SQLValue] = []
        for cell in row {
            columns.append(cell.columnName)
            cells.append(try value(cell))
        }
        return RecordRow(columns: columns, values: cells)
    }

    /// `?` → `$n`, in order (the shared queries hold no `?` inside quotes).
    static func numbered(_ sql: String) -> String {
        var out = ""
        var number = 0
        for character in sql {
            if character == "?" {
                number += 1
                out += "$\(number)"
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int8: return .int(try cell.decode(Int64.self))
        case .int4: return .int(Int64(try cell.decode(Int32.self)))
        case .int2: return .int(Int64(try cell.decode(Int16.self)))
        case .bool: return .bool(try cell.decode(Bool.self))
        default: return .text(try cell.decode(String.self))
        }
    }
}

extension PostgresStore: ReadsFusedRecord {
    public func withRecordReader<T>(_ body: (any RecordReader) throws -> T) throws -> T {
        do {
            return try session.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
                try body(PostgresRecordReader(session: session))
            }
        } catch { throw failure(error) }
    }
}
