// A damaged feed file is one stderr line, `readout: FILE: REASON`, with libxml2's own reason
// folded in: no parser chatter from libxml2, and no second line for the item the damage cut short.
import Foundation
import Testing

@Suite struct MalformedFeedTests {
    /// A feed cut off in the middle of its second item, as an interrupted download leaves it.
    static let truncatedFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Lakeside Courier</title>
        <item><title>Freedonia and Sylvania open a ferry line</title>
        <description>The transport ministers of Freedonia and Sylvania opened a ferry line across the lake on Monday, \
        the two ministries said in a joint statement.</description></item>
        <item><title>Ferry fares</title><description>Fares for the
        """

    @Test func aTruncatedFeedIsOneLineNamingTheFileAndTheDamage() throws {
        let workspace = try Workspace()
        let feed = workspace.path("lakeside.rss")
        try Self.truncatedFeed.write(toFile: feed, atomically: true, encoding: .utf8)

        let result = try workspace.run("ingest", feed)
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1, "exactly one line for the bad file: \(result.stderr)")
        let line = try #require(result.stderrLines.first)
        #expect(line.hasPrefix("readout: \(feed): malformed feed: "), "\(line)")
        #expect(line.contains("line 5") && line.hasSuffix("1 item read"), "\(line)")
        #expect(!line.contains("line 5 (line 5)"), "the line number once: \(line)")
        // The complete item before the damage is still stored; the file counts as one failure.
        #expect(count("documents stored", in: result.stdout) == 1, "\(result.stdout)")
        #expect(count("failed", in: result.stdout) == 1)
    }
}
