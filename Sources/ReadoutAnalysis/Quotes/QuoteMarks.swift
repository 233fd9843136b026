// Finds the stretches of text inside quotation marks. In: the article's Unicode scalars;
// out: QuotedSpans in text order, outermost only. Double marks (" “ ” „ « ») pair up within a
// paragraph, whatever their shape, so a quote opened with " and closed with a mis-typed “ still
// works; one left open runs to the paragraph's end. Single marks (‘ ’ ') count only where they
// cannot be apostrophes ("didn’t", "China’s", "the ’90s", "leaders’ summit").
import ReadoutKnowledge

struct QuotedSpan: Sendable {
    /// Offset of the opening mark.
    var open: Int
    /// Inner text [innerStart, innerEnd), without the marks.
    var innerStart: Int
    var innerEnd: Int
    /// Offset of the closing mark; nil when the paragraph ended first.
    var close: Int?
    var isDouble: Bool
    /// The end of the quoted stretch including its closing mark.
    var outerEnd: Int { close.map { $0 + 1 } ?? innerEnd }
}

enum QuoteMarks {
    static func isDouble(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x201C || v == 0x201D || v == 0x201E || v == 0x201F || v == 0xAB || v == 0xBB
    }

    static func isSingleOpener(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2018 || v == 0x201A || v == 0x2039 }
    static func isSingleCloser(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x203A }

    static func find(in s: [Unicode.Scalar]) -> [QuotedSpan] {
        let doubles = findDouble(s)
        let singles = findSingle(s)
        if singles.isEmpty { return doubles }
        // Keep the outermost of nested quotes, whichever style the outlet uses for the outer one;
        // a single-quoted stretch that crosses a double-quoted one was a misread apostrophe.
        var all = (doubles + singles).sorted { $0.open != $1.open ? $0.open < $1.open : $0.outerEnd > $1.outerEnd }
        var kept: [QuotedSpan] = []
        all.reserveCapacity(all.count)
        for q in all {
            if let last = kept.last, q.open < last.outerEnd {
                if q.outerEnd <= last.outerEnd { continue }   // nested inside the last one
                if !q.isDouble { continue }                    // crossing single: drop it
                if !last.isDouble { kept.removeLast() } else { continue }
            }
            kept.append(q)
        }
        return kept
    }

    private static func findDouble(_ s: [Unicode.Scalar]) -> [QuotedSpan] {
        var result: [QuotedSpan] = []
        let n = s.count
        var open = -1
        var i = 0
        while i < n {
            let v = s[i].value
            if v == 10 || v == 13 || v == 0x2029 || v == 0x2028 {
                if open >= 0 {
                    result.append(QuotedSpan(open: open, innerStart: open + 1, innerEnd: i, close: nil, isDouble: true))
                    open = -1
                }
                i += 1
                continue
            }
            guard v == 0x22 || v >= 0xAB, isDouble(v) else { i += 1; continue }
            if open >= 0 {
                result.append(QuotedSpan(open: open, innerStart: open + 1, innerEnd: i, close: i, isDouble: true))
                open = -1
            } else if canOpenDouble(s, i) {
                open = i
            }
            i += 1
        }
        if open >= 0 { result.append(QuotedSpan(open: open, innerStart: open + 1, innerEnd: n, close: nil, isDouble: true)) }
        return result
    }

    private static func canOpenDouble(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let v = s[i].value
        guard i + 1 < s.count else { return false }
        let next = s[i + 1]
        if LexedText.isNewline(next) { return false }
        let prevIsSpace = i == 0 || LexedText.isSpace(s[i - 1]) || "([{—–-/:".unicodeScalars.contains(s[i - 1])
        // Guillemets and low openers may be followed by a space (« texte »).
        if v == 0xAB || v == 0x201E { return true }
        if LexedText.isSpace(next) { return false }
        if v == 0x22 && i > 0 && LexedText.isDigit(s[i - 1].value) { return false }   // 12" inch mark
        if v == 0x201D || v == 0xBB { return prevIsSpace }   // closer shapes open only after a space
        return true
    }

