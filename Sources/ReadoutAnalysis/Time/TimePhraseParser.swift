// Recognises date phrases in lexed words. In: a LexedText and a start word; out: the longest
// time phrase starting there ("on Friday morning", "in November last year", "Jan. 4, 2024",
// "earlier this week", "three days ago") as a structured TimePhrase, not yet resolved to a date.
import ReadoutCore
import ReadoutKnowledge

struct TimePhrase: Sendable {
    enum Core: Sendable {
        /// relation: nil bare, 0 "this", -1 "last", 1 "next".
        case weekday(Int, relation: Int?)
        /// "Monday last week": weekday of the week `weekOffset` weeks from the publication week.
        case weekdayOfWeek(Int, weekOffset: Int)
        case date(year: Int?, month: Int, day: Int)
        /// "the week of January 22": a week-level phrase, resolved to its month.
        case weekOf(year: Int?, month: Int, day: Int)
        case month(Int, year: Int?, relation: Int?, yearOffset: Int?)
        case year(Int)
        case relativeYear(Int)
        case relativeMonth(Int)
        /// part: -1 "earlier this week", 0 "this week", 1 "later this week".
        case relativeWeek(Int, part: Int)
        case weekend(Int)
        case relativeDay(Int)
        case ago(TimeWord.Unit, Int)
        /// "on the 12th": a day of the month the sentence's tense points to, from the publication date's.
        case dayOfMonth(Int)
    }

    /// Word range [start, end).
    var start: Int
    var end: Int
    var core: Core
}

struct TimePhraseParser {
    let text: LexedText

    private var words: [LexedText.Word] { text.words }

    @inline(__always) private func timeWord(_ k: Int) -> TimeWord? {
        guard k >= 0 && k < text.count, text.words[k].kind == .word else { return nil }
        return TimeWord.lookup(text.words[k].key)
    }

    @inline(__always) private func kind(_ k: Int) -> TimeWord.Kind? { timeWord(k)?.kind }

    /// A capitalised calendar name (weekday or month), as names are written in news copy.
    @inline(__always) private func isCapitalized(_ k: Int) -> Bool { words[k].isCapitalized }

    /// The longest phrase starting at word `i`, or nil.
    func parse(at i: Int) -> TimePhrase? {
        var j = i
        if kind(j) == .spanPreposition { j += 1 }
        if j > i, let day = dayOfMonth(at: j) { return TimePhrase(start: i, end: j + 2, core: .dayOfMonth(day)) }
        // "on the 12th of March": the day and its month.
        if j > i, j + 3 < text.count, words[j].kind == .word, words[j].key == Self.the, words[j + 1].kind == .number,
           words[j + 1].isOrdinal, kind(j + 2) == .of, let m = timeWord(j + 3), m.kind == .month, isCapitalized(j + 3),
           CalendarDay(year: 2000, month: Int(m.value), day: Int(words[j + 1].number)) != nil {
            var end = j + 4
            var year: Int?
            if let y = yearValue(at: end) { year = y; end += 1 } else if text.isPunct(end, ","), let y = yearValue(at: end + 1) { year = y; end += 2 }
            return TimePhrase(start: i, end: end, core: .date(year: year, month: Int(m.value), day: Int(words[j + 1].number)))
        }
        var fuzzy: Int?
        if let w = timeWord(j), w.kind == .fuzzy {
            fuzzy = Int(w.value)
            j += 1
            if text.isPunct(j, "-") || text.isPunct(j, "–") { j += 1 }   // "mid-January"
        }
        var relation: Int?
        // "earlier in the week", "later in the month": the period of writing, as "earlier this week" is.
        if fuzzy != nil, kind(j) == .spanPreposition, kind(j + 1) == .the, let u = timeWord(j + 2), u.kind == .unit,
           u.value != TimeWord.Unit.day.rawValue, u.value != TimeWord.Unit.weekend.rawValue {
            relation = 0
            j += 2
        }
        if relation == nil, let w = timeWord(j), w.kind == .relation {
            relation = Int(w.value)
            j += 1
        }
        guard j < text.count else { return nil }
        let hasPrefix = j > i
        let contextBefore = hasPrefix || kind(i - 1) == .contextPreposition || kind(i - 1) == .of
        guard let core = parseCore(at: j, fuzzy: fuzzy, relation: relation, contextBefore: contextBefore) else {
            return nil
        }
        // A lone "on"/"in" with nothing after it is not a phrase; the core must exist (checked above).
        return TimePhrase(start: i, end: core.end, core: core.core)
    }

