// The named steps of ArticleAnalyzer's pipeline, and a hook to watch them pass.
// In: nothing (types only). Out: `AnalysisStage` and `AnalysisStageObserver`, which
// `readout bench` uses to time each stage and each component. The plain `analyze(_:)` passes `NoStageObserver`,
// whose empty method the optimizer removes, so the hook costs nothing when unused.

/// A step of per-article analysis, in pipeline order.
public enum AnalysisStage: String, CaseIterable, Sendable {
    case tokenize, segment, entities, times, quotes, events
}

/// Told when each component of one `analyze` call finishes, in pipeline order: its position in
/// `ArticleAnalyzer.components` and the stage its time counts towards.
public protocol AnalysisStageObserver {
    mutating func finished(component: Int, stage: AnalysisStage)
}

/// Watches nothing.
public struct NoStageObserver: AnalysisStageObserver {
    public init() {}
    @inlinable public mutating func finished(component: Int, stage: AnalysisStage) {}
}
