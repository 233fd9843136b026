// Negation and modality: how a sentence presents the event its trigger word names. Every event rule
// asks this one component for its event's status instead of judging tense itself.
//
//   negated       the text says it did not or will not happen: a negator governing the trigger ("did not
//                 meet", "has never met", "no deal was reached", "talks ended without an agreement"), a verb
//                 of refusal, denial or cancellation ("declined to meet", "called off the talks", "has yet
//                 to visit"), or an event noun that "did not take place"
//   hypothetical  only asked of others or supposed: a request ("urged both sides to hold talks"), a
//                 counterfactual inversion ("Should the two sit down ...", "Had they met ...")
//   planned       ahead: future auxiliaries, planning and expectation words, invitations, conditions ("If
//                 the two do hold a summit", which the gold convention keeps as planned), an infinitive
//                 after a planning verb
//   reported      someone else's unconfirmed account ("reportedly", "allegedly")
//   occurred      otherwise
//
// Scorers, fusion and briefs pass over negated and hypothetical events; the analysis keeps them so
// that `extract --explain` shows what was read and why it was set aside.
import ReadoutCore
import ReadoutKnowledge

/// The vocabulary of negation and modality; the readers are on SentenceContext below, so that they read
/// the sentence's words directly.
enum EventModality {
    private static let v = Vocabulary.shared
    static let negators = v.set("modality.negator")
    static let intentNouns = v.set("modality.intent-noun")
    static let negationExceptions = v.set("modality.negation-exception")
    static let refusalVerbs = v.set("modality.refusal-verb")
    static let refusalParticles = v.set("modality.refusal-particle")
    static let refusalPhraseVerbs = v.set("modality.refusal-phrase-verb")
    static let fillers = v.set("modality.verb-filler")
    static let nonOccurrenceVerbs = v.set("modality.non-occurrence-verb")
    static let requestVerbs = v.set("modality.request-verb")
    static let counterfactualOpeners = v.set("modality.counterfactual-opener")
    static let conditions = v.set("modality.condition")
    static let futureAuxiliaries = v.set("modality.future-auxiliary")
    static let planningWords = v.set("modality.planning-word")
    static let invitationVerbs = v.set("modality.invitation-verb")
    static let expectationWords = v.set("modality.expectation-word")
    /// The status cues `aheadOrAsserted` looks for in every word of a sentence, one lookup a word instead of five
    /// (it is asked once per trigger, over the whole sentence).
    static let futureCue: UInt8 = 1, planningCue: UInt8 = 2, invitationCue: UInt8 = 4, expectationCue: UInt8 = 8, reportedCue: UInt8 = 16
    static let statusCues: WordMap<UInt8> = {
        var bits: [String: UInt8] = [:]
        for (list, bit) in [("modality.future-auxiliary", futureCue), ("modality.planning-word", planningCue),
                            ("modality.invitation-verb", invitationCue), ("modality.expectation-word", expectationCue),
                            ("modality.reported-adverb", reportedCue)] {
            for w in v.entries(list) { bits[w, default: 0] |= bit }
        }
        return WordMap(bits)
    }()
    static let frontedPhraseOpeners = v.set("modality.fronted-phrase-opener")
    static let infinitiveTriggers = v.set("modality.infinitive-trigger")
    static let intentWords = v.set("modality.intent-word")
    static let anticipationWords = v.set("modality.anticipation-word")
    static let deliberationWords = v.set("modality.deliberation-word")
    static let possibilityModals = v.set("modality.possibility-modal")
    static let denialVerbs = v.set("modality.denial-verb")
    static let denialObject = v.set("modality.denial-object")
    static let notPlanningBeforeTo = v.set("modality.not-planning-before-to")

    static let habitualAdverbs = v.set("modality.habitual-adverb")
    static let habitualQuantifiers = v.set("modality.habitual-quantifier")
    static let habitualCounts = v.set("modality.habitual-count")
    /// Calendar units and weekdays ("every month", "each Friday").
    static let recurringPeriods = Set(v.map("time.unit").keys).union(v.map("time.weekday").keys)
    static func isNegator(_ w: String) -> Bool {
        negators.contains(w) || w.hasSuffix("n't") || w.hasSuffix("n’t")
    }
}

extension SentenceContext {
    /// The event status at `trigger`, by the modality component.
    func status(trigger: Int) -> EventStatus { modalityStatus(trigger: trigger) }

    /// A token that ends the verb group a negator or request governs: punctuation, a clause break, or the
    /// sentence's edge.
    func modalityBreak(_ i: Int) -> Bool {
        guard sentence.tokens.contains(i) else { return true }
        if let p = x.punct(i) { return [",", ";", ":", "—", "–", "(", ")", "“", "”", "\""].contains(p) }
        return EventLexicon.clauseBreaks.contains(word(i))
    }

