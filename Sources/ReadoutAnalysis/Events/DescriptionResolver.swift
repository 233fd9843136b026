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
    /// Among several candidates, the one whose role shares most of the description's portfolio words
    /// ("the Minister of Foreign Affairs" is not the Minister Delegate), then the most recently mentioned.
    func person(head: String, country: String?, portfolio: [String] = [], before position: Int) -> Int? {
        var best: (entity: Int, score: Int, position: Int)?
        for m in mentions where m.mention.span.end <= position {
            let e = entities[m.entity]
            guard e.type == .person else { continue }
            let roleWords = Set(e.roles.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
            let roleMatch = roleWords.contains(head)
            let leaderMatch = EventLexicon.leaderWords.contains(head) && country != nil && e.country == country
            // "the Ethiopian ambassador" is not an ambassador of unknown country.
            guard roleMatch && (country == nil || e.country == country) || leaderMatch else { continue }
            let score = portfolio.filter { roleWords.contains($0) }.count
            if best == nil || score > best!.score || (score == best!.score && m.mention.span.start > best!.position) {
                best = (m.entity, score, m.mention.span.start)
            }
        }
        return best?.entity
    }

    /// A description written as text ("China’s leader", "the Chinese president") → the person, if the article
    /// named one that fits.
    func person(described phrase: String, before position: Int, knowledge: Knowledge) -> Int? {
        var country: String?
        var head: String?
        for raw in phrase.split(separator: " ") {
            var w = String(raw)
            for suffix in EventLexicon.orthographyPossessive where w.hasSuffix(suffix) { w.removeLast(2) }
            if let c = knowledge.countryForDemonym(w) { country = c.alpha3; continue }
            if let e = knowledge.entries(surface: w).first, e.kind == "country" { country = e.country; continue }
            let lower = w.lowercased()
            if TitleVocabulary.marksRole(lower, knowledge) || EventLexicon.leaderWords.contains(lower) { head = lower }
        }
        guard let head else { return nil }
        return person(head: head, country: country, before: position)
    }
}
