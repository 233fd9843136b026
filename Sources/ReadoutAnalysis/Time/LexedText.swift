// Unicode scalars → a flat array of small word records for the time and quote scanners.
// Each word carries its scalar offsets, a packed lowercase key (so vocabulary lookups are
// one integer hash, no String built), its numeric value when it is a digit run, and the
// spacing and capitalisation facts the patterns need. Kept apart from the shared
// tokenizer on purpose: these scanners need only this much, and need it fast.
import ReadoutKnowledge

struct LexedText: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct
        /// Possessive "’s" / "'s" after a word.
        case possessive
        /// Clitic after an apostrophe: "’ll", "’re", "’ve", "’d", "’m".
        case clitic
    }

    struct Word: Sendable {
        var start: Int32
        var end: Int32
        /// Lowercase ASCII letters packed 5 bits each (≤ 12 letters); for punctuation the scalar value; else 0.
        var key: UInt64
        /// Value of a plain digit run ("13", "2024", "13th"); -1 otherwise.
        var number: Int32
        var kind: Kind
        var digits: UInt8
        var flags: UInt8

        static let capitalized: UInt8 = 1
        static let allCaps: UInt8 = 2
        static let spaceBefore: UInt8 = 4
        static let newlineBefore: UInt8 = 8
        static let ordinal: UInt8 = 16

        var isCapitalized: Bool { flags & Word.capitalized != 0 }
        var isAllCaps: Bool { flags & Word.allCaps != 0 }
        var hasSpaceBefore: Bool { flags & Word.spaceBefore != 0 }
        var hasNewlineBefore: Bool { flags & Word.newlineBefore != 0 }
        var isOrdinal: Bool { flags & Word.ordinal != 0 }
        var isWordLike: Bool { kind == .word || kind == .number }
    }

    let scalars: [Unicode.Scalar]
    let words: [Word]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        self.words = LexedText.lex(scalars)
    }

    var count: Int { words.count }

    func string(_ start: Int, _ end: Int) -> String {
        ScalarString.make(scalars, start, end)
    }

    /// Is word `i` the punctuation scalar `p`?
    @inline(__always) func isPunct(_ i: Int, _ p: Unicode.Scalar) -> Bool {
        i >= 0 && i < words.count && words[i].kind == .punct && words[i].key == UInt64(p.value)
    }

    /// Packs a lowercase ASCII word the same way the lexer does ("said" → key); for vocabulary tables.
    static func key(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        var length = 0
        for s in word.unicodeScalars {
            var c = s.value
            if c >= 65 && c <= 90 { c += 32 }
            guard c >= 97 && c <= 122 else { return 0 }
            length += 1
            if length > 12 { return 0 }
            key = key << 5 | UInt64(c - 96)
        }
        return key
    }

    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return isASCIILetter(v) }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 32, 9, 10, 11, 12, 13, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0x85, 0x2028, 0x2029, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always) static func isNewline(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 10 || v == 13 || v == 0x2028 || v == 0x2029 || v == 0x85
    }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s.value == 39 || s.value == 0x2019 }

    private static func lex(_ text: [Unicode.Scalar]) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(text.count / 5 + 8)
        let n = text.count
        var i = 0
        var flagsBefore: UInt8 = Word.spaceBefore | Word.newlineBefore
        while i < n {
            let c = text[i]
            let v = c.value
            if v == 32 || isSpace(c) {
                flagsBefore |= Word.spaceBefore
                if isNewline(c) { flagsBefore |= Word.newlineBefore }
                i += 1
                continue
            }
            let start = i
            var word = Word(start: Int32(i), end: 0, key: 0, number: -1, kind: .punct, digits: 0, flags: flagsBefore)
            flagsBefore = 0
            if isDigit(v) {
                word.kind = .number
                var value: Int64 = 0
                var plain = true
                while i < n {
                    let d = text[i].value
                    if isDigit(d) {
                        value = value * 10 + Int64(d - 48)
                        if value > 999_999_999 { plain = false; value = 0 }
                        word.digits &+= 1
                        i += 1
                    } else if (d == 44 || d == 46) && i + 1 < n && isDigit(text[i + 1].value) {
                        plain = false   // 1,000 or 3.5
                        i += 1
                    } else {
                        break
                    }
                }
                // "13th", "1st" are ordinals; "1990s", "5G" are not plain numbers.
                if i < n && isLetter(text[i]) {
                    let suffixStart = i
                    while i < n && isLetter(text[i]) { i += 1 }
                    let suffix = key(String(String.UnicodeScalarView(text[suffixStart..<i])))
                    if i - suffixStart == 2 && LexedText.ordinalSuffixes.contains(suffix) {
                        word.flags |= Word.ordinal
                    } else {
                        plain = false
                    }
                }
                if plain { word.number = Int32(value) }
            } else if isLetter(c) {
                word.kind = .word
                var key: UInt64 = 0
                var length = 0
                var ascii = true
                var upper = 0
                var letters = 0
                while i < n {
                    let d = text[i]
                    let dv = d.value
                    if dv < 128 {
                        if isASCIILetter(dv) {
                            letters += 1
                            if dv <= 90 { upper += 1 }
                            length += 1
                            if length <= 12 { key = key << 5 | UInt64((dv | 32) - 96) }
                            i += 1
                            continue
                        }
                        if isDigit(dv) { ascii = false; i += 1; continue }
                        if dv == 39, i + 1 < n, isLetter(text[i + 1]), !isClitic(text, i + 1) {
                            ascii = false   // "O'Brien", "didn't": one word
                            i += 1
                            continue
                        }
                        break
                    }
                    if dv == 0x2019, i + 1 < n, isLetter(text[i + 1]), !isClitic(text, i + 1) {
                        ascii = false
                        i += 1
                        continue
                    }
                    if d.properties.isAlphabetic || d.properties.generalCategory == .nonspacingMark {
                        ascii = false
                        letters += 1
                        if d.properties.isUppercase { upper += 1 }
                        i += 1
                        continue
                    }
                    break
                }
                if ascii && length <= 12 { word.key = key }
                let firstUpper = c.value < 128 ? (c.value <= 90) : c.properties.isUppercase
                if firstUpper {
                    word.flags |= Word.capitalized
                    if letters >= 2 && upper == letters { word.flags |= Word.allCaps }
                }
            } else if isApostrophe(c) && i > 0 && !isSpace(text[i - 1]) && i + 1 < n && isLetter(text[i + 1]) && isClitic(text, i + 1) {
                // "’s" possessive or a clitic such as "’ll".
                i += 1
                var key: UInt64 = 0
                while i < n && isASCIILetter(text[i].value) {
                    key = key << 5 | UInt64((text[i].value | 32) - 96)
                    i += 1
                }
                word.key = key
                word.kind = key == LexedText.sKey ? .possessive : .clitic
            } else {
                word.key = UInt64(v)
                i += 1
            }
            word.end = Int32(i)
            if start == i { i += 1; continue }
            words.append(word)
        }
        return words
    }

    static let sKey = key("s")
    private static let ordinalSuffixes: Set<UInt64> = Set(Vocabulary.shared.entries("time.ordinal-suffix").map(key))

    /// Does the clitic at `i` (just after an apostrophe) end here: "s", "ll", "re", "ve", "d", "m"?
    private static func isClitic(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        let n = text.count
        var j = i
        while j < n && isASCIILetter(text[j].value) && j - i < 3 { j += 1 }
        if j < n && isLetter(text[j]) { return false }
        let length = j - i
        let a = text[i].value | 32
        if length == 1 { return a == 115 || a == 100 || a == 109 }   // s, d, m
        if length == 2 {
            let b = text[i + 1].value | 32
            return (a == 108 && b == 108) || (a == 114 && b == 101) || (a == 118 && b == 101)   // ll, re, ve
        }
        return false
    }
}
