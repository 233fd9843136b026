// The standard components, in pipeline order. Each wraps one module of the analyzer:
//   tokenizer → sentences → entities → times → quotes → events → event-consolidation
import ReadoutCore
import ReadoutKnowledge

/// Text → tokens (words, numbers, punctuation with offsets).
struct TokenizerComponent: AnalysisComponent {
    let name = "tokenizer"
    let stage = AnalysisStage.tokenize
    func run(_ d: inout AnalysisDocument) { d.text = TokenizedText(d.article.text) }
}

/// Tokens → sentences, never across the article's blocks (title, standfirst, captions, paragraphs).
struct SentenceComponent: AnalysisComponent {
    let name = "sentences"
    let stage = AnalysisStage.segment
    func run(_ d: inout AnalysisDocument) { d.sentences = SentenceSegmenter.segment(d.text, blocks: d.article.blocks) }
}

/// Sentences → typed mentions → one entity per real-world thing in the article.
struct EntityComponent: AnalysisComponent {
    let name = "entities"
    let stage = AnalysisStage.entities
    let knowledge: Knowledge
    func run(_ d: inout AnalysisDocument) {
        let recognized = EntityRecognizer(knowledge: knowledge).recognize(d.text, sentences: d.sentences)
        d.entities = recognized.entities
        d.mentions = recognized.mentions
    }
}

/// Text → time expressions resolved against the publication date.
struct TimeComponent: AnalysisComponent {
    let name = "times"
    let stage = AnalysisStage.times
    let finder = TimeExpressionFinder()
    func run(_ d: inout AnalysisDocument) {
        let narratedInPresent = d.article.blocks.filter { $0.kind == .title || $0.kind == .caption }.map(\.span)
        d.times = finder.find(in: d.lexed(), published: d.published, narratedInPresent: narratedInPresent)
    }
}

/// Quotation marks → quotes with speakers, described speakers ("the country's leader said") resolved to
/// the person the article named with that role.
struct QuoteComponent: AnalysisComponent {
    let name = "quotes"
    let stage = AnalysisStage.quotes
    let knowledge: Knowledge
    let extractor = QuoteExtractor()
    func run(_ d: inout AnalysisDocument) {
        let sentences = d.sentences.map { Sentence(span: $0.span, block: $0.block) }
        let quoted = extractor.extract(in: d.lexed(), sentences: sentences, entities: d.entities)
        d.quotes = DescribedSpeakers(knowledge: knowledge, entities: d.entities, mentions: d.mentions).resolve(quoted)
    }
}

/// Sentences → events, by the rules of the registry (each event stamped with its rule).
struct EventComponent: AnalysisComponent {
    let name = "events"
    let stage = AnalysisStage.events
    let knowledge: Knowledge
    let rules: EventRuleRegistry
    func run(_ d: inout AnalysisDocument) { d.events = EventReader(document: d, knowledge: knowledge, rules: rules).read() }
}

/// The events each sentence told → one per real event of the article, with dates, places and status settled.
struct EventConsolidationComponent: AnalysisComponent {
    let name = "event-consolidation"
    let stage = AnalysisStage.events
    let knowledge: Knowledge
    func run(_ d: inout AnalysisDocument) { d.events = EventReader(document: d, knowledge: knowledge, rules: .standard).consolidate(d.events) }
}

extension EventReader {
    init(document d: AnalysisDocument, knowledge: Knowledge, rules: EventRuleRegistry) {
        self.init(knowledge: knowledge, text: d.text, sentences: d.sentences, entities: d.entities, mentions: d.mentions,
                  times: d.times, published: d.statedPublished, rules: rules,
                  lookup: ArticleLookup(sentences: d.sentences, entities: d.entities, mentions: d.mentions, times: d.times,
                                        sexes: { PersonSex.table(d.entities, knowledge, text: d.text, sentences: d.sentences, mentions: d.mentions) }))
    }
}
