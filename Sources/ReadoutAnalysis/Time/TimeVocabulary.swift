// The words time expressions are built from (weekdays, months, "last", "tonight", "ago"…),
// keyed by LexedText's packed lowercase key. In: a word key; out: its role in a date phrase.
// The calendar words are data (ReadoutKnowledge's Data/vocabulary/time.tsv, time.* lists); only the
// words that name their own role in the phrase grammar ("of", "the", "local", "time", "ago") are here.
import ReadoutKnowledge

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

    enum Unit: Int8, Sendable, CaseIterable {
        case day = 1, week, weekend, month, year

        /// The unit a vocabulary entry names ("days=day").
        init(named name: String) {
            guard let unit = Unit.allCases.first(where: { "\($0)" == name }) else {
                preconditionFailure("vocabulary list 'time.unit': '\(name)' is no unit")
            }
            self = unit
        }
    }

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
        let v = Vocabulary.shared
        var t: [UInt64: TimeWord] = [:]
        func add(_ words: [String], _ word: TimeWord) { for w in words { t[LexedText.key(w)] = word } }
        /// A `word=number` list: each word with the role `make` gives it and its number.
        func add(_ list: String, _ make: (String, Int8) -> TimeWord) {
            for (w, value) in v.map(list) {
                guard let n = Int8(value) else { preconditionFailure("vocabulary list '\(list)': '\(value)' is no number") }
                add([w], make(w, n))
            }
        }
        add("time.weekday") { TimeWord(.weekday, $1) }
        let ambiguous = v.set("time.month-ambiguous")
        add("time.month") { TimeWord(.month, $1, needsContext: ambiguous.contains($0)) }
        add("time.month-abbreviation") { TimeWord(.month, $1, needsContext: true) }
        add(v.entries("time.day-part"), TimeWord(.dayPart))
        add("time.relative-day") { TimeWord(.relativeDay, $1) }
        for (w, unit) in v.map("time.unit") { add([w], TimeWord(.unit, Unit(named: unit).rawValue)) }
        add("time.relation") { TimeWord(.relation, $1) }
        add("time.fuzzy") { TimeWord(.fuzzy, $1) }
        add(v.entries("time.span-preposition"), TimeWord(.spanPreposition))
        add(v.entries("time.context-preposition"), TimeWord(.contextPreposition))
        add(["of"], TimeWord(.of))
        add("time.count") { TimeWord(.count, $1) }
        add(["the"], TimeWord(.the))
        add(["local"], TimeWord(.local))
        add(["time"], TimeWord(.time))
        add(["ago"], TimeWord(.ago))
        return t
    }()

    /// Capitalised words before a weekday that make it a named day, not a date ("Good Friday", "Super Tuesday").
    static let namedDayQualifiers: Set<UInt64> = Set(Vocabulary.shared.entries("time.named-day-qualifier").map(LexedText.key))
    /// "the end of the month", "the start of next week": where in its period the phrase falls (-1 early, 1 late).
    static let periodParts: [UInt64: Int] = Dictionary(uniqueKeysWithValues: Vocabulary.shared.map("time.period-part").map { w, value in
        guard let n = Int(value) else { preconditionFailure("vocabulary list 'time.period-part': '\(value)' is no number") }
        return (LexedText.key(w), n)
    })
    /// "over the weekend", "at the weekend": prepositions that make "the weekend" the one the sentence's tense points to.
    static let weekendPrepositions: Set<UInt64> = Set(Vocabulary.shared.entries("time.weekend-preposition").map(LexedText.key))
}
