// The marks the event listings (timeline, actor) put on dates, and the line that explains them:
// "~" after a date that rests on a publication date Readout estimated, "⚠ date" where reports
// disagree (`readout conflicts` has the details). One place, so every listing marks alike.
import ReadoutFusion

enum DateMarks {
    /// "2024-01-10", "2024-01-10~", "undated".
    static func date(_ date: String?, inferred: Bool) -> String {
        (date ?? "undated") + (inferred ? "~" : "")
    }

    /// The fields on which reports of an event disagree: "date", "location (within one report)".
    static func conflicts(of event: FusedEvent, in conflicts: [FusionConflict]) -> [String] {
        var fields: [String] = []
        for c in conflicts where c.eventID == event.id {
            let field = c.scope == .withinDocument ? c.field.rawValue + " (within one report)" : c.field.rawValue
            if !fields.contains(field) { fields.append(field) }
        }
        return fields
    }

    /// "⚠ date, location" or "".
    static func conflictCell(_ fields: [String]) -> String {
        fields.isEmpty ? "" : "⚠ " + fields.joined(separator: ", ")
    }

    /// The legend for the marks the rows use, one line each (none when they use neither).
    static func legend(inferred: Bool, conflicts: Bool) -> [String] {
        var lines: [String] = []
        if inferred { lines.append("~  the date rests on a publication date Readout estimated") }
        if conflicts { lines.append("⚠  the reports disagree on that field (`readout conflicts`)") }
        return lines
    }
}
