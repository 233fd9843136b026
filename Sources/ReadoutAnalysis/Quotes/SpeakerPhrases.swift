// Finds the words that name a quote's speaker. In: the lexed article and the word ranges
// around one quote (the part of its sentence before the opening mark, the part after the
// closing mark); out: the speaker phrase's word range ("Jordi Moreno", "he", "the statement",
// "a senior U.S. administration official"), not yet resolved to an entity.
// Patterns: “…,” said X / “…,” X said / X said: “…” / X said that “…” / X told reporters “…” /
// according to X / X quoted Y as saying “…” / X described … as “…” / …, adding “…”.

struct SpeakerPhrases {
    let text: LexedText

    private var words: [LexedText.Word] { text.words }

    @inline(__always) func key(_ k: Int) -> UInt64 {
        k >= 0 && k < words.count && words[k].kind == .word ? words[k].key : 0
    }

    /// A lowercase verb of saying at `k` (a capitalised "Says" is more likely a headline word or name).
    @inline(__always) func sayingVerb(_ k: Int) -> SpeechWord? {
        guard k >= 0 && k < words.count, words[k].kind == .word, !words[k].isCapitalized else { return nil }
        if k > 0 && !words[k].hasSpaceBefore && text.isPunct(k - 1, "-") { return nil }   // "so-called"
        return SpeechVocabulary.speech(words[k].key)
    }

    // MARK: - Attribution after the closing mark

    /// “…,” said X / “…,” X said / “…”, according to X — right after the closing mark.
    func directAfter(_ range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        while k < range.upperBound && words[k].kind == .punct && !isOpeningBracket(k) { k += 1 }
        guard k < range.upperBound else { return nil }
        if key(k) == SpeechVocabulary.according && key(k + 1) == SpeechVocabulary.to {
            return accordingTo(k + 2, upper: range.upperBound)
        }
        if let verb = sayingVerb(k), verb.contains(.invertible), let phrase = phraseAfter(k + 1, upper: range.upperBound) {
            // "said the Indian minister, Arjun Mehta": the name in the appositive.
            let next = phrase.upperBound
            if text.isPunct(next, ","), isCapitalizedWord(next + 1), let name = phraseAfter(next + 1, upper: range.upperBound) {
                return phrase.lowerBound..<name.upperBound
            }
            return phrase
        }
        guard var subject = phraseAfter(k, upper: range.upperBound) else { return nil }
        var v = skipToVerb(from: subject.upperBound, upper: range.upperBound)
        if v < range.upperBound && text.isPunct(v, ",") {
            // “…,” Wang, the head of the department, said.
            var c = v + 1
            while c < range.upperBound && c < v + 20 && !text.isPunct(c, ",") { c += 1 }
            // “…,” the minister's spokesman, Ola Hansen, said: the appositive's name is the speaker's (the resolver
            // takes the person the whole phrase names).
            if isCapitalizedWord(v + 1) { subject = subject.lowerBound..<c }
            v = skipToVerb(from: c + 1, upper: range.upperBound)
        }
        // “…,” the agency quoted X as saying: X spoke; the one quoting only reports it.
        if SpeechVocabulary.quotingAsVerbs.contains(key(v)), let object = phraseAfter(v + 1, upper: range.upperBound),
           key(object.upperBound) == SpeechVocabulary.as, sayingVerb(object.upperBound + 1) != nil {
            return object
        }
        if let verb = sayingVerb(v), verb.contains(.verb) { return subject }
        return nil
    }

    /// Later in the sentence: "…, according to X" or a closing ", X reported on Friday."
    func trailing(_ range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        while k + 1 < range.upperBound {
            if key(k) == SpeechVocabulary.according && key(k + 1) == SpeechVocabulary.to,
               let phrase = accordingTo(k + 2, upper: range.upperBound) {
                return phrase
            }
            k += 1
        }
        k = range.upperBound - 1
        while k >= range.lowerBound {
            if text.isPunct(k, ","), let subject = phraseAfter(k + 1, upper: range.upperBound) {
                let v = skipToVerb(from: subject.upperBound, upper: range.upperBound)
                if let verb = sayingVerb(v), verb.contains(.verb) { return subject }
                return nil
            }
            k -= 1
        }
        return nil
    }

    // MARK: - Attribution before the opening mark

