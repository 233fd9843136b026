// Sentences → typed mentions. Finds runs of capitalised words (with the lowercase
// connectors that live inside names: "Council on Foreign Relations", "Mohammed bin
// Salman"), then reads each run the way a news reader does: a gazetteer name, a
// title followed by a person ("US Secretary of State Ana Lopes"), an
// organisation, place or event by its head word ("... Ministry", "... Strait",
// "... Summit"), or a personal name.
import ReadoutCore
import ReadoutKnowledge

struct MentionFinder {
    let knowledge: Knowledge
    let text: TokenizedText
    /// Words the article writes in lowercase somewhere ("meet", "election"): in a headline-case or
    /// all-caps line, their capitalised forms are style, not names.
    let lowercaseVocabulary: Set<String>
    /// The sentence being read is in headline case or all caps.
    var headlineMode = false
    /// The sentence is the article's headline or standfirst (not a short body sentence full of names).
    var inHeadlineBlock = false

    init(knowledge: Knowledge, text: TokenizedText) {
        self.knowledge = knowledge
        self.text = text
        var vocabulary = Set<String>()
        for (i, t) in text.tokens.enumerated() where t.kind == .word && t.spaceBefore && !t.isCapitalized {
            // Words after a hyphen ("Ji-ho", "Kremlin-backed") are halves of compounds, not free-standing words.
            if text.scalars[t.start].properties.isLowercase { vocabulary.insert(text.words[i]) }
        }
        self.lowercaseVocabulary = vocabulary
        // Word classes asked of the same tokens many times over: decided once per article.
        var flags = [UInt8](repeating: 0, count: text.tokens.count)
        var heads = [EntityType?](repeating: nil, count: text.tokens.count)
        // Only capitalised tokens: names and titles start there; lowercase tokens are asked rarely, on demand.
        // (An article repeats its names: each word's classes are worked out once.)
        var known: [String: (UInt8, EntityType?)] = [:]
        for (i, t) in text.tokens.enumerated() where t.kind == .word && (t.isCapitalized || t.isAllCaps) {
            let w = text.words[i], lower = text.lowerWords[i]
            if let (f, head) = known[w] {
                flags[i] = f
                heads[i] = head
                continue
            }
            defer { known[w] = (flags[i], heads[i]) }
            var f: UInt8 = MentionFinder.computedFlag
            if !NameLexicon.capitalisedFunctionWords.contains(lower) &&
               (knowledge.honorifics.contains(w) || NameLexicon.honorificAcronyms.contains(w) || TitleVocabulary.isTitleWord(lower, knowledge)) {
                f |= MentionFinder.titleFlag
            }
            // An acronym is never a grammar word ("US" is not "us"), but a listed one can be a common noun ("GDP").
            let acronym = t.isAllCaps && t.end - t.start >= 2
            if acronym ? knowledge.isAcronymCommonNoun(w)
                       : (NameLexicon.sentenceWords.contains(lower) || knowledge.isNonNameCapitalized(w)) {
                f |= MentionFinder.functionFlag
            }
            flags[i] = f
            if t.isCapitalized || t.isAllCaps { heads[i] = MentionFinder.head(of: w, knowledge) }
        }
        self.tokenFlags = flags
        self.tokenHeads = heads
        self.singleWordEntries = SingleWordEntries(count: text.tokens.count)
    }

    /// The gazetteer's answer for each one-word phrase asked so far (a reference: the finder is passed by value).
    private let singleWordEntries: SingleWordEntries

    static let titleFlag: UInt8 = 1
    static let functionFlag: UInt8 = 2
    static let computedFlag: UInt8 = 4
    let tokenFlags: [UInt8]
    let tokenHeads: [EntityType?]

    static func head(of w: String, _ knowledge: Knowledge) -> EntityType? {
        // Forums are gatherings in news prose ("attend the ... Forum").
        if w == "Forum" { return .event }
        // Administrative units govern themselves: "Dnipropetrovsk Oblast", "Western Province".
        if NameLexicon.adminHeads.contains(w) { return .gpe }
        if knowledge.orgHeadWords.contains(w) || MentionFinder.extraOrgHeads.contains(w) { return .org }
        if knowledge.locHeadWords.contains(w) || MentionFinder.extraLocHeads.contains(w) { return .loc }
        if knowledge.eventHeadWords.contains(w) { return .event }
        return nil
    }

    /// Is more than 60% of the sentence's words capitalised (a headline) or all of it in capitals?
    /// Headline case is a property of headlines: short lines, titles and decks, without a closing full stop.
    /// A long sentence full of titles and names ("on Tuesday People’s Bank of China Governor ...") is not one.
    func isHeadline(_ sentence: TokenSentence) -> Bool {
        var words = 0, capitals = 0
        for i in sentence.tokens where isWord(i) && !isPossessive(i) {
            words += 1
            if text.tokens[i].isCapitalized || text.tokens[i].isAllCaps { capitals += 1 }
        }
        guard words >= 4 && capitals * 10 >= words * 6 else { return false }
        if sentence.block == .title || sentence.block == .standfirst { return true }
        let last = sentence.tokens.upperBound - 1
        let closed = punctText(last).map { [".", "!", "?", "”", "\""].contains($0) } ?? false
        return !closed || words <= 12
    }

    /// Head words the knowledge files may not carry but that mark places and bodies in news prose.
    static let extraLocHeads = Vocabulary.shared.set("name.place-head")
    static let extraOrgHeads = Vocabulary.shared.set("name.organisation-head")

    func isWord(_ i: Int) -> Bool { text.tokens[i].kind == .word }

    func isCapitalWord(_ i: Int) -> Bool {
        let t = text.tokens[i]
        // "d'Ivoire", "l'Aquila": an elided article glued to a capitalised name is part of the name.
        if t.kind == .word && !t.isCapitalized && !t.isAllCaps { return isElidedArticleName(i) }
        guard t.kind == .word && (t.isCapitalized || t.isAllCaps) && !isPossessive(i) else { return false }
        if !t.isAllCaps && NameLexicon.capitalisedFunctionWords.contains(text.lowercased(i)) {
            // "President To Lam", "Minister An Hyun-soo": a listed surname that is also a grammar word, between a title
            // and the rest of the name (not in a headline, where every word is capitalised).
            guard !inHeadlineBlock, i > 0, i + 1 < text.tokens.count, isTitleWord(i - 1), text.tokens[i + 1].kind == .word,
                  text.tokens[i + 1].isCapitalized, knowledge.surname(word(i)) != nil,
                  gazetteerSingle(i + 1)?.kind != "country" else { return false }
        }
        if headlineMode {
            // In a headline, a word the article also writes in lowercase is not part of a name,
            // unless it is a known name itself ("Security Council" stays via the gazetteer).
            let lower = text.lowercased(i)
            if lowercaseVocabulary.contains(lower) && gazetteerSingle(i) == nil && knowledge.countryForDemonym(titleCased(i)) == nil {
                return false
            }
        }
        return true
    }

    func titleCased(_ i: Int) -> String {
        let w = word(i)
        guard text.tokens[i].isAllCaps, w.count >= 3 else { return w }
        return w.prefix(1) + w.dropFirst().lowercased()
    }

    func gazetteerSingle(_ i: Int) -> GazetteerEntry? {
        let w = word(i)
        if let e = knowledge.entries(surface: w).first { return e }
        if text.tokens[i].isAllCaps && w.count >= 4 { return knowledge.entries(surface: titleCased(i)).first }
        return nil
    }

    func isPossessive(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.end - t.start == 2, t.kind == .word else { return false }
        let a = text.scalars[t.start]
        return (a == "’" || a == "'") && (text.scalars[t.start + 1] == "s" || text.scalars[t.start + 1] == "S")
    }

    func isHyphen(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .punct, t.end - t.start == 1 else { return false }
        let c = text.scalars[t.start]
        return c == "-" || c == "‑"
    }

    func lower(_ i: Int) -> String { text.lowerWords[i] }
    func punctText(_ i: Int) -> String? { text.tokens[i].kind == .punct ? text.words[i] : nil }
    func word(_ i: Int) -> String { text.words[i] }

    func isTimeWord(_ i: Int) -> Bool { NameLexicon.weekdaysAndMonths.contains(lower(i)) }

    /// A word that belongs to a title ("Secretary", "State", "Deputy", "Mr"); plurals count ("Secretaries").
    func isTitleWord(_ i: Int) -> Bool {
        let f = tokenFlags[i]
        if f & MentionFinder.computedFlag != 0 { return f & MentionFinder.titleFlag != 0 }
        guard isWord(i) else { return false }
        let w = lower(i)
        if NameLexicon.capitalisedFunctionWords.contains(w) { return false }
        return knowledge.honorifics.contains(word(i)) || TitleVocabulary.isTitleWord(w, knowledge)
    }

    func isHonorific(_ i: Int) -> Bool { knowledge.honorifics.contains(word(i)) }
    /// A name the lists do not also mark as an everyday word, or a Chinese syllable: "Xi" and "Li" are frequent
    /// in news text but are names; "Young" or "Trade" are not evidence.
    func nameLike(_ i: Int) -> Bool {
        let w = word(i)
        return knowledge.surname(w).map { !$0.weak } ?? knowledge.givenName(w).map { !$0.weak } ?? knowledge.isPinyinSyllables(w)
    }

    func headType(_ i: Int) -> EntityType? { tokenHeads[i] }

    /// A token that starts a sentence only because of grammar ("The", "In", "However").
    /// ("US" is a country, not the pronoun "us": an acronym is never a grammar word.)
    func isFunctionWord(_ i: Int) -> Bool {
        let f = tokenFlags[i]
        if f & MentionFinder.computedFlag != 0 { return f & MentionFinder.functionFlag != 0 }
        return NameLexicon.sentenceWords.contains(lower(i))
    }

