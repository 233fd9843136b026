// The JSON API under /api/v1: a thin mapping from routes to the WebSource, each answer one of
// the values in Views/ with snake_case keys. /api/v1/openapi.json describes them. The listings take
// filters (ListingQuery) and, like a story and an actor, answer in other formats on ?format=
// (ExportFormat): the exports are these same answers, written as CSV, Markdown or GraphML.
import Foundation
import Hummingbird

struct APIRoutes {
    let source: any WebSource
    /// What the event listings (events, timeline, conflicts) may be narrowed by.
    static let eventFilters = ["story", "actor", "type", "outlet", "from", "to"]

    func add(to router: Router<BasicRequestContext>) {
        let api = router.group("/api/v1")
        api.get("stories") { request, _ in
            let page = try Paging(request)
            return Answer.json(try source.stories(limit: page.limit, offset: page.offset))
        }
        api.get("stories/{id}") { request, context in
            let id = try context.parameters.require("id")
            let format = try ExportFormat(request.uri.queryParameters.get("format"), offered: [.json, .md])
            if format == .md { return format.file(try source.briefing(id).orNotFound("no story \(id)"), name: "briefing-\(id)") }
            return Answer.json(try source.story(id).orNotFound("no story \(id)"))
        }
        api.get("events/{key}") { _, context in
            let key = try context.parameters.require("key")
            return Answer.json(try source.event(key).orNotFound("no event \(key)"))
        }
        api.get("actors/{name}") { request, context in
            let name = try context.parameters.require("name")
            let format = try ExportFormat(request.uri.queryParameters.get("format"), offered: [.json, .graphml])
            let actor = try source.actor(name).orNotFound("no actor matches \(name)")
            return format == .graphml ? format.file(ActorGraphML.render(actor), name: "network-\(actor.id)") : Answer.json(actor)
        }
        api.get("conflicts") { request, _ in
            let query = try ListingQuery(request, filters: Self.eventFilters, formats: [.json, .csv])
            let page = try source.conflicts(query.filter, limit: query.paging.limit, offset: query.paging.offset)
            return query.format == .csv ? query.format.file(ListingCSV.conflicts(page.items), name: "conflicts") : Answer.json(page)
        }
        api.get("events") { request, _ in
            let query = try ListingQuery(request, filters: Self.eventFilters, formats: [.json, .csv])
            let page = try source.events(query.filter, limit: query.paging.limit, offset: query.paging.offset)
            return query.format == .csv ? query.format.file(ListingCSV.events(page.items), name: "events") : Answer.json(page)
        }
        api.get("timeline") { request, _ in
            let query = try ListingQuery(request, filters: Self.eventFilters, formats: [.json, .csv])
            let page = try source.events(query.filter, limit: query.paging.limit, offset: query.paging.offset)
            return query.format == .csv ? query.format.file(ListingCSV.events(page.items), name: "timeline") : Answer.json(TimelineView(page))
        }
        api.get("quotes") { request, _ in
            let query = try ListingQuery(request, filters: ["story", "actor", "outlet", "from", "to"], formats: [.json, .csv])
            let page = try source.quotes(query.filter, limit: query.paging.limit, offset: query.paging.offset)
            return query.format == .csv ? query.format.file(ListingCSV.quotes(page.items), name: "quotes") : Answer.json(page)
        }
        api.get("compare") { request, _ in
            let query = try ListingQuery(request, filters: ["story"], formats: [.json, .csv])
            guard let story = query.filter.story else { throw WebBadRequest("story is required: the story whose outlets to compare (story-12)") }
            let comparison = try source.comparison(story).orNotFound("no story \(story)")
            return query.format == .csv ? query.format.file(ListingCSV.comparison(comparison), name: "compare-\(story)") : Answer.json(comparison)
        }
        api.get("documents") { request, _ in
            let page = try Paging(request)
            return Answer.json(try source.documents(limit: page.limit, offset: page.offset))
        }
        api.get("documents/{id}") { _, context in
            let id = try DocumentID(context.parameters.require("id"))
            return Answer.json(try source.document(id.value).orNotFound("no document \(id.value)"))
        }
        api.get("search") { request, _ in
            let page = try Paging(request)
            let query = try SearchQuery(request)
            return Answer.json(try source.search(query.text, limit: page.limit, offset: page.offset))
        }
        api.get("openapi.json") { _, _ in
            Answer.text(OpenAPIDocument.json, type: "application/json; charset=utf-8")
        }
    }
}

/// A document id from a path: a positive whole number.
struct DocumentID {
    let value: Int64
    init(_ text: String) throws {
        guard let value = Int64(text), value > 0 else { throw WebBadRequest("\"\(text)\" is not a document id (a positive whole number)") }
        self.value = value
    }
}

/// `q=`: required, at most 500 characters (FTS5 syntax, as `readout search` takes it).
struct SearchQuery {
    let text: String
    init(_ request: Request) throws {
        let text = request.uri.queryParameters.get("q")?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !text.isEmpty else { throw WebBadRequest("q is required: the words to search for") }
        guard text.count <= 500 else { throw WebBadRequest("q is longer than 500 characters") }
        self.text = text
    }
}
