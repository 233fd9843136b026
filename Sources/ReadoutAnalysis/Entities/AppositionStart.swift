// Does a comma-separated phrase after a name describe that person ("X, the
// ambassador to Y," / "X, head of Z," / "X, China’s envoy,") rather than continue
// the sentence ("X, met Y" in a list, "X, who ...", "X, and Y")?
import ReadoutKnowledge

enum AppositionStart {
    /// "the", "a", "an" (article.any, Data/vocabulary/text.tsv).
    static let articles = Vocabulary.shared.set("article.any")

    static func opens(_ text: TokenizedText, _ i: Int, _ knowledge: Knowledge) -> Bool {
        guard i < text.tokens.count, text.tokens[i].kind == .word else { return false }
        let word = text.words[i]
        let lower = word.lowercased()
        if articles.contains(lower) { return true }
        // "Mr.", "Dr", "H.E." begin a name, not a description of the name before.
        if knowledge.honorifics.contains(word) || NameLexicon.honorificAcronyms.contains(word) { return false }
        if TitleVocabulary.isTitleWord(lower, knowledge) && !NameLexicon.capitalisedFunctionWords.contains(lower) { return true }
        if knowledge.countryForDemonym(word) != nil { return true }
        if knowledge.entries(surface: word).contains(where: { $0.type == .gpe || $0.type == .org }) { return true }
        return false
    }
}
