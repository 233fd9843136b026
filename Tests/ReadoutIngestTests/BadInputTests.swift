// Bad input gets one clear reason naming the file and never a crash: missing paths, empty and
// binary files, a 50 MB single line, undecodable bytes, FIFOs, unreadable files. Invalid UTF-8
// that is Windows-1252 is decoded silently; BOMs, CRLF and odd spaces are normalized.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct BadInputTests {
    private func reasons(_ result: FileReadResult) -> [String] { result.failures.map(\.reason) }

    @Test func missingPath() {
        let result = ArticleReader().read(file: URL(fileURLWithPath: "/nonexistent/readout/story.txt"))
        #expect(result.articles.isEmpty)
        #expect(result.failures == [ReadoutError(source: "/nonexistent/readout/story.txt", reason: "no such file or directory")])
    }

    @Test func emptyAndBlankFiles() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.txt", Data())
        let blank = try folder.write("blank.txt", text: " \n\u{00A0}\n\t\n")
        #expect(reasons(ArticleReader().read(file: empty)) == ["empty file"])
        #expect(reasons(ArticleReader().read(file: blank)) == ["empty file (only whitespace)"])
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "binary file (PNG image)"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46], "binary file (JPEG image)"),
        (Array("%PDF-1.7\n%âãÏÓ\n".utf8), "binary file (PDF document)"),
        ([0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0], "binary file (ZIP archive)"),
        ([0x1F, 0x8B, 8, 0, 0, 0, 0, 0], "binary file (gzip archive)"),
        (Array("Talks began\u{0}on Monday".utf8), "binary file (contains NUL bytes)"),
    ] as [([UInt8], String)])
    func binaryFilesAreRefused(bytes: [UInt8], reason: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("picture.txt", Data(bytes + Array(repeating: 0x41, count: 100)))
        let result = ArticleReader().read(file: file)
        #expect(result.articles.isEmpty)
        #expect(reasons(result) == [reason])
        #expect(result.failures.first?.source == file.path)
    }

    @Test func fiftyMegabyteSingleLineIsRefusedQuickly() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("huge.txt", Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024))
        let clock = ContinuousClock()
        let start = clock.now
        let result = ArticleReader().read(file: file)
        #expect(clock.now - start < .seconds(2))
        #expect(reasons(result) == ["file too large (50 MB; limit 20 MB)"])
    }

    @Test func longSingleLineUnderTheLimitIsReadInReasonableTime() throws {
        let sentence = "Officials from both countries met again on Tuesday to review the agreement. "
        let text = String(repeating: sentence, count: 40_000)  // about 3 MB on one line
        let clock = ContinuousClock()
        let start = clock.now
        let result = ArticleReader().read(data: Data(text.utf8), name: "one-line.txt")
        #expect(clock.now - start < .seconds(20))
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.blocks.count == 1)
    }

    @Test func windows1252BytesAreDecodedSilently() throws {
        // "Café talks in São Tomé — “progress”" in Windows-1252.
        var bytes = Array("Caf".utf8) + [0xE9] + Array(" talks in S".utf8) + [0xE3] + Array("o Tom".utf8) + [0xE9]
        bytes += [0x20, 0x97, 0x20, 0x93] + Array("progress".utf8) + [0x94]
        bytes += Array(" was made on Monday, the foreign ministers of both countries said after the meeting.\n".utf8)
        let result = ArticleReader().read(data: Data(bytes), name: "latin.txt")
        #expect(result.failures.isEmpty)
        #expect(result.articles.first?.text == "Café talks in São Tomé — “progress” was made on Monday, the foreign ministers of both countries said after the meeting.")
    }

    @Test func bomCRLFAndOddSpacesAreNormalized() throws {
        let text = "\u{FEFF}Chad and Sudan reopen\u{00A0}border crossing\r\n\r\nChad and Sudan reopened a border\u{202F}crossing on Monday,\u{200B} officials said after talks in N'Djamena.\r\n"
        let article = try #require(ArticleReader().read(data: Data(text.utf8), name: "crlf.txt").articles.first)
        #expect(article.metadata.title == "Chad and Sudan reopen border crossing")
        #expect(article.text == "Chad and Sudan reopen border crossing\n\nChad and Sudan reopened a border crossing on Monday, officials said after talks in N'Djamena.")
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let text = "Tunisia and Libya sign a trade accord in Tunis on Monday, the ministers said in a statement."
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian)!)
        let article = try #require(ArticleReader().read(data: data, name: "utf16.txt").articles.first)
        #expect(article.text == text)
    }

    @Test func fifoIsRefusedWithoutBlocking() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(path, 0o644) == 0)
        let result = ArticleReader().read(file: URL(fileURLWithPath: path))
        #expect(reasons(result) == ["not a regular file"])
    }

    @Test func directoryGivenAsAFile() throws {
        let folder = try TemporaryFolder()
        #expect(reasons(ArticleReader().read(file: folder.url)) == ["is a directory"])
    }

    @Test func unreadableFileInAFolder() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("a.txt", text: "Malawi and Zambia agreed on Monday to build a new road bridge, officials said.")
        let locked = try folder.write("b.txt", text: "Locked away.")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path) }
        let broken = folder.url.appendingPathComponent("c.txt")
        try FileManager.default.createSymbolicLink(atPath: broken.path, withDestinationPath: "/nonexistent/target.txt")

        var articles = 0
        var failures: [ReadoutError] = []
        for entry in InputEnumerator(paths: [folder.url.path]) {
            switch entry {
            case .success(let url):
                let result = ArticleReader().read(file: url)
                articles += result.articles.count
                failures += result.failures
            case .failure(let error):
                failures.append(error)
            }
        }
        #expect(articles >= 1)
        #expect(failures.contains { $0.source == broken.path && $0.reason == "broken symbolic link" })
        if geteuid() != 0 {  // root reads everything, so the permission check only applies to other users
            #expect(failures.contains { $0.source == locked.path && $0.reason == "permission denied" })
        }
        _ = good
    }

    @Test func malformedInputNeverTraps() throws {
        // Odd but plausible inputs, each must come back as an article or a failure.
        let inputs: [(String, String)] = [
            ("a.html", "<html><body><p>" + String(repeating: "<div>", count: 5000) + "text"),
            ("b.xml", "<?xml version=\"1.0\"?><rss><channel><item><title>x</title><description>"),
            ("c.jsonl", "{\"text\": 42}\n[1,2]\n\"just a string\"\n"),
            ("d.txt", String(repeating: "\n", count: 10_000) + "x"),
            ("e.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"),
            ("f.html", "<<<>>><p>></p><!-- unterminated comment"),
        ]
        for (name, text) in inputs {
            let result = ArticleReader().read(data: Data(text.utf8), name: name)
            #expect(result.articles.count + result.failures.count >= 1, "\(name) gave nothing")
        }
    }
}
