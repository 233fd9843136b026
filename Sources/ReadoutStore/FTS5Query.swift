// What a person types into search → an FTS5 MATCH expression. Plain words are quoted
// one by one, so "U.S.-China talks" or "Xi's visit" never trip FTS5's syntax; a query
// that already uses FTS5 syntax (quotes, parentheses, AND/OR/NOT/NEAR, prefix*, column:)
// is passed through as written, and its syntax errors come back as one readable line.
import ReadoutCore

enum FTS5Query {
    static func expression(for query: String) throws -> String {
        let words = query.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else {
            throw ReadoutError(source: "search", reason: "empty query; give one or more words")
        }
        if usesSyntax(words) { return query }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
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
                + "or AND/OR/NOT between terms")
    }
}