    /// "(on) the 12th" and nothing of its own after it ("the 12th century", "the 3rd floor", "the 12th of March" are
    /// not a day of this month): the ordinal's day.
    private func dayOfMonth(at j: Int) -> Int? {
        guard j + 1 < text.count, words[j].kind == .word, words[j].key == Self.the, words[j + 1].kind == .number,
              words[j + 1].isOrdinal, (1...31).contains(words[j + 1].number) else { return nil }
        let next = j + 2
        if next < text.count && words[next].kind == .word && !words[next].isCapitalized && !Self.dayFollowers.contains(words[next].key) {
            return nil
        }
        return Int(words[j + 1].number)
    }

    private static let the = LexedText.key("the")
    /// Words after "the 12th" that start another phrase rather than name what the 12th is ("on the 12th in Lima").
    private static let dayFollowers: Set<UInt64> = Set(Vocabulary.shared.entries("time.day-of-month-follower").map(LexedText.key))

    private func parseCore(at j: Int, fuzzy: Int?, relation: Int?, contextBefore: Bool) -> (end: Int, core: TimePhrase.Core)? {
        let w = words[j]
        if w.kind == .number {
            return parseNumberLed(at: j, relation: relation, contextBefore: contextBefore)
        }
        guard let tw = timeWord(j) else { return nil }
        switch tw.kind {
        case .weekday:
            guard isCapitalized(j) else { return nil }
            if !contextBefore && j > 0 && words[j - 1].isCapitalized && TimeWord.namedDayQualifiers.contains(words[j - 1].key) {
                return nil   // "Good Friday", "Super Tuesday"
            }
            let day = Int(tw.value)
            var end = j + 1
            // "Sunday, January 7" / "Sunday 7 January": the calendar date is the better value.
            var k = end
            if text.isPunct(k, ",") || text.isPunct(k, "(") { k += 1 }
            if relation == nil, let date = parseMonthFirstDate(at: k) ?? parseDayFirstDate(at: k) {
                var dateEnd = date.end
                if text.isPunct(dateEnd, ")") && text.isPunct(k - 1, "(") { dateEnd += 1 }
                return (dateEnd, date.core)
            }
            var core = TimePhrase.Core.weekday(day, relation: relation)
            if relation == nil, let r = timeWord(end), r.kind == .relation,
               let u = timeWord(end + 1), u.kind == .unit, u.value == TimeWord.Unit.week.rawValue {
                core = .weekdayOfWeek(day, weekOffset: Int(r.value))   // "Monday last week"
                end += 2
            }
            if kind(end) == .dayPart { end += 1 }
            if kind(end) == .local && kind(end + 1) == .time { end += 2 }
            return (end, core)
        case .month:
            guard isCapitalized(j) else { return nil }
            if relation == nil, let date = parseMonthFirstDate(at: j) { return date }
            let month = Int(tw.value)
            var end = j + 1
            let abbreviated = !isFullMonthName(j)
            if abbreviated && text.isPunct(end, ".") { end += 1 }
            // "April 2023", "April, 2023"
            var k = end
            if text.isPunct(k, ",") { k += 1 }
            if relation == nil, let year = yearValue(at: k) {
                return (k + 1, .month(month, year: year, relation: nil, yearOffset: nil))
            }
            if abbreviated { return nil }
            // "November last year", "in October this year"
            if relation == nil, let r = timeWord(end), r.kind == .relation,
               let u = timeWord(end + 1), u.kind == .unit, u.value == TimeWord.Unit.year.rawValue {
                return (end + 2, .month(month, year: nil, relation: nil, yearOffset: Int(r.value)))
            }
            if tw.needsContext && !(contextBefore || fuzzy != nil || relation != nil) { return nil }
            return (end, .month(month, year: nil, relation: relation, yearOffset: nil))
        case .relativeDay:
            guard relation == nil else { return nil }
            var end = j + 1
            if kind(end) == .dayPart { end += 1 }   // "yesterday morning"
            return (end, .relativeDay(Int(tw.value)))
        case .dayPart:
            // "this morning", "this evening" → today; "last night" → yesterday.
            if relation == 0 { return (j + 1, .relativeDay(0)) }
            if relation == -1 && words[j].key == LexedText.key("night") { return (j + 1, .relativeDay(-1)) }
            return nil
        case .unit:
            guard let relation else { return nil }
            switch TimeWord.Unit(rawValue: tw.value) {
            case .week: return (j + 1, .relativeWeek(relation, part: relation == 0 ? (fuzzy ?? 0) : 0))
            case .weekend: return (j + 1, .weekend(relation))
            case .month: return (j + 1, .relativeMonth(relation))
            case .year: return (j + 1, .relativeYear(relation))
            default: return nil
            }
        case .count:
            guard relation == nil else { return nil }
            return parseAgo(at: j, count: Int(tw.value))
        case .the:
            // "at the end of the month", "the start of next week", "by the end of this year": that period (a week
            // early or late in it, as "earlier this week" is).
            if relation == nil, j + 1 < text.count, words[j + 1].kind == .word, let part = TimeWord.periodParts[words[j + 1].key],
               kind(j + 2) == .of {
                var k = j + 3
                var offset = 0
                if kind(k) == .the { k += 1 } else if let r = timeWord(k), r.kind == .relation { offset = Int(r.value); k += 1 }
                if let u = timeWord(k), u.kind == .unit, u.value != TimeWord.Unit.day.rawValue {
                    switch TimeWord.Unit(rawValue: u.value) {
                    case .week: return (k + 1, .relativeWeek(offset, part: offset == 0 ? part : 0))
                    case .month: return (k + 1, .relativeMonth(offset))
                    case .year: return (k + 1, .relativeYear(offset))
                    default: break
                    }
                }
            }
            // "over the weekend", "at the weekend": the weekend the tense points to, read as its Saturday (as "this
            // weekend" is), backwards in the past tense like a bare weekday.
            if relation == nil, j > 0, TimeWord.weekendPrepositions.contains(words[j - 1].key), let u = timeWord(j + 1), u.kind == .unit,
               u.value == TimeWord.Unit.weekend.rawValue {
                return (j + 2, .weekday(6, relation: nil))
            }
            // "the week of January 22"
            guard relation == nil, let u = timeWord(j + 1), u.kind == .unit, u.value == TimeWord.Unit.week.rawValue,
                  kind(j + 2) == .of, let date = parseMonthFirstDate(at: j + 3) ?? parseDayFirstDate(at: j + 3),
                  case let .date(year, month, day) = date.core else { return nil }
            return (date.end, .weekOf(year: year, month: month, day: day))
        default:
            return nil
        }
    }

