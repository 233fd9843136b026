// Reads spans of article text. Spans count Unicode scalars (Article.swift), so slicing goes
// through the scalar view rather than Character indices.
import ReadoutCore

enum TextSlices {
    static func slice(_ text: String, _ span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let count = scalars.count
        let start = max(0, min(span.start, count)), end = max(start, min(span.end, count))
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(from, offsetBy: end - start)
        return String(scalars[from..<to])
    }

    /// Several spans of one text: the text is decoded to scalars once, where slicing each span from the start
    /// of the text again made an article's paragraphs cost the square of its length.
    static func slices(_ text: String, _ spans: [TextSpan]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return spans.map { scalars.text($0) }
    }
}
