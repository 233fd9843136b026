// Where one document's own findings sit in the fused record, for the web's document page: its
// entities (by the names and local ids the analysis gave them) as fused entity ids, and its events
// (by local id) as fused event keys, so the marked text can link a name to its actor page and a
// sentence to its event page. Two indexed reads of the document's rows.
// In: a document's store id. Out: DocumentLinks (empty maps for a document not fused yet).
import GRDB

public struct DocumentLinks: Sendable {
    /// The analysis's entity names and ids → fused entity ids ("person:karl-osted").
    public var entities: [String: String] = [:]
    /// The analysis's event ids → fused event keys ("osted-varo-2025-04").
    public var events: [String: String] = [:]
}

extension SQLiteStore {
    public func documentLinks(_ id: Int64) throws -> DocumentLinks {
        do {
            return try reader.read { db in
                var links = DocumentLinks()
                if let index = try String.fetchOne(db, sql: "SELECT entity_index FROM fusion_members WHERE document_id = ?", arguments: [id]) {
                    links.entities = try JSONColumn.decode([String: String].self, index, column: "entity_index", document: id)
                }
                for row in try Row.fetchAll(db, sql: """
                    SELECT r.local_event_id, e.event_key FROM fused_event_reports r JOIN fused_events e ON e.id = r.event
                    WHERE r.document_id = ?
                    """, arguments: [id]) {
                    // Rows name an event by fusion's id, "event:" and the key (FusedEventBuilder).
                    let key: String = row["event_key"]
                    links.events[row["local_event_id"]] = key.hasPrefix("event:") ? String(key.dropFirst("event:".count)) : key
                }
                return links
            }
        } catch { throw failure(error) }
    }
}
