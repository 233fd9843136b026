// Text cut out of an article by scalar offsets must be exactly those scalars, in any script
// (one to four UTF-8 bytes each), with out-of-range offsets clamped to the text.
import Testing
@testable import ReadoutAnalysis

@Suite struct ScalarStringTests {
    @Test func slicesMatchTheScalarsTheyCover() {
        let text = "Talks in Zürich — 東京 and Київ 🇺🇦 “soon”, said Ms. Ó Briain."
        let scalars = Array(text.unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                let expected = String(String.UnicodeScalarView(scalars[start..<end]))
                #expect(ScalarString.make(scalars, start, end) == expected)
            }
        }
        #expect(ScalarString.make(scalars, -3, 5) == "Talks")
        #expect(ScalarString.make(scalars, scalars.count - 1, scalars.count + 10) == ".")
        #expect(ScalarString.make(scalars, 7, 2) == "")
    }

    @Test func lowercaseTokenKeysMatchTheStandardLibrary() {
        let tokenized = TokenizedText("NATO and the AU met in KYIV; İstanbul’s ÉLYSÉE talks, U.S. envoy O’Neill.")
        for i in tokenized.tokens.indices {
            #expect(tokenized.lowercased(i) == tokenized.word(i).lowercased())
            #expect(tokenized.word(i) == tokenized.text(of: tokenized.tokens[i]))
        }
        let scalars = Array("Talks in BERLIN".unicodeScalars)
        #expect(ScalarString.asciiLowercased(scalars, 9, 15) == "berlin")
        #expect(ScalarString.asciiLowercased(Array("ÉLYSÉE".unicodeScalars), 0, 6) == nil)
    }

    @Test func tokenTextKeepsAccentsAndSymbols() {
        let tokenized = TokenizedText("Ministro João Vieira met Ngô Thị Minh in Hà Nội.")
        let words = tokenized.tokens.map { tokenized.text(of: $0) }
        #expect(words == ["Ministro", "João", "Vieira", "met", "Ngô", "Thị", "Minh", "in", "Hà", "Nội", "."])
    }
}
