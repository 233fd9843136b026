// libFuzzer harness: bytes → the JSON Lines reader, and the same bytes as one JSON document
// (an object or an array of them), which falls back to JSON Lines when it does not parse.
import Foundation
import FuzzChecks
import ReadoutIngest

private let reader = ArticleReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLinesReader(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    reader.read(data: data, name: "fuzz.jsonl", as: .jsonLines).articles.forEach(FuzzChecks.article)
    reader.read(data: data, name: "fuzz.json", as: .json).articles.forEach(FuzzChecks.article)
    return 0
}
