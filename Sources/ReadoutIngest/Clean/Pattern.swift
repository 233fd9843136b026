// A compiled regular expression with the two questions the cleaners ask: does a short string
// match, and what are the capture groups of the first match. Only ever run on short lines
// (headers, bylines, captions), never on whole articles, so a pathological line costs little.
import Foundation

struct Pattern: @unchecked Sendable {  // NSRegularExpression is immutable and thread-safe once built.
    private let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        // The patterns are constants written in this module; a typo is a programming error.
        regex = try! NSRegularExpression(pattern: pattern, options: options)
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Capture groups of the first match (index 0 is the whole match); nil groups did not take part.
    func firstMatch(_ text: String) -> [String?]? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            let range = match.range(at: index)
            guard range.location != NSNotFound, let swiftRange = Range(range, in: text) else { return nil }
            return String(text[swiftRange])
        }
    }

    /// The range of the first match in `text`.
    func firstRange(_ text: String) -> Range<String.Index>? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range, in: text)
    }
}
