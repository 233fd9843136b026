// File name + decoded text → which reader handles it (page dump, HTML, RSS/Atom feed, JSON
// Lines, JSON). The content decides when it is unambiguous (an HTML page saved as .txt is
// still HTML; a feed saved as .html is still a feed); the extension decides otherwise.
import Foundation

/// Which reader cleans a file. Usually detected (`FormatDetector`); a caller that knows it from
/// elsewhere (an HTTP Content-Type, a feed enclosure's type) can name it: `ArticleReader.read(data:name:as:)`.
public enum InputKind: Equatable, Sendable {
    /// A plain-text page dump; `markdown` strips Markdown marks first.
    case text(markdown: Bool)
    case html
    case feed
    case jsonLines
    case json
}

enum FormatDetector {
    static func detect(name: String, text: String) -> InputKind {
        let ext = (name as NSString).pathExtension.lowercased()
        let head = leadingContent(text)
        if head.hasPrefix("<") {
            let lowerHead = TextCase.lowercased(head)
            if looksLikeFeed(lowerHead) { return .feed }
            if looksLikeHTML(lowerHead) { return .html }
            if ["xml", "rss", "atom"].contains(ext) { return .feed }
            if ["html", "htm", "xhtml"].contains(ext) { return .html }
            // Some tags but neither a feed nor a page root: HTML's parser copes with fragments.
            if lowerHead.contains("</p>") || lowerHead.contains("<div") || lowerHead.contains("<br") { return .html }
        }
        if head.hasPrefix("{") || head.hasPrefix("[") {
            if ["json"].contains(ext) || head.hasPrefix("[") { return .json }
            return .jsonLines
        }
        switch ext {
        case "html", "htm", "xhtml": return .html
        case "xml", "rss", "atom": return .feed
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .json
        case "md", "markdown": return .text(markdown: true)
        default: return .text(markdown: false)
        }
    }

    /// The first 4 KB after whitespace, a BOM and leading XML comments/processing instructions are skipped.
    private static func leadingContent(_ text: String) -> String {
        var slice = Substring(text.prefix(4096))
        while let first = slice.unicodeScalars.first, first.properties.isWhitespace || first == "\u{FEFF}" {
            slice = slice.dropFirst()
        }
        return String(slice)
    }

    /// The name of the first element, skipping `<?xml ...?>`, comments and a doctype ("rss", "feed", "html").
    static func rootElementName(_ head: String) -> String? {
        var rest = Substring(head)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("?") || rest.hasPrefix("!--") || rest.lowercased().hasPrefix("!doctype") {
                let closer = rest.hasPrefix("!--") ? "-->" : ">"
                guard let end = rest.range(of: closer) else { return nil }
                if rest.lowercased().hasPrefix("!doctype html") { return "html" }
                rest = rest[end.upperBound...]
                continue
            }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "-" || $0 == "_" }
            return name.isEmpty ? nil : name.lowercased()
        }
        return nil
    }

    private static func looksLikeFeed(_ head: String) -> Bool {
        guard let root = rootElementName(head) else { return false }
        return root == "rss" || root == "feed" || root == "rdf:rdf" || root == "channel"
    }

    private static func looksLikeHTML(_ head: String) -> Bool {
        if let root = rootElementName(head), ["html", "head", "body", "article", "main", "div", "p", "section", "meta", "title"].contains(root) {
            return true
        }
        return head.contains("<html") || head.contains("<body")
    }
}
