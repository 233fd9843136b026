// What the web face asks of the record. The readout command answers from the fused record in the
// store (the same queries its stories, timeline, actor, conflicts, compare and search commands
// use); tests may answer from anything. In: ids, filters and paging as the routes parsed them. Out:
// the values of Views/; nil for an id nothing has (the routes answer 404).
public protocol WebSource: Sendable {
    func stories(limit: Int, offset: Int) throws -> WebPage<StorySummary>
    func story(_ id: String) throws -> StoryDetail?
    func event(_ key: String) throws -> EventDetail?
    func actor(_ nameOrID: String) throws -> ActorDetail?
    /// Conflicts about the events the filter keeps, the latest events first.
    func conflicts(_ filter: WebFilter, limit: Int, offset: Int) throws -> WebPage<ConflictView>
    /// Events the filter keeps, in timeline order.
    func events(_ filter: WebFilter, limit: Int, offset: Int) throws -> WebPage<EventSummary>
    /// Attributed quotes the filter keeps (`type` does not apply), in the order the record holds them.
    func quotes(_ filter: WebFilter, limit: Int, offset: Int) throws -> WebPage<QuoteLineView>
    func comparison(_ story: String) throws -> ComparisonView?
    /// The Markdown briefing `readout brief --story ID` writes.
    func briefing(_ story: String) throws -> String?
    func documents(limit: Int, offset: Int) throws -> WebPage<DocumentRef>
    func document(_ id: Int64) throws -> DocumentDetail?
    func search(_ query: String, limit: Int, offset: Int) throws -> WebPage<SearchHitView>
}

/// A request the source cannot answer as asked ("story-x" is no story id, a search query FTS5
/// cannot parse, a name several actors share): the routes answer 400 with the reason.
public struct WebBadRequest: Error, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
