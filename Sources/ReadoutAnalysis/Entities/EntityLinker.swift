// Mentions → entities within one article: "Wang" joins "Wang Lei", "CCP" joins
// "Chinese Communist Party", "U.S." and "America" join "United States", a capital
// used for its government ("Beijing said") joins its country. Each entity takes
// its fullest name, every other form as an alias, the roles seen, and a country.
import ReadoutCore
import ReadoutKnowledge

struct LinkedMention: Sendable {
    var mention: Mention
    var entity: Int
}

struct EntityLinker {
    let knowledge: Knowledge
    let text: TokenizedText

    /// How the recogniser read the entity, named by its fullest mention: a gazetteer name, a person after a
    /// title, a personal name, a name by its head word ("... Institute", "... Sea"), a named event, or a run
    /// of capitalised words typed by what surrounds it.
    func rule(of c: Cluster) -> String {
        let m = c.longest
        if c.type != .person && c.mentions.contains(where: { $0.kind != nil }) { return "entities.gazetteer" }
        if c.determined { return "entities.determined-name" }
        switch c.type {
        case .person: return c.mentions.contains { $0.role != nil } ? "entities.titled-person" : "entities.personal-name"
        case .event: return "entities.event-phrase"
        // ("the foreign ministry", "the presidential office": a body named in lowercase, GovernmentBodies.swift.)
        case .org where m.text.first?.isLowercase == true: return "entities.government-body"
        default:
            let last = String(m.text.split(separator: " ").last ?? "")
            return MentionFinder.head(of: last, knowledge) != nil ? "entities.head-word" : "entities.name-run"
        }
    }

    final class Cluster {
        var type: EntityType
        private(set) var mentions: [Mention]
        var canonical: String?
        var country: String?
        var roles: [String] = []
        /// Retyped from a person by the article before its name (`retypeDeterminedNames`).
        var determined = false
        /// Where its first mention starts, and its longest mention (most tokens, the earliest of those): kept up to
        /// date as mentions are added, as the merges ask for them per pair of clusters (worked out from every
        /// mention each time, that made long inputs quadratic).
        private(set) var first: Int
        private(set) var longest: Mention
        init(_ m: Mention) {
            type = m.type
            mentions = [m]
            canonical = m.canonical
            country = m.country
            first = m.span.start
            longest = m
        }

        func add(_ m: Mention) {
            mentions.append(m)
            first = min(first, m.span.start)
            // What `mentions.max(by:)` keeps when it meets `m` last.
            if longest.tokens.count == m.tokens.count ? longest.span.start > m.span.start : longest.tokens.count < m.tokens.count {
                longest = m
            }
        }

        func add(_ ms: [Mention]) { for m in ms { add(m) } }

        /// Another type for the whole cluster, its mentions (and the longest kept) included.
        func retype(_ newType: EntityType) {
            type = newType
            for k in mentions.indices { mentions[k].type = newType }
            longest.type = newType
        }
    }

