// The named steps of ArticleAnalyzer's pipeline, and a hook to watch them pass.
// In: nothing (types only). Out: `AnalysisStage` and `AnalysisStageObserver`, which
// `readout bench` uses to time each stage. The plain `analyze(_:)` passes `NoStageObserver`,
// whose empty method the optimizer removes, so the hook costs nothing when unused.

/// A step of per-article analysis, in pipeline order.
public enum AnalysisStage: String, CaseIterable, Sendable {
    case tokenize, segment, entities, times, quotes, events
}

/// Told when each stage of one `analyze` call finishes, in pipeline order.
public protocol AnalysisStageObserver {
    mutating func finished(_ stage: AnalysisStage)
}

/// Watches nothing.
public struct NoStageObserver: AnalysisStageObserver {
    public init() {}
    @inlinable public mutating func finished(_ stage: AnalysisStage) {}
}
