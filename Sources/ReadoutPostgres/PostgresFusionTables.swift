// FusionTables in PostgreSQL, inside the transaction the caller holds: the same statements as
// SQLiteFusionTables in PostgreSQL's dialect (ON CONFLICT DO NOTHING, RETURNING id, = ANY($1) for lists).
import Foundation
import PostgresNIO
import ReadoutCore
import ReadoutStore

struct PostgresFusionTables: FusionTables {
    let session: PostgresSession

    private func ids(_ sql: String, _ values: [SQLValue]) throws -> [Int64] {
        try session.query(sql, values).map { try $0[0].decode(Int64.self) }
    }

    /// A list of ids as one bound value ('{1,2,3}' read as bigint[]): one statement whatever its length.
    private func array(_ ids: [Int64]) -> SQLValue { .text("{" + ids.map(String.init).joined(separator: ",") + "}") }

    func pendingDocuments(limit: Int) throws -> [Int64] {
        try ids("SELECT document_id FROM fusion_pending ORDER BY document_id LIMIT $1", [.int(Int64(limit))])
    }

    func storedDocument(id: Int64) throws -> StoredDocument? {
        try session.query("""
            SELECT d.id, d.key, d.source, d.format, d.title, d.outlet, d.published, d.published_source, d.published_time,
                d.authors, d.url, d.section, d.credits, d.raw_hash, d.content_hash, d.text, d.blocks, d.ingested_at,
                a.analyzer_version, a.json AS analysis
            FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE d.id = $1
            """, [.int(id)]).first.map(PostgresStore.storedDocument)
    }

    func removePending(_ list: [Int64]) throws {
        try session.query("DELETE FROM fusion_pending WHERE document_id = ANY($1::bigint[])", [array(list)])
    }

    func requeue(document id: Int64) throws {
        try session.query("DELETE FROM fusion_links WHERE document_id = $1", [.int(id)])
        try session.query("INSERT INTO fusion_pending (document_id) VALUES ($1) ON CONFLICT DO NOTHING", [.int(id)])
    }

    func recordKey(_ key: String, document id: Int64) throws {
        try session.query("INSERT INTO fusion_keys (key, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [.text(key), .int(id)])
    }

    func holders(of key: String, upTo limit: Int) throws -> Int {
        Int(try ids("SELECT count(*) FROM (SELECT 1 FROM fusion_keys WHERE key = $1 LIMIT $2) held", [.text(key), .int(Int64(limit))])[0])
    }

    func link(key: String, document id: Int64) throws {
        try session.query("INSERT INTO fusion_links (key, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [.text(key), .int(id)])
    }

    func componentsLinked(by key: String) throws -> [Int64] {
        try ids("""
            SELECT DISTINCT m.component FROM fusion_links l JOIN fusion_members m ON m.document_id = l.document_id WHERE l.key = $1
            """, [.text(key)])
    }

    func unlink(key: String) throws {
        try session.query("DELETE FROM fusion_links WHERE key = $1", [.text(key)])
    }

    func linkedDocuments(of id: Int64) throws -> [(document: Int64, component: Int64?)] {
        try session.query("""
            SELECT DISTINCT other.document_id, m.component
            FROM fusion_links mine JOIN fusion_links other ON other.key = mine.key
            LEFT JOIN fusion_members m ON m.document_id = other.document_id
            WHERE mine.document_id = $1 AND other.document_id != $1
            """, [.int(id)]).map { (try $0[0].decode(Int64.self), try $0[1].decode(Int64?.self)) }
    }

    func members(of components: [Int64]) throws -> [Int64] {
        try ids("SELECT document_id FROM fusion_members WHERE component = ANY($1::bigint[])", [array(components)])
    }

    func deleteFused(components: [Int64]) throws {
        for table in FusedTable.byComponent {
            try session.query("DELETE FROM \(table) WHERE component = ANY($1::bigint[])", [array(components)])
        }
    }

    func insert(_ table: FusedTable, _ values: [SQLValue]) throws -> Int64 {
        let marks = (1...table.columns.count).map { "$\($0)" }.joined(separator: ", ")
        let sql = "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) VALUES (\(marks))"
            + (table.ignoringDuplicates ? " ON CONFLICT DO NOTHING" : "") + (table.returnsID ? " RETURNING id" : "")
        let rows = try session.query(sql, values)
        return table.returnsID ? try rows[0][0].decode(Int64.self) : 0
    }
}
