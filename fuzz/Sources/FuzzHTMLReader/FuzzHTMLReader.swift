// libFuzzer harness: bytes → the HTML reader (libxml2's HTML parser, metadata, JSON-LD, main
// text), whatever the bytes look like.
import Foundation
import FuzzChecks
import ReadoutIngest

private let reader = ArticleReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLReader(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    reader.read(data: data, name: "fuzz.html", as: .html).articles.forEach(FuzzChecks.article)
    return 0
}
