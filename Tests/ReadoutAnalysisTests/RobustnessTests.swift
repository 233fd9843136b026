// The analyzer must never trap, whatever the text: random mixtures of names, titles, quotes,
// hyphens, brackets, numbers and line breaks, cut at random places, with and without a date.
import Testing
import ReadoutCore
@testable import ReadoutAnalysis

/// A small deterministic generator so a failure can be reproduced.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private let pieces = [
    "President", "Minister", "of", "Foreign", "Affairs", "Amara", "Odhiambo", "met", "Kenya", "Kenyan", "the", "and",
    "“", "”", "‘", "’", "\"", "'", "’s", "-", "—", "(", ")", "[", "]", ",", ".", ":", ";", "?", "!", "\n", "\n\n",
    "said", "on", "Monday", "Jan.", "4", "2024", "last", "November", "U.S.", "NATO", "al-", "bin", "Jr.", "Mr", "Dr.",
    "talks", "with", "in", "Nairobi", "NAIROBI", "visit", "sanctions", "signed", "agreement", "election", "Ji-ho",
    "Sheikh", "Al-Thani", "Ministry", "Strait", "Summit", "summit", "according", "to", "he", "she", "also", "attended",
    "meeting", "separately", "between", "officials", "Chinese", "two", "countries", "again", "é", "😀", "\u{00A0}", "",
]

@Test func randomTextNeverCrashesTheAnalyzer() {
    var rng = SplitMix(state: 20_241_123)
    let analyzer = ArticleAnalyzer()
    for round in 0..<400 {
        let count = Int.random(in: 0...120, using: &rng)
        var text = ""
        for _ in 0..<count {
            text += pieces.randomElement(using: &rng)!
            if Bool.random(using: &rng) { text += " " }
        }
        let published: String? = round % 3 == 0 ? nil : "2024-0\(1 + round % 9)-1\(round % 10)"
        let article = Article(id: "r\(round)", source: "random", format: .text, text: text, blocks: [],
                              metadata: ArticleMetadata(published: published), rawHash: "", contentHash: "")
        let analysis = analyzer.analyze(article)
        let length = text.unicodeScalars.count
        for e in analysis.entities { for m in e.mentions { #expect(m.start >= 0 && m.end <= length && m.start < m.end) } }
        for q in analysis.quotes { #expect(q.span.end <= length) }
        for e in analysis.events { #expect(e.evidenceSpan.end <= length) }
    }
}
