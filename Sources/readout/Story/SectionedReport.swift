// A report with a title and sections, each a table or a list of lines, rendered for a terminal
// or as Markdown. In: what a profile-like command (actor, conflicts, compare) wants to show.
// Out: text. Listings of rows use Table directly; this is for output with several parts.
import Foundation

struct SectionedReport {
    struct Section {
        var heading: String
        var table: Table?
        var lines: [String] = []
        /// Said instead of the content when the section is empty.
        var empty = "none"
        /// Lines after the content (a legend for the marks a table uses).
        var notes: [String] = []
    }

    var title: String
    var intro: [String] = []
    var sections: [Section] = []

    func renderText() -> String {
        var out = [title, String(repeating: "═", count: min(title.count, 100))]
        out += intro
        for section in sections {
            out += ["", section.heading]
            if let table = section.table, !table.rows.isEmpty {
                out.append(table.renderText(maxColumnWidth: 70).trimmingCharacters(in: .newlines).indentedLines("  "))
            } else if !section.lines.isEmpty {
                out += section.lines.map { "  " + $0 }
            } else {
                out.append("  (" + section.empty + ")")
            }
            out += section.notes.map { "  " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func renderMarkdown() -> String {
        var out = ["# " + title]
        if !intro.isEmpty { out += [""] + intro }
        for section in sections {
            out += ["", "## " + section.heading, ""]
            if let table = section.table, !table.rows.isEmpty {
                out.append(table.renderMarkdown().trimmingCharacters(in: .newlines))
            } else if !section.lines.isEmpty {
                out += section.lines.map { "- " + $0 }
            } else {
                out.append("_" + section.empty + "_")
            }
            if !section.notes.isEmpty { out += [""] + section.notes.map { "_" + $0 + "_  " } }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    func indentedLines(_ prefix: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }.joined(separator: "\n")
    }
}
