// MEET pair matching for one document (score.py, "# MEET pairs").
// In: the gold events and the scored predicted events of a document (ScoredStatus), and its
// alias map. Out: pair counts, date, place and status accuracy over matched pairs, and the
// pairs behind them.
// Each event becomes its unordered participant pairs (i < j, empty names dropped); each
// predicted pair, in order, takes the first unused gold pair whose names match either way.
import ReadoutCore

struct MeetScoring {
    var counts = MatchCounts()
    var dates = Ratio()
    var locations = Ratio()
    var status = Ratio()
    var missed: [PairRef] = []
    var falseAlarms: [PairRef] = []
    var wrongDates: [FieldMiss] = []
    var wrongLocations: [FieldMiss] = []
    var wrongStatuses: [StatusMiss] = []

    init(gold: [ContractEvent], predicted: [ContractEvent], aliases: DocumentAliases) {
        let goldPairs = gold.filter { $0.type == "MEET" }.flatMap(MeetScoring.pairs)
        let predictedPairs = predicted.filter { $0.type == "MEET" }.flatMap(MeetScoring.pairs)

        var used = Set<Int>()
        for (a, b, event) in predictedPairs {
            let hit = goldPairs.indices.first { k in
                guard !used.contains(k) else { return false }
                let (ga, gb, _) = goldPairs[k]
                return (aliases.matches(predicted: a, gold: ga) && aliases.matches(predicted: b, gold: gb))
                    || (aliases.matches(predicted: a, gold: gb) && aliases.matches(predicted: b, gold: ga))
            }
            guard let hit else {
                counts.falsePositives += 1
                falseAlarms.append(PairRef(first: a, second: b))
                continue
            }
            used.insert(hit)
            counts.truePositives += 1
            let (ga, gb, goldEvent) = goldPairs[hit]
            let pair = PairRef(first: ga, second: gb)
            scoreDate(gold: goldEvent, predicted: event, pair: pair)
            scoreLocation(gold: goldEvent, predicted: event, pair: pair)
            scoreStatus(gold: goldEvent, predicted: event, pair: pair)
        }
        for (k, (ga, gb, _)) in goldPairs.enumerated() where !used.contains(k) {
            missed.append(PairRef(first: ga, second: gb))
        }
        counts.falseNegatives = goldPairs.count - used.count
    }

    /// Exact ISO match; when the gold date is null, null and `date_if_inferred` are both right.
    private mutating func scoreDate(gold: ContractEvent, predicted: ContractEvent, pair: PairRef) {
        var accepted: [String?] = [gold.date]
        if gold.date == nil, let inferred = gold.dateIfInferred, !inferred.isEmpty { accepted.append(inferred) }
        dates.total += 1
        if accepted.contains(predicted.date) {
            dates.hits += 1
        } else {
            wrongDates.append(FieldMiss(pair: pair, gold: gold.date, goldIfInferred: gold.dateIfInferred,
                                        predicted: predicted.date))
        }
    }

    /// Counted only when the gold names a place; right when either normalized place contains the other.
    private mutating func scoreLocation(gold: ContractEvent, predicted: ContractEvent, pair: PairRef) {
        guard let goldPlace = gold.location, !goldPlace.isEmpty else { return }
        locations.total += 1
        let g = NameNormalizer.normalize(goldPlace), p = NameNormalizer.normalize(predicted.location)
        if !p.isEmpty && (NameNormalizer.contains(g, p) || NameNormalizer.contains(p, g)) {
            locations.hits += 1
        } else {
            wrongLocations.append(FieldMiss(pair: pair, gold: goldPlace, goldIfInferred: nil,
                                            predicted: predicted.location))
        }
    }

    /// Exact text, absent equal to absent; the gold event's status stands for each of its pairs.
    private mutating func scoreStatus(gold: ContractEvent, predicted: ContractEvent, pair: PairRef) {
        status.total += 1
        if predicted.status == gold.status {
            status.hits += 1
        } else {
            wrongStatuses.append(StatusMiss(type: "MEET", participants: [pair.first, pair.second],
                                            gold: gold.status, predicted: predicted.status))
        }
    }

    static func pairs(_ event: ContractEvent) -> [(String, String, ContractEvent)] {
        let names = event.participants.filter { !$0.isEmpty }
        var out: [(String, String, ContractEvent)] = []
        for i in names.indices {
            for j in names.indices where j > i { out.append((names[i], names[j], event)) }
        }
        return out
    }
}
