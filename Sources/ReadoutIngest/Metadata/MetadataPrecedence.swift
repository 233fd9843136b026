// Command-line overrides → applied on top of an article's metadata (they beat sidecars and
// the page). Also the small helpers that keep author lists tidy.
import Foundation
import ReadoutCore

enum MetadataPrecedence {
    static func apply(_ overrides: IngestOverrides, to metadata: inout ArticleMetadata) {
        if let outlet = overrides.outlet?.trimmingSpaces, !outlet.isEmpty {
            metadata.outlet = outlet
        }
        if let raw = overrides.published, let date = PublicationDateParser.parse(raw) {
            metadata.published = date.day
            metadata.publishedSource = .commandLine
            metadata.publishedTime = date.time
        }
    }
}

enum AuthorNames {
    /// Removes empty entries and repeats (case-insensitive), keeping the first spelling and the order.
    static func deduplicated(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for name in names {
            let trimmed = WhitespaceNormalizer.collapse(name)
            if trimmed.isEmpty { continue }
            if seen.insert(trimmed.lowercased()).inserted { out.append(trimmed) }
        }
        return out
    }

    /// "A, B and C" / "A & B" / "A and B" → ["A", "B", "C"].
    static func split(_ list: String) -> [String] {
        var text = list
        for joiner in [" and ", " & ", " And ", " AND "] { text = text.replacingOccurrences(of: joiner, with: ",") }
        return text.split(separator: ",").map { WhitespaceNormalizer.collapse($0) }.filter { !$0.isEmpty }
    }
}

extension String {
    var trimmingSpaces: String { WhitespaceNormalizer.collapse(self) }
}
