// Project rule: no knowledge entry may exist only because a development article contains it.
// In: the gold annotations (../shared/eval/*.gold.json next to the repository, when present, and
//     eval/synthetic/synthetic.gold.json), the knowledge data files and their allow-list provenance.tsv.
// Out: a failure naming each PERSON or ORG name (or alias) of the gold files that the knowledge files hold
//      without a provenance row naming the general source that contains it; for persons also each rare
//      given-name or surname token (one not in the US Census name lists, the general names dataset).
import Foundation
import Testing

/// The knowledge tables the check reads, and the allow-list.
struct ProvenanceTables {
    /// Lowercased entry → data files where a hand-curated list put it (names of the US Census lists excluded).
    var curated: [String: Set<String>] = [:]
    /// Lowercased given names and surnames of a general names dataset (the US Census lists): not rare.
    var generalNames: Set<String> = []
    /// Lowercased names (given_names.tsv, surnames.tsv) that only curated lists hold: the rare ones.
    var rareNames: [String: Set<String>] = [:]
    /// (lowercased entry, data file) pairs that provenance.tsv allows.
    var allowed: Set<String> = []

    static func key(_ entry: String, _ file: String) -> String { entry.lowercased() + "\t" + file }

    mutating func addName(_ name: String, origins: String, file: String) {
        let lower = name.lowercased()
        if origins.split(separator: ",").contains("us_census") {
            generalNames.insert(lower)
        } else {
            curated[lower, default: []].insert(file)
            rareNames[lower, default: []].insert(file)
        }
    }

    mutating func addEntry(_ entry: String, file: String) {
        guard !entry.isEmpty else { return }
        curated[entry.lowercased(), default: []].insert(file)
    }
}

/// One PERSON or ORG of a gold file.
struct GoldName {
    let corpus: String
    let type: String
    let name: String
    let aliases: [String]
}

enum ProvenanceCheck {
    /// Every knowledge entry a gold name hits without an allow-list row: "entry (file) ← corpus: name".
    static func violations(_ golds: [GoldName], _ tables: ProvenanceTables) -> [String] {
        var found: Set<String> = []
        func hit(_ entry: String, _ files: Set<String>, _ gold: GoldName) {
            for file in files where !tables.allowed.contains(ProvenanceTables.key(entry, file)) {
                found.insert("\(entry) (\(file)) ← \(gold.corpus): \(gold.type) \(gold.name)")
            }
        }
        for gold in golds where gold.type == "PERSON" || gold.type == "ORG" {
            for form in [gold.name] + gold.aliases {
                let whole = form.lowercased()
                if let files = tables.curated[whole], !tables.generalNames.contains(whole) {
                    hit(whole, files, gold)
                }
                guard gold.type == "PERSON" else { continue }
                // Given names and surnames inside the name ("Ajit Doval", "Jean-Yves Le Drian"): one to three tokens.
                let tokens = form.split(whereSeparator: { $0.isWhitespace || $0 == "-" })
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".,")).lowercased() }
                    .filter { !$0.isEmpty }
                for start in tokens.indices {
                    for end in start..<min(tokens.count, start + 3) {
                        let part = tokens[start...end].joined(separator: " ")
                        guard part != whole, !tables.generalNames.contains(part),
                              let files = tables.rareNames[part] else { continue }
                        hit(part, files, gold)
                    }
                }
            }
        }
        return found.sorted()
    }
}

