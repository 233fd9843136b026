// meet.hyphenated-pair — "the Lopes-Tanaka talks": two people joined by a hyphen right before a meeting
// noun are its parties, whatever else the sentence's verbs say.
import ReadoutCore
import ReadoutKnowledge

struct HyphenatedPairMeeting: MeetingSentenceRule {
    let id = "meet.hyphenated-pair"
    let summary = "\"the X-Y talks\": X and Y are the meeting's parties"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes flew to Tokyo to see Prime Minister Kenji Tanaka. Officials said the Lopes-Tanaka talks lasted three hours.",
        participants: ["Ana Lopes", "Kenji Tanaka"])]

    func read(in s: SentenceContext) -> [Meeting]? {
        // Found from the mentions (a handful per sentence), not by testing every token.
        for named in s.mentions where named.mention.tokens.upperBound < s.sentence.tokens.upperBound && s.x.entities[named.entity].type == .person {
            let t = named.mention.tokens.upperBound
            guard EventLexicon.gatheringWords.contains(s.word(t)) || s.word(t) == "call" || s.word(t) == "summit" else { continue }
            if let (pair, start) = s.hyphenatedPair(before: t), var talks = s.meeting(trigger: t, people: pair) {
                // "the Lopes-Tanaka talks touched on ...": a definite name points back at talks already told; it adds
                // no mode or place of its own, so it joins them.
                if s.word(start - 1) == "the" {
                    talks.event.mode = .unknown
                    talks.event.location = nil
                }
                return [talks]
            }
        }
        return nil
    }
}
