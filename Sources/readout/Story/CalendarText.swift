// ISO dates as a reader says them: "2024-01-10" → "Wednesday 10 January 2024" or "Wednesday";
// "2024-01" → "January 2024"; "2024" → "2024". In: an ISO day, month or year. Out: words.
import ReadoutCore
import ReadoutKnowledge

enum CalendarText {
    /// "January" ... "December" (the vocabulary's time.month, capitalised).
    static let months = Vocabulary.shared.monthNames.map(\.capitalized)
    /// "Sunday" ... "Saturday" (the vocabulary's time.weekday, capitalised, Sunday first).
    static let weekdays = Vocabulary.shared.weekdayNamesFromSunday.map(\.capitalized)

    /// (year, month, day) of an ISO date; month and day nil when the value is coarser.
    static func parts(_ iso: String) -> (year: Int, month: Int?, day: Int?)? {
        let fields = iso.split(separator: "-").map { Int($0) }
        guard let first = fields.first, let year = first, fields.count <= 3, fields.allSatisfy({ $0 != nil }) else { return nil }
        let month = fields.count > 1 ? fields[1] : nil
        let day = fields.count > 2 ? fields[2] : nil
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...31).contains(day) { return nil }
        return (year, month, day)
    }

    /// Day of the week, 0 = Sunday (a day past the month's end counts on into the next month).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        CalendarDay(dayNumber: CalendarDay.dayNumber(year: year, month: month, day: day)).weekdayFromSunday
    }

    static func weekdayName(_ iso: String) -> String? {
        guard let p = parts(iso), let month = p.month, let day = p.day else { return nil }
        return weekdays[weekday(year: p.year, month: month, day: day)]
    }

    /// "Wednesday 10 January 2024", "January 2024", "2024"; the input itself when it is not an ISO date.
    static func long(_ iso: String) -> String {
        guard let p = parts(iso) else { return iso }
        guard let month = p.month else { return String(p.year) }
        guard let day = p.day else { return "\(months[month - 1]) \(p.year)" }
        return "\(weekdays[weekday(year: p.year, month: month, day: day)]) \(day) \(months[month - 1]) \(p.year)"
    }

    /// Whether an ISO value of any precision overlaps a window whose ends may also be coarse:
    /// "2024-01-05" lies in from "2024-01" to "2024-01"; "2024-01" overlaps from "2024-01-10".
    static func overlaps(_ iso: String, from: String?, to: String?) -> Bool {
        if let from {
            let n = min(iso.count, from.count)
            if iso.prefix(n) < from.prefix(n) { return false }
        }
        if let to {
            let n = min(iso.count, to.count)
            if iso.prefix(n) > to.prefix(n) { return false }
        }
        return true
    }
}
