// The report as JSON for programs: score.py's `--json` keys at the top level (same names,
// same numbers), then the counts and per-document findings under `details`.
// In: an EvalReport. Out: UTF-8 JSON, pretty-printed.
import Foundation

extension EvalReport {
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(ReportJSON(report: self))
    }
}

private struct ReportJSON: Encodable {
    let report: EvalReport

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    struct Details: Encodable {
        let report: EvalReport
        enum CodingKeys: String, CodingKey {
            case entities, quotes, dates, locations, status, conflicts, documents
            case entitiesByType = "entities_by_type", meetPairs = "meet_pairs", eventsByType = "events_by_type"
            case otherEvents = "other_events", otherEventsByType = "other_events_by_type"
            case crossDocumentEvents = "cross_document_events"
            case missedCrossDocumentEvents = "missed_cross_document_events", missedConflicts = "missed_conflicts"
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(report.entities, forKey: .entities)
            try c.encode(report.entitiesByType, forKey: .entitiesByType)
            try c.encode(report.meetPairs, forKey: .meetPairs)
            try c.encode(report.dates, forKey: .dates)
            try c.encode(report.locations, forKey: .locations)
            try c.encode(report.quotes, forKey: .quotes)
            try c.encode(report.otherEvents, forKey: .otherEvents)
            try c.encode(report.otherEventsByType, forKey: .otherEventsByType)
            try c.encode(report.status, forKey: .status)
            try c.encode(report.eventsByType, forKey: .eventsByType)
            try c.encode(report.crossDocumentEvents, forKey: .crossDocumentEvents)
            try c.encode(report.conflicts, forKey: .conflicts)
            try c.encode(report.missedCrossDocumentEvents, forKey: .missedCrossDocumentEvents)
            try c.encode(report.missedConflicts, forKey: .missedConflicts)
            try c.encode(report.documents, forKey: .documents)
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for figure in report.figures {
            let key = Key(figure.key)
            switch figure.value {
            case .number(let v): try c.encode(v, forKey: key)
            case .integer(let v): try c.encode(v, forKey: key)
            case .integers(let v): try c.encode(v, forKey: key)
            case .names(let v): try c.encode(v, forKey: key)
            }
        }
        try c.encode(Details(report: report), forKey: Key("details"))
    }
}