    func link(_ mentions: [Mention]) -> (entities: [Entity], mentions: [LinkedMention]) {
        var clusters: [Cluster] = []
        var byKey: [String: Cluster] = [:]
        var singles: [Mention] = []

        // A town's name that is also a word of a person's full name in this article ("Bello" for "Musa Aliyu
        // Bello") is that person.
        let personWords = Set(mentions.filter { $0.type == .person && $0.tokens.count > 1 }.flatMap { words($0) })
        // A company's name the article writes once as a town's ("Woodside, California") is that town throughout.
        let towns = Set(mentions.filter { $0.kind == "town" }.map(\.text))
        for m in mentions.sorted(by: { $0.span < $1.span }) {
            var m = m
            if m.kind == "company", towns.contains(m.text) {
                m.type = .gpe
                m.kind = "town"
                m.canonical = nil
                m.country = nil
            }
            if m.type == .gpe, m.tokens.count == 1, m.kind != "country", m.kind != "capital", !m.isMetonym, personWords.contains(m.text) {
                m.type = .person
                m.kind = "single"
                m.canonical = nil
                m.country = nil
            }
            if m.type == .person && (m.kind == "single" || m.kind == "titled-single") {
                singles.append(m)
                continue
            }
            let key = clusterKey(m)
            if let c = byKey[key] {
                c.add(m)
                if c.country == nil { c.country = m.country }
            } else {
                var m = m
                if m.isMetonym, let country = m.country.flatMap({ knowledge.country(alpha3: $0) }) {
                    m.canonical = country.name
                    m.type = .gpe
                }
                let c = Cluster(m)
                clusters.append(c)
                byKey[key] = c
            }
        }
        mergeContainedPersons(&clusters)
        retypeDeterminedNames(clusters)
        mergeOrganisations(&clusters)
        mergeShortPlaceNames(&clusters)
        attachSingles(singles, to: &clusters)

        // Roles and countries.
        for c in clusters {
            for m in c.mentions {
                if let r = m.role, !c.roles.contains(r) { c.roles.append(r) }
                if c.country == nil, let country = m.country { c.country = country }
            }
            if c.type == .person {
                for m in c.mentions {
                    for r in [appositiveRole(after: m), lowercaseTitle(before: m), titleBeforeComma(m)].compactMap({ $0 })
                    where !c.roles.contains(r) {
                        c.roles.append(r)
                    }
                }
                c.roles = c.roles.map(withoutHonorifics).filter { !$0.isEmpty }
                var unique: [String] = []
                for r in c.roles where !unique.contains(r) { unique.append(r) }
                c.roles = unique
                if c.country == nil { c.country = c.roles.lazy.compactMap(countryIn).first }
                if c.country == nil { c.country = c.mentions.lazy.compactMap(countryAfterOf).first }
                // A head of state or government or foreign minister named without a title ("Xi Jinping said").
                // (The longest form only: the full name when the article gives one.)
                if c.country == nil {
                    let longest = c.longest
                    c.country = longest.tokens.count > 1 ? knowledge.officeHolderCountry(fullName: cleanForm(longest.text))
                        : knowledge.officeHolderCountry(surname: longest.text)
                }
            }
        }

        clusters.sort { $0.first < $1.first }
        var entities: [Entity] = []
        var linked: [LinkedMention] = []
        for (index, c) in clusters.enumerated() {
            let name = displayName(c)
            var aliases: [String] = []
            for m in c.mentions {
                let form = cleanForm(m.text)
                if form != name && !aliases.contains(form) { aliases.append(form) }
            }
            if c.type == .gpe, let canonical = c.canonical, canonical != name, !aliases.contains(canonical) {
                aliases.append(canonical)
            }
            // Places carry the country they are in (a country, its own code), so later stages can compare them.
            let country = c.country
            entities.append(Entity(id: "e\(index + 1)", name: name, type: c.type, aliases: aliases, roles: c.roles,
                                   country: country, mentions: c.mentions.map(\.span).sorted(), rule: rule(of: c)))
            linked += c.mentions.map { LinkedMention(mention: $0, entity: index) }
        }
        linked.sort { $0.mention.span < $1.mention.span }
        return (entities, linked)
    }

    /// A "person" every full mention of which follows "the", with no title or role anywhere, is the body or
    /// site that article writes it as ("the Rasheed Bayt said", "at the Kaveri Ghat").
    func retypeDeterminedNames(_ clusters: [Cluster]) {
        for c in clusters where c.type == .person && c.roles.isEmpty {
            let full = c.mentions.filter { $0.tokens.count > 1 }
            guard let first = full.first?.determinedType, full.allSatisfy({ $0.determinedType != nil && $0.role == nil }) else { continue }
            c.retype(first)
            c.determined = true
        }
    }

    // MARK: - Keys and names

    func clusterKey(_ m: Mention) -> String {
        if m.isMetonym, let c = m.country { return "GPE|country:\(c)" }
        if m.type == .gpe, m.kind == "country", let c = m.country { return "GPE|country:\(c)" }
        if let canonical = m.canonical { return "\(m.type.rawValue)|\(canonical.lowercased())" }
        if m.type == .event, let key = eventKey(m) { return key }
        return "\(m.type.rawValue)|\(normalized(m.text))"
    }

    /// "Taiwan’s presidential and legislative elections", "Taiwan’s election" and "Taiwan Election" are one event:
    /// the same name before the same kind of event.
    func eventKey(_ m: Mention) -> String? {
        let ws = words(m)
        guard let last = ws.last?.lowercased(), NameLexicon.eventNouns.contains(last) || NameLexicon.eventNouns.contains(String(last.dropLast())) else { return nil }
        var owner: [String] = []
        for w in ws {
            if w == "’s" || w == "'s" || !(w.first?.isUppercase ?? false) || NameLexicon.eventNouns.contains(w.lowercased()) { break }
            owner.append(w.lowercased())
        }
        guard !owner.isEmpty else { return nil }
        let stem = last.hasSuffix("s") ? String(last.dropLast()) : last
        return "EVENT|\(owner.joined(separator: " "))|\(stem)"
    }

