// Finds a report that contradicts itself: one sentence stating an event gives two different
// days for it ("on Tuesday X sat down with Y on Wednesday").
// In: a document's events and time expressions. Out: within-document date conflicts.
// Conservative: both expressions lie inside the event's evidence, resolve to different days at
// most a week apart, and nothing between them marks a second clause or a range ("after",
// "until", "and", "to", a comma...), and no other event of the document claims the other day.
import ReadoutCore
import ReadoutKnowledge

struct SelfContradictionFinder {
    // Words that let one sentence carry two dates without contradiction (the vocabulary's fusion.date-connective).
    private static let connectives = Vocabulary.shared.set("fusion.date-connective")
    // Punctuation that separates clauses, and line breaks (a dateline or header above the sentence).
    private static let separators: Set<Character> = [",", ";", ":", "(", ")", "–", "—", "/", "\n", "\r\n", "|"]

    func conflicts(in doc: DocumentView, eventKeys: [String: (key: String, id: String)]) -> [FusionConflict] {
        let text = doc.article.text
        var out: [FusionConflict] = []
        // A date written in ISO form ("2022-04-30") is a header or dateline, not the sentence's own words.
        let dayTimes = doc.analysis.times.filter {
            $0.precision == .day && CalendarPeriod(iso: $0.value)?.precision == .day && CalendarPeriod(iso: $0.text) == nil
        }
        for event in doc.analysis.events where !event.evidenceSpan.isEmpty {
            let inside = dayTimes.filter { event.evidenceSpan.contains($0.span) }.sorted { $0.span < $1.span }
            guard let pair = contradictingPair(inside, text),
                  let fused = eventKeys[event.id] else { continue }
            // Another event of this document dated by the other expression: two events, one sentence.
            let claimedElsewhere = doc.analysis.events.contains { other in
                other.id != event.id && other.evidenceSpan.overlaps(event.evidenceSpan)
                    && (other.date == pair.0.value || other.date == pair.1.value) && other.date != event.date
            }
            if claimedElsewhere { continue }
            let a = pair.0.value!, b = pair.1.value!
            out.append(FusionConflict(
                key: fused.key, eventID: fused.id, field: .date, scope: .withinDocument,
                values: [a: [doc.id], b: [doc.id]],
                sentences: [ConflictSentence(document: doc.id, text: event.evidence, span: event.evidenceSpan)],
                note: "\(doc.outlet) gives two days for one event in one sentence: \"\(pair.0.text)\" (\(a)) and \"\(pair.1.text)\" (\(b))"))
        }
        return out
    }

    private func contradictingPair(_ times: [TimeExpression], _ text: String) -> (TimeExpression, TimeExpression)? {
        for i in times.indices {
            for j in times.indices where j > i {
                let a = times[i], b = times[j]
                guard let da = CalendarPeriod(iso: a.value), let db = CalendarPeriod(iso: b.value),
                      da != db, abs(da.dayNumber - db.dayNumber) <= 7, a.span.end <= b.span.start else { continue }
                let between = TextSlices.slice(text, TextSpan(a.span.end, b.span.start))
                // Adjacent expressions ("Monday-Wednesday", "Tuesday or Wednesday") are ranges or options.
                if between.filter({ $0.isLetter }).count < 3 { continue }
                if between.contains(where: { Self.separators.contains($0) }) { continue }
                if NameText.words(between).contains(where: { Self.connectives.contains($0) }) { continue }
                return (a, b)
            }
        }
        return nil
    }
}
