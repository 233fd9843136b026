// Finds time expressions in an article and resolves them to calendar dates. In: the article
// text (or its scalars) and its publication date (`YYYY-MM-DD`, or nil); out: TimeExpressions
// in text order, non-overlapping, each with its span, value, precision and whether it is
// relative to the publication date. A pure function: no I/O, no shared state.
import ReadoutCore

public struct TimeExpressionFinder: Sendable {
    public init() {}

    /// All time expressions in `text`, each resolved against `published` (YYYY-MM-DD; nil → relative ones get value nil).
    public func find(in text: String, published: String?) -> [TimeExpression] {
        find(in: Array(text.unicodeScalars), published: published)
    }

    /// Same as `find(in:published:)` for text already decoded to scalars (offsets are indices into `scalars`).
    public func find(in scalars: [Unicode.Scalar], published: String?) -> [TimeExpression] {
        find(in: LexedText(scalars), published: published)
    }

    /// Same, for text already lexed (the analysis document lexes once for times and quotes).
    /// `narratedInPresent`: the article's headline and captions, where the present tense tells the past
    /// ("X meets Y on Friday" under a photo), so it schedules nothing there.
    func find(in lexed: LexedText, published: String?, narratedInPresent: [TextSpan] = []) -> [TimeExpression] {
        let parser = TimePhraseParser(text: lexed)
        let publication = published.flatMap(CalendarDay.init(isoPrefix:))
        var found: [TimeExpression] = []
        var i = 0
        let words = lexed.words
        while i < words.count {
            let w = words[i]
            // Cheap gate: only calendar words and numbers can start a phrase.
            guard w.kind == .number || (w.kind == .word && TimeWord.lookup(w.key) != nil),
                  let phrase = parser.parse(at: i) else {
                i += 1
                continue
            }
            var direction = TenseDirection.unknown
            if publication != nil && TimeResolver.needsDirection(phrase.core) {
                let offset = Int(words[phrase.start].start)
                let presentSchedules = !narratedInPresent.contains { $0.start <= offset && offset < $0.end }
                direction = TenseCue.direction(in: lexed, expression: phrase.start..<phrase.end,
                                               sentence: lexed.sentenceRange(around: phrase.start),
                                               presentSchedules: presentSchedules)
            }
            let resolved = TimeResolver.resolve(phrase.core, published: publication, direction: direction)
            let start = Int(words[phrase.start].start)
            let end = Int(words[phrase.end - 1].end)
            found.append(TimeExpression(text: lexed.string(start, end), span: TextSpan(start, end),
                                        value: resolved.value, precision: resolved.precision,
                                        isRelative: resolved.isRelative, rule: Self.rule(of: phrase.core)))
            i = phrase.end
        }
        return found
    }

    /// The pattern that read the phrase: "times.weekday" ("on Friday"), "times.date" ("March 3, 2024"), ...
    static func rule(of core: TimePhrase.Core) -> String {
        switch core {
        case .weekday, .weekdayOfWeek: "times.weekday"
        case .date: "times.date"
        case .weekOf: "times.week-of"
        case .month: "times.month"
        case .year: "times.year"
        case .relativeYear, .relativeMonth, .relativeWeek, .weekend, .relativeDay: "times.relative"
        case .ago: "times.ago"
        }
    }

    /// The expression covering or nearest before a span (the analyzer asks "when" for an event sentence):
    /// the first expression inside `span`, else the last one ending before it, else nil.
    public func expression(for span: TextSpan, in expressions: [TimeExpression]) -> TimeExpression? {
        var before: TimeExpression?
        for expression in expressions {
            if expression.span.overlaps(span) { return expression }
            if expression.span.end <= span.start { before = expression } else { break }
        }
        return before
    }
}
