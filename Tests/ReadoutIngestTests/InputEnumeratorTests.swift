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