    private func parseNumberLed(at j: Int, relation: Int?, contextBefore: Bool) -> (end: Int, core: TimePhrase.Core)? {
        let w = words[j]
        guard relation == nil, w.number >= 0 else { return nil }
        // ISO 2024-01-13
        if w.digits == 4, text.isPunct(j + 1, "-"), j + 4 < text.count,
           words[j + 2].kind == .number, words[j + 2].digits == 2, text.isPunct(j + 3, "-"),
           words[j + 4].kind == .number, words[j + 4].digits == 2,
           words[j + 1].start == w.end, words[j + 2].start == words[j + 1].end,
           words[j + 3].start == words[j + 2].end, words[j + 4].start == words[j + 3].end,
           CalendarDay(year: Int(w.number), month: Int(words[j + 2].number), day: Int(words[j + 4].number)) != nil {
            return (j + 5, .date(year: Int(w.number), month: Int(words[j + 2].number), day: Int(words[j + 4].number)))
        }
        if let date = parseDayFirstDate(at: j) { return date }
        if let ago = parseAgo(at: j, count: Int(w.number)) { return ago }
        if contextBefore, let year = yearValue(at: j), !text.isPunct(j + 1, "%"), !isCountedNoun(j + 1) {
            return (j + 1, .year(year))
        }
        return nil
    }

