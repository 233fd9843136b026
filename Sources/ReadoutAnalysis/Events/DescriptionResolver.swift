// Definite descriptions → the person meant: "the minister", "the Kenyan leader",
// "China’s leader", "the Qatari ruler" name the person the article last mentioned
// with that role, or a head of state or government of that country.
import ReadoutCore
import ReadoutKnowledge

struct DescriptionResolver {
    let entities: [Entity]
    let mentions: [LinkedMention]
    // Built once per article, so that a description looks only at the people who could fit it rather than
    // at every mention before it (which made long inputs quadratic).
    /// Each person's role words, lowercased.
    private let roleWords: [Int: Set<String>]
    /// A role word → the people whose roles contain it; a country → its people (for leader words).
    private let byRoleWord: [String: [Int]]
    private let byCountry: [String: [Int]]
    /// Each person's mentions as (start, end, place in `mentions`), sorted by start.
    private let spans: [Int: [(start: Int, end: Int, index: Int)]]

    init(entities: [Entity], mentions: [LinkedMention]) {
        self.entities = entities
        self.mentions = mentions
        var spans: [Int: [(start: Int, end: Int, index: Int)]] = [:]
        for (i, m) in mentions.enumerated() where entities[m.entity].type == .person {
            spans[m.entity, default: []].append((m.mention.span.start, m.mention.span.end, i))
        }
        var roleWords: [Int: Set<String>] = [:]
        var byRoleWord: [String: [Int]] = [:]
        var byCountry: [String: [Int]] = [:]
        for e in spans.keys.sorted() {
            spans[e]!.sort { ($0.start, $0.index) < ($1.start, $1.index) }
            let words = Set(entities[e].roles.flatMap { $0.lowercased().split(separator: " ").map(String.init) })
            roleWords[e] = words
            for w in words { byRoleWord[w, default: []].append(e) }
            if let c = entities[e].country { byCountry[c, default: []].append(e) }
        }
        self.spans = spans
        self.roleWords = roleWords
        self.byRoleWord = byRoleWord
        self.byCountry = byCountry
    }

    /// The most recently mentioned person (before `position`) whose roles contain `head`, or, for leader words,
    /// who belongs to `country`.
    /// Among several candidates, the one whose role shares most of the description's portfolio words
    /// ("the Minister of Foreign Affairs" is not the Minister Delegate), then the most recently mentioned
    /// (the first mention in text order among mentions that start together).
    func person(head: String, country: String?, portfolio: [String] = [], before position: Int) -> Int? {
        var candidates = Set(byRoleWord[head] ?? [])
        if EventLexicon.leaderWords.contains(head), let country { candidates.formUnion(byCountry[country] ?? []) }
        // "the NATO chief": whoever holds a title in that body ("NATO Secretary General X"), whatever the title.
        let headOfBody = EventLexicon.bodyHeadWords.contains(head) && !portfolio.isEmpty
        if headOfBody, let first = portfolio.first { candidates.formUnion(byRoleWord[first] ?? []) }
        var best: (entity: Int, score: Int, position: Int, index: Int)?
        for entity in candidates {
            let e = entities[entity]
            let roleWords = roleWords[entity] ?? []
            let roleMatch = roleWords.contains(head) || headOfBody && portfolio.allSatisfy(roleWords.contains)
            let leaderMatch = EventLexicon.leaderWords.contains(head) && country != nil && e.country == country
            // "the Ethiopian ambassador" is not an ambassador of unknown country.
            guard roleMatch && (country == nil || e.country == country) || leaderMatch else { continue }
            guard let latest = latestMention(of: entity, endingBy: position) else { continue }
            let score = portfolio.filter { roleWords.contains($0) }.count
            if best == nil || (score, latest.start) > (best!.score, best!.position)
                || ((score, latest.start) == (best!.score, best!.position) && latest.index < best!.index) {
                best = (entity, score, latest.start, latest.index)
            }
        }
        if best == nil, let country, !EventLexicon.leaderWords.contains(head) { return counterpart(of: country, before: position) }
        return best?.entity
    }

    /// "her Kenyan counterpart X" ... "the Kenyan minister said": a counterpart holds the title of the person whose
    /// counterpart they are, which the article never writes beside their name. The one person of that country named
    /// before, when every role the article gives them is a counterpart's (or none).
    private func counterpart(of country: String, before position: Int) -> Int? {
        let fitting = (byCountry[country] ?? []).filter { e in
            (roleWords[e] ?? []).isEmpty || (roleWords[e] ?? []).contains(where: EventLexicon.referenceCounterpart.contains)
        }.filter { latestMention(of: $0, endingBy: position) != nil }
        return fitting.count == 1 && (byCountry[country] ?? []).count == 1 ? fitting[0] : nil
    }

    /// A headline's bare title ("foreign minister visits Suva") points ahead: the person the story names with the
    /// role, the one sharing most of its words (a "foreign minister" is not any minister), then the one named first
    /// (the story's subject before the people met along the way).
    func firstPerson(head: String, country: String?, words: [String]) -> Int? {
        var best: (entity: Int, score: Int, start: Int)?
        for entity in Set(byRoleWord[head] ?? []) {
            let roles = roleWords[entity] ?? []
            guard country == nil || entities[entity].country == country, let first = spans[entity]?.first else { continue }
            let score = words.filter { roles.contains($0) }.count
            if best == nil || score > best!.score || (score == best!.score && first.start < best!.start) {
                best = (entity, score, first.start)
            }
        }
        return best?.entity
    }

    /// The person's mention that starts last among those ending by `position` (the first of them in `mentions`
    /// when several start there).
    private func latestMention(of entity: Int, endingBy position: Int) -> (start: Int, index: Int)? {
        guard let list = spans[entity] else { return nil }
        var k = list.partitioningIndex(where: { $0.start > position }) - 1
        while k >= 0 && list[k].end > position { k -= 1 }
        guard k >= 0 else { return nil }
        var found = (start: list[k].start, index: list[k].index)
        k -= 1
        while k >= 0 && list[k].start == found.start {
            if list[k].end <= position { found.index = list[k].index }
            k -= 1
        }
        return found
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
