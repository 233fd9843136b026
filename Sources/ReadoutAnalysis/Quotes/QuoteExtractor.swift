// Direct quotations and who said them. In: the article text, its sentences and its entities
// (with mention spans); out: Quotes in text order, each with the words inside the marks (span
// = those words) and the speaker: an entity's name and id when the attribution names one, the
// description as written otherwise. A pure function: no I/O, no shared state.
import ReadoutCore

public struct QuoteExtractor: Sendable {
    /// Also return quotes whose speaker could not be found (speaker nil). Off by default:
    /// an unattributed quote is not a fact anyone can check.
    public var includeUnattributed: Bool

    public init(includeUnattributed: Bool = false) {
        self.includeUnattributed = includeUnattributed
    }

    /// Direct quotations with speakers. `entities` carry mention spans (from the entity recogniser) used to name speakers.
    public func extract(in text: String, sentences: [Sentence], entities: [Entity]) -> [Quote] {
        extract(in: Array(text.unicodeScalars), sentences: sentences, entities: entities)
    }

    /// Same as `extract(in:sentences:entities:)` for text already decoded to scalars.
    public func extract(in scalars: [Unicode.Scalar], sentences: [Sentence], entities: [Entity]) -> [Quote] {
        extract(in: LexedText(scalars), sentences: sentences, entities: entities)
    }

    /// Same, for text already lexed (the analysis document lexes once for times and quotes).
    func extract(in lexed: LexedText, sentences: [Sentence], entities: [Entity]) -> [Quote] {
        let scalars = lexed.scalars
        let marks = QuoteMarks.find(in: scalars)
        guard !marks.isEmpty else { return [] }
        let phrases = SpeakerPhrases(text: lexed)

        // Which quoted stretches can be speech at all.
        var candidates: [(mark: QuotedSpan, verdict: ScareQuotes.Verdict, inner: Range<Int>, open: Int, close: Int?)] = []
        for mark in marks {
            let innerStart = wordIndex(lexed, atOrAfter: mark.innerStart)
            let innerEnd = wordIndex(lexed, atOrAfter: mark.innerEnd)
            let open = wordIndex(lexed, atOrAfter: mark.open)
            let verdict = ScareQuotes.judge(lexed, words: innerStart..<innerEnd, introduced: open > 0 && lexed.isPunct(open - 1, ":"))
            guard verdict != .notSpeech else { continue }
            candidates.append((mark, verdict, innerStart..<innerEnd, wordIndex(lexed, atOrAfter: mark.open),
                               mark.close.map { wordIndex(lexed, atOrAfter: $0) }))
        }
        guard !candidates.isEmpty else { return [] }

        let sortedSentences = sentences.sorted { $0.span.start < $1.span.start }
        let sentenceStart: (Int) -> Int = { offset in
            if let s = Self.sentence(containing: offset, in: sortedSentences) { return s.span.start }
            // The word holding (or ending before) the offset decides its sentence.
            let k = max(0, wordIndex(lexed, atOrAfter: offset + 1) - 1)
            let range = lexed.sentenceRange(around: min(k, max(0, lexed.count - 1)))
            return range.isEmpty ? 0 : min(offset, Int(lexed.words[range.lowerBound].start))
        }
        var resolver = SpeakerResolver(text: lexed, entities: entities,
                                       quoted: marks.map { $0.open..<$0.outerEnd }, sentenceStart: sentenceStart)

        var speakers: [ResolvedSpeaker?] = Array(repeating: nil, count: candidates.count)
        // Which attribution pattern named each speaker (the quote's rule id).
        var via: [String?] = Array(repeating: nil, count: candidates.count)
        var chainedToPrevious = Array(repeating: false, count: candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let mark = candidate.mark
            let previous = index > 0 ? candidates[index - 1] : nil
            // Left context: this sentence up to the opening mark, not reaching back into the previous quote.
            var lower = wordIndex(lexed, atOrAfter: sentenceStart(mark.open))
            if let previous, previous.mark.outerEnd <= mark.open {
                lower = max(lower, wordIndex(lexed, atOrAfter: previous.mark.outerEnd))
            }
            lower = max(lower, paragraphStartWord(lexed, before: candidate.open))
            var left = lower..<candidate.open
            // “…” after "He said:" at the end of the previous paragraph.
            if left.isEmpty && candidate.open > 0 && lexed.isPunct(candidate.open - 1, ":") {
                let prevStart = wordIndex(lexed, atOrAfter: sentenceStart(Int(lexed.words[candidate.open - 1].start)))
                left = prevStart..<(candidate.open - 1)
            }
            let right = rightContext(lexed, after: candidate.close, next: index + 1 < candidates.count ? candidates[index + 1].open : nil)

            var rule = "quotes.speaker-after"
            var phrase = phrases.directAfter(right)
            if phrase == nil { phrase = phrases.before(left); rule = "quotes.speaker-before" }
            if phrase == nil { phrase = phrases.trailing(right); rule = "quotes.speaker-trailing" }
            var speaker = phrase.flatMap { resolver.resolve($0) }

            if let previous, previous.mark.close == nil, startsParagraph(lexed, candidate.open),
               paragraphBreaks(scalars, from: previous.mark.outerEnd, to: mark.open) == 1 {
                chainedToPrevious[index] = true   // a quote running on into a new paragraph
                if speaker == nil { speaker = speakers[index - 1]; rule = "quotes.continued-paragraph" }
            }
            if speaker == nil && phrase == nil {
                speaker = fallbackSpeaker(lexed, phrases, &resolver, left: left, mark: mark, scalars: scalars,
                                          previousEnd: previous?.mark.outerEnd,
                                          previousSpeaker: index > 0 ? speakers[index - 1] : nil,
                                          sentenceStart: sentenceStart)
                rule = "quotes.speaker-nearby"
            }
            if let speaker {
                speakers[index] = speaker
                via[index] = rule
                resolver.remember(speaker)
            }
        }
        // A quote running over several paragraphs is often attributed only in its last one.
        if candidates.count > 1 {
            for index in stride(from: candidates.count - 1, to: 0, by: -1)
            where chainedToPrevious[index] && speakers[index - 1] == nil {
                speakers[index - 1] = speakers[index]
                via[index - 1] = "quotes.attributed-later-paragraph"
            }
        }

        var quotes: [Quote] = []
        var seen: [String: Int] = [:]
        for (index, candidate) in candidates.enumerated() {
            let speaker = speakers[index]
            if speaker == nil && (candidate.verdict == .needsSpeaker || !includeUnattributed) { continue }
            if candidate.verdict == .needsSpeaker && ScareQuotes.isLabel(lexed, open: candidate.open, words: candidate.inner) { continue }
            guard let inner = trimmed(scalars, candidate.mark.innerStart, candidate.mark.innerEnd) else { continue }
            let quoteText = lexedString(scalars, inner)
            let quote = Quote(text: quoteText, span: TextSpan(inner.lowerBound, inner.upperBound),
                              speaker: speaker?.name, speakerEntity: speaker?.entityID, rule: via[index])
            // The same words twice (headline and body, a repeated lead) are one quote; keep the better-attributed.
            let dedupeKey = quoteText.lowercased()
            if let earlier = seen[dedupeKey] {
                if quotes[earlier].speakerEntity == nil && quote.speakerEntity != nil { quotes[earlier] = quote }
                continue
            }
            seen[dedupeKey] = quotes.count
            quotes.append(quote)
        }
        return quotes
    }

