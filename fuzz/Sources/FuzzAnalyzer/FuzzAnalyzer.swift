// libFuzzer harness: bytes → the whole analyzer, as `readout extract` runs it: the reader the
// content calls for (a page dump unless it looks like HTML, a feed or JSON), then every
// component on each article. An undated article is analyzed a second time with a publication
// date, so the relative-date and consolidation paths run too.
import Foundation
import FuzzChecks
import ReadoutAnalysis
import ReadoutIngest

private let reader = ArticleReader()
private let analyzer = ArticleAnalyzer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalyzer(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    for var article in reader.read(data: data, name: "fuzz.txt").articles {
        FuzzChecks.analysis(analyzer.analyze(article), of: article)
        if article.metadata.published == nil {
            article.metadata.published = "2024-03-14"
            FuzzChecks.analysis(analyzer.analyze(article), of: article)
        }
    }
    return 0
}
