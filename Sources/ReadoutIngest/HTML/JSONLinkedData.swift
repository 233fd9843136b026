// <script type="application/ld+json"> blocks of a page → the schema.org article they describe
// (NewsArticle, Article, BlogPosting... found at the top level, in arrays or in "@graph"):
// headline, dates, authors, publisher name, url, section and articleBody.
import Foundation

struct LinkedArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String]?
    var publisher: String?
    var url: String?
    var section: String?
    var articleBody: String?
}

enum JSONLinkedData {
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
        "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle",
    ]

    static func article(in root: MarkupNode) -> LinkedArticle? {
        let scripts = root.descendants { $0.name == "script" && ($0["type"]?.lowercased().contains("ld+json") ?? false) }
        for script in scripts {
            let json = script.children.map(\.text).joined()
            guard let data = json.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            if let object = findArticle(value) { return linkedArticle(from: object) }
        }
        return nil
    }

    private static func findArticle(_ value: Any) -> [String: Any]? {
        if let array = value as? [Any] {
            for element in array { if let found = findArticle(element) { return found } }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        if isArticle(object) { return object }
        if let graph = object["@graph"] { return findArticle(graph) }
        if let main = object["mainEntity"] { return findArticle(main) }
        return nil
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        switch object["@type"] {
        case let single as String: types = [single]
        case let many as [Any]: types = many.compactMap { $0 as? String }
        default: types = []
        }
        return types.contains { articleTypes.contains($0.lowercased()) }
    }

    private static func linkedArticle(from object: [String: Any]) -> LinkedArticle {
        var article = LinkedArticle()
        article.headline = JSONField.string(object["headline"] ?? object["name"])
        article.datePublished = JSONField.string(object["datePublished"] ?? object["dateCreated"])
        article.dateModified = JSONField.string(object["dateModified"])
        article.authors = JSONField.names(object["author"] ?? object["creator"])
        switch object["publisher"] {
        case let name as String: article.publisher = JSONField.string(name)
        case let publisher as [String: Any]: article.publisher = JSONField.string(publisher["name"])
        case let many as [Any]: article.publisher = (many.first as? [String: Any]).flatMap { JSONField.string($0["name"]) }
        default: break
        }
        article.url = JSONField.string(object["url"])
        if article.url == nil {
            if let page = object["mainEntityOfPage"] as? [String: Any] { article.url = JSONField.string(page["@id"] ?? page["url"]) }
            else { article.url = JSONField.string(object["mainEntityOfPage"]) }
        }
        switch object["articleSection"] {
        case let many as [Any]: article.section = many.compactMap { JSONField.string($0) }.first
        default: article.section = JSONField.string(object["articleSection"])
        }
        if let body = object["articleBody"] as? String, !body.isEmpty { article.articleBody = body }
        return article
    }
}