    // MARK: - Context

    /// After the closing mark to the end of its sentence, the paragraph, or the next quote.
    private func rightContext(_ lexed: LexedText, after close: Int?, next: Int?) -> Range<Int> {
        guard let close else { return 0..<0 }
        let start = close + 1
        var k = start
        let limit = min(lexed.count, next ?? lexed.count, start + 40)
        while k < limit {
            if lexed.words[k].hasNewlineBefore { break }
            if lexed.endsSentence(at: k) { k += 1; break }
            k += 1
        }
        return start..<max(start, min(k, limit))
    }

    /// No attribution in the quote's own sentence: the speaker of the quote just before it (same or
    /// previous paragraph) when this one stands alone; else whoever the previous sentence quotes.
    private func fallbackSpeaker(_ lexed: LexedText, _ phrases: SpeakerPhrases, _ resolver: inout SpeakerResolver,
                                 left: Range<Int>, mark: QuotedSpan, scalars: [Unicode.Scalar],
                                 previousEnd: Int?, previousSpeaker: ResolvedSpeaker?,
                                 sentenceStart: (Int) -> Int) -> ResolvedSpeaker? {
        // A second quote in the same sentence ("should “…” and strive for “…”") shares the first one's speaker.
        if let previousEnd, let previousSpeaker, sentenceStart(mark.open) < previousEnd,
           paragraphBreaks(scalars, from: previousEnd, to: mark.open) == 0 {
            return previousSpeaker
        }
        let standsAlone = left.allSatisfy { lexed.words[$0].kind == .punct }
        if standsAlone, let last = resolver.last, let previousEnd,
           paragraphBreaks(scalars, from: previousEnd, to: mark.open) <= 1, mark.open - last.position < 3000 {
            return last
        }
        // The sentence before, when it attributes something ("The ministry said in a statement that …").
        let here = sentenceStart(mark.open)
        guard here > 0 else { return nil }
        let prevStart = sentenceStart(here - 1)
        guard paragraphBreaks(scalars, from: prevStart, to: here) == 0 else { return nil }
        let range = wordIndex(lexed, atOrAfter: prevStart)..<wordIndex(lexed, atOrAfter: here)
        guard !range.isEmpty, let phrase = phrases.firstAttribution(range) else { return nil }
        return resolver.resolve(phrase)
    }

    private func paragraphStartWord(_ lexed: LexedText, before k: Int) -> Int {
        var i = min(k, lexed.count - 1)
        while i > 0 && !lexed.words[i].hasNewlineBefore { i -= 1 }
        return max(0, i)
    }

    private func startsParagraph(_ lexed: LexedText, _ k: Int) -> Bool {
        k < lexed.count && lexed.words[k].hasNewlineBefore
    }

    /// How many paragraph breaks (runs of line breaks) lie between two offsets.
    private func paragraphBreaks(_ s: [Unicode.Scalar], from a: Int, to b: Int) -> Int {
        var breaks = 0
        var inBreak = false
        var i = max(0, a)
        while i < min(b, s.count) {
            if LexedText.isNewline(s[i]) {
                if !inBreak { breaks += 1 }
                inBreak = true
            } else if !LexedText.isSpace(s[i]) {
                inBreak = false
            }
            i += 1
        }
        return breaks
    }

    // MARK: - Helpers

    private func trimmed(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Range<Int>? {
        var a = start
        var b = end
        while a < b && LexedText.isSpace(s[a]) { a += 1 }
        while b > a && (LexedText.isSpace(s[b - 1]) || s[b - 1] == ",") { b -= 1 }
        return a < b ? a..<b : nil
    }

    private func lexedString(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        ScalarString.make(s, range)
    }

    private func wordIndex(_ lexed: LexedText, atOrAfter offset: Int) -> Int {
        var lo = 0
        var hi = lexed.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(lexed.words[mid].start) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private static func sentence(containing offset: Int, in sentences: [Sentence]) -> Sentence? {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].span.start <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let s = sentences[lo - 1]
        return offset < s.span.end ? s : nil
    }
}
