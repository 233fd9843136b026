// meet.hosted-by — "A and B agreed to terms after a meeting hosted by C", "following a dinner hosted by C",
// and a meal in someone's honour ("C hosted a state banquet for A", "C gave a dinner in honour of A"):
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
        RuleExample(text: "President Carlos Mendes hosted a state banquet for Prime Minister Aiko Sato on Friday.",
                    participants: ["Carlos Mendes", "Aiko Sato"], status: .occurred, date: "2025-03-14"),
    ]

    func read(in s: SentenceContext) -> [Meeting]? {
        if let honoured = s.mealInHonour() { return honoured }
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
    /// "X hosted a state banquet for Y", "X gave a dinner in honour of Y": the host (the clause's subject) met the
    /// guest of honour (the person right after "for" or "in honour of").
    func mealInHonour() -> [Meeting]? {
        for verb in sentence.tokens where EventLexicon.meetHonourVerb.contains(word(verb)) && !excluded.contains(verb) {
            guard let noun = ((verb + 1)..<min(verb + 5, sentence.tokens.upperBound)).first(where: { EventLexicon.meetHostedNoun.contains(word($0)) }),
                  ((verb + 1)..<noun).allSatisfy({ x.isWord($0) && !x.text.tokens[$0].isCapitalized }) else { continue }
            // "for Y", "in honour of Y", "in honor of Y"
            var k = noun + 1
            if word(k) == "for" { k += 1 } else if word(k) == "in" && EventLexicon.meetHonourNoun.contains(word(k + 1)) && word(k + 2) == "of" { k += 3 } else { continue }
            // ("for the visiting Prime Minister Y": the words a reception's object may open with.)
            while k < sentence.tokens.upperBound && EventLexicon.receptionObjectFiller.contains(word(k)) { k += 1 }
            // (a title may stand before the guest's name: "for Prime Minister Y")
            // ("for him": the person the pronoun means.)
            let named = mentions.first(where: { m in
                m.mention.tokens.lowerBound >= k && m.mention.tokens.lowerBound <= k + 4 && x.entities[m.entity].type == .person &&
                    (k..<m.mention.tokens.lowerBound).allSatisfy { x.isWord($0) && x.text.tokens[$0].isCapitalized } })?.entity
            let pronoun = EventLexicon.objectPronouns.contains(word(k))
            guard let guest = named ?? (pronoun ? objectPronounGuest(after: k - 1) ?? antecedent(ofPronounAt: k) : nil) else { continue }
            let hosts = subject(of: verb).filter { x.entities[$0.entity].type == .person && $0.entity != guest }.map(\.entity)
            let host = hosts.first ?? pronounSubject(before: verb)
            guard let host, host != guest, let m = meeting(trigger: noun, people: [host, guest]) else { continue }
            return [m]
        }
        return nil
    }

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
