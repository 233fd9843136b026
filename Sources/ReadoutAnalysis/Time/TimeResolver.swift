// Parsed time phrase + publication date + tense → calendar value. In: a TimePhrase core, the
// publication date (nil when unknown) and the sentence's tense direction; out: ISO value,
// precision, and whether the value depended on the publication date.
import ReadoutCore

struct ResolvedTime: Sendable {
    var value: String?
    var precision: DatePrecision
    var isRelative: Bool
}

enum TimeResolver {
    /// Does resolving this core depend on which way the sentence points in time?
    static func needsDirection(_ core: TimePhrase.Core) -> Bool {
        switch core {
        case .weekday(_, let relation): return relation == nil || relation == 0
        case .date(let year, _, _): return year == nil
        case .month(_, let year, let relation, let yearOffset): return year == nil && relation == nil && yearOffset == nil
        case .dayOfMonth: return true
        default: return false
        }
    }

    static func resolve(_ core: TimePhrase.Core, published: CalendarDay?, direction: TenseDirection) -> ResolvedTime {
        switch core {
        case let .date(year?, month, day):
            let value = CalendarDay(year: year, month: month, day: day)?.isoDay
            return ResolvedTime(value: value, precision: .day, isRelative: false)
        case let .weekOf(year?, month, _):
            return ResolvedTime(value: CalendarMonth(year: year, month: month).iso, precision: .month, isRelative: false)
        case let .month(month, year?, _, _):
            return ResolvedTime(value: CalendarMonth(year: year, month: month).iso, precision: .month, isRelative: false)
        case let .year(year):
            return ResolvedTime(value: CalendarDay.iso(year: year), precision: .year, isRelative: false)
        default:
            break
        }
        let precision = relativePrecision(core)
        guard let published else { return ResolvedTime(value: nil, precision: precision, isRelative: true) }
        return ResolvedTime(value: writable(relativeValue(core, published, direction)), precision: precision, isRelative: true)
    }

    /// Values are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date counted from the publication date into a
    /// year outside 0…9999 ("5000 years ago", "next year" in 9999, "Sep 9" published in year 0) cannot be
    /// written so and is no value, like a relative date without a publication date.
    static func writable(_ value: String?) -> String? {
        guard let value else { return nil }
        let head = value.utf8.prefix(5)
        let fourDigits = head.count >= 4 && head.prefix(4).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return fourDigits && (head.count == 4 || head.last == UInt8(ascii: "-")) ? value : nil
    }

    private static func relativePrecision(_ core: TimePhrase.Core) -> DatePrecision {
        switch core {
        case .weekday, .weekdayOfWeek, .date, .weekend, .relativeDay, .dayOfMonth: return .day
        case .weekOf, .month, .relativeMonth, .relativeWeek: return .month
        case .year, .relativeYear: return .year
        case .ago(let unit, _):
            switch unit {
            case .day: return .day
            case .week, .month, .weekend: return .month
            case .year: return .month   // "a year ago" points at a month, as analysts date it
            }
        }
    }