@Suite struct KnowledgeProvenanceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let data = root.appendingPathComponent("Sources/ReadoutKnowledge/Data")
    static let sharedEval = root.deletingLastPathComponent().appendingPathComponent("shared/eval")
    static let synthetic = root.appendingPathComponent("eval/synthetic/synthetic.gold.json")
    static var sharedEvalExists: Bool { FileManager.default.fileExists(atPath: sharedEval.path) }

    /// Data rows of a knowledge file (comment lines dropped) and its `# source:` header lines.
    static func readTSV(_ name: String) throws -> (header: String, rows: [[String]]) {
        let text = try String(contentsOf: data.appendingPathComponent(name), encoding: .utf8)
        var header: [String] = []
        var rows: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") {
                if line.hasPrefix("# source:") { header.append(String(line)) }
            } else {
                rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            }
        }
        return (header.joined(separator: "\n"), rows)
    }

    static func loadTables() throws -> ProvenanceTables {
        var tables = ProvenanceTables()
        for file in ["given_names.tsv", "surnames.tsv"] {
            for row in try readTSV(file).rows where row.count >= 2 { tables.addName(row[0], origins: row[1], file: file) }
        }
        for row in try readTSV("gazetteer.tsv").rows where row.count >= 3 && (row[2] == "ORG" || row[2] == "EVENT") {
            tables.addEntry(row[0], file: "gazetteer.tsv")
            tables.addEntry(row[1], file: "gazetteer.tsv")
        }
        for row in try readTSV("titles.tsv").rows { tables.addEntry(row[0], file: "titles.tsv") }
        // Office holders are people the knowledge names: each full name and written form.
        for row in try readTSV("office_holders.tsv").rows where row.count >= 2 {
            tables.addEntry(row[0], file: "office_holders.tsv")
            for form in row[1].split(separator: "|") { tables.addEntry(String(form), file: "office_holders.tsv") }
        }
        for row in try readTSV("words.tsv").rows where row.count >= 2 { tables.addEntry(row[1], file: "words.tsv") }
        for row in try readTSV("provenance.tsv").rows where row.count >= 3 {
            tables.allowed.insert(ProvenanceTables.key(row[0], row[1]))
        }
        return tables
    }

    static func goldNames(_ url: URL) throws -> [GoldName] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        let corpus = url.lastPathComponent
        var out: [GoldName] = []
        for document in json["documents"] as? [[String: Any]] ?? [] {
            for entity in document["entities"] as? [[String: Any]] ?? [] {
                guard let type = entity["type"] as? String, let name = entity["name"] as? String else { continue }
                out.append(GoldName(corpus: corpus, type: type, name: name, aliases: entity["aliases"] as? [String] ?? []))
            }
        }
        return out
    }

    static func report(_ violations: [String]) -> Comment {
        Comment(rawValue: "\(violations.count) knowledge entries match gold PERSON/ORG names without a general source: "
            + violations.prefix(40).joined(separator: "; ")
            + ". Remove each from scripts/knowledge/curated/ (and regenerate), or, when a general list cited in the "
            + "data file's header really contains it, add a row to scripts/knowledge/curated/provenance.tsv.")
    }

    @Test(.enabled(if: sharedEvalExists, "../shared/eval is absent next to the repository: development gold not checked"))
    func developmentGoldNamesHaveAGeneralSource() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.sharedEval.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        #expect(!files.isEmpty)
        let golds = try files.flatMap { try Self.goldNames(Self.sharedEval.appendingPathComponent($0)) }
        #expect(golds.count > 100)
        let violations = ProvenanceCheck.violations(golds, try Self.loadTables())
        #expect(violations.isEmpty, Self.report(violations))
    }

    @Test func syntheticGoldNamesHaveAGeneralSource() throws {
        let golds = try Self.goldNames(Self.synthetic)
        #expect(golds.count > 50)
        let violations = ProvenanceCheck.violations(golds, try Self.loadTables())
        #expect(violations.isEmpty, Self.report(violations))
    }

    /// Each allow-list row names an entry that exists and a source that the data file's header cites.
    @Test func provenanceRowsAreHonest() throws {
        let provenance = try Self.readTSV("provenance.tsv")
        #expect(provenance.rows.count > 100)
        var headers: [String: String] = [:]
        var entries: [String: Set<String>] = [:]
        let columns = ["gazetteer.tsv": [0, 1], "words.tsv": [1]]
        for file in ["gazetteer.tsv", "titles.tsv", "words.tsv", "given_names.tsv", "surnames.tsv", "office_holders.tsv"] {
            let table = try Self.readTSV(file)
            headers[file] = table.header
            for row in table.rows {
                for column in columns[file] ?? [0] where column < row.count { entries[file, default: []].insert(row[column].lowercased()) }
                // (An office holder's other written forms are entries too.)
                if file == "office_holders.tsv", row.count >= 2 {
                    for form in row[1].split(separator: "|") { entries[file, default: []].insert(form.lowercased()) }
                }
            }
        }
        for row in provenance.rows {
            guard row.count == 3 else { Issue.record("provenance.tsv: not three columns: \(row)"); continue }
            let (entry, file, source) = (row[0], row[1], row[2])
            #expect(entries[file]?.contains(entry.lowercased()) == true, "provenance.tsv: \(entry) is not in \(file)")
            if source.hasPrefix("Faker ") {
                // Generated: the generator looked the name up in Faker's person-name lists.
                #expect(file == "given_names.tsv" || file == "surnames.tsv", "\(entry): Faker only confirms names")
                #expect(provenance.header.contains("Faker"), "provenance.tsv's header must cite Faker")
            } else {
                // Hand-written: it opens with the quoted title of a list that the data file's header cites.
                let title = source.split(separator: "\"", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
                #expect(source.hasPrefix("\"") && !title.isEmpty && headers[file]?.contains(title) == true,
                        "provenance.tsv: \(entry) (\(file)) cites \(source), which \(file)'s header does not name")
            }
        }
    }

    /// The check is not vacuous: a development article's person put into surnames.tsv, a given name into
    /// given_names.tsv, or an organization into the gazetteer is caught unless the allow-list names a source.
    @Test func aDevelopmentNameAddedToTheKnowledgeFilesIsCaught() {
        var tables = ProvenanceTables()
        tables.addName("Smith", origins: "us_census", file: "surnames.tsv")
        tables.addName("John", origins: "us_census", file: "given_names.tsv")
        tables.addName("Quorvane", origins: "south_asian", file: "surnames.tsv")
        tables.addName("Teodric", origins: "slavic", file: "given_names.tsv")
        tables.addName("Le Vasseur", origins: "romance", file: "surnames.tsv")
        tables.addEntry("Harwell Strategy Institute", file: "gazetteer.tsv")
        let golds = [
            GoldName(corpus: "dev", type: "PERSON", name: "John Quorvane", aliases: []),
            GoldName(corpus: "dev", type: "PERSON", name: "Teodric Smith", aliases: ["Smith"]),
            GoldName(corpus: "dev", type: "PERSON", name: "Anne-Marie Le Vasseur", aliases: []),
            GoldName(corpus: "dev", type: "ORG", name: "Harwell Strategy Institute", aliases: []),
            GoldName(corpus: "dev", type: "GPE", name: "Quorvane", aliases: []),
        ]
        let violations = ProvenanceCheck.violations(golds, tables)
        #expect(violations.count == 4, "\(violations)")
        #expect(violations.contains { $0.hasPrefix("quorvane (surnames.tsv)") })
        #expect(violations.contains { $0.hasPrefix("teodric (given_names.tsv)") })
        #expect(violations.contains { $0.hasPrefix("le vasseur (surnames.tsv)") })
        #expect(violations.contains { $0.hasPrefix("harwell strategy institute (gazetteer.tsv)") })
        // Census names ("John", "Smith") are general; an allow-list row clears an entry.
        tables.allowed.insert(ProvenanceTables.key("Quorvane", "surnames.tsv"))
        #expect(ProvenanceCheck.violations(golds, tables).count == 3)
    }
}
