import Foundation

/// Rows of strings rendered as a terminal table, CSV, or Markdown.
struct Table {
    var headers: [String]
    var rows: [[String]]
    /// Longest cell a terminal table shows before cutting it with "…" (CSV, Markdown and JSON never cut).
    var maxColumnWidth = 60
    /// Narrower limits for some columns, by header ("PARTICIPANTS" of a timeline), so a row fits a terminal.
    var columnLimits: [String: Int] = [:]

    /// Column widths count characters, not bytes, so accented names line up.
    func renderText(maxColumnWidth: Int? = nil) -> String {
        let width = maxColumnWidth ?? self.maxColumnWidth
        let limits = headers.map { min(columnLimits[$0] ?? width, width) }
        let cells = rows.map { $0.enumerated().map { i, cell in Table.clip(cell, i < limits.count ? limits[i] : width) } }
        var widths = headers.map { $0.count }
        for row in cells {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], cell.count)
            }
        }
        func line(_ values: [String]) -> String {
            values.enumerated().map { i, v in
                i == values.count - 1 ? v : v.padding(toLength: widths[i], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var out = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += cells.map(line)
        return out.joined(separator: "\n") + "\n"
    }

    func renderCSV() -> String {
        ([headers] + rows).map { $0.map(Table.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    func renderMarkdown() -> String {
        func line(_ v: [String]) -> String {
            "| " + v.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: " | ") + " |"
        }
        return ([line(headers), line(headers.map { _ in "---" })] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    private static func clip(_ s: String, _ width: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
    }

    private static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