    private static func relativeValue(_ core: TimePhrase.Core, _ pub: CalendarDay, _ direction: TenseDirection) -> String? {
        let pubWeekday = pub.isoWeekday
        let (pubYear, pubMonth, _) = pub.components
        switch core {
        case let .weekday(day, relation):
            let forward = (day - pubWeekday + 7) % 7
            let backward = (pubWeekday - day + 7) % 7
            switch relation {
            case .some(-1): return pub.adding(days: -(backward == 0 ? 7 : backward)).isoDay
            case .some(1): return pub.adding(days: forward == 0 ? 7 : forward).isoDay
            case .some(0): return pub.adding(days: direction == .past ? -backward : forward).isoDay
            default: return pub.adding(days: direction == .future ? forward : -backward).isoDay
            }
        case let .dayOfMonth(day):
            // The publication's month, or the month before (after) when the day is still ahead (already past) and
            // the sentence looks back (forward).
            let (_, _, pubDay) = pub.components
            var month = CalendarMonth(year: pubYear, month: pubMonth)
            if direction == .future && day < pubDay { month = CalendarMonth(value: month.value + 1) }
            if direction != .future && day > pubDay { month = CalendarMonth(value: month.value - 1) }
            return CalendarDay(year: month.year, month: month.month, day: day)?.isoDay
        case let .weekdayOfWeek(day, weekOffset):
            return pub.adding(days: -(pubWeekday - 1) + 7 * weekOffset + (day - 1)).isoDay
        case let .date(_, month, day):
            return nearestDate(month: month, day: day, to: pub, direction: direction)?.isoDay
        case let .weekOf(_, month, day):
            return nearestDate(month: month, day: day, to: pub, direction: direction)?.isoMonth
        case let .month(month, _, relation, yearOffset):
            if let yearOffset { return CalendarMonth(year: pubYear + yearOffset, month: month).iso }
            let year: Int
            switch relation {
            case .some(-1): year = month < pubMonth ? pubYear : pubYear - 1
            case .some(1): year = month > pubMonth ? pubYear : pubYear + 1
            case .some(0): year = pubYear
            default:
                if direction == .future {
                    year = month >= pubMonth ? pubYear : pubYear + 1
                } else {
                    year = month <= pubMonth ? pubYear : pubYear - 1
                }
            }
            return CalendarMonth(year: year, month: month).iso
        case let .relativeYear(offset):
            return CalendarDay.iso(year: pubYear + offset)
        case let .relativeMonth(offset):
            return CalendarMonth(value: CalendarMonth(year: pubYear, month: pubMonth).value + offset).iso
        case let .relativeWeek(offset, part):
            var day = pub.adding(days: 7 * offset)
            if offset == 0 && part < 0 { day = pub.adding(days: -(pubWeekday - 1)) }               // that week's Monday
            if offset == 0 && part > 0 { day = pub.adding(days: max(0, 5 - pubWeekday)) }         // that week's Friday
            return day.isoMonth
        case let .weekend(offset):
            // The Saturday of the weekend meant; on a Sunday, "this weekend" is the one under way.
            let thisSaturday = pubWeekday == 7 ? pub.adding(days: -1) : pub.adding(days: 6 - pubWeekday)
            return thisSaturday.adding(days: 7 * offset).isoDay
        case let .relativeDay(offset):
            return pub.adding(days: offset).isoDay
        case let .ago(unit, count):
            switch unit {
            case .day: return pub.adding(days: -count).isoDay
            case .week, .weekend: return pub.adding(days: -7 * count).isoMonth
            case .month: return CalendarMonth(value: CalendarMonth(year: pubYear, month: pubMonth).value - count).iso
            case .year: return CalendarMonth(value: CalendarMonth(year: pubYear, month: pubMonth).value - 12 * count).iso
            }
        case .year:
            return nil
        }
    }

    /// The year that puts month/day nearest the publication date; with a future cue, not before it. With a past cue,
    /// the latest on or before it as far back as news style leaves the year out ("he had a call with Xi on January
    /// 17", written in August: this year's January, not the coming one, though that is nearer); a past cue that
    /// would reach further back belongs to another verb ("invited him to the parade on May 9", written in March:
    /// the coming May), and the nearest year wins.
    private static func nearestDate(month: Int, day: Int, to pub: CalendarDay, direction: TenseDirection) -> CalendarDay? {
        let candidates = ((pub.year - 1)...(pub.year + 1)).compactMap { CalendarDay(year: $0, month: month, day: day) }
        if direction == .past, let past = candidates.last(where: { $0 <= pub && $0.mayLeaveOutYear(writtenOn: pub) }) {
            return past
        }
        let allowed = direction == .future ? candidates.filter { $0 >= pub } : candidates
        return allowed.min { abs($0.dayNumber - pub.dayNumber) < abs($1.dayNumber - pub.dayNumber) }
    }
}
