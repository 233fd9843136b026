// The root of the output contract and its cross-document part (FORMAT.md "Cross-document").
// In: per-document contract values, and cross-document events and conflicts from the fusion
// stage (empty until that stage exists). Out: `{"corpus", "documents", "cross_document"}`.

/// One real-world event reported by several documents, with each report's own date.
public struct ContractCrossEvent: Codable, Hashable, Sendable {
    public var key: String?
    public var type: String?
    public var participants: [String]
    /// Document id → the date that document gives (null when it gives none).
    public var reports: [String: String?]
    /// Document id → occurred, planned or reported.
    public var reportStatus: [String: String]
    public var location: String?
    public var note: String?

    public init(key: String?, type: String?, participants: [String], reports: [String: String?],
                reportStatus: [String: String] = [:], location: String? = nil, note: String? = nil) {
        self.key = key
        self.type = type
        self.participants = participants
        self.reports = reports
        self.reportStatus = reportStatus
        self.location = location
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case key, type, participants, reports, location, note
        case reportStatus = "report_status"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = c.lenient(String.self, .key)
        type = c.lenient(String.self, .type)
        participants = c.strings(.participants)
        reports = c.lenient([String: String?].self, .reports) ?? [:]
        reportStatus = c.lenient([String: String].self, .reportStatus) ?? [:]
        location = c.lenient(String.self, .location)
        note = c.lenient(String.self, .note)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(key, .key)
        try c.encodeOrNull(type, .type)
        try c.encode(participants, forKey: .participants)
        try c.encode(reports, forKey: .reports)
        try c.encode(reportStatus, forKey: .reportStatus)
        try c.encodeIfPresent(location, forKey: .location)
        try c.encodeIfPresent(note, forKey: .note)
    }
}

/// Documents (or one document with itself) disagreeing on a field of the same event.
public struct ContractConflict: Codable, Hashable, Sendable {
    /// The `key` of the cross-document event it concerns.
    public var key: String?
    /// date, participants or location.
    public var field: String?
    /// Each value given → the documents that give it.
    public var values: [String: [String]]
    public var note: String?

    public init(key: String?, field: String?, values: [String: [String]], note: String? = nil) {
        self.key = key
        self.field = field
        self.values = values
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case key, field, values, note }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = c.lenient(String.self, .key)
        field = c.lenient(String.self, .field)
        values = c.lenient([String: [String]].self, .values) ?? [:]
        note = c.lenient(String.self, .note)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(key, .key)
        try c.encodeOrNull(field, .field)
        try c.encode(values, forKey: .values)
        try c.encodeIfPresent(note, forKey: .note)
    }
}

/// One real-world entity across documents, with the form each document uses.
public struct ContractCrossEntity: Codable, Hashable, Sendable {
    public var name: String?
    /// Document id → the name as that document gives it.
    public var forms: [String: String]

    public init(name: String?, forms: [String: String]) {
        self.name = name
        self.forms = forms
    }

    enum CodingKeys: String, CodingKey { case name, forms }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = c.lenient(String.self, .name)
        forms = c.lenient([String: String].self, .forms) ?? [:]
    }
}

public struct ContractCrossDocument: Codable, Hashable, Sendable {
    public var events: [ContractCrossEvent]
    public var conflicts: [ContractConflict]
    public var entities: [ContractCrossEntity]

    public init(events: [ContractCrossEvent] = [], conflicts: [ContractConflict] = [],
                entities: [ContractCrossEntity] = []) {
        self.events = events
        self.conflicts = conflicts
        self.entities = entities
    }

    enum CodingKeys: String, CodingKey { case events, conflicts, entities }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        events = c.lossyArray(ContractCrossEvent.self, .events)
        conflicts = c.lossyArray(ContractConflict.self, .conflicts)
        entities = c.lossyArray(ContractCrossEntity.self, .entities)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(events, forKey: .events)
        try c.encode(conflicts, forKey: .conflicts)
        if !entities.isEmpty { try c.encode(entities, forKey: .entities) }
    }
}

/// What `readout extract --json` prints: every document, then what the documents say together.
public struct ContractOutput: Codable, Hashable, Sendable {
    /// The corpus name (a gold file's `corpus`, or the folder extracted).
    public var corpus: String?
    public var documents: [ContractDocument]
    public var crossDocument: ContractCrossDocument

    public init(corpus: String?, documents: [ContractDocument],
                crossDocument: ContractCrossDocument = ContractCrossDocument()) {
        self.corpus = corpus
        self.documents = documents
        self.crossDocument = crossDocument
    }

    enum CodingKeys: String, CodingKey {
        case corpus, documents
        case crossDocument = "cross_document"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        corpus = c.lenient(String.self, .corpus)
        documents = c.lossyArray(ContractDocument.self, .documents)
        crossDocument = c.lenient(ContractCrossDocument.self, .crossDocument) ?? ContractCrossDocument()
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(corpus, .corpus)
        try c.encode(documents, forKey: .documents)
        try c.encode(crossDocument, forKey: .crossDocument)
    }
}