    /// X said (that) “…” / X told reporters “…” / according to X, “…” / X quoted Y as saying “…” /
    /// X described … as “…” / X said …, adding “…”. `range` is the sentence up to the opening mark.
    func before(_ range: Range<Int>) -> Range<Int>? {
        var k = range.upperBound - 1
        var sawParticiple = false
        var sawVerbWithoutSubject = false
        while k >= range.lowerBound {
            let wordKey = key(k)
            // "X said that A proposed talks, and that B “took note”": a second that-clause hangs on the same verb of
            // saying as the first, so the verbs inside the first ("proposed") are not its attribution.
            if wordKey == Self.that && key(k - 1) == SpeechVocabulary.and,
               let first = stride(from: k - 2, through: range.lowerBound, by: -1).first(where: { key($0) == Self.that }) {
                k = first - 1
                continue
            }
            if wordKey == SpeechVocabulary.according && key(k + 1) == SpeechVocabulary.to {
                if let phrase = accordingTo(k + 2, upper: range.upperBound) { return phrase }
            } else if wordKey == SpeechVocabulary.saying && key(k - 1) == SpeechVocabulary.as {
                // X quoted Y as saying “…”: the speaker is Y.
                var q = k - 2
                while q >= range.lowerBound && q > k - 25 && !SpeechVocabulary.quotedVerbs.contains(key(q)) { q -= 1 }
                if q >= range.lowerBound && SpeechVocabulary.quotedVerbs.contains(key(q)),
                   let phrase = phraseAfter(q + 1, upper: k - 1), phrase.upperBound == k - 1 {
                    return phrase
                }
                if let subject = subjectBefore(k - 1, lower: range.lowerBound) { return subject }
            } else if let verb = sayingVerb(k), !isVisitIdiom(k) {
                if verb.contains(.participle) {
                    sawParticiple = true
                } else if let subject = subjectBefore(k, lower: range.lowerBound) {
                    return subject
                } else if verb.contains(.invertible), let phrase = phraseAfter(k + 1, upper: range.upperBound) {
                    return phrase   // rare inverted order before the quote: "Said the minister: “…”"
                } else {
                    sawVerbWithoutSubject = true   // "a video that praised “…”": the clause's subject speaks
                }
            }
            k -= 1
        }
        if sawParticiple || sawVerbWithoutSubject { return clauseSubject(range) }
        return nil
    }

    private static let that = LexedText.key("that")

    /// The main clause's attribution in a whole sentence: the first verb of saying with a subject
    /// ("The ministry said in a statement that the minister welcomed …" → "The ministry").
    func firstAttribution(_ range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound
        while k < range.upperBound {
            if let verb = sayingVerb(k), verb.contains(.verb), let subject = subjectBefore(k, lower: range.lowerBound) {
                return subject
            }
            k += 1
        }
        return nil
    }

    /// "called on Crown Prince …" means visited, not spoke.
    private func isVisitIdiom(_ k: Int) -> Bool {
        key(k) == LexedText.key("called") && (key(k + 1) == LexedText.key("on") || key(k + 1) == LexedText.key("upon")) &&
            isCapitalizedWord(k + 2)
    }

    /// The subject at the start of a clause, after a leading adverbial ("On Friday, …").
    func clauseSubject(_ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var c = start
        // A participle or preposition phrase opening the sentence runs longer than an adverbial ("Sitting opposite
        // X at a long table in a hall decked with flags, Y ...").
        let opening = words[start].kind == .word && (SpeechVocabulary.openingAdjunctWords.contains(key(start)) ||
            text.string(Int(words[start].start), Int(words[start].end)).lowercased().hasSuffix("ing"))
        while c < range.upperBound && c < start + (opening ? 30 : 12) {
            if text.isPunct(c, ",") { start = c + 1; break }
            c += 1
        }
        guard let phrase = phraseAfter(start, upper: range.upperBound) ?? phraseAfter(range.lowerBound, upper: range.upperBound)
        else { return nil }
        if SpeechVocabulary.subjectPronouns.contains(key(phrase.lowerBound)) { return phrase.lowerBound..<(phrase.lowerBound + 1) }
        // The phrase runs on into its verb ("Sharif professed …"): cut at the first lowercase past-tense word.
        var k = phrase.lowerBound + 1
        while k < phrase.upperBound {
            let w = words[k]
            if w.kind == .word && !w.isCapitalized && w.end - w.start >= 4 && text.scalars[Int(w.end) - 1] == "d" &&
               text.scalars[Int(w.end) - 2] == "e" {
                return phrase.lowerBound..<k
            }
            k += 1
        }
        return phrase
    }

    // MARK: - Noun phrases

    /// The subject noun phrase ending just before verb `v` (skipping "also", "on Thursday", an appositive).
    func subjectBefore(_ v: Int, lower: Int) -> Range<Int>? {
        var k = v - 1
        while k >= lower && isBetweenSubjectAndVerb(k) { k -= 1 }
        guard k >= lower else { return nil }
        if text.isPunct(k, ",") {
            // "Wang, who leads the department, said": the name before the appositive.
            var c = k - 1
            while c >= lower && c > k - 25 && !text.isPunct(c, ",") && !isClauseBreak(c) { c -= 1 }
            guard c >= lower, text.isPunct(c, ",") else { return nil }
            // "Norway's fisheries minister, Kari Strand, said", "A spokesperson for the Commission, Maria Lind, said":
            // an appositive that is only a name names the speaker the description before it describes.
            let apposition = (c + 1)..<k
            if apposition.count >= 1 && apposition.count <= 4 && apposition.allSatisfy({ isCapitalizedWord($0) }) &&
               ((lower..<c).contains { words[$0].kind == .word && !words[$0].isCapitalized }) {
                return apposition
            }
            k = c - 1
        }
        let end = k + 1
        while k >= lower && k > end - 15 && isPhraseWord(k, leftward: true) {
            if key(k) == SpeechVocabulary.and && !(isCapitalizedWord(k - 1) && isCapitalizedWord(k + 1)) { break }
            k -= 1
        }
        var start = k + 1
        // A phrase cannot begin with its own trailing pieces ("’s", ")", "-").
        while start < end && (words[start].kind == .punct || words[start].kind == .possessive) && !isOpeningBracket(start) {
            start += 1
        }
        return start < end ? start..<end : nil
    }