    private static func findSingle(_ s: [Unicode.Scalar]) -> [QuotedSpan] {
        var result: [QuotedSpan] = []
        let n = s.count
        var i = 0
        while i < n {
            let v = s[i].value
            guard v == 0x27 || v == 0x2018 || v == 0x201A || v == 0x2039, canOpenSingle(s, i) else { i += 1; continue }
            var j = i + 1
            var firstSuspect = -1
            var close = -1
            while j < n && j - i < 2000 {
                let c = s[j]
                if LexedText.isNewline(c) { break }
                if isSingleCloser(c.value) && isClosingShape(s, j) {
                    if isPossessivePlural(s, j) {
                        if firstSuspect < 0 { firstSuspect = j }
                    } else {
                        close = j
                        break
                    }
                }
                j += 1
            }
            if close < 0 { close = firstSuspect }
            if close < 0, let end = continuedParagraphEnd(s, opener: i) {
                // British style: a quote running over paragraphs leaves each one open and reopens the next.
                result.append(QuotedSpan(open: i, innerStart: i + 1, innerEnd: end, close: nil, isDouble: false))
                i = end
                continue
            }
            if close > i + 1 {
                result.append(QuotedSpan(open: i, innerStart: i + 1, innerEnd: close, close: close, isDouble: false))
                i = close + 1
            } else {
                i += 1
            }
        }
        return result
    }

    /// For a single mark opening a paragraph with no closer in it: the paragraph's end, when the next
    /// paragraph opens with a single mark too.
    private static func continuedParagraphEnd(_ s: [Unicode.Scalar], opener i: Int) -> Int? {
        guard i == 0 || LexedText.isNewline(s[i - 1]) else { return nil }
        var end = i + 1
        while end < s.count && !LexedText.isNewline(s[end]) { end += 1 }
        var next = end
        while next < s.count && LexedText.isSpace(s[next]) { next += 1 }
        guard next < s.count, next > end, isSingleOpener(s[next].value) else { return nil }
        return end
    }

    private static func canOpenSingle(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i + 1 < s.count, LexedText.isLetter(s[i + 1]) || LexedText.isDigit(s[i + 1].value) else { return false }
        if i > 0 {
            let p = s[i - 1]
            let ok = LexedText.isSpace(p) || isDouble(p.value) || "([{—–-/:".unicodeScalars.contains(p)
            if !ok { return false }
        }
        // Elisions: the ’90s, 'em, 'til, rock 'n' roll.
        if LexedText.isDigit(s[i + 1].value) && i + 3 < s.count && LexedText.isDigit(s[i + 2].value) &&
           (s[i + 3] == "s" || LexedText.isSpace(s[i + 3])) { return false }
        var word = ""
        var k = i + 1
        while k < s.count && LexedText.isLetter(s[k]) && k - i < 7 { word.unicodeScalars.append(s[k]); k += 1 }
        if k < s.count && !LexedText.isLetter(s[k]) && elisions.contains(word.lowercased()) { return false }
        return true
    }

    /// Words an apostrophe elides at their start ('em, 'til): quote.elision, Data/vocabulary/quotes.tsv.
    private static let elisions = Vocabulary.shared.set("quote.elision")

    /// A mark after a non-space and before a non-letter: ends a quote rather than sitting inside a word.
    private static func isClosingShape(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        guard j > 0, !LexedText.isSpace(s[j - 1]) else { return false }
        guard j + 1 < s.count else { return true }
        let next = s[j + 1]
        return !(LexedText.isLetter(next) || LexedText.isDigit(next.value))
    }

    /// "the leaders’ summit": a plural possessive, followed by a lowercase word.
    private static func isPossessivePlural(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        guard s[j - 1] == "s" || s[j - 1] == "S", j + 2 < s.count, LexedText.isSpace(s[j + 1]) else { return false }
        let after = s[j + 2]
        return after.properties.isLowercase
    }
}
