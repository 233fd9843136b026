// Entity matching for one document (score.py, "# entities").
// In: the gold and predicted entities of a document and its alias map. Out: per-type
// true/false positives and misses, and which entities they were.
// Predicted entities are first made distinct by (normalized name, type), then tried longest
// name first, each taking the first unmatched gold entity of its type whose forms contain it;
// a second prediction for an already matched gold entity is a false alarm (an alias left
// unresolved). score.py iterates a Python set before its stable sort, so among names of
// equal length its order is arbitrary; here it is the order of first appearance.
import ReadoutCore

struct EntityScoring {
    var byType: [String: MatchCounts] = [:]
    var missed: [EntityRef] = []
    var falseAlarms: [EntityRef] = []

    init(gold: [ContractEntity], predicted: [ContractEntity], aliases: DocumentAliases) {
        let golds = gold.map { (type: $0.type, forms: aliases.formsOf($0.name), entity: $0) }

        var seen = Set<PredictedKey>()
        var candidates: [(key: PredictedKey, written: String)] = []
        for entity in predicted {
            let key = PredictedKey(name: NameNormalizer.normalize(entity.name), type: entity.type)
            if seen.insert(key).inserted { candidates.append((key, entity.name ?? "")) }
        }
        // Swift's sort is stable, like Python's `sorted`.
        candidates.sort { NameNormalizer.length($0.key.name) > NameNormalizer.length($1.key.name) }

        var matched = Set<Int>()
        for (key, written) in candidates {
            let hit = golds.indices.first { k in
                !matched.contains(k) && golds[k].type == key.type && golds[k].forms.contains(key.name)
            }
            if let hit {
                matched.insert(hit)
                byType[EntityScoring.typeKey(key.type), default: MatchCounts()].truePositives += 1
            } else {
                byType[EntityScoring.typeKey(key.type), default: MatchCounts()].falsePositives += 1
                falseAlarms.append(EntityRef(name: written, type: key.type ?? "?"))
            }
        }
        for (k, g) in golds.enumerated() where !matched.contains(k) {
            byType[EntityScoring.typeKey(g.type), default: MatchCounts()].falseNegatives += 1
            missed.append(EntityRef(name: g.entity.name ?? "", type: g.type ?? "?"))
        }
    }

    /// `ptype or "?"`: a missing or empty type is counted under "?".
    static func typeKey(_ type: String?) -> String {
        guard let type, !type.isEmpty else { return "?" }
        return type
    }

    var totals: MatchCounts { byType.values.reduce(MatchCounts(), +) }
}

private struct PredictedKey: Hashable {
    var name: String
    var type: String?
}
