// `readout eval --by-rule`: what each rule is worth on a gold set. For every rule that made facts in
// the extraction, how many of them the gold confirms and how many it does not; for every event rule,
// what the scores lose and gain when the rule is taken out (the extraction run again without it).
// A rule whose false alarms outweigh its hits on sets it was not written from should go.
// In: the gold, the full extraction and its report, and a way to extract again without one rule.
// Out: one row per rule.
import ReadoutCore
import ReadoutEval

struct RuleLedger {
    struct Row {
        var rule: String
        /// Facts stamped with the rule that the gold confirms / does not (MEET: pairs; others: events,
        /// entities, quotes).
        var confirmed = 0
        var unconfirmed = 0
        /// For event rules: matched MEET pairs plus matched other events lost without the rule, and false
        /// alarms removed with it.
        var hitsLost: Int?
        var falseRemoved: Int?
        var summary = ""
    }

    /// The facts each rule made, split by whether the gold confirms them.
    static func made(prediction: ContractOutput, report: EvalReport) -> [String: Row] {
        var rows: [String: Row] = [:]
        let byDocument = Dictionary(report.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func count(_ rule: String?, _ confirmed: Bool, _ n: Int = 1) {
            guard let rule, n > 0 else { return }
            if confirmed { rows[rule, default: Row(rule: rule)].confirmed += n } else { rows[rule, default: Row(rule: rule)].unconfirmed += n }
        }
        for doc in prediction.documents {
            guard let id = doc.id, let found = byDocument[id] else { continue }
            var falsePairs = found.falsePairs.map { Self.pairKey($0.first, $0.second) }
            var falseEvents = found.falseEvents.map { $0.type + "|" + $0.participants.joined(separator: "|") }
            var falseEntities = found.falseEntities.map { $0.type + "|" + $0.name }
            var falseQuotes = found.falseQuotes.map { ($0.speaker ?? "") + "|" + $0.text }
            for event in doc.events where ["occurred", "planned", "reported"].contains(event.status ?? "occurred") {
                if event.type == "MEET" {
                    let names = event.participants.filter { !$0.isEmpty }
                    for i in names.indices { for j in names.indices where j > i {
                        let key = Self.pairKey(names[i], names[j])
                        if let k = falsePairs.firstIndex(of: key) { falsePairs.remove(at: k); count(event.rule, false) } else { count(event.rule, true) }
                    } }
                } else {
                    let key = (event.type ?? "") + "|" + event.participants.joined(separator: "|")
                    if let k = falseEvents.firstIndex(of: key) { falseEvents.remove(at: k); count(event.rule, false) } else { count(event.rule, true) }
                }
            }
            for entity in doc.entities {
                let key = (entity.type ?? "?") + "|" + (entity.name ?? "")
                if let k = falseEntities.firstIndex(of: key) { falseEntities.remove(at: k); count(entity.rule, false) } else { count(entity.rule, true) }
            }
            for quote in doc.quotes where quote.speaker != nil {
                let key = (quote.speaker ?? "") + "|" + (quote.text ?? "")
                if let k = falseQuotes.firstIndex(of: key) { falseQuotes.remove(at: k); count(quote.rule, false) } else { count(quote.rule, true) }
            }
        }
        return rows
    }

    /// What taking one event rule out does to the scores: hits lost and false alarms removed.
    static func removal(base: EvalReport, without: EvalReport) -> (hitsLost: Int, falseRemoved: Int) {
        let hits = (base.meetPairs.truePositives + base.otherEvents.truePositives)
            - (without.meetPairs.truePositives + without.otherEvents.truePositives)
        let falses = (base.meetPairs.falsePositives + base.otherEvents.falsePositives)
            - (without.meetPairs.falsePositives + without.otherEvents.falsePositives)
        return (hits, falses)
    }

    /// An unordered participant pair as one string, as the scorer's false pairs are compared.
    static func pairKey(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }
}
