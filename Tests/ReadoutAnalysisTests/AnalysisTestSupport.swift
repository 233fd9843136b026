import ReadoutCore
import ReadoutAnalysis

/// An article made of one paragraph per string, as ingestion would store it.
func article(_ paragraphs: String..., title: String? = nil, published: String? = "2024-03-14") -> Article {
    var text = ""
    var blocks: [TextBlock] = []
    func add(_ s: String, _ kind: BlockKind) {
        if !text.isEmpty { text += "\n\n" }
        let start = text.unicodeScalars.count
        text += s
        blocks.append(TextBlock(kind: kind, span: TextSpan(start, text.unicodeScalars.count)))
    }
    if let title { add(title, .title) }
    for p in paragraphs { add(p, .paragraph) }
    return Article(id: "test", source: "test.txt", format: .text, text: text, blocks: blocks,
                   metadata: ArticleMetadata(title: title, published: published), rawHash: "", contentHash: "")
}

func analyze(_ a: Article) -> ArticleAnalysis { ArticleAnalyzer().analyze(a) }

extension ArticleAnalysis {
    func entity(_ name: String) -> Entity? { entities.first { $0.name == name } }
    func names(_ type: EntityType) -> Set<String> { Set(entities.filter { $0.type == type }.map(\.name)) }
    func meetings() -> [Event] { events.filter { $0.type == .meet } }
}
