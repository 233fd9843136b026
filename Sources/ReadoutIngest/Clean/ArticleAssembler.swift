// What a cleaner found (headline, standfirst, body paragraphs and captions, metadata) + where it
// came from → an `Article`: blocks joined by blank lines in reading order, block spans in
// Unicode scalars, metadata layered (command line > sidecar > page), raw and content hashes.
import ReadoutCore

/// A cleaner's output before it becomes an `Article`.
struct CleanedPage {
    var title: String?
    var standfirst: [String] = []
    /// Paragraphs and captions in reading order.
    var body: [(kind: BlockKind, text: String)] = []
    /// Metadata the page itself states.
    var metadata = ArticleMetadata()

    var hasBodyText: Bool { body.contains { $0.kind == .paragraph } }
}

struct ArticleOrigin {
    var id: String
    var source: String
    var format: SourceFormat
    var rawHash: String
}

enum ArticleAssembler {
    static func assemble(_ page: CleanedPage, origin: ArticleOrigin, sidecar: SidecarMetadata?,
                         overrides: IngestOverrides) -> Article {
        var pieces: [(BlockKind, String)] = []
        if let title = page.title.map(WhitespaceNormalizer.collapse), !title.isEmpty { pieces.append((.title, title)) }
        for line in page.standfirst { pieces.append((.standfirst, line)) }
        pieces.append(contentsOf: page.body.map { ($0.kind, $0.text) })

        var text = ""
        var blocks: [TextBlock] = []
        var offset = 0
        for (kind, raw) in pieces {
            let piece = WhitespaceNormalizer.collapse(raw)
            if piece.isEmpty { continue }
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = piece.unicodeScalars.count
            text += piece
            blocks.append(TextBlock(kind: kind, span: TextSpan(offset, offset + length)))
            offset += length
        }

        var metadata = page.metadata
        if metadata.title == nil, let title = blocks.first(where: { $0.kind == .title }) {
            metadata.title = text.scalarSlice(title.span)
        }
        sidecar?.apply(to: &metadata)
        MetadataPrecedence.apply(overrides, to: &metadata)
        metadata.authors = AuthorNames.deduplicated(metadata.authors)
        metadata.credits = AuthorNames.deduplicated(metadata.credits)

        return Article(id: origin.id, source: origin.source, format: origin.format, text: text, blocks: blocks,
                       metadata: metadata, rawHash: origin.rawHash, contentHash: ContentHasher.hash(text))
    }
}

extension String {
    /// The text of a span counted in Unicode scalars.
    func scalarSlice(_ span: TextSpan) -> String {
        let scalars = unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(start, offsetBy: span.length)
        return String(scalars[start..<end])
    }
}
