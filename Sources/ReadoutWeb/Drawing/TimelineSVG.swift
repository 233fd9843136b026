// The story timeline drawn by the server: events on a date axis, one row each, a dot coloured by
// type, ringed red with a "⚠" where reports disagree (a meeting one outlet puts on Wednesday and
// another on Thursday). Undated events sit in a column of their own after the axis. Each dot links
// to the event's page. In: the story's events in timeline order. Out: an <svg> element.
enum TimelineSVG {
    static let typeColours = ["MEET": "#1f77b4", "VISIT": "#2ca02c", "SANCTION": "#d62728", "AGREE": "#9467bd", "ELECTION": "#ff7f0e"]

    static func draw(_ events: [EventSummary]) -> String {
        let rowHeight = 24, top = 40, left = 20, axisWidth = 420, labelX = 470
        let width = 1000, height = top + max(1, events.count) * rowHeight + 20
        let days = events.compactMap { $0.date.flatMap(CalendarDay.init) }
        let first = days.map(\.start).min() ?? 0, last = days.map(\.end).max() ?? 1
        let span = max(1, last - first)
        func x(_ day: Int) -> Int { left + (day - first) * (axisWidth - 60) / span }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Timeline of \(events.count) events\">"
        svg += "<line x1=\"\(left)\" y1=\"\(top - 14)\" x2=\"\(left + axisWidth - 60)\" y2=\"\(top - 14)\" stroke=\"#889\"/>"
        if let low = days.min(by: { $0.start < $1.start }), let high = days.max(by: { $0.end < $1.end }) {
            svg += tick(x: x(low.start), y: top - 20, text: low.label)
            if high.label != low.label { svg += tick(x: x(high.start), y: top - 20, text: high.label, anchor: "end") }
        }
        svg += "<text x=\"\(left + axisWidth - 40)\" y=\"\(top - 20)\" font-size=\"11\" fill=\"#556\">undated</text>"
        for (row, event) in events.enumerated() {
            let y = top + row * rowHeight + rowHeight / 2
            let colour = typeColours[event.type] ?? "#667"
            let day = event.date.flatMap(CalendarDay.init)
            let cx = day.map { x($0.start) } ?? (left + axisWidth - 25)
            // A month or a year is a span: a bar across it, not a point.
            if let day, day.end > day.start {
                svg += "<rect x=\"\(cx)\" y=\"\(y - 3)\" width=\"\(max(4, x(day.end) - cx))\" height=\"6\" fill=\"\(colour)\" opacity=\"0.35\"/>"
            }
            svg += "<a href=\"\(SVGText.escape(event.href))\">"
            svg += "<title>\(SVGText.escape(event.label))\(event.disputed ? " — reports disagree on " + SVGText.escape(event.conflicts.joined(separator: ", ")) : "")</title>"
            svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(labelX - 10)\" y2=\"\(y)\" stroke=\"#eee\"/>"
            svg += "<circle cx=\"\(cx)\" cy=\"\(y)\" r=\"6\" fill=\"\(colour)\"\(event.disputed ? " stroke=\"#b3261e\" stroke-width=\"3\"" : "")/>"
            let date = event.date.map { (event.dateInferred ? "~" : "") + $0 } ?? "undated"
            let text = "\(date) \(event.type) \(event.label)" + (event.disputed ? " ⚠ " + event.conflicts.joined(separator: ", ") : "")
            svg += "<text x=\"\(labelX)\" y=\"\(y + 4)\" font-size=\"12\" fill=\"\(event.disputed ? "#b3261e" : "#1d232a")\">"
                + SVGText.escape(SVGText.short(text, 90)) + "</text></a>"
        }
        return svg + "</svg>"
    }

    private static func tick(x: Int, y: Int, text: String, anchor: String = "start") -> String {
        "<text x=\"\(x)\" y=\"\(y)\" font-size=\"11\" fill=\"#556\" text-anchor=\"\(anchor)\">\(SVGText.escape(text))</text>"
    }
}

/// A date as the record gives it (YYYY-MM-DD, YYYY-MM or YYYY) as the days it covers.
struct CalendarDay {
    var start: Int
    var end: Int
    var label: String

    init?(_ text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first, parts.count == text.split(separator: "-").count, (1...3).contains(parts.count) else { return nil }
        label = text
        switch parts.count {
        case 3: start = Self.days(year, parts[1], parts[2]); end = start
        case 2: start = Self.days(year, parts[1], 1); end = Self.days(parts[1] == 12 ? year + 1 : year, parts[1] % 12 + 1, 1) - 1
        default: start = Self.days(year, 1, 1); end = Self.days(year + 1, 1, 1) - 1
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
