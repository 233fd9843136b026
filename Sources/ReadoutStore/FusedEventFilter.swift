// Which fused events a listing keeps (the web API's `type`, `outlet`, `actor`, `from`, `to`; the
// timeline's --from/--to): one value, turned here into SQL conditions on `fused_events` rows, so that
// a filtered page is still read through the indexes and counted in SQL, never by decoding every
// event. The same value filters events already in memory (one story's), so both ways agree.
// In: the filter. Out: a WHERE clause with its arguments, or a predicate on a FusedEvent.
import ReadoutCore
import ReadoutFusion

public struct FusedEventFilter: Sendable, Equatable {
    /// YYYY, YYYY-MM or YYYY-MM-DD: events whose date overlaps from...to (undated ones never do).
    public var from: String?
    public var to: String?
    /// MEET, VISIT, SANCTION, AGREE, ELECTION.
    public var type: EventType?
    /// Events at least one report of which comes from an article naming this outlet (exactly).
    public var outlet: String?
    /// Events this entity id takes part in.
    public var actorKey: String?

    public init(from: String? = nil, to: String? = nil, type: EventType? = nil, outlet: String? = nil, actorKey: String? = nil) {
        self.from = from
        self.to = to
        self.type = type
        self.outlet = outlet
        self.actorKey = actorKey
    }

    public var isEmpty: Bool { self == FusedEventFilter() }

    /// Conditions on the event rows aliased `alias` ("e" in a join, "" alone); the dates may be
    /// another column's (a document's publication date).
    func sql(alias: String = "", dateColumn: String = "date") -> (conditions: [String], arguments: [SQLValue]) {
        let e = alias.isEmpty ? "" : alias + "."
        let date = e + dateColumn
        var conditions: [String] = []
        var arguments: [SQLValue] = []
        // A date overlaps from-onwards when it is later, or coarser and contains `from` ("2024-01" and
        // "2024-01-10"); up-to-`to` when it is earlier, or finer and inside `to`. String order is date
        // order. The plain bounds let the index on date narrow the rows first: no overlapping date is
        // before the year of `from`, or after every date starting with `to` ("~" sorts after digits and "-").
        if let from {
            conditions.append("\(date) >= ? AND (\(date) >= ? OR substr(?, 1, length(\(date))) = \(date))")
            arguments += [.text(String(from.prefix(4))), .text(from), .text(from)]
        }
        if let to {
            conditions.append("\(date) <= ? AND (\(date) <= ? OR substr(\(date), 1, length(?)) = ?)")
            arguments += [.text(to + "~"), .text(to), .text(to), .text(to)]
        }
        if let type {
            conditions.append("\(e)type = ?")
            arguments += [.text(type.rawValue)]
        }
        if let outlet {
            // Through the documents' outlet index, then each of their event reports.
            conditions.append("""
                \(e)id IN (SELECT r.event FROM documents d JOIN fused_event_reports r ON r.document_id = d.id WHERE d.outlet = ?)
                """)
            arguments += [.text(outlet)]
        }
        if let actorKey {
            conditions.append("\(e)id IN (SELECT event FROM fused_event_participants WHERE entity_key = ?)")
            arguments += [.text(actorKey)]
        }
        return (conditions, arguments)
    }

    /// The same test on an event in memory; `outlets` gives the outlets naming its reports' documents.
    public func keeps(_ event: FusedEvent, outlets: (FusedEvent) -> [String], overlaps: (String) -> Bool) -> Bool {
        if let type, event.type != type { return false }
        if let actorKey, !event.participantIDs.contains(actorKey) { return false }
        if from != nil || to != nil { guard let date = event.date, overlaps(date) else { return false } }
        if let outlet, !outlets(event).contains(outlet) { return false }
        return true
    }
}
