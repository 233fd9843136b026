// Which words make a title. The knowledge file lists title phrases ("Minister of
// Foreign Affairs"); their words split into those that mark a title by themselves
// ("minister", "secretary") and those that only fill one in ("of", "foreign").
import ReadoutKnowledge

enum TitleVocabulary {
    /// Part of a title phrase: "Secretary", "State", "Deputy". Plurals count: "Secretaries", "Ministers".
    static func isTitleWord(_ lower: String, _ knowledge: Knowledge) -> Bool {
        if knowledge.titleWords.contains(lower) || knowledge.titleModifiers.contains(lower) { return true }
        if let singular = singular(lower) { return knowledge.titleWords.contains(singular) }
        return false
    }

    /// A word that alone says the phrase is a role: "ambassador", "minister", "head" — not "of" or "foreign".
    static func marksRole(_ lower: String, _ knowledge: Knowledge) -> Bool {
        guard !NameLexicon.titleStopWords.contains(lower) else { return false }
        // "head", "chief" modify titles ("chief negotiator") but also stand alone as one ("head of the department").
        if roleNouns.contains(lower) { return true }
        if knowledge.titleWords.contains(lower) && !knowledge.titleModifiers.contains(lower) { return true }
        if let singular = singular(lower) { return knowledge.titleWords.contains(singular) && !NameLexicon.titleStopWords.contains(singular) }
        return false
    }

    /// Nouns that alone say the phrase is a role (title.role-noun, Data/vocabulary/entities.tsv).
    static let roleNouns = Vocabulary.shared.set("title.role-noun")

    static func singular(_ w: String) -> String? {
        if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s") && w.count > 3 && !w.hasSuffix("ss") { return String(w.dropLast()) }
        return nil
    }
}