    func normalized(_ s: String) -> String {
        var t = s.lowercased()
        // (A scalar test first: Foundation's replacingOccurrences is slow on this per-mention path.)
        if t.unicodeScalars.contains("\u{2019}") { t = t.replacingOccurrences(of: "’", with: "'") }
        if t.hasPrefix("the ") { t.removeFirst(4) }
        return t
    }

    func cleanForm(_ s: String) -> String {
        var t = s
        if t.hasPrefix("The ") && t.count > 4 { t.removeFirst(4) }
        return t
    }

    /// The fullest name the text writes: the gazetteer's spelling when the text uses it ("China" beside
    /// "mainland China"), else the longest written form ("UK", "Britain", "Türkiye", "NATO" as written), and the
    /// canonical name only when the text writes none (all capitals in a dateline, or only a capital for its government).
    func displayName(_ c: Cluster) -> String {
        // All-capital place names come from datelines ("ISTANBUL"); all-capital organisations are acronyms ("NATO").
        let written = c.mentions.filter { m in
            !m.isMetonym && !(m.type != .org && m.text == m.text.uppercased() && m.text.count > 3 && m.canonical != nil)
        }
        if let canonical = c.canonical, written.contains(where: { $0.text == canonical }) { return canonical }
        if c.type == .gpe || c.type == .loc || c.canonical != nil {
            if let longest = written.max(by: { $0.text.count < $1.text.count }) { return cleanForm(longest.text) }
            if let country = c.country.flatMap({ knowledge.country(alpha3: $0) }), c.mentions.allSatisfy(\.isMetonym) { return country.name }
            if let canonical = c.canonical { return canonical }
        }
        return cleanForm(c.longest.text)
    }

    // MARK: - Merging

    func words(_ m: Mention) -> [String] {
        m.tokens.compactMap { i in
            let t = text.tokens[i]
            guard t.kind == .word else { return nil }
            // "Al-Rawashdeh" and "al-Rawashdeh" are one name.
            return NameLexicon.nameParticles.contains(text.lowerWords[i]) ? text.lowerWords[i] : text.words[i]
        }
    }

    /// "Le Roux" and "Hamad bin Khalid Al-Nasser" are parts of "Jean-Luc Le Roux", "Sheikh Hamad bin Khalid Al-Nasser".
    func mergeContainedPersons(_ clusters: inout [Cluster]) {
        let persons = clusters.filter { $0.type == .person }.sorted { words($0.longest).count > words($1.longest).count }
        // Each person's name words, and the persons by name words: a longer name looks up the shorter names it
        // contains (each run of its words) instead of trying every later person (quadratic on long inputs). A person
        // is only ever looked up before its own turn, while its mentions are still those it started with.
        let nameWords = persons.map { words($0.longest) }
        var byWords: [[String]: [Int]] = [:]
        for (j, w) in nameWords.enumerated() where !w.isEmpty { byWords[w, default: []].append(j) }
        var removed = Set<ObjectIdentifier>()
        for (i, long) in persons.enumerated() {
            if removed.contains(ObjectIdentifier(long)) { continue }
            let lw = words(long.longest)
            // The later persons whose name is a shorter run of this one's words, in the order a scan meets them.
            var contained = Set<Int>()
            for length in stride(from: lw.count - 1, through: 1, by: -1) {
                for start in 0...(lw.count - length) {
                    for j in byWords[Array(lw[start..<(start + length)])] ?? [] where j > i { contained.insert(j) }
                }
            }
            for j in contained.sorted() where !removed.contains(ObjectIdentifier(persons[j])) {
                long.add(persons[j].mentions)
                removed.insert(ObjectIdentifier(persons[j]))
            }
        }
        clusters.removeAll { removed.contains(ObjectIdentifier($0)) }
    }

    func isContiguous(_ small: [String], in big: [String]) -> Bool {
        guard !small.isEmpty, small.count <= big.count else { return false }
        for start in 0...(big.count - small.count) where Array(big[start..<(start + small.count)]) == small { return true }
        return false
    }

