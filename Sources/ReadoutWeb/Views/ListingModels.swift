// The values of the filtered listings and the source comparison (/api/v1/events, timeline, quotes,
// compare), and the filter they are asked with. Like WebModels.swift: plain values the API encodes
// and the pages render; links built from ids only.
import Foundation

/// What a listing may be narrowed by, each as given in the query string and checked (WebFilter.parse).
public struct WebFilter: Sendable, Equatable {
    /// "story-N" (or N).
    public var story: String?
    /// A name, part of one, or an entity id.
    public var actor: String?
    /// MEET, VISIT, SANCTION, AGREE or ELECTION.
    public var type: String?
    /// An outlet's name, exactly as the articles give it.
    public var outlet: String?
    /// YYYY, YYYY-MM or YYYY-MM-DD; events whose date overlaps the range (quotes: the quoting
    /// article's publication date).
    public var from: String?
    public var to: String?

    public init(story: String? = nil, actor: String? = nil, type: String? = nil, outlet: String? = nil, from: String? = nil, to: String? = nil) {
        self.story = story
        self.actor = actor
        self.type = type
        self.outlet = outlet
        self.from = from
        self.to = to
    }

    /// The filter as query parameters, for the links of a page of results.
    var queryItems: [(String, String)] {
        [("story", story), ("actor", actor), ("type", type), ("outlet", outlet), ("from", from), ("to", to)]
            .compactMap { name, value in value.map { (name, $0) } }
    }
}

/// A quotation in one article: who said it (linked when the speaker is a fused entity), the words,
/// and the document quoting it.
public struct QuoteLineView: Encodable, Sendable {
    public var speaker: ActorRef
    public var text: String
    public var document: DocumentRef

    public init(speaker: ActorRef, text: String, document: DocumentRef) {
        self.speaker = speaker
        self.text = text
        self.document = document
    }
}

/// Events grouped by the day (or month, or year) they happened, in date order; undated ones last.
/// Paged by event: a day may continue on the next page.
public struct TimelineView: Encodable, Sendable {
    public struct Day: Encodable, Sendable {
        /// Nil for the events no report dates.
        public var date: String?
        public var events: [EventSummary]
    }

    public var days: [Day]
    public var total: Int
    public var limit: Int
    public var offset: Int

    init(_ page: WebPage<EventSummary>) {
        var days: [Day] = []
        for event in page.items {
            if let last = days.last, last.date == event.date { days[days.count - 1].events.append(event) }
            else { days.append(Day(date: event.date, events: [event])) }
        }
        self.days = days
        total = page.total
        limit = page.limit
        offset = page.offset
    }
}

/// One outlet's words for an event: the sentence it states it in, and the date it gives.
public struct AccountView: Encodable, Sendable {
    public var outlet: String
    public var sentence: String?
    public var date: String?
    public var document: DocumentRef?
    /// Fields on which this account differs from the agreed event ("date", "place").
    public var differs: [String]
    public var isDifferent: Bool

    public init(outlet: String, sentence: String?, date: String?, document: DocumentRef?, differs: [String]) {
        self.outlet = outlet
        self.sentence = sentence
        self.date = date
        self.document = document
        self.differs = differs
        isDifferent = !differs.isEmpty
    }
}

/// An event of a story with each outlet's account of it, side by side.
public struct EventAccountsView: Encodable, Sendable {
    public var event: String
    public var label: String
    public var href: String
    public var accounts: [AccountView]

    public init(event: String, label: String, accounts: [AccountView]) {
        self.event = event
        self.label = label
        self.accounts = accounts
        href = "/events/" + WebPath.segment(event)
    }
}

/// How a story's outlets cover it: who reports which event and quote, how each words each event,
/// and the terms only one outlet uses.
public struct ComparisonView: Encodable, Sendable {
    public var story: StorySummary
    public var outlets: [String]
    public var eventCoverage: [OutletCoverage]
    public var quoteCoverage: [OutletCoverage]
    public var accounts: [EventAccountsView]
    public var wording: [WordingView]

    public init(story: StorySummary, outlets: [String], eventCoverage: [OutletCoverage], quoteCoverage: [OutletCoverage],
                accounts: [EventAccountsView], wording: [WordingView]) {
        self.story = story
        self.outlets = outlets
        self.eventCoverage = eventCoverage
        self.quoteCoverage = quoteCoverage
        self.accounts = accounts
        self.wording = wording
    }
}

/// Where the analysis found something in a document's text, for marking it inline: offsets count
/// Unicode scalars into `DocumentDetail.text`, as every span in Readout does.
public struct TextMark: Encodable, Sendable {
    /// entity, time, quote or event.
    public var kind: String
    public var start: Int
    public var end: Int
    /// What it is: an entity's name and type, a time's resolved date, a quote's speaker, an event's type.
    public var label: String
    /// Its page, when it has one (an entity fused into an actor, an event fused across articles).
    public var href: String?

    public init(kind: String, start: Int, end: Int, label: String, href: String?) {
        self.kind = kind
        self.start = start
        self.end = end
        self.label = label
        self.href = href
    }
}

/// A block of the cleaned text (title, standfirst, paragraph, caption) by its offsets.
public struct TextBlockView: Encodable, Sendable {
    public var kind: String
    public var start: Int
    public var end: Int
    public init(kind: String, start: Int, end: Int) { self.kind = kind; self.start = start; self.end = end }
}
