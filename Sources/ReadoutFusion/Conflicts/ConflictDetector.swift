// Finds where reports of one event disagree.
// In: fused events (with each report's date and place) and the place matcher.
// Out: date conflicts (two or more different days the reports write — a preview's day counts
// as the day it gives for the event, so a preview saying Friday and an account saying Thursday
// disagree, as two accounts would; a month never conflicts with a day inside it) and place conflicts (two resolved places in
// different countries). Participant disagreements are not reported: outlets name different
// subsets of the people present far more often than they contradict each other.
import ReadoutCore
import ReadoutKnowledge

struct ConflictDetector {
    let places: PlaceMatcher

    func conflicts(in events: [FusedEvent], documents: [String: DocumentView]) -> [FusionConflict] {
        var out: [FusionConflict] = []
        for event in events where event.documents.count >= 2 {
            if let c = dateConflict(event, documents) { out.append(c) }
            if let c = placeConflict(event) { out.append(c) }
        }
        return out
    }

    private func dateConflict(_ event: FusedEvent, _ documents: [String: DocumentView]) -> FusionConflict? {
        // Only days the reports write ("on Monday", "March 3"): a day the analyzer filled in from the article's own
        // date, for a report that gives none, is no statement to contradict.
        let compared = event.reports.filter { CalendarPeriod(iso: $0.event.date)?.precision == .day && $0.event.dateText != nil }
        var values: [String: [String]] = [:]
        for r in compared { values[r.event.date!, default: []].append(r.document) }
        guard values.count >= 2 else { return nil }
        let inferred = compared.filter { documents[$0.document]?.article.metadata.publishedSource == .inferred }
        let parts = values.keys.sorted().map { day -> String in
            let outlets = compared.filter { $0.event.date == day }.map { $0.outlet }
            let weekday = CalendarPeriod(iso: day).map { Self.weekdays[$0.weekdayFromSunday] } ?? ""
            return "\(Self.list(outlets)): \(weekday) \(day)"
        }
        var note = "\(Self.describe(event)) is dated differently: " + parts.joined(separator: "; ")
        if !inferred.isEmpty {
            note += " (\(Self.list(inferred.map { $0.document })) resolved against an inferred publication date)"
        }
        return FusionConflict(
            key: event.key, eventID: event.id, field: .date, scope: .acrossDocuments,
            values: values.mapValues { Array(Set($0)).sorted() },
            sentences: compared.map { ConflictSentence(document: $0.document, text: $0.event.evidence, span: $0.event.evidenceSpan) },
            note: note)
    }

    private func placeConflict(_ event: FusedEvent) -> FusionConflict? {
        let placed = event.reports.filter { $0.event.location != nil }
        let resolved = placed.map { places.place($0.event.location, in: $0.document) }
        var clashing = Set<Int>()
        for i in placed.indices {
            for j in placed.indices where j > i && places.relation(resolved[i], resolved[j]) == .different {
                clashing.formUnion([i, j])
            }
        }
        guard !clashing.isEmpty else { return nil }
        let involved = clashing.sorted().map { placed[$0] }
        var values: [String: [String]] = [:]
        for r in involved { values[r.event.location!, default: []].append(r.document) }
        let parts = values.keys.sorted().map { "\(Self.list(values[$0]!)): \($0)" }
        return FusionConflict(
            key: event.key, eventID: event.id, field: .location, scope: .acrossDocuments, values: values,
            sentences: involved.map { ConflictSentence(document: $0.document, text: $0.event.evidence, span: $0.event.evidenceSpan) },
            note: "\(Self.describe(event)) is placed differently: " + parts.joined(separator: "; "))
    }

    /// "Sunday" ... "Saturday" (the vocabulary's time.weekday, capitalised, Sunday first).
    static let weekdays = Vocabulary.shared.weekdayNamesFromSunday.map(\.capitalized)

    static func describe(_ event: FusedEvent) -> String { "The " + name(event.type, event.participants) }

    /// "Ana Lopes–Kenji Tanaka meeting", or "meeting" with no participants: an event by its first three participants and its kind.
    static func name(_ type: EventType, _ participants: [String]) -> String {
        let who = participants.prefix(3).joined(separator: "–")
        let what: String
        switch type {
        case .meet: what = "meeting"
        case .visit: what = "visit"
        case .sanction: what = "sanctions"
        case .agree: what = "agreement"
        case .election: what = "election"
        }
        return who.isEmpty ? what : "\(who) \(what)"
    }

    static func list(_ items: [String]) -> String {
        var unique: [String] = []
        for item in items where !unique.contains(item) { unique.append(item) }
        return unique.joined(separator: ", ")
    }
}
