// When: the time expression that dates an event, chosen from its sentence.
import ReadoutCore

extension SentenceContext {
    func time(near trigger: Int) -> TimeExpression? {
        // A date inside a relative clause after the trigger belongs to something else ("... the grain deal, which
        // is set to expire on July 17").
        let relative = sentence.tokens.first { $0 > trigger && EventLexicon.clauseRelativeOrSince.contains(word($0)) }
        // "... ahead of a meeting in São Paulo next month": the date of another event, named after this one.
        // "..., official results showed on Monday", "..., the ministry said on Friday": a trailing attribution
        // dates the report, not the event.
        let attribution = trailingAttribution(after: trigger)
        let other = [relative, otherEventPhrase(after: trigger), attribution].compactMap { $0 }.min()
        let cutoff = other.map { x.text.tokens[$0].start } ?? Int.max
        // "NAIROBI, March 14 —": a dateline dates the report, not the event.
        let opening = datelineEnd.map { x.text.tokens[$0].start } ?? Int.min
        // "Y -appointed this Friday-", "(appointed on Friday)": an aside dates something else.
        let asides = asideSpans(excluding: trigger)
        // ("X, who arrived on Tuesday, met Y": a date inside an apposition or relative clause is that person's.)
        // "On Thursday, the ministry confirmed that Sousa will meet Lobo": a date before the reporting verb
        // whose complement tells the event dates the report.
        // (Its complement: "that ...", or a clause with its own subject and auxiliary — "said Trump will meet";
        // not an object — "stated China's positions at a meeting".)
        let report = sentence.tokens.last { r in r < trigger && EventLexicon.timeReportingVerb.contains(word(r)) &&
            (word(r + 1) == "that" || (mentions.contains { m in m.mention.tokens.lowerBound == r + 1 } &&
                ((r + 2)..<trigger).contains { EventLexicon.clauseModal.contains(word($0)) || EventLexicon.auxiliaries.contains(word($0)) })) }
        let reportStart = report.map { x.text.tokens[$0].start } ?? Int.min
        let candidates = timesInSentence.filter { t in t.span.start < cutoff && t.span.start > opening && t.span.start >= reportStart &&
                                                  !asides.contains { $0.contains(t.span) } && !isDescriptive(t.span) }
        guard !candidates.isEmpty else { return dayCountedFromLastEvent(before: cutoff) }
        let at = x.text.tokens[trigger].start
        // The nearest expression to the trigger; a bare year ("In 2023, ... in April") only when nothing finer is
        // given, and a date after "and would/will" belongs to another verb ("... held in March and would take effect
        // on July 1").
        // Likewise ", and was expected to travel on Tuesday": a coordinated predicate dates its own verb.
        let laterVerb = laterPredicate(after: trigger)
        let limit = laterVerb.map { x.text.tokens[$0].start } ?? Int.max
        var usable = candidates.filter { $0.span.start < limit || $0.span.start < at }
        // And the other way: in "will fly to Tokyo on Monday and meet Y on Tuesday", the trigger's predicate starts at
        // "and" (at most two lowercase words between), and a date of its own beats the earlier verb's.
        if let and = coordinatedPredicateStart(trigger) {
            let andStart = x.text.tokens[and].start
            let own = usable.filter { $0.span.start > andStart }
            if !own.isEmpty { usable = own }
        }
        // Every date belongs to the later verb: this event is undated.
        if usable.isEmpty && laterVerb != nil { return nil }
        let chosen = (usable.isEmpty ? candidates : usable).min { (a: TimeExpression, b: TimeExpression) -> Bool in
            let ya = a.precision == .year ? 1 : 0, yb = b.precision == .year ? 1 : 0
            if ya != yb { return ya < yb }
            return abs(a.span.start - at) < abs(b.span.start - at)
        }
        return chosen.map(spanningMonth) ?? nil
    }

    /// Where a coordinated predicate of its own begins after the trigger: "and will/would ...", ", and was ...",
    /// ", and she will ...".
    func laterPredicate(after trigger: Int) -> Int? {
        ((trigger + 1)..<max(trigger + 1, sentence.tokens.upperBound)).first(where: opensLaterPredicate)
    }

    /// Whether token `k` is the "and" of such a predicate.
    func opensLaterPredicate(_ k: Int) -> Bool {
        guard word(k) == "and" else { return false }
        let verb = EventLexicon.pronounWords.contains(word(k + 1)) || EventLexicon.groupPronouns.contains(word(k + 1)) ? k + 2 : k + 1
        return EventLexicon.clauseModal.contains(word(verb)) || (x.punct(k - 1) == "," && EventLexicon.auxiliaries.contains(word(verb)))
    }

