// Sentences → entities with mentions: finds typed mentions sentence by sentence,
// then links them into one entity per real-world thing in the article.
import ReadoutCore
import ReadoutKnowledge

public struct EntityRecognizer: Sendable {
    let knowledge: Knowledge

    public init(knowledge: Knowledge = .shared) {
        self.knowledge = knowledge
    }

    struct Result {
        var entities: [Entity]
        var mentions: [LinkedMention]
    }

    func recognize(_ text: TokenizedText, sentences: [TokenSentence]) -> Result {
        let finder = MentionFinder(knowledge: knowledge, text: text)
        var mentions: [Mention] = []
        for (index, sentence) in sentences.enumerated() {
            mentions += finder.mentions(in: sentence, index: index)
        }
        let linker = EntityLinker(knowledge: knowledge, text: text)
        let (entities, linked) = linker.link(mentions)
        return Result(entities: entities, mentions: linked)
    }
}
