// `readout extract --explain`: sentence by sentence, what each component and rule found there, so
// that a reader can see why a fact was made (and which rule to blame for a wrong one).
// In: an analysed article. Out: text lines: the sentence, then its entities (first mention), times,
// quotes and events, each with its rule; events show their trigger word and status (negated and
// hypothetical ones too, which the JSON keeps but scorers and fusion pass over).
import ReadoutCore

enum ArticleExplanation {
    static func render(_ item: AnalyzedArticle) -> String {
        let article = item.article, a = item.analysis
        let meta = article.metadata
        var lines = ["\(article.id)  \(meta.outlet ?? "—")  \(meta.published ?? "undated")  \(meta.title ?? "(untitled)")"]
        let scalars = Array(article.text.unicodeScalars)
        func text(_ span: TextSpan) -> String { scalars.text(span) }
        // Each entity is explained where it is first mentioned.
        var firstMention: [Int: [Entity]] = [:]
        for entity in a.entities {
            guard let first = entity.mentions.min() else { continue }
            if let k = a.sentences.firstIndex(where: { $0.span.contains(first) }) { firstMention[k, default: []].append(entity) }
        }
        for (k, sentence) in a.sentences.enumerated() {
            let times = a.times.filter { sentence.span.contains($0.span) }
            let quotes = a.quotes.filter { sentence.span.contains($0.span) || $0.span.contains(sentence.span) }
            let events = a.events.filter { $0.evidenceSpan == sentence.span || ($0.trigger.map(sentence.span.contains) ?? false) }
            let entities = firstMention[k] ?? []
            guard !(times.isEmpty && quotes.isEmpty && events.isEmpty && entities.isEmpty) else { continue }
            lines.append("")
            lines.append("[\(k + 1)] \(sentence.block.rawValue): \(oneLine(text(sentence.span)))")
            for e in entities {
                var line = "    entity  \(e.type.rawValue) \(e.name)"
                if !e.roles.isEmpty { line += " — " + e.roles.joined(separator: "; ") }
                lines.append(line + "  ← \(e.rule ?? "?")")
            }
            for t in times {
                lines.append("    time    “\(t.text)” = \(t.value ?? "unresolved")  ← \(t.rule ?? "?")")
            }
            for q in quotes {
                let words = q.text.split(separator: " ")
                let short = words.count > 12 ? words.prefix(12).joined(separator: " ") + " …" : q.text
                lines.append("    quote   \(q.speaker ?? "(unattributed)"): “\(short)”  ← \(q.rule ?? "?")")
            }
            for e in events {
                var line = "    event   \(e.type.rawValue) \(e.status.rawValue)"
                if let mode = e.mode, mode != .unknown { line += " \(mode.rawValue)" }
                line += ": " + e.participants.joined(separator: " · ")
                if let date = e.date { line += "  on \(date)" } else if let t = e.dateText { line += "  “\(t)”" }
                if let place = e.location { line += "  in \(place)" }
                if let trigger = e.trigger { line += "  (trigger “\(text(trigger))”)" }
                lines.append(line + "  ← \(e.rule ?? "?")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
