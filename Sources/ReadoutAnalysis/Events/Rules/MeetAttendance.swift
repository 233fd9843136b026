// meet.attendance — "Y also attended the meeting", "The talks, which included Y, ...": more people at
// the meeting just told, or the second person of a gathering that so far had one.
import ReadoutCore
import ReadoutKnowledge

struct AttendeesJoinMeeting: MeetingAmendmentRule {
    let id = "meet.attendance"
    let summary = "\"Y also attended the meeting\": Y joins the last meeting or the gathering waiting for a second person"
    let examples = [RuleExample(
        text: "Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Tokyo on Monday. Trade Minister Rui Costa also attended the meeting.",
        participants: ["Ana Lopes", "Kenji Tanaka", "Rui Costa"])]

    func amend(_ events: inout ToldEvents, _ state: inout DiscourseState, in s: SentenceContext) -> Bool {
        guard let attendees = s.attendance() else { return false }
        if var pending = state.pendingGathering {
            for a in attendees where !pending.participantEntities.contains(s.x.entities[a].id) {
                pending.participants.append(s.x.entities[a].name)
                pending.participantEntities.append(s.x.entities[a].id)
            }
            if pending.participants.count >= 2 { events.append(pending) }
            state.pendingGathering = nil
        } else if let k = (s.pointsAtCall ? events.lastPhoneMeet : events.lastOtherMeet) ?? events.lastMeet {
            for a in attendees where !events[k].participantEntities.contains(s.x.entities[a].id) {
                events.addParticipant(name: s.x.entities[a].name, id: s.x.entities[a].id, to: k)
            }
        }
        return true
    }
}

extension SentenceContext {
    /// People joining a meeting already reported: "also attended the meeting", "joined the talks", "as did".
    func attendance() -> [Int]? {
        let joins = EventLexicon.meetJoinVerb
        // "The meeting, which included X, focused on ..."
        let lo = sentence.tokens.lowerBound
        if sentence.tokens.count > 3, word(lo) == "the", EventLexicon.meetSessionNoun.contains(word(lo + 1)),
           sentence.tokens.contains(where: { EventLexicon.meetIncludeVerb.contains(word($0)) }) {
            let people = persons(excludingSpeakers: false)
            return people.isEmpty ? nil : people
        }
        // ("X, who attended the talks, met Y": a relative clause about someone is theirs, not the sentence's news.)
        guard sentence.tokens.contains(where: { joins.contains(word($0)) }) else { return nil }
        let relative = relativeClausesAfterPersons().map(\.clause)
        guard let j = sentence.tokens.first(where: { k in joins.contains(word(k)) && !relative.contains { $0.contains(k) } }) else { return nil }
        // "The meeting was also attended by X and Y": the people after "by" joined the meeting just told.
        if word(j + 1) == "by", ((max(lo, j - 5))..<j).contains(where: { EventLexicon.meetAttendedNoun.contains(word($0)) }) {
            let people = mentions.filter { x.entities[$0.entity].type == .person && $0.mention.tokens.lowerBound > j }.map(\.entity)
            var unique: [Int] = []
            for p in people where !unique.contains(p) { unique.append(p) }
            return unique.isEmpty ? nil : unique
        }
        let window = (j + 1)..<min(j + 4, sentence.tokens.upperBound)
        guard window.contains(where: { EventLexicon.meetAttendedNoun.contains(word($0)) }),
              window.contains(where: { word($0) == "the" }) else { return nil }
        let people = persons(excludingSpeakers: false)
        return people.isEmpty ? nil : people
    }
}

extension SentenceContext {
    /// "the call was also joined by X" points back at the last phone call; "the meeting was attended by X" at the
    /// last meeting that was not one.
    var pointsAtCall: Bool {
        sentence.tokens.contains { EventLexicon.phoneWords.contains(word($0)) }
    }
}
