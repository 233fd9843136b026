// The vocabulary data (ReadoutKnowledge's Data/vocabulary/*.tsv) against the sources that read it:
// every file names its source, every list is described and non-empty and lives in one file only,
// every list the Swift sources ask for exists and every list in the data is asked for, and the
// analyzer's entity, quote, time and text code, and the outlet, name and calendar code of ingest, fusion and the
// command line, carry no word list of their own.
import Foundation
import Testing
import ReadoutKnowledge

/// The repository's root, found from this file (Tests/ReadoutAnalysisTests/VocabularyTests.swift).
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The folders of Sources/ReadoutAnalysis whose word lists live in the vocabulary data: all of them.
private let vocabularyFreeFolders = ["Entities", "Quotes", "Time", "Text", "Events", "Pipeline", "Learned"]

/// The folders of ingest, fusion and the command line whose word lists live in the vocabulary data (paths from the
/// repository's root).
private let vocabularyFreeFoldersOutsideAnalysis = [
    "Sources/ReadoutIngest/Knowledge", "Sources/ReadoutIngest/PlainText", "Sources/ReadoutIngest/Metadata",
    "Sources/ReadoutFusion/Names", "Sources/ReadoutFusion/Entities", "Sources/ReadoutFusion/Conflicts",
    "Sources/ReadoutFusion/Comparison", "Sources/ReadoutFusion/Events", "Sources/ReadoutFusion/Dates",
    "Sources/ReadoutFusion/Calendar", "Sources/readout/Story",
]

/// Files of those folders that still write lists inline, and why (the lists the detector finds there are not yet moved,
/// or are not words of English).
private let inlineWordListsKnown: [String: String] = [
    "Sources/ReadoutFusion/Names/GivenNameVariants.swift": "the table of given-name variants (Bob for Robert): not moved yet",
    "Sources/readout/Story/ActorProfileText.swift": "CSV column names, not words",
    "Sources/readout/Story/ConflictListing.swift": "CSV column names, not words",
]

private let listName = try! NSRegularExpression(pattern: #"^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$"#)

private func matches(_ regex: NSRegularExpression, _ s: String) -> Bool {
    regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
}

/// One vocabulary file as written: its header lines, its described lists and the lists that have rows.
private struct VocabularyFile {
    let name: String
    let header: [String]
    /// `# list-name: description` comment lines, in order.
    let described: [String]
    /// Rows per list.
    let rows: [String: Int]

    init(url: URL) throws {
        name = url.lastPathComponent
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        header = lines.prefix { $0.hasPrefix("#") }
        var described: [String] = []
        var rows: [String: Int] = [:]
        for line in lines {
            if line.hasPrefix("# ") {
                let body = line.dropFirst(2)
                if let colon = body.firstIndex(of: ":") {
                    let head = String(body[..<colon])
                    if matches(listName, head) { described.append(head) }
                }
            } else if !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                if fields.count >= 2, !fields[1].isEmpty { rows[String(fields[0]), default: 0] += 1 }
            }
        }
        self.described = described
        self.rows = rows
    }
}

private func vocabularyFiles() throws -> [VocabularyFile] {
    let directory = Knowledge.bundledDirectory.appendingPathComponent("vocabulary", isDirectory: true)
    return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }.sorted()
        .map { try VocabularyFile(url: directory.appendingPathComponent($0)) }
}

/// Every Swift file under a folder of the repository, with its text.
private func swiftSources(under folder: String) -> [(path: String, text: String)] {
    let root = repositoryRoot.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
    var out: [(String, String)] = []
    for case let url as URL in walker where url.pathExtension == "swift" {
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            out.append((url.path.replacingOccurrences(of: repositoryRoot.path + "/", with: ""), text))
        }
    }
    return out.sorted { $0.0 < $1.0 }
}

