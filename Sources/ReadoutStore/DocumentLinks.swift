// Where one document's own findings sit in the fused record, for the web's document page: its
// entities (by the names and local ids the analysis gave them) as fused entity ids, and its events
// (by local id) as fused event keys, so the marked text can link a name to its actor page and a
// sentence to its event page. Two indexed reads of the document's rows.
// In: a document's store id. Out: DocumentLinks (empty maps for a document not fused yet).

public struct DocumentLinks: Sendable {
    /// The analysis's entity names and ids → fused entity ids ("person:karl-osted").
    public var entities: [String: String] = [:]
    /// The analysis's event ids → fused event keys ("osted-varo-2025-04").
    public var events: [String: String] = [:]
}

extension ReadsFusedRecord {
    public func documentLinks(_ id: Int64) throws -> DocumentLinks {
        try withRecordReader { db in
            var links = DocumentLinks()
            if let index = try db.text("SELECT entity_index FROM fusion_members WHERE document_id = ?", [.int(id)]) {
                links.entities = try JSONColumn.decode([String: String].self, index, column: "entity_index", document: id)
            }
            for row in try db.rows("""
                SELECT r.local_event_id AS local_event_id, e.event_key AS event_key
                FROM fused_event_reports r JOIN fused_events e ON e.id = r.event
                WHERE r.document_id = ?
                """, [.int(id)]) {
                // Rows name an event by fusion's id, "event:" and the key (FusedEventBuilder).
                let key = try row.text("event_key")
                links.events[try row.text("local_event_id")] = key.hasPrefix("event:") ? String(key.dropFirst("event:".count)) : key
            }
            return links
        }
    }
}
