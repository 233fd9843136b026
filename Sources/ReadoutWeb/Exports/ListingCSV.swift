// The listings as CSV tables: one row per event, per conflicting value, per quote, per item of a
// source comparison. Columns carry the JSON keys' names; lists are joined with "; ".
enum ListingCSV {
    static func events(_ events: [EventSummary]) -> String {
        CSVText.render(
            headers: ["key", "date", "date_inferred", "type", "label", "participants", "place", "status", "corroboration", "reported_by",
                      "conflicts"],
            rows: events.map { e in
                [e.key, e.date ?? "", e.dateInferred ? "true" : "false", e.type, e.label, e.participants.map(\.name).joined(separator: "; "),
                 e.place ?? "", e.status, String(e.corroboration), e.reportedBy.joined(separator: "; "), e.conflicts.joined(separator: "; ")]
            })
    }

    /// One row per value reports give, with the sentences of the outlets giving it.
    static func conflicts(_ conflicts: [ConflictView]) -> String {
        var rows: [[String]] = []
        for c in conflicts {
            for side in c.values {
                let sentences = c.sentences.filter { side.outlets.contains($0.outlet) }.map(\.text)
                rows.append([c.event, c.eventLabel, c.field, c.scope, side.value, side.outlets.joined(separator: "; "),
                             sentences.joined(separator: " | "), c.statement])
            }
        }
        return CSVText.render(headers: ["event", "event_label", "field", "scope", "value", "outlets", "sentences", "statement"], rows: rows)
    }

    static func quotes(_ quotes: [QuoteLineView]) -> String {
        CSVText.render(headers: ["speaker", "text", "document", "outlet", "published", "title"], rows: quotes.map { q in
            [q.speaker.name, q.text, String(q.document.id), q.document.outlet ?? "", q.document.published ?? "", q.document.title ?? ""]
        })
    }

    /// Events and quotes × outlets: what each outlet says of each ("" where it leaves it out).
    static func comparison(_ c: ComparisonView) -> String {
        func row(_ kind: String, _ item: OutletCoverage) -> [String] {
            [kind, item.item, item.label] + c.outlets.map { outlet in item.cells.first { $0.outlet == outlet }?.says ?? "" }
        }
        return CSVText.render(headers: ["kind", "item", "label"] + c.outlets,
                              rows: c.eventCoverage.map { row("event", $0) } + c.quoteCoverage.map { row("quote", $0) })
    }
}