/// The list names a Swift text asks the vocabulary for: the string arguments of `set(`, `union(`,
/// `map(`, `entries(`, `phrases(` and of the time table's `add(` that look like list names.
func vocabularyListsNamed(in text: String) -> Set<String> {
    let call = try! NSRegularExpression(
        pattern: #"\b(?:set|union|map|entries|phrases|add)\(\s*("[a-z0-9.-]+"(?:\s*,\s*"[a-z0-9.-]+")*)\s*\)"#)
    let string = try! NSRegularExpression(pattern: #""([a-z0-9.-]+)""#)
    var names = Set<String>()
    for m in call.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        guard let args = Range(m.range(at: 1), in: text) else { continue }
        let list = String(text[args])
        for s in string.matches(in: list, range: NSRange(list.startIndex..., in: list)) {
            if let r = Range(s.range(at: 1), in: list), matches(listName, String(list[r])) { names.insert(String(list[r])) }
        }
    }
    return names
}

/// Collection literals written in Swift that are word lists: an array of string literals, or a dictionary
/// keyed by string literals, with at least `minimum` lowercase words among them ("said", "co-chair",
/// "it's"). Punctuation classes ([",", ";"]), identifiers ("armed_group") and capitalised names do not count.
func inlineWordLists(in text: String, minimum: Int = 4) -> [String] {
    let stringLiteral = #""(?:[^"\\\n]|\\.)*""#
    let array = try! NSRegularExpression(pattern: #"\[\s*"# + stringLiteral + #"(?:\s*,\s*"# + stringLiteral + #")*\s*,?\s*\]"#)
    let dictionary = try! NSRegularExpression(
        pattern: #"\[\s*"# + stringLiteral + #"\s*:\s*[^,\[\]\n]+(?:\s*,\s*"# + stringLiteral + #"\s*:\s*[^,\[\]\n]+)*\s*,?\s*\]"#)
    let element = try! NSRegularExpression(pattern: #""((?:[^"\\\n]|\\.)*)"(\s*:)?"#)
    let word = try! NSRegularExpression(pattern: #"^[a-z]+(?:[-'’][a-z]+)*$"#)
    var found: [String] = []
    for (regex, keysOnly) in [(array, false), (dictionary, true)] {
        for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let r = Range(m.range, in: text) else { continue }
            let literal = String(text[r])
            var words = 0
            for e in element.matches(in: literal, range: NSRange(literal.startIndex..., in: literal)) {
                if keysOnly && e.range(at: 2).location == NSNotFound { continue }
                if let v = Range(e.range(at: 1), in: literal), matches(word, String(literal[v])) { words += 1 }
            }
            if words >= minimum { found.append(literal) }
        }
    }
    return found
}

@Suite("Vocabulary data")
struct VocabularyTests {
    @Test("the bundled vocabulary loads and names each file's source")
    func loads() throws {
        let vocabulary = try Vocabulary(directory: Knowledge.bundledDirectory.appendingPathComponent("vocabulary", isDirectory: true))
        let files = try vocabularyFiles()
        #expect(files.count >= 6)
        #expect(Set(vocabulary.sources.keys) == Set(files.map(\.name)))
        for file in files {
            let source = file.header.first { $0.hasPrefix("# source:") }
            #expect(source != nil, "\(file.name) names no source")
            #expect((source?.count ?? 0) > 40, "\(file.name): the source line should name where the words come from")
            #expect(file.header.contains { $0.hasPrefix("# licence:") }, "\(file.name) lacks a licence line")
        }
    }

    @Test("every list is described, non-empty, well named and in one file only")
    func listsAreWellFormed() throws {
        var fileOf: [String: String] = [:]
        for file in try vocabularyFiles() {
            for list in file.rows.keys.sorted() {
                #expect(matches(listName, list), "\(file.name): '\(list)' is not a family.what name in lowercase with hyphens")
                #expect(file.described.contains(list), "\(file.name): list '\(list)' has no '# \(list): description' line")
                if let other = fileOf[list] { Issue.record("list '\(list)' is in \(other) and \(file.name)") }
                fileOf[list] = file.name
            }
            for list in file.described {
                #expect((file.rows[list] ?? 0) > 0, "\(file.name): list '\(list)' is described but has no entries")
            }
            #expect(Set(file.described).count == file.described.count, "\(file.name) describes a list twice")
        }
        let vocabulary = Vocabulary.shared
        #expect(Set(vocabulary.names) == Set(fileOf.keys))
        for name in vocabulary.names { #expect(!vocabulary.entries(name).isEmpty, "list '\(name)' is empty") }
    }

    @Test("every list the sources ask for exists, and every list in the data is asked for")
    func listsAndSourcesAgree() throws {
        let sources = swiftSources(under: "Sources")
        #expect(sources.count > 50, "the test found no sources under \(repositoryRoot.path)")
        let vocabulary = Vocabulary.shared
        let defined = Set(vocabulary.names)
        var asked = Set<String>()
        for (path, text) in sources {
            let named = vocabularyListsNamed(in: text)
            for name in named.sorted() where !defined.contains(name) {
                Issue.record("\(path) asks for vocabulary list '\(name)', which no file in Data/vocabulary/ defines")
            }
            asked.formUnion(named)
        }
        // A list may also be read under a name assembled elsewhere; it must at least be written out in the sources.
        let allText = sources.map(\.text).joined(separator: "\n")
        let unused = defined.filter { !asked.contains($0) && !allText.contains("\"\($0)\"") }.sorted()
        #expect(unused.isEmpty, "vocabulary lists no source reads: \(unused.map { "\($0) (\(vocabulary.fileOfList[$0] ?? "?"))" })")
    }

    @Test("the word-list detector finds word lists and passes over punctuation and names")
    func detectorWorks() {
        #expect(inlineWordLists(in: #"if ["said", "says", "told", "added"].contains(w) {"#).count == 1)
        #expect(inlineWordLists(in: "static let s: Set<String> = [\n    \"of\", \"for\",\n    \"and\", \"the\",\n]").count == 1)
        #expect(inlineWordLists(in: #"let counts = ["a": 1, "one": 1, "two": 2, "three": 3]"#).count == 1)
        #expect(inlineWordLists(in: #"[",", ";", ":", "(", "—"].contains(p)"#).isEmpty)
        #expect(inlineWordLists(in: #"participants: ["Ana Lopes", "Kenji Tanaka", "Rui Costa", "Amara Diallo"]"#).isEmpty)
        #expect(inlineWordLists(in: #"["the", "a", "an"].contains(w)"#).isEmpty)
    }

    @Test("the analysis code (entities, quotes, times, text, events and their rules, pipeline) writes no word list inline")
    func noInlineWordLists() {
        var checked = 0
        for folder in vocabularyFreeFolders {
            for (path, text) in swiftSources(under: "Sources/ReadoutAnalysis/\(folder)") {
                checked += 1
                for literal in inlineWordLists(in: text) {
                    Issue.record("\(path) writes a word list inline; move it to Data/vocabulary/: \(literal.prefix(120))")
                }
            }
        }
        #expect(checked >= 20)
    }

    @Test("ingest's, fusion's and the command line's outlet, name and calendar code writes no word list inline")
    func noInlineWordListsOutsideAnalysis() {
        var checked = 0
        for folder in vocabularyFreeFoldersOutsideAnalysis {
            for (path, text) in swiftSources(under: folder) where inlineWordListsKnown[path] == nil {
                checked += 1
                for literal in inlineWordLists(in: text) {
                    Issue.record("\(path) writes a word list inline; move it to Data/vocabulary/: \(literal.prefix(120))")
                }
            }
        }
        #expect(checked >= 20)
    }
}
