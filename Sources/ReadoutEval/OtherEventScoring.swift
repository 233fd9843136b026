// VISIT, SANCTION, AGREE and ELECTION matching for one document (score.py, "# other event
// types").
// In: the gold events and the scored predicted events of a document (ScoredStatus), and its
// alias map. Out: per-type counts, status accuracy over matched events, and the events behind
// them.
// These events have no pairs to compare (a VISIT may have one participant), so per type each
// predicted event, in order, takes the unused gold event of that type sharing the most
// participants — counted over the gold's participants, at least one, the first of equals.
// A prediction of the wrong type finds nothing of its type: a false alarm, and the gold event
// stays missed. Gold events count whatever their status; only predictions are filtered.
import ReadoutCore

struct OtherEventScoring {
    var byType: [String: MatchCounts] = [:]
    var status = Ratio()
    var missed: [EventRef] = []
    var falseAlarms: [EventRef] = []
    var wrongStatuses: [StatusMiss] = []

    init(gold: [ContractEvent], predicted: [ContractEvent], aliases: DocumentAliases) {
        for type in EvalReport.otherEventTypes {
            let golds = gold.filter { $0.type == type }
            var counts = MatchCounts()
            var used = Set<Int>()
            for event in predicted where event.type == type {
                guard let best = OtherEventScoring.bestMatch(for: event, in: golds, excluding: used, aliases: aliases)
                else {
                    counts.falsePositives += 1
                    falseAlarms.append(OtherEventScoring.ref(event, type: type))
                    continue
                }
                used.insert(best)
                counts.truePositives += 1
                status.total += 1
                if event.status == golds[best].status {
                    status.hits += 1
                } else {
                    wrongStatuses.append(StatusMiss(type: type, participants: golds[best].participants,
                                                    gold: golds[best].status, predicted: event.status))
                }
            }
            counts.falseNegatives = golds.count - used.count
            for (k, event) in golds.enumerated() where !used.contains(k) {
                missed.append(OtherEventScoring.ref(event, type: type))
            }
            byType[type] = counts
        }
    }

    /// The unused gold event with the most of its participants named by the prediction; a
    /// later one must name strictly more to win, and naming none is no match.
    static func bestMatch(for event: ContractEvent, in golds: [ContractEvent], excluding used: Set<Int>,
                          aliases: DocumentAliases) -> Int? {
        var best: Int?, bestShared = 0
        for (k, gold) in golds.enumerated() where !used.contains(k) {
            let shared = gold.participants.filter { g in
                event.participants.contains { aliases.matches(predicted: $0, gold: g) }
            }.count
            if shared > bestShared { (best, bestShared) = (k, shared) }
        }
        return best
    }

    static func ref(_ event: ContractEvent, type: String) -> EventRef {
        EventRef(type: type, participants: event.participants, status: event.status)
    }
}
