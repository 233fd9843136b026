// FusionTables in PostgreSQL, inside the transaction the caller holds: the same statements as
// SQLiteFusionTables in PostgreSQL's dialect (ON CONFLICT DO NOTHING, = ANY($1) for lists).
// A statement costs a round trip to the server, and a neighbourhood's fused rows are hundreds of
// small inserts, so fused rows are gathered per table and written as multi-row INSERTs: before any
// other statement (which may read or delete them), when a table has gathered many, and at the end.
// Rows that others refer to (entities, events, stories) take their ids from the table's sequence,
// reserved a block at a time, instead of one INSERT ... RETURNING id each.
import Foundation
import PostgresNIO
import ReadoutCore
import ReadoutStore

final class PostgresFusionTables: FusionTables {
    let session: PostgresSession
    /// Rows waiting to be written, per table, in the order first met.
    private var gathered: [(table: FusedTable, rows: [[SQLValue]])] = []
    /// Ids reserved from each table's sequence and not used yet.
    private var reserved: [String: ArraySlice<Int64>] = [:]
    /// PostgreSQL takes at most 65,535 parameters per statement.
    private static let parametersPerStatement = 30_000

    init(session: PostgresSession) {
        self.session = session
    }

    private func ids(_ sql: String, _ values: [SQLValue]) throws -> [Int64] {
        try session.query(sql, values).map { try $0[0].decode(Int64.self) }
    }

    /// A list of ids as one bound value ('{1,2,3}' read as bigint[]): one statement whatever its length.
    private func array(_ ids: [Int64]) -> SQLValue { .text("{" + ids.map(String.init).joined(separator: ",") + "}") }

    func pendingDocuments(limit: Int) throws -> [Int64] {
        try flush()
        return try ids("SELECT document_id FROM fusion_pending ORDER BY document_id LIMIT $1", [.int(Int64(limit))])
    }

    func storedDocument(id: Int64) throws -> StoredDocument? {
        try flush()
        return try session.query("""
            SELECT d.id, d.key, d.source, d.format, d.title, d.outlet, d.published, d.published_source, d.published_time,
                d.authors, d.url, d.section, d.credits, d.raw_hash, d.content_hash, d.text, d.blocks, d.ingested_at,
                a.analyzer_version, a.json AS analysis
            FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id = $1
            """, [.int(id)]).first.map(PostgresStore.storedDocument)
    }

    func removePending(_ list: [Int64]) throws {
        try flush()
        session.send("DELETE FROM fusion_pending WHERE document_id = ANY($1::bigint[])", [array(list)])
    }

    func requeue(document id: Int64) throws {
        try flush()
        session.send("DELETE FROM fusion_links WHERE document_id = $1", [.int(id)])
        session.send("INSERT INTO fusion_pending (document_id) VALUES ($1) ON CONFLICT DO NOTHING", [.int(id)])
    }

    func recordKey(_ key: String, document id: Int64) throws {
        try flush()
        session.send("INSERT INTO fusion_keys (key, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [.text(key), .int(id)])
    }

    func holders(of key: String, upTo limit: Int) throws -> Int {
        try flush()
        return Int(try ids("SELECT count(*) FROM (SELECT 1 FROM fusion_keys WHERE key = $1 LIMIT $2) held", [.text(key), .int(Int64(limit))])[0])
    }

    func link(key: String, document id: Int64) throws {
        try flush()
        session.send("INSERT INTO fusion_links (key, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [.text(key), .int(id)])
    }

    func componentsLinked(by key: String) throws -> [Int64] {
        try flush()
        return try ids("""
            SELECT DISTINCT m.component FROM fusion_links l JOIN fusion_members m ON m.document_id = l.document_id WHERE l.key = $1
            """, [.text(key)])
    }

    func unlink(key: String) throws {
        try flush()
        session.send("DELETE FROM fusion_links WHERE key = $1", [.text(key)])
    }

    func linkedDocuments(of id: Int64) throws -> [(document: Int64, component: Int64?)] {
        try flush()
        return try session.query("""
            SELECT DISTINCT other.document_id, m.component
            FROM fusion_links mine JOIN fusion_links other ON other.key = mine.key
            LEFT JOIN fusion_members m ON m.document_id = other.document_id
            WHERE mine.document_id = $1 AND other.document_id != $1
            """, [.int(id)]).map { (try $0[0].decode(Int64.self), try $0[1].decode(Int64?.self)) }
    }

    func members(of components: [Int64]) throws -> [Int64] {
        try flush()
        return try ids("SELECT document_id FROM fusion_members WHERE component = ANY($1::bigint[])", [array(components)])
    }

    func deleteFused(components: [Int64]) throws {
        try flush()
        for table in FusedTable.byComponent {
            session.send("DELETE FROM \(table) WHERE component = ANY($1::bigint[])", [array(components)])
        }
    }

    func insert(_ table: FusedTable, _ values: [SQLValue]) throws -> Int64 {
        var row = values
        var id: Int64 = 0
        if table.returnsID {
            id = try nextID(table.name)
            row.insert(.int(id), at: 0)
        }
        if let index = gathered.firstIndex(where: { $0.table == table }) {
            gathered[index].rows.append(row)
            if gathered[index].rows.count * row.count >= Self.parametersPerStatement { try flush() }
        } else {
            gathered.append((table, [row]))
        }
        return id
    }

    /// Writes every gathered row, table by table in the order first met (a row's parents first).
    func flush() throws {
        let tables = gathered
        gathered = []
        for (table, rows) in tables {
            let columns = (table.returnsID ? ["id"] : []) + table.columns
            var marks: [String] = []
            var number = 0
            for _ in rows {
                marks.append("(" + columns.map { _ in number += 1; return "$\(number)" }.joined(separator: ", ") + ")")
            }
            session.send("INSERT INTO \(table.name) (\(columns.joined(separator: ", "))) VALUES \(marks.joined(separator: ", "))"
                + (table.ignoringDuplicates ? " ON CONFLICT DO NOTHING" : ""), rows.flatMap { $0 })
        }
    }

    /// The next id of a table's sequence, reserved 256 at a time (unused ones are gaps, never reused).
    private func nextID(_ table: String) throws -> Int64 {
        if let id = reserved[table]?.popFirst() { return id }
        let ids = try session.query("SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, 256)", [.text(table)])
            .map { try $0[0].decode(Int64.self) }
        reserved[table] = ArraySlice(ids.dropFirst())
        return ids[0]
    }
}
