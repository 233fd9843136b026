// What a person types into search → a PostgreSQL tsquery, with the syntax SQLite's search takes
// (FTS5Query): plain words (all must occur; punctuation in them is no syntax), "a phrase" in double
// quotes, -word or -"a phrase" to leave out, AND/OR/NOT between terms, parentheses, prefix*.
// Each word or phrase becomes phraseto_tsquery('english', $n) on a bound parameter, combined with
// tsquery's && || !! in SQL: the user's text is never spliced into SQL or into tsquery syntax, so no
// input can break the statement. A query that cannot be read is one ReadoutError line.
import ReadoutCore
import ReadoutStore

struct SearchQuery {
    /// The tsquery expression, its parameters numbered from the `firstParameter` given.
    let sql: String
    let values: [SQLValue]

    private enum Token: Equatable {
        case word(String, excluded: Bool)
        case phrase(String, excluded: Bool)
        case open, close, and, or, not
    }

    init(_ query: String, firstParameter: Int) throws {
        let tokens = try Self.tokens(query)
        guard !tokens.isEmpty else { throw ReadoutError(source: "search", reason: "empty query; give one or more words") }
        var parser = Parser(tokens: tokens[...], query: query, next: firstParameter)
        let expression = try parser.orExpression()
        if let extra = parser.tokens.first {
            throw Self.syntaxError(query, extra == .close ? "a ')' without its '('" : "unexpected text")
        }
        guard expression.positive else {
            throw ReadoutError(source: "search", reason: "'\(query)' only leaves words out; give a word to look for too")
        }
        sql = expression.sql
        values = parser.values
    }

    static func syntaxError(_ query: String, _ detail: String) -> ReadoutError {
        ReadoutError(source: "search",
                     reason: "cannot read the query '\(query)': \(detail); use plain words, \"a phrase\" in double quotes, "
                        + "-word to leave a word out, or AND/OR/NOT between terms")
    }

    private static func tokens(_ query: String) throws -> [Token] {
        var tokens: [Token] = []
        var characters = Array(query)[...]
        while let character = characters.first {
            if character.isWhitespace { characters.removeFirst(); continue }
            if character == "(" { tokens.append(.open); characters.removeFirst(); continue }
            if character == ")" { tokens.append(.close); characters.removeFirst(); continue }
            var excluded = false
            if character == "-", let next = characters.dropFirst().first, next.isLetter || next.isNumber || next == "\"" {
                excluded = true
                characters.removeFirst()
            }
            if characters.first == "\"" {
                characters.removeFirst()
                guard let end = characters.firstIndex(of: "\"") else { throw syntaxError(query, "a \" without its closing \"") }
                tokens.append(.phrase(String(characters[..<end]), excluded: excluded))
                characters = characters[(end + 1)...]
                continue
            }
            let end = characters.firstIndex { $0.isWhitespace || $0 == "(" || $0 == ")" || $0 == "\"" } ?? characters.endIndex
            let word = String(characters[..<end])
            characters = characters[end...]
            switch (word, excluded) {
            case ("AND", false): tokens.append(.and)
            case ("OR", false): tokens.append(.or)
            case ("NOT", false): tokens.append(.not)
            default: tokens.append(.word(word, excluded: excluded))
            }
        }
        return tokens
    }

    /// Recursive descent: OR binds loosest, then AND (written or implied by a space), then NOT/-.
    private struct Parser {
        var tokens: ArraySlice<Token>
        let query: String
        var next: Int
        var values: [SQLValue] = []

        /// `positive`: matches something by itself (not only a leaving-out).
        struct Expression { var sql: String; var positive: Bool }

        mutating func orExpression() throws -> Expression {
            var parts = [try andExpression()]
            while tokens.first == .or {
                tokens.removeFirst()
                parts.append(try andExpression())
            }
            guard parts.count > 1 else { return parts[0] }
            return Expression(sql: "(" + parts.map(\.sql).joined(separator: " || ") + ")", positive: parts.allSatisfy(\.positive))
        }

        mutating func andExpression() throws -> Expression {
            var parts = [try unary()]
            while let token = tokens.first, token != .or, token != .close {
                if token == .and { tokens.removeFirst() }
                parts.append(try unary())
            }
            guard parts.count > 1 else { return parts[0] }
            return Expression(sql: "(" + parts.map(\.sql).joined(separator: " && ") + ")", positive: parts.contains(where: \.positive))
        }

        mutating func unary() throws -> Expression {
            guard let token = tokens.popFirst() else { throw SearchQuery.syntaxError(query, "it ends where a word should follow") }
            switch token {
            case .not:
                let operand = try unary()
                return Expression(sql: "!!" + operand.sql, positive: false)
            case .open:
                let inner = try orExpression()
                guard tokens.popFirst() == .close else { throw SearchQuery.syntaxError(query, "a '(' without its ')'") }
                return inner
            case .word(let word, let excluded):
                let operand = try term(word, prefix: word.count > 1 && word.hasSuffix("*"))
                return Expression(sql: excluded ? "!!" + operand : operand, positive: !excluded)
            case .phrase(let phrase, let excluded):
                let operand = bind("phraseto_tsquery('english', $%d)", phrase)
                return Expression(sql: excluded ? "!!" + operand : operand, positive: !excluded)
            case .and, .or:
                throw SearchQuery.syntaxError(query, "\(token == .and ? "AND" : "OR") needs a word before it")
            case .close:
                throw SearchQuery.syntaxError(query, "a ')' without its '('")
            }
        }

        /// A plain word, or `word*` for every word it begins (tsquery's :* on its letters and digits).
        private mutating func term(_ word: String, prefix: Bool) throws -> String {
            guard prefix else { return bind("phraseto_tsquery('english', $%d)", word) }
            let stem = String(word.dropLast().filter { $0.isLetter || $0.isNumber }).lowercased()
            guard !stem.isEmpty else { throw SearchQuery.syntaxError(query, "'\(word)' has no letters before the *") }
            return bind("to_tsquery('simple', $%d)", stem + ":*")
        }

        private mutating func bind(_ template: String, _ value: String) -> String {
            values.append(.text(value))
            defer { next += 1 }
            return template.replacingOccurrences(of: "%d", with: String(next))
        }
    }
}
