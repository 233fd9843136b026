// The words a span points at. Spans count Unicode scalars into a text; this cuts them out safely
// (a span past the end is clamped), for the few places that show a fact's words.
extension Array where Element == Unicode.Scalar {
    /// The text of `span`, clamped to these scalars.
    public func text(_ span: TextSpan) -> String {
        let lo = Swift.max(0, Swift.min(span.start, count)), hi = Swift.max(lo, Swift.min(span.end, count))
        var s = ""
        s.unicodeScalars.append(contentsOf: self[lo..<hi])
        return s
    }
}
