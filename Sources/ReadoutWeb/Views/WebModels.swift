// What the web face shows, as plain values: the JSON API encodes them (snake_case keys) and the
// page templates render them, so an API answer and its page always say the same thing.
// In: filled by a WebSource from the fused record. Out: JSON bodies and mustache contexts.
// Links are stored fields (`href`) built here from ids, never from article text, so a title
// such as `javascript:alert(1)` can only ever be shown, not followed as a URL.
import Foundation

/// One page of a listing and how many rows there are in all.
public struct WebPage<Item: Encodable & Sendable>: Encodable, Sendable {
    public var items: [Item]
    public var total: Int
    public var limit: Int
    public var offset: Int

    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}

/// A person, organisation or place named by an event or a quote, linked to its actor page.
public struct ActorRef: Encodable, Sendable {
    public var name: String
    /// The fused entity's id ("person:karl-osted"); nil for a name the record did not fuse.
    public var id: String?
    public var href: String?

    public init(name: String, id: String?) {
        self.name = name
        self.id = id
        href = id.map { "/actors/" + WebPath.segment($0) }
    }
}

public struct DocumentRef: Encodable, Sendable {
    public var id: Int64
    public var title: String?
    /// Nil when the article names no outlet.
    public var outlet: String?
    public var published: String?
    public var publishedInferred: Bool
    public var href: String

    public init(id: Int64, title: String?, outlet: String?, published: String?, publishedInferred: Bool = false) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.publishedInferred = publishedInferred
        href = "/documents/\(id)"
    }
}

public struct StorySummary: Encodable, Sendable {
    public var id: String
    public var title: String
    public var documents: Int
    public var outlets: [String]
    public var firstPublished: String?
    public var lastPublished: String?
    public var topEntities: [String]
    public var events: Int
    public var href: String

    public init(id: String, title: String, documents: Int, outlets: [String], firstPublished: String?, lastPublished: String?,
                topEntities: [String], events: Int) {
        self.id = id
        self.title = title
        self.documents = documents
        self.outlets = outlets
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
        self.topEntities = topEntities
        self.events = events
        href = "/stories/" + WebPath.segment(id)
    }
}

/// A fused event as a timeline row: one line, with the fields reports disagree on.
public struct EventSummary: Encodable, Sendable {
    public var key: String
    public var label: String
    public var type: String
    /// YYYY-MM-DD, YYYY-MM or YYYY; nil when no report dates it.
    public var date: String?
    /// The date rests on a publication date Readout estimated.
    public var dateInferred: Bool
    public var participants: [ActorRef]
    public var place: String?
    public var status: String
    /// Independent outlets reporting it.
    public var corroboration: Int
    public var reportedBy: [String]
    /// Fields on which reports disagree ("date", "location"); empty when none.
    public var conflicts: [String]
    public var disputed: Bool
    public var href: String

    public init(key: String, label: String, type: String, date: String?, dateInferred: Bool, participants: [ActorRef], place: String?,
                status: String, corroboration: Int, reportedBy: [String], conflicts: [String]) {
        self.key = key
        self.label = label
        self.type = type
        self.date = date
        self.dateInferred = dateInferred
        self.participants = participants
        self.place = place
        self.status = status
        self.corroboration = corroboration
        self.reportedBy = reportedBy
        self.conflicts = conflicts
        disputed = !conflicts.isEmpty
        href = "/events/" + WebPath.segment(key)
    }
}

/// Reports that disagree, stated in a sentence, with each side and the sentences they say it in.
public struct ConflictView: Encodable, Sendable {
    public struct Side: Encodable, Sendable {
        public var value: String
        public var outlets: [String]
        public init(value: String, outlets: [String]) { self.value = value; self.outlets = outlets }
    }

    public struct Evidence: Encodable, Sendable {
        public var outlet: String
        public var text: String
        public var document: DocumentRef?
        public init(outlet: String, text: String, document: DocumentRef?) { self.outlet = outlet; self.text = text; self.document = document }
    }

