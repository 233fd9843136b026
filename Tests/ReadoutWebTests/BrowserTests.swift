// The real server in a real browser: `readout serve` on a free loopback port over the seed
// articles, pages loaded by headless Chromium (its DOM after parsing, as a reader's browser builds
// it), checked for the facts the gold annotations hold. Skipped, saying why, when Chromium or the
// shared corpus is not on this machine.
import Foundation
import Testing

@Suite(.serialized) struct BrowserTests {
    /// The shared development data beside the repository: ../shared/corpus/seeds.
    static var seeds: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
    }

    static var chromium: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }

    @Test func theStoryPageShowsTheSeedMeetingsAndTheDateConflict() async throws {
        guard let chromium = Self.chromium else {
            print("BrowserTests skipped: no chromium on PATH (Debian: apt-get install chromium)")
            return
        }
        guard FileManager.default.fileExists(atPath: Self.seeds.path) else {
            print("BrowserTests skipped: no seed articles at \(Self.seeds.path)")
            return
        }
        let db = try WebFixture.ingest(Self.seeds.path)
        let server = try ServerProcess(db: db)
        defer { server.stop() }

        let stories = try Browser.dumpDOM(chromium, url: "\(server.base)/stories")
        let links = Set(stories.matches(of: /href="(\/stories\/story-\d+)"/).map { String($0.1) }).sorted()
        try #require(!links.isEmpty, "no story links on /stories: \(stories.prefix(2000))")
        // The story telling Liu Jianchao's US visit: the one whose page names both.
        var page = ""
        for link in links {
            let dom = try Browser.dumpDOM(chromium, url: server.base + link)
            if dom.contains("Blinken") && dom.contains("Finer") { page = dom; break }
        }
        try #require(!page.isEmpty, "no story page names Blinken and Finer among \(links)")
        let text = Browser.visibleText(page)
        // Gold: Liu Jianchao met Antony Blinken: an event of the story, named by its participants.
        let labels = page.matches(of: />([^<>]*meeting[^<>]*)</).map { String($0.1) }
        #expect(labels.contains { $0.contains("Antony Blinken") && $0.contains("Liu Jianchao") }, "the Blinken–Liu meeting among \(labels)")
        #expect(page.contains("<svg") && page.contains("<circle"), "the timeline is drawn")
        // Gold: the outlets disagree on the day of the Liu–Finer meeting (Wednesday 10 vs Thursday 11 January 2024).
        let conflict = text.components(separatedBy: "⚠").first { $0.contains("Finer") && $0.contains("Liu") && $0.contains("dates") } ?? ""
        #expect(conflict.contains("10 January 2024") && conflict.contains("11 January 2024"), "the Liu–Finer date conflict: \(conflict)")
        #expect(!text.contains("{{"), "no template left unrendered")
    }

    /// Every page of the store with markup planted in titles, bodies, outlets, quotes and entity
    /// names, as Chromium builds it: the planted tags are text, not elements, and nothing they carry
    /// ran (a handler that ran would have marked the body with data-ran).
    @Test func plantedMarkupIsTextAndNothingRunsInChromium() async throws {
        guard let chromium = Self.chromium else {
            print("BrowserTests skipped: no chromium on PATH (Debian: apt-get install chromium)")
            return
        }
        let server = try ServerProcess(db: HostileNames.database.get())
        defer { server.stop() }
        var pages = ["/stories", "/events", "/conflicts", "/documents", "/actors/person:leni-varo", "/actors/person:karl-osted",
                     "/events/osted-varo-2025-04", "/search?q=alert"]
        let stories = try Browser.dumpDOM(chromium, url: "\(server.base)/stories")
        pages += Set(stories.matches(of: /href="(\/stories\/story-\d+)"/).map { String($0.1) }).sorted()
        let documents = try Browser.dumpDOM(chromium, url: "\(server.base)/documents")
        pages += Set(documents.matches(of: /href="(\/documents\/\d+)"/).map { String($0.1) }).sorted()
        #expect(pages.count >= 8 + 4 + 6, "\(pages)")
        var shown = ""
        for page in pages {
            let dom = try Browser.dumpDOM(chromium, url: server.base + page)
            #expect(dom.contains("</main>"), "\(page) loaded: \(dom.prefix(300))")
            #expect(Hostile.problems(in: dom).isEmpty, "\(page): \(Hostile.problems(in: dom))")
            #expect(!dom.contains("data-ran="), "\(page): a planted handler ran")
            shown += Browser.visibleText(dom)
        }
        // What a reader sees: the planted strings as words on the page.
        #expect(shown.contains("<script>alert('title')</script>") && shown.contains("Bayside <img src=x onerror=alert('outlet')> Post"))
        #expect(shown.contains(HostileNames.planted), "the planted entity name, as text")
    }
}

/// `readout serve --port 0` in the background; the port it picked is read from its start line.
final class ServerProcess {
    let process = Process()
    private(set) var base = ""

    init(db: String) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("readout-serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = try WebFixture.executable()
        process.arguments = ["serve", "--db", db, "--host", "127.0.0.1", "--port", "0"]
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let match = text.firstMatch(of: /on (http:\/\/127\.0\.0\.1:\d+)\//) { base = String(match.1); return }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        stop()
        Issue.record("readout serve did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        throw CancellationError()
    }

    func stop() {
        if process.isRunning { process.terminate(); process.waitUntilExit() }
    }
}

enum Browser {
    /// The page's DOM after Chromium parsed it. Root needs --no-sandbox; each run gets its own profile.
    static func dumpDOM(_ chromium: String, url: String) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("readout-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("readout-dom-\(UUID().uuidString).html")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(profile.path)", "--dump-dom", url]
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { process.terminate(); Issue.record("chromium took over 90 s on \(url)") }
        process.waitUntilExit()
        return (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    }

    /// The words a reader sees: tags dropped, the usual entities decoded.
    static func visibleText(_ html: String) -> String {
        html.replacing(/<[^>]*>/, with: " ").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&").replacing(/\s+/, with: " ")
    }
}