    /// "a day earlier", "two days later", "the next day", "the night before", "later that day": a day counted
    /// from the day of the event just told, not from the publication date (which is what a bare "on Friday" counts
    /// from). Nil when the sentence says none of these or no event before it has a day.
    func dayCountedFromLastEvent(before cutoff: Int) -> TimeExpression? {
        guard let anchor = lastEventDate.flatMap(CalendarDay.init(isoPrefix:)) else { return nil }
        let end = sentence.tokens.upperBound
        // The phrase must close its clause: "two days later." / "a day earlier," — not "a day after X met Y" (the
        // meeting of a clause of its own, read by meet.dated-from-last-event).
        func closes(_ k: Int) -> Bool { k >= end || x.punct(k) != nil || EventLexicon.timeAnaphoricDayPart.contains(word(k)) }
        for i in sentence.tokens where x.text.tokens[i].start < cutoff && x.isWord(i) {
            var found: (first: Int, last: Int, days: Int)?
            let w = word(i)
            if EventLexicon.timeCountUnit.contains(w), i > sentence.tokens.lowerBound, let n = EventLexicon.smallNumbers[word(i - 1)],
               let sign = EventLexicon.timeAnaphoricDirection[word(i + 1)], closes(i + 2) {
                // "two days later", "a week earlier", "a day before"
                found = (i - 1, i + 1, (w.hasPrefix("week") ? 7 : 1) * n * sign)
            } else if w == "the", let sign = EventLexicon.timeAnaphoricOrdinal[word(i + 1)], EventLexicon.timeAnaphoricDayPart.contains(word(i + 2)) {
                // "the next day", "the following morning", "the previous evening"
                found = (i, i + 2, sign)
            } else if w == "the", EventLexicon.timeAnaphoricDayPart.contains(word(i + 1)), let sign = EventLexicon.timeAnaphoricDirection[word(i + 2)],
                      closes(i + 3) {
                // "the day before", "the night before", "the day after"
                found = (i, i + 2, sign)
            } else if EventLexicon.timeAnaphoricDirection[w] != nil, EventLexicon.timeAnaphoricSameDay.contains(word(i + 1)),
                      EventLexicon.timeAnaphoricDayPart.contains(word(i + 2)) {
                // "later that day", "earlier that morning": the same day
                found = (i, i + 2, 0)
            }
            if found == nil, EventLexicon.timeSameOccasion.contains(w), word(i + 1) == "of", word(i + 2) == "the", x.isWord(i + 3),
               !x.text.tokens[i + 3].isCapitalized, closes(i + 4) {
                // "on the sidelines of the event", "on the margins of the talks": an occasion already told, on its day
                // ("the sidelines of the Davos forum" names another one).
                found = (i, i + 3, 0)
            }
            if found == nil, EventLexicon.timeToldMeetingPreposition.contains(w), word(i + 1) == "the" || word(i + 1) == "their",
               EventLexicon.timeToldMeetingNoun.contains(word(i + 2)), closes(i + 3) {
                // "After the talks, the two leaders witnessed ...", "During their meeting, ...": the meeting just told,
                // on its day (not the publication day an undated clause would take).
                found = (i, i + 2, 0)
            }
            guard let f = found else { continue }
            let span = TextSpan(x.text.tokens[f.first].start, x.text.tokens[f.last].end)
            return TimeExpression(text: x.text.text(tokens: f.first..<(f.last + 1)), span: span, value: anchor.adding(days: f.days).isoDay,
                                  precision: .day, isRelative: true, rule: "times.counted-from-last-event")
        }
        return nil
    }

    /// The comma that opens a closing attribution after the trigger (", the ministry said", ", results showed"):
    /// a reporting verb at most five words after a comma, with nothing but its time phrase after it.
    func trailingAttribution(after trigger: Int) -> Int? {
        for comma in sentence.tokens where comma > trigger && x.punct(comma) == "," {
            guard let verb = ((comma + 1)..<min(comma + 7, sentence.tokens.upperBound)).first(where: {
                EventLexicon.timeReportingVerb.contains(word($0)) }) else { continue }
            let rest = (verb + 1)..<sentence.tokens.upperBound
            if rest.allSatisfy({ k in x.punct(k) != nil || timesInSentence.contains { t in t.span.contains(x.text.tokens[k].span) } }) {
                return comma
            }
        }
        return nil
    }

    /// The "and" that starts the trigger's own predicate ("will fly to X on Monday and meet Y on Tuesday"): at most
    /// two lowercase words ("and will then meet") between it and the trigger.
    func coordinatedPredicateStart(_ trigger: Int) -> Int? {
        guard let and = (max(sentence.tokens.lowerBound, trigger - 3)..<trigger).last(where: { word($0) == "and" }),
              ((and + 1)..<trigger).allSatisfy({ x.isWord($0) && !x.text.tokens[$0].isCapitalized }) else { return nil }
        return and
    }

