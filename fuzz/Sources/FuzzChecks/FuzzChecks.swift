// Checks a harness runs on what a reader or the analyzer returned. A broken promise traps, so
// libFuzzer saves the input as a crash like any other: offsets that point outside the text (a
// later stage would trap on them or quote the wrong words), dates that are not dates.
import ReadoutCore

public enum FuzzChecks {
    /// Every span a half-open range inside `count` scalars.
    public static func span(_ span: TextSpan, within count: Int, _ what: @autoclosure () -> String) {
        guard span.start >= 0, span.start <= span.end, span.end <= count else {
            fatalError("\(what()) span \(span.start)..<\(span.end) outside the text (\(count) scalars)")
        }
    }

    /// What `ArticleMetadata.published` promises: an ISO calendar date, `YYYY-MM-DD`.
    public static func isoDay(_ value: String?, _ what: @autoclosure () -> String) {
        isoDate(value, lengths: [10], what())
    }

    /// What the contract's dates promise: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (the lengths `allowed`),
    /// a real month and day.
    public static func isoDate(_ value: String?, lengths allowed: Set<Int>, _ what: @autoclosure () -> String) {
        guard let value else { return }
        let bytes = Array(value.utf8)
        let shaped = allowed.contains(bytes.count) && bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        let month = bytes.count >= 7 ? Int(value.dropFirst(5).prefix(2)) ?? 0 : 1
        let real = bytes.count == 10 ? CalendarDay(isoPrefix: value)?.isoDay == value : (1...12).contains(month)
        guard shaped && real else { fatalError("\(what()) is not a calendar date of \(allowed.sorted()) characters: \(value.debugDescription)") }
    }

    /// An article as a reader returns it: blocks inside the text, in order, a real date.
    public static func article(_ article: Article) {
        let count = article.text.unicodeScalars.count
        var previousEnd = 0
        for block in article.blocks {
            span(block.span, within: count, "\(block.kind) block")
            guard block.span.start >= previousEnd else {
                fatalError("blocks overlap or are out of order at \(block.span.start)")
            }
            previousEnd = block.span.end
        }
        isoDay(article.metadata.published, "published")
    }

    /// Time expressions: inside the text, in text order, not overlapping, their text the words they span.
    public static func times(_ times: [TimeExpression], in scalars: [Unicode.Scalar]) {
        var previousEnd = 0
        for time in times {
            span(time.span, within: scalars.count, "time expression")
            guard time.span.start >= previousEnd else { fatalError("time expressions overlap at \(time.span.start)") }
            previousEnd = time.span.end
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[time.span.start..<time.span.end])
            guard String(view) == time.text else {
                fatalError("time expression text \(time.text.debugDescription) is not the words it spans")
            }
            isoDate(time.value, lengths: [4, 7, 10], "value of \(time.text.debugDescription)")
            if let value = time.value, let precision = time.precision {
                let length = ["year": 4, "month": 7, "day": 10][precision.rawValue]
                guard value.utf8.count == length else {
                    fatalError("value \(value) of \(time.text.debugDescription) is not of precision \(precision)")
                }
            }
        }
    }

    /// An analysis: every offset it gives points into the article's text.
    public static func analysis(_ analysis: ArticleAnalysis, of article: Article) {
        let scalars = Array(article.text.unicodeScalars)
        let count = scalars.count
        for sentence in analysis.sentences { span(sentence.span, within: count, "sentence") }
        for entity in analysis.entities {
            for mention in entity.mentions { span(mention, within: count, "mention of \(entity.id)") }
            if let country = entity.country {
                guard country.utf8.count == 3, country.utf8.allSatisfy({ (65...90).contains($0) }) else {
                    fatalError("country of \(entity.id) is not an ISO 3166 alpha-3 code: \(country.debugDescription)")
                }
            }
        }
        times(analysis.times, in: scalars)
        for quote in analysis.quotes { span(quote.span, within: count, "quote") }
        for event in analysis.events {
            span(event.evidenceSpan, within: count, "evidence of \(event.id)")
            if let trigger = event.trigger { span(trigger, within: count, "trigger of \(event.id)") }
            // A bare year too: the analyzer dates an event "in 2011" by its year when the sentence gives nothing
            // finer (Events/Arguments/EventTime.swift), though the gold FORMAT names only days and months.
            isoDate(event.date, lengths: [4, 7, 10], "date of \(event.id)")
        }
    }
}
