// Expanding the paths a user gives: files as given, folders recursively in sorted order,
// hidden files, NAME.meta.json sidecars and manifest tables skipped, missing paths reported in place.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct InputEnumeratorTests {
    @Test func foldersAreExpandedRecursivelyInSortedOrder() throws {
        let folder = try TemporaryFolder()
        for name in ["b.txt", "a.txt", "sub/z.html", "sub/deeper/m.jsonl", ".hidden.txt", ".git/config", "a.meta.json", "c.xml", "README.md", "manifest.tsv", "sub/urls.csv"] {
            try folder.write(name, text: "x")
        }
        let names = InputEnumerator(paths: [folder.url.path]).map { entry -> String in
            switch entry {
            case .success(let url): return String(url.path.dropFirst(folder.url.path.count + 1))
            case .failure(let error): return "FAILED \(error)"
            }
        }
        #expect(names == ["a.txt", "b.txt", "c.xml", "sub/deeper/m.jsonl", "sub/z.html"])
    }

    @Test func pathsKeepTheirOrderAndMissingOnesFailInPlace() throws {
        let folder = try TemporaryFolder()
        let second = try folder.write("second.txt", text: "x")
        let first = try folder.write("first.txt", text: "x")
        let missing = folder.url.appendingPathComponent("missing.txt").path
        let entries = Array(InputEnumerator(paths: [second.path, missing, first.path]))
        #expect(entries.count == 3)
        #expect((try? entries[0].get()) == second)
        #expect(entries[1] == .failure(ReadoutError(source: missing, reason: "no such file or directory")))
        #expect((try? entries[2].get()) == first)
    }

    @Test func symbolicLinkLoopDoesNotRecurseForever() throws {
        let folder = try TemporaryFolder()
        try folder.write("sub/a.txt", text: "x")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("sub/loop").path,
                                                   withDestinationPath: folder.url.path)
        let entries = Array(InputEnumerator(paths: [folder.url.path]).prefix(100))
        #expect(entries.count == 1)
    }

    @Test func aFileGivenDirectlyIsReadEvenWhenHidden() throws {
        let folder = try TemporaryFolder()
        let hidden = try folder.write(".draft.txt", text: "x")
        #expect(Array(InputEnumerator(paths: [hidden.path])).count == 1)
    }

    @Test func largeFolderIsEnumeratedOneEntryAtATime() throws {
        let folder = try TemporaryFolder()
        for index in 0..<2_000 { try folder.write(String(format: "story-%05d.txt", index), text: "x") }
        var iterator = InputEnumerator(paths: [folder.url.path]).makeIterator()
        let first = try iterator.next()?.get()
        #expect(first?.lastPathComponent == "story-00000.txt")
        var count = 1
        while iterator.next() != nil { count += 1 }
        #expect(count == 2_000)
    }
}

@Suite struct PassedOverFileTests {
    private func entries(_ paths: [String], database: String? = nil, under folder: TemporaryFolder) -> [String] {
        InputEnumerator(paths: paths, database: database).entries.map { entry -> String in
            func relative(_ url: URL) -> String { String(url.path.dropFirst(folder.url.path.count + 1)) }
            switch entry {
            case .file(let url): return relative(url)
            case .passedOver(let url, _): return "passed over " + relative(url)
            case .failure(let error): return "FAILED \(error)"
            }
        }
    }

    @Test func notesCodeDatabasesAndMediaInAFolderArePassedOver() throws {
        let folder = try TemporaryFolder()
        for name in ["story.txt", "notes.md", "fetch.py", "Tool.swift", "run.sh", "old.sqlite", "old.sqlite-wal",
                     "old.sqlite-shm", "photo.jpg", "feed.xml", "items.jsonl", "page.html"] {
            try folder.write(name, text: "x")
        }
        #expect(entries([folder.url.path], under: folder) == [
            "passed over Tool.swift", "feed.xml", "passed over fetch.py", "items.jsonl",
            "passed over notes.md", "passed over old.sqlite", "passed over old.sqlite-shm", "passed over old.sqlite-wal",
            "page.html", "passed over photo.jpg", "passed over run.sh", "story.txt",
        ])
        // The plain sequence holds only the files to read.
        #expect(Array(InputEnumerator(paths: [folder.url.path])).count == 4)
    }

    @Test func theDatabaseInUseIsPassedOverEvenWhenNamedButNotesNamedByHandAreRead() throws {
        let folder = try TemporaryFolder()
        let database = try folder.write("news.data", text: "x")
        let wal = try folder.write("news.data-wal", text: "x")
        let notes = try folder.write("notes.md", text: "x")
        #expect(entries([database.path, wal.path, notes.path], database: database.path, under: folder)
            == ["passed over news.data", "passed over news.data-wal", "notes.md"])
    }
}