    /// What follows "according to": "a statement read out by X" is X's word; "X" otherwise.
    func accordingTo(_ k: Int, upper: Int) -> Range<Int>? {
        guard let phrase = phraseAfter(k, upper: upper) else { return nil }
        let by = phrase.upperBound
        if by + 1 < upper, key(by) == SpeechVocabulary.by, phrase.contains(where: { SpeechVocabulary.documentNouns.contains(key($0)) }),
           let reader = phraseAfter(by + 1, upper: upper) {
            return reader
        }
        return phrase
    }

    /// The noun phrase starting at `k` (after an inverted verb, "according to", "quoted").
    func phraseAfter(_ k: Int, upper: Int) -> Range<Int>? {
        var e = k
        while e < upper && e < k + 15 && isPhraseWord(e, leftward: false) {
            if key(e) == SpeechVocabulary.and && !(isCapitalizedWord(e - 1) && isCapitalizedWord(e + 1)) { break }
            e += 1
        }
        // Drop trailing joiners ("Wang and", "the US-").
        while e > k && (words[e - 1].kind == .punct && !isClosingBracket(e - 1) || key(e - 1) == SpeechVocabulary.and
                        || key(e - 1) == SpeechVocabulary.of || key(e - 1) == SpeechVocabulary.for) {
            e -= 1
        }
        return e > k ? k..<e : nil
    }

    private func isPhraseWord(_ k: Int, leftward: Bool) -> Bool {
        let w = words[k]
        switch w.kind {
        case .word:
            if w.key == SpeechVocabulary.and { return true }   // callers keep it only between two names
            if SpeechVocabulary.phraseStops.contains(w.key) && !(w.isCapitalized && k > 0 && !w.hasNewlineBefore && isCapitalizedWord(k - 1) && w.key != SpeechVocabulary.and) {
                return false
            }
            if !w.isCapitalized && SpeechVocabulary.speech(w.key) != nil { return false }
            return true
        case .possessive, .number:
            return true
        case .clitic:
            return false
        case .punct:
            let p = w.key
            let attachedBefore = k > 0 && words[k - 1].end == w.start
            if p == 46 {   // "U.S.", "STL.OL", "Mr." — not a full stop
                guard attachedBefore else { return false }
                let prev = words[k - 1]
                if prev.kind == .word && (prev.end - prev.start == 1 || LexedText.abbreviations.contains(prev.key)) { return true }
                return k + 1 < words.count && words[k + 1].start == w.end && words[k + 1].kind == .word
            }
            if p == 45 || p == 0x2010 || p == 0x2011 { return attachedBefore && k + 1 < words.count && words[k + 1].start == w.end }
            if p == 0x2019 || p == 39 { return attachedBefore }   // "ministers’"
            if p == 40 || p == 41 || p == 38 { return true }     // ( ) &
            return false
        }
    }

    private func isBetweenSubjectAndVerb(_ k: Int) -> Bool {
        let w = words[k]
        if w.kind == .word {
            if SpeechVocabulary.betweenSubjectAndVerb.contains(w.key) && !w.isCapitalized { return true }
            if let t = TimeWord.lookup(w.key), t.kind == .weekday || t.kind == .month || t.kind == .relativeDay || t.kind == .dayPart {
                return true
            }
            return false
        }
        if w.kind == .number { return k > 0 && TimeWord.lookup(key(k - 1))?.kind == .month }
        return w.kind == .punct && w.key == 46 && k > 0 && TimeWord.lookup(key(k - 1))?.kind == .month
    }

    private func isClauseBreak(_ k: Int) -> Bool {
        words[k].kind == .punct && (words[k].key == 59 || words[k].key == 58 || words[k].key == 46)
    }

    private func isCapitalizedWord(_ k: Int) -> Bool {
        k >= 0 && k < words.count && words[k].kind == .word && words[k].isCapitalized
    }

    private func isOpeningBracket(_ k: Int) -> Bool { words[k].kind == .punct && words[k].key == 40 }
    private func isClosingBracket(_ k: Int) -> Bool { words[k].kind == .punct && words[k].key == 41 }

    /// From the end of a subject, past "also", "on Thursday", "has" … to where its verb should be.
    private func skipToVerb(from k: Int, upper: Int) -> Int {
        var v = k
        while v < upper && v < k + 6 && isBetweenSubjectAndVerb(v) { v += 1 }
        return v
    }
}
