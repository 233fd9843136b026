// The modality component on invented sentences in several countries' reporting styles: negation,
// refusal, requests and counterfactuals, plans and conditions, hedged reports.
import Testing
import ReadoutCore
@testable import ReadoutAnalysis

/// The status the whole analyzer gives the one event of `type` read from `sentence`, or nil when none is read.
private func status(_ sentence: String, _ type: EventType = .meet) -> EventStatus? {
    ArticleAnalyzer().analyze(article(sentence)).events.first { $0.type == type }?.status
}

@Suite struct EventModalityTests {
    @Test func aTripWeighedOrPossibleIsAheadAndADeniedOneDidNotHappen() {
        #expect(status("President Ana Lopes is considering a visit to Japan.", .visit) == .planned)
        #expect(status("President Ana Lopes is weighing a trip to Japan, two sources said.", .visit) == .planned)
        #expect(status("President Ana Lopes may visit Japan.", .visit) == .planned)
        // "May" capitalised is the month.
        #expect(status("In May, President Ana Lopes met Prime Minister Kenji Tanaka in Tokyo.") == .occurred)
        #expect(status("The ministry denied that President Ana Lopes had met Prime Minister Kenji Tanaka.") == .negated)
        #expect(status("The ministry dismissed reports that President Ana Lopes would visit Japan in May.", .visit) == .negated)
        // Saying that is not denying it.
        #expect(status("The ministry said that President Ana Lopes met Prime Minister Kenji Tanaka on Monday.") == .occurred)
    }

    @Test func whatSomeoneLooksForwardToIsAhead() {
        #expect(status("President Ana Lopes said she looked forward to meeting Prime Minister Kenji Tanaka.") == .planned)
    }

    @Test func negatorsGoverningTheTriggerNegateIt() {
        #expect(status("President Ana Lopes did not meet Prime Minister Kenji Tanaka during the summit in Lisbon.") == .negated)
        #expect(status("Chancellor Rui Costa has never met President Amara Diallo, his office said.") == .negated)
        #expect(status("Prime Minister Kenji Tanaka won't hold talks with President Ana Lopes this week.") == .negated)
    }

    @Test func aHeadlinesBareInfinitiveIsItsFutureTense() {
        let a = ArticleAnalyzer().analyze(article("The veteran diplomat arrived in Lisbon before the vote, the ministry said.",
                                                  title: "Ana Lopes to Meet Veteran Japanese Diplomat Kenji Tanaka Before Vote"))
        #expect(a.events.first { $0.type == .meet }?.status == .planned)
        // In the body, "to" needs a verb of intent before it: "travelled to Lisbon to meet" tells what was done.
        #expect(status("Foreign Minister Ana Lopes travelled to Lisbon to meet President Kenji Tanaka on Monday.") == .occurred)
    }

    @Test func aPlanKnownOnlyFromANewsOutletIsReported() {
        #expect(status("Reuters said Prime Minister Kenji Tanaka will visit Lisbon next week.", .visit) == .reported)
        #expect(status("Prime Minister Kenji Tanaka will visit Lisbon next week, according to Reuters.", .visit) == .reported)
        #expect(status("Prime Minister Kenji Tanaka will visit Lisbon next week, his office said.", .visit) == .planned)
    }

    @Test func refusalAndCancellationNegate() {
        #expect(status("President Amara Diallo declined to meet Foreign Minister Ana Lopes in Dakar on Monday.") == .negated)
        #expect(status("Minister Rui Costa called off talks with Minister Kenji Tanaka on Tuesday.") == .negated)
        #expect(status("Prime Minister Kenji Tanaka has yet to visit Portugal.", .visit) == .negated)
        // The event's owner may stand between: "cancelled her trip".
        #expect(status("Prime Minister Kenji Tanaka cancelled his trip to Portugal.", .visit) == .negated)
        #expect(status("Minister Rui Costa called off her meeting with Minister Kenji Tanaka.") == .negated)
        #expect(status("Minister Rui Costa held her first meeting with Minister Kenji Tanaka on Monday.") == .occurred)
    }

    @Test func anIntentDeniedNegates() {
        #expect(status("President Amara Diallo has no plans to meet Foreign Minister Ana Lopes, his office said.") == .negated)
        #expect(status("Prime Minister Kenji Tanaka has no intention of visiting Portugal this year.", .visit) == .negated)
        #expect(status("President Amara Diallo plans to meet Foreign Minister Ana Lopes next week.") == .planned)
    }

    @Test func anAgreementThatWasNotReachedIsNegated() {
        #expect(status("Portugal and Japan failed to reach a deal on fishing quotas on Monday.", .agree) == .negated)
        // Talks that ended without an agreement made none: negated, or no agreement read at all.
        let without = status("Kenya and Uganda ended two days of talks without an agreement on the border.", .agree)
        #expect(without == nil || without == .negated)
    }

