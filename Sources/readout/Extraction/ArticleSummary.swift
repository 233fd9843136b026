// `readout extract` without --json: what one article says, for a person reading a terminal.
// In: an analyzed article. Out: a header line (id, outlet, published, title), entities grouped
// by type with aliases and roles, one line per event, one line per quote.
import ReadoutCore

enum ArticleSummary {
    static func render(_ item: AnalyzedArticle) -> String {
        let meta = item.article.metadata, analysis = item.analysis
        var lines = [[item.article.id, meta.outlet ?? "—", meta.published ?? "undated", meta.title ?? "(untitled)"]
            .joined(separator: "  ")]

        for type in EntityType.allCases {
            let entities = analysis.entities.filter { $0.type == type }
            guard !entities.isEmpty else { continue }
            lines.append("  \(type.rawValue)")
            for entity in entities {
                var line = "    " + entity.name
                if !entity.aliases.isEmpty { line += " (" + entity.aliases.joined(separator: ", ") + ")" }
                if !entity.roles.isEmpty { line += " — " + entity.roles.joined(separator: "; ") }
                lines.append(line)
            }
        }

        if !analysis.events.isEmpty {
            lines.append("  events")
            for event in analysis.events {
                var line = "    \(event.date ?? "no date")  \(event.type.rawValue)  "
                    + event.participants.joined(separator: ", ")
                if let place = event.location { line += "  @\(place)" }
                line += "  \(event.status.rawValue)"
                if let mode = event.mode, mode != .unknown { line += ", \(mode.rawValue)" }
                lines.append(line)
            }
        }

        if !analysis.quotes.isEmpty {
            lines.append("  quotes")
            for quote in analysis.quotes {
                lines.append("    \(quote.speaker ?? "(unattributed)"): “\(quote.text)”")
            }
        }
        if analysis.entities.isEmpty && analysis.events.isEmpty && analysis.quotes.isEmpty {
            lines.append("  (nothing found)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
