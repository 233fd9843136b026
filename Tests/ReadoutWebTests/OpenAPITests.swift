// /api/v1/openapi.json describes the API the server has: every /api/v1 route the router holds is
// documented (and nothing else), and each answer has exactly the keys its schema names, all the
// way down, so a client generated from the document reads what the server sends.
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import readout
@testable import ReadoutWeb

@Suite struct OpenAPITests {
    @Test func theDocumentListsEveryRouteAndMatchesEachAnswer() async throws {
        let router = try WebFixture.router()
        let routes = Set(router.routes.map(\.path.description).filter { $0.hasPrefix("/api/v1/") })
        try await Application(router: router).test(.router) { client in
            let document = try await client.execute(uri: "/api/v1/openapi.json", method: .get).json()
            let paths = try #require(document["paths"] as? [String: Any])
            #expect(Set(paths.keys) == routes, "documented \(paths.keys.sorted()), routed \(routes.sorted())")
            let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])

            // Real ids for the parameters, from the API itself.
            let stories = try await client.execute(uri: "/api/v1/stories", method: .get).json()
            let story = try #require((stories["items"] as? [[String: Any]])?.first?["id"] as? String)
            let conflicts = try await client.execute(uri: "/api/v1/conflicts", method: .get).json()
            let event = try #require((conflicts["items"] as? [[String: Any]])?.first?["event"] as? String)
            let filled = ["/api/v1/stories/{id}": "/api/v1/stories/\(story)", "/api/v1/events/{key}": "/api/v1/events/\(event)",
                          "/api/v1/actors/{name}": "/api/v1/actors/osted", "/api/v1/documents/{id}": "/api/v1/documents/1",
                          "/api/v1/search": "/api/v1/search?q=ferry", "/api/v1/compare": "/api/v1/compare?story=\(story)"]
            for (path, value) in paths {
                let uri = filled[path] ?? path
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri): \(response.text)")
                guard path != "/api/v1/openapi.json" else { continue }
                let get = (value as? [String: Any])?["get"] as? [String: Any]
                let schema = ((((get?["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"] as? [String: Any])?["application/json"]
                    as? [String: Any])?["schema"]
                let answer = try JSONSerialization.jsonObject(with: Data(response.text.utf8))
                let problems = SchemaCheck(schemas: schemas).problems(answer, schema ?? [:], at: uri)
                #expect(problems.isEmpty, "\(problems.prefix(5))")

                // Every other content type documented is what ?format= gives, named as the document names it.
                let content = ((get?["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"] as? [String: Any] ?? [:]
                let formats = ((get?["parameters"] as? [[String: Any]])?.first { $0["name"] as? String == "format" }?["schema"]
                    as? [String: Any])?["enum"] as? [String] ?? ["json"]
                #expect(content.count == formats.count, "\(path): \(content.keys.sorted()) for formats \(formats)")
                for format in formats where format != "json" {
                    let exported = try await client.execute(uri: uri + (uri.contains("?") ? "&" : "?") + "format=\(format)", method: .get)
                    let type = exported.headers[.contentType] ?? ""
                    #expect(exported.status == .ok && !exported.text.isEmpty, "\(uri) as \(format): \(exported.status)")
                    #expect(content.keys.contains { type.hasPrefix($0) }, "\(uri) as \(format) is \(type), documented \(content.keys.sorted())")
                }
            }
        }
    }
}

/// Checks a JSON value against the subset of JSON Schema the document uses: $ref, object
/// (required and properties, no keys beyond them), array items, oneOf with null, and types.
struct SchemaCheck {
    let schemas: [String: Any]

    func problems(_ value: Any, _ schema: Any, at path: String) -> [String] {
        guard var schema = schema as? [String: Any] else { return ["\(path): no schema"] }
        if let ref = schema["$ref"] as? String {
            guard let named = schemas[String(ref.split(separator: "/").last ?? "")] as? [String: Any] else { return ["\(path): unknown \(ref)"] }
            schema = named
        }
        if let choices = schema["oneOf"] as? [Any] {
            let fits = choices.map { problems(value, $0, at: path) }
            return fits.contains { $0.isEmpty } ? [] : fits.first ?? []
        }
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if value is NSNull { return types.contains("null") ? [] : ["\(path): null where \(types) is named"] }
        if let object = value as? [String: Any] {
            guard types.contains("object") else { return ["\(path): an object where \(types) is named"] }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            let required = schema["required"] as? [String] ?? []
            var found = required.filter { object[$0] == nil }.map { "\(path): \($0) is required but missing" }
            found += object.keys.filter { properties[$0] == nil && !properties.isEmpty }.map { "\(path): \($0) is not in the schema" }
            for (key, item) in object { if let sub = properties[key] { found += problems(item, sub, at: path + "." + key) } }
            return found
        }
        if let array = value as? [Any] {
            guard types.contains("array") else { return ["\(path): an array where \(types) is named"] }
            return array.enumerated().flatMap { problems($0.element, schema["items"] ?? [:], at: "\(path)[\($0.offset)]") }
        }
        if value is String { return types.contains("string") ? [] : ["\(path): a string where \(types) is named"] }
        // JSONSerialization reads true/false as numbers on some platforms: a number fits any of the three.
        if value is NSNumber {
            return types.contains("integer") || types.contains("number") || types.contains("boolean") ? [] : ["\(path): a number where \(types) is named"]
        }
        return []
    }
}
