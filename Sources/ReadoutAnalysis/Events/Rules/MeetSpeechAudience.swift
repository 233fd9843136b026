// meet.speech-audience — "X gave a speech at the Y Institute", "an event hosted by Y": addressing an
// organisation's audience is meeting it (read when no meeting trigger gave a meeting).
import ReadoutCore
import ReadoutKnowledge

struct SpeechAudienceMeeting: MeetingSentenceRule {
    let id = "meet.speech-audience"
    let summary = "\"X gave a speech at the Y Institute\": X meets the body whose audience X addresses"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes gave a speech at the Institute for Maritime Studies on Monday.",
        participants: ["Ana Lopes", "Institute for Maritime Studies"])]

    func read(in s: SentenceContext) -> [Meeting]? {
        guard let (trigger, audience) = s.speechAudience() else { return nil }
        var speaker = s.clausePersons(around: trigger).filter { p in s.mentions.contains { $0.entity == p && $0.mention.tokens.upperBound <= trigger } }
        if speaker.isEmpty, let p = s.pronounSubject(before: trigger) { speaker = [p] }
        // "In a video speech to X, he said ...": the pronoun may follow.
        if speaker.isEmpty, s.sentence.tokens.contains(where: { EventLexicon.pronounWords.contains(s.word($0)) }), let p = s.lastPerson { speaker = [p] }
        guard let who = speaker.first, let m = s.meeting(trigger: trigger, people: [who], allowSingle: true) else { return nil }
        var event = m.event
        event.participants.append(s.x.entities[audience].name)
        event.mode = s.sentence.tokens.contains(where: { EventLexicon.virtualWords.contains(s.word($0)) }) ? .virtual : .inPerson
        return [Meeting(event: event, entityIndices: m.entityIndices)]
    }
}

/// meet.speech-after-meeting — "X will meet Y and address a forum hosted by Z": the speech is a second
/// meeting of the first one's subject.
struct SpeechAfterMeeting: MeetingFollowUpRule {
    let id = "meet.speech-after-meeting"
    let summary = "\"X met Y and gave a speech at the Z Institute\": a second meeting, X–Z"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka on Monday and gave a speech at the Institute for Maritime Studies.",
        participants: ["Ana Lopes", "Institute for Maritime Studies"])]

    func read(after first: Meeting, in s: SentenceContext) -> Meeting? {
        guard let (trigger, audience) = s.speechAudience(), first.event.evidenceSpan == s.sentence.span,
              let subject = first.entityIndices.first, !first.event.participants.contains(s.x.entities[audience].name),
              let m = s.meeting(trigger: trigger, people: [subject], allowSingle: true) else { return nil }
        var event = m.event
        event.participants.append(s.x.entities[audience].name)
        event.mode = .inPerson
        return Meeting(event: event, entityIndices: m.entityIndices)
    }
}

extension SentenceContext {
    /// "a speech at the Council on Foreign Relations", "a video speech to the Carter Center’s forum",
    /// "an event hosted by X": addressing an organisation's audience is meeting it.
    func speechAudience() -> (trigger: Int, audience: Int)? {
        guard let i = sentence.tokens.first(where: { EventLexicon.meetSpeechNoun.contains(word($0)) && !excluded.contains($0) }) else { return nil }
        let window = (i + 1)..<min(i + 9, sentence.tokens.upperBound)
        guard let p = window.first(where: { EventLexicon.meetAudiencePreposition.contains(word($0)) }),
              word(p) != "by" || (p > i && EventLexicon.meetHostVerb.contains(word(p - 1))) else { return nil }
        var k = p + 1
        while k < sentence.tokens.upperBound && EventLexicon.articleAny.contains(word(k)) { k += 1 }
        guard let m = mentions.first(where: { $0.mention.tokens.lowerBound == k }), x.entities[m.entity].type == .org,
              m.mention.kind != "outlet" else { return nil }
        return (i, m.entity)
    }
}