    @Test func anEventThatDidNotTakePlaceIsNegated() {
        let a = ArticleAnalyzer().analyze(article(
            "President Ana Lopes was due to meet Prime Minister Kenji Tanaka in Lisbon on Monday. The meeting did not take place."))
        #expect(a.meetings().allSatisfy { $0.status != .occurred })
    }

    @Test func negationOfSomethingElseLeavesTheEventAlone() {
        // The negator is about "only" or about another verb, not about the meeting.
        #expect(status("President Ana Lopes not only met Prime Minister Kenji Tanaka but also toured the port.") == .occurred)
        #expect(status("President Ana Lopes met Prime Minister Kenji Tanaka on Monday, but they did not sign the accord.") == .occurred)
    }

    @Test func requestsOfOthersAreHypothetical() {
        #expect(status("The United Nations urged President Amara Diallo to meet Prime Minister Kenji Tanaka.") == .hypothetical)
        // Read as a request, or not read as a meeting at all: never as talks that took place.
        let calledOn = status("Chancellor Rui Costa called on Kenya and Uganda to hold talks on the border.")
        #expect(calledOn == nil || calledOn == .hypothetical)
    }

    @Test func aRequestMadeDuringTalksIsNotAboutThem() {
        // "urged ... in talks": the talks happened; the request was their content.
        #expect(status("Foreign Minister Ana Lopes urged Prime Minister Kenji Tanaka in talks in Tokyo on Monday to lower tariffs.") == .occurred)
    }

    @Test func counterfactualInversionIsHypothetical() {
        #expect(status("Should the two leaders meet, President Ana Lopes and Prime Minister Kenji Tanaka would discuss tariffs.") == .hypothetical)
    }

    @Test func plansAndConditionsAreAhead() {
        #expect(status("President Ana Lopes will meet Prime Minister Kenji Tanaka in Tokyo.") == .planned)
        #expect(status("President Ana Lopes is expected to meet Prime Minister Kenji Tanaka in Tokyo.") == .planned)
        #expect(status("If President Ana Lopes and Prime Minister Kenji Tanaka do hold a summit, trade will top the agenda.") == .planned)
    }

    @Test func aFrontedPhraseTakesTheMainClauseTense() {
        // "In addition to meeting X, Y will meet Z": both meetings are ahead.
        let a = ArticleAnalyzer().analyze(article(
            "In addition to meeting President Kenji Tanaka, Foreign Minister Ana Lopes will meet Chancellor Rui Costa."))
        #expect(a.meetings().count == 2)
        #expect(a.meetings().allSatisfy { $0.status == .planned })
        let after = ArticleAnalyzer().analyze(article(
            "After talks with President Kenji Tanaka on Monday, Foreign Minister Ana Lopes met Chancellor Rui Costa."))
        #expect(after.meetings().allSatisfy { $0.status == .occurred })
    }

    @Test func hedgedAccountsAreReported() {
        #expect(status("President Ana Lopes reportedly met Prime Minister Kenji Tanaka in secret last month.") == .reported)
    }

    @Test func negatedAndHypotheticalEventsAreNotAsserted() {
        #expect(EventStatus.allCases.filter(\.isAsserted) == [.occurred, .planned, .reported])
    }
}

@Suite struct SanctionAndAgreementVerbTests {
    private func events(_ s: String, _ type: EventType) -> [Event] {
        ArticleAnalyzer().analyze(article(s, published: "2025-03-14")).events.filter { $0.type == type && $0.status.isAsserted }
    }

    @Test func sanctionsNeedAVerbThatImposesThem() {
        #expect(events("Kenya said the new sanctions would not change its policy.", .sanction).isEmpty)
        #expect(events("Canada on Monday imposed sanctions on three shipping firms.", .sanction).first?.participants == ["Canada"])
    }

    @Test func anInfinitiveAfterANounHasThePossessorAsAgent() {
        #expect(events("Exports fell after President Amara Diallo's decision to impose tariffs on Kenyan tea.", .sanction)
            .first?.participants == ["Amara Diallo"])
        // A spokesman's ministry criticising "the move to impose" imposed nothing.
        #expect(events("Kenyan Foreign Ministry spokesman Joseph Mwangi criticised the move to impose fresh sanctions.", .sanction).isEmpty)
    }

    @Test func aPromiseToGoOnIsNoAgreement() {
        #expect(events("Portugal and Japan agreed to continue talks on fisheries next month.", .agree).isEmpty)
        #expect(!events("Portugal and Japan agreed to cut tariffs on fish by half.", .agree).isEmpty)
        // Agreeing on more talking: what is agreed is talks, not an accord.
        #expect(events("Portugal and Japan agreed to speed up talks on fishing rights.", .agree).isEmpty)
        #expect(events("Portugal and Japan agreed to launch negotiations on a trade deal.", .agree).isEmpty)
    }
}
