// The one value that analysis components read and extend, per article: the article, then its tokens,
// sentences, mentions and entities, time expressions, quotes and events as each component adds them.
// Components never talk to each other except through it, so each can be run, replaced and tested alone.
import ReadoutCore
import ReadoutKnowledge

public struct AnalysisDocument: Sendable {
    public let article: Article
    /// The publication date relative expressions resolve against (stated or, for fusion's second pass, estimated).
    public var published: String? { article.metadata.published }
    /// The publication date the article itself states; an estimate is not evidence for an event's own date.
    public var statedPublished: String? { article.metadata.publishedSource == .inferred ? nil : article.metadata.published }

    public internal(set) var text: TokenizedText { didSet { lexedText = nil } }
    public internal(set) var sentences: [TokenSentence] = []
    public internal(set) var entities: [Entity] = []
    var mentions: [LinkedMention] = []
    public internal(set) var times: [TimeExpression] = []
    public internal(set) var quotes: [Quote] = []
    public internal(set) var events: [Event] = []
    /// The text cut into the packed words that the time and quote readers match on, made once for both.
    private var lexedText: LexedText?

    public init(article: Article) {
        self.article = article
        self.text = TokenizedText("")
    }

    /// The text as packed words (LexedText), lexed on first use.
    mutating func lexed() -> LexedText {
        if let lexedText { return lexedText }
        let made = LexedText(text.scalars)
        lexedText = made
        return made
    }

    /// What the components found, in the shape the rest of Readout stores and prints.
    public var analysis: ArticleAnalysis {
        ArticleAnalysis(sentences: sentences.map { Sentence(span: $0.span, block: $0.block) }, entities: entities,
                        times: times, quotes: quotes, events: events)
    }
}

/// One step of per-article analysis. It reads what earlier components put in the document and adds its
/// own layer; it does no I/O and keeps no state between articles.
public protocol AnalysisComponent: Sendable {
    /// The component's name in the pipeline ("entities", "event-modality"); rule ids start with it or its family.
    var name: String { get }
    /// The bench stage its time counts towards.
    var stage: AnalysisStage { get }
    func run(_ document: inout AnalysisDocument)
}
