// ReadoutIngest: files (or bytes with a file name) → `Article`s. Acquire (size limit, binary
// sniffing, decoding) then clean (page dumps, HTML, RSS/Atom, JSON Lines), then metadata layered
// as command line > sidecar > page. Never throws and never traps on bad input: every problem
// becomes a `ReadoutError` naming the file (or `FILE#N` / `FILE:LINE` for one feed item or line).
import Foundation
import ReadoutCore

public struct ArticleReader: Sendable {
    public var overrides: IngestOverrides

    public init(overrides: IngestOverrides = .init()) {
        self.overrides = overrides
    }

    /// Reads one file: one article for text/HTML, one per item for RSS/Atom/JSON Lines.
    public func read(file: URL) -> FileReadResult {
        let data: Data
        switch FileLoader.load(file) {
        case .failure(let error): return FileReadResult(failures: [error])
        case .success(let bytes): data = bytes
        }
        var failures: [ReadoutError] = []
        var sidecar: SidecarMetadata?
        switch SidecarMetadata.find(for: file) {
        case .success(let found): sidecar = found
        case .failure(let error): failures.append(error)  // the article is still read, without the sidecar
        }
        var result = read(data: data, name: file.lastPathComponent, source: file.path, sidecar: sidecar)
        result.failures = failures + result.failures
        return result
    }

    /// Reads in-memory bytes as if they were a file with that name.
    public func read(data: Data, name: String) -> FileReadResult {
        read(data: data, name: name, source: name, sidecar: nil)
    }

    /// Reads in-memory bytes with the reader for `kind`, whatever the name or the first bytes suggest
    /// (the bytes are still checked: size, binary, decoding).
    public func read(data: Data, name: String, as kind: InputKind) -> FileReadResult {
        read(data: data, name: name, source: name, sidecar: nil, kind: kind)
    }

    func read(data: Data, name: String, source: String, sidecar: SidecarMetadata?, kind: InputKind? = nil) -> FileReadResult {
        if data.isEmpty { return .failure(source, "empty file") }
        if data.count > FileLoader.sizeLimit { return .failure(source, FileLoader.tooLargeReason(data.count)) }
        if let kind = BinarySniffer.binaryKind(of: data) { return .failure(source, "binary file (\(kind))") }
        let decoded: String
        switch TextDecoder.decode(data) {
        case .failure(let failure): return .failure(source, failure.reason)
        case .success(let result): decoded = result.text
        }
        if decoded.allSatisfy({ $0.isWhitespace }) { return .failure(source, "empty file (only whitespace)") }
        // A script is a program, whatever its name says.
        if decoded.hasPrefix("#!") { return .notArticles("a script") }

        let context = ReadContext(name: name, source: source, rawHash: SHA256.hex(of: data), sidecar: sidecar,
                                  overrides: overrides)
        switch kind ?? FormatDetector.detect(name: name, text: decoded) {
        case .text(let markdown):
            let page = PageDumpCleaner().clean(WhitespaceNormalizer.normalize(decoded), markdown: markdown)
            return context.single(page, format: .text)
        case .html:
            let page = HTMLArticleExtractor.extract(html: decoded)
            return context.single(page, format: .html)
        case .feed:
            return FeedReader.read(xml: decoded, context: context)
        case .jsonLines:
            return JSONLinesReader.read(text: decoded, context: context)
        case .json:
            return JSONLinesReader.readDocument(text: decoded, context: context)
        }
    }
}

/// Where the bytes came from and what applies to every article made from them.
struct ReadContext {
    var name: String
    var source: String
    var rawHash: String
    var sidecar: SidecarMetadata?
    var overrides: IngestOverrides

    /// The file name without its extension: the article id.
    var stem: String { (name as NSString).deletingPathExtension }

    func single(_ page: CleanedPage, format: SourceFormat) -> FileReadResult {
        guard page.hasBodyText else { return .failure(source, "no article text found") }
        let origin = ArticleOrigin(id: stem, source: source, format: format, rawHash: rawHash)
        return FileReadResult(articles: [assemble(page, origin: origin)])
    }

    func assemble(_ page: CleanedPage, origin: ArticleOrigin) -> Article {
        ArticleAssembler.assemble(page, origin: origin, sidecar: sidecar, overrides: overrides)
    }

    /// Origin of the `number`th item (1-based) of a feed or JSON Lines file.
    func itemOrigin(_ number: Int, format: SourceFormat, rawHash: String) -> ArticleOrigin {
        ArticleOrigin(id: "\(stem)#\(number)", source: source, format: format, rawHash: rawHash)
    }
}
