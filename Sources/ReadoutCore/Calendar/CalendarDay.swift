// The one calendar every stage uses: the proleptic Gregorian calendar as pure integer arithmetic.
// In: ISO strings ("2024-01-13", "2024-01", "2024") or year/month/day. Out: day numbers (days
// since 1970-01-01) for differences, weekdays, ISO strings. Hand-rolled (Howard Hinnant's
// "chrono-Compatible Low-Level Date Algorithms", days_from_civil / civil_from_days) so resolving
// and fusing dates needs no Foundation calendar, no time zones and no allocation in hot loops.
//
// - `CalendarDay`: one day.
// - `CalendarMonth`: one month as a single counter, for month arithmetic.
// - `CalendarPeriod`: a date known to the day, the month or the year (what the analysis writes).

/// One day of the proleptic Gregorian calendar.
public struct CalendarDay: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01.
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// The day, or nil when the month is not 1…12 or the day is not in that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        dayNumber = CalendarDay.dayNumber(year: year, month: month, day: day)
    }

    /// Reads a leading `Y-M-D` of one to four digits each ("2024-01-13", "2024-1-5"); anything
    /// after the day, such as a time, is ignored. A lenient reader for publication stamps.
    public init?(isoPrefix iso: String) {
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

    /// Days since 1970-01-01 of a year, month and day; the day may run past the month's end
    /// (the count is linear in the day), the month must be 1…12.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var components: (year: Int, month: Int, day: Int) {
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

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    public var isoWeekday: Int { CalendarDay.isoWeekday(dayNumber: dayNumber) }

    /// Weekday counted from Sunday: Sunday = 0 … Saturday = 6.
    public var weekdayFromSunday: Int { CalendarDay.isoWeekday(dayNumber: dayNumber) % 7 }

    static func isoWeekday(dayNumber: Int) -> Int {
        let w = (dayNumber + 3) % 7   // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.dayNumber < b.dayNumber }

    /// May a text written on `written` give this day without its year? News style leaves the year out of a date
    /// in the year of writing, or one a few weeks across the turn of the year (a December date written in
    /// January): within about three months. The time reader and the publication-date estimator read year-less
    /// dates so.
    public func mayLeaveOutYear(writtenOn written: CalendarDay) -> Bool {
        year == written.year || abs(dayNumber - written.dayNumber) <= 92
    }

    public static func isLeap(year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year: year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "2024-01-13".
    public var isoDay: String {
        let c = components
        return CalendarDay.iso(year: c.year, month: c.month, day: c.day)
    }

    /// "2024-01": the month this day is in.
    public var isoMonth: String {
        let c = components
        return CalendarDay.iso(year: c.year, month: c.month)
    }

    /// "2024", "2024-01" or "2024-01-13": the year padded to four digits, month and day to two.
    public static func iso(year: Int, month: Int? = nil, day: Int? = nil) -> String {
        var s = pad(year, 4)
        if let month {
            s += "-" + pad(month, 2)
            if let day { s += "-" + pad(day, 2) }
        }
        return s
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// A calendar month as a single counter (year * 12 + month - 1), for month arithmetic.
public struct CalendarMonth: Hashable, Comparable, Sendable {
    public let value: Int
    public init(year: Int, month: Int) { value = year * 12 + month - 1 }
    public init(value: Int) { self.value = value }
    public var year: Int { value >= 0 ? value / 12 : (value - 11) / 12 }
    public var month: Int { value - year * 12 + 1 }
    /// "2024-01".
    public var iso: String { CalendarDay.iso(year: year, month: month) }
    public static func < (a: CalendarMonth, b: CalendarMonth) -> Bool { a.value < b.value }
}

/// A calendar date known to the day, the month or the year ("2024-01-12", "2024-01", "2024").
public struct CalendarPeriod: Hashable, Comparable, Sendable {
    public enum Precision: Int, Sendable { case year = 0, month = 1, day = 2 }

    public var year: Int
    public var month: Int
    public var day: Int
    public var precision: Precision

    public init(year: Int, month: Int = 1, day: Int = 1, precision: Precision = .day) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    /// Reads exactly `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a real month and day); anything else is nil.
    public init?(iso: String?) {
        // Byte-level parse: dates are compared in inner loops.
        guard let iso else { return nil }
        let bytes = Array(iso.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var n = 0
            for b in bytes[from..<(from + count)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        let dash = UInt8(ascii: "-")
        guard let year = number(0, 4) else { return nil }
        self.year = year
        month = 1
        day = 1
        precision = .year
        switch bytes.count {
        case 4: break
        case 7:
            guard bytes[4] == dash, let month = number(5, 2), (1...12).contains(month) else { return nil }
            self.month = month
            precision = .month
        case 10:
            guard bytes[4] == dash, bytes[7] == dash, let month = number(5, 2), (1...12).contains(month),
                  let day = number(8, 2), (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
            self.month = month
            self.day = day
            precision = .day
        default: return nil
        }
    }

    /// The day `dayNumber` days after 1970-01-01, known to the day.
    public init(dayNumber: Int) { self.init(CalendarDay(dayNumber: dayNumber)) }

    /// A day, known to the day.
    public init(_ day: CalendarDay) {
        let c = day.components
        self.init(year: c.year, month: c.month, day: c.day, precision: .day)
    }

    /// Days since 1970-01-01 of the first day this date covers.
    public var dayNumber: Int { CalendarDay.dayNumber(year: year, month: month, day: day) }

    /// Days since 1970-01-01 of the last day this date covers.
    public var lastDayNumber: Int {
        switch precision {
        case .day: return dayNumber
        case .month: return CalendarDay.dayNumber(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
        case .year: return CalendarDay.dayNumber(year: year, month: 12, day: 31)
        }
    }

    /// The first day this date covers.
    public var firstDay: CalendarDay { CalendarDay(dayNumber: dayNumber) }

    /// Weekday of the first day this date covers, counted from Sunday: Sunday = 0 … Saturday = 6.
    public var weekdayFromSunday: Int { CalendarDay.isoWeekday(dayNumber: dayNumber) % 7 }

    /// The day `days` after the first day this date covers, known to the day.
    public func adding(days: Int) -> CalendarPeriod { CalendarPeriod(dayNumber: dayNumber + days) }

    /// True when `other` falls inside the period this date names (a day inside its month...).
    public func covers(_ other: CalendarPeriod) -> Bool {
        dayNumber <= other.dayNumber && other.lastDayNumber <= lastDayNumber
    }

    /// "2024", "2024-01" or "2024-01-12", as precise as the date is.
    public var iso: String {
        switch precision {
        case .year: return CalendarDay.iso(year: year)
        case .month: return CalendarDay.iso(year: year, month: month)
        case .day: return CalendarDay.iso(year: year, month: month, day: day)
        }
    }

    /// "Jan 2024": the short label story titles use.
    public var monthLabel: String { "\(Self.monthAbbreviations[month - 1]) \(year)" }

    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Earlier first day first; on the same first day, the coarser date first.
    public static func < (a: CalendarPeriod, b: CalendarPeriod) -> Bool {
        a.dayNumber != b.dayNumber ? a.dayNumber < b.dayNumber : a.precision.rawValue < b.precision.rawValue
    }
}
