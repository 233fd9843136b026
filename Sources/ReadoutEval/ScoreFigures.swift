// The figures score.py prints, in its order, under its keys, in its formatting.
// In: an EvalReport. Out: key/value pairs for a table that diffs cleanly against score.py's,
// and for JSON whose numbers equal `score.py --json`'s.
import Foundation

public enum FigureValue: Hashable, Sendable {
    case number(Double)
    case integer(Int)
    case integers([Int])
    case names([String])

    /// Python's `f"{v:.3f}"` for floats and `str(v)` for the rest.
    public var formatted: String {
        switch self {
        case .number(let v): return FigureValue.threeDecimals(v)
        case .integer(let v): return String(v)
        case .integers(let v): return "[" + v.map(String.init).joined(separator: ", ") + "]"
        case .names(let v): return "[" + v.map(FigureValue.pythonRepr).joined(separator: ", ") + "]"
        }
    }

    /// glibc's printf rounds the exact binary value, as Python's format does.
    static func threeDecimals(_ v: Double) -> String { String(format: "%.3f", v) }

    /// Python's `repr` of a str, for the ids in `missing_documents`.
    static func pythonRepr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case quote: out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out + String(quote)
    }
}

public struct ScoreFigure: Hashable, Sendable {
    public var key: String
    public var value: FigureValue
}

extension EvalReport {
    /// score.py's `res`, key for key.
    public var figures: [ScoreFigure] {
        var out: [ScoreFigure] = [
            .init(key: "entity_p", value: .number(entities.precision)),
            .init(key: "entity_r", value: .number(entities.recall)),
            .init(key: "entity_f1", value: .number(entities.f1)),
        ]
        for type in entityTypes {
            out.append(.init(key: "entity_f1_\(type)", value: .number(entitiesByType[type]!.f1)))
        }
        out += [
            .init(key: "meet_p", value: .number(meetPairs.precision)),
            .init(key: "meet_r", value: .number(meetPairs.recall)),
            .init(key: "meet_f1", value: .number(meetPairs.f1)),
            .init(key: "meet_counts", value: .integers([meetPairs.truePositives, meetPairs.falsePositives,
                                                         meetPairs.falseNegatives])),
            .init(key: "date_acc", value: .number(dates.value)),
            .init(key: "loc_acc", value: .number(locations.value)),
            .init(key: "quote_p", value: .number(quotes.precision)),
            .init(key: "quote_r", value: .number(quotes.recall)),
            .init(key: "quote_f1", value: .number(quotes.f1)),
        ]
        for type in EvalReport.otherEventTypes {
            out.append(.init(key: "\(type.lowercased())_f1", value: .number((otherEventsByType[type] ?? MatchCounts()).f1)))
        }
        let others = otherEvents
        out += [
            .init(key: "other_event_p", value: .number(others.precision)),
            .init(key: "other_event_r", value: .number(others.recall)),
            .init(key: "other_event_f1", value: .number(others.f1)),
            .init(key: "other_event_counts", value: .integers([others.truePositives, others.falsePositives,
                                                                others.falseNegatives])),
            .init(key: "status_acc", value: .number(status.value)),
            .init(key: "xdoc_event_recall", value: .number(crossDocumentEvents.value)),
            .init(key: "conflict_recall", value: .number(conflicts.value)),
            .init(key: "predicted_conflicts", value: .integer(predictedConflicts)),
            .init(key: "missing_documents", value: .names(missingDocuments)),
        ]
        return out
    }

    /// score.py's plain-text table: `f"{k:24s} {v}"` per line.
    public var scoreTable: String {
        figures.map { figure in
            let pad = max(0, 24 - figure.key.count)
            return figure.key + String(repeating: " ", count: pad) + " " + figure.value.formatted
        }.joined(separator: "\n") + "\n"
    }
}
