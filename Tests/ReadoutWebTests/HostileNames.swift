// A store whose entity names carry markup. The analyzer never reads `<` or `"` into a name, but a
// record may come from elsewhere (an older analyzer, an import, a hand edit), and the pages must hold
// whatever the record says. So a copy of the fixture store gets one actor's name replaced, in every
// row that names it (analyses, fused entities, events, stories), by a name that breaks out of an
// attribute, opens an element with an event handler, and would mark the page if any script ran.
import Foundation
import GRDB

enum HostileNames {
    static let original = "Leni Varo"
    static let planted = "Leni \"><img src=x onerror=document.body.setAttribute('data-ran','name')> javascript:alert('name') Varo"
    /// How a page shows it: every character escaped.
    static let escaped = "Leni &quot;&gt;&lt;img src=x onerror=document.body.setAttribute(&#39;data-ran&#39;,&#39;name&#39;)&gt; javascript:alert(&#39;name&#39;) Varo"

    static let database: Result<String, any Error> = Result {
        let source = try WebFixture.database.get()
        let path = URL(fileURLWithPath: source).deletingLastPathComponent().appendingPathComponent("hostile-names.sqlite").path
        try? FileManager.default.removeItem(atPath: path)
        let copy = try DatabaseQueue(path: path)
        try DatabaseQueue(path: source).backup(to: copy)
        let json = String(planted.flatMap { $0 == "\"" ? ["\\", "\""] : [$0] })
        try copy.write { db in
            // Not the article text itself, nor its search index: spans point into the text.
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'documents%' AND name NOT LIKE 'sqlite_%'
                """)
            for table in tables {
                for column in try db.columns(in: table) where column.type.uppercased() == "TEXT" {
                    try db.execute(sql: """
                        UPDATE "\(table)" SET "\(column.name)" = replace("\(column.name)", ?, CASE WHEN substr("\(column.name)", 1, 1) IN ('{', '[') THEN ? ELSE ? END)
                        WHERE instr("\(column.name)", ?) > 0
                        """, arguments: [original, json, planted, original])
                }
            }
        }
        return path
    }
}
