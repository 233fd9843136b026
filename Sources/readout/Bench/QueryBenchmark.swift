// Times the cross-article queries on a stored corpus: `stories` (a page), `timeline --story`,
// `actor`, `conflicts --story`, `compare --story` and `brief --story`, each over up to `samples`
// stories or actors drawn at random (a fixed seed: two runs on one store ask the same questions).
// In: the database. Out: per query the median and 95th percentile of answering it as the command
// does — opening the store, reading the rows from the fused record, rendering the table (or
// Markdown) text, which is then dropped.
import Foundation
import ReadoutFusion
import ReadoutStore

struct QueryTiming: Encodable {
    var query: String
    /// Answers timed.
    var count: Int
    var medianMilliseconds: Double
    var p95Milliseconds: Double
}

struct QueryResults: Encodable {
    var stories: Int
    var entities: Int
    var people: Int
    var events: Int
    var conflicts: Int
    var queries: [QueryTiming]
}

struct QueryBenchmark {
    let database: String
    /// Stories and actors to ask about, each query (fewer when the store has fewer).
    let samples: Int
    var progress: (String) -> Void = { _ in }

    func run() throws -> QueryResults {
        let census = try SQLiteStore(path: database, access: .readOnly).fusedRecordCensus()
        var random = SeededRandom(seed: 9)
        let stories = random.sample(census.storyNumbers.map { "story-\($0)" }, count: samples)
        let actors = random.sample(census.actorKeys, count: samples)
        let pageCount = max(1, (census.stories + Self.pageSize - 1) / Self.pageSize)
        let pages = (0..<min(samples, pageCount * 4)).map { _ in random.next(below: pageCount) * Self.pageSize }

        var timings: [QueryTiming] = []
        func time<Item>(_ query: String, _ items: [Item], _ answer: (FusedSource, Item) throws -> String) throws {
            progress("timing \(query) over \(Plural.count(items.count, "question"))")
            var milliseconds: [Double] = []
            var sink = 0
            for item in items {
                let begin = BenchClock.wall()
                // Each answer opens the store as a command does.
                let store = try SQLiteStore(path: database, analyzerVersion: Readout.configuration.version, access: .readOnly)
                sink &+= try answer(try FusedSource(store: store, inMemory: false), item).utf8.count
                milliseconds.append(BenchClock.seconds(BenchClock.wall() - begin) * 1000)
            }
            if sink == Int.min { print("") }  // the answers are used, so no optimizer drops the work
            timings.append(QueryTiming(query: query, count: items.count, medianMilliseconds: Self.percentile(milliseconds, 0.5),
                                       p95Milliseconds: Self.percentile(milliseconds, 0.95)))
        }
        try time("stories --limit \(Self.pageSize)", pages) { source, offset in
            let page = try source.stories(minDocuments: 1, limit: Self.pageSize, offset: offset)
            return StoryRow.table(StoryRow.rows(page.values, corpus: page.corpus)).renderText()
        }
        try time("timeline --story", stories) { source, id in
            let page = try source.timeline(story: id, actor: nil, from: nil, to: nil, limit: nil, offset: 0)
            return TimelineRow.table(page.values.map { TimelineRow($0, corpus: page.corpus, conflicts: page.corpus.fusion.conflicts) })
                .renderText()
        }
        try time("actor", actors) { source, id in
            try source.actorProfile(id, window: ActorProfile.ListWindow(limit: ActorCommand.defaultLimit)).report.renderText()
        }
        try time("conflicts --story", stories) { source, id in
            let page = try source.conflicts(story: id, limit: nil, offset: 0)
            return ConflictRow.report(ConflictRow.rows(page.values, corpus: page.corpus)).renderText()
        }
        try time("compare --story", stories) { source, id in
            let (corpus, story) = try source.story(id, detail: .content)
            return SourceMatrix(story: story, corpus: corpus).report.renderText()
        }
        try time("brief --story", stories) { source, id in
            let (corpus, story) = try source.story(id, detail: .content)
            return Briefing(story: story, corpus: corpus).markdown(withEvidence: false)
        }
        return QueryResults(stories: census.stories, entities: census.entities, people: census.people, events: census.events,
                            conflicts: census.conflicts, queries: timings)
    }

    /// Stories per page of the `stories` query, as a reader pages through them.
    static let pageSize = 20

    /// The value below which `fraction` of the sorted values lie (nearest rank); 0 for none.
    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}

/// A small deterministic random source (SplitMix64): the benchmark asks the same questions each run.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// Up to `count` of the items, each at most once, in random order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var out: [T] = []
        while out.count < count && !pool.isEmpty { out.append(pool.swapAt(next(below: pool.count))) }
        return out
    }
}

private extension Array {
    /// Removes the element at `index` in constant time (the last takes its place) and returns it.
    mutating func swapAt(_ index: Int) -> Element {
        swapAt(index, count - 1)
        return removeLast()
    }
}
