// Every registered event rule reads its own invented examples through the whole analyzer: with the rule
// on, the example's event is there (and, unless the rule completes another rule's meeting, stamped with
// the rule's id); with the rule taken out, no event carries its id and an amendment's people are missing.
import Testing
import ReadoutCore
@testable import ReadoutAnalysis

@Suite struct EventRuleRegistryTests {
    static let rules = EventRuleRegistry.standard.all

    @Test func ruleIdsAreUniqueAndNamedByFamily() {
        let ids = Self.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let family = id.split(separator: ".").first.map(String.init) ?? ""
            #expect(["meet", "visit", "sanction", "agree", "election"].contains(family), "\(id)")
        }
        #expect(Self.rules.allSatisfy { !$0.summary.isEmpty && !$0.examples.isEmpty })
    }

    @Test(arguments: EventRuleRegistry.standard.all.map(\.id))
    func ruleReadsItsExamples(_ id: String) throws {
        let rule = try #require(Self.rules.first { $0.id == id })
        let amends = rule is any MeetingAmendmentRule
        for example in rule.examples {
            let text = article(example.text, published: example.published)
            let on = ArticleAnalyzer().analyze(text).events
            let match = on.first { $0.type == example.type && Set($0.participants) == Set(example.participants) }
            let event = try #require(match, "\(id): no \(example.type) of \(example.participants) in \(on.map(\.participants))")
            if !amends { #expect(event.rule == id, "\(id) example read by \(event.rule ?? "nil")") }
            if let status = example.status { #expect(event.status == status, "\(id)") }
            if let date = example.date { #expect(event.date == date, "\(id)") }
            if let location = example.location { #expect(event.location == location, "\(id)") }

            let off = ArticleAnalyzer(disabledRules: [id]).analyze(text).events
            #expect(!off.contains { $0.rule == id })
            if amends {
                #expect(!off.contains { Set($0.participants) == Set(example.participants) }, "\(id) off still completes the meeting")
            }
        }
    }

    @Test func componentsRunInTheirNamedOrder() {
        #expect(ArticleAnalyzer().componentNames ==
                ["tokenizer", "sentences", "entities", "times", "quotes", "events", "event-consolidation"])
    }

    @Test func aComponentCanBeLeftOut() {
        // Without the event components the same article yields its entities and no events.
        let standard = ArticleAnalyzer().components
        let noEvents = ArticleAnalyzer(components: standard.filter { !$0.name.hasPrefix("event") })
        let text = article("Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Tokyo on Monday.")
        let a = noEvents.analyze(text)
        #expect(a.events.isEmpty)
        #expect(a.entity("Ana Lopes") != nil)
        #expect(!ArticleAnalyzer().analyze(text).events.isEmpty)
    }
}
