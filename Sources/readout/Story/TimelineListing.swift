// `readout timeline` rows. In: fused events (already filtered and in date order) and the corpus.
// Out: one row per event — date (marked "~" when it rests on an estimated publication date),
// type, participants, place, status, number of outlets, fields in conflict, event key.
import ReadoutFusion

struct TimelineRow: Encodable {
    var event: String
    var date: String?
    var dateInferred: Bool
    var type: String
    var participants: [String]
    var place: String?
    var status: String
    var mode: String?
    var outlets: Int
    var reportedBy: [String]
    var documents: [String]
    var conflicts: [String]

    enum CodingKeys: String, CodingKey {
        case event, date, type, participants, place, status, mode, outlets, documents, conflicts
        case dateInferred = "date_inferred", reportedBy = "reported_by"
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(event, forKey: .event)
        try c.encode(date, forKey: .date)
        try c.encode(dateInferred, forKey: .dateInferred)
        try c.encode(type, forKey: .type)
        try c.encode(participants, forKey: .participants)
        try c.encode(place, forKey: .place)
        try c.encode(status, forKey: .status)
        try c.encode(mode, forKey: .mode)
        try c.encode(outlets, forKey: .outlets)
        try c.encode(reportedBy, forKey: .reportedBy)
        try c.encode(documents, forKey: .documents)
        try c.encode(conflicts, forKey: .conflicts)
    }

    init(_ event: FusedEvent, corpus: FusedCorpus, conflicts: [FusionConflict]) {
        self.event = event.key
        date = event.date
        dateInferred = corpus.dateIsInferred(event)
        type = event.type.rawValue
        participants = event.participants
        place = event.location
        status = EventWording.status(event).rawValue
        mode = event.type == .meet ? EventWording.mode(event)?.rawValue : nil
        outlets = event.corroboration
        reportedBy = corpus.namedOutlets(ofDocuments: event.reports.map(\.document))
        documents = event.documents
        self.conflicts = DateMarks.conflicts(of: event, in: conflicts)
    }

    static func table(_ rows: [TimelineRow]) -> Table {
        var table = Table(headers: ["DATE", "TYPE", "PARTICIPANTS", "PLACE", "STATUS", "OUTLETS", "CONFLICTS", "EVENT"], rows: rows.map { r in
            [DateMarks.date(r.date, inferred: r.dateInferred), r.type, r.participants.joined(separator: ", "), r.place ?? "",
             r.status, String(r.outlets), DateMarks.conflictCell(r.conflicts), r.event]
        })
        // (An agreement lists its signers and the states they bind; the JSON keeps them all.)
        table.columnLimits = ["PARTICIPANTS": 40]
        return table
    }

    /// The lines under a table that explain its marks (none when no row has one).
    static func legend(_ rows: [TimelineRow]) -> [String] {
        DateMarks.legend(inferred: rows.contains(where: \.dateInferred), conflicts: rows.contains { !$0.conflicts.isEmpty })
    }
}