    /// Acronyms with their expansions, "(EAC)" after a name, and "US State Department" with "State Department".
    func mergeOrganisations(_ clusters: inout [Cluster]) {
        var removed = Set<ObjectIdentifier>()
        let orgs = clusters.filter { $0.type == .org || $0.type == .event }
        // Parenthetical acronyms: "East Africa Community (EAC)". The organisations holding a mention with each text,
        // by position in `orgs` and kept up to date as they absorb others, so that an acronym is looked up rather
        // than searched for in every organisation's mentions (quadratic on long inputs).
        var withText: [String: Set<Int>] = [:]
        for (k, c) in orgs.enumerated() { for m in c.mentions { withText[m.text, default: []].insert(k) } }
        for (k, c) in orgs.enumerated() {
            for m in c.mentions {
                let open = m.tokens.upperBound
                guard open + 2 < text.tokens.count, text.string(text.tokens[open].span) == "(",
                      text.string(text.tokens[open + 2].span) == ")" else { continue }
                let acronym = text.words[open + 1]
                if let o = (withText[acronym] ?? []).sorted().first(where: { $0 != k && !removed.contains(ObjectIdentifier(orgs[$0])) }) {
                    let other = orgs[o]
                    c.add(other.mentions)
                    for m in other.mentions { withText[m.text, default: []].insert(k) }
                    removed.insert(ObjectIdentifier(other))
                }
            }
        }
        for short in orgs where !removed.contains(ObjectIdentifier(short)) {
            let s = short.longest.text
            let isAcronym = s.count >= 2 && s.count <= 8 && s.unicodeScalars.allSatisfy { Tokenizer.isUpper($0) || $0 == "." || $0 == "&" }
            for long in orgs where long !== short && !removed.contains(ObjectIdentifier(long)) && !removed.contains(ObjectIdentifier(short)) {
                let l = long.longest.text
                guard l.count > s.count else { continue }
                var same = false
                if isAcronym { same = initials(of: long.longest) == s.replacingOccurrences(of: ".", with: "") }
                else if l.hasSuffix(" " + s) {
                    // "US State Department" ⊃ "State Department": only a country or demonym in front.
                    let front = String(l.dropLast(s.count + 1))
                    same = knowledge.country(named: front) != nil || knowledge.countryForDemonym(front) != nil ||
                        knowledge.entries(surface: front).contains { $0.type == .gpe }
                } else if l.hasPrefix(s + " of ") {
                    same = true
                }
                if same {
                    long.add(short.mentions)
                    if long.country == nil { long.country = short.country }
                    removed.insert(ObjectIdentifier(short))
                }
            }
        }
        clusters.removeAll { removed.contains(ObjectIdentifier($0)) }
    }

    /// "Gaza" and "Gaza Strip", "Élysée" and "Élysée Palace": a place named with and without its head word.
    func mergeShortPlaceNames(_ clusters: inout [Cluster]) {
        var removed = Set<ObjectIdentifier>()
        let places = clusters.filter { $0.type == .gpe || $0.type == .loc || $0.type == .org }
        for long in places {
            let words = long.longest.text.split(separator: " ")
            guard words.count >= 2, let head = words.last,
                  knowledge.locHeadWords.contains(String(head)) || MentionFinder.extraLocHeads.contains(String(head)) else { continue }
            let short = words.dropLast().joined(separator: " ")
            // A country is never its strait or sea ("Taiwan" and "Taiwan Strait" are two places).
            for other in places where other !== long && !removed.contains(ObjectIdentifier(other)) &&
                other.mentions.allSatisfy({ cleanForm($0.text) == short && $0.kind != "country" && !$0.isMetonym }) {
                long.add(other.mentions)
                removed.insert(ObjectIdentifier(other))
            }
        }
        clusters.removeAll { removed.contains(ObjectIdentifier($0)) }
    }

    func initials(of m: Mention) -> String {
        var s = ""
        for w in words(m) {
            let lower = w.lowercased()
            if Self.initialsSkipped.contains(lower) { continue }
            if let f = w.unicodeScalars.first, Tokenizer.isUpper(f) { s.unicodeScalars.append(f) }
        }
        return s
    }

