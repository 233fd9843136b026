// What only the SQLite backend does: migrations on a file, and refusing files that are not its own.
import Foundation
import ReadoutCore
import ReadoutStore
import Testing

/// Every migration a new database runs, in order.
private let everyMigration = ["v1-documents", "v1-fts", "v1-analysis", "v1-facts", "v2-fusion", "v3-fused-queries", "v4-common-link-keys", "v5-actor-pages", "v6-watched-feeds", "v7-web-listings", "v8-watch-claims", "v9-drop-flat-facts", "v10-unread-indexes", "v11-unread-fused-keys", "v12-entity-sizes-by-key"]

@Suite struct SQLiteStoreTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func newDatabaseRunsEveryMigrationOnceAndReopens() throws {
        let path = folder.path("new.sqlite")
        let store = try SQLiteStore(path: path)
        #expect(try store.appliedMigrations() == everyMigration)
        _ = try store.save(batch: [(Samples.summit, ArticleAnalysis())])

        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.appliedMigrations().count == everyMigration.count)
        #expect(try reopened.count() == 1)
    }

    @Test func aNewDatabaseIsSetUpWholeAndLeavesNothingBesideIt() throws {
        let path = folder.path("fresh.sqlite")
        let store = try SQLiteStore(path: path)
        // Every migration ran before the file appeared under its name (a reader never sees half a setup).
        #expect(try store.appliedMigrations().count == everyMigration.count)
        let names = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(!names.contains { $0.contains("setting-up") })
        // Opening it again keeps what is stored.
        _ = try store.save(batch: [(Samples.summit, ArticleAnalysis())])
        #expect(try SQLiteStore(path: path).count() == 1)
    }

    @Test func ftsColumnSyntaxErrorsAreReadable() throws {
        let store = try SQLiteStore(path: folder.path("syntax.sqlite"))
        let error = #expect(throws: ReadoutError.self) { try store.search("nosuchcolumn: summit OR x", limit: 5) }
        #expect(error?.reason.contains("cannot read the query") == true)
        #expect(try store.search("title:summit", limit: 5).isEmpty)
    }

    @Test func aTextFileIsRefusedWithOneLineAndLeftUntouched() throws {
        let path = folder.path("notes.txt")
        let content = "These are my notes, not a database.\nSecond line.\n"
        try content.write(toFile: path, atomically: true, encoding: .utf8)

        let error = #expect(throws: ReadoutError.self) { try SQLiteStore(path: path) }
        #expect(error?.source == path)
        #expect(error?.reason.contains("not a Readout database") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aMissingFolderGivesAClearError() throws {
        let error = #expect(throws: ReadoutError.self) {
            try SQLiteStore(path: folder.path("no/such/folder/db.sqlite"))
        }
        #expect(error?.reason.contains("cannot open") == true)
    }
}

/// Reading commands open the store read-only: a file the user may not write still reads, and no
/// -wal or -shm file is left beside it (SQLite creates them for any reader of a WAL database).
@Suite struct ReadOnlyStoreTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    private func siblings(of path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).sorted()
    }

    private func writtenDatabase() throws -> String {
        let path = folder.path("news.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.save(batch: [(Samples.portTalks, Samples.portAnalysis), (Samples.ceasefire, ArticleAnalysis())])
        }
        #expect(try siblings(of: path) == ["news.sqlite"], "a writer that closed leaves the file alone")
        return path
    }

    @Test func readingLeavesNoSideFilesAndNeverWrites() throws {
        let path = try writtenDatabase()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try SQLiteStore(path: path, access: .readOnly)
            #expect(try store.count() == 2)
            #expect(try store.documents(limit: 10, offset: 0).count == 2)
            #expect(try store.search("ceasefire", limit: 5).map(\.document.key) == ["ceasefire"])
            #expect(try store.allDocuments().count == 2)
            let refused = #expect(throws: ReadoutError.self) { try store.save(batch: [(Samples.summit, ArticleAnalysis())]) }
            #expect(refused?.reason.contains("read-only") == true)
            #expect(try siblings(of: path) == ["news.sqlite"], "nothing created while reading")
        }
        #expect(try siblings(of: path) == ["news.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aReadOnlyFileInAReadOnlyFolderReads() throws {
        let path = try writtenDatabase()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path) }
        let store = try SQLiteStore(path: path, access: .readOnly)
        #expect(try store.count() == 2)
        #expect(try siblings(of: path) == ["news.sqlite"])
    }

    @Test func whileAWriterIsOpenReadersSeeItsCommittedArticles() throws {
        let path = folder.path("busy.sqlite")
        let writer = try SQLiteStore(path: path)
        _ = try writer.save(batch: [(Samples.portTalks, ArticleAnalysis())])
        // The writer's pool keeps the -wal file: the reader goes through it and sees the new article.
        let reader = try SQLiteStore(path: path, access: .readOnly)
        #expect(try reader.count() == 1)
        _ = try writer.save(batch: [(Samples.ceasefire, ArticleAnalysis())])
        #expect(try reader.count() == 2)
    }

    @Test func anEmptyFileIsNotReadAsAnEmptyDatabase() throws {
        let path = folder.path("empty.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let error = #expect(throws: ReadoutError.self) { try SQLiteStore(path: path, access: .readOnly) }
        #expect(error?.reason.contains("readout ingest") == true)
        #expect(try siblings(of: path) == ["empty.sqlite"])
    }
}
