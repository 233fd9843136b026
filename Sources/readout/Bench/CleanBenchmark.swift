// Times the clean stage: raw file bytes → Article (decoding, furniture removal, HTML main
// text, feed items, hashing), on one core. In: the raw files, a replication count.
// Out: Throughput counted in the words of the cleaned articles, plus input megabytes per second.
import ReadoutIngest

struct CleanBenchmark {
    let files: [BenchCorpus.RawFile]
    let repeats: Int

    func oneCore() -> (throughput: Throughput, megabytesPerSecond: Double) {
        let reader = ArticleReader()
        var articles = 0, words = 0, bytes = 0
        let wall = BenchClock.wall(), cpu = BenchClock.threadCPU()
        for round in 0..<repeats {
            for file in files {
                let read = reader.read(data: file.data, name: file.name)
                articles += read.articles.count
                bytes += file.data.count
                // Counting words is not cleaning; count them in the first round only and scale.
                if round == 0 { words += read.articles.reduce(0) { $0 + BenchCorpus.wordCount($1.text) } }
            }
        }
        let wallSeconds = BenchClock.seconds(BenchClock.wall() - wall)
        let throughput = Throughput(jobs: 1, articles: articles, words: words * repeats, wallSeconds: wallSeconds,
                                    cpuSeconds: BenchClock.seconds(BenchClock.threadCPU() - cpu))
        return (throughput, Double(bytes) / 1_048_576 / max(wallSeconds, 1e-9))
    }
}