    /// Lone surnames and given names join the nearest person that carries them; a lone word next to a
    /// speech verb or after a title is a person of its own; anything else is dropped.
    func attachSingles(_ singles: [Mention], to clusters: inout [Cluster]) {
        // Indexes instead of a scan of every cluster's mentions per single, which made long inputs quadratic.
        // `byWord`: each word of a multi-word person mention → its mentions, sorted by (start, cluster, mention order),
        // so the nearest one is found by binary search; `firstByText`: a mention's text → the first person cluster
        // holding it. Both give what the scans in cluster order gave, ties included.
        var byWord: [String: [SingleCandidate]] = [:]
        var firstByText: [String: Int] = [:]
        func index(_ full: Mention, cluster ci: Int, order: Int) {
            if firstByText[full.text].map({ ci < $0 }) ?? true { firstByText[full.text] = ci }
            guard full.tokens.count > 1 else { return }
            let entry = SingleCandidate(start: full.span.start, cluster: ci, order: order)
            for w in Set(words(full)) {
                let at = byWord[w]?.partitioningIndex(where: { $0.sortsAfter(entry) }) ?? 0
                byWord[w, default: []].insert(entry, at: at)
            }
        }
        for (ci, c) in clusters.enumerated() where c.type == .person {
            for (order, full) in c.mentions.enumerated() { index(full, cluster: ci, order: order) }
        }
        for m in singles {
            let w = m.text
            var best: (entry: SingleCandidate, distance: Int)?
            // A surname with its particles ("Ms von der Leyen" → "von der Leyen") is looked up by its last word,
            // among the names that hold all its words in a row.
            let parts = words(m)
            let particled = parts.count > 1 && byWord[w] == nil
            let found = particled ? byWord[parts.last!]?.filter { e in
                isContiguous(parts, in: words(clusters[e.cluster].mentions[e.order]))
            } : byWord[w]
            if let list = found, !list.isEmpty {
                // The nearest mention at or before the single (the one that starts last, first in order among
                // equal starts), and the nearest one after it: the scan's distance ranks every other one behind them.
                let after = list.partitioningIndex(where: { $0.start > m.span.start })
                var candidates: [SingleCandidate] = []
                if after > 0 {
                    let start = list[after - 1].start
                    candidates.append(list[list.partitioningIndex(where: { $0.start >= start })])
                }
                if after < list.count { candidates.append(list[after]) }
                for e in candidates {
                    let distance = e.start <= m.span.start ? m.span.start - e.start : 1_000_000 + e.start - m.span.start
                    if best == nil || distance < best!.distance
                        || (distance == best!.distance && (e.cluster, e.order) < (best!.entry.cluster, best!.entry.order)) {
                        best = (e, distance)
                    }
                }
                // "President Omar Haddad ... his wife Sara Haddad ... Haddad said": a surname several people named
                // so far share is the one the article has named most (its principal), not merely the nearest.
                if after > 1, let nearest = best, nearest.entry.start <= m.span.start {
                    var named: [Int: (count: Int, last: SingleCandidate)] = [:]
                    for e in list[..<after] { named[e.cluster] = ((named[e.cluster]?.count ?? 0) + 1, e) }
                    if named.count > 1, let top = named.max(by: { ($0.value.count, $0.value.last.start) < ($1.value.count, $1.value.last.start) }),
                       top.value.count > named[nearest.entry.cluster]!.count {
                        best = (top.value.last, m.span.start - top.value.last.start)
                    }
                }
            }
            if let (e, _) = best {
                let c = clusters[e.cluster]
                c.add(m)
                index(m, cluster: e.cluster, order: c.mentions.count - 1)
                if let r = m.role, !c.roles.contains(r) { c.roles.append(r) }
                continue
            }
            if let ci = firstByText[w] {
                let c = clusters[ci]
                c.add(m)
                index(m, cluster: ci, order: c.mentions.count - 1)
                continue
            }
            if followedByTicker(m) {
                var m = m
                m.kind = nil
                m.type = .org
                clusters.append(Cluster(m))
                continue
            }
            // "Voters asked ...": a plural common noun at the start of a sentence is not a person.
            if let singular = TitleVocabulary.singular(w.lowercased()), knowledge.isCommonWord(singular, minimumZipf: 3.5) { continue }
            if isUnlistedTown(m) {
                var m = m
                m.kind = nil
                m.type = .gpe
                clusters.append(Cluster(m))
                continue
            }
            // (Also the surname of a head of state or government no one else bears: "Zelensky proposed talks".)
            if m.kind == "titled-single" || followedBySpeechVerb(m) || (knowledge.isSurname(w) && precededByGivenContext(m)) ||
                knowledge.officeHolderCountry(surname: w) != nil {
                var m = m
                m.kind = nil
                clusters.append(Cluster(m))
                if m.type == .person { index(m, cluster: clusters.count - 1, order: 0) }
            }
        }
    }

