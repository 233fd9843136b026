// A real store for the web tests: the fixture articles (invented, with script, event-handler and
// javascript: payloads planted in titles, bodies, outlets and quotes) ingested by the real
// `readout` executable into a temporary database, served through the real StoreWebSource.
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import readout
@testable import ReadoutWeb

enum WebFixture {
    /// The readout executable built beside this test bundle (READOUT_BINARY overrides it).
    static func executable() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["READOUT_BINARY"] { return URL(fileURLWithPath: path) }
        let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("readout")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no readout executable at \(binary.path); run `swift build` first")
        return binary
    }

    /// Runs readout to the end; its stderr when it fails.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "readout \(arguments.joined(separator: " ")) failed: \(text)")
        return text
    }

    /// What readout prints on stdout (it must succeed).
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "readout \(arguments.joined(separator: " ")) failed")
        return text
    }

    /// A new temporary database holding the articles in `folder`.
    static func ingest(_ folder: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readout-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let db = dir.appendingPathComponent("test.sqlite").path
        try run(["ingest", "--db", db, folder])
        return db
    }

    static var articles: String { Bundle.module.resourceURL!.appendingPathComponent("Fixtures/articles").path }

    /// One store for the whole suite: ingesting is the slow part.
    static let database: Result<String, any Error> = Result { try ingest(articles) }

    static func router(token: String? = nil) throws -> Router<BasicRequestContext> {
        try ReadoutWebApp.router(source: StoreWebSource(path: database.get()), token: token)
    }

    static func app(token: String? = nil) throws -> some ApplicationProtocol {
        Application(router: try router(token: token))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text)")
    }
}

/// What a page must never contain however hostile the articles: a script element, an element
/// carrying an event handler, or a link or source that runs javascript:. Only markup counts:
/// attribute values are blanked first, as a title attribute may hold a planted name's "<img" as text
/// (escaped by the server, yet written back with a raw "<" when Chromium serializes its DOM).
enum Hostile {
    static func problems(in html: String) -> [String] {
        var found: [String] = []
        let lower = html.lowercased()
        let tags = lower.replacing(/=\s*"[^"]*"/, with: "=\"\"")
        if tags.contains("<script") { found.append("a <script> element") }
        if tags.contains("<img") { found.append("an <img> element from article text") }
        // An attribute is ` name=` inside a tag; escaped text shows "&lt;img src=x onerror=" instead.
        for handler in ["onerror", "onload", "onclick", "onmouseover"] where tags.range(of: "<[a-z][^>]*\\s\(handler)\\s*=", options: .regularExpression) != nil {
            found.append("an element with \(handler)=")
        }
        // A tag's own attribute whose value starts with javascript: (text in a DOM may read href="javascript:..." as words).
        if lower.range(of: "<[a-z][^<>]*\\s(href|src|action)\\s*=\\s*[\"']?\\s*javascript:", options: .regularExpression) != nil {
            found.append("a javascript: URL in an attribute")
        }
        return found
    }
}
