// Normalized plain text → one string per paragraph line. Page dumps put each paragraph on its
// own line; hard-wrapped text (emails, wire copy at 70 columns) is detected and its wrapped
// lines joined back; Markdown markup (# headings, **bold**, [links](url), > quotes) is removed.
import Foundation

enum TextLayout {
    static func lines(of text: String, markdown: Bool) -> [String] {
        // Byte split: a line feed is always a Character of its own here (carriage returns are gone),
        // so this is the Character split without grapheme breaking over the whole text.
        var raw = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { line -> String in
            var trimmed = line
            while trimmed.last == 32 { trimmed = trimmed.dropLast() }
            return String(Substring(trimmed))
        }
        if markdown { raw = raw.map(stripMarkdown) }
        if isHardWrapped(raw) { raw = joinWrapped(raw) }
        return raw
    }

    /// True when most lines stop at a fixed width in mid-sentence: many consecutive non-empty lines,
    /// nearly all of them 40–100 characters long.
    static func isHardWrapped(_ lines: [String]) -> Bool {
        var continued = 0, consecutivePairs = 0, long = 0, nonEmpty = 0
        for (index, line) in lines.enumerated() where !line.isEmpty {
            nonEmpty += 1
            // Characters counted up to 101 only: a long paragraph need not be walked to its end.
            let length = line.utf8.count < 40 ? line.utf8.count : boundedCount(line, 101)
            if length > 100 { long += 1 }
            if index + 1 < lines.count, !lines[index + 1].isEmpty {
                consecutivePairs += 1
                if length >= 40 && length <= 100 && !LineShape(line).endsLikeSentence { continued += 1 }
            }
        }
        return nonEmpty >= 6 && long * 10 < nonEmpty && continued >= 3 && continued * 2 >= consecutivePairs
    }

    /// `min(text.count, limit)`.
    private static func boundedCount(_ text: String, _ limit: Int) -> Int {
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) else { return text.count }
        return text.distance(from: text.startIndex, to: end)
    }

    /// Joins runs of non-empty lines into one line each; bullets and short header lines keep their own line.
    static func joinWrapped(_ lines: [String]) -> [String] {
        var out: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { out.append(current) }
            current = ""
        }
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flush()
                out.append("")
                continue
            }
            let startsItem = trimmed.hasPrefix("•") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ")
            if startsItem || current.isEmpty || (current.count < 40 && !LineShape(current).endsLikeSentence) {
                flush()
                current = line
            } else {
                current += " " + trimmed
            }
        }
        flush()
        return out
    }


    static func stripMarkdown(_ line: String) -> String {
        var text = line
        let trimmed = text.drop { $0 == " " }
        if trimmed.hasPrefix("#") {
            text = String(trimmed.drop { $0 == "#" }.drop { $0 == " " })
        } else if trimmed.hasPrefix("> ") {
            text = String(trimmed.dropFirst(2))
        }
        if text.contains("](") {
            let ns = NSMutableString(string: text)
            _ = try? NSRegularExpression(pattern: #"!?\[([^\]]*)\]\([^)]*\)"#)
                .replaceMatches(in: ns, range: NSRange(location: 0, length: ns.length), withTemplate: "$1")
            text = ns as String
        }
        for marker in ["**", "__"] { text = text.replacingOccurrences(of: marker, with: "") }
        if text.hasPrefix("* ") { text = "• " + text.dropFirst(2) }
        if ["---", "***", "___"].contains(text.trimmingCharacters(in: .whitespaces)) { return "" }
        return text
    }
}
