// meet.joint-action — "X and Y signed/pledged/reaffirmed ...": two people doing something together
// were together, though no meeting word is written.
import ReadoutCore
import ReadoutKnowledge

struct JointActionMeeting: MeetingSentenceRule {
    let id = "meet.joint-action"
    let summary = "\"X and Y pledged/signed ...\": two named people acting together met"
    let examples = [RuleExample(
        text: "President Ana Lopes and Prime Minister Kenji Tanaka signed a fisheries accord in Lisbon on Monday.",
        participants: ["Ana Lopes", "Kenji Tanaka"], date: "2025-03-10")]

    func read(in s: SentenceContext) -> [Meeting]? { s.jointMeeting().map { [$0] } }
}

extension SentenceContext {
    /// "President X and visiting Prime Minister Y pledged on Thursday to ...", "he and Prince Z signed a memorandum":
    /// two people doing something together were together.
    func jointMeeting() -> Meeting? {
        let people = mentions.filter { x.entities[$0.entity].type == .person && !$0.mention.tokens.contains(where: { excluded.contains($0) }) }
            .sorted { $0.mention.span < $1.mention.span }
        var candidates: [(first: Int, second: LinkedMention)] = []
        for (n, b) in people.enumerated() {
            // The first party: the person just before "and", or a pronoun there ("he and Prince Z").
            guard let and = ((sentence.tokens.lowerBound)..<b.mention.tokens.lowerBound).last(where: { word($0) == "and" }),
                  b.mention.tokens.lowerBound - and <= 5,
                  ((and + 1)..<b.mention.tokens.lowerBound).allSatisfy({ x.text.tokens[$0].isCapitalized || EventLexicon.meetJointNameFiller.contains(word($0)) })
            else { continue }
            if n > 0, people[n - 1].mention.tokens.upperBound == and || (people[n - 1].mention.tokens.upperBound == and - 1 && x.punct(and - 1) == ",") {
                // "progress since X and Y agreed to ...": a "since" clause measures from an earlier accord; it does
                // not report the two together.
                if word(people[n - 1].mention.tokens.lowerBound - 1) == "since" { continue }
                candidates.append((people[n - 1].entity, b))
            } else if EventLexicon.pronounWords.contains(word(and - 1)), let s = lastPerson {
                candidates.append((s, b))
            }
        }
        for (first, second) in candidates where first != second.entity {
            var k = second.mention.tokens.upperBound
            var steps = 0
            while k < sentence.tokens.upperBound && steps < 6 {
                let w = word(k)
                if EventLexicon.jointVerbs.contains(w) {
                    // "X and Y exchanged letters", "... exchanged congratulatory messages": done from afar, no meeting.
                    if ((k + 1)..<min(k + 4, sentence.tokens.upperBound)).contains(where: { EventLexicon.meetJointRemoteObject.contains(word($0)) }) {
                        return nil
                    }
                    guard var m = meeting(trigger: k, people: [first, second.entity]) else { return nil }
                    m.event.mode = .inPerson
                    return m
                }
                let timeish = !x.lookup.times.covering(x.text.tokens[k].span).isEmpty
                guard timeish || EventLexicon.meetJointFiller.contains(w) else { break }
                k += 1
                steps += 1
            }
        }
        return nil
    }
}
