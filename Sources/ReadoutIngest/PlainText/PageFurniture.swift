// A line of a news page → whether it is page furniture to drop: ad markers, share/subscribe
// buttons, newsletter and app promos, "Read more"/"Related" labels, cookie notices, editor's
// notes, wire-service update notes, "5 min read", stray numbers. The vocabulary (furniture.* in
// Data/vocabulary/ingest.tsv) is what news sites in general print around articles, not any one site's wording.
import Foundation
import ReadoutKnowledge

enum PageFurniture {
    /// Whole lines (case-insensitive, trailing punctuation ignored) that are interface, never content.
    static let labels = Vocabulary.shared.set("furniture.label")

    /// Line openers that mark a note, a link or a prompt rather than article text.
    static let openers = Vocabulary.shared.entries("furniture.opener")

    /// Wire services' notes to editors, printed in capitals above the story ("UPDATES WITH ...", "REFILE-").
    static let wireNoteOpeners = Vocabulary.shared.entries("furniture.wire-note-opener")

    /// Phrases that give away a promotion or a notice even inside a longer line.
    static let promoPhrases = Vocabulary.shared.entries("furniture.promo-phrase")

    private static let relativeTime = Pattern(#"^(?:updated |published |posted )?\d+\s*(?:min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks)\s*(?:read|ago)$"#, caseInsensitive: true)
    private static let strayNumber = Pattern(#"^[\d\s.,/:|#()+-]{1,12}$"#)
    private static let counter = Pattern(#"^\d+\s+(?:comments?|shares?|views?|likes?|reactions?)$"#, caseInsensitive: true)

    static func isFurniture(_ line: String) -> Bool {
        // Furniture is short; only the start of a long paragraph can matter (an opener such as "Editor's note:").
        // (A line of at most 300 bytes has at most 300 characters: no need to count them.)
        let lower = TextCase.lowercased(line.utf8.count <= 300 ? line : String(line.prefix(300)))
        let key = trimmedKey(lower)
        if labels.contains(key) { return true }
        if key.isEmpty { return true }
        if line.utf8.count <= 12 && strayNumber.matches(line) { return true }
        // Both patterns open with a digit or "updated/published/posted"; checking that first spares the regexes.
        if mayCountTime(key), line.count <= 40, relativeTime.matches(key) || counter.matches(key) { return true }
        for opener in openers where TextSearch.hasPrefix(lower, opener) { return true }
        if wireNoteOpeners.contains(where: { TextSearch.hasPrefix(line, $0) }), line.count <= 200, LineShape(line).isAllCaps {
            return true
        }
        return isPromo(line)
    }

    /// Characters trimmed from both ends of a line before it is compared with the labels.
    private static let keyTrim: Set<Unicode.Scalar> = [" ", ".", ":", "!", "|", "»", "›", ">", "-", "–", "—", "•", "·", "*", "#"]

    /// `text` without `keyTrim` characters at either end (what trimmingCharacters(in:) gives, without Foundation).
    static func trimmedKey(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !keyTrim.contains($0) }),
              let last = scalars.lastIndex(where: { !keyTrim.contains($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(Substring(scalars[first...last]))  // Substring's view: no scalar-by-scalar copy
    }

    private static func mayCountTime(_ key: String) -> Bool {
        if let first = key.unicodeScalars.first, first.properties.numericType == .decimal { return true }
        return TextSearch.hasPrefix(key, "updated ") || TextSearch.hasPrefix(key, "published ") || TextSearch.hasPrefix(key, "posted ")
    }

    /// Labels after which the next headline-shaped lines are links to other stories (the vocabulary's furniture.link-label).
    static let linkLabels = Vocabulary.shared.set("furniture.link-label")

    /// True after a label after which the next headline-shaped lines are links to other stories.
    static func introducesLinks(_ line: String) -> Bool {
        let key = trimmedKey(line.lowercased())
        return linkLabels.contains(key)
    }

    /// A short line that sells, asks or notifies (a sentence of article text rarely contains these phrases).
    static func isPromo(_ line: String) -> Bool {
        guard wordCount(line, atMost: 31) <= 30 else { return false }
        let lower = TextCase.lowercased(line)
        return promoPhrases.contains { TextSearch.contains(lower, $0) }
    }

    /// Space-separated words in `line`, counting no further than `limit`.
    private static func wordCount(_ line: String, atMost limit: Int) -> Int {
        var count = 0, inWord = false
        for byte in line.utf8 {
            if byte == 32 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// "To example.co.ke", "www.example.com", "Go to example.co.uk": a site line whose domain names the outlet.
    static func siteDomain(_ line: String) -> String? {
        guard line.utf8.count <= 80, line.contains("."), line.split(separator: " ").count <= 3, let groups = siteLine.firstMatch(line), let domain = groups[1] else { return nil }
        return domain.lowercased().hasPrefix("www.") ? String(domain.dropFirst(4)) : domain
    }

    private static let siteLine = Pattern(#"^(?:(?:to|go to|visit|back to|return to)\s+)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|co|[a-z]{2})(?:\.[a-z]{2})?)/?$"#, caseInsensitive: true)
}
