// The output contract (shared/eval/FORMAT.md, SPEC "Output contract"): the JSON that
// `readout extract --json` prints and that `readout eval` and any FORMAT.md scorer read.
// In: values built from an Article and its ArticleAnalysis (ContractConversion.swift), or
// decoded from JSON. Out: snake_case JSON. Every field decodes leniently (ContractCoding.swift)
// so gold files and other programs' output read too; fields FORMAT.md names keep its meaning.
//
// ContractEntity and ContractEvent are the wire forms of Entity (with its EntityProfile) and
// Event, which declare those fields for Readout itself (Analysis.swift; fusion holds the same
// types). The wire forms list the fields once more, as text, because they must hold what
// Readout's typed fields cannot: words Readout does not know (a status "cancelled", an entity
// type "NORP") kept as written, so a scorer leaves out an unknown status instead of reading it
// as none (ScoredStatus); any field missing (gold events have no id); gold-only fields
// (`date_if_inferred`). Each wire key is written once, in CodingKeys, which both decoding and
// encoding use; ContractConversion.swift is the one mapping from the analysis types.

/// `[start, end]`: a half-open range of Unicode-scalar offsets into the article text.
public struct ContractSpan: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public init(from decoder: Decoder) throws {
        // Also accept {"start": s, "end": e}, which other programs write.
        if var pair = try? decoder.unkeyedContainer() {
            start = try pair.decode(Int.self)
            end = try pair.decode(Int.self)
        } else {
            let object = try decoder.container(keyedBy: ContractKey.self)
            start = try object.decode(Int.self, forKey: ContractKey("start"))
            end = try object.decode(Int.self, forKey: ContractKey("end"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var pair = encoder.unkeyedContainer()
        try pair.encode(start)
        try pair.encode(end)
    }
}

public struct ContractEntity: Codable, Hashable, Sendable {
    public var id: String?
    public var name: String?
    /// PERSON, ORG, GPE, LOC or EVENT; kept as text so unknown types from other programs survive.
    public var type: String?
    public var aliases: [String]
    public var roles: [String]
    public var country: String?
    public var mentions: [ContractSpan]
    /// The component and rule that made it (Readout's own output; other programs may leave it out).
    public var rule: String?

    public init(id: String? = nil, name: String?, type: String?, aliases: [String] = [], roles: [String] = [],
                country: String? = nil, mentions: [ContractSpan] = [], rule: String? = nil) {
        self.rule = rule
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.roles = roles
        self.country = country
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case id, name, type, aliases, roles, country, mentions, rule }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = c.lenient(String.self, .id)
        name = c.lenient(String.self, .name)
        type = c.lenient(String.self, .type)
        aliases = c.strings(.aliases)
        roles = c.strings(.roles)
        country = c.lenient(String.self, .country)
        mentions = c.lossyArray(ContractSpan.self, .mentions)
        rule = c.lenient(String.self, .rule)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeOrNull(name, .name)
        try c.encodeOrNull(type, .type)
        try c.encode(aliases, forKey: .aliases)
        try c.encode(roles, forKey: .roles)
        try c.encodeOrNull(country, .country)
        try c.encode(mentions, forKey: .mentions)
        try c.encodeIfPresent(rule, forKey: .rule)
    }
}

public struct ContractEvent: Codable, Hashable, Sendable {
    public var id: String?
    /// MEET, VISIT, SANCTION, AGREE or ELECTION.
    public var type: String?
    /// occurred, planned or reported.
    public var status: String?
    /// in_person, virtual, phone or unknown (MEET only).
    public var mode: String?
    public var participants: [String]
    /// Entity ids of the participants, parallel to `participants` when known.
    public var participantEntities: [String]
    /// `YYYY-MM-DD` or `YYYY-MM`; null when the text gives none or it cannot be resolved.
    public var date: String?
    public var dateText: String?
    /// Gold only: the date resolved against the analyst's inferred publication date.
    public var dateIfInferred: String?
    public var location: String?
    /// The building or site, when the text names one (FORMAT.md's gold shows it as `venue`).
    public var venue: String?
    public var topics: [String]
    public var evidence: String?
    public var evidenceSpan: ContractSpan?
    public var confidence: Double?
    public var rule: String?

