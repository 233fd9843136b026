// `readout compare --story ID`: the story's outlets side by side.
// In: fusion's SourceComparison for the story and the corpus. Out: an outlets × items matrix
// (events and quotes: who reports what, who leaves what out), how much each outlet covers, and
// the distinctive wording each outlet uses — as a sectioned report, CSV rows or JSON.
import ReadoutFusion

struct SourceMatrix: Encodable {
    struct Item: Encodable {
        var item: String
        var label: String
        /// Outlet → what it says (event: status and date; quote: its wording).
        var reportedBy: [String: String]
        var missingFrom: [String]

        enum CodingKeys: String, CodingKey { case item, label, reportedBy = "reported_by", missingFrom = "missing_from" }
    }

    struct Wording: Encodable {
        var outlet: String
        var subject: String
        var item: String
        var label: String
        var terms: [String]
    }

    var story: String
    var title: String
    var outlets: [String]
    var events: [Item]
    var quotes: [Item]
    var wording: [Wording]

    init(story: Story, corpus: FusedCorpus) {
        self.story = story.id
        title = story.title
        let comparison = corpus.fusion.comparisons.first { $0.story == story.id }
        outlets = comparison?.outlets.map(corpus.outletLabel) ?? corpus.outlets(ofDocuments: story.documents)
        let events = corpus.eventsByID
        // Quote text → its speaker as the article named them (fusion labels unresolved speakers by id).
        let entities = corpus.entitiesByID
        var speakers: [String: String] = [:]
        for doc in story.documents {
            for quote in corpus.documents[doc]?.analysis.quotes ?? [] where speakers[quote.text] == nil {
                speakers[quote.text] = corpus.speakerName(quote, document: doc, entities: entities)
            }
        }
        func item(_ row: CoverageRow) -> Item {
            var label = row.label
            if row.kind == .event, let event = events[row.item] {
                label = event.type.rawValue + " " + EventWording.label(event) + (event.date.map { " (\($0))" } ?? "")
            } else if row.kind == .quote,
                      // By outlet name: a dictionary's order changes from run to run, the label must not.
                      let text = row.reportedBy.sorted(by: { $0.key < $1.key }).map(\.value).first(where: { speakers[$0] != nil }) {
                label = "\(speakers[text]!): “\(text)”"
            }
            return Item(item: row.kind == .event ? events[row.item]?.key ?? row.item : row.item, label: label,
                        reportedBy: Dictionary(row.reportedBy.map { (corpus.outletLabel($0.key), $0.value) }, uniquingKeysWith: { a, _ in a }),
                        missingFrom: row.missingFrom.map(corpus.outletLabel))
        }
        if let coverage = comparison?.coverage {
            self.events = coverage.filter { $0.kind == .event }.map(item)
            quotes = coverage.filter { $0.kind == .quote }.map(item)
        } else {
            (self.events, quotes) = Self.singleOutlet(story, corpus: corpus, speakers: speakers)
        }
        wording = (comparison?.wording ?? []).compactMap { w in
            var terms = w.terms
            if w.subject == .event, let event = events[w.item] {
                // Phrases as the outlet wrote them, from its body text only.
                terms = WordingAsWritten.terms(w.terms, reports: event.reports.filter { $0.outlet == w.outlet }, corpus: corpus)
                if terms.isEmpty { return nil }
            }
            return Wording(outlet: corpus.outletLabel(w.outlet), subject: w.subject.rawValue,
                           item: w.subject == .event ? events[w.item]?.key ?? w.item : w.item,
                           label: w.subject == .event ? events[w.item].map(EventWording.label) ?? w.label : w.label, terms: terms)
        }
    }

    /// Fusion compares stories of two or more outlets; a one-outlet story still lists what it reports.
    private static func singleOutlet(_ story: Story, corpus: FusedCorpus, speakers: [String: String]) -> (events: [Item], quotes: [Item]) {
        let outlet = corpus.outlets(ofDocuments: story.documents).first ?? story.id
        let events = corpus.events(of: story).map { e in
            Item(item: e.key, label: e.type.rawValue + " " + EventWording.label(e) + (e.date.map { " (\($0))" } ?? ""),
                 reportedBy: [outlet: "\(EventWording.status(e).rawValue) \(e.date ?? "undated")"], missingFrom: [])
        }
        var quotes: [Item] = []
        for doc in story.documents {
            for quote in corpus.documents[doc]?.analysis.quotes ?? [] {
                guard let speaker = speakers[quote.text] else { continue }
                quotes.append(Item(item: "\(story.id)/quote-\(quotes.count + 1)", label: "\(speaker): “\(quote.text)”",
                                   reportedBy: [outlet: quote.text], missingFrom: []))
            }
        }
        return (events, quotes)
    }

    /// One matrix cell: "✓ 2024-01-10", "✓", "planned 2024-01-12", or "—" when the outlet leaves it out.
    private func cell(_ item: Item, _ outlet: String, quote: Bool) -> String {
        guard let said = item.reportedBy[outlet] else { return "—" }
        if quote { return "✓" }
        let parts = said.split(separator: " ").map(String.init)
        let date = parts.count > 1 && parts[1] != "undated" ? " " + parts[1] : ""
        return (parts.first == "occurred" ? "✓" : parts.first ?? "✓") + date
    }

    private func matrix(_ items: [Item], quote: Bool) -> Table {
        Table(headers: [quote ? "QUOTE" : "EVENT"] + outlets, rows: items.map { item in
            [item.label] + outlets.map { cell(item, $0, quote: quote) }
        })
    }

    var report: SectionedReport {
        let coverage = outlets.map { outlet in
            let e = events.filter { $0.reportedBy[outlet] != nil }.count
            let q = quotes.filter { $0.reportedBy[outlet] != nil }.count
            return "\(outlet): \(e) of \(Plural.count(events.count, "event")), \(q) of \(Plural.count(quotes.count, "quote"))"
        }
        return SectionedReport(
            title: "\(story): \(title)",
            intro: ["Outlets: " + outlets.joined(separator: ", "), "✓ reports it (with the date it gives) · — leaves it out"],
            sections: [
                .init(heading: "Coverage", lines: coverage),
                .init(heading: "Events: who reports what", table: matrix(events, quote: false), empty: "no events"),
                .init(heading: "Quotes: who carries which", table: matrix(quotes, quote: true), empty: "no quotes"),
                .init(heading: "Distinctive wording (terms no other outlet in the story uses)", table: Table(
                    headers: ["OUTLET", "ABOUT", "TERMS"],
                    rows: wording.map { [$0.outlet, $0.label, $0.terms.map { "“\($0)”" }.joined(separator: ", ")] }),
                      empty: "none found"),
            ])
    }

    var csvTable: Table {
        Table(headers: ["kind", "item", "label"] + outlets,
              rows: events.map { e in ["event", e.item, e.label] + outlets.map { e.reportedBy[$0] ?? "" } }
                  + quotes.map { q in ["quote", q.item, q.label] + outlets.map { q.reportedBy[$0] ?? "" } })
    }
}
