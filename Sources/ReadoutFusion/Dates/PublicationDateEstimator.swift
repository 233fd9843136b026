// Estimates the publication date of an article that states none.
// In: the undated document, the stated dates of its story's other documents, the fused events
// it shares with dated documents, and the absolute dates it mentions. Out: an InferredDate.
// Evidence, in order of strength:
// - phrase consistency: when the article dates an event relatively ("on Wednesday", "next
//   month") and dated outlets give that event's date, only publication days on which the phrase
//   resolves to that date remain (weekday consistency is the common case);
// - dates it gives without a year ("on Oct. 29"): written in their year or a few weeks across
//   the turn of the year, before those it expects and after those it reports as done; a week-dated plan
//   ("next week") holding a dated one puts that date in the week (YearlessDateEvidence);
// - bounds: written no earlier than the events it reports as done, no later than those it
//   still expects, no earlier than absolute past dates it mentions;
// - inside what remains, the day nearest the middle of its story's publication dates when the
//   evidence allows at least one of them; a story whose dates the evidence all rules out (an
//   older article pulled in by shared names) says nothing, and the middle of the window nearest
//   it is taken.
// A report whose sentence is a condition ("If the two leaders do meet in May, ...") still
// expects its event, whatever status the analyzer gave it. When the analyzer took a report's
// place from the sentence before its evidence, that sentence is about the same event, and its
// relative date phrase ("a summit in Lima next month") counts as another phrase for it.
import ReadoutCore
import ReadoutKnowledge

struct PublicationDateEstimator {
    /// Days a story's reports spread over: a story this near a window of the article's evidence points into it.
    static let storyReach = 7
    // Words that make a sentence's date a future one, not a bound on when it was written (fusion.future-cue).
    private static let futureCues = Vocabulary.shared.set("fusion.future-cue")
    // First words that make a sentence's date a condition (the vocabulary's fusion.condition-opener).
    private static let conditionOpeners = Vocabulary.shared.set("fusion.condition-opener")
    /// "sunday" ... "saturday" (the vocabulary's time.weekday, Sunday first).
    static let weekdayNames = Vocabulary.shared.weekdayNamesFromSunday

