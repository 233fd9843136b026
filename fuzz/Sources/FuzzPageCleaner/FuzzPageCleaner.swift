// libFuzzer harness: bytes → the plain-text page-dump cleaner, as a text file and as Markdown,
// through ArticleReader so decoding and whitespace normalization run as they do on real files.
import Foundation
import FuzzChecks
import ReadoutIngest

private let reader = ArticleReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPageCleaner(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    reader.read(data: data, name: "fuzz.txt", as: .text(markdown: false)).articles.forEach(FuzzChecks.article)
    reader.read(data: data, name: "fuzz.md", as: .text(markdown: true)).articles.forEach(FuzzChecks.article)
    return 0
}
