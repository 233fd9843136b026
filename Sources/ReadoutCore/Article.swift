// The one object the stages pass along: an article's cleaned text, the layout of
// that text (title, paragraphs, captions as offsets), and its metadata.
//
// Offsets everywhere in Readout count Unicode scalars from the start of `text`
// (the same unit as Python's str indices), so any fact can point back at its words.

/// A half-open range of Unicode-scalar offsets into an article's `text`.
public struct TextSpan: Codable, Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}

/// What part of a news page a block of text is.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    case title          // the headline
    case standfirst     // subtitle, deck or summary bullets under the headline
    case paragraph      // body text
    case caption        // photo caption (its credit removed)
}

public struct TextBlock: Codable, Hashable, Sendable {
    public var kind: BlockKind
    public var span: TextSpan

    public init(kind: BlockKind, span: TextSpan) {
        self.kind = kind
        self.span = span
    }
}

/// Where a publication date came from; `inferred` means estimated by Readout, not stated.
public enum DateSource: String, Codable, Sendable {
    case header         // stated in the page text or its header lines
    case meta           // HTML <meta> or JSON-LD
    case feed           // RSS/Atom item date
    case sidecar        // NAME.meta.json next to the file
    case commandLine = "command_line"
    case inferred       // estimated from the story and the dates the text mentions
}

public struct ArticleMetadata: Codable, Hashable, Sendable {
    public var title: String?
    public var outlet: String?
    /// ISO 8601 calendar date, `YYYY-MM-DD`.
    public var published: String?
    public var publishedSource: DateSource?
    /// Time of day as printed, when the page gave one ("08:46 PM").
    public var publishedTime: String?
    public var authors: [String]
    public var url: String?
    public var section: String?
    /// Photo credits and similar attributions removed from the text ("Photo: Reuters").
    public var credits: [String]

    public init(title: String? = nil, outlet: String? = nil, published: String? = nil,
                publishedSource: DateSource? = nil, publishedTime: String? = nil,
                authors: [String] = [], url: String? = nil, section: String? = nil,
                credits: [String] = []) {
        self.title = title
        self.outlet = outlet
        self.published = published
        self.publishedSource = publishedSource
        self.publishedTime = publishedTime
        self.authors = authors
        self.url = url
        self.section = section
        self.credits = credits
    }
}

/// The input format an article was read from.
public enum SourceFormat: String, Codable, Sendable {
    case text, html, rss, atom, jsonl
}

public struct Article: Codable, Hashable, Sendable, Identifiable {
    /// Stable short name: the file name without extension, or `FILE#N` for the Nth item of a feed or JSON Lines file.
    public var id: String
    /// Path or URL the article was read from.
    public var source: String
    public var format: SourceFormat
    /// Cleaned text: title, standfirst, captions and paragraphs, blocks separated by blank lines.
    public var text: String
    public var blocks: [TextBlock]
    public var metadata: ArticleMetadata
    /// SHA-256 (hex) of the original bytes the article came from (for a feed item: of that item's text).
    public var rawHash: String
    /// SHA-256 (hex) of the normalized text; two articles with the same value are the same article.
    public var contentHash: String

    public init(id: String, source: String, format: SourceFormat, text: String, blocks: [TextBlock],
                metadata: ArticleMetadata, rawHash: String, contentHash: String) {
        self.id = id
        self.source = source
        self.format = format
        self.text = text
        self.blocks = blocks
        self.metadata = metadata
        self.rawHash = rawHash
        self.contentHash = contentHash
    }

    public var wordCount: Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let letter = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if letter && !inWord { count += 1 }
            inWord = letter
        }
        return count
    }
}
