// Which organisations and countries a person stands for, read from the roles outlets give them.
// In: global entities. Out: person id → ids of the bodies and countries their roles name
// ("head of the International Liaison Department of the Chinese Communist Party" → that
// department and the party; "Foreign Minister of Ghana" → Ghana). One outlet writes "the
// party's diplomatic arm met the think tank", another "Wang met the think tank": the role says
// they are one side of one meeting. Only names that belong to one entity count, and one-word
// names only when written as an acronym ("US", "NATO"), so common words in roles link nothing.
// A person also stands for their country: one outlet writes "Indonesia and Vietnam signed", another
// "the two leaders signed" — the people's countries are the parties.
import ReadoutCore

struct RoleLinks {
    private var links: [String: Set<String>] = [:]
    /// ISO alpha-3 code of each person (their country) and each place (the country it is in).
    private var countryCode: [String: String] = [:]

    init(entities: [GlobalEntity]) {
        var owners: [[String]: Set<String>] = [:]
        var longest = 1
        for entity in entities where entity.type != .person {
            for name in entity.names {
                var words = NameText.words(name)
                if words.count > 1, words.first == "the" { words.removeFirst() }
                guard !words.isEmpty, words.count > 1 || NameText.looksLikeAcronym(name) else { continue }
                owners[words, default: []].insert(entity.id)
                longest = max(longest, words.count)
            }
        }
        for entity in entities where entity.type == .person || entity.type == .gpe {
            if let code = entity.country { countryCode[entity.id] = code }
        }
        for person in entities where person.type == .person && !person.roles.isEmpty {
            var found = Set<String>()
            for role in person.roles {
                let words = NameText.words(role)
                for start in words.indices {
                    for length in 1...min(longest, words.count - start) {
                        if let ids = owners[Array(words[start..<(start + length)])], ids.count == 1 { found.formUnion(ids) }
                    }
                }
            }
            if !found.isEmpty { links[person.id] = found }
        }
    }

    /// The bodies and countries a person's roles name.
    func bodies(of person: String) -> Set<String> { links[person] ?? [] }

    /// A key shared by a person and the country they come from (and by the country itself), for blocking
    /// candidate pairs; nil for anything else.
    func countryKey(of id: String) -> String? { countryCode[id].map { "country:" + $0 } }

    /// Does one stand for the other: a person and their country (by role or by the country the text gives)?
    func standsFor(_ x: String, _ y: String) -> Bool {
        if bodies(of: x).contains(y) || bodies(of: y).contains(x) { return true }
        guard let cx = countryCode[x], let cy = countryCode[y], cx == cy else { return false }
        // One of the two must be a person: two places in one country are not one side.
        return x.hasPrefix("person:") != y.hasPrefix("person:")
    }

    /// Participants of two reports that are not the same entity but one side of the meeting: a
    /// person on one side, a body or country their roles name on the other. Each participant is
    /// used once.
    func sides(_ a: [String], _ b: [String]) -> Int {
        let shared = Set(a).intersection(b)
        var right = b.filter { !shared.contains($0) }
        var count = 0
        for x in a where !shared.contains(x) {
            if let k = right.firstIndex(where: { standsFor(x, $0) }) {
                right.remove(at: k)
                count += 1
            }
        }
        return count
    }
}