    func estimate(_ doc: DocumentView, storyDates: [CalendarPeriod], events: [FusedEvent],
                  statedDocuments: Set<String>, publication: [String: CalendarPeriod] = [:]) -> InferredDate? {
        var lo: (CalendarPeriod, String)?
        var hi: (CalendarPeriod, String)?
        func raise(_ d: CalendarPeriod, _ why: String) { if lo == nil || d > lo!.0 { lo = (d, why) } }
        func lower(_ d: CalendarPeriod, _ why: String) { if hi == nil || d.lastDayNumber < hi!.0.dayNumber { hi = (CalendarPeriod(dayNumber: d.lastDayNumber), why) } }
        // The years the people it names held the offices it gives them, when those end: the article's own frame.
        let offices = OfficeTermEvidence(knowledge: .shared)
        let frame = offices.frame(doc)
        var allowed: Set<Int>? = frame?.days
        var phraseReasons: [String] = frame.map { [$0.reason] } ?? []

        for event in events {
            guard let mine = event.reports.first(where: { $0.document == doc.id }) else { continue }
            // A dated outlet's account counts only when possible: nothing it reports as done can
            // postdate its own publication (that is an analysis error, such as a future deadline).
            let others = event.reports.filter { r in
                guard statedDocuments.contains(r.document) else { return false }
                guard r.event.status != .planned, let d = CalendarPeriod(iso: r.event.date),
                      let published = publication[r.document] else { return true }
                return d.dayNumber <= published.dayNumber
            }
            let firm = others.filter { $0.event.status != .planned }.compactMap { CalendarPeriod(iso: $0.event.date) }
            let any = others.compactMap { CalendarPeriod(iso: $0.event.date) }
            // The most precise date the dated outlets agree on most.
            guard let known = mostCommon(firm.filter { $0.precision == .day }) ?? mostCommon(any.filter { $0.precision == .day })
                    ?? mostCommon(firm) ?? mostCommon(any) else { continue }
            let label = "\(ConflictDetector.describe(event)) (\(known.iso) per \(ConflictDetector.list(others.map { $0.outlet })))"
            let expects = mine.event.status == .planned || Self.isCondition(mine.event.evidence)
            if expects {
                lower(known, "still expects " + label)
            } else {
                raise(CalendarPeriod(dayNumber: known.dayNumber), "reports " + label)
            }
            let phrases = [mine.event.dateText].compactMap { $0 } + carriedOverPhrases(mine, in: doc)
            for phrase in phrases {
                guard let days = consistentDays(phrase, known, planned: expects) else { continue }
                let narrowed = allowed.map { $0.intersection(days) } ?? days
                // A phrase that contradicts the others is a conflict to report, not evidence.
                if !narrowed.isEmpty {
                    allowed = narrowed
                    phraseReasons.append("calls \(label) \"\(phrase)\"")
                }
            }
        }
        let plannedSpans = doc.analysis.events.filter { $0.status == .planned }.map(\.evidenceSpan)
        let stance = { (span: TextSpan) in Self.stance(of: span, in: doc, plannedSpans: plannedSpans) }
        for time in doc.analysis.times where !time.isRelative && time.precision == .day {
            guard let d = CalendarPeriod(iso: time.value), d.precision == .day, let expected = stance(time.span) else { continue }
            if expected {
                lower(d, "expects an event on \(d.iso)")
            } else {
                raise(d, "mentions \(time.text) as past")
            }
        }
        if let l = lo, let h = hi, l.0 > h.0 { hi = nil }

        // Dates without a year, and the years the people it names held the offices it gives them, narrow the days
        // like the phrases, in the years around what else dates the article.
        let anchors = storyDates.map(\.dayNumber) + [lo?.0.dayNumber, hi?.0.dayNumber, allowed?.min(), allowed?.max()].compactMap { $0 }
        if let first = anchors.min(), let last = anchors.max() {
            let range = (first - 400)...(last + 400)
            let terms = frame == nil ? offices.constraints(doc, in: range) : []
            for (days, reason) in YearlessDateEvidence(doc, stance: stance).constraints(in: range) + terms {
                let current = allowed ?? Set(range)
                let narrowed = current.intersection(days)
                // Evidence only when it rules days out; and, as with phrases, not when it contradicts the rest.
                if !narrowed.isEmpty && narrowed.count < current.count {
                    allowed = narrowed
                    phraseReasons.append(reason)
                }
            }
        }

        // Candidate days: those the phrases and dates allow, within the bounds when that leaves any.
        var candidates = allowed.map { Array($0).sorted() }
        if let c = candidates {
            let bounded = c.filter { day in (lo.map { day >= $0.0.dayNumber } ?? true) && (hi.map { day <= $0.0.dayNumber } ?? true) }
            if !bounded.isEmpty { candidates = bounded }
        }
        // The windows the article's own evidence leaves: runs of consecutive candidate days (several when dates
        // without a year allow a stretch of every year), else the days between its bounds.
        let windows: [ClosedRange<Int>]
        if let c = candidates {
            windows = Self.runs(c)
        } else if let l = lo?.0.dayNumber, let h = hi?.0.dayNumber {
            windows = [l...h]
        } else {
            windows = []
        }
        let candidateDays = candidates.map(Set.init)
        let fits = { (d: CalendarPeriod) in (lo.map { d.dayNumber >= $0.0.dayNumber } ?? true) && (hi.map { d.dayNumber <= $0.0.dayNumber } ?? true)
                                            && (candidateDays?.contains(d.dayNumber) ?? true) }
        // One story date the evidence allows makes the story a fair guide: its middle (clamped to the window below).
        // None: a story whose middle lies within a few days of a window (its reports spread over days) still marks
        // that window's near end; one further off is another time's, and only the window nearest it speaks, by
        // its middle.
        let usable = storyDates.contains(where: fits) ? storyDates : []
        let storyMiddle = storyDates.isEmpty ? nil : storyDates.map(\.dayNumber).reduce(0, +) / storyDates.count
        let reference = storyMiddle ?? lo?.0.dayNumber ?? hi?.0.dayNumber ?? candidates?.first
        let nearest = reference.flatMap { r in windows.min { Self.distance(r, $0) < Self.distance(r, $1) } }
        let storyNear = nearest.flatMap { w in storyMiddle.map { Self.distance($0, w) <= Self.storyReach } } ?? false
        let target: Int?
        if !usable.isEmpty {
            target = usable.map(\.dayNumber).reduce(0, +) / usable.count
        } else if let w = nearest, let m = storyMiddle, storyNear {
            target = min(max(m, w.lowerBound), w.upperBound)
        } else if let w = nearest {
            target = (w.lowerBound + w.upperBound) / 2
        } else if storyDates.isEmpty {
            target = lo?.0.dayNumber ?? candidates?.first
        } else {
            target = storyMiddle
        }
        // Years in office alone span years: a frame for other evidence, never an estimate by itself.
        let onlyFramed = frame != nil && storyDates.isEmpty && lo == nil && hi == nil && phraseReasons.count == 1
        guard let target, !onlyFramed else { return nil }
        var day: Int
        if let c = candidates, !c.isEmpty {
            day = c.min { abs($0 - target) != abs($1 - target) ? abs($0 - target) < abs($1 - target) : $0 < $1 }!
        } else {
            day = target
            if let l = lo { day = max(day, l.0.dayNumber) }
            if let h = hi { day = min(day, h.0.dayNumber) }
        }
        let window = windows.first { $0.contains(day) }
        let earliest = window?.lowerBound ?? lo?.0.dayNumber
        let latest = window?.upperBound ?? hi?.0.dayNumber

        var reasons: [String] = []
        let storyList = storyDates.map(\.iso).sorted().joined(separator: ", ")
        if !usable.isEmpty {
            reasons.append("nearest the middle of its story's publication dates (\(usable.map(\.iso).sorted().joined(separator: ", ")))")
        } else if storyNear {
            reasons.append("nearest the middle of its story's publication dates (\(storyList)), which lie just outside what its own evidence allows")
        } else if !storyDates.isEmpty && nearest != nil {
            reasons.append("its story's publication dates (\(storyList)) lie outside what its own evidence allows; the middle of that window")
        } else if !storyDates.isEmpty {
            reasons.append("nearest the middle of its story's publication dates (\(storyList))")
        }
        reasons += phraseReasons
        if let l = lo { reasons.append("no earlier: \(l.1)") }
        if let h = hi { reasons.append("no later: \(h.1)") }
        return InferredDate(document: doc.id, date: CalendarPeriod(dayNumber: day).iso,
                            earliest: earliest.map { CalendarPeriod(dayNumber: $0).iso },
                            latest: latest.map { CalendarPeriod(dayNumber: $0).iso },
                            reason: reasons.joined(separator: "; "))
    }

