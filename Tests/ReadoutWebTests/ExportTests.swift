// The exports are the API's own answers written out: CSV a spreadsheet reads back field for field
// (commas, quotes and line breaks quoted; a planted "=HYPERLINK(...)" title kept from running as a
// formula), the briefing byte for byte what `readout brief` prints, and an actor's network as
// GraphML an XML parser reads. Each is sent with its content type, as a file.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Hummingbird
import HummingbirdTesting
import Testing
@testable import readout
@testable import ReadoutWeb

@Suite struct ExportTests {
    @Test func csvReadsBackFieldForFieldAndRunsNoFormula() async throws {
        try await WebFixture.app().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/quotes?format=csv", method: .get)
            #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(response.headers[.contentDisposition]?.contains("attachment; filename=\"quotes.csv\"") == true)
            let rows = CSVReader.rows(response.text)
            #expect(rows.first == ["speaker", "text", "document", "outlet", "published", "title"])
            #expect(rows.count == 5 && rows.allSatisfy { $0.count == 6 }, "a header and four quotes: \(rows)")
            // A title with quotes, a comma and markup comes back whole.
            #expect(rows.contains { $0[5] == "Ferry deal discussed <a href=\"javascript:alert('link')\">javascript:alert('headline')</a>" }, "\(rows)")
            #expect(rows.contains { $0[3] == "Bayside <img src=x onerror=alert('outlet')> Post" })

            let events = CSVReader.rows(try await client.execute(uri: "/api/v1/events?actor=Osted&format=csv", method: .get).text)
            #expect(events.count == 3 && events[1][0] == "osted-varo-2025-04" && events[1][5] == "Karl Osted; Leni Varo", "\(events)")

            let conflicts = CSVReader.rows(try await client.execute(uri: "/api/v1/conflicts?format=csv", method: .get).text)
            let values = conflicts.dropFirst().map { $0[4] }
            #expect(values.sorted() == ["2025-04-06", "2025-04-07", "2025-06-10", "2025-06-11"], "one row per value given: \(conflicts)")
        }
        // A spreadsheet would run a cell starting with "=": it is written as text instead.
        #expect(CSVText.field("=HYPERLINK(\"http://example.invalid\",\"Osted, in Calder\") lands")
            == "\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Osted, in Calder\"\") lands\"")
        #expect(CSVText.field("-1 Calder") == "'-1 Calder" && CSVText.field("Calder") == "Calder")
    }

    @Test func theBriefingIsWhatTheBriefCommandPrints() async throws {
        try await WebFixture.app().test(.router) { client in
            let story = try await storyID(of: "osted-varo-2025-04", client)
            let response = try await client.execute(uri: "/api/v1/stories/\(story)?format=md", method: .get)
            #expect(response.headers[.contentType]?.hasPrefix("text/markdown") == true)
            let printed = try WebFixture.output(["brief", "--story", story, "--db", WebFixture.database.get()])
            #expect(response.text == printed, "served:\n\(response.text)\nprinted:\n\(printed)")
            #expect(response.text.contains("## Where the sources disagree") && response.text.contains("6 April 2025"))
        }
    }

    @Test func anActorsNetworkIsGraphML() async throws {
        try await WebFixture.app().test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/actors/osted?format=graphml", method: .get)
            #expect(response.headers[.contentType]?.hasPrefix("application/graphml+xml") == true)
            let graph = GraphMLReader(response.text)
            #expect(graph.parsed, "well-formed XML: \(response.text)")
            #expect(graph.nodes["person:karl-osted"] == "Karl Osted" && graph.nodes["person:leni-varo"] == "Leni Varo", "\(graph.nodes)")
            #expect(graph.edges.contains { $0.source == "person:karl-osted" && $0.target == "person:leni-varo" && $0.sharedEvents == 1 },
                    "\(graph.edges)")
        }
    }
}

/// RFC 4180 read back: quoted fields with doubled quotes, commas and line breaks inside.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" && field.isEmpty && !wasQuoted {
                quoted = true; wasQuoted = true
            } else if c == "," {
                row.append(field); field = ""; wasQuoted = false
            } else if c == "\r\n" || c == "\n" || c == "\r" {
                row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false
            } else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

/// Nodes (id → name) and edges of a GraphML document, read with Foundation's XML parser.
final class GraphMLReader: NSObject, XMLParserDelegate {
    struct Edge { var source: String, target: String, sharedEvents: Int? }
    private(set) var nodes: [String: String] = [:]
    private(set) var edges: [Edge] = []
    private(set) var parsed = false
    private var node: String?, key: String?, text = ""

    init(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        parsed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        switch name {
        case "node": node = attributes["id"]
        case "edge": edges.append(Edge(source: attributes["source"] ?? "", target: attributes["target"] ?? "", sharedEvents: nil))
        case "data": key = attributes["key"]; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "data" {
            if key == "name", let node { nodes[node] = text }
            if key == "shared_events", !edges.isEmpty { edges[edges.count - 1].sharedEvents = Int(text) }
        }
        if name == "node" { node = nil }
    }
}
