// `readout eval`'s report for people: score.py's figures line for line (so the two diff
// cleanly), entity and event tables, then per document what was missed and falsely found —
// counts always, every item with --details. Event misses, false alarms and wrong statuses
// sit beside the MEET pairs, so a drop in other_event_f1 or status_acc points at a document.
// In: an EvalReport. Out: text, or the figures as CSV/Markdown.
import Foundation
import ReadoutEval

enum EvalReportText {
    static func render(_ report: EvalReport, details: Bool) -> String {
        var out = report.scoreTable
        out += "\nEntities by type\n" + entityTable(report).renderText()
        out += "\nEvents by type\n" + eventTable(report).renderText() + eventNotes(report)
        out += "\n" + findings(report, details: details)
        out += "\n" + summaryLine(report) + "\n"
        return out
    }

    /// The headline figures on one line, last, where a glance at the end of the output finds them.
    static func summaryLine(_ report: EvalReport) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return "Summary: entity F1 \(f(report.entities.f1)) · MEET pair F1 \(f(report.meetPairs.f1)) · " +
            "date accuracy \(f(report.dates.value)) · other-event F1 \(f(report.otherEvents.f1)) · " +
            "status accuracy \(f(report.status.value)) · quote F1 \(f(report.quotes.f1)) · " +
            "cross-document events \(f(report.crossDocumentEvents.value)) · conflicts found \(f(report.conflicts.value)) " +
            "(\(report.predictedConflicts) predicted)"
    }

    static func figureTable(_ report: EvalReport) -> Table {
        Table(headers: ["figure", "value"], rows: report.figures.map { [$0.key, $0.value.formatted] })
    }

    static func entityTable(_ report: EvalReport) -> Table {
        let rows = report.entityTypes.map { type -> [String] in
            let c = report.entitiesByType[type]!
            return [type, "\(c.truePositives)", "\(c.falsePositives)", "\(c.falseNegatives)",
                    FigureValue.number(c.precision).formatted, FigureValue.number(c.recall).formatted,
                    FigureValue.number(c.f1).formatted]
        }
        return Table(headers: ["TYPE", "TP", "FP", "FN", "P", "R", "F1"], rows: rows)
    }

    /// Event counts per type and how each type scored: MEET by participant pairs, the other
    /// four by events; a type score.py does not score shows its counts only.
    static func eventTable(_ report: EvalReport) -> Table {
        func figures(_ c: MatchCounts) -> [String] {
            ["\(c.truePositives)", "\(c.falsePositives)", "\(c.falseNegatives)", FigureValue.number(c.precision).formatted,
             FigureValue.number(c.recall).formatted, FigureValue.number(c.f1).formatted]
        }
        let rows = report.eventTypes.map { type -> [String] in
            let c = report.eventsByType[type]!
            let scored = type == "MEET" ? figures(report.meetPairs)
                : report.otherEventsByType[type].map(figures) ?? Array(repeating: "", count: 6)
            return [type == "MEET" ? "MEET (pairs)" : type, "\(c.gold)", "\(c.predicted)", "\(c.notScored)"] + scored
        }
        return Table(headers: ["TYPE", "GOLD", "PREDICTED", "NOT SCORED", "TP", "FP", "FN", "P", "R", "F1"], rows: rows)
    }

    /// What the event table's columns mean, and the status figure spelt out.
    static func eventNotes(_ report: EvalReport) -> String {
        "GOLD and PREDICTED count events; TP/FP/FN count MEET participant pairs, and other events matched\n" +
            "by shared participants. NOT SCORED: predicted with a status other than occurred/planned/reported.\n" +
            "Status right on \(report.status.hits) of \(report.status.total) matched MEET pairs and other events.\n"
    }

    static func findings(_ report: EvalReport, details: Bool) -> String {
        let documents = report.documents.filter(\.hasFindings)
        var out = ""
        if documents.isEmpty {
            out += "No misses or false alarms.\n"
        } else {
            let rows = documents.map { d -> [String] in
                [d.id + (d.missing ? " (missing)" : ""), "\(d.missedEntities.count)", "\(d.falseEntities.count)",
                 "\(d.missedPairs.count)", "\(d.falsePairs.count)", "\(d.wrongDates.count)",
                 "\(d.wrongLocations.count)", "\(d.missedEvents.count)", "\(d.falseEvents.count)",
                 "\(d.wrongStatuses.count)", "\(d.missedQuotes.count)", "\(d.falseQuotes.count)"]
            }
            out += "Findings per document (−missed, +false alarm; EVENT: VISIT, SANCTION, AGREE, ELECTION)\n"
            out += Table(headers: ["DOC", "−ENT", "+ENT", "−PAIR", "+PAIR", "DATE✗", "PLACE✗", "−EVENT", "+EVENT",
                                   "STATUS✗", "−QUOTE", "+QUOTE"],
                         rows: rows).renderText()
        }
        if !report.missedCrossDocumentEvents.isEmpty {
            out += "Cross-document events not found: " + report.missedCrossDocumentEvents.joined(separator: ", ") + "\n"
        }
        if !report.missedConflicts.isEmpty {
            out += "Conflicts not found: " + report.missedConflicts.joined(separator: ", ") + "\n"
        }
        if details {
            for document in documents { out += "\n" + detailLines(document) }
        } else if !documents.isEmpty {
            out += "(--details lists every missed and false item)\n"
        }
        return out
    }

    static func detailLines(_ d: DocumentReport) -> String {
        var lines = [d.id + (d.missing ? "  (not in the prediction)" : "")]
        func pair(_ p: PairRef) -> String { "\(p.first) — \(p.second)" }
        func quote(_ q: QuoteRef) -> String { "\(q.speaker ?? "(unattributed)"): “\(q.text)”" }
        func entity(_ e: EntityRef) -> String { e.type.padding(toLength: 7, withPad: " ", startingAt: 0) + e.name }
        // SANCTION is the longest type: 8 characters and a space.
        func typed(_ type: String) -> String { type.padding(toLength: 9, withPad: " ", startingAt: 0) }
        func event(_ e: EventRef) -> String {
            typed(e.type) + e.participants.joined(separator: ", ") + " (\(e.status ?? "no status"))"
        }
        lines += d.missedEntities.map { "  − entity  " + entity($0) }
        lines += d.falseEntities.map { "  + entity  " + entity($0) }
        lines += d.missedPairs.map { "  − meet    \(pair($0))" }
        lines += d.falsePairs.map { "  + meet    \(pair($0))" }
        lines += d.wrongDates.map { miss in
            let inferred = miss.gold == nil && miss.goldIfInferred != nil ? " (if inferred \(miss.goldIfInferred!))" : ""
            return "  ✗ date    \(pair(miss.pair)): gold \(miss.gold ?? "null")\(inferred), predicted \(miss.predicted ?? "null")"
        }
        lines += d.wrongLocations.map {
            "  ✗ place   \(pair($0.pair)): gold \($0.gold ?? "null"), predicted \($0.predicted ?? "null")"
        }
        lines += d.missedEvents.map { "  − event   " + event($0) }
        lines += d.falseEvents.map { "  + event   " + event($0) }
        lines += d.wrongStatuses.map { miss in
            let who = miss.participants.joined(separator: miss.type == "MEET" ? " — " : ", ")
            return "  ✗ status  " + typed(miss.type) + "\(who): gold \(miss.gold ?? "null"), predicted \(miss.predicted ?? "null")"
        }
        lines += d.missedQuotes.map { "  − quote   \(quote($0))" }
        lines += d.falseQuotes.map { "  + quote   \(quote($0))" }
        return lines.joined(separator: "\n") + "\n"
    }
}
