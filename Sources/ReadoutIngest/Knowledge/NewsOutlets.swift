// Names of news outlets → the canonical name Readout reports. Used to recognise an outlet in
// "told the X", "writing for X", a dateline's "(X)" and header lines, and to tell outlet names
// from person names. General outlets only, compiled from Wikipedia's "List of news agencies",
// "List of newspapers in the world by circulation" / per-country newspaper lists and "List of
// international broadcasters" (2024): the major wire services and, per region, the best-known
// national dailies and broadcasters. Canonical form = the short name the outlet uses for itself.

import Foundation
import ReadoutKnowledge

enum NewsOutlets {
    /// (canonical name, other names and abbreviations it goes by), in the order of the vocabulary's
    /// outlet.news-outlet ("AP=Associated Press|The Associated Press"): an alias two outlets share names the first.
    static let entries: [(name: String, aliases: [String])] = Vocabulary.shared.entries("outlet.news-outlet").map { entry in
        guard let eq = entry.firstIndex(of: "=") else { return (entry, []) }
        return (String(entry[..<eq]), entry[entry.index(after: eq)...].split(separator: "|").map(String.init))
    }

    /// Photo agencies and picture desks (outlet.photo-agency): a caption credit naming one of these does not name the outlet.
    static let photoAgencies = Vocabulary.shared.set("outlet.photo-agency")

    /// Words that appear in outlet names and rarely in people's names ("Evening Post", "News Service"; outlet.name-word).
    static let outletWords = Vocabulary.shared.set("outlet.name-word")

    private static let canonicalByName: [String: String] = {
        var map: [String: String] = [:]
        for entry in entries {
            map[entry.name.lowercased()] = map[entry.name.lowercased()] ?? entry.name
            for alias in entry.aliases { map[alias.lowercased()] = map[alias.lowercased()] ?? entry.name }
        }
        return map
    }()

    /// Names longest first, so "The Washington Post" is tried before "Post"-less shorter names.
    static let allNamesLongestFirst: [String] = {
        var names: [String] = []
        for entry in entries {
            names.append(entry.name)
            names.append(contentsOf: entry.aliases)
        }
        return names.sorted { $0.count > $1.count }
    }()

    /// The canonical name when `name` is a known outlet (case-insensitive, leading "the" optional).
    static func canonical(_ name: String) -> String? {
        let key = name.lowercased()
        if let hit = canonicalByName[key] { return hit }
        if key.hasPrefix("the "), let hit = canonicalByName[String(key.dropFirst(4))] { return hit }
        if let hit = canonicalByName["the " + key] { return hit }
        return nil
    }

    static func isKnown(_ name: String) -> Bool { canonical(name) != nil }

    /// True when a name-like phrase reads like an outlet's name ("Andean News Service", "The Daily Star").
    static func looksLikeOutletName(_ phrase: String) -> Bool {
        if isKnown(phrase) { return true }
        let words = phrase.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        return words.contains { outletWords.contains($0) }
    }
}
