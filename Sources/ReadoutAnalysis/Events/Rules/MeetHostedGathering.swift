// meet.hosted-by — "A and B agreed to terms after a meeting hosted by C", "following a dinner hosted by C":
// a gathering named with its host (or chair, or mediator) brings the host together with the people the
// sentence tells of before it — its guests. Read besides the main clause's meeting, which may be another.
import ReadoutCore

struct HostedGatheringMeeting: MeetingSentenceRule {
    let id = "meet.hosted-by"
    let summary = "\"A and B agreed after a meeting hosted by C\": A, B and their host C"
    let examples = [
        RuleExample(text: "Chancellor Erik Dahl and Premier Sofia Marin agreed to terms after a meeting hosted by Secretary General Paul Morel.",
                    participants: ["Erik Dahl", "Sofia Marin", "Paul Morel"]),
        RuleExample(text: "Prime Minister Aiko Sato spoke to reporters following a dinner hosted by President Carlos Mendes on Friday.",
                    participants: ["Aiko Sato", "Carlos Mendes"], status: .occurred, date: "2025-03-14"),
    ]

    func read(in s: SentenceContext) -> [Meeting]? {
        guard let (gathering, by) = s.hostedGathering() else { return nil }
        // The hosts: the people of the "by" phrase, up to the clause's end.
        var end = by + 1
        while end < s.sentence.tokens.upperBound, s.x.punct(end) == nil || s.x.punct(end) == "-",
              !EventLexicon.clauseBreaks.contains(s.word(end)) { end += 1 }
        let persons = s.mentions.filter { s.x.entities[$0.entity].type == .person && !$0.mention.tokens.contains(where: { s.excluded.contains($0) }) }
        let hosts = persons.filter { $0.mention.tokens.lowerBound > by && $0.mention.tokens.upperBound <= end }.map(\.entity)
        // The guests: the people named before the gathering, not the one reporting it; "the two leaders" are those
        // of the meeting just told.
        var guests: [Int] = []
        for m in persons where m.mention.tokens.upperBound <= gathering && !s.isSpeaker(m) && !guests.contains(m.entity) {
            guests.append(m.entity)
        }
        if guests.isEmpty, s.refersToLastMeeting(trigger: gathering) { guests = s.lastMeet }
        guard !guests.isEmpty else { return nil }
        let people = guests + hosts.filter { !guests.contains($0) }
        return s.meeting(trigger: gathering, people: people).map { [$0] }
    }
}

extension SentenceContext {
    /// The gathering noun and the "by" of "a meeting hosted by", "a dinner chaired by" (at most a word between).
    func hostedGathering() -> (noun: Int, by: Int)? {
        for i in sentence.tokens where EventLexicon.meetHostedNoun.contains(word(i)) && !excluded.contains(i) {
            for verb in (i + 1)...(i + 2) where EventLexicon.meetHostVerb.contains(word(verb)) && word(verb + 1) == "by" {
                return (i, verb + 1)
            }
        }
        return nil
    }
}
