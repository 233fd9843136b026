// JSON Lines (one JSON object per line) or a JSON document (one object, or an array of them) →
// one article per object. Fields: `text` (or content/body), optional `title`, `url`, `outlet`,
// `published` (ISO date/datetime or a common format), `authors` (array or string), `section`.
// A line that is not a valid article is a failure `FILE:LINE`; the other lines are still read.
// JSON in which no object has an article text field (gold annotations, a config, an index) holds
// no articles and never meant to: it is passed over, not reported line by line.
import Foundation
import ReadoutCore

enum JSONLinesReader {
    static func read(text: String, context: ReadContext) -> FileReadResult {
        var result = FileReadResult()
        var itemNumber = 0
        var lineNumber = 0
        var unreadable = 0
        var articleObjects = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            itemNumber += 1
            let lineSource = "\(context.source):\(lineNumber)"
            let origin = context.itemOrigin(itemNumber, format: .jsonl, rawHash: SHA256.hex(of: line))
            switch parseObject(Data(line.utf8)) {
            case .failure(let failure):
                if failure.reason == Self.invalidJSON { unreadable += 1 }
                result.failures.append(ReadoutError(source: lineSource, reason: failure.reason))
            case .success(let object):
                if hasArticleText(object) { articleObjects += 1 }
                switch article(from: object, origin: origin, context: context) {
                case .success(let article): result.articles.append(article)
                case .failure(let failure): result.failures.append(ReadoutError(source: lineSource, reason: failure.reason))
                }
            }
        }
        if itemNumber == 0 { return .failure(context.source, "empty file") }
        if articleObjects == 0 && unreadable == 0 { return .notArticles("JSON without article text") }
        return result
    }

    static let textKeys = ["text", "content", "body", "article"]
    static let invalidJSON = "invalid JSON"

    /// Whether an object has a field an article's text could be in (valid or not).
    static func hasArticleText(_ object: [String: Any]) -> Bool {
        textKeys.contains { object[$0] != nil }
    }

    /// A `.json` file: one article object, or an array of them (items numbered like feed items).
    static func readDocument(text: String, context: ReadContext) -> FileReadResult {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            // Not one JSON document: maybe JSON Lines saved as .json.
            return read(text: text, context: context)
        }
        let objects = (value as? [Any] ?? [value]).compactMap { $0 as? [String: Any] }
        if !objects.contains(where: hasArticleText) { return .notArticles("JSON without article text") }
        if let object = value as? [String: Any] {
            let origin = ArticleOrigin(id: context.stem, source: context.source, format: .jsonl, rawHash: context.rawHash)
            switch article(from: object, origin: origin, context: context) {
            case .success(let article): return FileReadResult(articles: [article])
            case .failure(let failure): return .failure(context.source, failure.reason)
            }
        }
        let array = value as? [Any] ?? []
        var result = FileReadResult()
        for (index, element) in array.enumerated() {
            let number = index + 1
            let itemSource = "\(context.source)#\(number)"
            guard let object = element as? [String: Any] else {
                result.failures.append(ReadoutError(source: itemSource, reason: "not a JSON object"))
                continue
            }
            let bytes = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            let origin = context.itemOrigin(number, format: .jsonl, rawHash: SHA256.hex(of: bytes))
            switch article(from: object, origin: origin, context: context) {
            case .success(let article): result.articles.append(article)
            case .failure(let failure): result.failures.append(ReadoutError(source: itemSource, reason: failure.reason))
            }
        }
        return result
    }

    private static func parseObject(_ data: Data) -> Result<[String: Any], ItemFailure> {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            return .failure(ItemFailure(invalidJSON))
        }
        guard let object = value as? [String: Any] else { return .failure("not a JSON object") }
        return .success(object)
    }

    static func article(from object: [String: Any], origin: ArticleOrigin, context: ReadContext) -> Result<Article, ItemFailure> {
        guard let key = textKeys.first(where: { object[$0] != nil }) else { return .failure("no \"text\" field") }
        guard let raw = object[key] as? String else { return .failure(ItemFailure("\"\(key)\" is not a string")) }
        let title = JSONField.string(object["title"] ?? object["headline"])

        var page = ItemText.clean(raw, title: title)
        guard page.hasBodyText else { return .failure("no article text found") }
        if let title { page.title = WhitespaceNormalizer.collapse(WhitespaceNormalizer.normalize(title)) }
        if let outlet = JSONField.string(object["outlet"] ?? object["source"] ?? object["publisher"]) { page.metadata.outlet = outlet }
        if let rawDate = JSONField.string(object["published"] ?? object["date"] ?? object["published_at"] ?? object["datePublished"]) {
            if let date = PublicationDateParser.parse(rawDate) {
                page.metadata.published = date.day
                page.metadata.publishedTime = date.time
                page.metadata.publishedSource = .meta
            }
        }
        if let authors = JSONField.names(object["authors"] ?? object["author"] ?? object["byline"]) {
            page.metadata.authors = authors.filter { !$0.isEmpty }
        }
        if let url = JSONField.string(object["url"] ?? object["link"]) { page.metadata.url = url }
        if let section = JSONField.string(object["section"] ?? object["category"]) { page.metadata.section = section }
        return .success(context.assemble(page, origin: origin))
    }
}

/// The text of a feed item or JSON record → a cleaned page: HTML markup goes through the HTML
/// cleaner, plain text through the page-dump cleaner (a given title is not looked for again).
enum ItemText {
    static func clean(_ raw: String, title: String?) -> CleanedPage {
        if looksLikeHTML(raw) {
            var page = HTMLArticleExtractor.extract(html: raw, isFragment: true)
            if let title { page.title = title }
            return page
        }
        let cleaner = PageDumpCleaner(detectHeadline: title == nil, knownTitle: title)
        return cleaner.clean(WhitespaceNormalizer.normalize(raw))
    }

    static func looksLikeHTML(_ text: String) -> Bool {
        // Every mark looked for opens with "<": text without one (most feed items) needs no search.
        let prefix = text.prefix(2000)
        guard prefix.utf8.contains(UInt8(ascii: "<")) else { return false }
        let head = prefix.lowercased()
        return head.contains("</p>") || head.contains("<p>") || head.contains("<p ") || head.contains("<br")
            || head.contains("</div>") || head.contains("<img") || head.contains("</a>") || head.contains("<figure")
    }
}
