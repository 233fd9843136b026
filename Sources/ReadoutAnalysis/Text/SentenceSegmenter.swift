// Tokens + blocks → sentences. A sentence never crosses a block (title, caption,
// paragraph) or a line break; inside a line it ends at . ! ? (with any closing
// quotes or brackets) before a capitalised word, a digit or an opening quote,
// except after an abbreviation that does not end sentences ("Mr.", "Jan.", "Gen.").
import ReadoutCore
import ReadoutKnowledge

public struct TokenSentence: Sendable, Hashable {
    public var span: TextSpan
    public var tokens: Range<Int>
    public var block: BlockKind
}

public enum SentenceSegmenter {
    /// Abbreviations that can also close a sentence ("... in the U.S. The talks").
    static let sentenceFinalAbbreviations = Vocabulary.shared.set("text.sentence-final-abbreviation")
    /// Words that typically start a sentence; after a sentence-final abbreviation they confirm a break.
    static let sentenceStarters = Vocabulary.shared.set("text.sentence-starter")

    public static func segment(_ text: TokenizedText, blocks: [TextBlock]) -> [TokenSentence] {
        let tokens = text.tokens
        var result: [TokenSentence] = []
        let layout = blocks.isEmpty ? [TextBlock(kind: .paragraph, span: TextSpan(0, text.scalars.count))] : blocks.sorted { $0.span < $1.span }
        var t = 0
        for block in layout {
            while t < tokens.count && tokens[t].start < block.span.start { t += 1 }
            var sentenceStart = t
            var i = t
            while i < tokens.count && tokens[i].end <= block.span.end {
                if i > sentenceStart && tokens[i].newlineBefore {
                    result.append(make(text, sentenceStart..<i, block.kind))
                    sentenceStart = i
                }
                if isBoundary(text, at: i) {
                    var j = i + 1
                    // Closing quotes/brackets belong to the sentence they close.
                    while j < tokens.count && tokens[j].end <= block.span.end && !tokens[j].spaceBefore && isCloser(text, j) {
                        j += 1
                    }
                    if j >= tokens.count || tokens[j].end > block.span.end || startsSentence(text, j) {
                        result.append(make(text, sentenceStart..<j, block.kind))
                        sentenceStart = j
                        i = j
                        continue
                    }
                }
                i += 1
            }
            if i > sentenceStart { result.append(make(text, sentenceStart..<i, block.kind)) }
            t = i
        }
        return result
    }

    private static func make(_ text: TokenizedText, _ range: Range<Int>, _ kind: BlockKind) -> TokenSentence {
        TokenSentence(span: TextSpan(text.tokens[range.lowerBound].start, text.tokens[range.upperBound - 1].end),
                      tokens: range, block: kind)
    }

    /// Is token `i` a sentence-ending mark (or an abbreviation that may end one)?
    private static func isBoundary(_ text: TokenizedText, at i: Int) -> Bool {
        let token = text.tokens[i]
        if token.kind == .punct {
            let c = text.scalars[token.start]
            return c == "." || c == "!" || c == "?" || c == "…"
        }
        if token.isAbbreviation {
            let word = text.lowercased(i)
            guard sentenceFinalAbbreviations.contains(word), i + 1 < text.tokens.count else { return false }
            let next = text.lowercased(i + 1)
            return text.tokens[i + 1].isCapitalized && sentenceStarters.contains(next)
        }
        return false
    }

    private static func isCloser(_ text: TokenizedText, _ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .punct else { return false }
        switch text.scalars[t.start] {
        case "\"", "”", "’", "'", ")", "]", "»", ".", "!", "?": return true
        default: return false
        }
    }

    /// Could token `j` begin a new sentence?
    private static func startsSentence(_ text: TokenizedText, _ j: Int) -> Bool {
        let t = text.tokens[j]
        // "strengthen cooperation.The office said": a scraped page that lost the space after a full stop.
        // (A lowercase word before the stop, a capitalised one after; "U.S.", "News.Az" keep capitals before it.)
        let glued = !t.spaceBefore && t.kind == .word && t.isCapitalized && !t.isAllCaps && j >= 2 &&
            text.tokens[j - 1].kind == .punct && text.scalars[text.tokens[j - 1].start] == "." &&
            text.tokens[j - 2].kind == .word && text.tokens[j - 2].end - text.tokens[j - 2].start >= 3 &&
            !text.tokens[j - 2].isCapitalized && !text.tokens[j - 2].isAllCaps
        guard t.spaceBefore || glued else { return false }
        if t.kind == .number { return true }
        if t.kind == .word { return t.isCapitalized }
        switch text.scalars[t.start] {
        case "\"", "“", "‘", "'", "(", "[", "«", "—", "–", "-", "•": return true
        default: return false
        }
    }
}