    /// The status of the event named at token `trigger` of the sentence spanning `range`. `word(i)` is the
    /// lowercased word at token i ("" outside the sentence); `isName(i)` tells a capitalised name word.
    func modalityStatus(trigger: Int) -> EventStatus {
        let range = sentence.tokens
        if negated(trigger: trigger) { return .negated }
        if requested(trigger: trigger) { return .hypothetical }
        let status = aheadOrAsserted(trigger: trigger)
        // "The Daily Planet said Biden will send officials to Taiwan": a plan known only from a news outlet's
        // account is that outlet's unconfirmed report, not a plan the actors announced. (An outlet's account of
        // what happened stays what it says happened: "talks took place in May, Xinhua reported".)
        if status == .planned && attributedToOutlet { return .reported }
        return status
    }

    /// Does a news outlet tell the sentence ("The Daily Planet said ...", "..., according to the Harbour Times")?
    var attributedToOutlet: Bool {
        mentions.contains { m in
            guard m.mention.kind == "outlet" else { return false }
            let start = m.mention.tokens.lowerBound
            let before = word(start - 1) == "the" ? start - 2 : start - 1
            return isSpeaker(m) || (word(before) == "to" && word(before - 1) == "according")
        }
    }


    /// "has often spoken with X", "regularly meets Y": a habit, not one event the record can date and place.
    func isHabitual(trigger: Int) -> Bool {
        let range = sentence.tokens
        var i = trigger - 1
        while i >= range.lowerBound && trigger - i <= 3 {
            if EventModality.habitualAdverbs.contains(word(i)) { return true }
            guard EventModality.fillers.contains(word(i)) || EventLexicon.clauseBeHave.contains(word(i)) else { break }
            i -= 1
        }
        // "phones X every month", "they meet twice a year": a frequency after the verb, in its clause.
        var k = trigger + 1
        while k + 1 < range.upperBound && !modalityBreak(k) {
            let period = EventModality.recurringPeriods.contains(word(k + 1)) ||
                (word(k + 1) == "a" && EventModality.recurringPeriods.contains(word(k + 2)))
            if period && (EventModality.habitualQuantifiers.contains(word(k)) || EventModality.habitualCounts.contains(word(k))) { return true }
            k += 1
        }
        return false
    }


    /// A negator or refusal verb governing the trigger: only verb-group words stand between them.
    func negated(trigger: Int) -> Bool {
        let range = sentence.tokens
        // "has no plans to meet", "no intention of visiting": an intent denied.
        if trigger - 3 >= range.lowerBound, ["to", "of"].contains(word(trigger - 1)), EventModality.intentNouns.contains(word(trigger - 2)),
           EventModality.isNegator(word(trigger - 3)) { return true }
        var i = trigger - 1
        var steps = 0
        while i >= range.lowerBound && steps < 6 {
            if modalityBreak(i) { break }
            let w = word(i)
            if EventModality.isNegator(w) {
                // "not only met", "not the first time they met": the negation is about something else.
                return !EventModality.negationExceptions.contains(word(i + 1))
            }
            // "has yet to meet": it has not happened.
            if w == "yet" && word(i + 1) == "to" { return true }
            if EventModality.refusalVerbs.contains(w) { return true }
            // "called off the talks", "ruled out a meeting"
            if EventModality.refusalParticles.contains(w) && EventModality.refusalPhraseVerbs.contains(word(i - 1)) { return true }
            guard EventModality.fillers.contains(w) else { break }
            i -= 1
            steps += 1
        }
        // "The ministry denied that X had met Y", "dismissed reports that X would visit": a denial of the clause that
        // tells the event (the denial verb, then "that" — or "reports/claims that" — before the trigger in its clause).
        if let that = (range.lowerBound..<trigger).last(where: { word($0) == "that" }), trigger - that <= 12,
           ((that + 1)..<trigger).allSatisfy({ !EventLexicon.clauseBreaks.contains(word($0)) || x.text.tokens[$0].isCapitalized }) {
            var v = that - 1
            if EventModality.denialObject.contains(word(v)) { v -= 1 }
            if v >= range.lowerBound, EventModality.denialVerbs.contains(word(v)) { return true }
        }
        // "the meeting did not take place", "the talks never materialised", "the visit was cancelled".
        var k = trigger + 1
        var sawNegator = false
        while k < range.upperBound && k - trigger <= 5 && !modalityBreak(k) {
            let w = word(k)
            if EventModality.isNegator(w) { sawNegator = true }
            else if sawNegator && EventModality.nonOccurrenceVerbs.contains(w) { return true }
            else if EventLexicon.modalityPassiveAux.contains(word(k - 1)) && EventModality.refusalVerbs.contains(w) { return true }
            else if !sawNegator && !EventLexicon.modalityAuxAfterTrigger.contains(w) { break }
            k += 1
        }
        return false
    }

