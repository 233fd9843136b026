// Read-only hash tables of words for the knowledge lookups the analyzer makes for every token.
// In: the words (and values) of a knowledge or vocabulary list, fixed once loaded. Out: membership and lookup.
//
// Why not Set<String> and Dictionary: the analyzer asks a dozen lists about each token, so lookups of short
// strings dominate its time, and most of a standard lookup goes to seeding and finalising SipHash, which
// guards tables that untrusted input inserts into. These tables are built once from the bundled files and
// only queried by article text, so a plain FNV-1a hash of the UTF-8 bytes (remembered per entry, compared
// before the string) with linear probing does the same job in about half the time.

/// A fixed map from words to values.
public struct WordMap<Value: Sendable>: Sendable {
    private var keys: [String] = []
    private var values: [Value] = []
    /// Open-addressed slots, at most half full: 0 when empty, else the high half of the key's hash over the
    /// key's index + 1, so that most slots are told apart without reading the key.
    private var slots: [UInt64]
    private var mask: Int

    public init() { slots = [0, 0]; mask = 1 }

    /// The dictionary's entries (its order does not matter: a lookup finds the one entry of a key).
    public init(_ dictionary: [String: Value]) {
        self.init(uniqueKeysWithValues: dictionary.map { ($0.key, $0.value) })
    }

    public init<S: Sequence>(uniqueKeysWithValues pairs: S) where S.Element == (String, Value) {
        let pairs = Array(pairs)
        var capacity = 2
        while capacity < pairs.count * 2 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            let hash = WordHash.of(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                precondition(keys[Int(slots[slot] & 0xFFFF_FFFF) - 1] != key, "WordMap: key '\(key)' given twice")
                slot = (slot + 1) & mask
            }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(keys.count + 1)
            keys.append(key)
            values.append(value)
        }
    }

    @inline(__always)
    private func index(of key: String) -> Int? {
        let hash = WordHash.of(key)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let i = Int(entry & 0xFFFF_FFFF) - 1
                    if keys[i] == key { return i }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    public subscript(key: String) -> Value? {
        guard let i = index(of: key) else { return nil }
        return values[i]
    }

    public subscript<S: StringProtocol>(key: S) -> Value? { self[String(key)] }

    public func contains(_ key: String) -> Bool { index(of: key) != nil }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }
    /// The keys, in the order given.
    public var allKeys: [String] { keys }
    /// The entries, in the order given.
    public var entries: Zip2Sequence<[String], [Value]> { zip(keys, values) }
}

/// A fixed set of words.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    private let table: WordMap<Bool>

    public init<S: Sequence>(_ words: S) where S.Element == String {
        var seen = Set<String>()
        table = WordMap(uniqueKeysWithValues: words.filter { seen.insert($0).inserted }.map { ($0, true) })
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    public func contains(_ word: String) -> Bool { table.contains(word) }
    public func contains<S: StringProtocol>(_ word: S) -> Bool { table.contains(String(word)) }

    public var count: Int { table.count }
    public var isEmpty: Bool { table.isEmpty }

    public func makeIterator() -> IndexingIterator<[String]> { table.allKeys.makeIterator() }

    public func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String { WordSet(Array(self) + Array(other)) }
    public func subtracting<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        let drop = Set(other)
        return WordSet(filter { !drop.contains($0) })
    }
    public func isSuperset<S: Sequence>(of other: S) -> Bool where S.Element == String { other.allSatisfy { table.contains($0) } }
    public func isDisjoint<S: Sequence>(with other: S) -> Bool where S.Element == String { !other.contains(where: { table.contains($0) }) }
}

/// The hash of a word: FNV-1a over the UTF-8 bytes of an ASCII word, with a final mix so that the low bits
/// used to pick a slot depend on every byte. Swift's strings are equal when canonically equivalent ("é" as one
/// scalar or as "e" + accent), so a word with other scalars takes the standard library's hash, which normalises;
/// the three scalars whose canonical form is ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA) are replaced
/// first, so that "\u{212A}" and "K" still meet.
enum WordHash {
    @inline(__always)
    static func of(_ word: String) -> UInt64 {
        var word = word
        let (hash, ascii) = word.withUTF8 { bytes -> (UInt64, Bool) in
            var h: UInt64 = 0xcbf29ce484222325
            var high: UInt8 = 0
            for b in bytes {
                h = (h ^ UInt64(b)) &* 0x100000001b3
                high |= b
            }
            return (h ^ (h >> 32), high < 0x80)
        }
        return ascii ? hash : nonASCII(word)
    }

    private static let asciiSingletons: [Unicode.Scalar: Unicode.Scalar] = ["\u{212A}": "K", "\u{037E}": ";", "\u{1FEF}": "`"]

    private static func nonASCII(_ word: String) -> UInt64 {
        if word.unicodeScalars.contains(where: { asciiSingletons[$0] != nil }) {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: word.unicodeScalars.map { asciiSingletons[$0] ?? $0 })
            return of(String(scalars))
        }
        return UInt64(bitPattern: Int64(truncatingIfNeeded: word.hashValue))
    }
}
