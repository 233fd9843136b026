// The likely sex of a person the article names, for resolving "he" and "she": a gendered title or
// honorific in the roles the text gives ("First Lady", "Mrs", "King"), else the given name's sex in the
// census and name-dictionary data. Only a preference: an unknown sex fits either pronoun.
import ReadoutCore
import ReadoutKnowledge

enum PersonSex {
    private static let female = Vocabulary.shared.set("person.female-cue")
    private static let male = Vocabulary.shared.set("person.male-cue")

    static func of(_ e: Entity, _ knowledge: Knowledge) -> NameSex? {
        for role in e.roles {
            let words = role.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            if words.contains(where: female.contains) { return .female }
            if words.contains(where: male.contains) { return .male }
        }
        // The given name: the first word, or the last of a surname-first name the data knows no sex for.
        let parts = e.name.split(separator: " ").map(String.init)
        guard let first = parts.first else { return nil }
        return knowledge.sex(ofGivenName: first)
    }

    /// The sex "he"/"she" asks for.
    static func of(pronoun: String) -> NameSex? {
        switch pronoun { case "he", "him", "his": .male; case "she", "her", "hers": .female; default: nil }
    }

    /// Can this person be the one the pronoun means?
    static func fits(_ e: Entity, pronoun: String, _ knowledge: Knowledge) -> Bool {
        guard let wanted = of(pronoun: pronoun), let sex = of(e, knowledge) else { return true }
        return sex == wanted
    }

    /// The sex of every entity of an article, worked out once (nil for non-persons and unknowns).
    static func table(_ entities: [Entity], _ knowledge: Knowledge) -> [NameSex?] {
        entities.map { $0.type == .person ? of($0, knowledge) : nil }
    }

    /// The sex of every entity, with what the article's own pronouns say of people no title or given name
    /// tells: "Park Min-ji will travel to Lima for talks with her Peruvian counterpart" — a "he"/"his"/"she"/
    /// possessive "her" after a person in the same sentence, before anyone else is named, is mostly that person.
    /// The majority of such pronouns decides; a tie leaves the sex unknown.
    static func table(_ entities: [Entity], _ knowledge: Knowledge, text: TokenizedText, sentences: [TokenSentence],
                      mentions: [LinkedMention]) -> [NameSex?] {
        var sexes = table(entities, knowledge)
        let people = mentions.filter { entities[$0.entity].type == .person }.sorted { $0.mention.span < $1.mention.span }
        var votes: [Int: (male: Int, female: Int)] = [:]
        for (n, m) in people.enumerated() where sexes[m.entity] == nil && m.mention.sentence < sentences.count {
            let sentenceEnd = sentences[m.mention.sentence].tokens.upperBound
            let nextPerson = n + 1 < people.count ? people[n + 1].mention.tokens.lowerBound : Int.max
            let end = min(sentenceEnd, nextPerson, m.mention.tokens.upperBound + 15)
            for k in m.mention.tokens.upperBound..<max(end, m.mention.tokens.upperBound) where text.tokens[k].kind == .word {
                let w = text.lowerWords[k]
                // Object "her" ("thanked her") means someone else; only possessive "her" before a word counts.
                if w == "her", k + 1 >= text.tokens.count || text.tokens[k + 1].kind != .word || objectHerFollowers.contains(text.lowerWords[k + 1]) { continue }
                guard let sex = of(pronoun: w), w != "him" else { continue }
                var v = votes[m.entity] ?? (0, 0)
                if sex == .male { v.male += 1 } else { v.female += 1 }
                votes[m.entity] = v
                break
            }
        }
        for (entity, v) in votes where v.male != v.female {
            sexes[entity] = v.male > v.female ? .male : .female
        }
        return sexes
    }
    private static let objectHerFollowers = Vocabulary.shared.set("person.object-her-follower")

    /// Does a person of this sex fit the pronoun?
    static func fits(_ sex: NameSex?, pronoun: String) -> Bool {
        guard let wanted = of(pronoun: pronoun), let sex else { return true }
        return sex == wanted
    }
}
