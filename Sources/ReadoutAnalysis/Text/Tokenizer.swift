// Text → tokens. Tokens are offsets into one array of Unicode scalars (the article
// text, decoded once), so later stages compare and slice without copying strings.
// News-specific: abbreviations keep their period ("U.S.", "Jan.", "Mr."), initials
// stay whole, possessive "’s" is its own token, hyphens split words but remember
// that no space stood between ("Jean-Yves", "China-US").
import ReadoutCore
import ReadoutKnowledge

public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable { case word, number, punct }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// First scalar is an uppercase letter.
    public var isCapitalized: Bool
    /// Two or more letters, all uppercase ("NATO", "U.S.").
    public var isAllCaps: Bool
    /// Ends with a period that belongs to the word (abbreviation or initial).
    public var isAbbreviation: Bool
    /// Whitespace (or text start) precedes the token.
    public var spaceBefore: Bool
    /// A line break precedes the token.
    public var newlineBefore: Bool

    public var span: TextSpan { TextSpan(start, end) }
}

/// The article text as scalars plus its tokens; the shared substrate of analysis.
/// Each token's text and lowercased text are made once here: later stages look words up in
/// sets and dictionaries many times per token, and building a String per lookup cost more than
/// the lookups. (Words of up to 15 UTF-8 bytes are stored inline in the String, without allocation.)
public struct TokenizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    /// `words[i]`: the text of token i, as written.
    public let words: [String]
    /// `lowerWords[i]`: the text of token i, lowercased (`String.lowercased()`).
    public let lowerWords: [String]

    public init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        let tokens = Tokenizer.tokenize(scalars)
        self.tokens = tokens
        var words: [String] = [], lowerWords: [String] = []
        words.reserveCapacity(tokens.count)
        lowerWords.reserveCapacity(tokens.count)
        for token in tokens {
            let word = ScalarString.make(scalars, token.start, token.end)
            words.append(word)
            lowerWords.append(ScalarString.asciiLowercased(scalars, token.start, token.end) ?? word.lowercased())
        }
        self.words = words
        self.lowerWords = lowerWords
    }

    /// The text of token `i` (the same as `text(of: tokens[i])`, without building it again).
    @inline(__always)
    public func word(_ i: Int) -> String { words[i] }

    public func string(_ span: TextSpan) -> String {
        string(span.start, span.end)
    }

    public func string(_ start: Int, _ end: Int) -> String {
        ScalarString.make(scalars, start, end)
    }

    public func text(of token: Token) -> String { string(token.start, token.end) }

    /// Text of tokens `range`, with the original spacing between them.
    public func text(tokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return string(tokens[first].start, tokens[last].end)
    }

    /// Compares a token with an ASCII/Unicode literal without building a String.
    @inline(__always)
    public func token(_ i: Int, is word: String) -> Bool {
        let t = tokens[i]
        var j = t.start
        for s in word.unicodeScalars {
            if j >= t.end || scalars[j] != s { return false }
            j += 1
        }
        return j == t.end
    }

    /// Case-insensitive comparison for ASCII words.
    @inline(__always)
    public func token(_ i: Int, isLower word: String) -> Bool {
        let t = tokens[i]
        var j = t.start
        for s in word.unicodeScalars {
            if j >= t.end { return false }
            var c = scalars[j].value
            if c >= 65 && c <= 90 { c += 32 }
            if c != s.value { return false }
            j += 1
        }
        return j == t.end
    }

    public func lowercased(_ i: Int) -> String { lowerWords[i] }
}