    public init(id: String? = nil, type: String?, status: String? = nil, mode: String? = nil,
                participants: [String], participantEntities: [String] = [], date: String? = nil,
                dateText: String? = nil, dateIfInferred: String? = nil, location: String? = nil,
                topics: [String] = [], evidence: String? = nil, evidenceSpan: ContractSpan? = nil,
                confidence: Double? = nil) {
        self.id = id
        self.type = type
        self.status = status
        self.mode = mode
        self.participants = participants
        self.participantEntities = participantEntities
        self.date = date
        self.dateText = dateText
        self.dateIfInferred = dateIfInferred
        self.location = location
        self.topics = topics
        self.evidence = evidence
        self.evidenceSpan = evidenceSpan
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case id, type, status, mode, participants, date, location, venue, topics, evidence, confidence, rule
        case participantEntities = "participant_entities", dateText = "date_text"
        case dateIfInferred = "date_if_inferred", evidenceSpan = "evidence_span"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = c.lenient(String.self, .id)
        type = c.lenient(String.self, .type)
        status = c.lenient(String.self, .status)
        mode = c.lenient(String.self, .mode)
        participants = c.strings(.participants)
        participantEntities = c.strings(.participantEntities)
        date = c.lenient(String.self, .date)
        dateText = c.lenient(String.self, .dateText)
        dateIfInferred = c.lenient(String.self, .dateIfInferred)
        location = c.lenient(String.self, .location)
        venue = c.lenient(String.self, .venue)
        topics = c.strings(.topics)
        evidence = c.lenient(String.self, .evidence)
        evidenceSpan = c.lenient(ContractSpan.self, .evidenceSpan)
        confidence = c.lenient(Double.self, .confidence)
        rule = c.lenient(String.self, .rule)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeOrNull(type, .type)
        try c.encodeOrNull(status, .status)
        try c.encodeOrNull(mode, .mode)
        try c.encode(participants, forKey: .participants)
        if !participantEntities.isEmpty { try c.encode(participantEntities, forKey: .participantEntities) }
        try c.encodeOrNull(date, .date)
        try c.encodeOrNull(dateText, .dateText)
        try c.encodeIfPresent(dateIfInferred, forKey: .dateIfInferred)
        try c.encodeOrNull(location, .location)
        try c.encodeIfPresent(venue, forKey: .venue)
        try c.encode(topics, forKey: .topics)
        try c.encodeOrNull(evidence, .evidence)
        try c.encodeOrNull(evidenceSpan, .evidenceSpan)
        try c.encodeIfPresent(confidence, forKey: .confidence)
        try c.encodeIfPresent(rule, forKey: .rule)
    }
}

public struct ContractQuote: Codable, Hashable, Sendable {
    /// As named in the article, or a description ("a senior official"); null when unattributed.
    public var speaker: String?
    public var speakerEntity: String?
    /// The quoted words without the quotation marks.
    public var text: String?
    public var span: ContractSpan?
    public var rule: String?

    public init(speaker: String?, speakerEntity: String? = nil, text: String?, span: ContractSpan? = nil, rule: String? = nil) {
        self.rule = rule
        self.speaker = speaker
        self.speakerEntity = speakerEntity
        self.text = text
        self.span = span
    }

    enum CodingKeys: String, CodingKey {
        case speaker, text, span, rule
        case speakerEntity = "speaker_entity"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        speaker = c.lenient(String.self, .speaker)
        speakerEntity = c.lenient(String.self, .speakerEntity)
        text = c.lenient(String.self, .text)
        span = c.lenient(ContractSpan.self, .span)
        rule = c.lenient(String.self, .rule)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(speaker, .speaker)
        try c.encodeIfPresent(speakerEntity, forKey: .speakerEntity)
        try c.encodeOrNull(text, .text)
        try c.encodeOrNull(span, .span)
        try c.encodeIfPresent(rule, forKey: .rule)
    }
}

/// A time expression and its resolved calendar value.
public struct ContractTime: Codable, Hashable, Sendable {
    public var text: String?
    public var span: ContractSpan?
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it cannot be resolved.
    public var value: String?
    /// day, month or year.
    public var precision: String?
    /// True when the value depends on the publication date.
    public var relative: Bool?
    public var rule: String?

