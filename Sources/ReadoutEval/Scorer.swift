// ReadoutEval: scores a prediction against a gold file, figure for figure as
// shared/eval/score.py does (FORMAT.md, "Scoring").
// In: two contract documents (gold, predicted). Out: an EvalReport with score.py's figures
// and, per document, the misses and false alarms behind them.
import ReadoutCore

public struct Scorer {
    public static func score(gold: ContractOutput, predicted: ContractOutput) -> EvalReport {
        let aliases = AliasTable(gold: gold)
        // A prediction is found under its file name or its id, the first document winning.
        var predictedByKey: [String: ContractDocument] = [:]
        for document in predicted.documents {
            for key in [document.file, document.id] {
                guard let key, !key.isEmpty else { continue }
                let docKey = NameNormalizer.documentKey(id: key, file: nil)
                if predictedByKey[docKey] == nil { predictedByKey[docKey] = document }
            }
        }

        var report = EvalReport()
        for goldDocument in gold.documents {
            let key = NameNormalizer.documentKey(id: goldDocument.id, file: goldDocument.file)
            var detail = DocumentReport(id: key)
            let prediction: ContractDocument
            if let found = predictedByKey[key] {
                prediction = found
            } else {
                report.missingDocuments.append(key)
                detail.missing = true
                prediction = ContractDocument(id: nil, file: nil)
            }
            let documentAliases = aliases.forDocument(goldDocument)

            let entities = EntityScoring(gold: goldDocument.entities, predicted: prediction.entities,
                                         aliases: documentAliases)
            report.entitiesByType.merge(entities.byType, uniquingKeysWith: +)
            detail.entities = entities.totals
            detail.missedEntities = entities.missed
            detail.falseEntities = entities.falseAlarms

            // Negated, hypothetical and other unknown statuses drop out of all event scoring.
            let scoredEvents = prediction.events.filter(ScoredStatus.isScored)
            let meet = MeetScoring(gold: goldDocument.events, predicted: scoredEvents, aliases: documentAliases)
            report.meetPairs = report.meetPairs + meet.counts
            report.dates.add(meet.dates)
            report.locations.add(meet.locations)
            report.status.add(meet.status)
            detail.meetPairs = meet.counts
            detail.missedPairs = meet.missed
            detail.falsePairs = meet.falseAlarms
            detail.wrongDates = meet.wrongDates
            detail.wrongLocations = meet.wrongLocations

            let others = OtherEventScoring(gold: goldDocument.events, predicted: scoredEvents,
                                           aliases: documentAliases)
            report.otherEventsByType.merge(others.byType, uniquingKeysWith: +)
            report.status.add(others.status)
            detail.otherEvents = others.byType.values.reduce(MatchCounts(), +)
            detail.missedEvents = others.missed
            detail.falseEvents = others.falseAlarms
            detail.wrongStatuses = meet.wrongStatuses + others.wrongStatuses

            let quotes = QuoteScoring(gold: goldDocument.quotes, predicted: prediction.quotes, aliases: documentAliases)
            report.quotes = report.quotes + quotes.counts
            detail.quotes = quotes.counts
            detail.missedQuotes = quotes.missed
            detail.falseQuotes = quotes.falseAlarms

            for event in goldDocument.events { report.eventsByType[event.type ?? "?", default: .init()].gold += 1 }
            for event in prediction.events {
                report.eventsByType[event.type ?? "?", default: .init()].predicted += 1
                if !ScoredStatus.isScored(event) { report.eventsByType[event.type ?? "?", default: .init()].notScored += 1 }
            }
            report.documents.append(detail)
        }
        report.entities = report.entitiesByType.values.reduce(MatchCounts(), +)

        let cross = CrossDocumentScoring(gold: gold.crossDocument, predicted: predicted.crossDocument, aliases: aliases)
        report.crossDocumentEvents = cross.events
        report.conflicts = cross.conflicts
        report.missedCrossDocumentEvents = cross.missedEvents
        report.missedConflicts = cross.missedConflicts
        report.predictedConflicts = predicted.crossDocument.conflicts.count
        return report
    }
}
