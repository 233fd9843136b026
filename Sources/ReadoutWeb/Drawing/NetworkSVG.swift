// An actor's network drawn by the server: the actor in the middle, those it appears with on a
// circle around it, the line thicker the more events they share. Each name links to its page.
// In: the actor's name and its related actors, closest first. Out: an <svg> element.
import Foundation

enum NetworkSVG {
    static func draw(center: String, related: [ActorDetail.Related]) -> String {
        // Wider than high: the labels left and right of the circle need room (up to 28 characters).
        let width = 760, height = 520, radius = 190.0
        let (cx, cy) = (width / 2, height / 2)
        let shown = Array(related.prefix(12))
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Who \(SVGText.escape(center)) appears with\">"
        var nodes = ""
        for (i, other) in shown.enumerated() {
            let angle = 2 * Double.pi * Double(i) / Double(max(1, shown.count)) - Double.pi / 2
            let x = cx + Int(radius * cos(angle)), y = cy + Int(radius * sin(angle))
            let weight = 1 + min(6, other.sharedEvents * 2)
            svg += "<line x1=\"\(cx)\" y1=\"\(cy)\" x2=\"\(x)\" y2=\"\(y)\" stroke=\"#9ab\" stroke-width=\"\(weight)\"/>"
            let label = "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"7\" fill=\"#1f77b4\"/><text x=\"\(x)\" y=\"\(y - 11)\" font-size=\"12\" "
                + "paint-order=\"stroke\" stroke=\"#fbfbfa\" stroke-width=\"4\" text-anchor=\"middle\">\(SVGText.escape(SVGText.short(other.actor.name, 28)))</text>"
            nodes += other.actor.href.map { "<a href=\"\(SVGText.escape($0))\">\(label)</a>" } ?? label
        }
        svg += nodes
        svg += "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"10\" fill=\"#1f3a5f\"/><text x=\"\(cx)\" y=\"\(cy + 28)\" font-size=\"13\" "
            // Below the centre, haloed: the labels of the nodes left and right of it sit at its height.
            + "paint-order=\"stroke\" stroke=\"#fbfbfa\" stroke-width=\"4\" "
            + "font-weight=\"bold\" text-anchor=\"middle\">\(SVGText.escape(SVGText.short(center, 32)))</text>"
        return svg + "</svg>"
    }
}
