// Which way a bare "on Friday" or "in November" points: back from the publication date or
// forward from it. In: the words of one sentence and the expression's position; out: future,
// past or unknown. The verb nearest before the expression decides ("said on Friday that he
// will…": Friday is past; "will travel on Monday": Monday is future); with none before,
// the first one after it does ("On Tuesday, the minister will…"). The cue words are the tense.*
// lists of ReadoutKnowledge's Data/vocabulary/time.tsv.
import ReadoutKnowledge

enum TenseDirection: Sendable { case future, past, unknown }

enum TenseCue {
    private enum Anchor { case future, past, neutral }

    /// `presentSchedules`: whether a timetable's present ("travels on Thursday") points forward here — in the
    /// body it does; in a headline or a photo caption the present tells what happened.
    static func direction(in text: LexedText, expression: Range<Int>, sentence: Range<Int>,
                          presentSchedules: Bool = true) -> TenseDirection {
        var k = expression.lowerBound - 1
        while k >= sentence.lowerBound {
            switch anchor(text, k, presentSchedules) {
            case .future: return .future
            case .past: return .past
            case .neutral: k -= 1
            }
        }
        k = expression.upperBound
        while k < sentence.upperBound {
            switch anchor(text, k, presentSchedules) {
            case .future: return .future
            case .past: return .past
            case .neutral: k += 1
            }
        }
        return .unknown
    }

    private static func anchor(_ text: LexedText, _ k: Int, _ presentSchedules: Bool) -> Anchor {
        let w = text.words[k]
        if w.kind == .clitic { return w.key == ll ? .future : .neutral }   // "he’ll"
        guard w.kind == .word, w.key != 0 else { return .neutral }
        if futureWords.contains(w.key) {
            if w.key == may && w.isCapitalized { return .neutral }   // the month
            return .future
        }
        // "travels to X on Thursday": the simple present of a timetable.
        if presentSchedules && scheduledPresent.contains(w.key) && !w.isCapitalized { return .future }
        // "the two leaders meet in Geneva on Friday", "Malawians go to the polls on Sunday": the same timetable told of
        // a plural subject, in the base form — present only right after that subject ("to meet", "will meet",
        // "did not meet" have a word before the verb that is no subject).
        if presentSchedules && pluralScheduledPresent.contains(w.key) && !w.isCapitalized && followsPluralSubject(text, k) {
            return .future
        }
        // "is landing in X on Saturday": the present progressive of an arrangement.
        if presentSchedules && k > 0 && presentBe.contains(wordKey(text, k - 1)) && !w.isCapitalized && w.end - w.start >= 5 &&
           text.scalars[Int(w.end) - 1] == "g" && text.scalars[Int(w.end) - 2] == "n" && text.scalars[Int(w.end) - 3] == "i" {
            return .future
        }
        if futureBeforeTo.contains(w.key) {
            return isFutureTo(text, k + 1) ? .future : .neutral
        }
        if w.key == ahead { return wordKey(text, k + 1) == of ? .future : .neutral }
        if w.key == later {
            let next = wordKey(text, k + 1)
            return next == this || next == today ? .future : .neutral
        }
        if pastWords.contains(w.key) {
            // "will be held", "to be signed": a participle after "be" takes its tense from before.
            if k > 0 && wordKey(text, k - 1) == be { return .neutral }
            return .past
        }
        // Any other "-ed" verb right after its subject ("Massa conceded", "he looked"); not "an event titled".
        if !w.isCapitalized && w.end - w.start >= 5 && k > 0 &&
           text.scalars[Int(w.end) - 1] == "d" && text.scalars[Int(w.end) - 2] == "e" {
            let subject = text.words[k - 1]
            if subject.kind == .word && (subject.isCapitalized || subjectPronouns.contains(subject.key)) && !subject.hasNewlineBefore {
                return .past
            }
        }
        return .neutral
    }

    /// Whether the word before `k` can be a plural subject: "they", "we", a lowercase plural noun ("the leaders",
    /// "polls"), or a name ("Malawians", "Kenya and Uganda", "voters in Malawi") that does not modify a noun after a
    /// determiner or possessive ("the Moscow visit", "Sunday's vote": there the base form is a noun).
    private static func followsPluralSubject(_ text: LexedText, _ k: Int) -> Bool {
        guard k > 0 else { return false }
        let p = text.words[k - 1]
        guard p.kind == .word, !text.words[k].hasNewlineBefore else { return false }
        if pluralSubjectPronouns.contains(p.key) { return true }
        if p.isCapitalized {
            guard k >= 2 else { return true }
            let before = text.words[k - 2]
            if before.kind == .clitic { return false }
            return before.kind != .word || !determiners.contains(before.key)
        }
        let length = Int(p.end - p.start)
        guard length >= 4 else { return false }
        let last = text.scalars[Int(p.end) - 1], previous = text.scalars[Int(p.end) - 2]
        return last == "s" && previous != "s" && previous != "u" && previous != "i" && !notPlural.contains(p.key)
    }

    /// "plans to meet", "is set to sign": "to" followed by a verb, not "due to the storm".
    private static func isFutureTo(_ text: LexedText, _ k: Int) -> Bool {
        guard wordKey(text, k) == to else { return false }
        let next = wordKey(text, k + 1)
        return !determiners.contains(next)
    }

    @inline(__always) private static func wordKey(_ text: LexedText, _ k: Int) -> UInt64 {
        k >= 0 && k < text.words.count && text.words[k].kind == .word ? text.words[k].key : 0
    }

    private static let ll = LexedText.key("ll")
    private static let may = LexedText.key("may")
    private static let ahead = LexedText.key("ahead")
    private static let of = LexedText.key("of")
    private static let later = LexedText.key("later")
    private static let this = LexedText.key("this")
    private static let today = LexedText.key("today")
    private static let be = LexedText.key("be")
    private static let to = LexedText.key("to")

    private static let subjectPronouns: Set<UInt64> = Set(Vocabulary.shared.entries("tense.subject-pronoun").map(LexedText.key))

    private static let futureWords: Set<UInt64> = Set(Vocabulary.shared.entries("tense.future-word").map(LexedText.key))

    private static let presentBe: Set<UInt64> = Set(Vocabulary.shared.entries("tense.present-be").map(LexedText.key))

    private static let scheduledPresent: Set<UInt64> = Set(Vocabulary.shared.entries("tense.scheduled-present").map(LexedText.key))

    private static let pluralScheduledPresent: Set<UInt64> = Set(Vocabulary.shared.entries("tense.scheduled-present-plural").map(LexedText.key))

    private static let pluralSubjectPronouns: Set<UInt64> = Set(Vocabulary.shared.entries("tense.plural-subject-pronoun").map(LexedText.key))

    private static let notPlural: Set<UInt64> = Set(Vocabulary.shared.entries("tense.s-word-not-plural").map(LexedText.key))

    private static let futureBeforeTo: Set<UInt64> = Set(Vocabulary.shared.entries("tense.future-before-to").map(LexedText.key))

    private static let determiners: Set<UInt64> = Set(Vocabulary.shared.entries("tense.determiner-after-to").map(LexedText.key))

    /// Past-tense verbs common in news reports (explicit: "-ed" alone would also catch "titled", "so-called").
    private static let pastWords: Set<UInt64> = Set(Vocabulary.shared.entries("tense.past-verb").map(LexedText.key))
}
