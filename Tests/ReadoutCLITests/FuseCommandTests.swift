// `readout fuse`: ingest keeps the fused record up to date, `fuse` says so, `fuse --rebuild`
// fuses every stored article again; both refuse plainly when there is no database.
import Foundation
import Testing

@Suite struct FuseCommandTests {
    let workspace: Workspace
    init() throws { workspace = try Workspace() }

    @Test func ingestFusesAsItStoresAndRebuildFusesEveryArticleAgain() throws {
        let ingest = try workspace.run("ingest", StoryCommandTests.storyArticles)
        try #require(ingest.status == 0, "\(ingest.stderr)")

        let update = try workspace.run("fuse")
        #expect(update.status == 0, "\(update.stderr)")
        #expect(update.stdout == "nothing to fuse: every stored article is in the fused record\n")

        // Three outlets on one meeting (the same two ministers), one unrelated article: two neighbourhoods.
        let rebuild = try workspace.run("fuse", "--rebuild")
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(rebuild.stdout == "4 articles fused in 2 neighbourhoods (4 articles read; the largest holds 3)\n")
    }

    @Test func withoutADatabaseItSaysToIngestFirst() throws {
        let result = try workspace.run("fuse", "--db", "missing.sqlite")
        #expect(result.status == 1)
        #expect(result.stderrLines == ["readout: no database at missing.sqlite; run `readout ingest PATH` first"])
    }
}
