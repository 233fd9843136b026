// What an undated article's dates without a year ("on Oct. 29", "17 January") say about when it
// was written. In: the article's first-pass analysis (no publication date, so those dates have no
// value). Out: sets of publication days, each with the reason the estimator gives for it.
// News style leaves the year out of a date in the year of writing, or one a few weeks across the
// turn of the year; so each such date, read the way the analyzer reads it (what the article reports as done
// on or before the day of writing, what it still expects on or after it), rules out the days of
// writing on which it would fall in another year and further away. And a planned event the
// article dates by a week ("will visit next week") that shares a participant with one told in a
// sentence giving such a day ("will meet Xi on Nov. 1") is one trip: that day lies in the week named.
import ReadoutCore
import ReadoutKnowledge

/// A month and day without a year, read from a phrase: "on Oct. 29", "January 17", "17 January".
struct MonthDay: Equatable {
    let month: Int
    let day: Int

    /// "january" ... "december" with their numbers (time.month), and "jan", "sept" ... (time.month-abbreviation).
    private static let months: [String: Int] = {
        let v = Vocabulary.shared
        return v.map("time.month").merging(v.map("time.month-abbreviation")) { a, _ in a }.compactMapValues { Int($0) }
    }()

    /// Nil when the phrase names no month with a day beside it, or also a year (then it is a full date).
    init?(_ phrase: String) {
        let words = NameText.words(phrase)
        guard !words.contains(where: { $0.count == 4 && Int($0) != nil }),
              let m = words.firstIndex(where: { Self.months[$0] != nil }) else { return nil }
        let beside = [m + 1, m - 1].filter(words.indices.contains).compactMap { Int(words[$0]) }
        guard let month = Self.months[words[m]], let day = beside.first, (1...31).contains(day) else { return nil }
        self.month = month
        self.day = day
    }

    /// The first such day on or after `day` (the analyzer's reading of a date still ahead).
    func next(onOrAfter day: Int) -> Int? {
        let year = CalendarDay(dayNumber: day).year
        return (year...(year + 4)).lazy.compactMap { CalendarDay(year: $0, month: month, day: self.day)?.dayNumber }.first { $0 >= day }
    }

    /// The last such day on or before `day` (the analyzer's reading of a date already past).
    func last(onOrBefore day: Int) -> Int? {
        let year = CalendarDay(dayNumber: day).year
        return ((year - 4)...year).reversed().lazy.compactMap { CalendarDay(year: $0, month: month, day: self.day)?.dayNumber }.first { $0 <= day }
    }
}

struct YearlessDateEvidence {
    /// A date the article gives without a year, as still ahead (`expected`) or already past.
    struct Mention {
        let date: MonthDay
        let expected: Bool
        let text: String
    }

    /// A planned event dated by a week and one of the same participant dated to a day without a year.
    struct WeekLink {
        let date: MonthDay
        let weekOffset: Int
        let reason: String
    }

    let mentions: [Mention]
    let links: [WeekLink]

    /// `stance` tells whether a span's date is still expected (true), past (false) or neither (nil).
    init(_ doc: DocumentView, stance: (TextSpan) -> Bool?) {
        mentions = doc.analysis.times.compactMap { time in
            guard time.value == nil, let date = MonthDay(time.text), let expected = stance(time.span) else { return nil }
            return Mention(date: date, expected: expected, text: time.text)
        }
        let planned = doc.analysis.events.filter { $0.status == .planned }
        let times = doc.analysis.times.filter { $0.value == nil }
        links = planned.flatMap { weekly -> [WeekLink] in
            guard let phrase = weekly.dateText, let offset = RelativePhrase(phrase)?.weekOffset else { return [] }
            // The days without a year in the sentence of another plan of one of its participants.
            return planned.filter { $0 != weekly && !Set(weekly.participants).isDisjoint(with: $0.participants) }.flatMap { dated in
                times.filter { dated.evidenceSpan.contains($0.span) }.compactMap { time -> WeekLink? in
                    guard let date = MonthDay(time.text) else { return nil }
                    let reason = "the \(ConflictDetector.name(weekly.type, weekly.participants)) it expects \"\(phrase)\" holds "
                        + "the \(ConflictDetector.name(dated.type, dated.participants)) it expects \"\(time.text)\""
                    return WeekLink(date: date, weekOffset: offset, reason: reason)
                }
            }
        }
    }

    /// The days in `range` each piece of evidence allows, with its reason: the week links first (the narrowest).
    func constraints(in range: ClosedRange<Int>) -> [(days: Set<Int>, reason: String)] {
        let linked = links.map { link in (Set(range.filter { Self.inWeek(link, writtenOn: $0) }), link.reason) }
        let dated = mentions.map { m in
            (Set(range.filter { Self.isNear(m, writtenOn: $0) }),
             m.expected ? "expects \"\(m.text)\", given without a year" : "mentions \"\(m.text)\" as past, without a year")
        }
        return linked + dated
    }

    /// Does the mention, read as of `day`, fall where a writer on that day might leave its year out?
    private static func isNear(_ m: Mention, writtenOn day: Int) -> Bool {
        guard let d = m.expected ? m.date.next(onOrAfter: day) : m.date.last(onOrBefore: day) else { return false }
        return CalendarDay(dayNumber: d).mayLeaveOutYear(writtenOn: CalendarDay(dayNumber: day))
    }

    /// Does the linked day, read as still ahead of `day`, lie in the week the phrase names (weeks start on Monday)?
    private static func inWeek(_ link: WeekLink, writtenOn day: Int) -> Bool {
        guard let d = link.date.next(onOrAfter: day) else { return false }
        return weekStart(d) == weekStart(day) + 7 * link.weekOffset
    }

    private static func weekStart(_ day: Int) -> Int { day - (CalendarDay(dayNumber: day).isoWeekday - 1) }
}
