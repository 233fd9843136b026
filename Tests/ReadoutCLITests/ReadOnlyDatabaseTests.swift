// Reading commands on a database the user may not write: a 0444 file in a 0555 folder. They
// must succeed and leave no -wal/-shm file behind. Tests often run as root, whom permissions do
// not stop; then the commands are also run as an unprivileged user (setpriv), where they do.
import Foundation
import Testing

@Suite struct ReadOnlyDatabaseTests {
    let workspace: Workspace
    let database: String
    let folder: URL

    init() throws {
        workspace = try Workspace()
        folder = workspace.folder.appendingPathComponent("archive")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("news.sqlite").path
        let ingest = try workspace.run("ingest", "--db", database, StoryCommandTests.storyArticles)
        try #require(ingest.status == 0, "\(ingest.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        // The workspace itself must be reachable by an unprivileged user.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.folder.path)
    }

    /// Every reading command, with arguments that make it read everything.
    static let readingCommands: [[String]] = [
        ["documents"], ["search", "ocean"], ["stories"], ["timeline"], ["actor", "Ribeiro"], ["conflicts"],
        ["compare", "--story", "1"], ["brief", "--story", "1"],
    ]

    private func folderContents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func readingCommandsWorkOnAReadOnlyFileAndLeaveNothingBehind() throws {
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        for command in Self.readingCommands {
            let result = try workspace.run(arguments: command + ["--db", database])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(command)")
            #expect(try folderContents() == ["news.sqlite"], "\(command) left files beside the database")
        }
    }

    @Test func asAUserWhoMayNotWriteTheFile() throws {
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let setpriv = "/usr/bin/setpriv"
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: setpriv) else { return }  // already unprivileged
        for command in Self.readingCommands {
            let result = try workspace.run(arguments: ["--reuid=65534", "--regid=65534", "--clear-groups",
                                                       try Workspace.executable().path] + command + ["--db", database],
                                           executable: URL(fileURLWithPath: setpriv))
            #expect(result.status == 0, "\(command) as an unprivileged user: \(result.stderr)")
            #expect(try folderContents() == ["news.sqlite"], "\(command) left files beside the database")
        }
        // In a folder that user may write, a read-only file still gets no -wal/-shm litter.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let result = try workspace.run(arguments: ["--reuid=65534", "--regid=65534", "--clear-groups",
                                                   try Workspace.executable().path, "stories", "--db", database],
                                       executable: URL(fileURLWithPath: setpriv))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try folderContents() == ["news.sqlite"])
    }
}