    func gazetteer(_ range: ClosedRange<Int>) -> GazetteerEntry? {
        guard range.count == 1 else { return gazetteerLookup(range) }
        // One word is asked about many times over (is it a place, a country, a name's start?): answer it once.
        let i = range.lowerBound
        if let known = singleWordEntries.answer(i) { return known }
        let found = gazetteerLookup(range)
        singleWordEntries.remember(found, for: i)
        return found
    }

    private func gazetteerLookup(_ range: ClosedRange<Int>) -> GazetteerEntry? {
        // Most candidate phrases cannot be names: skip building the string unless the first word starts one.
        if range.count > 1 && !knowledge.multiWordStarts.contains(word(range.lowerBound)) &&
           !range.allSatisfy({ text.tokens[$0].isAllCaps || text.tokens[$0].kind != .word }) { return nil }
        let surface = range.count == 1 ? word(range.lowerBound) : text.text(tokens: range.lowerBound..<(range.upperBound + 1))
        var entries = knowledge.entries(surface: surface)
        // "Cox’s Bazar": the lists write a name's apostrophe straight.
        // (A scalar test: String.contains(String) goes through Foundation's locale-aware search, slow on this path.)
        if entries.isEmpty && surface.unicodeScalars.contains("\u{2019}") { entries = knowledge.entries(surface: surface.replacingOccurrences(of: "’", with: "'")) }
        // "US$1.2 billion", "A$30m": a currency, not a country.
        if range.upperBound + 1 < text.tokens.count, !text.tokens[range.upperBound + 1].spaceBefore,
           text.string(text.tokens[range.upperBound + 1].span) == "$" { return nil }
        if let e = entries.first {
            // A single word that is also a common word or a name ("East", "Victoria") counts only as a country or capital.
            if range.count == 1 && e.ambiguous && (e.type == .gpe || e.type == .loc) && e.kind != "country" && e.kind != "capital" &&
               !followsPlaceWord(range.lowerBound) { return nil }
            // "Centre-right", "Western-backed": a region-like word fused to a lowercase modifier names no place.
            let next = range.upperBound + 1
            if range.count == 1 && (e.type == .gpe || e.type == .loc) && (e.kind == "region" || e.ambiguous) && e.kind != "country" && e.kind != "capital",
               next + 1 < text.tokens.count, isHyphen(next), !text.tokens[next].spaceBefore, isWord(next + 1),
               !text.tokens[next + 1].isCapitalized { return nil }
            // "World Economic Forum" is an organisation and a gathering; news mostly reports the gathering.
            if e.type == .org, let event = entries.first(where: { $0.type == .event }) { return event }
            return e
        }
        // "Nato", "Opec": British style writes an acronym pronounced as a word in title case.
        if range.count == 1, let acronym = knowledge.titleCaseAcronym(surface), !text.tokens[range.lowerBound].isAllCaps,
           !knowledge.isCommonWord(lower(range.lowerBound), minimumZipf: 3.0) {
            return acronym
        }
        // All-caps datelines and headlines: "WASHINGTON", "MEXICO CITY".
        // ("HÀ NỘI": short words together still make a name.)
        if range.allSatisfy({ text.tokens[$0].isAllCaps || text.tokens[$0].kind != .word }) && range.reduce(0, { $0 + word($1).count }) >= 4 {
            // (Every word folded, two-letter ones too: "HA NOI", "LA PAZ".)
            let folded = range.map { k -> String in
                let w = word(k)
                guard text.tokens[k].kind == .word, range.count > 1, w.count >= 2 else { return text.tokens[k].kind == .word ? titleCased(k) : w }
                return w.prefix(1) + w.dropFirst().lowercased()
            }
            var joined = ""
            for (n, k) in range.enumerated() {
                if n > 0 && text.tokens[k].spaceBefore { joined += " " }
                joined += folded[n]
            }
            return knowledge.entries(surface: joined).first
        }
        return nil
    }

    func isCountryLike(_ i: Int) -> Bool {
        if let e = gazetteer(i...i), e.type == .gpe { return true }
        return knowledge.countryForDemonym(word(i)) != nil
    }

    /// "in Medina", "the city of Medina", "to Reading": the word before says a place follows.
    func followsPlaceWord(_ i: Int) -> Bool {
        guard i >= 1, isWord(i - 1) else { return false }
        let w = lower(i - 1)
        if NameLexicon.placeWordsBefore.contains(w) { return true }
        return w == "of" && i >= 2 && NameLexicon.placeNounsBeforeOf.contains(lower(i - 2))
    }

    func longestGazetteerMatch(at i: Int, end: Int) -> ClosedRange<Int>? {
        var k = min(end - 1, i + max(1, knowledge.maxSurfaceTokens) - 1)
        while k > i {
            if text.tokens[k].kind == .word, !text.tokens[k].newlineBefore, gazetteer(i...k) != nil { return i...k }
            k -= 1
        }
        return nil
    }

    /// Could these tokens be a person's name? Not when they end in an everyday word ("Pacific Affairs",
    /// "Foreign Countries") unless the first is a known given name or the last a known surname, and not when a
    /// part is an acronym or a combining form ("Sino-American").
    func looksLikePersonName(_ range: ClosedRange<Int>) -> Bool {
        let wordsInRange = range.filter { isWord($0) }
        guard let first = wordsInRange.first, let last = wordsInRange.last else { return false }
        if wordsInRange.contains(where: { text.tokens[$0].isAllCaps && word($0).count > 1 && !word($0).contains(".") }) { return false }
        if wordsInRange.contains(where: { (NameLexicon.combiningForms.contains(word($0)) && $0 + 1 <= range.upperBound && isHyphen($0 + 1)) ||
                                          knowledge.countryForDemonym(word($0)) != nil ||
                                          (gazetteer($0...$0)?.kind == "country") }) { return false }
        if let whole = knowledge.entries(surface: text.text(tokens: range.lowerBound..<(range.upperBound + 1))).first, whole.kind == "country" { return false }
        if wordsInRange.contains(where: { knowledge.headlineWords.contains(word($0)) && !knowledge.isSurname(word($0)) && !knowledge.isGivenName(word($0)) }) { return false }
        if NameLexicon.regionalWords.contains(word(first)) || NameLexicon.regionalWords.contains(word(last)) { return false }
        let given = knowledge.givenName(word(first)).map { !$0.weak } ?? false
        let surname = knowledge.surname(word(last)).map { !$0.weak } ?? false
        if given || surname { return true }
        // "Park Ji-won", "Choi Seo-yeon": a surname before a hyphenated given name, whose lowercase half may
        // look like an English word ("won") without being one.
        if last - 1 > first, isHyphen(last - 1), !text.tokens[last].isCapitalized, knowledge.surname(word(first)) != nil { return true }
        // "Mark Reed", "Will Young": a given name and a surname that are also English words, together, are a name.
        if first != last && knowledge.givenName(word(first)) != nil && knowledge.surname(word(last)) != nil { return true }
        // "Nguyen Van Long", "Wang Ming": surname first, as in East and Southeast Asian names, then a given name
        // that may be an English word.
        if first != last, let family = knowledge.surname(word(first)), !family.weak, family.origins.contains(where: { NameLexicon.surnameFirstOrigins.contains($0) }),
           knowledge.givenName(word(last)) != nil { return true }
        var lastWord = lower(last)
        if lastWord.hasSuffix("ies") { lastWord = String(lastWord.dropLast(3)) + "y" }
        else if lastWord.hasSuffix("s") && lastWord.count > 3 { lastWord.removeLast() }
        return !knowledge.isCommonWord(lastWord, minimumZipf: 3.5)
    }

    // MARK: - Runs

