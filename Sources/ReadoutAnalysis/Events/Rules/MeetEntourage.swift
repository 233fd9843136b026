// meet.entourage — "X, accompanied by Y and Z": X's companions were at X's meeting.
import ReadoutCore
import ReadoutKnowledge

struct EntourageJoinsMeeting: MeetingAmendmentRule {
    let id = "meet.entourage"
    let summary = "\"X was accompanied by Y\": Y joins the meeting X was last told at"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Tokyo on Monday. Lopes was accompanied by Deputy Minister Rui Costa.",
        participants: ["Ana Lopes", "Kenji Tanaka", "Rui Costa"])]

    func amend(_ events: inout ToldEvents, _ state: inout DiscourseState, in s: SentenceContext) -> Bool {
        // Only a meeting told in this sentence or the one before: "X arrived, accompanied by Y" long after X's
        // last meeting is another occasion.
        guard let entourage = s.entourage() else { return false }
        // ("The format of the meeting ... with X accompanied by Y" names the meeting it means.)
        let namesMeeting = s.sentence.tokens.contains { EventLexicon.meetAttendedNoun.contains(s.word($0)) }
        let leader = s.x.entities[entourage.leader].id
        guard let k = namesMeeting ? events.lastMeet(with: leader) : Self.recentMeeting(of: leader, in: events, s) else { return false }
        for a in entourage.companions where !events[k].participantEntities.contains(s.x.entities[a].id) {
            events.addParticipant(name: s.x.entities[a].name, id: s.x.entities[a].id, to: k)
        }
        return true
    }

    /// The last meeting of `leader` told in this sentence or the one before (its evidence starts no earlier than
    /// the sentence before). When sentences are in text order, only the events added since the sentence before
    /// began can be such a meeting, so only they are looked at.
    static func recentMeeting(of leader: String, in events: ToldEvents, _ s: SentenceContext) -> Int? {
        let before = s.x.lookup.lastSentence(in: s.x.sentences, endingBy: s.sentence.span.start)
        let recent = before.map { s.x.sentences[$0].span.start } ?? s.sentence.span.start
        let candidates = s.x.lookup.sentencesStrictlyOrdered ? events.addedSincePreviousSentence : 0..<events.count
        return candidates.reversed().first { k in
            let e = events[k]
            return e.type == .meet && e.participantEntities.contains(leader) && e.evidenceSpan.start >= recent
        }
    }
}

extension SentenceContext {
    /// "X accompanied by Y and Z" / "X, accompanied by Y": X's companions.
    func entourage() -> (leader: Int, companions: [Int])? {
        guard let a = sentence.tokens.first(where: { word($0) == "accompanied" }), a + 1 < sentence.tokens.upperBound,
              word(a + 1) == "by" else { return nil }
        let people = mentions.filter { x.entities[$0.entity].type == .person }
        guard let leader = people.last(where: { $0.mention.tokens.upperBound <= a }) else { return nil }
        // The companions are named in the "by" phrase; "..., who were received by Z" names a host, not one of them.
        let end = ((a + 2)..<sentence.tokens.upperBound).first { EventLexicon.clauseBreaks.contains(word($0)) ||
                                                                  EventLexicon.clauseRelative.contains(word($0)) } ?? sentence.tokens.upperBound
        var companions: [Int] = []
        for m in people where m.mention.tokens.lowerBound > a && m.mention.tokens.upperBound <= end &&
            !companions.contains(m.entity) && m.entity != leader.entity {
            companions.append(m.entity)
        }
        return companions.isEmpty ? nil : (leader.entity, companions)
    }
}
