// Normalized plain text → one string per paragraph line. Page dumps put each paragraph on its
// own line; hard-wrapped text (emails, wire copy at 70 columns) is detected and its wrapped
// lines joined back; Markdown markup (# headings, **bold**, [links](url), > quotes) is removed.
import Foundation

enum TextLayout {
    static func lines(of text: String, markdown: Bool) -> [String] {
        var raw = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
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
            if line.count > 100 { long += 1 }
            if index + 1 < lines.count, !lines[index + 1].isEmpty {
                consecutivePairs += 1
                let shape = LineShape(line)
                if line.count >= 40 && line.count <= 100 && !shape.endsLikeSentence { continued += 1 }
            }
        }
        return nonEmpty >= 6 && long * 10 < nonEmpty && continued >= 3 && continued * 2 >= consecutivePairs
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
