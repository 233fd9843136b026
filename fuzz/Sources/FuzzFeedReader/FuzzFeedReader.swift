// libFuzzer harness: bytes → the RSS/Atom reader (libxml2's XML parser with recovery, items,
// dates, item HTML cleaned like a page).
import Foundation
import FuzzChecks
import ReadoutIngest

private let reader = ArticleReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeedReader(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    reader.read(data: data, name: "fuzz.rss", as: .feed).articles.forEach(FuzzChecks.article)
    return 0
}