    /// A multi-word person mention a lone name may join: where it starts, its cluster's index and its place
    /// among that cluster's mentions (the order the scan met them in).
    struct SingleCandidate {
        let start: Int
        let cluster: Int
        let order: Int
        func sortsAfter(_ other: SingleCandidate) -> Bool {
            (start, cluster, order) > (other.start, other.cluster, other.order)
        }
    }

    /// "met in Kelvadora", "Ashby, Virginia": a lone capitalised word no list knows, after a word that says a place
    /// follows or before a comma and a known state or country, is a town the gazetteer lacks, unless it is a
    /// personal name or an everyday word.
    func isUnlistedTown(_ m: Mention) -> Bool {
        let w = m.text
        let comma = m.tokens.upperBound
        // Not a demonym or language ("Victorian", "Arabic"), nor the first half of a compound ("Sino-").
        guard !text.tokens[m.tokens.lowerBound].isAllCaps, !knowledge.isGivenName(w), !knowledge.isSurname(w),
              !knowledge.isCommonWord(w.lowercased(), minimumZipf: 2.5),
              !NameLexicon.adjectiveEndings.contains(where: { w.hasSuffix($0) }),
              comma < text.tokens.count, text.tokens[comma].spaceBefore || text.tokens[comma].kind != .punct || text.string(text.tokens[comma].span) != "-"
        else { return false }
        let before = m.tokens.lowerBound - 1
        // ("at X" and "to X" are as often a venue or a person's office as a town.)
        if before >= 0, text.tokens[before].kind == .word, NameLexicon.townCues.contains(text.lowercased(before)) {
            return true
        }
        guard comma + 1 < text.tokens.count, text.string(text.tokens[comma].span) == "," else { return false }
        let next = text.string(text.tokens[comma + 1].span)
        return knowledge.entries(surface: next).contains { $0.type == .gpe && ($0.kind == "region" || $0.kind == "country") }
    }

    /// "Statoil (STL.OL)": a company followed by its share ticker.
    func followedByTicker(_ m: Mention) -> Bool {
        let open = m.tokens.upperBound
        guard open + 2 < text.tokens.count, text.string(text.tokens[open].span) == "(" else { return false }
        let first = text.tokens[open + 1]
        return first.isAllCaps && text.string(text.tokens[open + 2].span) == "." && !text.tokens[open + 2].spaceBefore
    }

    func followedBySpeechVerb(_ m: Mention) -> Bool {
        let next = m.tokens.upperBound
        guard next < text.tokens.count, text.tokens[next].kind == .word else { return false }
        return NameLexicon.speechVerbs.contains(text.lowercased(next))
    }

    func precededByGivenContext(_ m: Mention) -> Bool {
        let before = m.tokens.lowerBound - 1
        guard before >= 0 else { return false }
        let w = text.lowercased(before)
        return NameLexicon.surnameContext.contains(w)
    }

    /// "Chen Bo, China’s ambassador to the US, also attended" → "China’s ambassador to the US".
    func appositiveRole(after m: Mention) -> String? {
        var i = m.tokens.upperBound
        guard i < text.tokens.count, text.string(text.tokens[i].span) == "," else { return nil }
        i += 1
        let start = i
        var sawTitle = false
        var endsAtVerb = false
        while i < text.tokens.count && i - start < 24 {
            let t = text.tokens[i]
            if t.kind == .punct {
                let c = text.string(t.span)
                // "(CPC)" inside the role: an acronym in brackets is part of the name it follows.
                if c == "(", i + 2 < text.tokens.count, text.tokens[i + 1].isAllCaps, text.string(text.tokens[i + 2].span) == ")" {
                    i += 3
                    continue
                }
                if c == "," || c == "." || c == ";" || c == ":" || c == "(" || c == "“" || c == "\"" { break }
            }
            if t.newlineBefore { break }
            if t.kind == .word {
                let w = text.lowercased(i)
                if i == start && !AppositionStart.opens(text, i, knowledge) { return nil }
                // A list of names ("X, Dr Y Z, ...") is not a role: two name-like capitalised words in a row.
                if i > start, i <= start + 2, isNameWord(i), isNameWord(i - 1) { return nil }
                // "X, co-chair of the board and Y Z, ...": the role ends where the next person begins.
                if w == "and", i + 1 < text.tokens.count, isNameWord(i + 1) { break }
                // "X, former assistant secretary of state also attended": a missing closing comma; the role
                // ends where the sentence's verb begins.
                if i > start, Self.clauseOpeners.contains(w) { endsAtVerb = true; break }
                if TitleVocabulary.marksRole(w, knowledge) { sawTitle = true }
            }
            i += 1
        }
        let endsAtAnd = i < text.tokens.count && text.lowercased(i) == "and"
        // "... will meet Prime Minister X, the spokesman added": a definite role right before a verb of speech is the
        // next clause's speaker, not X's apposition.
        if endsAtVerb, Self.appositionSpeechVerbs.contains(text.lowercased(i)), Self.articles.contains(text.lowercased(start)) { return nil }
        guard sawTitle, i > start, i < text.tokens.count,
              endsAtAnd || endsAtVerb || [",", "."].contains(text.string(text.tokens[i].span)) else { return nil }
        var role = text.text(tokens: start..<i)
        for article in Self.articles where role.hasPrefix(article + " ") { role.removeFirst(article.count + 1) }
        return role
    }