    /// "three days ago", "a year ago".
    private func parseAgo(at j: Int, count: Int) -> (end: Int, core: TimePhrase.Core)? {
        guard count > 0, let u = timeWord(j + 1), u.kind == .unit, kind(j + 2) == .ago,
              let unit = TimeWord.Unit(rawValue: u.value), unit != .weekend else { return nil }
        return (j + 3, .ago(unit, count))
    }

    /// "January 13", "Jan. 4", "January 13, 2024", "Jan 09, 2024", "January 13th".
    private func parseMonthFirstDate(at j: Int) -> (end: Int, core: TimePhrase.Core)? {
        guard let tw = timeWord(j), tw.kind == .month, isCapitalized(j) else { return nil }
        var k = j + 1
        if text.isPunct(k, ".") && !isFullMonthName(j) { k += 1 }
        guard k < text.count, let day = dayValue(at: k) else { return nil }
        var end = k + 1
        var year: Int?
        var y = end
        if text.isPunct(y, ",") { y += 1 }
        if let value = yearValue(at: y) {
            year = value
            end = y + 1
        }
        return (end, .date(year: year, month: Int(tw.value), day: day))
    }

    /// "13 January", "24 August 2021", "13th of January".
    private func parseDayFirstDate(at j: Int) -> (end: Int, core: TimePhrase.Core)? {
        guard j < text.count, let day = dayValue(at: j) else { return nil }
        var k = j + 1
        if kind(k) == .of && words[j].isOrdinal { k += 1 }
        guard let tw = timeWord(k), tw.kind == .month, isCapitalized(k) else { return nil }
        var end = k + 1
        if text.isPunct(end, ".") && !isFullMonthName(k) { end += 1 }
        var year: Int?
        var y = end
        if text.isPunct(y, ",") { y += 1 }
        if let value = yearValue(at: y) {
            year = value
            end = y + 1
        }
        return (end, .date(year: year, month: Int(tw.value), day: day))
    }

    /// "by 2021 fans": a number counting a plural noun, not a year.
    private func isCountedNoun(_ k: Int) -> Bool {
        guard k < text.count, words[k].kind == .word, !words[k].isCapitalized, words[k].end - words[k].start > 2 else { return false }
        return text.scalars[Int(words[k].end) - 1] == "s"
    }

    private func dayValue(at k: Int) -> Int? {
        let w = words[k]
        guard w.kind == .number, w.digits <= 2, w.number >= 1, w.number <= 31, w.hasSpaceBefore || k == 0 else { return nil }
        // "13:30" is a time, "13-14" a range start.
        if text.isPunct(k + 1, ":") && k + 1 < text.count && words[k + 1].start == w.end { return nil }
        return Int(w.number)
    }

    private func yearValue(at k: Int) -> Int? {
        guard k < text.count else { return nil }
        let w = words[k]
        guard w.kind == .number, w.digits == 4, w.number >= 1900, w.number <= 2100, !w.isOrdinal else { return nil }
        return Int(w.number)
    }

    private func isFullMonthName(_ k: Int) -> Bool {
        let key = words[k].key
        return key == LexedText.key("may") || words[k].end - words[k].start > 4 ||
            key == LexedText.key("june") || key == LexedText.key("july")
    }
}
