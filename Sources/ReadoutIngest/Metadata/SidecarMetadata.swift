// A `NAME.meta.json` next to an input file → metadata that beats what the file says (and is
// beaten by the command line). Keys: title, outlet, published, authors (array or string), url,
// section. For `story.html` both `story.html.meta.json` and `story.meta.json` are looked for.
import Foundation
import ReadoutCore

struct SidecarMetadata: Equatable {
    var title: String?
    var outlet: String?
    var published: String?
    var publishedTime: String?
    var authors: [String]?
    var url: String?
    var section: String?

    /// The sidecar for `file`, nil when there is none; a sidecar that is not a JSON object is an error.
    static func find(for file: URL) -> Result<SidecarMetadata?, ReadoutError> {
        let directory = file.deletingLastPathComponent()
        let name = file.lastPathComponent
        let stem = file.deletingPathExtension().lastPathComponent
        for candidate in [name + ".meta.json", stem + ".meta.json"] {
            let url = directory.appendingPathComponent(candidate)
            guard FileManager.default.fileExists(atPath: url.path), url.path != file.path else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                return .failure(ReadoutError(source: url.path, reason: "cannot read sidecar"))
            }
            do {
                return .success(try parse(data))
            } catch let error as ReadoutError {
                return .failure(ReadoutError(source: url.path, reason: error.reason))
            } catch {
                return .failure(ReadoutError(source: url.path, reason: "invalid sidecar"))
            }
        }
        return .success(nil)
    }

    static func parse(_ data: Data) throws -> SidecarMetadata {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ReadoutError(source: "", reason: "invalid JSON in sidecar")
        }
        guard let dictionary = object as? [String: Any] else {
            throw ReadoutError(source: "", reason: "sidecar is not a JSON object")
        }
        var sidecar = SidecarMetadata()
        sidecar.title = JSONField.string(dictionary["title"])
        sidecar.outlet = JSONField.string(dictionary["outlet"])
        if let raw = JSONField.string(dictionary["published"]), let date = PublicationDateParser.parse(raw) {
            sidecar.published = date.day
            sidecar.publishedTime = date.time
        }
        sidecar.authors = JSONField.names(dictionary["authors"] ?? dictionary["author"])
        sidecar.url = JSONField.string(dictionary["url"])
        sidecar.section = JSONField.string(dictionary["section"])
        return sidecar
    }

    func apply(to metadata: inout ArticleMetadata) {
        if let title { metadata.title = title }
        if let outlet { metadata.outlet = outlet }
        if let published {
            metadata.published = published
            metadata.publishedSource = .sidecar
            metadata.publishedTime = publishedTime
        }
        if let authors { metadata.authors = authors }
        if let url { metadata.url = url }
        if let section { metadata.section = section }
    }
}

/// Reading loosely-typed JSON values (sidecars, JSON Lines, JSON-LD).
enum JSONField {
    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            let trimmed = WhitespaceNormalizer.collapse(text)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber:
            return number.stringValue
        default:
            return nil
        }
    }

    /// A name list given as an array of strings, an array of {"name": ...} objects, an object, or "A, B and C".
    static func names(_ value: Any?) -> [String]? {
        switch value {
        case let text as String:
            let names = AuthorNames.split(text)
            return names.isEmpty ? nil : names
        case let array as [Any]:
            let found = array.flatMap { JSONField.names($0) ?? [] }
            return found.isEmpty ? nil : found
        case let object as [String: Any]:
            return string(object["name"]).map { [$0] }
        default:
            return nil
        }
    }
}
