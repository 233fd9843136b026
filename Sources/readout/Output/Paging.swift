// --limit/--offset for listings, and the stderr line a cut listing owes its reader: a script
// reading JSON must not take 100 rows for all of them ("readout: showing 100 of 600 documents;
// use --limit/--offset"). The line goes to stderr so stdout stays exactly the rows asked for.
import ArgumentParser

enum Paging {
    static func validate(limit: Int?, offset: Int) throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
    }

    /// The rows from `offset`, at most `limit` of them (all when nil); says so when that is not all.
    static func page<Row>(_ rows: [Row], limit: Int?, offset: Int, noun: String, plural: String? = nil) -> [Row] {
        let shown = window(rows, limit: limit, offset: offset)
        noteCut(shown: shown.count, offset: offset, total: rows.count, noun: noun, plural: plural)
        return shown
    }

    /// The rows from `offset`, at most `limit` of them (all when nil).
    static func window<Row>(_ rows: [Row], limit: Int?, offset: Int) -> [Row] {
        let start = min(offset, rows.count)
        return Array(rows[start..<(limit.map { min(rows.count, start + $0) } ?? rows.count)])
    }

    /// One stderr line when a listing shows fewer rows than there are.
    static func noteCut(shown: Int, offset: Int, total: Int, noun: String, plural: String? = nil) {
        guard shown < total else { return }
        let range = shown > 0 && offset > 0 ? " (\(offset + 1)–\(offset + shown))" : ""
        Diagnostics.report("showing \(shown) of \(Plural.count(total, noun, plural))\(range); use --limit/--offset")
    }
}
