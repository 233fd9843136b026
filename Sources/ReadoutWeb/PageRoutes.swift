// The pages: the same WebSource answers as the API, rendered by the templates, usable without
// any script (links, a GET search form, drawings made on the server).
import Foundation
import Hummingbird

struct PageRoutes {
    let source: any WebSource
    let pages: PageRenderer

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/stories"]) }
        router.get("/static/readout.css") { _, _ in Answer.text(pages.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/stories") { request, _ in
            let paging = try Paging(request)
            let page = try source.stories(limit: paging.limit, offset: paging.offset)
            return html("stories", "Stories", ListContent(page: page, pager: Pager(page, path: "/stories")))
        }
        router.get("/stories/{id}") { _, context in
            let id = try context.parameters.require("id")
            let detail = try source.story(id).orNotFound("no story \(id)")
            return html("story", detail.story.title, StoryContent(detail: detail, svg: TimelineSVG.draw(detail.events)))
        }
        router.get("/events/{key}") { _, context in
            let key = try context.parameters.require("key")
            let detail = try source.event(key).orNotFound("no event \(key)")
            return html("event", detail.event.label, DetailContent(detail: detail))
        }
        router.get("/actors/{name}") { _, context in
            let name = try context.parameters.require("name")
            let detail = try source.actor(name).orNotFound("no actor matches \(name)")
            return html("actor", detail.name, ActorContent(detail: detail, network: NetworkSVG.draw(center: detail.name, related: detail.related)))
        }
        router.get("/conflicts") { request, _ in
            let query = try ListingQuery(request, filters: APIRoutes.eventFilters, formats: [.json])
            let page = try source.conflicts(query.filter, limit: query.paging.limit, offset: query.paging.offset)
            return html("conflicts", "Conflicts", FilteredContent(page: page, filter: query.filter, pager: Pager(page, path: "/conflicts", query: query.filter.queryItems)))
        }
        router.get("/events") { request, _ in
            let query = try ListingQuery(request, filters: APIRoutes.eventFilters, formats: [.json])
            let page = try source.events(query.filter, limit: query.paging.limit, offset: query.paging.offset)
            return html("events", "Events", FilteredContent(page: page, filter: query.filter, pager: Pager(page, path: "/events", query: query.filter.queryItems)))
        }
        router.get("/documents") { request, _ in
            let paging = try Paging(request)
            let page = try source.documents(limit: paging.limit, offset: paging.offset)
            return html("documents", "Documents", ListContent(page: page, pager: Pager(page, path: "/documents")))
        }
        router.get("/documents/{id}") { _, context in
            let id = try DocumentID(context.parameters.require("id"))
            let detail = try source.document(id.value).orNotFound("no document \(id.value)")
            return html("document", detail.document.title ?? "Document \(id.value)", DocumentContent(detail: detail, blocks: DocumentMarkup.blocks(detail)))
        }
        router.get("/search") { request, _ in
            // An empty form is a page to search from, not an error.
            guard let q = request.uri.queryParameters.get("q"), !q.trimmingCharacters(in: .whitespaces).isEmpty else {
                return html("search", "Search", SearchContent(query: "", hits: [], pager: nil))
            }
            let paging = try Paging(request)
            let query = try SearchQuery(request)
            let page = try source.search(query.text, limit: paging.limit, offset: paging.offset)
            return html("search", "Search: \(query.text)", SearchContent(
                query: query.text, hits: page.items.map { SearchContent.Hit(document: $0.document, parts: SnippetPart.split($0.snippet)) },
                pager: Pager(page, path: "/search", query: [("q", query.text)])))
        }
    }

    private func html(_ template: String, _ title: String, _ content: Any) -> Response {
        Answer.html(pages.page(template, title: title, content: content))
    }
}

private struct ListContent<Item: Encodable & Sendable> {
    var page: WebPage<Item>
    var pager: Pager
}

private struct StoryContent {
    var detail: StoryDetail
    /// Drawn by TimelineSVG, which escapes every label.
    var svg: String
}

private struct ActorContent {
    var detail: ActorDetail
    var network: String
}

private struct DetailContent<Detail> {
    var detail: Detail
}

private struct DocumentContent {
    var detail: DocumentDetail
    /// Built by DocumentMarkup, which escapes every piece of the text.
    var blocks: [MarkedBlock]
}

/// A filtered listing, with the filter to show in its form.
private struct FilteredContent<Item: Encodable & Sendable> {
    var page: WebPage<Item>
    var filter: WebFilter
    var pager: Pager
    var types: [TypeOption]
    /// The items again under the name the event table partial reads (templates see stored fields only).
    var events: [Item]

    init(page: WebPage<Item>, filter: WebFilter, pager: Pager) {
        self.page = page
        self.filter = filter
        self.pager = pager
        types = ListingQuery.eventTypes.map { TypeOption(name: $0, selected: $0 == filter.type) }
        events = page.items
    }

    struct TypeOption {
        var name: String
        var selected: Bool
    }
}

private struct SearchContent {
    struct Hit {
        var document: DocumentRef
        var parts: [SnippetPart]
    }

    var query: String
    var hits: [Hit]
    var pager: Pager?
}

/// A piece of a search snippet: matched words (FTS5 marks them "[like this]") or the text between.
struct SnippetPart {
    var text: String
    var hit: Bool

    static func split(_ snippet: String) -> [SnippetPart] {
        var parts: [SnippetPart] = []
        var current = "", inHit = false
        for c in snippet {
            if c == "[" || c == "]" {
                if !current.isEmpty { parts.append(SnippetPart(text: current, hit: inHit)) }
                current = ""
                inHit = c == "["
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { parts.append(SnippetPart(text: current, hit: inHit)) }
        return parts
    }
}

/// "Showing 51–100 of 240" with links to the pages before and after.
struct Pager {
    var shown: Bool
    var from: Int
    var to: Int
    var total: Int
    var previous: String?
    var next: String?

    /// `query`: the parameters every page of the listing keeps (the search words, the filter).
    init<Item>(_ page: WebPage<Item>, path: String, query: [(String, String)] = []) {
        shown = !page.items.isEmpty
        from = page.offset + 1
        to = page.offset + page.items.count
        total = page.total
        func link(_ offset: Int) -> String {
            let kept = query.map { "\($0.0)=" + ($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
            return path + "?" + (kept + ["limit=\(page.limit)", "offset=\(offset)"]).joined(separator: "&")
        }
        previous = page.offset > 0 ? link(max(0, page.offset - page.limit)) : nil
        next = to < page.total ? link(to) : nil
    }
}
