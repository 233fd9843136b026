// Quotations across the store for the web API's /api/v1/quotes: each quote attributed to a fused
// entity (the rows of "v5-actor-pages"), with its speaker's name and the document quoting it, those
// of one story, one speaker, one outlet or published between two dates, a page at a time, counted in
// SQL. Nothing but the page's rows is read.
// In: the filter and the page. Out: QuotePage — the lines in the order the fused record holds them
// (by document as fusion wrote them): a page is read by rowid and stops at its last line, where
// ordering by document would sort every quote in the store for each page.
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

extension ReadsFusedRecord {
    public func quotePage(_ filter: QuoteFilter, limit: Int, offset: Int) throws -> QuotePage {
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        if let number = filter.story {
            conditions.append("q.document_id IN (SELECT sd.document_id FROM stories s JOIN story_documents sd ON sd.story = s.id WHERE s.number = ?)")
            arguments += [.int(number)]
        }
        if let key = filter.speakerKey {
            conditions.append("q.entity_key = ?")
            arguments += [.text(key)]
        }
        if let outlet = filter.outlet {
            conditions.append("d.outlet = ?")
            arguments += [.text(outlet)]
        }
        let dates = FusedEventFilter(from: filter.from, to: filter.to).sql(alias: "d", dateColumn: "published")
        conditions += dates.conditions
        arguments += dates.arguments
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try withRecordReader { db in
            var page = QuotePage()
            // The documents are joined only when a condition is on them.
            let join = filter.outlet != nil || filter.from != nil || filter.to != nil ? "JOIN documents d ON d.id = q.document_id" : ""
            page.total = Int(try db.int("SELECT count(*) FROM fused_quotes q \(join) \(clause)", arguments) ?? 0)
            // `rowid`: SQLite's own; PostgreSQL's table has a serial column of that name (migration
            // "v4-web-listings"), so both give the order the rows were written in.
            for row in try db.rows("""
                SELECT q.entity_key AS entity_key, e.name AS name, q.text AS text, q.document_id AS document_id,
                    d.title AS title, d.outlet AS outlet, d.published AS published
                FROM fused_quotes q JOIN documents d ON d.id = q.document_id JOIN fused_entities e ON e.id = q.entity
                \(clause) ORDER BY q.rowid LIMIT ? OFFSET ?
                """, arguments + [limitValue(limit), SQLValue(offset)]) {
                let outlet = try row.optionalText("outlet")
                page.lines.append(QuotePage.Line(
                    speakerKey: try row.text("entity_key"), speaker: try row.text("name"), text: try row.text("text"),
                    documentID: try row.int("document_id"), title: try row.optionalText("title"),
                    outlet: outlet?.isEmpty == false ? outlet : nil, published: try row.optionalText("published")))
            }
            return page
        }
    }
}
