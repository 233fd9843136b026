// Calendar arithmetic on the ISO dates the analysis writes ("2024-01-12", "2024-01", "2024").
// In: ISO strings. Out: a date with its precision, day numbers for differences, weekdays.
// Pure integer arithmetic (days from 1970-01-01, Howard Hinnant's civil-date algorithm) so
// fusion needs no time zones or Foundation calendars and stays deterministic.

import ReadoutKnowledge

/// A calendar date known to the day, the month or the year.
struct CivilDate: Hashable, Comparable, Sendable {
    enum Precision: Int, Sendable { case year = 0, month = 1, day = 2 }

    var year: Int
    var month: Int
    var day: Int
    var precision: Precision

    init(year: Int, month: Int = 1, day: Int = 1, precision: Precision = .day) {
        self.year = year
        self.month = month
        self.day = day
        self.precision = precision
    }

    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; anything else is nil.
    init?(iso: String?) {
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
                  let day = number(8, 2), (1...CivilDate.daysIn(year: year, month: month)).contains(day) else { return nil }
            self.month = month
            self.day = day
            precision = .day
        default: return nil
        }
    }

    init(dayNumber: Int) {
        // Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d, precision: .day)
    }

    /// Days since 1970-01-01 of the first day this date covers.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Days since 1970-01-01 of the last day this date covers.
    var lastDayNumber: Int {
        switch precision {
        case .day: return dayNumber
        case .month: return CivilDate(year: year, month: month, day: CivilDate.daysIn(year: year, month: month)).dayNumber
        case .year: return CivilDate(year: year, month: 12, day: 31).dayNumber
        }
    }

    /// 0 = Sunday ... 6 = Saturday.
    var weekday: Int { ((dayNumber % 7) + 11) % 7 }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// True when `other` falls inside the period this date names (a day inside its month...).
    func covers(_ other: CivilDate) -> Bool {
        dayNumber <= other.dayNumber && other.lastDayNumber <= lastDayNumber
    }

    var iso: String {
        let y = String(format4: year)
        switch precision {
        case .year: return y
        case .month: return "\(y)-\(Self.two(month))"
        case .day: return "\(y)-\(Self.two(month))-\(Self.two(day))"
        }
    }

    /// "Jan 2024": the short label story titles use.
    var monthLabel: String { "\(Self.monthAbbreviations[month - 1]) \(year)" }

    /// "Jan" ... "Dec": the first three letters of the vocabulary's month names (time.month).
    static let monthAbbreviations = Vocabulary.shared.monthNames.map { String($0.prefix(3)).capitalized }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func < (a: CivilDate, b: CivilDate) -> Bool {
        a.dayNumber != b.dayNumber ? a.dayNumber < b.dayNumber : a.precision.rawValue < b.precision.rawValue
    }
}

private extension String {
    init(format4 n: Int) {
        let s = String(n)
        self = s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
    }
}
