// What per-article analysis produces: sentences, entities, time expressions,
// quotes and events, all anchored to spans of `Article.text`.

public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person = "PERSON"
    case org = "ORG"
    case gpe = "GPE"      // countries, cities, states, regions with a government
    case loc = "LOC"      // seas, straits, other non-political places
    case event = "EVENT"  // named events: summits, forums, elections named as such
}

public struct Sentence: Codable, Hashable, Sendable {
    public var span: TextSpan
    public var block: BlockKind

    public init(span: TextSpan, block: BlockKind) {
        self.span = span
        self.block = block
    }
}

/// What texts say an entity is: its name, type, other forms, roles and country. Declared once
/// here: an article's `Entity` and fusion's `GlobalEntity` (one entity across documents) both
/// hold it and read its fields as their own (`entity.name`). The output contract's
/// `ContractEntity` is its wire form (ContractConversion.swift).
public struct EntityProfile: Codable, Hashable, Sendable {
    /// The fullest name the text gives ("Ana Lopes", not "Lopes").
    public var name: String
    public var type: EntityType
    /// Other forms used ("Lopes", "CCP"): in the same text, or for a global entity in any of its documents.
    public var aliases: [String]
    /// Titles and roles the text gives a person, as written ("US Secretary of State").
    public var roles: [String]
    /// ISO 3166-1 alpha-3 of the person's or organization's country, when the text says it.
    public var country: String?

    public init(name: String, type: EntityType, aliases: [String] = [], roles: [String] = [], country: String? = nil) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
        self.country = country
    }
}

/// One real-world entity as this article names it.
@dynamicMemberLookup
public struct Entity: Hashable, Sendable {
    public var id: String
    /// Name, type, aliases, roles and country (`entity.name` reads `entity.profile.name`).
    public var profile: EntityProfile
    public var mentions: [TextSpan]
    /// The component and rule that recognised it ("entities.title-person").
    public var rule: String?

    public init(id: String, profile: EntityProfile, mentions: [TextSpan] = [], rule: String? = nil) {
        self.id = id
        self.profile = profile
        self.mentions = mentions
        self.rule = rule
    }

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], roles: [String] = [],
                country: String? = nil, mentions: [TextSpan] = [], rule: String? = nil) {
        self.init(id: id, profile: EntityProfile(name: name, type: type, aliases: aliases, roles: roles, country: country),
                  mentions: mentions, rule: rule)
    }

    @inlinable
    public subscript<Value>(dynamicMember field: WritableKeyPath<EntityProfile, Value>) -> Value {
        get { profile[keyPath: field] }
        set { profile[keyPath: field] = newValue }
    }
}

extension Entity: Codable {
    // Stored analyses keep one flat object per entity ({"id", "name", "type", ..., "mentions"}):
    // the profile's fields sit beside the entity's own, as they did before the profile existed.
    private enum CodingKeys: String, CodingKey { case id, mentions, rule }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        profile = try EntityProfile(from: decoder)
        mentions = try c.decode([TextSpan].self, forKey: .mentions)
        rule = try c.decodeIfPresent(String.self, forKey: .rule)
    }

    public func encode(to encoder: Encoder) throws {
        try profile.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(mentions, forKey: .mentions)
        try c.encodeIfPresent(rule, forKey: .rule)
    }
}

public enum DatePrecision: String, Codable, Sendable {
    case day, month, year
}

/// A time expression and the calendar date it resolves to.
public struct TimeExpression: Codable, Hashable, Sendable {
    public var text: String
    public var span: TextSpan
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; nil when it cannot be resolved (no publication date for a relative expression).
    public var value: String?
    public var precision: DatePrecision?
    /// True when the value depends on the publication date ("on Friday", "last November").
    public var isRelative: Bool
    /// The rule that read it ("times.weekday").
    public var rule: String?

