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
        return quoted.filter { !Self.isAnonymous($0) }
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
