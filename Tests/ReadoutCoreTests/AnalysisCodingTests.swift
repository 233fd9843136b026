// How analysis values are written as JSON (the store keeps each article's analysis as JSON
// text): an entity holds its profile, but is written as one flat object, the shape databases
// written before the profile existed hold, so they still read.
import Foundation
import ReadoutCore
import Testing

@Suite struct AnalysisCodingTests {
    let entity = Entity(id: "e1", name: "Ana Lopes", type: .person, aliases: ["Lopes"], roles: ["Foreign Minister"],
                        country: "PRT", mentions: [TextSpan(0, 9)], rule: "entities.title-person")

    @Test func anEntityIsOneFlatObject() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(entity)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "name", "type", "aliases", "roles", "country", "mentions", "rule"])
        #expect(object["name"] as? String == "Ana Lopes")
        #expect(object["type"] as? String == "PERSON")
        #expect(object["country"] as? String == "PRT")
    }

    @Test func anEntityReadsBackAsWritten() throws {
        let decoded = try JSONDecoder().decode(Entity.self, from: JSONEncoder().encode(entity))
        #expect(decoded == entity)
        #expect(decoded.profile == EntityProfile(name: "Ana Lopes", type: .person, aliases: ["Lopes"],
                                                 roles: ["Foreign Minister"], country: "PRT"))
    }

    @Test func absentCountryAndRuleAreLeftOut() throws {
        let bare = Entity(id: "e2", name: "Lisbon", type: .gpe)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(bare)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "name", "type", "aliases", "roles", "mentions"])
        #expect(try JSONDecoder().decode(Entity.self, from: JSONEncoder().encode(bare)) == bare)
    }
}
