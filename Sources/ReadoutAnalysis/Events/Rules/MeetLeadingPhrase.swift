// meet.leading-phrase — "In addition to meeting X, Y will meet Z", "After talks with X, Y met Z": the
// opening phrase is a meeting of the main clause's subject; the main clause another.
import ReadoutCore
import ReadoutKnowledge

struct LeadingPhraseMeetings: MeetingTriggerRule {
    let id = "meet.leading-phrase"
    let summary = "\"After talks with X, Y met Z\": Y–X from the opening phrase, Y–Z from the main clause"
    let examples = [RuleExample(
        text: "In addition to meeting President Kenji Tanaka, Foreign Minister Ana Lopes will meet Chancellor Rui Costa.",
        participants: ["Ana Lopes", "Kenji Tanaka"], status: .planned)]

    func read(at trigger: Int, in s: SentenceContext) -> [Meeting]? { s.leadingPhraseMeetings(firstTrigger: trigger) }
}

extension SentenceContext {
    /// "In addition to meeting X, Y will meet Z" / "After talks with X, Y met Z": the opening phrase is a
    /// meeting of the main clause's subject with X; the main clause is another meeting.
    func leadingPhraseMeetings(firstTrigger trigger: Int) -> [Meeting]? {
        let lo = sentence.tokens.lowerBound
        let openers = EventLexicon.leadingPhraseOpeners
        guard let opener = openers.first(where: { o in
            o.enumerated().allSatisfy { k, w in lo + k < sentence.tokens.upperBound && word(lo + k) == w }
        }), trigger >= lo + opener.count, trigger <= lo + opener.count + 1,
              let comma = sentence.tokens.first(where: { $0 > trigger && x.punct($0) == "," }) else { return nil }
        let people = mentions.filter { x.entities[$0.entity].type == .person }
        let objects = people.filter { $0.mention.tokens.lowerBound > trigger && $0.mention.tokens.upperBound <= comma }.map(\.entity)
        var subject = people.first { $0.mention.tokens.lowerBound > comma }?.entity
        if let s = subject, let m = people.first(where: { $0.entity == s }), m.mention.tokens.lowerBound > comma + 3 { subject = nil }
        if subject == nil, comma + 1 < sentence.tokens.upperBound, EventLexicon.pronounWords.contains(word(comma + 1)) { subject = lastPerson }
        guard let subject, !objects.isEmpty else { return nil }
        var result: [Meeting] = []
        if let first = meeting(trigger: trigger, people: [subject] + objects.filter { $0 != subject }) { result.append(first) }
        // The main clause's own meeting, if it has one.
        if let second = sentence.tokens.first(where: { $0 > comma && EventLexicon.meetVerbs.contains(word($0)) && !excluded.contains($0) }) {
            let others = people.filter { $0.mention.tokens.lowerBound > second && $0.entity != subject }.map(\.entity)
            if !others.isEmpty, let m = meeting(trigger: second, people: [subject] + others) { result.append(m) }
        }
        return result.isEmpty ? nil : result
    }
}
