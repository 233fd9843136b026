// Sentence limits on a LexedText, found by scanning outward from a word. In: a word index;
// out: the word range of its sentence. Used to scope tense cues (time) and attributions
// (quotes) when no sentence list is at hand; cheap enough to call per expression.
import ReadoutKnowledge

extension LexedText {
    /// Words that keep their period ("Jan.", "Mr.", "Gen."): a period after them does not end a sentence.
    static let abbreviations: Set<UInt64> = {
        let v = Vocabulary.shared
        return Set(v.set("text.abbreviation").union(v.map("time.month-abbreviation").keys).map(LexedText.key))
    }()

    @inline(__always) static func isClosingMark(_ key: UInt64) -> Bool {
        key == 0x201D || key == 34 || key == 0x2019 || key == 39 || key == 0xBB || key == 41 || key == 93
    }

    /// Does a sentence end right after word `k`? (`k` is a stop, or the last closing mark right after one.)
    func endsSentence(at k: Int) -> Bool {
        guard words[k].kind == .punct else { return false }
        var s = k
        while s > 0 && LexedText.isClosingMark(words[s].key) && !words[s].hasSpaceBefore && words[s - 1].kind == .punct {
            s -= 1
        }
        let w = words[s]
        let p = w.key
        guard w.kind == .punct, p == 46 || p == 33 || p == 63 || p == 0x2026 else { return false }   // . ! ? …
        if p == 46 && s > 0 {
            let prev = words[s - 1]
            if Int(prev.end) == Int(w.start) && prev.kind == .word {
                // "U.S." / initials "J." / "Jan." keep their period.
                if prev.end - prev.start == 1 || LexedText.abbreviations.contains(prev.key) { return false }
            }
        }
        let next = k + 1
        guard next < words.count else { return true }
        let n = words[next]
        // A closing quote or bracket right after belongs to this sentence: the boundary is after it.
        if n.kind == .punct && !n.hasSpaceBefore && LexedText.isClosingMark(n.key) { return false }
        if n.hasNewlineBefore { return true }
        guard n.hasSpaceBefore else { return false }
        return n.isCapitalized || n.kind == .number || n.kind == .punct
    }

    /// The words of the sentence holding word `i`, bounded by stops and line breaks.
    func sentenceRange(around i: Int) -> Range<Int> {
        guard !words.isEmpty else { return 0..<0 }
        var start = i
        while start > 0 {
            if words[start].hasNewlineBefore || endsSentence(at: start - 1) { break }
            start -= 1
        }
        var end = i
        while end < words.count - 1 {
            if endsSentence(at: end) { break }
            if words[end + 1].hasNewlineBefore { break }
            end += 1
        }
        return start..<(end + 1)
    }
}
