// Conflicts between reports, as `readout conflicts` and `readout brief` state them.
// In: FusionConflict values and the corpus. Out: a plain statement naming the outlets on each side
// ("Reuters dates the A – B meeting to Thursday 11 January 2024; AP and AFP to Wednesday
// 10 January 2024."), and rows with every value, the documents and outlets giving it, and the
// sentences they give it in.
import ReadoutCore
import ReadoutFusion

struct ConflictRow: Encodable {
    struct Value: Encodable {
        var value: String
        /// The outlets the documents name (an article naming none adds none).
        var outlets: [String]
        var documents: [String]
        /// The outlets as a statement names them, "unknown outlet" among them.
        var labels: [String] = []

        enum CodingKeys: String, CodingKey { case value, outlets, documents }
    }

    struct Evidence: Encodable {
        var document: String
        /// Null when the article names no outlet.
        var outlet: String?
        var text: String

        var label: String { outlet ?? Outlets.unknown }
    }

    var event: String
    var eventLabel: String
    var field: String
    var scope: String
    var values: [Value]
    var sentences: [Evidence]
    var statement: String

    enum CodingKeys: String, CodingKey {
        case event, field, scope, values, sentences, statement
        case eventLabel = "event_label"
    }

    init(_ conflict: FusionConflict, event: FusedEvent?, corpus: FusedCorpus) {
        self.event = conflict.key
        eventLabel = event.map(EventWording.label) ?? conflict.key
        field = conflict.field.rawValue
        scope = conflict.scope.rawValue
        // The side fewer outlets take first: that is the odd one out a reader should weigh.
        values = conflict.values.map { value, documents in
            Value(value: value, outlets: corpus.namedOutlets(ofDocuments: documents), documents: documents,
                  labels: corpus.outlets(ofDocuments: documents).map { $0 == Outlets.unknown ? "an article naming no outlet" : $0 })
        }.sorted { ($0.labels.count, $0.value) < ($1.labels.count, $1.value) }
        sentences = conflict.sentences.map {
            Evidence(document: $0.document, outlet: corpus.outletName(ofDocument: $0.document), text: $0.text)
        }
        statement = ""
        let said = Self.statement(self)
        // "an article naming no outlet dates ..." starts a sentence; outlet names keep their own case.
        statement = said.hasPrefix("an article ") ? "A" + said.dropFirst() : said
    }

    private static func statement(_ row: ConflictRow) -> String {
        let what = "the " + row.eventLabel
        func side(_ v: Value) -> String { EventWording.list(v.labels) }
        func say(_ v: Value) -> String { row.field == ConflictField.date.rawValue ? CalendarText.long(v.value) : v.value }
        if row.scope == ConflictScope.withinDocument.rawValue {
            let outlet = row.values.first.map(side) ?? "One report"
            return "\(outlet) gives two dates for \(what) in one sentence: " + EventWording.list(row.values.map(say)) + "."
        }
        guard let first = row.values.first else { return "Reports disagree about \(what)." }
        let verb: String, preposition: String
        switch row.field {
        case ConflictField.date.rawValue: (verb, preposition) = (first.labels.count == 1 ? "dates" : "date", "to")
        case ConflictField.location.rawValue: (verb, preposition) = (first.labels.count == 1 ? "places" : "place", "in")
        default:
            let parts = row.values.map { "\(side($0)): \($0.value)" }
            return "Reports of \(what) disagree on its \(row.field) — " + parts.joined(separator: "; ") + "."
        }
        let rest = row.values.dropFirst().map { "\(side($0)) \(preposition) \(say($0))" }
        return "\(side(first)) \(verb) \(what) \(preposition) \(say(first)); " + rest.joined(separator: "; ") + "."
    }

    static func rows(_ conflicts: [FusionConflict], corpus: FusedCorpus) -> [ConflictRow] {
        let events = corpus.eventsByID
        return conflicts.map { ConflictRow($0, event: events[$0.eventID], corpus: corpus) }
    }

    static func report(_ rows: [ConflictRow]) -> SectionedReport {
        SectionedReport(
            title: "\(Plural.count(rows.count, "conflict")) between reports",
            sections: rows.map { row in
                .init(heading: "\(row.statement) [\(row.event), \(row.field)]",
                      lines: row.sentences.map { "\($0.label): “\($0.text)”" }, empty: "no sentences")
            })
    }

    /// One CSV row per value given: which outlets give it, and the sentences they give it in.
    static func csvTable(_ rows: [ConflictRow]) -> Table {
        var lines: [[String]] = []
        for row in rows {
            for value in row.values {
                let sentences = row.sentences.filter { value.documents.contains($0.document) }.map(\.text)
                lines.append([row.event, row.eventLabel, row.field, row.scope, value.value, value.labels.joined(separator: "; "),
                              value.documents.joined(separator: "; "), sentences.joined(separator: " | ")])
            }
        }
        return Table(headers: ["event", "event_label", "field", "scope", "value", "outlets", "documents", "sentences"], rows: lines)
    }
}
