// A parsed HTML page → the metadata its markup states: title (og:title, JSON-LD headline, <h1>,
// <title> minus " | Site"), byline (meta author, JSON-LD author, rel=author, .byline), date
// (article:published_time, JSON-LD datePublished, meta date/pubdate, <time datetime>), outlet
// (og:site_name, JSON-LD publisher), url (og:url, canonical), section, and JSON-LD articleBody.
import Foundation
import ReadoutCore

struct HTMLMetadata {
    var title: String?
    var outlet: String?
    var published: ParsedDate?
    var authors: [String] = []
    var url: String?
    var section: String?
    /// JSON-LD `articleBody`: the text to fall back on when the markup yields none.
    var articleBody: String?
}

enum HTMLMetadataExtractor {
    static func extract(_ root: MarkupNode) -> HTMLMetadata {
        var meta: [String: String] = [:]  // first value for each name/property, lowercased keys
        for node in root.descendants(where: { $0.name == "meta" }) {
            guard let key = (node["property"] ?? node["name"] ?? node["itemprop"])?.lowercased(),
                  let content = node["content"].map(WhitespaceNormalizer.collapse), !content.isEmpty else { continue }
            if meta[key] == nil { meta[key] = content }
        }
        let linked = JSONLinkedData.article(in: root)
        var result = HTMLMetadata()

        result.outlet = meta["og:site_name"] ?? linked?.publisher ?? meta["application-name"]
        let pageTitle = root.first { $0.name == "title" }?.textContent
        let h1 = root.first { $0.name == "h1" }?.textContent
        let titleCandidates = [meta["og:title"], linked?.headline, meta["twitter:title"], h1, pageTitle]
        if let title = titleCandidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            result.title = stripSiteSuffix(title, site: result.outlet).headline
        }
        if result.outlet == nil, let pageTitle, let site = stripSiteSuffix(pageTitle, site: nil).site {
            result.outlet = site  // "Headline - West Coast Post": the <title> names the site
        }

        let dateCandidates = [
            meta["article:published_time"], linked?.datePublished, meta["og:published_time"], meta["datepublished"],
            meta["pubdate"], meta["publishdate"], meta["publish-date"], meta["date"], meta["dc.date.issued"], meta["dc.date"],
            meta["dcterms.created"], meta["sailthru.date"], meta["parsely-pub-date"], meta["article.published"],
            root.first { $0.name == "time" && $0["datetime"] != nil }?["datetime"], meta["article:modified_time"],
            linked?.dateModified,
        ]
        result.published = dateCandidates.compactMap { $0 }.lazy.compactMap { PublicationDateParser.parse($0) }.first

        // Each source may list only the first author: the fullest list wins, earlier sources on ties.
        var candidates: [[String]] = []
        if let author = meta["author"] ?? meta["article:author"] ?? meta["parsely-author"] ?? meta["sailthru.author"] {
            candidates.append(bylineNames(author))
        }
        candidates.append(linked?.authors ?? [])
        let marked = root.descendants { $0.name == "a" && ($0["rel"]?.lowercased().contains("author") ?? false) }
            + root.descendants { ClassTokens.of($0).contains { ["byline", "author", "authors"].contains($0) } }
        if let names = marked.lazy.map({ bylineNames($0.textContent) }).first(where: { !$0.isEmpty }) { candidates.append(names) }
        let cleaned = candidates.map { names in
            names.filter { NewsOutlets.canonical($0) == nil && $0.lowercased() != result.outlet?.lowercased() }
        }
        result.authors = cleaned.reduce([]) { best, names in names.count > best.count ? names : best }

        let canonical = root.first { $0.name == "link" && $0["rel"]?.lowercased() == "canonical" }?["href"]
        result.url = meta["og:url"] ?? canonical ?? linked?.url
        result.section = meta["article:section"] ?? linked?.section
        result.articleBody = linked?.articleBody
        return result
    }

    /// "By Jane Doe and Ali Khan" / "Jane Doe, Ali Khan" → names; URLs and outlet names are not bylines.
    static func bylineNames(_ raw: String) -> [String] {
        var text = WhitespaceNormalizer.collapse(raw)
        if text.hasPrefix("http") || text.contains("@") || text.count > 200 { return [] }
        for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        let names = AuthorNames.split(text)
        return names.filter { LineShape($0).isPersonName || ($0.split(separator: " ").count >= 2 && $0.count <= 40 && !NewsOutlets.looksLikeOutletName($0)) }
    }

    /// "Talks resume in Doha | The Daily Outlet" → ("Talks resume in Doha", "The Daily Outlet").
    static func stripSiteSuffix(_ title: String, site: String?) -> (headline: String, site: String?) {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let tail = WhitespaceNormalizer.collapse(title[range.upperBound...])
            let head = WhitespaceNormalizer.collapse(title[..<range.lowerBound])
            let tailIsSite = site.map { tail.lowercased() == $0.lowercased() } ?? false
            if tailIsSite || NewsOutlets.isKnown(tail) || (LineShape(tail).wordCount <= 4 && LineShape(head).wordCount >= 4
                && NewsOutlets.looksLikeOutletName(tail)) {
                return (head, tail)
            }
        }
        return (title, nil)
    }
}

/// Tokens of an element's class and id: "article-body relatedStories" → [article, body, related, stories].
enum ClassTokens {
    static func of(_ node: MarkupNode) -> [String] {
        var tokens: [String] = []
        for value in [node["class"], node["id"]].compactMap({ $0 }) {
            var current = ""
            var previousWasLower = false
            for character in value {
                if character.isLetter || character.isNumber {
                    if character.isUppercase && previousWasLower && !current.isEmpty {
                        tokens.append(current.lowercased())
                        current = ""
                    }
                    current.append(character)
                    previousWasLower = character.isLowercase
                } else {
                    if !current.isEmpty { tokens.append(current.lowercased()) }
                    current = ""
                    previousWasLower = false
                }
            }
            if !current.isEmpty { tokens.append(current.lowercased()) }
        }
        return tokens
    }
}
