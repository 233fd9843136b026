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

    /// Does a person of this sex fit the pronoun?
    static func fits(_ sex: NameSex?, pronoun: String) -> Bool {
        guard let wanted = of(pronoun: pronoun), let sex else { return true }
        return sex == wanted
    }
}
