// An actor's network drawn by the server: the actor in the middle, those it appears with on a
// circle around it, the line thicker the more events they share. Each name links to its page.
// In: the actor's name and its related actors, closest first. Out: an <svg> element.
import Foundation

enum NetworkSVG {
    static func draw(center: String, related: [ActorDetail.Related]) -> String {
        let size = 520, middle = size / 2, radius = 190.0
        let shown = Array(related.prefix(12))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" width=\"\(size)\" height=\"\(size)\" "
            + "viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"Who \(SVGText.escape(center)) appears with\">"
        var nodes = ""
        for (i, other) in shown.enumerated() {
            let angle = 2 * Double.pi * Double(i) / Double(max(1, shown.count)) - Double.pi / 2
            let x = middle + Int(radius * cos(angle)), y = middle + Int(radius * sin(angle))
            let weight = 1 + min(6, other.sharedEvents * 2)
            svg += "<line x1=\"\(middle)\" y1=\"\(middle)\" x2=\"\(x)\" y2=\"\(y)\" stroke=\"#9ab\" stroke-width=\"\(weight)\"/>"
            let label = "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"7\" fill=\"#1f77b4\"/><text x=\"\(x)\" y=\"\(y - 11)\" font-size=\"12\" "
                + "text-anchor=\"middle\">\(SVGText.escape(SVGText.short(other.actor.name, 28)))</text>"
            nodes += other.actor.href.map { "<a href=\"\(SVGText.escape($0))\">\(label)</a>" } ?? label
        }
        svg += nodes
        svg += "<circle cx=\"\(middle)\" cy=\"\(middle)\" r=\"10\" fill=\"#1f3a5f\"/><text x=\"\(middle)\" y=\"\(middle - 15)\" font-size=\"13\" "
            + "font-weight=\"bold\" text-anchor=\"middle\">\(SVGText.escape(SVGText.short(center, 32)))</text>"
        return svg + "</svg>"
    }
}
