// A line near the headline → the publication date it states: "Published: Mar 14, 2023 10:05 AM",
// "Updated 10 January 2024, 14:05 GMT", "Posted on 2024-01-09", or a line that is nothing but a
// date ("Tuesday, January 9, 2024 | 8:46 PM"). Updated-only dates are marked so a real
// "Published" line wins over them.
import Foundation
import ReadoutKnowledge

struct PublishedLine: Equatable {
    var date: ParsedDate
    var isUpdate: Bool
    /// True for a bare date with no "Published"/"Updated" label.
    var isBare: Bool
}

enum PublishedLineParser {
    private static let labelled = Pattern(
        #"^(?:(first\s+published|published|posted|updated|last\s+updated|last\s+modified|modified|date|dated|released|issued|created)(?:\s+(?:on|at))?)\s*[:\-–—|]?\s*(.+)$"#,
        caseInsensitive: true)

    /// The words of the labels `labelled` spells out (the vocabulary's published.label-word).
    private static let labelWords = Vocabulary.shared.set("published.label-word")

    /// Letters after a number in a date line: ordinal suffixes ("28th"; time.ordinal-suffix) and published.number-suffix ("8pm", "14h").
    private static let numberSuffixes = Vocabulary.shared.union("time.ordinal-suffix", "published.number-suffix")

    /// Words a date line is made of: the vocabulary's month and weekday names and month abbreviations
    /// (time.month, time.weekday, time.month-abbreviation) and the rest of a date line (published.date-word:
    /// weekday abbreviations, am/pm, time zones, labels, separators).
    private static let dateWords: Set<String> = {
        let v = Vocabulary.shared
        return Set(v.map("time.month").keys).union(v.map("time.month-abbreviation").keys).union(v.map("time.weekday").keys)
            .union(v.set("published.date-word"))
    }()

    static func parse(_ line: String) -> PublishedLine? {
        // An ASCII digit settles the question without looking at every character's properties.
        guard line.utf8.count <= 320, line.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) || line.contains(where: \.isNumber)
        else { return nil }
        let firstWord = line.prefix { $0.isLetter }.lowercased()
        if labelWords.contains(firstWord), let groups = labelled.firstMatch(line), let label = groups[1]?.lowercased(), let rest = groups[2] {
            // "Published: X | Updated: Y": the first date belongs to the label at the start.
            guard let date = PublicationDateParser.parse(rest) else { return nil }
            let isUpdate = label.contains("updated") || label.contains("modified")
            return PublishedLine(date: date, isUpdate: isUpdate, isBare: false)
        }
        guard isMostlyDate(line), let date = PublicationDateParser.parse(line) else { return nil }
        return PublishedLine(date: date, isUpdate: false, isBare: true)
    }

    /// True when removing digits, month/day names, times and zones leaves at most one other word.
    static func isMostlyDate(_ line: String) -> Bool {
        var leftovers = 0
        for raw in line.split(separator: " ") {
            let word = trimmed(TextCase.lowercased(raw))
            if word.isEmpty || dateWords.contains(word) { continue }
            let stripped = word.drop { $0.isNumber }
            if stripped.isEmpty || numberSuffixes.contains(String(stripped)) { continue }
            if word.allSatisfy({ $0.isNumber || ":./-+".contains($0) }) { continue }
            if word.hasPrefix("gmt") || word.hasPrefix("utc") { continue }
            leftovers += 1
            if leftovers > 1 { return false }  // most lines are sentences: stop at their second word
        }
        return true
    }

    private static let wordTrim: Set<Unicode.Scalar> = [",", ".", "|", "(", ")"]

    /// `word` without `wordTrim` characters at either end.
    private static func trimmed(_ word: String) -> String {
        let scalars = word.unicodeScalars
        guard let first = scalars.firstIndex(where: { !wordTrim.contains($0) }),
              let last = scalars.lastIndex(where: { !wordTrim.contains($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
