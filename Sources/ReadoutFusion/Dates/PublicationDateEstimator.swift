// Estimates the publication date of an article that states none.
// In: the undated document, the stated dates of its story's other documents, the fused events
// it shares with dated documents, and the absolute dates it mentions. Out: an InferredDate.
// Bounds: the article is written no earlier than the events it reports as done (their dates
// as other outlets give them, and absolute past dates it mentions) and no later than the
// events it still expects; a weekday it names for a done event ("on Wednesday") puts it within
// the six days after that day. Inside the bounds, the middle of its story's publication dates.
import ReadoutCore

struct PublicationDateEstimator {
    // Words that make a sentence's date a future one, not a bound on when it was written.
    private static let futureCues: Set<String> = [
        "will", "ll", "shall", "expected", "expects", "due", "scheduled", "schedule", "plan", "plans", "planned",
        "upcoming", "next", "ahead", "until", "deadline", "expire", "expires", "expiring", "slated",
        "could", "may", "might", "would", "forthcoming",
    ]
    static let weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    func estimate(_ doc: DocumentView, storyDates: [CivilDate], events: [FusedEvent],
                  statedDocuments: Set<String>) -> InferredDate? {
        var lo: (CivilDate, String)?
        var hi: (CivilDate, String)?
        func raise(_ d: CivilDate, _ why: String) { if lo == nil || d > lo!.0 { lo = (d, why) } }
        func lower(_ d: CivilDate, _ why: String) { if hi == nil || d < hi!.0 { hi = (d, why) } }

        for event in events {
            guard let mine = event.reports.first(where: { $0.document == doc.id }) else { continue }
            let others = event.reports.filter { statedDocuments.contains($0.document) && $0.status != .planned }
            guard let known = mostCommon(others.compactMap { CivilDate(iso: $0.date) }.filter { $0.precision == .day }) else { continue }
            let label = "\(ConflictDetector.describe(event)) (\(known.iso) per \(ConflictDetector.list(others.map { $0.outlet })))"
            if mine.status == .planned {
                lower(known, "still expects " + label)
            } else {
                raise(known, "reports " + label)
                if let named = Self.weekday(in: mine.dateText), named == known.weekday {
                    lower(known.adding(days: 6), "calls it \"\(mine.dateText!)\"")
                }
            }
        }
        let plannedSpans = doc.analysis.events.filter { $0.status == .planned }.map(\.evidenceSpan)
        for time in doc.analysis.times where !time.isRelative && time.precision == .day {
            guard let d = CivilDate(iso: time.value), d.precision == .day else { continue }
            if plannedSpans.contains(where: { $0.contains(time.span) }) {
                lower(d, "expects an event on \(d.iso)")
            } else if !Self.futureSentence(around: time.span, in: doc) {
                raise(d, "mentions \(time.text) as past")
            }
        }
        if let l = lo, let h = hi, l.0 > h.0 { hi = nil }

        let date: CivilDate
        var reasons: [String] = []
        if !storyDates.isEmpty {
            let mean = storyDates.map(\.dayNumber).reduce(0, +) / storyDates.count
            var day = mean
            if let l = lo { day = max(day, l.0.dayNumber) }
            if let h = hi { day = min(day, h.0.dayNumber) }
            date = CivilDate(dayNumber: day)
            reasons.append("middle of its story's publication dates (\(storyDates.map(\.iso).sorted().joined(separator: ", ")))")
        } else if let l = lo {
            date = l.0
        } else {
            return nil
        }
        if let l = lo { reasons.append("no earlier: \(l.1)") }
        if let h = hi { reasons.append("no later: \(h.1)") }
        return InferredDate(document: doc.id, date: date.iso, earliest: lo?.0.iso, latest: hi?.0.iso,
                            reason: reasons.joined(separator: "; "))
    }

    /// The weekday a phrase names ("on Wednesday", "Monday evening"), 0 = Sunday.
    static func weekday(in phrase: String?) -> Int? {
        guard let phrase else { return nil }
        for word in NameText.words(phrase) {
            if let i = weekdayNames.firstIndex(of: word) { return i }
        }
        return nil
    }

    private static func futureSentence(around span: TextSpan, in doc: DocumentView) -> Bool {
        let sentence = doc.analysis.sentences.first { $0.span.contains(span) }?.span
            ?? TextSpan(max(0, span.start - 120), span.end + 40)
        let words = NameText.words(TextSlices.slice(doc.article.text, sentence))
        return words.contains { futureCues.contains($0) }
    }
}
