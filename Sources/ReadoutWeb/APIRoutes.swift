// The JSON API under /api/v1: a thin mapping from routes to the WebSource, each answer one of
// the values in Views/WebModels.swift with snake_case keys. /api/v1/openapi.json describes them.
import Foundation
import Hummingbird

struct APIRoutes {
    let source: any WebSource

    func add(to router: Router<BasicRequestContext>) {
        let api = router.group("/api/v1")
        api.get("stories") { request, _ in
            let page = try Paging(request)
            return Answer.json(try source.stories(limit: page.limit, offset: page.offset))
        }
        api.get("stories/{id}") { _, context in
            let id = try context.parameters.require("id")
            return Answer.json(try source.story(id).orNotFound("no story \(id)"))
        }
        api.get("events/{key}") { _, context in
            let key = try context.parameters.require("key")
            return Answer.json(try source.event(key).orNotFound("no event \(key)"))
        }
        api.get("actors/{name}") { _, context in
            let name = try context.parameters.require("name")
            return Answer.json(try source.actor(name).orNotFound("no actor matches \(name)"))
        }
        api.get("conflicts") { request, _ in
            let page = try Paging(request)
            return Answer.json(try source.conflicts(limit: page.limit, offset: page.offset))
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
