// FusionTables in SQLite, inside the write transaction GRDB holds. Statements are compiled once per
// connection (cachedStatement), so fusing thousands of rows parses each statement once.
import GRDB
import ReadoutCore

struct SQLiteFusionTables: FusionTables {
    let db: Database

    func pendingDocuments(limit: Int) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT document_id FROM fusion_pending ORDER BY document_id LIMIT ?", arguments: [limit])
    }

    func storedDocument(id: Int64) throws -> StoredDocument? { try SQLiteStore.document(id: id, in: db) }

    func removePending(_ ids: [Int64]) throws {
        try db.execute(sql: "DELETE FROM fusion_pending WHERE document_id IN (\(databaseQuestionMarks(count: ids.count)))",
                       arguments: StatementArguments(ids))
    }

    func requeue(document id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM fusion_links WHERE document_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO fusion_pending (document_id) VALUES (?)").execute(arguments: [id])
    }

    func recordKey(_ key: String, document id: Int64) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO fusion_keys (key, document_id) VALUES (?, ?)").execute(arguments: [key, id])
    }

    func holders(of key: String, upTo limit: Int) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM fusion_keys WHERE key = ? LIMIT ?)"),
                         arguments: [key, limit]) ?? 0
    }

    func link(key: String, document id: Int64) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO fusion_links (key, document_id) VALUES (?, ?)").execute(arguments: [key, id])
    }

    func componentsLinked(by key: String) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT m.component FROM fusion_links l JOIN fusion_members m ON m.document_id = l.document_id
            WHERE l.key = ?
            """), arguments: [key])
    }

    func unlink(key: String) throws {
        try db.cachedStatement(sql: "DELETE FROM fusion_links WHERE key = ?").execute(arguments: [key])
    }

    func linkedDocuments(of id: Int64) throws -> [(document: Int64, component: Int64?)] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT other.document_id AS document, m.component AS component
            FROM fusion_links mine JOIN fusion_links other ON other.key = mine.key
            LEFT JOIN fusion_members m ON m.document_id = other.document_id
            WHERE mine.document_id = ? AND other.document_id != ?
            """), arguments: [id, id]).map { ($0["document"], $0["component"]) }
    }

    func members(of components: [Int64]) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT document_id FROM fusion_members WHERE component IN (\(databaseQuestionMarks(count: components.count)))",
                           arguments: StatementArguments(components))
    }

    /// Reports, keys, names and story documents go with their parents through ON DELETE CASCADE.
    func deleteFused(components: [Int64]) throws {
        let marks = databaseQuestionMarks(count: components.count)
        for table in FusedTable.byComponent {
            try db.execute(sql: "DELETE FROM \(table) WHERE component IN (\(marks))", arguments: StatementArguments(components))
        }
    }

    /// Each table's INSERT, written once (a neighbourhood's rows are hundreds of inserts).
    private static let insertSQL: [String: String] = Dictionary(uniqueKeysWithValues: FusedTable.all.map { table in
        (table.name, "INSERT \(table.ignoringDuplicates ? "OR IGNORE " : "")INTO \(table.name) (\(table.columns.joined(separator: ", "))) "
            + "VALUES (\(databaseQuestionMarks(count: table.columns.count)))")
    })

    func insert(_ table: FusedTable, _ values: [SQLValue]) throws -> Int64 {
        guard let sql = Self.insertSQL[table.name] else {
            throw ReadoutError(source: table.name, reason: "not a table of the fused record")
        }
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values.map(\.databaseValue)))
        return table.returnsID ? db.lastInsertedRowID : 0
    }
}
