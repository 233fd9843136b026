// Article text → an outlet the text names as its own: a headline prefix "DW Exclusive:", or a
// source speaking to it ("told the Jakarta Post", "said in an interview with X", "writing for X").
// Only known news outlets count after "told"/"interview with", so "told reporters" or "told
// parliament" never become outlets. A report citing another outlet ("X reported") does not count.
import Foundation

enum OutletMentions {
    private static let exclusivePrefix = Pattern(#"^([\p{Lu}][\p{L}&]*(?:\s[\p{Lu}][\p{L}&]*){0,2})\s+(?:Exclusive|EXCLUSIVE|Interview|INTERVIEW)\s*:"#)
    private static let cues = ["told ", "interview with ", "speaking to ", "spoke to ", "writing for ", "wrote for ", "exclusively to "]

    /// "DW Exclusive: ..." → "DW".
    static func headlinePrefix(_ title: String) -> String? {
        guard let groups = exclusivePrefix.firstMatch(title), let name = groups[1] else { return nil }
        if let known = NewsOutlets.canonical(name) { return known }
        let shape = LineShape(name)
        return shape.isAllCaps || NewsOutlets.looksLikeOutletName(name) ? name : nil
    }

    /// The first known outlet a source talks to in these paragraphs.
    static func spokenTo(in paragraphs: [String]) -> String? {
        for paragraph in paragraphs {
            for cue in cues {
                var searchStart = paragraph.startIndex
                while let hit = TextSearch.range(of: cue, in: paragraph, from: searchStart) {
                    searchStart = hit.upperBound
                    var rest = paragraph[hit.upperBound...]
                    if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
                    if let outlet = knownOutlet(atStartOf: rest) { return outlet }
                }
            }
        }
        return nil
    }

    /// The longest known outlet name that `text` starts with, ending at a word boundary.
    private static func knownOutlet(atStartOf text: Substring) -> String? {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return nil }
        let head = text.prefix(60)
        for name in NewsOutlets.allNamesLongestFirst where head.hasPrefix(name) {
            let after = head.dropFirst(name.count).first
            if after == nil || !(after!.isLetter || after!.isNumber) {
                return NewsOutlets.canonical(name)
            }
        }
        return nil
    }
}