    /// Publication days (within about a year of the event) on which `phrase` resolves to a date
    /// compatible with `known`; nil when the phrase is not one the resolver understands.
    private func consistentDays(_ phrase: String, _ known: CalendarPeriod, planned: Bool) -> Set<Int>? {
        guard let relative = RelativePhrase(phrase) else { return nil }
        var days = Set<Int>()
        for day in (known.dayNumber - 400)...(known.lastDayNumber + 400) {
            let resolved = relative.resolve(against: CalendarPeriod(dayNumber: day), forward: planned)
            if resolved == known || resolved.covers(known) || known.covers(resolved) { days.insert(day) }
        }
        return days
    }

    /// The weekday a phrase names ("on Wednesday", "Monday evening"), 0 = Sunday.
    static func weekday(in phrase: String?) -> Int? {
        guard let phrase else { return nil }
        for word in NameText.words(phrase) {
            if let i = weekdayNames.firstIndex(of: word) { return i }
        }
        return nil
    }

    /// A sentence opening with a condition ("If ...", "Unless ...", "Should ...") states no fact.
    static func isCondition(_ evidence: String) -> Bool {
        guard let first = NameText.words(evidence).first else { return false }
        return conditionOpeners.contains(first)
    }

    /// Relative phrases from the sentence just before a report's evidence, when the report's place
    /// is named there and not in the evidence: the analyzer carried the place over, so that
    /// sentence tells of the same event. Only a sentence with one time expression counts.
    private func carriedOverPhrases(_ report: EventReport, in doc: DocumentView) -> [String] {
        guard let place = report.event.location, !place.isEmpty else { return [] }
        let text = doc.article.text
        let sentences = doc.analysis.sentences.map(\.span)
        guard let k = sentences.firstIndex(where: { $0.contains(report.event.evidenceSpan) || report.event.evidenceSpan.contains($0) }),
              k > 0 else { return [] }
        let placeKey = NameText.key(place)
        func names(_ span: TextSpan) -> Bool {
            " \(NameText.words(TextSlices.slice(text, span)).joined(separator: " ")) ".contains(" \(placeKey) ")
        }
        let previous = sentences[k - 1]
        guard !placeKey.isEmpty, names(previous), !names(report.event.evidenceSpan) else { return [] }
        let times = doc.analysis.times.filter { previous.contains($0.span) }
        guard times.count == 1, times[0].isRelative else { return [] }
        return [times[0].text]
    }

    /// Is a date in the article one it still expects (true: inside a planned event's sentence), one it reports as
    /// past (false: in a sentence with no future cue), or neither (nil)?
    private static func stance(of span: TextSpan, in doc: DocumentView, plannedSpans: [TextSpan]) -> Bool? {
        if plannedSpans.contains(where: { $0.contains(span) }) { return true }
        return futureSentence(around: span, in: doc) ? nil : false
    }

    /// Sorted days → the runs of consecutive ones.
    private static func runs(_ days: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for day in days {
            if let last = runs.last, last.upperBound + 1 == day {
                runs[runs.count - 1] = last.lowerBound...day
            } else {
                runs.append(day...day)
            }
        }
        return runs
    }

    /// Days from `day` to the nearest day of `window` (0 inside it).
    private static func distance(_ day: Int, _ window: ClosedRange<Int>) -> Int {
        window.contains(day) ? 0 : min(abs(day - window.lowerBound), abs(day - window.upperBound))
    }

    private static func futureSentence(around span: TextSpan, in doc: DocumentView) -> Bool {
        let sentence = doc.analysis.sentences.first { $0.span.contains(span) }?.span
            ?? TextSpan(max(0, span.start - 120), span.end + 40)
        let words = NameText.words(TextSlices.slice(doc.article.text, sentence))
        return words.contains { futureCues.contains($0) }
    }
}
