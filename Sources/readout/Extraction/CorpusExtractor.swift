// What `readout extract` and `readout eval` share: files and folders in, analyzed articles out.
// In: paths (files or folders), metadata overrides, a worker count. Out: every article with
// its analysis, in input order, and one ReadoutError per file or item that could not be read.
// Reading and analysis both run on all cores; the analyzer is a pure function.
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutFusion
import ReadoutIngest

struct AnalyzedArticle: Sendable {
    var article: Article
    var analysis: ArticleAnalysis

    var contractDocument: ContractDocument { ContractDocument(article: article, analysis: analysis) }
}

struct CorpusExtraction {
    var articles: [AnalyzedArticle] = []
    var failures: [ReadoutError] = []
    /// Whether the learned choices ran (re-analysis for estimated dates runs the same way).
    var learned = true

    /// The contract for these articles read together: cross-document events and conflicts, and the
    /// publication dates of undated articles estimated from their story (their relative dates re-resolved).
    func contractOutput(corpus: String?) -> ContractOutput {
        let analyzer = ArticleAnalyzer(learned: learned)
        let fused = Fusion().fuse(articles.map { (article: $0.article, analysis: $0.analysis) },
                                  reanalyze: { article, _ in analyzer.analyze(article) })
        return ContractOutput(corpus: corpus, documents: fused.contractDocuments, crossDocument: fused.contractCrossDocument)
    }
}

struct CorpusExtractor {
    var overrides = IngestOverrides()
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Event rules taken out (`--without-rule`, `eval --by-rule`).
    var disabledRules: Set<String> = []
    /// Whether the learned choices run (`readout train` fits them on what the rules alone read).
    var learned = true

    /// The files a list of paths stands for (folders expanded), and the paths that could not be listed.
    func files(in paths: [String]) -> (files: [URL], failures: [ReadoutError]) {
        var files: [URL] = [], failures: [ReadoutError] = []
        for entry in InputEnumerator(paths: paths) {
            switch entry {
            case .success(let url): files.append(url)
            case .failure(let error): failures.append(error)
            }
        }
        return (files, failures)
    }

    func extract(paths: [String]) -> CorpusExtraction {
        let listing = files(in: paths)
        var result = extract(files: listing.files)
        result.failures = listing.failures + result.failures
        return result
    }

    func extract(files: [URL]) -> CorpusExtraction {
        let reader = ArticleReader(overrides: overrides)
        let reads = ParallelMap.map(files, jobs: jobs) { reader.read(file: $0) }
        let analyzer = ArticleAnalyzer(disabledRules: disabledRules, learned: learned)
        let articles = reads.flatMap(\.articles)
        let analyses = ParallelMap.map(articles, jobs: jobs) { analyzer.analyze($0) }
        return CorpusExtraction(
            articles: zip(articles, analyses).map { AnalyzedArticle(article: $0, analysis: $1) },
            failures: reads.flatMap(\.failures), learned: learned)
    }
}