    func mentions(in sentence: TokenSentence, index: Int) -> [Mention] {
        var finder = self
        finder.headlineMode = isHeadline(sentence)
        finder.inHeadlineBlock = sentence.block == .title || sentence.block == .standfirst
        let named = finder.scan(sentence, index: index)
        let bodies = finder.unnamedGovernmentBodies(in: sentence, index: index).filter { b in
            !named.contains { $0.tokens.overlaps(b.tokens) }
        }
        return bodies.isEmpty ? named : (named + bodies).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private func scan(_ sentence: TokenSentence, index: Int) -> [Mention] {
        var found: [Mention] = []
        let end = sentence.tokens.upperBound
        var i = sentence.tokens.lowerBound
        var atStart = true
        while i < end {
            if !isCapitalWord(i) || isTimeWord(i) {
                let t = text.tokens[i]
                // An opening quote or bracket keeps "sentence start" status for the next word.
                if t.kind == .punct { atStart = atStart || ["“", "\"", "‘", "(", "[", "—", "–", "-", "•", ":"].contains(text.string(t.span)) }
                else { atStart = false }
                i += 1
                continue
            }
            // A gazetteer name that begins with a common word: "New York", "The Hague", "United Nations".
            if isFunctionWord(i), let match = longestGazetteerMatch(at: i, end: end), match.count > 1 {
                found += read(run: match, sentence: index)
                atStart = false
                i = match.upperBound + 1
                continue
            }
            // Grammar words capitalised at the start of a sentence or in headline case are not names
            // (but "People’s Bank" keeps its first word).
            if isFunctionWord(i) && !(gazetteer(i...i) != nil && !atStart) && !(i + 2 < end && isPossessive(i + 1) && isCapitalWord(i + 2)) {
                atStart = false
                i += 1
                continue
            }
            // "Congratulating Cho on ...", "Asked about X, ...": a participle opening the sentence is a verb.
            if atStart && isOpeningParticiple(i) {
                atStart = false
                i += 1
                continue
            }
            atStart = false
            var last = i
            var j = i + 1
            while j < end {
                if text.tokens[j].newlineBefore { break }
                if isCapitalWord(j) && !isTimeWord(j) { last = j; j += 1; continue }
                // An acronym in brackets inside a name: "Communist Party of China (CPC) Central Committee".
                if punctText(j) == "(", j + 3 < end, text.tokens[j + 1].isAllCaps, punctText(j + 2) == ")", isCapitalWord(j + 3),
                   !text.tokens[j + 3].isAllCaps {
                    j += 3
                    continue
                }
                // Hyphenated compounds with no spaces: "Jean-Yves", "Russia-Ukraine", "Al-Thani".
                // "FIFA U-17 World Cup", "COP-28": a capitalised code with a number.
                if isHyphen(j) && !text.tokens[j].spaceBefore && j + 1 < end && !text.tokens[j + 1].spaceBefore &&
                   text.tokens[j + 1].kind == .number && word(j - 1).count <= 4 && text.tokens[j - 1].isCapitalized {
                    last = j + 1
                    j += 2
                    continue
                }
                // "Kani and Dr. Omar Said": an honorific's period does not end the name run after it.
                if punctText(j) == ".", !text.tokens[j].spaceBefore, j > i, isHonorific(j - 1), j + 1 < end, isCapitalWord(j + 1) {
                    j += 1
                    continue
                }
                // "Anwaar-ul-Haq", "Seif-al-Islam": a name particle joined by hyphens on both sides.
                if isHyphen(j) && j + 3 < end && !text.tokens[j].spaceBefore && isWord(j + 1) && !text.tokens[j + 1].spaceBefore &&
                   NameLexicon.nameParticles.contains(lower(j + 1)) && isHyphen(j + 2) && !text.tokens[j + 2].spaceBefore &&
                   !text.tokens[j + 3].spaceBefore && isCapitalWord(j + 3) {
                    last = j + 3
                    j += 4
                    continue
                }
                if isHyphen(j) && !text.tokens[j].spaceBefore && j + 1 < end && !text.tokens[j + 1].spaceBefore && isWord(j + 1) {
                    if isCapitalWord(j + 1) {
                        j += 1
                        continue
                    }
                    // "Ji-ho", "Ing-wen" continue a name; "Kremlin-backed", "US-led" do not.
                    // Both halves short, the first not an acronym, and a surname after it: a given name.
                    let part = lower(j + 1)
                    let surnameBefore = j - 2 >= i && isCapitalWord(j - 2) && word(j - 2).count <= 5
                    // ("Myung-bak", "Hyun-dong": Korean syllables run to five letters.)
                    if part.count <= 4 && word(j - 1).count <= 5 && !text.tokens[j - 1].isAllCaps && !lowercaseVocabulary.contains(part) &&
                       ((j + 2 < end && isCapitalWord(j + 2)) || surnameBefore) {
                        last = j + 1
                        j += 2
                        continue
                    }
                }
                // Lowercase connectors (at most two in a row) when a capitalised word follows.
                // "to" only inside a title ("Ambassador to"), "on" only after a head ("Council on Foreign Relations",
                // not "Ministry of Trade on Facebook").
                // "with" joins only inside long names ("Friendship with Foreign Countries"), never a lone name after
                // a body ("at the State Department with Wang").
                let withJoins = lower(j) != "with" || (j + 2 < end && isCapitalWord(j + 1) && isCapitalWord(j + 2))
                if isWord(j) && (NameLexicon.connectors.contains(lower(j)) || isPossessive(j)) &&
                   (lower(j) != "to" || isTitleWord(j - 1)) && (lower(j) != "on" || headType(j - 1) != nil) && withJoins {
                    var k = j + 1
                    // "X and the Y", "X on the Y" start a new phrase.
                    if k < end && isWord(k) && NameLexicon.connectors.contains(lower(k)) && !isPossessive(j) &&
                       !((lower(j) == "and" || lower(j) == "on") && lower(k) == "the") { k += 1 }
                    // Arabic article joined by a hyphen: "Khalil al-Masri", "Abdel Fattah el-Sisi".
                    if NameLexicon.arabicArticles.contains(lower(j)) && k < end && isHyphen(k) &&
                       !text.tokens[k].spaceBefore && k + 1 < end && isCapitalWord(k + 1) { k += 1 }
                    if k < end && isCapitalWord(k) && !isTimeWord(k) && !text.tokens[k].newlineBefore &&
                       !(lower(j) == "and" && isWord(k) && NameLexicon.sentenceWords.contains(lower(k))) {
                        j = k
                        continue
                    }
                }
                break
            }
            // "Israel’s Channel 12 reported": a broadcaster named by its number is an organisation, not the
            // English Channel's kind of place; what comes before it is read on its own.
            if last + 1 < end, text.tokens[last + 1].kind == .number, text.tokens[last + 1].spaceBefore,
               NameLexicon.numberedBroadcasters.contains(word(last)) {
                var before = last - 1
                if before >= i && isPossessive(before) { before -= 1 }
                if before >= i { found += read(run: i...before, sentence: index) }
                found.append(make(last...(last + 1), type: .org, sentence: index))
                i = last + 2
                continue
            }
            var read = read(run: i...last, sentence: index)
            if let number = houseNumber(before: i, last: last) { read = address(number...last, read: read, sentence: index) }
            // "the Israeli news site Walla", "the agency Tass": a name right after a media noun is the outlet,
            // unless the lists know it as a place or body (an untitled "person" reading is only a guess).
            if i > sentence.tokens.lowerBound, isWord(i - 1), !isCapitalWord(i - 1), NameLexicon.mediaNouns.contains(lower(i - 1)),
               read.allSatisfy({ $0.type == .person && $0.role == nil }) {
                read = [make(i...last, type: .org, sentence: index)]
            }
            // "the Simón Bolívar airport", "the Filoli estate": a name before a lowercase venue noun is that venue,
            // unless the name is a known place of its own ("Beijing airport" keeps Beijing).
            if last + 1 < end, isWord(last + 1), !isCapitalWord(last + 1), NameLexicon.venueNouns.contains(lower(last + 1)),
               !read.contains(where: { $0.type == .gpe || $0.type == .org && $0.kind != nil }) {
                read = [make(i...(last + 1), type: .loc, sentence: index)]
            }
            // "Cyclone Titli", "Typhoon Haiyan": a named storm is an event, not a person.
            if last > i, NameLexicon.namedEventLeaders.contains(word(i)), read.allSatisfy({ $0.type == .person }) {
                read = [make(i...last, type: .event, sentence: index)]
            }
            // "© Jane Roe / AFP": a photo credit names no one in the story.
            if i > sentence.tokens.lowerBound, punctText(i - 1) == "©" || word(i - 1) == "©" { read = read.filter { $0.type != .person } }
            found += read
            found += eventPhrase(after: last, run: i...last, sentence: index, end: end)
            found += governmentBody(after: last, run: i...last, sentence: index, end: end)
            // "East Azerbaijan province", "Kherson region": the whole name is a place.
            if last + 1 < end, isWord(last + 1), NameLexicon.adminNouns.contains(lower(last + 1)), last > i,
               !found.contains(where: { $0.tokens == i..<(last + 1) && ($0.type == .gpe || $0.type == .loc) }) {
                found.removeAll { $0.tokens.lowerBound >= i && $0.tokens.upperBound <= last + 1 }
                found.append(make(i...last, type: .gpe, sentence: index))
            }
            i = last + 1
        }
        return found.map(withSessionNumber)
    }

    /// "the 23rd Annual Summit", "the 79th session of the Assembly": a gathering's number is part of its name (the
    /// 23rd summit is not the 22nd). A numeric ordinal right before a named event, after "the", joins it.
    func withSessionNumber(_ m: Mention) -> Mention {
        let k = m.tokens.lowerBound - 1
        guard m.type == .event, k >= 1, lower(k - 1) == "the", isNumericOrdinal(k) else { return m }
        var widened = m
        widened.tokens = k..<m.tokens.upperBound
        widened.span = TextSpan(text.tokens[k].start, m.span.end)
        widened.text = text.string(widened.span)
        return widened
    }

    /// "23rd", "1st", "101st": digits and an ordinal suffix, one token.
    func isNumericOrdinal(_ k: Int) -> Bool {
        let w = lower(k)
        guard let firstLetter = w.firstIndex(where: { !$0.isNumber }), firstLetter > w.startIndex else { return false }
        return NameLexicon.ordinalSuffixes.contains(String(w[firstLetter...])) && w[..<firstLetter].allSatisfy(\.isASCII)
    }

    /// "Heads of State", "Foreign Ministers": title words (and the connectors inside a title) with no head word,
    /// the first saying it is a role.
    func isBareTitle(_ range: ClosedRange<Int>) -> Bool {
        TitleVocabulary.marksRole(lower(range.lowerBound), knowledge) && range.allSatisfy { k in
            headType(k) == nil && (isTitleWord(k) || (isWord(k) && !isCapitalWord(k) && NameLexicon.connectors.contains(lower(k))))
        }
    }

    /// "10 Downing Street", "1600 Pennsylvania Avenue": the house number opening a street's name, if any.
    func houseNumber(before i: Int, last: Int) -> Int? {
        guard i >= 1, text.tokens[i - 1].kind == .number, text.tokens[i].spaceBefore, word(i - 1).count <= 4,
              word(i - 1).allSatisfy({ $0.isASCII && $0.isNumber }), NameLexicon.streetHeads.contains(word(last)) else { return nil }
        return i - 1
    }

    /// The address with its house number: the lists' entry for it, else the street read without the number,
    /// widened to include it.
    func address(_ range: ClosedRange<Int>, read street: [Mention], sentence: Int) -> [Mention] {
        if let entry = gazetteer(range) { return [mention(range, entry: entry, sentence: sentence)] }
        guard street.count == 1, var whole = street.first, whole.tokens == (range.lowerBound + 1)..<(range.upperBound + 1) else { return street }
        let widened = make(range, type: whole.type, sentence: sentence)
        whole.tokens = widened.tokens
        whole.span = widened.span
        whole.text = widened.text
        return [whole]
    }

    /// "NATO summit", "Taiwan’s presidential election": a name followed by a lowercase event noun.
    func eventPhrase(after last: Int, run fullRun: ClosedRange<Int>, sentence: Int, end: Int) -> [Mention] {
        // Only the name right before the event noun: "Tokyo for the Quad leaders’ summit" is the Quad's summit.
        var start = fullRun.lowerBound
        for k in fullRun where isWord(k) && !isCapitalWord(k) && NameLexicon.connectors.contains(lower(k)) { start = k + 1 }
        while start < last && !isCapitalWord(start) { start += 1 }
        let run = start...last
        var j = last + 1
        if j < end && isPossessive(j) {
            // "Taiwan’s election" names an event; "Donald Trump’s election" is something that happened to him.
            guard let place = gazetteer(run), place.type == .gpe else { return [] }
            j += 1
        }
        var sawModifier = false
        while j < end && isWord(j) && NameLexicon.eventModifiers.contains(lower(j)) {
            j += 1
            sawModifier = true
            // "leaders’ summit": a plural possessive apostrophe.
            if j < end && !text.tokens[j].spaceBefore, let p = punctText(j), p == "’" || p == "'" { j += 1 }
        }
        guard j < end, isWord(j), NameLexicon.eventNouns.contains(lower(j)) else { return [] }
        if lower(j) == "war" && (sawModifier || isPossessive(last + 1)) { return [] }
        let range = run.lowerBound..<(j + 1)
        let span = TextSpan(text.tokens[run.lowerBound].start, text.tokens[j].end)
        return [Mention(tokens: range, span: span, text: text.string(span), type: .event, sentence: sentence)]
    }

    /// "Chinese foreign ministry", "China’s defence ministry", "the Turkish presidency": a country's body named in lowercase.
    func governmentBody(after last: Int, run: ClosedRange<Int>, sentence: Int, end: Int) -> [Mention] {
        guard run.count == 1 else { return [] }
        // ("Seoul’s foreign ministry": a capital's possessive stands for its country's government.)
        let possessive = last + 1 < end && isPossessive(last + 1)
        let country = knowledge.countryForDemonym(word(run.lowerBound)) ?? gazetteer(run).flatMap { e in
            e.kind == "country" || (e.kind == "capital" && possessive) ? knowledge.country(alpha3: e.country ?? "") : nil
        }
        guard let country else { return [] }
        var j = last + 1
        if possessive { j += 1 }
        var modifiers = 0
        while j < end && isWord(j) && !isCapitalWord(j) && NameLexicon.ministryModifiers.contains(lower(j)) && modifiers < 2 { j += 1; modifiers += 1 }
        guard j < end, isWord(j), !isCapitalWord(j), NameLexicon.governmentBodies.contains(lower(j)) else { return [] }
        var m = make(run.lowerBound...j, type: .org, sentence: sentence)
        m.country = country.alpha3
        return [m]
    }

    // MARK: - Reading a run

    func read(run: ClosedRange<Int>, sentence: Int) -> [Mention] {
        var run = run
        // "Stephen Clark MP": post-nominal letters close the name without belonging to it.
        if run.count >= 3, NameLexicon.postNominals.contains(word(run.upperBound)) {
            run = run.lowerBound...(run.upperBound - 1)
        }
        if let entry = gazetteer(run) { return [mention(run, entry: entry, sentence: sentence)] }
        // "the Rome-Lagos Framework", "the Lisbon Declaration": a document, not an entity; only its places count.
        if run.count > 1, knowledge.documentHeadWords.contains(word(run.upperBound)) { return placesInside(run, sentence: sentence) }
        // Leading "The" is style, not name ("The Carter Center" = "Carter Center"); "People’s" is not.
        while run.count > 1 && isFunctionWord(run.lowerBound) && !isPossessive(run.lowerBound + 1) {
            run = (run.lowerBound + 1)...run.upperBound
        }
        if let entry = gazetteer(run) { return [mention(run, entry: entry, sentence: sentence)] }
        if let hyphenated = splitHyphenated(run, sentence: sentence) { return hyphenated }
        if let titled = readTitled(run, sentence: sentence) { return titled }
        if let headed = readHeaded(run, sentence: sentence) { return headed }
        // No head word: connectors separate names ("President Kamau of Kenya", "Russia and Ukraine").
        let segments = split(run)
        if segments.count > 1 {
            var out: [Mention] = []
            for (n, segment) in segments.enumerated() {
                var found = read(segment: segment, sentence: sentence)
                // "Minister of Foreign Affairs": after a title and "of"/"for", a name is the title's portfolio
                // (a place or body can still be named: "Minister of Kenya").
                if n > 0, isTitleWord(segments[n - 1].upperBound), segment.lowerBound >= 1,
                   NameLexicon.titleOfPrepositions.contains(lower(segment.lowerBound - 1)) ||
                    (segment.lowerBound >= 2 && NameLexicon.titleOfPrepositions.contains(lower(segment.lowerBound - 2))) {
                    found = found.filter { $0.type == .gpe }
                }
                out += found
            }
            return out
        }
        return read(segment: run, sentence: sentence)
    }

    /// A run without connectors: a gazetteer name, a titled person, or a bare name.
    func read(segment: ClosedRange<Int>, sentence: Int) -> [Mention] {
        var seg = segment
        if let entry = gazetteer(seg) { return [mention(seg, entry: entry, sentence: sentence)] }
        while seg.count > 1 && isFunctionWord(seg.lowerBound) && !isPossessive(seg.lowerBound + 1) {
            seg = (seg.lowerBound + 1)...seg.upperBound
        }
        if let entry = gazetteer(seg) { return [mention(seg, entry: entry, sentence: sentence)] }
        // "the holy city of Medina", "the town of Reading": a place even when the gazetteer does not know it.
        if seg.count <= 3, seg.lowerBound >= 2, lower(seg.lowerBound - 1) == "of",
           NameLexicon.settlementNouns.contains(lower(seg.lowerBound - 2)),
           !seg.contains(where: { isTitleWord($0) || headType($0) != nil }) {
            return [make(seg, type: .gpe, sentence: sentence)]
        }
        // A title without a name ("California State Assemblyman") is a role; only the places in it are names.
        if seg.count > 1 && isTitleWord(seg.upperBound) && TitleVocabulary.marksRole(lower(seg.upperBound), knowledge) {
            var none = make(seg, type: .person, sentence: sentence)
            return mentionsInsideTitle(seg, sentence: sentence, person: &none)
        }
        if let titled = readTitled(seg, sentence: sentence) { return titled }
        if let headed = readHeaded(seg, sentence: sentence) { return headed }
        // Leading country or demonym before a name: "Chinese Premier..." is titled; "US Ambassador" too; "Kenya Airways"?
        let count = seg.count
        // "Sri Lankan", "North Korean": a demonym of two words names no one.
        if count == 2, knowledge.countryForDemonym(word(seg.lowerBound) + " " + word(seg.lowerBound + 1)) != nil { return [] }
        if count == 1 {
            let i = seg.lowerBound
            if isHonorific(i) || isTitleWord(i) { return [] }
            if text.tokens[i].isAllCaps && word(i).unicodeScalars.filter({ Tokenizer.isLetter($0) }).count >= 2 {
                // "GDP", "COVID" are words; "(STL.OL)" is a share ticker.
                if knowledge.isCommonWord(lower(i), minimumZipf: 3.0) || isTickerPart(i) || NameLexicon.honorificAcronyms.contains(word(i)) ||
                   word(i).unicodeScalars.contains(where: { Tokenizer.isDigit($0) }) { return [] }
                return [make(seg, type: .org, sentence: sentence)]
            }
            if knowledge.countryForDemonym(word(i)) != nil { return [] }
            // "landed in Saudi Arabia’s Madina": a place of that country, even one the gazetteer lacks.
            if i >= 3, isPossessive(i - 1), gazetteer((i - 2)...(i - 2))?.kind == "country" || (i >= 4 && gazetteer((i - 3)...(i - 2))?.kind == "country"),
               NameLexicon.placePrepositions.contains(lower(gazetteer((i - 2)...(i - 2)) != nil ? i - 3 : i - 4)) {
                return [make(seg, type: .gpe, sentence: sentence)]
            }
            // "posted on X", "in an X post": a social platform named by a letter, only where a platform is meant.
            if NameLexicon.letterPlatforms.contains(word(i)),
               (i >= 1 && NameLexicon.platformCueBefore.contains(lower(i - 1))) ||
                (i + 1 < text.tokens.count && isWord(i + 1) && NameLexicon.platformCueAfter.contains(lower(i + 1))) {
                return [make(seg, type: .org, sentence: sentence)]
            }
            // A lone capitalised word: decided later (surname alias, speaker, or dropped).
            var m = make(seg, type: .person, sentence: sentence)
            m.kind = "single"
            return [m]
        }
        // Parts that are all gazetteer places ("Davos Switzerland" never occurs; "Kigali Rwanda" in headlines).
        if seg.allSatisfy({ gazetteer($0...$0)?.type == .gpe }) {
            return seg.map { mention($0...$0, entry: gazetteer($0...$0)!, sentence: sentence) }
        }
        // "envoy to the US Wang Lei": the country ends the lowercase title, the rest is the person.
        if count >= 3, let entry = gazetteer(seg.lowerBound...seg.lowerBound), entry.kind == "country", !isHyphen(seg.lowerBound + 1),
           looksLikePersonName((seg.lowerBound + 1)...seg.upperBound) {
            return [mention(seg.lowerBound...seg.lowerBound, entry: entry, sentence: sentence),
                    make((seg.lowerBound + 1)...seg.upperBound, type: .person, sentence: sentence)]
        }
        // "... between Ramaphosa Côte d'Ivoire officials": a country closing the run is a name of its own.
        if count >= 2, let cut = ((seg.lowerBound + 1)...seg.upperBound).first(where: { gazetteer($0...seg.upperBound)?.kind == "country" }),
           let entry = gazetteer(cut...seg.upperBound) {
            // ("Việt Nam-Indonesia": the hyphen joining two countries belongs to neither.)
            let end = isHyphen(cut - 1) ? cut - 2 : cut - 1
            let before = end >= seg.lowerBound ? read(segment: seg.lowerBound...end, sentence: sentence) : []
            return before + [mention(cut...seg.upperBound, entry: entry, sentence: sentence)]
        }
        // Demonym + name: "Chinese diplomat" is lowercase; "Chinese Xi" is rare. Strip a leading demonym.
        if knowledge.countryForDemonym(word(seg.lowerBound)) != nil && count >= 2 {
            return read(segment: (seg.lowerBound + 1)...seg.upperBound, sentence: sentence)
        }
        if text.tokens[seg.lowerBound].isAllCaps && seg.allSatisfy({ text.tokens[$0].isAllCaps }) {
            return [make(seg, type: .org, sentence: sentence)]
        }
        // "Rural Development Đặng Quốc Vinh" (a portfolio left over from a title): everyday words before a name
        // are not part of it.
        var lo = seg.lowerBound
        while lo < seg.upperBound && isLeadingCommonWord(lo) { lo += 1 }
        if lo > seg.lowerBound && seg.upperBound - lo >= 1 {
            let rest = lo...seg.upperBound
            if rest.count >= 2 && looksLikePersonName(rest) { return [bareName(rest, sentence: sentence)] }
            return []
        }
        if looksLikePersonName(seg) { return [bareName(seg, sentence: sentence)] }
        // "VOA Exclusive": keep the acronym, drop the rest.
        return seg.filter { text.tokens[$0].isAllCaps && word($0).count > 1 && !word($0).contains(".") }
            .map { make($0...$0, type: gazetteer($0...$0)?.type ?? .org, sentence: sentence) }
    }

    /// The places a document's name holds ("Rome", "Lagos" in "the Rome-Lagos Framework").
    func placesInside(_ run: ClosedRange<Int>, sentence: Int) -> [Mention] {
        var out: [Mention] = []
        var k = run.lowerBound
        while k < run.upperBound {
            if let match = longestGazetteerMatch(at: k, end: run.upperBound), let entry = gazetteer(match), entry.type == .gpe {
                out.append(mention(match, entry: entry, sentence: sentence))
                k = match.upperBound + 1
                continue
            }
            if isCapitalWord(k), let entry = gazetteer(k...k), entry.type == .gpe { out.append(mention(k...k, entry: entry, sentence: sentence)) }
            k += 1
        }
        // A capital in a document's name is the city it was signed in, not its government.
        return out.map { var m = $0; m.isMetonym = false; return m }
    }

    /// A run read as a personal name only because it looks like one (no title, head word or gazetteer entry).
    /// After "the" it is more likely a body or a site ("the Rasheed Bayt", "at the Kaveri Ghat"); the linker
    /// decides once it has seen every mention of the name.
    func bareName(_ range: ClosedRange<Int>, sentence: Int) -> Mention {
        var m = make(range, type: .person, sentence: sentence)
        let before = range.lowerBound - 1
        if before >= 0, lower(before) == "the", isWord(before) {
            m.determinedType = before >= 1 && EntityLinker.placePrepositions.contains(lower(before - 1)) ? .loc : .org
        }
        // "received him at Qasr Al Shati", "talks at Camp David": a name of several words right after "at" that
        // starts with no given name is a site (not "aimed at Jake Sullivan").
        if before >= 0, lower(before) == "at", isWord(before), range.count >= 2, !knowledge.isGivenName(word(range.lowerBound)) {
            m.determinedType = .loc
        }
        return m
    }

    /// "Russia-Ukraine" → Russia, Ukraine; "Jean-Luc Le Roux" stays whole.
    func splitHyphenated(_ run: ClosedRange<Int>, sentence: Int) -> [Mention]? {
        guard run.contains(where: { isHyphen($0) }) else { return nil }
        var parts: [ClosedRange<Int>] = []
        var start = run.lowerBound
        for k in run where isHyphen(k) {
            if k > start { parts.append(start...(k - 1)) }
            start = k + 1
        }
        if start <= run.upperBound { parts.append(start...run.upperBound) }
        // "Modi-Sharif talks": two names joined for the meeting between them.
        let next = run.upperBound + 1
        if parts.count == 2, parts.allSatisfy({ $0.count == 1 && isCapitalWord($0.lowerBound) }), next < text.tokens.count,
           isWord(next), NameLexicon.pairNouns.contains(lower(next)) {
            return parts.flatMap { read(segment: $0, sentence: sentence) }
        }
        // Only when every part is one word naming a place or a demonym — or a body the gazetteer knows beside one
        // ("the Israel-Hamas conflict").
        guard parts.count >= 2, parts.allSatisfy({ $0.count == 1 && (isCountryLike($0.lowerBound) || gazetteer($0)?.type == .org) }),
              parts.contains(where: { isCountryLike($0.lowerBound) }) else { return nil }
        return parts.compactMap { p in gazetteer(p).map { mention(p, entry: $0, sentence: sentence) } }
    }

    /// Title + person name: "US Secretary of State Ana Lopes", "Central Bank Governor Amina Bello".
    func readTitled(_ run: ClosedRange<Int>, sentence: Int) -> [Mention]? {
        // "bestow on President Kamau Côte d'Ivoire's highest order": a country of several words closing the run after
        // a titled name is a name of its own.
        if run.count >= 4, let cut = ((run.lowerBound + 2)...(run.upperBound - 1)).first(where: { c in
               gazetteer(c...run.upperBound)?.kind == "country" }),
           isCapitalWord(cut - 1), !isTitleWord(cut - 1), !isHyphen(cut - 1),
           let entry = gazetteer(cut...run.upperBound), let titled = readTitled(run.lowerBound...(cut - 1), sentence: sentence) {
            return titled + [mention(cut...run.upperBound, entry: entry, sentence: sentence)]
        }
        // Peel the name from the right: capitalised, not a title word, not a head word, not a place.
        var k = run.upperBound
        var nameTokens = 0
        while k >= run.lowerBound {
            let w = lower(k)
            // "Jr.", "III" belong to the name.
            if knowledge.nameSuffixes.contains(word(k)) && k == run.upperBound {
                k -= 1
                continue
            }
            // "the Grand Hotel", "the Royal Pavilion": a run ending in a venue noun names a building, not a person.
            if k == run.upperBound && NameLexicon.venueNouns.contains(w) { return nil }
            // A known surname that is also a head word ("Park Ji-hoon", "Kim Hall") is still a name; before a
            // hyphenated given name ("Park Ji-won") even a surname that is also an everyday word is one.
            let hyphenatedGiven = k + 2 <= run.upperBound && isHyphen(k + 2) && !text.tokens[k + 2].spaceBefore
            let strongName = nameTokens > 0 && (knowledge.surname(word(k)).map { !$0.weak || hyphenatedGiven } ?? false)
            // A city name inside a personal name is a surname ("Marcos Lima", "Ana Paris"); a country is not.
            // ("Pham Thu Hang": a weekday's abbreviation that is also a given name, between two names, is a name.)
            if isCapitalWord(k) && !isTitleWord(k) && !isHonorific(k) && (headType(k) == nil || strongName) && !(gazetteer(k...k).map { $0.kind == "country" } ?? false) &&
               knowledge.countryForDemonym(word(k)) == nil &&
               (!isFunctionWord(k) || (nameTokens > 0 && k > run.lowerBound && isCapitalWord(k - 1) && knowledge.givenName(word(k)) != nil) ||
                // "Vice Premier He Lifeng", "Deputy Minister Do Hung": a listed surname that is also a grammar word,
                // right after the title and before the rest of the name, is the surname.
                (nameTokens > 0 && k > run.lowerBound && isTitleWord(k - 1) && knowledge.surname(word(k)) != nil)) {
                nameTokens += 1
                k -= 1
                continue
            }
            // "Hassan Sheikh Mohamud": an honorific between a given name and the rest of the name is part of it.
            if nameTokens > 0 && isHonorific(k) && k > run.lowerBound && isCapitalWord(k - 1) && !isTitleWord(k - 1) && !isHonorific(k - 1) &&
               knowledge.givenName(word(k - 1)) != nil {
                nameTokens += 1
                k -= 1
                continue
            }
            // ("Ms van der Berg": an honorific before the particles is the title, not a name.)
            if nameTokens > 0 && (NameLexicon.nameParticles.contains(w) || isHyphen(k)) && k > run.lowerBound &&
               ((isCapitalWord(k - 1) && !isTitleWord(k - 1)) || (NameLexicon.nameParticles.contains(w) && (isHonorific(k - 1) || isHyphen(k - 1))) ||
                ((isHyphen(k) || NameLexicon.nameParticles.contains(w)) &&
                                                                   NameLexicon.nameParticles.contains(lower(k - 1)))) {
                // ("von der Leyen": particles may follow one another.)
                k -= 1
                continue
            }
            // The lowercase half of a hyphenated given name: "Ji-ho", "Ing-wen".
            if isWord(k) && !isCapitalWord(k) && k - 2 >= run.lowerBound && isHyphen(k - 1) && !text.tokens[k].spaceBefore && isCapitalWord(k - 2) {
                nameTokens += 1
                k -= 1
                continue
            }
            break
        }
        guard nameTokens >= 1, k >= run.lowerBound, nameTokens <= 6 else { return nil }
        // "Minister of Agriculture and Rural Development Trần Văn Minh": everyday words at the front of the peeled
        // name belong to the title.
        while k + 2 <= run.upperBound && isLeadingCommonWord(k + 1) && run.upperBound - (k + 1) >= 2 { k += 1; nameTokens -= 1 }
        // The token just before the name must be a title word or honorific, or the whole run must open with a
        // title ("Deputy Assistant Secretary of State for China and Taiwan Mark Lambert").
        guard (isTitleWord(k) && headType(k) == nil) || startsWithTitle(run) else { return nil }
        // "the Sri Lankan minister": an honorific that is the first word of a demonym ("Sri Lankan") titles no one.
        if isCapitalWord(k), isCapitalWord(k + 1), knowledge.countryForDemonym(word(k) + " " + word(k + 1)) != nil { return nil }
        // "at the U.S. State Department with Wang": a connector before the name ends a place, not a title.
        if isWord(k) && !isCapitalWord(k) && NameLexicon.connectors.contains(lower(k)) { return nil }
        // "talks in Moscow with Foreign Minister X": "with" after a place ends it; the title starts after "with"
        // (a body's name may hold "with": "Association for Friendship with Foreign Countries").
        if let w = (run.lowerBound...k).first(where: { $0 > run.lowerBound && isWord($0) && !isCapitalWord($0) && lower($0) == "with" }),
           (run.lowerBound..<w).contains(where: { gazetteer($0...(w - 1))?.type == .gpe }) {
            return read(run: run.lowerBound...(w - 1), sentence: sentence) + read(run: (w + 1)...run.upperBound, sentence: sentence)
        }
        // Two titled people joined by "and": "Secretary Ana Silva and Foreign Minister Lee Ho".
        // "Heads of State and Acme Group Chief Executive Ana Silva": a title alone before "and" is not hers.
        if let a = (run.lowerBound...k).first(where: { lower($0) == "and" && $0 > run.lowerBound && isBareTitle(run.lowerBound...($0 - 1)) }) {
            return read(run: (a + 1)...run.upperBound, sentence: sentence)
        }
        if let a = (run.lowerBound...k).first(where: { lower($0) == "and" && $0 > run.lowerBound && $0 <= k && isCapitalWord($0 - 1) &&
                                                       !isTitleWord($0 - 1) &&
                                                       // "Minister Ali Khan and Dr. Omar Said": an honorific opens the second person,
                                                       // whatever else the word before "and" can be.
                                                       (isHonorific($0 + 1) ||
                                                       // "European Council President Antonio Costa and NATO Secretary General
                                                       // X": a titled name before "and", a title after it, whatever else
                                                       // the last word of the name can be ("Costa" of Costa Rica).
                                                       (titled(before: $0 - 1, from: run.lowerBound) && titleStarts(at: $0 + 1)) ||
                                                       !isCountryLike($0 - 1) && headType($0 - 1) == nil &&
                                                       !NameLexicon.regionalWords.contains(word($0 - 1)) &&
                                                       (!knowledge.isCommonWord(lower($0 - 1), minimumZipf: 3.5) || (nameLike($0 - 1) && titleStarts(at: $0 + 1)) ||
                                                        // "US President Donald Trump and Chinese President X": a title on both sides.
                                                        (titled(before: $0 - 1, from: run.lowerBound) && titleStarts(at: $0 + 1)))) }) {
            return read(run: run.lowerBound...(a - 1), sentence: sentence) + read(run: (a + 1)...run.upperBound, sentence: sentence)
        }
        let nameRange = (k + 1)...run.upperBound
        // "Foreign Countries" is not "Countries" with a title.
        guard nameRange.allSatisfy({ !isWord($0) || !isCapitalWord($0) || NameLexicon.nameParticles.contains(lower($0)) ||
                                     !(lowercaseVocabulary.contains(lower($0)) && !knowledge.isSurname(word($0))) }),
              nameTokens > 1 || !isPluralCommonWord(nameRange.lowerBound) else { return nil }
        if nameTokens >= 2 && !looksLikePersonName(nameRange) { return nil }
        // "Queen Elizabeth", "King Abdullah", "Pope Francis": a royal or papal title with one name is how the
        // person is named.
        if nameTokens == 1 && NameLexicon.royalTitles.contains(word(k)) {
            var royal = make(k...run.upperBound, type: .person, sentence: sentence)
            royal.role = word(k)
            return [royal]
        }
        // "Sheikh Hamad bin Khalid", "Prince Faisal bin Nasser": these honorifics are how the person is named
        // (but "Crown Prince" is a title).
        if NameLexicon.namingHonorifics.contains(word(k)) && !(k > run.lowerBound && NameLexicon.namingHonorificQualifiers.contains(word(k - 1))) {
            var named = make(k...run.upperBound, type: .person, sentence: sentence)
            if k > run.lowerBound {
                named.role = text.text(tokens: run.lowerBound..<k)
                var result = mentionsInsideTitle(run.lowerBound...(k - 1), sentence: sentence, person: &named)
                result.append(named)
                return result
            }
            return [named]
        }
        var person = make(nameRange, type: .person, sentence: sentence)
        let roleRange = run.lowerBound...k
        // Honorifics alone ("Mr", "H.E.", "Sheikh") are not roles.
        let roleText = text.text(tokens: roleRange.lowerBound..<(roleRange.upperBound + 1))
        if !roleRange.allSatisfy({ isHonorific($0) }) { person.role = roleText }
        if nameTokens == 1 { person.kind = "titled-single" }
        var result: [Mention] = []
        // Places and bodies named inside the title: "US", "People’s Bank of China".
        result += mentionsInsideTitle(roleRange, sentence: sentence, person: &person)
        result.append(person)
        return result
    }

    /// Is the capitalised word at `k` a name after a title ("President Donald Trump"): a title word within
    /// the three capitalised words before it?
    func titled(before k: Int, from lo: Int) -> Bool {
        var i = k - 1
        while i >= lo && k - i <= 3 && isCapitalWord(i) {
            if isTitleWord(i) { return true }
            i -= 1
        }
        return false
    }

    /// An everyday -ing or -ed word that is no known name ("Speaking", "Asked", not "Sterling").
    func isOpeningParticiple(_ i: Int) -> Bool {
        let w = lower(i)
        guard w.count > 4, w.hasSuffix("ing") || w.hasSuffix("ed"), !text.tokens[i].isAllCaps else { return false }
        guard !knowledge.isGivenName(word(i)), !knowledge.isSurname(word(i)), gazetteer(i...i) == nil else { return false }
        if knowledge.isCommonWord(w, minimumZipf: 1.0) { return true }
        // The verb behind it: "congratulating" → "congratulate", "planned" → "plan", "speaking" → "speak".
        let stem = String(w.dropLast(w.hasSuffix("ing") ? 3 : 2))
        var stems = [stem, stem + "e"]
        if let last = stem.last, stem.count > 2, stem.dropLast().last == last { stems.append(String(stem.dropLast())) }
        return stems.contains { knowledge.isCommonWord($0, minimumZipf: 2.5) }
    }

    /// "d'Ivoire", "l'Aquila", "dell'Orto": lowercase letters, an apostrophe, then a capital.
    func isElidedArticleName(_ i: Int) -> Bool {
        // Called for every lowercase word: look for the apostrophe first, by plain comparison, before any
        // Unicode property lookup.
        let t = text.tokens[i], s = text.scalars
        guard t.end - t.start >= 4 else { return false }
        var k = t.start + 1
        let limit = min(t.start + 5, t.end - 1)
        while k < limit {
            let c = s[k]
            if c == "'" || c == "’" {
                return s[k + 1].properties.isUppercase && s[t.start].properties.isLowercase
            }
            k += 1
        }
        return false
    }

    /// Does a title begin at token `k`, perhaps after a country or demonym ("Chinese President", "US Secretary")?
    func titleStarts(at k: Int) -> Bool {
        if isTitleWord(k) { return true }
        guard k + 1 < text.tokens.count, isCapitalWord(k) else { return false }
        // "Chinese President", "NATO Secretary General": a country's or body's name before the title word.
        let countryFirst = knowledge.countryForDemonym(word(k)) != nil || gazetteer(k...k).map { $0.kind == "country" || $0.type == .org } ?? false
        return countryFirst && isTitleWord(k + 1)
    }

    /// Part of a share ticker such as "RDSa.L" or "STL.OL": letters glued to a period.
    func isTickerPart(_ i: Int) -> Bool {
        let t = text.tokens[i]
        if i + 1 < text.tokens.count, text.string(text.tokens[i + 1].span) == ".", !text.tokens[i + 1].spaceBefore,
           i + 2 < text.tokens.count, !text.tokens[i + 2].spaceBefore, text.tokens[i + 2].kind == .word { return true }
        if i >= 2, text.string(text.tokens[i - 1].span) == ".", !t.spaceBefore, !text.tokens[i - 1].spaceBefore { return true }
        return false
    }

    /// An everyday English word (not also a given name) capitalised inside a title: "Rural", "Development", "Fisheries".
    func isLeadingCommonWord(_ i: Int) -> Bool {
        // A surname from a naming culture beyond the English census ("Park", "Lee" in Korean) stays a name.
        let curatedSurname = knowledge.surname(word(i)).map { $0.origins.contains { $0 != "us_census" } } ?? false
        guard isWord(i), !text.tokens[i].isAllCaps, knowledge.givenName(word(i)) == nil, !curatedSurname,
              knowledge.surname(word(i)).map({ $0.weak }) ?? true else { return false }
        let w = lower(i)
        if knowledge.isCommonWord(w, minimumZipf: 3.5) { return true }
        if let singular = TitleVocabulary.singular(w) { return knowledge.isCommonWord(singular, minimumZipf: 3.0) }
        return false
    }

    func isPluralCommonWord(_ i: Int) -> Bool {
        let w = lower(i)
        guard let singular = TitleVocabulary.singular(w) else { return false }
        return knowledge.isCommonWord(singular, minimumZipf: 4.0)
    }

    /// Does the run open with a title, after any country or demonym ("US Deputy Secretary", "Chinese Premier")?
    func startsWithTitle(_ run: ClosedRange<Int>) -> Bool {
        var i = run.lowerBound
        while i < run.upperBound && (isCountryLike(i) || isPossessive(i)) { i += 1 }
        // "Ministry of Foreign Affairs on Facebook" opens with a body, not a title.
        return (isTitleWord(i) && headType(i) == nil) || isHonorific(i)
    }

    func mentionsInsideTitle(_ range: ClosedRange<Int>, sentence: Int, person: inout Mention) -> [Mention] {
        if let body = bodyOfTitle(range) {
            let found = read(run: body, sentence: sentence)
            if let place = found.first(where: { $0.type == .gpe }) { person.country = person.country ?? place.country }
            return found
        }
        var out: [Mention] = []
        // Trailing title words are the title; what precedes may be an organisation.
        var end = range.upperBound
        while end >= range.lowerBound && (isTitleWord(end) || NameLexicon.connectors.contains(lower(end))) {
            // "House of Representatives Speaker": stop before eating into "... of Representatives".
            if end - 1 >= range.lowerBound && NameLexicon.connectors.contains(lower(end - 1)) && end < range.upperBound && isTitleWord(end) &&
               headType(range.lowerBound) != nil { break }
            end -= 1
        }
        // "The European Commission's President X": the possessive is not part of the body's name.
        if end > range.lowerBound && isPossessive(end) { end -= 1 }
        // "Somali President X": a country's demonym before the title is her nationality, even where a region is spelt
        // the same (the Somali Region of Ethiopia).
        if end == range.lowerBound, let c = knowledge.countryForDemonym(word(end)), gazetteer(end...end).map({ $0.kind != "country" }) ?? false {
            person.country = person.country ?? c.alpha3
            return []
        }
        if end >= range.lowerBound {
            let head = range.lowerBound...end
            if let entry = gazetteer(head) {
                let m = mention(head, entry: entry, sentence: sentence)
                if m.type == .gpe { person.country = person.country ?? m.country }
                out.append(m)
            } else if head.contains(where: { headType($0) == .org }) {
                out.append(make(head, type: .org, sentence: sentence))
            }
        }
        // Countries anywhere in the title: "Ambassador of the People’s Republic of China to Nigeria" is lowercase-led,
        // but "US Assistant Secretary", "Chinese Minister" carry a country in the first word.
        let first = range.lowerBound
        if out.isEmpty || out[0].tokens.lowerBound != first {
            if let entry = gazetteer(first...first), entry.type == .gpe {
                out.append(mention(first...first, entry: entry, sentence: sentence))
                person.country = person.country ?? entry.country
            } else if let c = knowledge.countryForDemonym(word(first)) {
                person.country = person.country ?? c.alpha3
            }
        }
        return out
    }

    /// "Secretary of the Security Council of Russia", "Director of the Office of the Central Commission for Foreign
    /// Affairs": a role in a body, named whole after "of (the)" up to the person's name (or a "to" that follows the
    /// body: "Ambassador of the European Union to Chile"), when the words before "of" are all title words and the body
    /// has a head word.
    func bodyOfTitle(_ range: ClosedRange<Int>) -> ClosedRange<Int>? {
        var of = range.lowerBound
        while of < range.upperBound && isCapitalWord(of) && isTitleWord(of) && headType(of) == nil { of += 1 }
        guard of > range.lowerBound, TitleVocabulary.marksRole(lower(range.lowerBound), knowledge),
              isWord(of), lower(of) == "of", !isCapitalWord(of) else { return nil }
        var start = of + 1
        if start < range.upperBound && lower(start) == "the" && !isCapitalWord(start) { start += 1 }
        guard start <= range.upperBound, isCapitalWord(start) else { return nil }
        var end = range.upperBound
        if let to = (start...range.upperBound).first(where: { isWord($0) && lower($0) == "to" && !isCapitalWord($0) }) { end = to - 1 }
        guard end >= start, (start...end).contains(where: { isCapitalWord($0) && headType($0) == .org }) else { return nil }
        return start...end
    }

    /// A run with a head word: "Ministry of Foreign Affairs", "Taiwan Strait", "World Economic Forum".
    func readHeaded(_ run: ClosedRange<Int>, sentence: Int) -> [Mention]? {
        let heads = run.filter { isCapitalWord($0) && headType($0) != nil }
        guard let lastHead = heads.last else { return nil }
        // A head word alone ("Dialogue", "Ministry") names nothing.
        if run.count == 1 { return [] }
        // Split at a possessive when the part before it names something on its own ("China’s ...", "The Carter Center’s Forum").
        if let p = run.first(where: { isPossessive($0) }), p > run.lowerBound, p < run.upperBound {
            let before = run.lowerBound...(p - 1)
            let after = (p + 1)...run.upperBound
            // "Ministry of Defence and Russia’s Federal Security Service": the possessor is only the name after "and".
            if let and = before.last(where: { isWord($0) && lower($0) == "and" }), and > before.lowerBound, and < before.upperBound,
               ((and + 1)...before.upperBound).allSatisfy({ isCapitalWord($0) }), gazetteer((and + 1)...before.upperBound) != nil {
                return read(run: run.lowerBound...(and - 1), sentence: sentence) + read(run: (and + 1)...run.upperBound, sentence: sentence)
            }
            let beforeIsName = gazetteer(before) != nil || before.contains(where: { headType($0) != nil }) ||
                (before.count == 1 && text.tokens[before.lowerBound].isAllCaps)   // "ITAK’s Northern Province"
            if beforeIsName { return read(run: before, sentence: sentence) + read(run: after, sentence: sentence) }
        }
        // "South China Sea and Taiwan", "Assemblyman and Chair of ...": "and" between two names, not inside one
        // ("Centre for Strategic and International Studies").
        for a in run where isWord(a) && lower(a) == "and" && a > run.lowerBound && a < run.upperBound {
            var chunkStart = a - 1
            while chunkStart > run.lowerBound && !(isWord(chunkStart - 1) && NameLexicon.connectors.contains(lower(chunkStart - 1)) && !isCapitalWord(chunkStart - 1)) {
                chunkStart -= 1
            }
            let chunk = chunkStart...(a - 1)
            let personFollows = isCapitalWord(a + 1) && (knowledge.givenName(word(a + 1)).map { !$0.weak } ?? false)
            let wholeName = headType(a - 1) != nil && (chunk.count >= 2 || chunkStart == run.lowerBound)
            // A place before "and" ends a name ("South China Sea and Taiwan"); an organisation's words inside an
            // "of" phrase do not ("Ministry of Foreign Affairs and Expatriates").
            let inOf = chunkStart > run.lowerBound && NameLexicon.titleOfPrepositions.contains(lower(chunkStart - 1))
            let known = gazetteer(chunk).map { ($0.type == .gpe || $0.type == .loc) && (chunk.count > 1 || ["country", "capital"].contains($0.kind)) ||
                                               ($0.type == .org && !inOf) } ?? false
            // "the two Heads of State and MTN Group ...": a title phrase alone before "and" names no one.
            if known || wholeName || personFollows || isBareTitle(run.lowerBound...(a - 1)) ||
               chunk.contains(where: { TitleVocabulary.marksRole(lower($0), knowledge) }) {
                return read(run: run.lowerBound...(a - 1), sentence: sentence) + read(run: (a + 1)...run.upperBound, sentence: sentence)
            }
        }
        // "Amina Yusuf of Lagos University", "Ambassador Marc Knapper of the United States": a person (after their
        // title) before "of" an institution or a country.
        if let o = run.first(where: { isWord($0) && lower($0) == "of" }), o - run.lowerBound >= 2 {
            let left = run.lowerBound...(o - 1)
            var name = run.lowerBound
            while name < o && isTitleWord(name) && headType(name) == nil && TitleVocabulary.marksRole(lower(name), knowledge) { name += 1 }
            let named = name < o && o - name >= 2 ? Optional(name...(o - 1)) : nil
            if let named, !named.contains(where: { headType($0) != nil || isTitleWord($0) }) && gazetteer(named) == nil && looksLikePersonName(named) {
                var rest = o + 1
                if rest < run.upperBound && lower(rest) == "the" { rest += 1 }
                return read(segment: left, sentence: sentence) + read(run: rest...run.upperBound, sentence: sentence)
            }
        }
        // "the 10th Session of the Joint Commission": one meeting of a body; the body is the name.
        if NameLexicon.sittingNouns.contains(word(run.lowerBound)), run.lowerBound + 1 < run.upperBound,
           isWord(run.lowerBound + 1), lower(run.lowerBound + 1) == "of" {
            var rest = run.lowerBound + 2
            if rest < run.upperBound && lower(rest) == "the" { rest += 1 }
            return read(run: rest...run.upperBound, sentence: sentence)
        }
        // "Chair of the Assembly Committee": a title before "of" is a role; the body after it is the name.
        if isTitleWord(run.lowerBound) && headType(run.lowerBound) == nil,
           let o = run.first(where: { isWord($0) && lower($0) == "of" && !isCapitalWord($0) }) {
            var rest = o + 1
            if rest < run.upperBound && lower(rest) == "the" { rest += 1 }
            if rest <= run.upperBound && (run.lowerBound..<o).allSatisfy({ isTitleWord($0) }) {
                return read(run: rest...run.upperBound, sentence: sentence)
            }
        }
        // "Ukrainian Black Sea": a demonym before a known place is not part of its name.
        if knowledge.countryForDemonym(word(run.lowerBound)) != nil, run.count > 1,
           let entry = gazetteer((run.lowerBound + 1)...run.upperBound), entry.type == .loc || entry.type == .gpe {
            return [mention((run.lowerBound + 1)...run.upperBound, entry: entry, sentence: sentence)]
        }
        // The head decides the type: the first word when the name opens with it ("Council on Foreign Relations",
        // "Forum on Human Rights", "Bank of China"), else the last head ("Pacific Society", "Taiwan Strait").
        let first = run.lowerBound
        // "Cabinet Secretary for Foreign Affairs": a body's name used inside a title, with no one named.
        if headType(first) == .org, first < run.upperBound, isTitleWord(first + 1), TitleVocabulary.marksRole(lower(first + 1), knowledge) {
            return []
        }
        let opensWithHead = headType(first) != nil && first < run.upperBound && isWord(first + 1) && !isCapitalWord(first + 1)
        let type = opensWithHead ? headType(first)! : headType(lastHead)!
        // Words after the last head that are not joined by a connector are another name.
        var end = run.upperBound
        if lastHead < run.upperBound {
            let afterHead = (lastHead + 1)...run.upperBound
            // "Vietnamese Government Portal": one everyday noun after the head still names the body.
            let oneNoun = afterHead.count == 1 && isLeadingCommonWord(afterHead.lowerBound) && !isTitleWord(afterHead.lowerBound)
            if !afterHead.contains(where: { NameLexicon.connectors.contains(lower($0)) }) && !oneNoun { end = lastHead }
        }
        let range = run.lowerBound...end
        var mentions = [make(range, type: type, sentence: sentence)]
        // Names nested after "of": "International Department of the Communist Party of China" also names the party.
        var k = range.lowerBound
        while k < end {
            if isWord(k) && lower(k) == "of" && !isCapitalWord(k) {
                var rest = k + 1
                if rest < end && lower(rest) == "the" { rest += 1 }
                if rest <= end && isCapitalWord(rest) {
                    var innerEnd = end
                    if let open = (rest...end).first(where: { punctText($0) == "(" }), open > rest { innerEnd = open - 1 }
                    let inner = rest...innerEnd
                    let known = gazetteer(inner).map { $0.type == .gpe || ["party", "international", "government", "armed_group"].contains($0.kind) } ?? false
                    if known || (headType(inner.lowerBound) == nil && inner.contains(where: { headType($0) == .org })) {
                        mentions += read(run: inner, sentence: sentence).filter { $0.type != .person }
                        break
                    }
                }
            }
            k += 1
        }
        if end < run.upperBound { mentions += read(run: (end + 1)...run.upperBound, sentence: sentence) }
        return mentions
    }

    /// Splits a run at connectors that are not particles inside a personal name.
    func split(_ run: ClosedRange<Int>) -> [ClosedRange<Int>] {
        var parts: [ClosedRange<Int>] = []
        var start = run.lowerBound
        var k = run.lowerBound
        while k <= run.upperBound {
            let connector = isWord(k) && !isCapitalWord(k) && (NameLexicon.connectors.contains(lower(k)) || isPossessive(k))
            let particle = NameLexicon.nameParticles.contains(lower(k)) && lower(k) != "de" || (lower(k) == "de" && k > run.lowerBound && !isCountryLike(k + 1))
            if connector && !particle || isPossessive(k) {
                if k > start { parts.append(start...(k - 1)) }
                start = k + 1
            }
            k += 1
        }
        if start <= run.upperBound { parts.append(start...run.upperBound) }
        return parts.filter { r in r.contains(where: { isCapitalWord($0) }) }.map { r in
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi && !isCapitalWord(lo) { lo += 1 }
            // The lowercase half of a hyphenated name stays ("Hwang Joon-kook").
            while hi > lo && !isCapitalWord(hi) && !(isHyphen(hi - 1) && !text.tokens[hi].spaceBefore && isWord(hi)) { hi -= 1 }
            return lo...hi
        }
    }

    // MARK: - Building mentions

    func make(_ range: ClosedRange<Int>, type: EntityType, sentence: Int) -> Mention {
        let span = TextSpan(text.tokens[range.lowerBound].start, text.tokens[range.upperBound].end)
        return Mention(tokens: range.lowerBound..<(range.upperBound + 1), span: span, text: text.string(span), type: type, sentence: sentence)
    }

    func mention(_ range: ClosedRange<Int>, entry: GazetteerEntry, sentence: Int) -> Mention {
        // A company name written as a town's is that town: "Woodside, California", "in Woodside south of the city".
        if entry.kind == "company" && locatedLikeATown(range) {
            var town = make(range, type: .gpe, sentence: sentence)
            town.kind = "town"
            return town
        }
        // Palaces are places where leaders meet ("the Élysée Palace"), even when a gazetteer files them under government.
        let type: EntityType = word(range.upperBound) == "Palace" ? .loc : entry.type
        var m = make(range, type: type, sentence: sentence)
        m.canonical = entry.canonical
        m.country = entry.country
        m.kind = entry.kind
        if entry.kind == "capital" { m.isMetonym = !isPlaceUse(range) }
        return m
    }

    /// The comma closing the places that open a line ("New Delhi, May 7", "New Delhi/Moscow, Aug 8": places
    /// joined by slashes share one dateline), or nil when `range` is not one of them.
    func datelineComma(after range: ClosedRange<Int>) -> Int? {
        var start = range.lowerBound
        while start > 0 && !text.tokens[start].newlineBefore && (isCapitalWord(start - 1) || punctText(start - 1) == "/") { start -= 1 }
        guard start == 0 || text.tokens[start].newlineBefore, isCapitalWord(start),
              start == range.lowerBound || (start..<range.lowerBound).contains(where: { punctText($0) == "/" }) else { return nil }
        var k = range.upperBound + 1
        while k + 1 < text.tokens.count && punctText(k) == "/" && isCapitalWord(k + 1) {
            k += 1
            while k < text.tokens.count && isCapitalWord(k) { k += 1 }
        }
        // "New Delhi [India], July 14": the country in brackets after the city.
        if k + 2 < text.tokens.count, punctText(k) == "[" || punctText(k) == "(", isCapitalWord(k + 1) {
            var close = k + 1
            while close < text.tokens.count && close - k <= 4 && isCapitalWord(close) { close += 1 }
            if close < text.tokens.count && (punctText(close) == "]" || punctText(close) == ")") { k = close + 1 }
        }
        return k < text.tokens.count && punctText(k) == "," ? k : nil
    }

    /// Is the name placed the way only places are: before ", <state or country>" ("Springfield, Ohio"), or before a
    /// compass direction and "of" a known place ("Springfield, south of Boston", "in Springfield north of Boston")?
    func locatedLikeATown(_ range: ClosedRange<Int>) -> Bool {
        var k = range.upperBound + 1
        guard k + 1 < text.tokens.count else { return false }
        if punctText(k) == "," {
            if let entry = gazetteer((k + 1)...(k + 1)), entry.type == .gpe, entry.kind == "region" || entry.kind == "country" { return true }
            k += 1
        }
        guard k + 2 < text.tokens.count, NameLexicon.compassDirections.contains(lower(k)), lower(k + 1) == "of" else { return false }
        let place = lower(k + 2) == "the" ? k + 3 : k + 2
        // (A place of up to three words: "south of San Francisco".)
        return (place..<min(place + 3, text.tokens.count)).contains { end in gazetteer(place...end)?.type == .gpe }
    }

    /// "Aug 8", "Sept. 3": an abbreviated month with its day.
    func isAbbreviatedDate(at i: Int) -> Bool {
        guard isWord(i), NameLexicon.monthAbbreviations.contains(lower(i)) else { return false }
        let day = i + 1 < text.tokens.count && punctText(i + 1) == "." ? i + 2 : i + 1
        return day < text.tokens.count && text.tokens[day].kind == .number
    }

    /// "in Beijing", "Beijing-based", "Davos, Switzerland" are places; "Beijing said" is the government.
    func isPlaceUse(_ range: ClosedRange<Int>) -> Bool {
        // City names in capitals only appear in datelines: "RIYADH/ISLAMABAD:", "WASHINGTON —".
        // ("NEW DELHI:": the name's letters together, not its first word's, tell a name from an acronym.)
        if range.allSatisfy({ text.tokens[$0].isAllCaps }) && range.reduce(0, { $0 + word($1).count }) >= 4 { return true }
        let before = range.lowerBound - 1
        if before >= 0 && isWord(before) && NameLexicon.placePrepositions.contains(lower(before)) { return true }
        // "in the capital Ankara", "the port city of Aden": a settlement noun right before names the place.
        if before >= 1 && isWord(before) && NameLexicon.settlementNouns.contains(lower(before)) &&
           (lower(before - 1) == "the" || NameLexicon.settlementNouns.contains(lower(before - 1))) { return true }
        // "will depart for Washington", "left for Moscow": where a journey goes.
        if before >= 1 && isWord(before) && lower(before) == "for" && NameLexicon.departureVerbs.contains(lower(before - 1)) { return true }
        if before >= 1 && isWord(before - 1) && text.tokens[before].kind == .word && NameLexicon.placePrepositions.contains(lower(before - 1)) &&
           NameLexicon.sentenceWords.contains(lower(before)) { return true }
        let after = range.upperBound + 1
        // "at State House, Nairobi, on Monday", "the Grand Hotel, Lima.": a city set off after a name ends the
        // address (a capital that speaks has a verb after it: "..., Beijing said").
        if before >= 1, text.tokens[before].kind == .punct, text.scalars[text.tokens[before].start] == ",", isCapitalWord(before - 1),
           after >= text.tokens.count || (text.tokens[after].kind == .punct && [",", ".", ";", ")"].contains(text.string(text.tokens[after].span))) {
            return true
        }
        if after < text.tokens.count {
            let t = text.tokens[after]
            if t.kind == .punct && text.scalars[t.start] == "," && after + 1 < text.tokens.count &&
               isCapitalWord(after + 1) && (gazetteer((after + 1)...(after + 1))?.kind == "country") { return true }
            if isHyphen(after) && after + 1 < text.tokens.count && lower(after + 1) == "based" { return true }
            // "Beijing time", "(Brasilia time)": a time zone named by its city.
            if isWord(after), lower(after) == "time" { return true }
            // Dateline in ordinary case: "New Delhi, May 7", "Geneva, 3 March", "New Delhi/Moscow, Aug 8".
            if let comma = datelineComma(after: range), comma + 1 < text.tokens.count,
               NameLexicon.weekdaysAndMonths.contains(lower(comma + 1)) || text.tokens[comma + 1].kind == .number ||
                isAbbreviatedDate(at: comma + 1) { return true }
            // Dateline: "WASHINGTON —", "ISTANBUL, July 7", "NAIROBI, Kenya (Reuters)".
            if (range.lowerBound == 0 || text.tokens[range.lowerBound].newlineBefore) && text.tokens[range.lowerBound].isAllCaps,
               t.kind == .punct, ["—", "–", "-", ",", "("].contains(text.string(t.span)) { return true }
        }
        return false
    }
}

/// Memo of `MentionFinder.gazetteer(i...i)` by token: nil = not asked yet, .some(nil) = no entry.
private final class SingleWordEntries {
    private var answers: [GazetteerEntry??]
    init(count: Int) { answers = Array(repeating: nil, count: count) }
    func answer(_ i: Int) -> GazetteerEntry?? { answers[i] }
    func remember(_ entry: GazetteerEntry?, for i: Int) { answers[i] = .some(entry) }
}
