// Article → ArticleAnalysis, the per-article pipeline:
//   tokenize → sentences → entities → time expressions → quotes → events.
// A pure function of the article: no I/O, no shared mutable state, safe to call
// from many threads at once. Knowledge is loaded once and shared read-only.
import ReadoutCore
import ReadoutKnowledge

public struct ArticleAnalyzer: Sendable {
    let knowledge: Knowledge
    let times = TimeExpressionFinder()
    let quotes = QuoteExtractor()

    public init(knowledge: Knowledge = .shared) {
        self.knowledge = knowledge
    }

    public func analyze(_ article: Article) -> ArticleAnalysis {
        var unobserved = NoStageObserver()
        return analyze(article, observer: &unobserved)
    }

    /// The same analysis, telling `observer` as each stage finishes (`readout bench` times them).
    public func analyze<Observer: AnalysisStageObserver>(_ article: Article, observer: inout Observer) -> ArticleAnalysis {
        let text = TokenizedText(article.text)
        observer.finished(.tokenize)
        let sentences = SentenceSegmenter.segment(text, blocks: article.blocks)
        observer.finished(.segment)
        let recognized = EntityRecognizer(knowledge: knowledge).recognize(text, sentences: sentences)
        observer.finished(.entities)
        let timeExpressions = times.find(in: text.scalars, published: article.metadata.published)
        observer.finished(.times)
        let publicSentences = sentences.map { Sentence(span: $0.span, block: $0.block) }
        var quoted = quotes.extract(in: text.scalars, sentences: publicSentences, entities: recognized.entities)
        // "China’s leader said": a described speaker is the person the article named with that role.
        let descriptions = DescriptionResolver(entities: recognized.entities, mentions: recognized.mentions)
        for k in quoted.indices where quoted[k].speakerEntity == nil {
            guard let speaker = quoted[k].speaker else { continue }
            var person = descriptions.person(described: speaker, before: quoted[k].span.start, knowledge: knowledge)
            // "her party said", "his office said": the person the pronoun refers to, named before the quote.
            if person == nil, let first = speaker.split(separator: " ").first, ["his", "her"].contains(first.lowercased()) {
                person = recognized.mentions.last { $0.mention.span.end <= quoted[k].span.start && recognized.entities[$0.entity].type == .person }?.entity
            }
            guard let p = person else { continue }
            quoted[k].speaker = recognized.entities[p].name
            quoted[k].speakerEntity = recognized.entities[p].id
        }
        observer.finished(.quotes)
        let events = EventExtractor(knowledge: knowledge, text: text, sentences: sentences, entities: recognized.entities,
                                    mentions: recognized.mentions, times: timeExpressions,
                                    published: article.metadata.publishedSource == .inferred ? nil : article.metadata.published).extract()
        observer.finished(.events)
        return ArticleAnalysis(sentences: publicSentences, entities: recognized.entities, times: timeExpressions,
                               quotes: quoted, events: events)
    }
}
