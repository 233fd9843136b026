import Testing
import ReadoutKnowledge

/// The knowledge lookups answer exactly what a Dictionary or Set of the same words would.
@Suite struct WordTableTests {
    /// Words of several scripts and lengths, with near misses that differ in case, accents or one letter.
    static let words: [String] = {
        var out = ["", "a", "of", "Minister", "minister", "MINISTER", "São Paulo", "Sao Paulo", "Zürich", "Zurich",
                   "Москва", "北京", "Côte d’Ivoire", "Côte d'Ivoire", "e\u{301}", "\u{e9}"]
        var seed: UInt64 = 42
        for n in 0..<3_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let length = 1 + Int(seed >> 60)
            out.append(String((0..<length).map { k in Character(Unicode.Scalar(97 + UInt8((seed >> UInt64(k * 4)) % 26))) }) + "\(n % 7)")
        }
        return out
    }()

    @Test func aMapFindsEveryKeyItWasGivenAndNoOther() {
        var dictionary: [String: Int] = [:]
        for (i, w) in Self.words.enumerated() where dictionary[w] == nil { dictionary[w] = i }
        let map = WordMap(dictionary)
        #expect(map.count == dictionary.count)
        for (key, value) in dictionary { #expect(map[key] == value) }
        for absent in ["minister ", "Ministers", "Sao paulo", "北", "zz9", "Zürich2"] {
            #expect(map[absent] == dictionary[absent])
        }
    }

    @Test func stringsThatAreEqualAsSwiftStringsAreOneKey() {
        // Swift compares strings by canonical equivalence: "é" written as one scalar or as "e" + accent is one word.
        let set = WordSet(["caf\u{e9}", "K", "Hello;"])
        #expect(set.contains("cafe\u{301}"))
        // KELVIN SIGN and GREEK QUESTION MARK are canonically "K" and ";".
        #expect(set.contains("\u{212A}") && set.contains("Hello\u{037E}"))
        #expect(!set.contains("cafe") && !set.contains("k"))
    }

    @Test func aSetKeepsEachWordOnceInTheOrderGiven() {
        let set = WordSet(["talks", "summit", "talks", "visit"])
        #expect(Array(set) == ["talks", "summit", "visit"])
        #expect(set.count == 3)
        #expect(set.contains("summit") && !set.contains("Summit") && !set.contains("visits"))
        #expect(set.union(["treaty", "talks"]).count == 4)
        #expect(Array(set.subtracting(["talks"])) == ["summit", "visit"])
        #expect(set.isSuperset(of: ["visit", "talks"]) && !set.isSuperset(of: ["visit", "deal"]))
        #expect(set.isDisjoint(with: ["deal", "pact"]) && !set.isDisjoint(with: ["deal", "visit"]))
        #expect(WordSet([String]()).isEmpty && !WordSet([String]()).contains(""))
    }
}
