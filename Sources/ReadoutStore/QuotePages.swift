// Quotations across the store for the web API's /api/v1/quotes: each quote attributed to a fused
// entity (the rows of "v5-actor-pages"), with its speaker's name and the document quoting it, those
// of one story, one speaker, one outlet or published between two dates, a page at a time, counted in
// SQL. Nothing but the page's rows is read.
// In: the filter and the page. Out: QuotePage — the lines in the order the fused record holds them
// (by document as fusion wrote them): a page is read by rowid and stops at its last line, where
// ordering by document would sort every quote in the store for each page.
import GRDB
import ReadoutCore

public struct QuotePage: Sendable {
    public struct Line: Sendable {
        public var speakerKey: String
        public var speaker: String
        public var text: String
        public var documentID: Int64
        public var title: String?
        /// Nil when the article names no outlet.
        public var outlet: String?
        public var published: String?
    }

    public var lines: [Line] = []
    public var total = 0
}

/// Which quotes a page keeps; every field narrows it.
public struct QuoteFilter: Sendable {
    /// A story's number ("story-12" → 12): quotes in its documents.
    public var story: Int64?
    public var speakerKey: String?
    public var outlet: String?
    /// Publication dates of the quoting documents (YYYY, YYYY-MM or YYYY-MM-DD).
    public var from: String?
    public var to: String?

    public init(story: Int64? = nil, speakerKey: String? = nil, outlet: String? = nil, from: String? = nil, to: String? = nil) {
        self.story = story
        self.speakerKey = speakerKey
        self.outlet = outlet
        self.from = from
        self.to = to
    }
}

extension SQLiteStore {
    public func quotePage(_ filter: QuoteFilter, limit: Int, offset: Int) throws -> QuotePage {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let number = filter.story {
            conditions.append("q.document_id IN (SELECT sd.document_id FROM stories s JOIN story_documents sd ON sd.story = s.id WHERE s.number = ?)")
            arguments += [number]
        }
        if let key = filter.speakerKey {
            conditions.append("q.entity_key = ?")
            arguments += [key]
        }
        if let outlet = filter.outlet {
            conditions.append("d.outlet = ?")
            arguments += [outlet]
        }
        let dates = FusedEventFilter(from: filter.from, to: filter.to).sql(alias: "d", dateColumn: "published")
        conditions += dates.conditions
        arguments += dates.arguments
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        do {
            return try reader.read { db in
                var page = QuotePage()
                // The documents are joined only when a condition is on them.
                let join = filter.outlet != nil || filter.from != nil || filter.to != nil ? "JOIN documents d ON d.id = q.document_id" : ""
                page.total = try Int.fetchOne(db, sql: "SELECT count(*) FROM fused_quotes q \(join) \(clause)", arguments: arguments) ?? 0
                for row in try Row.fetchAll(db, sql: """
                    SELECT q.entity_key, e.name, q.text, q.document_id, d.title, d.outlet, d.published
                    FROM fused_quotes q JOIN documents d ON d.id = q.document_id JOIN fused_entities e ON e.id = q.entity
                    \(clause) ORDER BY q.rowid LIMIT ? OFFSET ?
                    """, arguments: arguments + [limit, offset]) {
                    let outlet: String? = row["outlet"]
                    page.lines.append(QuotePage.Line(
                        speakerKey: row["entity_key"], speaker: row["name"], text: row["text"], documentID: row["document_id"],
                        title: row["title"], outlet: outlet?.isEmpty == false ? outlet : nil, published: row["published"]))
                }
                return page
            }
        } catch { throw failure(error) }
    }
}