    /// "with US deputy national security adviser Jonathan Baker", "veteran Chinese diplomat Wang": a title
    /// written in lowercase right before the name.
    func lowercaseTitle(before m: Mention) -> String? {
        var i = m.tokens.lowerBound - 1
        var start = m.tokens.lowerBound
        var sawRole = false
        while i >= 0 && m.tokens.lowerBound - i <= 7 {
            let t = text.tokens[i]
            guard t.kind == .word, !t.newlineBefore || i == m.tokens.lowerBound - 1 else { break }
            let w = text.words[i], lower = text.lowerWords[i]
            let relational = Self.relationalRoles.contains(lower)
            // "his Sri Lankan counterpart", "her North Korean counterpart": a demonym of two words is read whole.
            if i >= 1, t.isCapitalized, text.tokens[i - 1].kind == .word, text.tokens[i - 1].isCapitalized,
               knowledge.countryForDemonym(text.words[i - 1] + " " + w) != nil {
                start = i - 1
                i -= 2
                continue
            }
            let fits = TitleVocabulary.isTitleWord(lower, knowledge) || relational || knowledge.countryForDemonym(w) != nil ||
                knowledge.entries(surface: w).contains { $0.kind == "country" } || lower == "of" || w == "’s" || w == "'s"
            guard fits, !NameLexicon.capitalisedFunctionWords.contains(lower) || lower == "of" else { break }
            // Capitalised titles were read with the name already; this is for the lowercase ones.
            if t.isCapitalized && TitleVocabulary.isTitleWord(lower, knowledge) { break }
            // "his Azerbaijani counterpart X": what X is to the person before, and the country X serves.
            if TitleVocabulary.marksRole(lower, knowledge) || relational { sawRole = true }
            start = i
            i -= 1
        }
        // ("his Azerbaijani counterpart": the possessive is the sentence's, not the role's.)
        while start < m.tokens.lowerBound && (Self.titleJoiners.contains(text.lowercased(start)) ||
                                              !text.tokens[start].isCapitalized && Self.possessiveOpeners.contains(text.lowercased(start))) { start += 1 }
        guard sawRole, start < m.tokens.lowerBound else { return nil }
        return text.text(tokens: start..<m.tokens.lowerBound)
    }

