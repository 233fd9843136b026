// The learned-choice machinery: a logistic model fitted deterministically on named features, and the
// meeting filter as a pipeline component.
import Testing
import ReadoutCore
@testable import ReadoutAnalysis

@Suite struct LearnedChoiceTests {
    @Test func aLogisticModelLearnsASeparableChoiceDeterministically() {
        // Events read by a "good" rule are right, by a "bad" rule wrong.
        let examples: [(features: [String: Double], label: Bool)] = (0..<40).map { k in
            (["bias": 1, k % 2 == 0 ? "rule=good" : "rule=bad": 1], k % 2 == 0)
        }
        let a = LogisticModel.train(examples), b = LogisticModel.train(examples)
        #expect(a.weights == b.weights)
        #expect(a.probability(["bias": 1, "rule=good": 1]) > 0.8)
        #expect(a.probability(["bias": 1, "rule=bad": 1]) < 0.2)
    }

    @Test func theMeetingFilterDropsWhatItsModelRejects() {
        let text = article("Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Tokyo on Monday.")
        let rejectAll = LogisticModel(weights: ["bias": -10], threshold: 0.5)
        let components = ArticleAnalyzer(learned: false).components + [MeetingFilterComponent(model: rejectAll)]
        #expect(ArticleAnalyzer(components: components).analyze(text).meetings().isEmpty)
        #expect(!ArticleAnalyzer(learned: false).analyze(text).meetings().isEmpty)
    }
}
