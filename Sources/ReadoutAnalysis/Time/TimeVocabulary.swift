// The words time expressions are built from (weekdays, months, "last", "tonight", "ago"…),
// keyed by LexedText's packed lowercase key. In: a word key; out: its role in a date phrase.
// These are closed-class English calendar words, so they live in code rather than a data file.

struct TimeWord: Sendable {
    enum Kind: UInt8, Sendable {
        case weekday        // value: ISO weekday 1…7
        case month          // value: 1…12
        case dayPart        // morning, evening, night…
        case relativeDay    // value: offset in days (today 0, yesterday -1, tomorrow 1)
        case unit           // value: Unit raw value
        case relation       // this 0, last/past -1, next/coming 1
        case fuzzy          // early/earlier -1, mid 0, late/later 1
        case spanPreposition      // on, in, during: part of the phrase
        case contextPreposition   // since, until, of…: not part of the phrase, but makes a bare year a date
        case count          // a, one, two…: value is the number
        case the, local, time, ago, of
    }

    enum Unit: Int8, Sendable { case day = 1, week, weekend, month, year }

    let kind: Kind
    let value: Int8
    /// Month abbreviations ("Jan") need a day or year after them; ambiguous months ("May", "March")
    /// need a preposition, modifier, day or year around them.
    let needsContext: Bool

    init(_ kind: Kind, _ value: Int8 = 0, needsContext: Bool = false) {
        self.kind = kind
        self.value = value
        self.needsContext = needsContext
    }

    static func lookup(_ key: UInt64) -> TimeWord? { key == 0 ? nil : table[key] }

    private static let table: [UInt64: TimeWord] = {
        var t: [UInt64: TimeWord] = [:]
        func add(_ words: [String], _ word: TimeWord) { for w in words { t[LexedText.key(w)] = word } }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in weekdays.enumerated() { add([d], TimeWord(.weekday, Int8(i + 1))) }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        // Month names that are also common verbs, nouns or given names.
        let ambiguous: Set<String> = ["may", "march", "april", "june", "august"]
        for (i, m) in months.enumerated() {
            add([m], TimeWord(.month, Int8(i + 1), needsContext: ambiguous.contains(m)))
        }
        let abbreviations: [(String, Int8)] = [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                                               ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]
        for (a, m) in abbreviations { add([a], TimeWord(.month, m, needsContext: true)) }
        add(["morning", "afternoon", "evening", "night", "overnight", "midday", "noon"], TimeWord(.dayPart))
        add(["today", "tonight"], TimeWord(.relativeDay, 0))
        add(["yesterday"], TimeWord(.relativeDay, -1))
        add(["tomorrow"], TimeWord(.relativeDay, 1))
        add(["day", "days"], TimeWord(.unit, Unit.day.rawValue))
        add(["week", "weeks"], TimeWord(.unit, Unit.week.rawValue))
        add(["weekend"], TimeWord(.unit, Unit.weekend.rawValue))
        add(["month", "months"], TimeWord(.unit, Unit.month.rawValue))
        add(["year", "years"], TimeWord(.unit, Unit.year.rawValue))
        add(["this"], TimeWord(.relation, 0))
        add(["last", "past"], TimeWord(.relation, -1))
        add(["next", "coming"], TimeWord(.relation, 1))
        add(["early", "earlier"], TimeWord(.fuzzy, -1))
        add(["mid"], TimeWord(.fuzzy, 0))
        add(["late", "later"], TimeWord(.fuzzy, 1))
        add(["on", "in", "during"], TimeWord(.spanPreposition))
        add(["since", "until", "till", "by", "from", "through", "throughout", "before", "after", "between"],
            TimeWord(.contextPreposition))
        add(["of"], TimeWord(.of))
        add(["a", "an", "one"], TimeWord(.count, 1))
        let counts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        for (i, c) in counts.enumerated() { add([c], TimeWord(.count, Int8(i + 2))) }
        add(["the"], TimeWord(.the))
        add(["local"], TimeWord(.local))
        add(["time"], TimeWord(.time))
        add(["ago"], TimeWord(.ago))
        return t
    }()

    /// Capitalised words before a weekday that make it a named day, not a date ("Good Friday", "Super Tuesday").
    static let namedDayQualifiers: Set<UInt64> = Set(["good", "black", "holy", "ash", "maundy", "super", "cyber",
                                                      "bloody", "easter", "giving", "shrove", "palm"].map(LexedText.key))
}
