// An ActorProfile for people: a sectioned report (terminal or Markdown), or flat CSV rows
// (section, item, detail, date, documents) that a spreadsheet can filter.
import ReadoutFusion

extension ActorProfile {
    var report: SectionedReport {
        var intro = ["\(type.capitalized)\(country.map { ", " + $0 } ?? "") · id \(id) · in \(Plural.count(documentTotal, "document"))"]
        if !otherNames.isEmpty { intro.append("Also written: " + otherNames.joined(separator: ", ")) }
        let legend = DateMarks.legend(inferred: events.contains(where: \.dateInferred), conflicts: events.contains { !$0.conflicts.isEmpty })
        return SectionedReport(title: name, intro: intro, sections: [
            .init(heading: "Roles", lines: roles),
            .init(heading: "Events", table: Table(
                headers: ["DATE", "TYPE", "WITH", "PLACE", "STATUS", "OUTLETS", "CONFLICTS"],
                rows: events.map {
                    [DateMarks.date($0.date, inferred: $0.dateInferred), $0.type, $0.with.joined(separator: ", "), $0.place ?? "",
                     $0.status, String($0.outlets), DateMarks.conflictCell($0.conflicts)]
                }), notes: legend),
            .init(heading: "Quotes", lines: quotes.map { "“\($0.text)” — \($0.shownOutlets.joined(separator: ", "))" }),
            .init(heading: "Appears with", table: Table(
                headers: ["NAME", "TYPE", "SHARED EVENTS", "SHARED DOCUMENTS"],
                rows: related.map { [$0.name, $0.type, String($0.sharedEvents), String($0.sharedDocuments)] }),
                notes: relatedNote.map { [$0] } ?? []),
            .init(heading: "Documents", table: Table(
                headers: ["ID", "OUTLET", "PUBLISHED", "TITLE"],
                rows: documents.map { d in
                    [String(d.id), d.outlet ?? Outlets.unknown, d.published.map { (d.publishedInferred ? "~" : "") + $0 } ?? "", d.title ?? d.document]
                })),
        ])
    }

    /// Says what "appears with" was counted in when it was not every document naming the actor.
    var relatedNote: String? {
        relatedCountedIn.map { "Counted in its latest \(Plural.count($0, "document")) of \(documentTotal) and the events they report." }
    }

    var csvTable: Table {
        var rows: [[String]] = [["name", name, type, "", ""]]
        rows += otherNames.map { ["other_name", $0, "", "", ""] }
        rows += roles.map { ["role", $0, "", "", ""] }
        if let country { rows.append(["country", country, "", "", ""]) }
        rows += events.map { ["event", $0.event, $0.with.joined(separator: "; "), $0.date ?? "", ""] }
        rows += quotes.map { ["quote", $0.text, $0.outlets.joined(separator: "; "), "", $0.documents.joined(separator: "; ")] }
        rows += related.map { ["related", $0.name, "\(Plural.count($0.sharedEvents, "event")), \(Plural.count($0.sharedDocuments, "document"))", "", ""] }
        rows += documents.map { ["document", $0.title ?? $0.document, $0.outlet ?? Outlets.unknown, $0.published ?? "", $0.document] }
        return Table(headers: ["section", "item", "detail", "date", "documents"], rows: rows)
    }
}
