// A list of feeds to watch, as people keep them → feed URLs in order, each once: an OPML file
// (every `<outline xmlUrl=...>`, however deeply nested in folders), or a plain list with one URL
// a line (blank lines and `#` comments allowed). Anything else in a list is an error naming the
// line, so a typo is caught before the watcher starts rather than polled forever.
import Foundation
import ReadoutCore

public enum FeedSubscriptions {
    /// The feed URLs a subscription file names; `source` is its path, for error messages.
    public static func urls(in text: String, source: String) -> Result<[String], ReadoutError> {
        let head = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if head.hasPrefix("<") { return opml(text, source: source) }
        var urls: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard isFeedURL(line) else {
                return .failure(ReadoutError(source: "\(source):\(index + 1)", reason: "not an http(s) feed URL: '\(line.prefix(80))'"))
            }
            urls.append(line)
        }
        return .success(unique(urls))
    }

    /// An absolute http or https URL with a host.
    public static func isFeedURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return true
    }

    private static func opml(_ xml: String, source: String) -> Result<[String], ReadoutError> {
        let root: MarkupNode
        switch MarkupParser.parseXML(xml) {
        case .parsed(let node): root = node
        case .malformed(let reason, _): return .failure(ReadoutError(source: source, reason: "malformed OPML: \(reason)"))
        }
        guard root.name.lowercased() == "opml" else {
            return .failure(ReadoutError(source: source, reason: "not an OPML file or a list of URLs (root element <\(root.name)>)"))
        }
        // OPML writers disagree on the attribute's case (xmlUrl, xmlURL, xmlurl).
        let urls = root.descendants { $0.name.lowercased() == "outline" }.compactMap { outline in
            outline.attributes.first { $0.key.lowercased() == "xmlurl" }?.value.trimmingCharacters(in: .whitespaces)
        }
        if let bad = urls.first(where: { !isFeedURL($0) }) {
            return .failure(ReadoutError(source: source, reason: "not an http(s) feed URL in an outline: '\(bad.prefix(80))'"))
        }
        return .success(unique(urls))
    }

    private static func unique(_ urls: [String]) -> [String] {
        var seen = Set<String>()
        return urls.filter { seen.insert($0).inserted }
    }
}
