// Definite descriptions → the person meant: "the minister", "the Kenyan leader",
// "China’s leader", "the Qatari ruler" name the person the article last mentioned
// with that role, or a head of state or government of that country.
import ReadoutCore
import ReadoutKnowledge

struct DescriptionResolver {
    let entities: [Entity]
    let mentions: [LinkedMention]

    /// The most recently mentioned person (before `position`) whose roles contain `head`, or, for leader words,
    /// who belongs to `country`.
    func person(head: String, country: String?, before position: Int) -> Int? {
        var best: (Int, Int)?
        for m in mentions where m.mention.span.end <= position {
            let e = entities[m.entity]
            guard e.type == .person else { continue }
            let roleMatch = e.roles.contains { $0.lowercased().split(separator: " ").contains(Substring(head)) }
            let leaderMatch = EventExtractor.leaderWords.contains(head) && country != nil && e.country == country
            // "the Ethiopian ambassador" is not an ambassador of unknown country.
            guard roleMatch && (country == nil || e.country == country) || leaderMatch else { continue }
            if best == nil || m.mention.span.start > best!.1 { best = (m.entity, m.mention.span.start) }
        }
        return best?.0
    }

    /// A description written as text ("China’s leader", "the Chinese president") → the person, if the article
    /// named one that fits.
    func person(described phrase: String, before position: Int, knowledge: Knowledge) -> Int? {
        var country: String?
        var head: String?
        for raw in phrase.split(separator: " ") {
            var w = String(raw)
            for suffix in ["’s", "'s"] where w.hasSuffix(suffix) { w.removeLast(2) }
            if let c = knowledge.countryForDemonym(w) { country = c.alpha3; continue }
            if let e = knowledge.entries(surface: w).first, e.kind == "country" { country = e.country; continue }
            let lower = w.lowercased()
            if TitleVocabulary.marksRole(lower, knowledge) || EventExtractor.leaderWords.contains(lower) { head = lower }
        }
        guard let head else { return nil }
        return person(head: head, country: country, before: position)
    }
}
