// What a person types into search → an FTS5 MATCH expression. Plain words are quoted
// one by one, so "Kenya-Uganda talks" or "Lopes's visit" never trip FTS5's syntax; a query
// that already uses FTS5 syntax (quotes, parentheses, AND/OR/NOT/NEAR, prefix*, column:)
// is passed through as written, and its syntax errors come back as one readable line.
// A term with a leading minus ("Lopes -Tanaka", -"trade deal") is left out, as in web search:
// FTS5 has no minus, so it becomes `... NOT "tanaka"` (quoted as it would otherwise be read as
// part of the word and required instead).
import ReadoutCore

enum FTS5Query {
    static func expression(for query: String) throws -> String {
        let terms = split(query)
        guard !terms.isEmpty else {
            throw ReadoutError(source: "search", reason: "empty query; give one or more words")
        }
        let excluded = terms.filter(isExclusion).map { String($0.dropFirst()) }
        let wanted = terms.filter { !isExclusion($0) }
        if !excluded.isEmpty && wanted.isEmpty {
            throw ReadoutError(source: "search", reason: "'\(query)' only leaves words out; give a word to look for too")
        }
        let positive = usesSyntax(wanted) ? wanted.joined(separator: " ") : wanted.map(quoted).joined(separator: " ")
        guard !excluded.isEmpty else { return positive }
        return "(" + positive + ")" + excluded.map { " NOT " + ($0.hasPrefix("\"") ? $0 : quoted($0)) }.joined()
    }

    /// Whitespace-separated terms; a "quoted phrase" (with a leading minus or not) stays one term.
    static func split(_ query: String) -> [String] {
        var terms: [String] = []
        var current = ""
        var inQuotes = false
        for character in query {
            if character == "\"" { inQuotes.toggle() }
            if character.isWhitespace && !inQuotes {
                if !current.isEmpty { terms.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { terms.append(current) }
        return terms
    }

    /// "-word" or -"a phrase"; not FTS5's own "-{column}" filter, not a lone "-".
    static func isExclusion(_ term: String) -> Bool {
        guard term.hasPrefix("-"), let next = term.dropFirst().first else { return false }
        return next.isLetter || next.isNumber || next == "\""
    }

    private static func quoted(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let operators: Set<String> = ["AND", "OR", "NOT"]
    private static let columns = ["title:", "text:", "{title", "{text", "-{"]

    static func usesSyntax(_ words: [String]) -> Bool {
        words.contains { word in
            operators.contains(word)
                || word.hasPrefix("NEAR(")
                || word.contains(where: { "\"()".contains($0) })
                || (word.hasSuffix("*") && word.count > 1)
                || word.hasPrefix("^")
                || columns.contains { word.hasPrefix($0) }
        }
    }

    static func syntaxError(_ query: String, message: String?) -> ReadoutError {
        let detail = (message ?? "syntax error").replacingOccurrences(of: "fts5: ", with: "")
            .replacingOccurrences(of: "near \"\"", with: "at the end")
        return ReadoutError(
            source: "search",
            reason: "cannot read the query '\(query)': \(detail); use plain words, \"a phrase\" in double quotes, "
                + "-word to leave a word out, or AND/OR/NOT between terms")
    }
}
