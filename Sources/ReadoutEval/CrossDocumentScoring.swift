// Cross-document recall (score.py, "# cross-document").
// In: the gold's and the prediction's cross_document parts and the gold-wide alias table.
// Out: how many gold multi-source events and conflicts some prediction covers, and which not.
// An event is covered by a predicted event naming min(2, n) of its n participants and sharing
// min(2, d) of its d reporting documents; a conflict by a predicted conflict on the same field
// sharing at least two of its values.
import ReadoutCore

struct CrossDocumentScoring {
    var events = Ratio()
    var conflicts = Ratio()
    var missedEvents: [String] = []
    var missedConflicts: [String] = []

    init(gold: ContractCrossDocument, predicted: ContractCrossDocument, aliases: AliasTable) {
        events.total = gold.events.count
        for (index, goldEvent) in gold.events.enumerated() {
            let goldDocs = CrossDocumentScoring.reportingDocuments(goldEvent)
            let covered = predicted.events.contains { candidate in
                let named = goldEvent.participants.filter { g in
                    candidate.participants.contains { aliases.crossMatches(predicted: $0, gold: g) }
                }.count
                let shared = goldDocs.intersection(CrossDocumentScoring.reportingDocuments(candidate)).count
                return named >= min(2, goldEvent.participants.count) && shared >= min(2, goldDocs.count)
            }
            if covered { events.hits += 1 } else { missedEvents.append(goldEvent.key ?? "#\(index + 1)") }
        }

        conflicts.total = gold.conflicts.count
        for (index, goldConflict) in gold.conflicts.enumerated() {
            let values = Set(goldConflict.values.keys)
            let covered = predicted.conflicts.contains { candidate in
                candidate.field == goldConflict.field && values.intersection(candidate.values.keys).count >= 2
            }
            if covered { conflicts.hits += 1 } else { missedConflicts.append(goldConflict.key ?? "#\(index + 1)") }
        }
    }

    static func reportingDocuments(_ event: ContractCrossEvent) -> Set<String> {
        Set(event.reports.keys.map { NameNormalizer.documentKey(id: $0, file: nil) })
    }
}