    /// Asked of others ("urged the leaders to meet", "called on both sides to resume talks") or a
    /// counterfactual inversion opening the sentence ("Should the two sit down, ...").
    func requested(trigger: Int) -> Bool {
        let range = sentence.tokens
        let lo = range.lowerBound
        if EventModality.counterfactualOpeners.contains(word(lo)), lo + 1 < trigger, EventLexicon.modalityInversionSubject.contains(word(lo + 1)) {
            // "Had the two met" / "Should they meet" / "Were both to meet": an auxiliary before its subject.
            return true
        }
        // The trigger must be what is asked for: governed by "to" or "for" ("urged them to hold talks",
        // "called for a summit"), not the setting of the request ("urged Y in talks on Friday to ...").
        var j = trigger - 1
        while j >= lo && trigger - j <= 4 && !EventLexicon.modalityRequestGovernor.contains(word(j)) {
            guard EventModality.fillers.contains(word(j)) else { return false }
            j -= 1
        }
        guard j >= lo, EventLexicon.modalityRequestGovernor.contains(word(j)) else { return false }
        var i = j - 1
        while i >= lo && j - i <= 8 {
            if modalityBreak(i) { break }
            let w = word(i)
            if EventModality.requestVerbs.contains(w) { return true }
            // "called on X to hold talks", "calls for a summit"
            if EventLexicon.modalityCallVerb.contains(w) && EventLexicon.modalityCallParticle.contains(word(i + 1)) { return true }
            i -= 1
        }
        return false
    }

    /// Planned when the clause puts the event ahead, reported when the sentence hedges it, else occurred.
    func aheadOrAsserted(trigger: Int) -> EventStatus {
        let range = sentence.tokens
        let lo = range.lowerBound
        // "If X and Y do hold a summit in November ...": a condition, so not (yet) happened.
        if EventModality.conditions.contains(word(lo)) { return .planned }
        // "In addition to meeting X, Y will meet Z": a fronted adverbial phrase has no tense of its own; it
        // takes the main clause's ("Y will meet" puts both meetings ahead).
        if EventModality.frontedPhraseOpeners.contains(word(lo)), let comma = range.first(where: { $0 > trigger && word($0) == "," }),
           ((comma + 1)..<min(comma + 8, range.upperBound)).contains(where: { EventModality.futureAuxiliaries.contains(word($0)) }) {
            return .planned
        }
        // "are signing a pact on Friday": the present progressive of an arrangement is ahead when its day is.
        if word(trigger).hasSuffix("ing"), EventLexicon.presentBe.contains(word(trigger - 1)), let published = x.published,
           let when = time(near: trigger)?.value, when.count <= published.count, when > String(published.prefix(when.count)) {
            return .planned
        }
        // "may visit Japan", "might meet Y": a possibility is not a happening (lowercase only: "In May, X met Y").
        if ((max(lo, trigger - 3))..<trigger).contains(where: { EventModality.possibilityModals.contains(word($0)) && !x.text.tokens[$0].isCapitalized }) {
            return .planned
        }
        // "is considering a visit to Japan", "weighing a trip": what is weighed is still ahead.
        if ((max(lo, trigger - 3))..<trigger).contains(where: { EventModality.deliberationWords.contains(word($0)) }) { return .planned }
        // "looked forward to meeting X": what one looks forward to is ahead.
        if word(trigger - 1) == "to" && EventModality.anticipationWords.contains(word(trigger - 2)) { return .planned }
        for i in range {
            let w = word(i)
            let cues = EventModality.statusCues[w] ?? 0
            if cues & EventModality.futureCue != 0 && i < trigger + 2 { return .planned }
            if cues & EventModality.planningCue != 0 { return .planned }
            // "invited his counterparts to a meeting": an invitation is to something still ahead.
            if cues & EventModality.invitationCue != 0 && i < trigger && trigger - i <= 8 { return .planned }
            if cues & EventModality.expectationCue != 0 && i + 1 < range.upperBound && word(i + 1) == "to" && i < trigger { return .planned }
            // "Minister to meet envoy", "X to visit Peru": a headline's bare infinitive is its future tense.
            if w == "to" && i + 1 == trigger && i > lo && sentence.block == .title && x.text.tokens[i - 1].isCapitalized { return .planned }
            if w == "to" && i + 1 == trigger && i > lo && !EventModality.notPlanningBeforeTo.contains(word(i - 1)) {
                // "plans to meet", "hopes to visit": infinitive of the trigger after a verb of intent. ("the first
                // president to visit X" and "travelled to Y to meet Z" state what was done.)
                let intent = ((max(lo, i - 3))..<i).contains { EventModality.intentWords.contains(word($0)) }
                if intent && EventModality.infinitiveTriggers.contains(word(trigger)) { return .planned }
            }
            if cues & EventModality.reportedCue != 0 { return .reported }
        }
        return .occurred
    }
}