    public init(text: String?, span: ContractSpan?, value: String?, precision: String?, relative: Bool?, rule: String? = nil) {
        self.rule = rule
        self.text = text
        self.span = span
        self.value = value
        self.precision = precision
        self.relative = relative
    }

    enum CodingKeys: String, CodingKey { case text, span, value, precision, relative, rule }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = c.lenient(String.self, .text)
        span = c.lenient(ContractSpan.self, .span)
        value = c.lenient(String.self, .value)
        precision = c.lenient(String.self, .precision)
        relative = c.lenient(Bool.self, .relative)
        rule = c.lenient(String.self, .rule)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(text, .text)
        try c.encodeOrNull(span, .span)
        try c.encodeOrNull(value, .value)
        try c.encodeOrNull(precision, .precision)
        try c.encodeIfPresent(relative, forKey: .relative)
        try c.encodeIfPresent(rule, forKey: .rule)
    }
}

public struct ContractDocument: Codable, Hashable, Sendable {
    /// The file name without extension (Article.id).
    public var id: String?
    /// The source file name.
    public var file: String?
    public var title: String?
    public var outlet: String?
    public var authors: [String]
    /// ISO date when stated (or, with `published_source: "inferred"`, estimated).
    public var published: String?
    public var publishedSource: String?
    /// Gold only: the analyst's estimate when `published` is null.
    public var publishedInferred: String?
    public var entities: [ContractEntity]
    public var events: [ContractEvent]
    public var quotes: [ContractQuote]
    public var times: [ContractTime]
    /// Number of sentences the analysis found.
    public var sentences: Int?

    public init(id: String?, file: String?, title: String? = nil, outlet: String? = nil, authors: [String] = [],
                published: String? = nil, publishedSource: String? = nil, publishedInferred: String? = nil,
                entities: [ContractEntity] = [], events: [ContractEvent] = [], quotes: [ContractQuote] = [],
                times: [ContractTime] = [], sentences: Int? = nil) {
        self.id = id
        self.file = file
        self.title = title
        self.outlet = outlet
        self.authors = authors
        self.published = published
        self.publishedSource = publishedSource
        self.publishedInferred = publishedInferred
        self.entities = entities
        self.events = events
        self.quotes = quotes
        self.times = times
        self.sentences = sentences
    }

    enum CodingKeys: String, CodingKey {
        case id, file, title, outlet, authors, published, entities, events, quotes, times, sentences
        case publishedSource = "published_source", publishedInferred = "published_inferred"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = c.lenient(String.self, .id)
        file = c.lenient(String.self, .file)
        title = c.lenient(String.self, .title)
        outlet = c.lenient(String.self, .outlet)
        authors = c.strings(.authors)
        published = c.lenient(String.self, .published)
        publishedSource = c.lenient(String.self, .publishedSource)
        publishedInferred = c.lenient(String.self, .publishedInferred)
        entities = c.lossyArray(ContractEntity.self, .entities)
        events = c.lossyArray(ContractEvent.self, .events)
        quotes = c.lossyArray(ContractQuote.self, .quotes)
        times = c.lossyArray(ContractTime.self, .times)
        sentences = c.lenient(Int.self, .sentences)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeOrNull(id, .id)
        try c.encodeOrNull(file, .file)
        try c.encodeOrNull(title, .title)
        try c.encodeOrNull(outlet, .outlet)
        try c.encode(authors, forKey: .authors)
        try c.encodeOrNull(published, .published)
        try c.encodeOrNull(publishedSource, .publishedSource)
        try c.encodeIfPresent(publishedInferred, forKey: .publishedInferred)
        try c.encode(entities, forKey: .entities)
        try c.encode(events, forKey: .events)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(times, forKey: .times)
        try c.encodeIfPresent(sentences, forKey: .sentences)
    }
}
