// The features a learned choice sees of one event the rules read: which rule read it, its trigger word,
// mode and status, who takes part (people, bodies, countries; how many), where its sentence sits
// (headline, caption, body), whether it has a date and a place, and whether its sentence reports
// speech. The rules become features; the weights come from the gold sets (`readout train`).
import ReadoutCore

public enum EventFeatures {
    /// Named features of `event` read from `article` and its analysis; absent features are 0.
    public static func of(_ event: Event, article: Article, analysis: ArticleAnalysis) -> [String: Double] {
        Reader(article: article, analysis: analysis).of(event)
    }

    /// Reads the features of many events of one article: what it needs of the article (entities by id, blocks by
    /// position, the text's scalars) is worked out once, not once per event (quadratic on long inputs).
    public struct Reader {
        let byID: [String: Entity]
        let blocks: [TextBlock]
        let blockIndex: SpanIndex
        let scalars: [Unicode.Scalar]

        public init(article: Article, analysis: ArticleAnalysis) {
            byID = Dictionary(analysis.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            blocks = article.blocks
            blockIndex = SpanIndex(article.blocks.map(\.span))
            scalars = Array(article.text.unicodeScalars)
        }

        public func of(_ event: Event) -> [String: Double] {
            EventFeatures.features(of: event, byID: byID, scalars: scalars,
                                   block: blockIndex.touching(event.evidenceSpan).first.map { blocks[$0].kind })
        }
    }

    static func features(of event: Event, byID: [String: Entity], scalars: [Unicode.Scalar], block: BlockKind?) -> [String: Double] {
        var f: [String: Double] = ["bias": 1]
        f["rule=" + (event.rule ?? "none")] = 1
        f["type=" + event.type.rawValue] = 1
        f["mode=" + (event.mode?.rawValue ?? "none")] = 1
        f["status=" + event.status.rawValue] = 1
        let n = event.participants.count
        f["participants=" + (n >= 4 ? "4+" : String(n))] = 1
        let kinds = event.participantEntities.compactMap { byID[$0]?.type }
        if event.participantEntities.isEmpty { f["parties=unnamed"] = 1 }
        let people = kinds.filter { $0 == .person }.count
        f["people-share"] = n == 0 ? 0 : Double(people) / Double(n)
        if kinds.contains(.org) { f["parties-include-body"] = 1 }
        if kinds.contains(.gpe) { f["parties-include-country"] = 1 }
        if people > 0 && kinds.contains(where: { $0 != .person }) { f["parties=mixed"] = 1 }
        f[event.date == nil ? "date=none" : event.date!.count == 10 ? "date=day" : "date=month"] = 1
        if event.location != nil { f["has-place"] = 1 }
        // (The first block that holds or overlaps the event's sentence.)
        f["block=" + (block?.rawValue ?? "none")] = 1
        if let trigger = event.trigger { f["trigger=" + scalars.text(trigger).lowercased()] = 1 }
        let sentence = event.evidence.lowercased()
        if sentence.contains(" said") || sentence.contains(" told") || sentence.contains(" says") { f["sentence-reports-speech"] = 1 }
        if sentence.contains("“") || sentence.contains("\"") { f["sentence-quotes"] = 1 }
        let words = event.evidence.split(separator: " ").count
        f["sentence-words=" + (words < 15 ? "short" : words < 35 ? "medium" : "long")] = 1
        return f
    }
}
