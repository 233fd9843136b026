// An actor's network as GraphML (for Gephi, yEd, NetworkX): the actor and those it appears with as
// nodes, an undirected edge to each weighted by the events and documents they share. Names are
// article text: escaped as XML like every label Readout draws.
enum ActorGraphML {
    static func render(_ actor: ActorDetail) -> String {
        func node(_ id: String, _ name: String, _ type: String) -> String {
            "    <node id=\"\(SVGText.escape(id))\"><data key=\"name\">\(SVGText.escape(name))</data><data key=\"type\">\(SVGText.escape(type))</data></node>"
        }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
            "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>",
            "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>",
            "  <key id=\"shared_events\" for=\"edge\" attr.name=\"shared_events\" attr.type=\"int\"/>",
            "  <key id=\"shared_documents\" for=\"edge\" attr.name=\"shared_documents\" attr.type=\"int\"/>",
            "  <graph id=\"\(SVGText.escape(actor.id))\" edgedefault=\"undirected\">",
            node(actor.id, actor.name, actor.type),
        ]
        // A related actor without an id (never fused) is named by its name, kept apart from ids.
        for (i, other) in actor.related.enumerated() {
            let id = other.actor.id ?? "name:\(other.actor.name)"
            lines.append(node(id, other.actor.name, other.type))
            lines.append("    <edge id=\"e\(i)\" source=\"\(SVGText.escape(actor.id))\" target=\"\(SVGText.escape(id))\">"
                + "<data key=\"shared_events\">\(other.sharedEvents)</data><data key=\"shared_documents\">\(other.sharedDocuments)</data></edge>")
        }
        return (lines + ["  </graph>", "</graphml>"]).joined(separator: "\n") + "\n"
    }
}
