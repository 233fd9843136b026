// visit.attend-gathering — "X will attend the summit in Y", "X attended the forum in Y": travelling to a
// gathering held somewhere is visiting that place.
import ReadoutCore
import ReadoutKnowledge

struct AttendGatheringVisit: SingleEventRule {
    let id = "visit.attend-gathering"
    let summary = "\"X will attend the summit in Y\": X travels to Y"
    /// Tried where a gathering is named (a meeting-family word) or a visit word stands.
    let family = EventLexicon.visitBit | EventLexicon.meetBit | EventLexicon.otherBit
    let examples = [RuleExample(
        text: "Next week, Prime Minister Kenji Tanaka will attend the annual ocean conference in Lisbon.",
        type: .visit, participants: ["Kenji Tanaka"], status: .planned, location: "Lisbon")]

    func read(in s: SentenceContext) -> [Event] {
        guard let verb = s.sentence.tokens.first(where: { EventLexicon.visitAttendVerbs.contains(s.word($0)) && !s.excluded.contains($0) }),
              // The gathering is the verb's object: a gathering noun or a named event within a short noun phrase.
              ((verb + 1)..<min(verb + 8, s.sentence.tokens.upperBound)).contains(where: { k in
                  EventLexicon.visitGatheringNouns.contains(s.word(k)) ||
                      s.mentions.contains { $0.mention.tokens.contains(k) && s.x.entities[$0.entity].type == .event } }),
              let place = s.place(after: verb) else { return [] }
        var travellers = s.subject(of: verb).filter { s.x.entities[$0.entity].type == .person && !s.isSpeaker($0) }.map(\.entity)
        // "X invited Y to attend", "urged Y to attend": the person right before the infinitive's "to" is the one who
        // goes (the object of the verb before), not its subject.
        if s.word(verb - 1) == "to", let object = s.mentions.last(where: { $0.mention.tokens.upperBound == verb - 1 &&
                                                                        s.x.entities[$0.entity].type == .person }) {
            travellers = [object.entity]
        }
        if travellers.isEmpty, let p = s.pronounSubject(before: verb) { travellers = [p] }
        if travellers.isEmpty, let p = s.coordinatedPredicateSubject(before: verb) { travellers = [p] }
        var unique: [Int] = []
        for t in travellers where !unique.contains(t) { unique.append(t) }
        return unique.map { s.visit(by: $0, to: place, trigger: verb) }
    }
}

extension SentenceContext {
    /// A country or city after "in" or "at" following token `k` in its clause ("the forum in Davos").
    func place(after k: Int) -> String? {
        let end = sentence.tokens.first { $0 > k && EventLexicon.clauseBreaks.contains(word($0)) } ?? sentence.tokens.upperBound
        for m in mentions where m.mention.tokens.lowerBound > k && m.mention.tokens.upperBound <= end && !m.mention.isMetonym {
            guard x.entities[m.entity].type == .gpe else { continue }
            let before = word(m.mention.tokens.lowerBound - 1) == "the" ? m.mention.tokens.lowerBound - 2 : m.mention.tokens.lowerBound - 1
            if EventLexicon.placePreposition.contains(word(before)) { return m.mention.text }
        }
        return nil
    }
}
