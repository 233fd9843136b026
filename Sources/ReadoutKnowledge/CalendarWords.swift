// Month and weekday names in calendar order, for the code that turns numbers into names (fusion's labels,
// the command line's dates) or names into numbers. In: the vocabulary's time.month and time.weekday lists
// (name=number). Out: lowercase names in order; callers capitalise or shorten them as they print them.
import Foundation

extension Vocabulary {
    /// "january" ... "december", in calendar order (time.month).
    public var monthNames: [String] {
        map("time.month").map { (name: $0.key, number: Int($0.value) ?? 0) }.sorted { $0.number < $1.number }.map(\.name)
    }

    /// "sunday" ... "saturday", Sunday first as Foundation's and the tables' weekday numbers count
    /// (time.weekday holds ISO numbers, Monday 1 ... Sunday 7).
    public var weekdayNamesFromSunday: [String] {
        map("time.weekday").map { (name: $0.key, number: (Int($0.value) ?? 0) % 7) }.sorted { $0.number < $1.number }.map(\.name)
    }
}
