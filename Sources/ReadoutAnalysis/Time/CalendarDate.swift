// Proleptic Gregorian calendar arithmetic for resolving relative dates.
// In: ISO strings ("2024-01-13") or year/month/day; out: day numbers, weekdays, ISO strings.
// Hand-rolled (Howard Hinnant's days-from-civil) so resolution needs no Foundation
// Calendar, no time zones and no allocation in the hot path.

struct CalendarDate: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01.
    let dayNumber: Int

    init(dayNumber: Int) { self.dayNumber = dayNumber }

    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        dayNumber = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD` (anything after the day, such as a time, is ignored).
    init?(iso: String) {
        var parts: [Int] = []
        var value = 0
        var digits = 0
        for s in iso.unicodeScalars {
            if s.value >= 48 && s.value <= 57 {
                value = value * 10 + Int(s.value - 48)
                digits += 1
                if digits > 4 { return nil }
            } else if s == "-" && digits > 0 && parts.count < 2 {
                parts.append(value)
                value = 0
                digits = 0
            } else {
                break
            }
        }
        guard parts.count == 2, digits > 0 else { return nil }
        self.init(year: parts[0], month: parts[1], day: value)
    }

    var components: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    var year: Int { components.year }
    var month: Int { components.month }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    var weekday: Int {
        let w = (dayNumber + 3) % 7   // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    var isoDay: String {
        let c = components
        return CalendarDate.iso(year: c.year, month: c.month, day: c.day)
    }

    var isoMonth: String {
        let c = components
        return CalendarDate.iso(year: c.year, month: c.month)
    }

    static func iso(year: Int, month: Int? = nil, day: Int? = nil) -> String {
        var s = pad(year, 4)
        if let month {
            s += "-" + pad(month, 2)
            if let day { s += "-" + pad(day, 2) }
        }
        return s
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// A calendar month as a single counter (year * 12 + month - 1), for month arithmetic.
struct MonthIndex: Hashable, Comparable, Sendable {
    let value: Int
    init(year: Int, month: Int) { value = year * 12 + month - 1 }
    init(value: Int) { self.value = value }
    var year: Int { value >= 0 ? value / 12 : (value - 11) / 12 }
    var month: Int { value - year * 12 + 1 }
    var iso: String { CalendarDate.iso(year: year, month: month) }
    static func < (a: MonthIndex, b: MonthIndex) -> Bool { a.value < b.value }
}
