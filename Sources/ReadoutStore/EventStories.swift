// Which story tells a fused event, for the web's event page: an event is shown with the story
// it belongs to (its documents, the other outlets' reports). Reads the event's rows by key through
// the (component, event_key) index and the stories of that component only.
// In: an event key ("osted-varo-2025-04"). Out: the numbers of the stories listing it, smallest first.
import ReadoutFusion

extension ReadsFusedRecord {
    public func storyNumbers(reportingEvent key: String) throws -> [Int64] {
        // Rows and stories name an event by fusion's id, "event:" and the key (FusedEventBuilder).
        let id = "event:" + key
        do {
            return try withRecordReader { db in
                let rows = try db.rows("""
                    SELECT DISTINCT s.number AS number, s.json AS json FROM fused_events e
                    JOIN stories s ON s.component = e.component
                    WHERE e.event_key = ? ORDER BY s.number
                    """, [.text(id)])
                return try rows.filter { row in
                    try JSONColumn.decode(Story.self, row.text("json"), column: "stories", document: 0).eventIDs.contains(id)
                }.map { try $0.int("number") }
            }
        }
    }
}
