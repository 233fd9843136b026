// Byline lines → author names (and an outlet when the byline names one): "By Jane Doe",
// "By Jane Doe and Ali Khan, The Daily Outlet", "From Jane Doe, Lagos", "Written by ...",
// "(Reporting by A and B; editing by C)", a glued "Jane Doein Paris" (byline + location).
import Foundation
import ReadoutKnowledge

struct Byline: Equatable {
    var authors: [String]
    var outlet: String?
}

enum BylineParser {
    private static let opener = Pattern(#"^(?:By|BY|Written by|Words by|Story by|Text by|Report by|From|FROM)[:\s]\s*(.+)$"#)
    private static let wireCredit = Pattern(#"^\(?\s*(?:Reporting|Writing|Reported|Written)\s+by\s+(.+?)(?:;.*)?\)?\.?$"#, caseInsensitive: true)
    private static let wireWriting = Pattern(#";\s*(?:writing|additional reporting|compiled)\s+by\s+([^;)]+)"#, caseInsensitive: true)
    private static let gluedLocation = Pattern(#"^(.+?\p{Ll})\s?in\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})$"#)

    /// "By NAME...", "From NAME, CITY": nil unless what follows the opener is a list of names.
    private static let openerWords = Set(Vocabulary.shared.entries("byline.opener-word").map { Substring($0) })

    static func parse(_ line: String) -> Byline? {
        guard line.utf8.count <= 320, let first = line.split(separator: " ", maxSplits: 1).first, openerWords.contains(first),
              let groups = opener.firstMatch(line), let rest = groups[1] else { return nil }
        let isFrom = line.hasPrefix("From") || line.hasPrefix("FROM")
        var parts = rest.components(separatedBy: CharacterSet(charactersIn: ",|•·")).map { WhitespaceNormalizer.collapse($0) }
        parts.removeAll { $0.isEmpty }
        guard let first = parts.first else { return nil }
        var authors = names(in: first)
        if authors.isEmpty {
            // "By Reuters", "By AFP Staff", "By Staff Reporter": a byline that names no person.
            let words = first.split(separator: " ")
            let withoutRole = words.last.map { roleWords.contains($0.lowercased()) } == true
                ? words.dropLast().joined(separator: " ") : first
            if let outlet = NewsOutlets.canonical(withoutRole) { return Byline(authors: [], outlet: outlet) }
            if namelessBylines.contains(first.lowercased()) { return Byline(authors: [], outlet: nil) }
            return nil
        }
        var outlet: String?
        for part in parts.dropFirst() {
            if let canonical = NewsOutlets.canonical(part) {
                outlet = canonical
            } else if !isFrom, LineShape(part).isPersonName {
                authors.append(part)
            } else if NewsOutlets.looksLikeOutletName(part) && LineShape(part).wordCount <= 6 {
                outlet = part
            }
            // Anything else after a comma is a place ("From Jane Doe, Abuja") or a role ("Staff Writer").
        }
        return Byline(authors: authors, outlet: outlet)
    }

    static let namelessBylines = Vocabulary.shared.set("byline.nameless")

    /// Last words of a byline that name a role ("By AFP Staff"; the vocabulary's byline.role-word).
    static let roleWords = Vocabulary.shared.set("byline.role-word")

    /// "(Reporting by A and B; editing by C)" → [A, B] (plus "writing by" names).
    static func parseWireCredit(_ line: String) -> [String]? {
        guard line.utf8.count <= 600, opensWithWireVerb(line), TextSearch.containsIgnoringASCIICase(line, "by "),
              let groups = wireCredit.firstMatch(line), let list = groups[1] else { return nil }
        var authors = names(in: list.components(separatedBy: ";")[0])
        if let writing = wireWriting.firstMatch(line), let more = writing[1], line.lowercased().contains("writing by") {
            authors += names(in: more)
        }
        return authors.isEmpty ? nil : authors
    }

    /// What `wireCredit` needs at the start: "Reporting", "Writing", "Reported" or "Written", after an optional "(".
    private static func opensWithWireVerb(_ line: String) -> Bool {
        let head = line.utf8.drop { $0 == 40 || $0 == 32 }  // "(" and spaces
        let lowered = head.prefix(6).map { (byte: UInt8) -> UInt8 in byte >= 65 && byte <= 90 ? byte + 32 : byte }
        return lowered.starts(with: "report".utf8) || lowered.starts(with: "writ".utf8)
    }

    /// "Jane Doein Paris" or "Jane Doe in Paris" → ("Jane Doe", "Paris") when the first part is a person's name;
    /// `known` lets a glued form be split when the author is already known from the line above.
    static func splitNameAndLocation(_ line: String, known: [String]) -> (name: String, location: String)? {
        for author in known where line.hasPrefix(author) {
            let rest = line.dropFirst(author.count).trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("in ") { return (author, String(rest.dropFirst(3))) }
        }
        guard line.count <= 80, let groups = gluedLocation.firstMatch(line), var name = groups[1], let place = groups[2] else { return nil }
        name = WhitespaceNormalizer.collapse(name)
        guard LineShape(name).isPersonName else { return nil }
        return (name, place)
    }

    /// "A, B and C" → names, or [] when any part is not shaped like a person's name.
    static func names(in list: String) -> [String] {
        let parts = AuthorNames.split(list)
        guard !parts.isEmpty, parts.allSatisfy({ LineShape($0).isPersonName }) else { return [] }
        return parts
    }
}
