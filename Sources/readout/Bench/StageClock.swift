// Adds up, per analysis stage, the time spent in it over many `analyze` calls.
// In: the stage-finished calls of ArticleAnalyzer. Out: seconds per AnalysisStage.
// Uses the monotonic clock (a vDSO read, tens of nanoseconds), so watching costs far less
// than the fraction of a millisecond one article takes.
import ReadoutAnalysis

struct StageClock: AnalysisStageObserver {
    private(set) var nanoseconds = [UInt64](repeating: 0, count: AnalysisStage.allCases.count)
    private var last: UInt64 = 0

    /// Call right before each `analyze`, so the first stage does not count the time in between.
    mutating func start() { last = BenchClock.wall() }

    mutating func finished(_ stage: AnalysisStage) {
        let now = BenchClock.wall()
        nanoseconds[Self.index(stage)] &+= now &- last
        last = now
    }

    func seconds(_ stage: AnalysisStage) -> Double { BenchClock.seconds(nanoseconds[Self.index(stage)]) }

    /// A switch, not `allCases.firstIndex`: that would build an array on every call.
    private static func index(_ stage: AnalysisStage) -> Int {
        switch stage {
        case .tokenize: 0
        case .segment: 1
        case .entities: 2
        case .times: 3
        case .quotes: 4
        case .events: 5
        }
    }
}
