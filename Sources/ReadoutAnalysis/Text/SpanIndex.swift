// Spans (time expressions, mentions) found by where they lie, without a scan of them all.
// In: a list of spans, once per article. Out: the positions in that list of the spans inside a
// stretch of text, covering a point, or ending in a window, always in list order, so a caller
// that took the first or last match of a scan of the whole list gets the same one.
// Why: the event rules ask such questions once per sentence or per trigger; a scan of every
// time expression or mention each time made analysis quadratic in the article's length.
import ReadoutCore

struct SpanIndex: Sendable {
    private let spans: [TextSpan]
    /// Positions in `spans`, sorted by start (then position).
    private let order: [Int]
    /// `spans[order[k]].start`, for binary search.
    private let starts: [Int]
    /// The longest span: a span ending at `e` starts no earlier than `e - longest`.
    private let longest: Int
    /// A span ending before it starts would break that bound; then every query scans (never seen in practice).
    private let wellFormed: Bool

    init(_ spans: [TextSpan]) {
        self.spans = spans
        wellFormed = spans.allSatisfy { $0.end >= $0.start }
        longest = spans.reduce(0) { max($0, $1.end - $1.start) }
        // Analysis produces its spans in text order; sorting is then a check that costs one pass.
        let inOrder = zip(spans, spans.dropFirst()).allSatisfy { $0.start <= $1.start }
        order = inOrder ? Array(spans.indices) : spans.indices.sorted { (spans[$0].start, $0) < (spans[$1].start, $1) }
        starts = order.map { spans[$0].start }
    }

    var count: Int { spans.count }

    /// Positions of the spans that start in `lo...hi`, in list order.
    func starting(from lo: Int, through hi: Int) -> [Int] {
        guard wellFormed else { return spans.indices.filter { spans[$0].start >= lo && spans[$0].start <= hi } }
        guard lo <= hi else { return [] }
        var k = starts.partitioningIndex { $0 >= lo }
        var found: [Int] = []
        while k < starts.count && starts[k] <= hi {
            found.append(order[k])
            k += 1
        }
        // Already in list order when the list is in text order; sorting a handful of positions is cheap otherwise.
        return found.sorted()
    }

    /// Positions of the spans that lie inside `span` (`span.contains`), in list order.
    func inside(_ span: TextSpan) -> [Int] {
        starting(from: span.start, through: span.end).filter { span.contains(spans[$0]) }
    }

    /// Positions of the spans that contain `span`, in list order.
    func covering(_ span: TextSpan) -> [Int] {
        guard wellFormed else { return spans.indices.filter { spans[$0].contains(span) } }
        return starting(from: min(span.start, span.end) - longest, through: span.start).filter { spans[$0].contains(span) }
    }

    /// Positions of the spans that contain or overlap `span`, in list order.
    func touching(_ span: TextSpan) -> [Int] {
        let touches = { (k: Int) in self.spans[k].contains(span) || self.spans[k].overlaps(span) }
        guard wellFormed else { return spans.indices.filter(touches) }
        // Either way such a span starts no later than `span` ends (or starts), and ends no earlier than it starts.
        return starting(from: min(span.start, span.end) - longest, through: max(span.start, span.end)).filter(touches)
    }

    /// Positions of the spans that end after `lo` and no later than `hi` (`lo < end <= hi`), in list order.
    func ending(after lo: Int, through hi: Int) -> [Int] {
        guard wellFormed else { return spans.indices.filter { spans[$0].end > lo && spans[$0].end <= hi } }
        return starting(from: lo + 1 - longest, through: hi).filter { spans[$0].end > lo && spans[$0].end <= hi }
    }
}