    public var event: String
    public var eventLabel: String
    public var field: String
    public var scope: String
    public var statement: String
    public var values: [Side]
    public var sentences: [Evidence]
    public var eventHref: String

    public init(event: String, eventLabel: String, field: String, scope: String, statement: String, values: [Side], sentences: [Evidence]) {
        self.event = event
        self.eventLabel = eventLabel
        self.field = field
        self.scope = scope
        self.statement = statement
        self.values = values
        self.sentences = sentences
        eventHref = "/events/" + WebPath.segment(event)
    }
}

/// One item (event or quote) across the story's outlets: what each says, or that it leaves it out.
public struct OutletCoverage: Encodable, Sendable {
    public struct Cell: Encodable, Sendable {
        public var outlet: String
        /// What the outlet says (event: status and date; quote: its words); nil when it leaves it out.
        public var says: String?
        public var reported: Bool
        public init(outlet: String, says: String?) { self.outlet = outlet; self.says = says; reported = says != nil }
    }

    public var item: String
    public var label: String
    public var cells: [Cell]
    public init(item: String, label: String, cells: [Cell]) { self.item = item; self.label = label; self.cells = cells }
}

/// Terms one outlet uses for an event or actor that the story's other outlets do not.
public struct WordingView: Encodable, Sendable {
    public var outlet: String
    public var about: String
    public var terms: [String]
    public init(outlet: String, about: String, terms: [String]) { self.outlet = outlet; self.about = about; self.terms = terms }
}

public struct StoryDetail: Encodable, Sendable {
    public var story: StorySummary
    public var events: [EventSummary]
    public var conflicts: [ConflictView]
    public var outlets: [String]
    /// Outlets × events and outlets × quotes: who reports what.
    public var eventCoverage: [OutletCoverage]
    public var quoteCoverage: [OutletCoverage]
    public var wording: [WordingView]
    /// Each event reported by two or more outlets, with every outlet's sentence side by side.
    public var accounts: [EventAccountsView]
    /// The story's attributed quotes, the same words in several outlets once.
    public var quotes: [QuoteView]
    public var documents: [DocumentRef]

    public init(story: StorySummary, events: [EventSummary], conflicts: [ConflictView], outlets: [String], eventCoverage: [OutletCoverage],
                quoteCoverage: [OutletCoverage], wording: [WordingView], accounts: [EventAccountsView], quotes: [QuoteView],
                documents: [DocumentRef]) {
        self.story = story
        self.events = events
        self.conflicts = conflicts
        self.outlets = outlets
        self.eventCoverage = eventCoverage
        self.quoteCoverage = quoteCoverage
        self.wording = wording
        self.accounts = accounts
        self.quotes = quotes
        self.documents = documents
    }
}

/// One outlet's account of an event: its own date, place, status, participants and sentence.
public struct EventReportView: Encodable, Sendable {
    public var outlet: String
    public var document: DocumentRef?
    public var date: String?
    public var place: String?
    public var status: String
    public var participants: [String]
    public var sentence: String?
    /// Fields on which this report differs from what most reports say.
    public var differs: [String]
    public var isDifferent: Bool

    public init(outlet: String, document: DocumentRef?, date: String?, place: String?, status: String, participants: [String],
                sentence: String?, differs: [String]) {
        self.outlet = outlet
        self.document = document
        self.date = date
        self.place = place
        self.status = status
        self.participants = participants
        self.sentence = sentence
        self.differs = differs
        isDifferent = !differs.isEmpty
    }
}

public struct EventDetail: Encodable, Sendable {
    public var event: EventSummary
    public var story: StorySummary?
    public var reports: [EventReportView]
    public var conflicts: [ConflictView]
    public init(event: EventSummary, story: StorySummary?, reports: [EventReportView], conflicts: [ConflictView]) {
        self.event = event
        self.story = story
        self.reports = reports
        self.conflicts = conflicts
    }
}

