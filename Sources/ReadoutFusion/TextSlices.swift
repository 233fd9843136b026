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
}
