// Reading the fused record, whatever the backend: statements with `?` placeholders in, rows by
// column name out. The queries the cross-article commands ask (FusedQueries, ActorPages,
// EventStories) are written once against this, so SQLite and PostgreSQL answer them alike; each
// backend runs them in one consistent snapshot (`withRecordReader`).
import Foundation
import ReadoutCore

public protocol RecordReader {
    /// The rows of one statement; `?` marks each value, in order.
    func rows(_ sql: String, _ values: [SQLValue]) throws -> [RecordRow]
}

/// One row, its values by column name.
public struct RecordRow {
    public var values: [String: SQLValue]
    /// Column names in the statement's order (for reading the first column).
    public var columns: [String]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = Dictionary(zip(columns, values), uniquingKeysWith: { first, _ in first })
    }

    private func value(_ column: String) throws -> SQLValue {
        guard let value = values[column] else {
            throw ReadoutError(source: "fused record", reason: "no column \(column) in a row read")
        }
        return value
    }

    public func optionalInt(_ column: String) throws -> Int64? {
        switch try value(column) {
        case .int(let v): return v
        case .bool(let v): return v ? 1 : 0
        case .null: return nil
        case .text(let v):
            guard let number = Int64(v) else { throw ReadoutError(source: "fused record", reason: "\(column) is not a number") }
            return number
        }
    }

    public func int(_ column: String) throws -> Int64 {
        guard let v = try optionalInt(column) else { throw ReadoutError(source: "fused record", reason: "\(column) is empty") }
        return v
    }

    public func optionalText(_ column: String) throws -> String? {
        switch try value(column) {
        case .text(let v): return v
        case .int(let v): return String(v)
        case .bool(let v): return v ? "1" : "0"
        case .null: return nil
        }
    }

    public func text(_ column: String) throws -> String {
        guard let v = try optionalText(column) else { throw ReadoutError(source: "fused record", reason: "\(column) is empty") }
        return v
    }

    var firstColumn: String { columns.first ?? "" }
}

extension RecordReader {
    /// The first column of every row, as numbers.
    func ints(_ sql: String, _ values: [SQLValue] = []) throws -> [Int64] {
        try rows(sql, values).map { try $0.int($0.firstColumn) }
    }

    /// The first column of every row, as text.
    func texts(_ sql: String, _ values: [SQLValue] = []) throws -> [String] {
        try rows(sql, values).map { try $0.text($0.firstColumn) }
    }

    /// The first column of the first row; nil when there is none, or it is NULL.
    func int(_ sql: String, _ values: [SQLValue] = []) throws -> Int64? {
        guard let row = try rows(sql, values).first else { return nil }
        return try row.optionalInt(row.firstColumn)
    }

    func text(_ sql: String, _ values: [SQLValue] = []) throws -> String? {
        guard let row = try rows(sql, values).first else { return nil }
        return try row.optionalText(row.firstColumn)
    }
}

/// A store whose fused record the cross-article commands read through indexes (FusedQueries).
public protocol ReadsFusedRecord: KeepsFusedRecord {
    /// Runs `body` with a reader on one consistent snapshot of the store.
    func withRecordReader<T>(_ body: (any RecordReader) throws -> T) throws -> T
}

/// A page limit as a bound value: a negative one (no limit) as the largest, which every backend takes.
func limitValue(_ limit: Int) -> SQLValue { .int(limit < 0 ? Int64.max : Int64(limit)) }

/// "?, ?, ?" for a list of values.
func questionMarks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

extension StoredDocument {
    /// A document from a row with the columns of `documents` (and `analysis`, `analyzer_version`).
    public init(row: RecordRow) throws {
        let id = try row.int("id")
        let metadata = ArticleMetadata(
            title: try row.optionalText("title"), outlet: try row.optionalText("outlet"), published: try row.optionalText("published"),
            publishedSource: try row.optionalText("published_source").flatMap(DateSource.init(rawValue:)),
            publishedTime: try row.optionalText("published_time"),
            authors: try JSONColumn.decode([String].self, row.text("authors"), column: "authors", document: id),
            url: try row.optionalText("url"), section: try row.optionalText("section"),
            credits: try JSONColumn.decode([String].self, row.text("credits"), column: "credits", document: id))
        let formatName = try row.text("format")
        guard let format = SourceFormat(rawValue: formatName) else {
            throw ReadoutError(source: "document \(id)", reason: "unknown stored format \(formatName)")
        }
        let article = Article(
            id: try row.text("key"), source: try row.text("source"), format: format, text: try row.text("text"),
            blocks: try JSONColumn.decode([TextBlock].self, row.text("blocks"), column: "blocks", document: id),
            metadata: metadata, rawHash: try row.text("raw_hash"), contentHash: try row.text("content_hash"))
        let analysis = try row.optionalText("analysis").map { try JSONColumn.decode(ArticleAnalysis.self, $0, column: "analysis", document: id) }
        self.init(id: id, article: article, analysis: analysis, analyzerVersion: try row.optionalText("analyzer_version"),
                  ingestedAt: try row.text("ingested_at"))
    }
}
