// Re-resolves relative dates once an article has an (inferred) publication date, for callers
// that cannot re-run the full analyzer. In: an analysis whose relative expressions have no value,
// and the date. Out: the analysis with those expressions and the events dated by them resolved.
// Covers the common phrases — weekdays (this/last/next), today/yesterday/tomorrow, this/last/next
// week, month, year, and month names — the full analyzer understands many more.
import ReadoutCore
import ReadoutKnowledge

struct RelativeDateResolver {
    let published: CalendarPeriod

    func reresolve(_ analysis: ArticleAnalysis) -> ArticleAnalysis {
        var result = analysis
        let planned = analysis.events.filter { $0.status == .planned }.map(\.evidenceSpan)
        for i in result.times.indices where result.times[i].isRelative && result.times[i].value == nil {
            let forward = planned.contains { $0.contains(result.times[i].span) }
            if let d = resolve(result.times[i].text, forward: forward) {
                result.times[i].value = d.iso
                result.times[i].precision = d.precision == .day ? .day : (d.precision == .month ? .month : .year)
            }
        }
        for i in result.events.indices where result.events[i].date == nil {
            guard let phrase = result.events[i].dateText else { continue }
            let event = result.events[i]
            let forward = event.status == .planned || PublicationDateEstimator.isCondition(event.evidence)
            if let d = resolve(phrase, forward: forward) {
                result.events[i].date = d.iso
            }
        }
        return result
    }

    /// The date a relative phrase names; `forward` for things still to come (a plain weekday then
    /// means the next one, otherwise the last one, the publication day included either way).
    func resolve(_ phrase: String, forward: Bool) -> CalendarPeriod? {
        RelativePhrase(phrase)?.resolve(against: published, forward: forward)
    }
}

/// A relative date phrase read once, resolvable against any publication date.
struct RelativePhrase {
    private enum Unit { case today, yesterday, tomorrow, weekday(Int), week, month, monthName(Int), year }
    private let unit: Unit
    private let direction: Int

    /// "january" ... "december" (the vocabulary's time.month).
    private static let months = Vocabulary.shared.monthNames

    init?(_ phrase: String) {
        // A phrase with a number in it ("January 13", "the week of May 4") is absolute: the analyzer's job.
        if phrase.contains(where: \.isNumber) { return nil }
        let words = NameText.words(phrase)
        let has = { (w: String) in words.contains(w) }
        direction = has("last") || has("previous") || has("ago") ? -1 : (has("next") || has("coming") ? 1 : 0)
        if has("today") || has("tonight") { unit = .today }
        else if has("yesterday") { unit = .yesterday }
        else if has("tomorrow") { unit = .tomorrow }
        else if let wd = PublicationDateEstimator.weekday(in: phrase) { unit = .weekday(wd) }
        else if has("week") || has("weekend") { unit = .week }
        else if has("month") { unit = .month }
        else if let index = Self.months.firstIndex(where: has) { unit = .monthName(index + 1) }
        else if has("year") { unit = .year }
        else { return nil }
    }

    /// The week a phrase names, counted from the week of writing ("this week" 0, "next week" 1, "last week" -1);
    /// nil for a phrase naming anything else.
    var weekOffset: Int? {
        if case .week = unit { return direction }
        return nil
    }

    func resolve(against published: CalendarPeriod, forward: Bool) -> CalendarPeriod {
        switch unit {
        case .today: return published
        case .yesterday: return published.adding(days: -1)
        case .tomorrow: return published.adding(days: 1)
        case .weekday(let wd):
            let delta = (wd - published.weekdayFromSunday + 7) % 7
            switch direction {
            case -1: return published.adding(days: delta == 0 ? -7 : delta - 7)
            case 1: return published.adding(days: delta == 0 ? 7 : delta)
            default: return forward ? published.adding(days: delta) : published.adding(days: delta == 0 ? 0 : delta - 7)
            }
        case .week:
            let day = published.adding(days: 7 * direction)
            return CalendarPeriod(year: day.year, month: day.month, precision: .month)
        case .month:
            var m = published.month + direction, y = published.year
            if m == 0 { m = 12; y -= 1 } else if m == 13 { m = 1; y += 1 }
            return CalendarPeriod(year: y, month: m, precision: .month)
        case .monthName(let m):
            var y = published.year
            switch direction {
            case -1: if m >= published.month { y -= 1 }
            case 1: if m <= published.month { y += 1 }
            default: if forward && m < published.month { y += 1 } else if !forward && m > published.month { y -= 1 }
            }
            return CalendarPeriod(year: y, month: m, precision: .month)
        case .year:
            return CalendarPeriod(year: published.year + direction, precision: .year)
        }
    }
}
