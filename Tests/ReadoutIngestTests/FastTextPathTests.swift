// The byte-level shortcuts the cleaners use for speed (TextSearch, TextCase, ScalarClass) must
// give exactly what the Unicode-aware library calls they replace give, on any script.
import Foundation
import Testing
@testable import ReadoutIngest

@Suite struct FastTextPathTests {
    static let samples = [
        "Ministers met in ISTANBUL on Monday", "İzmir’s MAYOR said “NO”", "STRASSE und Straße — ẞ", "ΟΔΥΣΣΕΥΣ Σ",
        "Ǆemal ǅ ǆ", "Ωmega K Å", "Пресс-секретарь КРЕМЛЯ", "مؤتمر صحفي", "東京で会談", "", "Photo: REUTERS/Jane Roe",
    ]

    @Test func lowercasingMatchesTheStandardLibrary() {
        for text in Self.samples {
            #expect(TextCase.lowercased(text) == text.lowercased(), "\(text)")
            #expect(TextCase.lowercased(text.dropFirst()) == text.dropFirst().lowercased(), "\(text)")
        }
    }

    @Test func whitespaceClassesMatchUnicodeProperties() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(ScalarClass.isSpaceSeparator(scalar) == (scalar.properties.generalCategory == .spaceSeparator),
                    "U+\(String(value, radix: 16))")
        }
    }

    @Test func onlyTextThatIsAlreadyComposedCountsAsKnownNFC() {
        for text in Self.samples where ScalarClass.isKnownNFC(text) {
            #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars), "\(text)")
        }
        #expect(ScalarClass.isKnownNFC("Talks in Doha – “soon”, €5"))
        #expect(!ScalarClass.isKnownNFC("Jose\u{301} Marti\u{301}"))  // decomposed accents
        #expect(!ScalarClass.isKnownNFC("\u{2126}"))  // the ohm sign becomes omega
    }

    @Test func substringSearchAgreesWithFoundation() {
        let needles = ["photo", "reuters", "/", "told ", "’s", "会談", "Σ", "x"]
        for text in Self.samples {
            let lower = text.lowercased()
            for needle in needles {
                #expect(TextSearch.contains(lower, needle) == lower.contains(needle), "\(text) / \(needle)")
            }
        }
        let line = "She told reporters, then told the Daily Ledger"
        let first = TextSearch.range(of: "told ", in: line, from: line.startIndex)
        #expect(first.map { line[$0] } == "told ")
        let second = first.flatMap { TextSearch.range(of: "told ", in: line, from: $0.upperBound) }
        #expect(second.map { String(line[$0.upperBound...]) } == "the Daily Ledger")
        #expect(TextSearch.containsIgnoringASCIICase("FILE PHOTO: x", "photo"))
        #expect(!TextSearch.contains("pho", "photo"))
    }
}
