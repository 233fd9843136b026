import Testing
import ReadoutCore
@testable import ReadoutAnalysis

private func tokens(_ s: String) -> [String] {
    let t = TokenizedText(s)
    return t.tokens.map { t.text(of: $0) }
}

private func sentences(_ s: String, blocks: [TextBlock] = []) -> [String] {
    let t = TokenizedText(s)
    return SentenceSegmenter.segment(t, blocks: blocks).map { t.string($0.span) }
}

@Test func abbreviationsAndInitialsKeepTheirPeriods() {
    #expect(tokens("U.S. Secretary Mr. Lee met Gen. Park on Jan. 4.") ==
            ["U.S.", "Secretary", "Mr.", "Lee", "met", "Gen.", "Park", "on", "Jan.", "4", "."])
    #expect(tokens("Marina E. Franco wrote") == ["Marina", "E.", "Franco", "wrote"])
}

@Test func possessivesAndContractionsSplitTheRightWay() {
    #expect(tokens("Kenya’s president didn’t say") == ["Kenya", "’s", "president", "didn’t", "say"])
    #expect(tokens("O'Neill's plan") == ["O'Neill", "'s", "plan"])
}

@Test func numbersStayWhole() {
    #expect(tokens("a $1,200.50 deal in 2023, 30% of it") == ["a", "$", "1,200.50", "deal", "in", "2023", ",", "30", "%", "of", "it"])
}

@Test func sentencesSplitAtFinalPunctuationButNotAfterTitles() {
    let s = sentences("Mr. Okafor met Dr. Mensah in Accra. They discussed trade. “We agreed,” he said. Talks end Friday.")
    #expect(s == ["Mr. Okafor met Dr. Mensah in Accra.", "They discussed trade.", "“We agreed,” he said.", "Talks end Friday."])
}

@Test func sentenceFinalAbbreviationEndsSentenceBeforeAStarter() {
    let s = sentences("The minister flew to the U.S. The talks begin Monday. She met U.S. officials.")
    #expect(s == ["The minister flew to the U.S.", "The talks begin Monday.", "She met U.S. officials."])
}

@Test func closingQuoteStaysWithItsSentence() {
    let s = sentences("He called it “a new chapter.” Officials agreed.")
    #expect(s == ["He called it “a new chapter.”", "Officials agreed."])
}

@Test func linesAndBlocksBoundSentences() {
    let title = "Leaders meet in Nairobi", body = "The summit opens Monday. It ends Tuesday"
    let text = title + "\n\n" + body
    let bodyStart = title.unicodeScalars.count + 2
    let blocks = [TextBlock(kind: .title, span: TextSpan(0, title.unicodeScalars.count)),
                  TextBlock(kind: .paragraph, span: TextSpan(bodyStart, bodyStart + body.unicodeScalars.count))]
    let t = TokenizedText(text)
    let result = SentenceSegmenter.segment(t, blocks: blocks)
    #expect(result.map { t.string($0.span) } == ["Leaders meet in Nairobi", "The summit opens Monday.", "It ends Tuesday"])
    #expect(result.map(\.block) == [.title, .paragraph, .paragraph])
}
