// From fusion results to the output contract's cross-document part (FORMAT.md "Cross-document").
// In: a FusionResult. Out: ContractCrossDocument — events reported by two or more documents
// (each document's date and status), every conflict, and entities named by two or more documents
// with the form each uses — plus the documents with inferred publication dates applied.
import ReadoutCore

extension FusionResult {
    public var contractCrossDocument: ContractCrossDocument {
        let events = multiSourceEvents.map { event -> ContractCrossEvent in
            var reports: [String: String?] = [:]
            var status: [String: String] = [:]
            for r in event.reports {
                // One report per document by construction; keep the first dated one if that ever changes.
                if reports[r.document] == nil || (reports[r.document]! == nil && r.event.date != nil) { reports[r.document] = r.event.date }
                if status[r.document] == nil { status[r.document] = r.event.status.rawValue }
            }
            return ContractCrossEvent(
                key: event.key, type: event.type.rawValue, participants: event.participants, reports: reports,
                reportStatus: status, location: event.location, note: Self.sourcesNote(event))
        }
        let conflicts = self.conflicts.map {
            ContractConflict(key: $0.key, field: $0.field.rawValue, values: $0.values, note: $0.note)
        }
        let entities = self.entities.filter { $0.documents.count >= 2 }.map {
            ContractCrossEntity(name: $0.name, forms: $0.forms)
        }
        return ContractCrossDocument(events: events, conflicts: conflicts, entities: entities)
    }

    /// "reported by 2 independent sources: Daily Ledger, Wire; 1 report names no outlet".
    static func sourcesNote(_ event: FusedEvent) -> String {
        let named = Set(event.reports.map(\.outlet)).subtracting([Outlets.unknown]).sorted()
        let unknown = Set(event.reports.filter { $0.outlet == Outlets.unknown }.map(\.document)).count
        let n = event.corroboration
        var note = "reported by \(n) independent source\(n == 1 ? "" : "s")"
        if !named.isEmpty { note += ": " + named.joined(separator: ", ") }
        if unknown > 0 { note += "; \(unknown) report\(unknown == 1 ? " names" : "s name") no outlet" }
        return note
    }

    /// Contract documents for every input, with inferred publication dates and re-resolved dates.
    public var contractDocuments: [ContractDocument] {
        documents.map { ContractDocument(article: $0.article, analysis: $0.analysis) }
    }
}
