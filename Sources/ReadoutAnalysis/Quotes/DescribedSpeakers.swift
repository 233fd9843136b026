// Quotes whose speaker is a description ("China's leader said", "her party said") → the person the
// article named with that role, or the woman or man the pronoun points back to.
import ReadoutCore
import ReadoutKnowledge

struct DescribedSpeakers {
    let knowledge: Knowledge
    let entities: [Entity]
    let mentions: [LinkedMention]

    /// "his", "her": a description opened by them points back at a person (Data/vocabulary/quotes.tsv).
    static let personPossessives = Vocabulary.shared.set("pronoun.possessive-singular")

    func resolve(_ quotes: [Quote]) -> [Quote] {
        var quoted = quotes
        let descriptions = DescriptionResolver(entities: entities, mentions: mentions)
        // People's mentions, for "the last person named before the quote" without a scan of every mention per quote
        // (made when a quote first needs it).
        var people: NamedBefore?
        for k in quoted.indices where quoted[k].speakerEntity == nil {
            guard let speaker = quoted[k].speaker else { continue }
            var person = descriptions.person(described: speaker, before: quoted[k].span.start, knowledge: knowledge)
            // "her party said", "his office said": the person the pronoun refers to, named before the quote.
            if person == nil, let first = speaker.split(separator: " ").first, Self.personPossessives.contains(first.lowercased()) {
                if people == nil { people = NamedBefore(mentions.filter { entities[$0.entity].type == .person }) }
                person = people?.last(endingBy: quoted[k].span.start, excluding: -1)
            }
            guard let p = person else { continue }
            quoted[k].speaker = entities[p].name
            quoted[k].speakerEntity = entities[p].id
            quoted[k].rule = "quotes.described-speaker"
        }
        return quoted.filter { !Self.isAnonymous($0) && canSpeak($0) }
    }

    /// Words that can head a described speaker: a person or body of the kinds that speak, a document, a title.
    private static let speakingHeads = SpeechVocabulary.set(Vocabulary.shared.entries("speaker.organisation-head"))

    /// Is the quote's speaker something that speaks? A name, or a description headed by a title, a person or body
    /// noun or a document ("the ministry", "the readout"). A clause the attribution finder ran into ("said the
    /// talks covered issues such as ...") names no one.
    func canSpeak(_ quote: Quote) -> Bool {
        guard quote.speakerEntity == nil, let speaker = quote.speaker,
              let head = speaker.split(separator: " ").last.map(String.init) else { return true }
        if head.first?.isUppercase == true { return true }
        let lower = head.lowercased()
        let key = LexedText.key(lower)
        return Self.speakingHeads.contains(key) || SpeechVocabulary.anonymousPersonNouns.contains(key) ||
            SpeechVocabulary.documentNouns.contains(key) || TitleVocabulary.isTitleWord(lower, knowledge)
    }

    /// "a senior administration official", "one MP": a person described but never named. A quote is attributed to
    /// a named speaker (shared/eval/FORMAT.md), so such a quote has none; a body described ("the emir's office")
    /// still speaks for itself.
    static func isAnonymous(_ quote: Quote) -> Bool {
        guard quote.speakerEntity == nil, let speaker = quote.speaker,
              let head = speaker.split(separator: " ").last else { return false }
        return SpeechVocabulary.anonymousPersonNouns.contains(LexedText.key(String(head)))
    }
}
