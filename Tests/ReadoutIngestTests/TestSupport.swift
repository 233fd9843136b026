// Helpers for the ingest tests: fixture files from Fixtures/ and throwaway folders for files
// the tests generate (binary files, a 50 MB line, sidecars) so nothing large is committed.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

enum Fixture {
    static func url(_ path: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    static func read(_ path: String, overrides: IngestOverrides = .init()) -> FileReadResult {
        ArticleReader(overrides: overrides).read(file: url(path))
    }

    /// The one article a fixture holds; fails the test when there is not exactly one or any failure.
    static func article(_ path: String, overrides: IngestOverrides = .init(),
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> Article {
        let result = read(path, overrides: overrides)
        #expect(result.failures.isEmpty, "\(result.failures)", sourceLocation: sourceLocation)
        #expect(result.articles.count == 1, sourceLocation: sourceLocation)
        return try #require(result.articles.first, sourceLocation: sourceLocation)
    }
}

/// A fresh folder under the system temp directory, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("readout-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    @discardableResult
    func write(_ name: String, text: String) throws -> URL {
        try write(name, Data(text.utf8))
    }
}

extension Article {
    /// Texts of the blocks of one kind, read back through their spans.
    func blockTexts(_ kind: BlockKind) -> [String] {
        blocks.filter { $0.kind == kind }.map { text(of: $0.span) }
    }

    func text(of span: TextSpan) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }
}