    /// "the Ethiopian Ambassador to Nigeria, Abebe Tesfaye," / "the Minister Delegate ..., Félix Ndoumbe": a title
    /// phrase opened by "the"/"a" before a title word, then a comma, then the name.
    func titleBeforeComma(_ m: Mention) -> String? {
        let comma = m.tokens.lowerBound - 1
        guard comma > 0, text.string(text.tokens[comma].span) == "," else { return nil }
        var i = comma - 1
        var opening: Int?
        while i >= 0 && comma - i <= 20 {
            let t = text.tokens[i]
            if t.kind == .punct || (t.newlineBefore && i < comma - 1) { break }
            let lower = text.lowercased(i)
            // "the minister and the Ethiopian Ambassador, X": only the description nearest the name is X's.
            if lower == "and" { break }
            // ("met his Japanese counterpart, X": a possessive opens a relational role.)
            let possessive = Self.possessiveOpeners.contains(lower) && ((i + 1)..<comma).contains { Self.relationalRoles.contains(text.lowercased($0)) }
            if AppositionStart.articles.contains(lower) || possessive, i + 1 < comma {
                let next = text.words[i + 1]
                // The nearest description to the name: "received the Ghanaian envoy, X" is "Ghanaian envoy".
                if opening == nil, TitleVocabulary.isTitleWord(next.lowercased(), knowledge) || knowledge.countryForDemonym(next) != nil { opening = i }
            }
            i -= 1
        }
        guard let opening, ((opening + 1)..<comma).contains(where: { TitleVocabulary.marksRole(text.lowercased($0), knowledge) ||
                                                                     Self.relationalRoles.contains(text.lowercased($0)) }) else { return nil }
        // "upon arrival at the Royal Palace, X": a place the sentence is at, not what X is.
        let last = text.words[comma - 1]
        if opening > 0 && Self.placePrepositions.contains(text.lowercased(opening - 1)) { return nil }
        if knowledge.orgHeadWords.contains(last) || knowledge.locHeadWords.contains(last) { return nil }
        return text.text(tokens: (opening + 1)..<comma)
    }

    func withoutHonorifics(_ role: String) -> String {
        var words = role.split(separator: " ").map(String.init)
        while let last = words.last, knowledge.honorifics.contains(last) { words.removeLast() }
        while let first = words.first, knowledge.honorifics.contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    private static let v = Vocabulary.shared

    /// Words that begin a clause's predicate, never a title: "also", "said", "was", "has".
    static let clauseOpeners = v.set("apposition.clause-opener")
    static let appositionSpeechVerbs = v.set("apposition.speech-verb")
    static let relationalRoles = v.set("apposition.relational-role")
    static let possessiveOpeners = v.set("apposition.possessive-opener")

    static let placePrepositions = v.set("apposition.place-preposition")

    static let portfolioPrepositions = v.set("role.posting-preposition")

    /// Words an acronym's initials pass over ("Council on Foreign Relations" → CFR).
    static let initialsSkipped = v.set("name.initials-skip")
    /// "of" and the possessive between a lowercase title and the name: part of neither.
    static let titleJoiners = v.set("title.joiner")
    /// The articles, in order ("the" is stripped before "a").
    static let articles = v.entries("article.any")

    /// "President William Kamau of Kenya".
    func countryAfterOf(_ m: Mention) -> String? {
        let of = m.tokens.upperBound
        guard of + 1 < text.tokens.count, text.lowercased(of) == "of" else { return nil }
        let name = text.words[of + 1]
        if let e = knowledge.entries(surface: name).first, e.kind == "country" { return e.country }
        return nil
    }

    func isNameWord(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps else { return false }
        let w = text.words[i], lower = text.lowerWords[i]
        return !TitleVocabulary.isTitleWord(lower, knowledge) && knowledge.countryForDemonym(w) == nil &&
            !knowledge.orgHeadWords.contains(w) && knowledge.entries(surface: w).isEmpty && !NameLexicon.capitalisedFunctionWords.contains(lower) &&
            !knowledge.honorifics.contains(w)
    }

    /// The country a role says its holder serves: "Kenyan President", "Foreign Minister of Peru". A country after
    /// "for", "on" or "to" is the portfolio or posting ("senior director for China", "Ambassador to Nigeria",
    /// "expert on US studies"), not the holder's own.
    func countryIn(_ role: String) -> String? {
        let words = role.split(whereSeparator: { $0 == " " || $0 == "-" })
        for (k, w) in words.enumerated() {
            if Self.portfolioPrepositions.contains(w.lowercased()) { return nil }
            var word = String(w)
            for suffix in ["’s", "'s"] where word.hasSuffix(suffix) { word.removeLast(2) }
            // "North Korean", "Sri Lankan": a demonym of two words before its last word alone ("Korean").
            if k + 1 < words.count, let c = knowledge.countryForDemonym(word + " " + words[k + 1]) { return c.alpha3 }
            if let c = knowledge.countryForDemonym(word) { return c.alpha3 }
            if let e = knowledge.entries(surface: word).first, e.kind == "country" { return e.country }
        }
        return nil
    }
}

extension Array {
    /// The index of the first element for which `isAfter` holds, in an array where it holds for a suffix
    /// (binary search).
    func partitioningIndex(where isAfter: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if isAfter(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
