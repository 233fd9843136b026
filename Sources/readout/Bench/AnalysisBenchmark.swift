// Times per-article analysis: on one core (with a breakdown by stage) and on N threads.
// In: articles, how many times to replicate them, a worker count. Out: Throughput figures
// and seconds per AnalysisStage. Results are reduced to a checksum as they come, so the
// replicated corpus costs no memory for its analyses and the optimizer cannot drop the work.
import ReadoutAnalysis
import ReadoutCore

struct Throughput: Encodable {
    var jobs: Int
    var articles: Int
    var words: Int
    var wallSeconds: Double
    /// CPU time of the measuring thread (one core) or the whole process (several).
    var cpuSeconds: Double

    var wordsPerSecond: Double { Double(words) / max(wallSeconds, 1e-9) }
    var articlesPerSecond: Double { Double(articles) / max(wallSeconds, 1e-9) }
    /// Words per CPU-second: the per-core rate, unaffected by other programs sharing the machine.
    var wordsPerCPUSecond: Double { Double(words) / max(cpuSeconds, 1e-9) }

    enum CodingKeys: String, CodingKey {
        case jobs, articles, words, wallSeconds, cpuSeconds, wordsPerSecond, articlesPerSecond, wordsPerCPUSecond
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(jobs, forKey: .jobs)
        try c.encode(articles, forKey: .articles)
        try c.encode(words, forKey: .words)
        try c.encode(wallSeconds, forKey: .wallSeconds)
        try c.encode(cpuSeconds, forKey: .cpuSeconds)
        try c.encode(wordsPerSecond.rounded(), forKey: .wordsPerSecond)
        try c.encode(articlesPerSecond.rounded(), forKey: .articlesPerSecond)
        try c.encode(wordsPerCPUSecond.rounded(), forKey: .wordsPerCPUSecond)
    }
}

struct AnalysisBenchmark {
    let analyzer: ArticleAnalyzer
    let articles: [Article]
    let words: Int
    let repeats: Int

    /// Analyzes each article once, untimed: loads the knowledge and warms caches.
    func warmUp() {
        var sink = 0
        for article in articles { sink &+= Self.checksum(analyzer.analyze(article)) }
        Self.keep(sink)
    }

    /// Every replicated article analyzed in turn on this thread; also times each stage and component.
    func oneCore() -> (Throughput, StageClock) {
        var clock = StageClock(components: analyzer.components.count)
        var sink = 0
        let wall = BenchClock.wall(), cpu = BenchClock.threadCPU()
        for _ in 0..<repeats {
            for article in articles {
                clock.start()
                sink &+= Self.checksum(analyzer.analyze(article, observer: &clock))
            }
        }
        let throughput = Throughput(jobs: 1, articles: articles.count * repeats, words: words * repeats,
                                    wallSeconds: BenchClock.seconds(BenchClock.wall() - wall),
                                    cpuSeconds: BenchClock.seconds(BenchClock.threadCPU() - cpu))
        Self.keep(sink)
        return (throughput, clock)
    }

    /// The replicated articles spread over `jobs` threads, one article at a time.
    func parallel(jobs: Int) -> Throughput {
        let analyzer = analyzer, articles = articles
        let indices = Array(0..<(articles.count * repeats))
        let wall = BenchClock.wall(), cpu = BenchClock.processCPU()
        let sums = ParallelMap.map(indices, jobs: jobs) { Self.checksum(analyzer.analyze(articles[$0 % articles.count])) }
        let throughput = Throughput(jobs: jobs, articles: indices.count, words: words * repeats,
                                    wallSeconds: BenchClock.seconds(BenchClock.wall() - wall),
                                    cpuSeconds: BenchClock.seconds(BenchClock.processCPU() - cpu))
        Self.keep(sums.reduce(0, &+))
        return throughput
    }

    private static func checksum(_ analysis: ArticleAnalysis) -> Int {
        analysis.sentences.count &+ analysis.entities.count &+ analysis.times.count &+ analysis.quotes.count
            &+ analysis.events.count
    }

    /// An opaque use of a value, so the work that produced it cannot be optimized away.
    @inline(never)
    private static func keep(_ value: Int) {
        if value == Int.min { print("") }
    }
}