public struct QuoteView: Encodable, Sendable {
    public var speaker: ActorRef?
    public var text: String
    public var outlets: [String]
    public init(speaker: ActorRef?, text: String, outlets: [String]) { self.speaker = speaker; self.text = text; self.outlets = outlets }
}

public struct ActorDetail: Encodable, Sendable {
    public struct Related: Encodable, Sendable {
        public var actor: ActorRef
        public var type: String
        public var sharedEvents: Int
        public var sharedDocuments: Int
        public init(actor: ActorRef, type: String, sharedEvents: Int, sharedDocuments: Int) {
            self.actor = actor
            self.type = type
            self.sharedEvents = sharedEvents
            self.sharedDocuments = sharedDocuments
        }
    }

    public var id: String
    public var name: String
    public var type: String
    public var otherNames: [String]
    public var roles: [String]
    public var country: String?
    /// Its events, with whom, when and where.
    public var events: [EventSummary]
    public var quotes: [QuoteView]
    public var related: [Related]
    /// What `related` was counted in, when not every document naming the actor (a very large one).
    public var relatedNote: String?
    public var documents: [DocumentRef]

    public init(id: String, name: String, type: String, otherNames: [String], roles: [String], country: String?, events: [EventSummary],
                quotes: [QuoteView], related: [Related], relatedNote: String? = nil, documents: [DocumentRef]) {
        self.id = id
        self.name = name
        self.type = type
        self.otherNames = otherNames
        self.roles = roles
        self.country = country
        self.events = events
        self.quotes = quotes
        self.related = related
        self.relatedNote = relatedNote
        self.documents = documents
    }
}

public struct DocumentDetail: Encodable, Sendable {
    public struct Entity: Encodable, Sendable {
        public var actor: ActorRef
        public var type: String
        public init(actor: ActorRef, type: String) { self.actor = actor; self.type = type }
    }

    public struct Event: Encodable, Sendable {
        public var type: String
        public var participants: [String]
        public var date: String?
        public var status: String
        public var sentence: String
        /// The fused event's page; nil when the event is not in the fused record.
        public var href: String?
        public init(type: String, participants: [String], date: String?, status: String, sentence: String, eventKey: String? = nil) {
            self.type = type
            self.participants = participants
            self.date = date
            self.status = status
            self.sentence = sentence
            href = eventKey.map { "/events/" + WebPath.segment($0) }
        }
    }

    public var document: DocumentRef
    public var source: String
    /// The cleaned text; `blocks` and `marks` are offsets into it (Unicode scalars).
    public var text: String
    public var blocks: [TextBlockView]
    public var marks: [TextMark]
    public var paragraphs: [String]
    public var entities: [Entity]
    public var times: [String]
    public var quotes: [QuoteView]
    public var events: [Event]

    public init(document: DocumentRef, source: String, text: String, blocks: [TextBlockView], marks: [TextMark], paragraphs: [String],
                entities: [Entity], times: [String], quotes: [QuoteView], events: [Event]) {
        self.document = document
        self.source = source
        self.text = text
        self.blocks = blocks
        self.marks = marks
        self.paragraphs = paragraphs
        self.entities = entities
        self.times = times
        self.quotes = quotes
        self.events = events
    }
}

public struct SearchHitView: Encodable, Sendable {
    public var document: DocumentRef
    /// The matching passage, matched words in [brackets] as FTS5 marks them.
    public var snippet: String
    public var score: Double
    public init(document: DocumentRef, snippet: String, score: Double) { self.document = document; self.snippet = snippet; self.score = score }
}

/// Path segments built from ids: percent-encoded, so no id can add a path, a query or a scheme.
public enum WebPath {
    public static func segment(_ value: String) -> String {
        // ASCII only: a name in another script is sent as UTF-8 escapes, as browsers do.
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:@")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
