// `compare` shows each outlet's distinctive wording for an event as the outlet wrote it (case,
// apostrophes and all) and only from its body text: a headline or a caption is not how the
// report words the event.
import Foundation
import Testing

@Suite struct CompareWordingTests {
    static let courier = """
        <html><head><title>Osted and Varo meet in Dunmore</title><meta property="og:site_name" content="Northern Courier">
        <meta property="article:published_time" content="2025-04-08"></head>
        <body><article><h1>Osted and Varo meet in Dunmore</h1>
        <figure><img src="a.jpg"><figcaption>Ferland's foreign minister Karl Osted shakes hands with Leni Varo at the \
        harbour office in Dunmore on Monday, April 7.</figcaption></figure>
        <p>Ferland Foreign Minister Karl Osted met Veland Foreign Minister Leni Varo in Dunmore on Monday, April 7, to \
        talk about Ferland's fishing quotas in the shared bay.</p>
        <p>Both ministers said the talks would continue in the summer.</p>
        </article></body></html>
        """

    static let post = """
        <html><head><title>Ferry deal discussed in Dunmore</title><meta property="og:site_name" content="Bayside Post">
        <meta property="article:published_time" content="2025-04-08"></head>
        <body><article><h1>Ferry deal discussed in Dunmore</h1>
        <p>Ferland Foreign Minister Karl Osted met Veland's top diplomat Leni Varo in Dunmore on Monday, April 7, as \
        both sides weighed a joint ferry service.</p>
        <p>Officials said a ferry timetable could be agreed by June.</p>
        </article></body></html>
        """

    @Test func distinctiveWordingIsShownAsWrittenAndOnlyFromBodyText() throws {
        let workspace = try Workspace()
        let folder = workspace.folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.courier.write(to: folder.appendingPathComponent("courier.html"), atomically: true, encoding: .utf8)
        try Self.post.write(to: folder.appendingPathComponent("post.html"), atomically: true, encoding: .utf8)
        let ingest = try workspace.run("ingest", folder.path)
        try #require(ingest.status == 0, "\(ingest.stderr)")

        let result = try workspace.run("compare", "--story", "1", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let matrix = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let wording = try #require(matrix["wording"] as? [[String: Any]])
        let events = wording.filter { $0["subject"] as? String == "event" }
        let post = try #require(events.first { $0["outlet"] as? String == "Bayside Post" })
        let terms = post["terms"] as? [String] ?? []
        #expect(terms.contains { $0.contains("Veland's top diplomat") }, "as written, apostrophe and capitals kept: \(terms)")
        for term in terms {
            #expect(Self.post.contains(term), "\(term) is a phrase of the article's body")
        }
        // The Courier's report of the meeting rests on its headline: no wording from it.
        #expect(!events.contains { $0["outlet"] as? String == "Northern Courier" }, "\(events)")
        #expect(!result.stdout.contains("osted and varo meet"))
    }
}
