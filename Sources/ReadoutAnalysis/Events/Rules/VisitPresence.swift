// visit.presence — "X was in Y for the forum", "X will be in Y on Saturday": a person in a country or city
// that is not their own is visiting it.
import ReadoutCore
import ReadoutKnowledge

struct PresenceVisit: SingleEventRule {
    let id = "visit.presence"
    let summary = "\"X was in Y for ...\", \"X will be in Y on Saturday\": X visits Y (not X's own country)"
    let family = EventLexicon.visitBit
    let examples = [RuleExample(
        text: "Senator Rui Costa was in Beijing for this week's trade forum.",
        type: .visit, participants: ["Rui Costa"], location: "Beijing")]

    func read(in s: SentenceContext) -> [Event] {
        for m in s.mentions where s.x.isPresencePlace(m) && !s.excluded.contains(m.mention.tokens.lowerBound) {
            let start = m.mention.tokens.lowerBound
            var be = s.word(start - 1) == "the" ? start - 3 : start - 2
            let expected = EventLexicon.visitPresenceExpected.contains(s.word(be))
            if expected { be -= 1 }
            // The subject stands right before the verb group ("X was", "X will be", "he is"); a pronoun means
            // the person it refers to.
            var k = be - 1
            while k >= s.sentence.tokens.lowerBound && EventLexicon.beVerbLead.contains(s.word(k)) { k -= 1 }
            var traveller = s.mentions.first { s.x.entities[$0.entity].type == .person && $0.mention.tokens.upperBound == k + 1 }?.entity
            if traveller == nil, EventLexicon.pronounWords.contains(s.word(k)) { traveller = s.antecedent(ofPronounAt: k) }
            guard let who = traveller else { continue }
            // At home is no visit: the place must not be in the traveller's own country.
            let own = s.x.entities[who].country
            if let own, own == s.x.entities[m.entity].country { continue }
            var visit = s.visit(by: who, to: m.mention.text, trigger: be)
            if expected && visit.status == .occurred { visit.status = .planned }
            return [visit]
        }
        return []
    }
}
