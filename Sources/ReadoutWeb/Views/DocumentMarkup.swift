// The document page's text with what the analysis found marked inline: names linked to their actor
// pages, times and quotes highlighted (the resolved date or the speaker on hover), each event's
// sentence highlighted with a link to the event page after it. Article text is untrusted: every
// piece of it, and every label, goes through `escape`; the only markup is the tags written here, and
// links come from ids (TextMark.href), never from the text.
// In: DocumentDetail (text, blocks, marks as Unicode-scalar offsets). Out: one HTML fragment per block.
struct MarkedBlock {
    /// title, standfirst, paragraph or caption.
    var kind: String
    /// Escaped text and the tags around its marks.
    var html: String
}

enum DocumentMarkup {
    /// Outermost first: a quote inside an event's sentence, a name inside a quote.
    private static let nesting = ["event", "quote", "time", "entity"]

    static func blocks(_ detail: DocumentDetail) -> [MarkedBlock] {
        let scalars = Array(detail.text.unicodeScalars)
        var blocks = detail.blocks.map { (kind: $0.kind, start: $0.start, end: $0.end) }
        if blocks.isEmpty { blocks = [("paragraph", 0, scalars.count)] }
        return blocks.compactMap { block in
            let start = max(0, min(block.start, scalars.count)), end = max(start, min(block.end, scalars.count))
            guard start < end else { return nil }
            let marks = detail.marks.filter { $0.start < end && start < $0.end && $0.start < $0.end }
            return MarkedBlock(kind: block.kind, html: html(scalars, start, end, marks))
        }
    }

    private static func html(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ marks: [TextMark]) -> String {
        // Cut the block where any mark starts or ends; each piece is inside the same marks throughout.
        var cuts = Set([start, end])
        for mark in marks { cuts.insert(max(start, mark.start)); cuts.insert(min(end, mark.end)) }
        let points = cuts.sorted()
        var out = ""
        for (a, b) in zip(points, points.dropFirst()) {
            var covering: [TextMark] = []
            for kind in nesting {
                if let mark = marks.first(where: { $0.kind == kind && $0.start <= a && b <= $0.end }) { covering.append(mark) }
            }
            var closing = ""
            for mark in covering {
                let title = " title=\"\(escape(mark.label))\""
                if mark.kind == "entity", let href = mark.href {
                    out += "<a class=\"m-entity\" href=\"\(escape(href))\"\(title)>"
                    closing = "</a>" + closing
                } else {
                    out += "<mark class=\"m-\(mark.kind)\"\(title)>"
                    closing = "</mark>" + closing
                }
            }
            var piece = ""
            piece.unicodeScalars.append(contentsOf: scalars[a..<b])
            out += escape(piece) + closing
            // After the last words of an event's sentence: the link to the event it reports.
            for mark in marks where mark.kind == "event" && min(end, mark.end) == b {
                if let href = mark.href { out += "<a class=\"m-event-link\" href=\"\(escape(href))\" title=\"\(escape(mark.label))\">[event]</a>" }
            }
        }
        return out
    }

    /// Text as HTML: the five characters markup gives meaning to, escaped.
    static func escape(_ text: String) -> String { SVGText.escape(text) }
}
