// What only the SQLite backend does: migrations on a file, and refusing files that are not its own.
import Foundation
import ReadoutCore
import ReadoutStore
import Testing

@Suite struct SQLiteStoreTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    @Test func newDatabaseRunsEveryMigrationOnceAndReopens() throws {
        let path = folder.path("new.sqlite")
        let store = try SQLiteStore(path: path)
        #expect(try store.appliedMigrations() == ["v1-documents", "v1-fts", "v1-analysis", "v1-facts"])
        _ = try store.save(batch: [(Samples.summit, ArticleAnalysis())])

        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.appliedMigrations().count == 4)
        #expect(try reopened.count() == 1)
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