    public init(text: String, span: TextSpan, value: String?, precision: DatePrecision?, isRelative: Bool, rule: String? = nil) {
        self.rule = rule
        self.text = text
        self.span = span
        self.value = value
        self.precision = precision
        self.isRelative = isRelative
    }
}

public struct Quote: Codable, Hashable, Sendable {
    /// The quoted words without the quotation marks.
    public var text: String
    public var span: TextSpan
    /// Speaker as named in the article (canonical entity name when resolved), or a description ("a senior U.S. administration official").
    public var speaker: String?
    public var speakerEntity: String?
    /// The rule that found its speaker ("quotes.said-after").
    public var rule: String?

    public init(text: String, span: TextSpan, speaker: String?, speakerEntity: String? = nil, rule: String? = nil) {
        self.rule = rule
        self.text = text
        self.span = span
        self.speaker = speaker
        self.speakerEntity = speakerEntity
    }
}

public enum EventType: String, Codable, Sendable, CaseIterable {
    case meet = "MEET", visit = "VISIT", sanction = "SANCTION", agree = "AGREE", election = "ELECTION"
}

public enum EventStatus: String, Codable, Sendable, CaseIterable {
    case occurred, planned, reported
    /// The text says it did not or will not happen ("declined to meet", "no deal was reached").
    case negated
    /// Only supposed, asked for or offered ("urged a summit", "if they meet", "proposed talks").
    case hypothetical

    /// Occurred, planned and reported events are facts the record keeps; negated and hypothetical ones are
    /// kept in the analysis for inspection, but scorers, fusion and briefs pass over them.
    public var isAsserted: Bool { self == .occurred || self == .planned || self == .reported }
}

public enum MeetingMode: String, Codable, Sendable {
    case inPerson = "in_person", virtual, phone, unknown
}

/// One event as one article tells it: its kind, status, mode, participants, date, place and the
/// sentence that says so. Declared once here: fusion's `EventReport` (one outlet's account of a
/// real-world event) embeds the document's `Event`; the output contract's `ContractEvent` is its
/// wire form (ContractConversion.swift).
public struct Event: Codable, Hashable, Sendable {
    public var id: String
    public var type: EventType
    public var status: EventStatus
    /// MEET only.
    public var mode: MeetingMode?
    /// Canonical names of persons (or organizations/countries when no person is named).
    public var participants: [String]
    public var participantEntities: [String]
    /// `YYYY-MM-DD` or `YYYY-MM`, nil when the text gives none or it cannot be resolved.
    public var date: String?
    public var dateText: String?
    public var location: String?
    /// The building or site where it happened, when the text names one ("State Department", "Élysée Palace").
    public var venue: String?
    public var topics: [String]
    public var evidence: String
    public var evidenceSpan: TextSpan
    /// The event rule that read it ("meet.clause") and the word that triggered it.
    public var rule: String?
    public var trigger: TextSpan?

    public init(id: String, type: EventType, status: EventStatus, mode: MeetingMode? = nil,
                participants: [String], participantEntities: [String] = [], date: String? = nil,
                dateText: String? = nil, location: String? = nil, topics: [String] = [],
                evidence: String, evidenceSpan: TextSpan) {
        self.id = id
        self.type = type
        self.status = status
        self.mode = mode
        self.participants = participants
        self.participantEntities = participantEntities
        self.date = date
        self.dateText = dateText
        self.location = location
        self.venue = nil
        self.topics = topics
        self.evidence = evidence
        self.evidenceSpan = evidenceSpan
    }
}

public struct ArticleAnalysis: Codable, Hashable, Sendable {
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var times: [TimeExpression]
    public var quotes: [Quote]
    public var events: [Event]

    public init(sentences: [Sentence] = [], entities: [Entity] = [], times: [TimeExpression] = [],
                quotes: [Quote] = [], events: [Event] = []) {
        self.sentences = sentences
        self.entities = entities
        self.times = times
        self.quotes = quotes
        self.events = events
    }
}