enum Tokenizer {
    /// Words that keep a following period ("Mr.", "Jan.", "Inc."): text.abbreviation and
    /// text.abbreviation-tokenizer (Data/vocabulary/text.tsv) and the month abbreviations (time.tsv).
    static let abbreviations: WordSet = {
        let v = Vocabulary.shared
        return v.union("text.abbreviation", "text.abbreviation-tokenizer").union(v.map("time.month-abbreviation").keys)
    }()

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 {
            return (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
        }
        return s.properties.isAlphabetic
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 128 { return s.value >= 65 && s.value <= 90 }
        return s.properties.isUppercase
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 32, 9, 10, 11, 12, 13, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0x85, 0x2028, 0x2029, 0xFEFF: return true
        default: return false
        }
    }

    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s.value == 10 || s.value == 13 || s.value == 0x2028 || s.value == 0x2029 || s.value == 0x85
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }

    static func isCombining(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && s.value < 0x370 || s.properties.generalCategory == .nonspacingMark
    }

    static func tokenize(_ text: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        let n = text.count
        var i = 0
        var sawSpace = true
        var sawNewline = true
        while i < n {
            let c = text[i]
            if isSpace(c) {
                sawSpace = true
                if isNewline(c) { sawNewline = true }
                i += 1
                continue
            }
            let start = i
            var kind = Token.Kind.punct
            var abbreviation = false
            if isLetter(c) || isDigit(c) {
                kind = isLetter(c) ? .word : .number
                i += 1
                while i < n {
                    let d = text[i]
                    // "19th", "1990s", "2nd": a number with a letter suffix stays one number token.
                    if isLetter(d) || isDigit(d) || isCombining(d) {
                        i += 1
                        continue
                    }
                    // Digits with separators: 1,000 or 3.5 or 2+2 stays one token.
                    if kind == .number && (d == "," || d == "." || d == ":") && i + 1 < n && isDigit(text[i + 1]) {
                        i += 2
                        continue
                    }
                    // Apostrophe inside a word ("didn’t", "O’Brien") but not a possessive "’s" at the end.
                    if isApostrophe(d) && i + 1 < n && isLetter(text[i + 1]) && kind == .word {
                        let afterS = i + 2
                        let isPossessive = (text[i + 1] == "s" || text[i + 1] == "S") &&
                            (afterS >= n || !(isLetter(text[afterS]) || isDigit(text[afterS])))
                        if isPossessive { break }
                        i += 1
                        continue
                    }
                    break
                }
                // Abbreviations and initials keep their period: "Mr.", "U.S.", "H.E.", "E."
                if kind == .word && i < n && text[i] == "." {
                    let length = i - start
                    if length == 1 && isLetter(text[start]) {
                        // Initial or dotted acronym: consume "X.Y.Z."
                        i += 1
                        while i + 1 < n && isLetter(text[i]) && text[i + 1] == "." &&
                              !(i + 2 < n && isLetter(text[i + 2])) {
                            i += 2
                        }
                        abbreviation = true
                    } else {
                        if abbreviations.contains(ScalarString.make(text, start, i).lowercased()) {
                            i += 1
                            abbreviation = true
                        }
                    }
                }
            } else if isApostrophe(c) && i + 1 < n && (text[i + 1] == "s" || text[i + 1] == "S") &&
                        start > 0 && !isSpace(text[start - 1]) &&
                        (i + 2 >= n || !(isLetter(text[i + 2]) || isDigit(text[i + 2]))) {
                // Possessive "’s" as its own token.
                kind = .word
                i += 2
            } else {
                i += 1
            }
            var capitalized = false
            var allCaps = false
            if kind == .word {
                capitalized = isUpper(text[start])
                if capitalized {
                    var letters = 0
                    allCaps = true
                    for k in start..<i where isLetter(text[k]) {
                        letters += 1
                        if !isUpper(text[k]) { allCaps = false; break }
                    }
                    if letters < 2 { allCaps = false }
                }
            }
            tokens.append(Token(start: start, end: i, kind: kind, isCapitalized: capitalized, isAllCaps: allCaps,
                                isAbbreviation: abbreviation, spaceBefore: sawSpace, newlineBefore: sawNewline))
            sawSpace = false
            sawNewline = false
        }
        return tokens
    }
}
