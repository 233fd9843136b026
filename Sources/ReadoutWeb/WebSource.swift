// What the web face asks of the record. The readout command answers from the fused record in the
// store (the same queries its stories, timeline, actor, conflicts, compare and search commands
// use); tests may answer from anything. In: ids and paging as the routes parsed them. Out: the
// values of Views/WebModels.swift; nil for an id nothing has (the routes answer 404).
public protocol WebSource: Sendable {
    func stories(limit: Int, offset: Int) throws -> WebPage<StorySummary>
    func story(_ id: String) throws -> StoryDetail?
    func event(_ key: String) throws -> EventDetail?
    func actor(_ nameOrID: String) throws -> ActorDetail?
    func conflicts(limit: Int, offset: Int) throws -> WebPage<ConflictView>
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
