// libFuzzer harness: bytes → the time-expression finder (lexer, phrase parser, resolver, tense
// cues). A first line of at most 24 bytes is the publication date (valid or not), the rest the
// text; the text is also read with no publication date.
import FuzzChecks
import ReadoutAnalysis

private let finder = TimeExpressionFinder()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimeParser(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    var published: String?
    var body = bytes[...]
    if let newline = bytes.prefix(25).firstIndex(of: UInt8(ascii: "\n")) {
        published = String(decoding: bytes[..<newline], as: UTF8.self)
        body = bytes[(newline + 1)...]
    }
    let scalars = Array(String(decoding: body, as: UTF8.self).unicodeScalars)
    FuzzChecks.times(finder.find(in: scalars, published: published), in: scalars)
    if published != nil { FuzzChecks.times(finder.find(in: scalars, published: nil), in: scalars) }
    return 0
}
