// Adds up, per analysis stage and per pipeline component, the time spent in it over many `analyze` calls.
// In: the component-finished calls of ArticleAnalyzer. Out: seconds per AnalysisStage and per component.
// Counts the measuring thread's CPU time, not wall time: on a machine shared with other work the
// shares stay what this analysis spent. Reading that clock is a system call (well under a microsecond),
// a fraction of a percent of the fraction of a millisecond one article takes.
import ReadoutAnalysis

struct StageClock: AnalysisStageObserver {
    private(set) var nanoseconds = [UInt64](repeating: 0, count: AnalysisStage.allCases.count)
    /// By position in the analyzer's components.
    private(set) var componentNanoseconds: [UInt64]
    private var last: UInt64 = 0

    init(components: Int) {
        componentNanoseconds = [UInt64](repeating: 0, count: components)
    }

    /// Call right before each `analyze`, so the first component does not count the time in between.
    mutating func start() { last = BenchClock.threadCPU() }

    mutating func finished(component: Int, stage: AnalysisStage) {
        let now = BenchClock.threadCPU()
        nanoseconds[Self.index(stage)] &+= now &- last
        if component < componentNanoseconds.count { componentNanoseconds[component] &+= now &- last }
        last = now
    }

    func seconds(_ stage: AnalysisStage) -> Double { BenchClock.seconds(nanoseconds[Self.index(stage)]) }

    func seconds(component: Int) -> Double { BenchClock.seconds(componentNanoseconds[component]) }

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
