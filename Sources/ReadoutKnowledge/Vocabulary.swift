// Closed-class and news-register word lists that the analyzer's components and rules share:
// trigger words of each event family, modality cues, speech verbs, clause breaks, prepositions.
// In: the files of Data/vocabulary/ (events.tsv, quotes.tsv, ...: one `list<TAB>entry` row per word,
// grouped by list; each file names its sources). Out: each named list as a Set (or, for `key=value` entries, a dictionary), one copy for
// ingest, analysis and fusion alike, so that a rule never carries a word list of its own.
import Foundation
import ReadoutCore

public final class Vocabulary: Sendable {
    /// The bundled vocabulary, loaded on first use.
    public static let shared: Vocabulary = {
        do {
            return try Vocabulary(directory: Knowledge.bundledDirectory.appendingPathComponent("vocabulary", isDirectory: true))
        } catch {
            fatalError("readout: bundled vocabulary is unusable: \(error)")
        }
    }()

    private let lists: [String: [String]]
    /// Each file's `# source:` line, by file name.
    public let sources: [String: String]
    /// The file each list comes from.
    public let fileOfList: [String: String]

    public init(directory: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }.sorted()
        var lists: [String: [String]] = [:]
        var sources: [String: String] = [:]
        var fileOfList: [String: String] = [:]
        for name in names {
            let url = directory.appendingPathComponent(name)
            let file = try TSVFile(url: url)
            guard let source = file.sourceLine else {
                throw ReadoutError(source: url.path, reason: "vocabulary file names no source (# source: line)")
            }
            sources[name] = source
            for row in file.rows {
                let list = row.field(0), entry = row.field(1)
                guard !list.isEmpty, !entry.isEmpty else { continue }
                if let other = fileOfList[list], other != name {
                    throw ReadoutError(source: url.path, reason: "list '\(list)' is also in \(other): one copy of each list")
                }
                fileOfList[list] = name
                lists[list, default: []].append(entry)
            }
        }
        self.lists = lists
        self.sources = sources
        self.fileOfList = fileOfList
    }

    /// Every list's name.
    public var names: [String] { lists.keys.sorted() }

    /// The entries of one list, in file order. A missing list is a programming error: the analyzer
    /// must not silently run with an empty trigger list.
    public func entries(_ name: String) -> [String] {
        guard let entries = lists[name] else { preconditionFailure("the vocabulary has no list '\(name)'") }
        return entries
    }

    /// One list as a set of its entries, as written (lowercase words, or capitalised ones where the list says so).
    public func set(_ name: String) -> WordSet { WordSet(entries(name)) }

    /// Several lists as one set ("the words that start any event rule").
    public func union(_ names: String...) -> WordSet { WordSet(names.flatMap { entries($0) }) }

    /// A list of `key=value` entries ("two=2", "taiwan=Taiwan") as a dictionary.
    public func map(_ name: String) -> [String: String] {
        var out: [String: String] = [:]
        for entry in entries(name) {
            guard let eq = entry.firstIndex(of: "=") else { preconditionFailure("vocabulary list '\(name)': '\(entry)' is not key=value") }
            out[String(entry[..<eq])] = String(entry[entry.index(after: eq)...])
        }
        return out
    }

    /// A list of word sequences ("in addition to"), each split at spaces.
    public func phrases(_ name: String) -> [[String]] {
        entries(name).map { $0.split(separator: " ").map(String.init) }
    }
}