    /// "from March 6 to 10", "March 6-10", "between March 6 and March 10": talks over several days are dated by
    /// their month (or not at all when the span crosses months), not by the first day.
    func spanningMonth(_ t: TimeExpression) -> TimeExpression? {
        guard t.precision == .day, let value = t.value, value.count == 10 else { return t }
        guard let end = sentence.tokens.first(where: { x.text.tokens[$0].start >= t.span.end }),
              EventLexicon.timeRangeLink.contains(word(end)) || ["-", "–"].contains(x.punct(end) ?? "") else { return t }
        let next = end + 1
        guard sentence.tokens.contains(next) else { return t }
        // The far end: a bare day number, or another date.
        if let other = timesInSentence.first(where: { $0.span.start == x.text.tokens[next].start }) {
            guard let v = other.value, v.hasPrefix(String(value.prefix(7))) else { return nil }
        } else if x.text.tokens[next].kind != .number || word(next).count > 2 {
            return t
        }
        var month = t
        month.value = String(value.prefix(7))
        month.precision = .month
        return month
    }
}

extension SentenceContext {
    /// The time expressions inside the sentence, in text order.
    var timesInSentence: [TimeExpression] {
        x.lookup.times.inside(sentence.span).map { x.times[$0] }
    }

    /// Is token `i` part of a time expression, or where one starts ("on" in "on Sunday" when the finder took it in)?
    func startsOrLiesInTime(_ i: Int) -> Bool {
        let token = x.text.tokens[i]
        return !x.lookup.times.covering(token.span).isEmpty || !x.lookup.times.starting(from: token.start, through: token.start).isEmpty
    }
}

extension SentenceContext {
    /// The mark that ends a dateline opening the sentence ("NAIROBI, March 14 —", "Lima, May 7 (Reuters) -",
    /// "New Delhi [India], July 14 (ANI):", "New Delhi, July 14 (PTI)"): a place name first, then a dash, a colon or
    /// the agency's closing bracket within the first dozen tokens.
    var datelineEnd: Int? {
        let lo = sentence.tokens.lowerBound
        guard let first = mentions.first, first.mention.tokens.lowerBound == lo, x.entities[first.entity].type == .gpe else { return nil }
        let window = lo..<min(lo + 12, sentence.tokens.upperBound)
        if let dash = window.first(where: { x.isDash($0) }) { return dash }
        // Only after a date ("July 14 (ANI):"), so that "Kenya (Reuters) said" or a colon in a headline-like lead
        // is not taken for one.
        guard let date = window.first(where: { NameLexicon.weekdaysAndMonths.contains(word($0)) }) else { return nil }
        guard let close = window.first(where: { $0 > date && (x.punct($0) == ":" || x.punct($0) == ")") }) else { return nil }
        return x.punct(close) == ")" && close + 1 < sentence.tokens.upperBound && x.punct(close + 1) == ":" ? close + 1 : close
    }
}

extension SentenceContext {
    /// Stretches of the sentence set off by brackets or a pair of dashes, other than the one holding `trigger`.
    func asideSpans(excluding trigger: Int) -> [TextSpan] {
        var spans: [TextSpan] = []
        var open: (Int, String)?
        for i in sentence.tokens {
            guard let p = x.punct(i) else { continue }
            if let (start, mark) = open {
                let closes = (mark == "(" && p == ")") || (mark != "(" && p == mark)
                if closes {
                    if !(start...i).contains(trigger) { spans.append(TextSpan(x.text.tokens[start].start, x.text.tokens[i].end)) }
                    open = nil
                }
            } else if p == "(" || ["—", "–"].contains(p) || (p == "-" && x.text.tokens[i].spaceBefore) {
                open = (i, p)
            }
        }
        return spans
    }
}

extension SentenceContext {
    /// Does the span lie in tokens that describe someone (appositions, relative clauses after a person)?
    func isDescriptive(_ span: TextSpan) -> Bool {
        guard !excluded.isEmpty else { return false }
        return sentence.tokens.contains { excluded.contains($0) && x.text.tokens[$0].start == span.start }
    }
}

extension SentenceContext {
    /// Where a phrase naming another event begins after the trigger: "ahead of a meeting", "before the summit",
    /// "after next week's vote", or another action in a participle clause ("before flying to Seoul"). Its date and
    /// place are that event's.
    func otherEventPhrase(after trigger: Int) -> Int? {
        sentence.tokens.first { k in
            guard k > trigger + 1 else { return false }
            let w = word(k)
            let opens = (w == "ahead" && word(k + 1) == "of") || EventLexicon.timeBeforeAfter.contains(w)
            guard opens else { return false }
            if w != "ahead", x.isWord(k + 1), !x.text.tokens[k + 1].isCapitalized, word(k + 1).count > 4, word(k + 1).hasSuffix("ing") { return true }
            let from = w == "ahead" ? k + 2 : k + 1
            return (from..<min(from + 5, sentence.tokens.upperBound)).contains { EventLexicon.otherEventNouns.contains(word($0)) }
        }
    }
}
