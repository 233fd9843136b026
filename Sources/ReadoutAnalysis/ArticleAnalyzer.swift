// Article → ArticleAnalysis: runs an ordered, named list of components over one AnalysisDocument
// (Pipeline/). A pure function of the article: no I/O, no shared mutable state, safe to call from
// many threads at once. Knowledge is loaded once and shared read-only.
import ReadoutCore
import ReadoutKnowledge

public struct ArticleAnalyzer: Sendable {
    /// The components, in the order they run.
    public let components: [any AnalysisComponent]

    /// The standard pipeline. `disabledRules` takes event rules out by id ("meet.joint-action"), to measure
    /// what each is worth (`readout eval --by-rule`).
    /// `learned: false` leaves out the learned choices (what `readout train` fits them on).
    public init(knowledge: Knowledge = .shared, disabledRules: Set<String> = [], learned: Bool = true) {
        var list: [any AnalysisComponent] = [
            TokenizerComponent(), SentenceComponent(), EntityComponent(knowledge: knowledge), TimeComponent(),
            QuoteComponent(knowledge: knowledge),
            EventComponent(knowledge: knowledge, rules: EventRuleRegistry.standard.without(disabledRules)),
            EventConsolidationComponent(knowledge: knowledge),
        ]
        // The learned meeting filter runs only when its file says its left-out figures beat the rules alone.
        if learned, let file = LearnedModels.meetingFilter, file.enabled { list.append(MeetingFilterComponent(model: file.model)) }
        components = list
    }

    /// A pipeline of other components (a test replaces or leaves out one).
    public init(components: [any AnalysisComponent]) {
        self.components = components
    }

    /// The names of the components, in order.
    public var componentNames: [String] { components.map(\.name) }

    /// Every event rule of the standard registry: id and one-line summary, in the order they are tried.
    public static var eventRules: [(id: String, summary: String)] { EventRuleRegistry.standard.all.map { ($0.id, $0.summary) } }

    public func analyze(_ article: Article) -> ArticleAnalysis {
        document(article).analysis
    }

    /// The whole document after every component, for callers that want tokens and sentences too (`extract --explain`).
    public func document(_ article: Article) -> AnalysisDocument {
        var unobserved = NoStageObserver()
        return document(article, observer: &unobserved)
    }

    /// The same analysis, telling `observer` as each component finishes (`readout bench` times them).
    public func analyze<Observer: AnalysisStageObserver>(_ article: Article, observer: inout Observer) -> ArticleAnalysis {
        document(article, observer: &observer).analysis
    }

    func document<Observer: AnalysisStageObserver>(_ article: Article, observer: inout Observer) -> AnalysisDocument {
        var doc = AnalysisDocument(article: article)
        for (index, component) in components.enumerated() {
            component.run(&doc)
            observer.finished(component: index, stage: component.stage)
        }
        return doc
    }
}
