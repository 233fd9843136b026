// Cross-document entity resolution: one global entity per real person, organization or place.
// In: every document's entities. Out: GlobalEntity values and, per document, local id / name /
// alias → global id. People merge on compatible full names (PersonNameMatcher) and a lone
// surname joins a full name only when exactly one person across the set fits it; organizations
// and places merge on shared names, aliases and acronyms. Countries that differ block a merge.
import ReadoutCore
import ReadoutKnowledge

struct EntityResolution {
    var entities: [GlobalEntity]
    /// Document id → local id / name / alias as written → global id.
    var index: [String: [String: String]]
    /// Document id → folded local id / name / alias → global id.
    var keyIndex: [String: [String: String]]
    /// Folded name of every global form → global id, when unambiguous.
    var byKey: [String: String]
}

struct EntityResolver {
    private struct Local {
        let doc: Int
        let entity: Entity
        let person: PersonName?
        let keys: Set<String>          // folded name and aliases
        let acronymForms: Set<String>  // folded forms written like acronyms ("UN")
        let acronym: String?           // the name's initials ("un" for "United Nations")
        /// The country fusion trusts: the entity's own, unless outvoted (reconcileCountries).
        var country: String?
    }

    func resolve(_ docs: [DocumentView]) -> EntityResolution {
        var locals: [Local] = []
        for doc in docs {
            for entity in doc.analysis.entities {
                let forms = [entity.name] + entity.aliases
                locals.append(Local(
                    doc: doc.index, entity: entity,
                    person: entity.type == .person ? PersonName(entity.name) : nil,
                    keys: Set(forms.map(NameText.key).filter { !$0.isEmpty }),
                    acronymForms: Set(forms.filter(NameText.looksLikeAcronym).map(NameText.key)),
                    acronym: entity.type == .person ? nil : NameText.acronym(entity.name),
                    country: entity.country))
            }
        }
        reconcileCountries(&locals)
        var sets = DisjointSets(count: locals.count)
        mergePeople(locals, &sets)
        mergeOthers(locals, &sets)
        return build(locals, sets.groups(), docs)
    }

    // MARK: People

    /// One full name, several countries: the analyzer reads a person's country from nearby words
    /// (a role, an organisation in apposition), and one outlet's sentence can mislead it. When the
    /// documents naming a person in full mostly agree on the country, the outvoted ones are taken
    /// as slips; an even split keeps them apart (two namesakes, "Ali Khan" of Pakistan and of India).
    private func reconcileCountries(_ locals: inout [Local]) {
        var byName: [String: [Int]] = [:]
        for i in locals.indices {
            guard let person = locals[i].person, person.tokens.count >= 2 else { continue }
            byName[person.tokens.joined(separator: " "), default: []].append(i)
        }
        for members in byName.values {
            // Votes count documents, not mentions.
            var voters: [String: Set<Int>] = [:]
            for i in members { if let c = locals[i].country { voters[c, default: []].insert(locals[i].doc) } }
            guard voters.count >= 2 else { continue }
            let ranked = voters.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            let others = ranked.dropFirst().reduce(0) { $0 + $1.value.count }
            guard ranked[0].value.count > others else { continue }
            for i in members { locals[i].country = ranked[0].key }
        }
    }

    private func mergePeople(_ locals: [Local], _ sets: inout DisjointSets) {
        // Identical names with the same (or no) country are one person: merge them first and let
        // one representative stand for them, so the pairwise steps scale with distinct names.
        var people: [Int] = []
        var representative: [String: Int] = [:]
        for i in locals.indices {
            guard let person = locals[i].person, !person.tokens.isEmpty else { continue }
            let form = person.tokens.joined(separator: " ") + "|" + (locals[i].country ?? "")
            if let r = representative[form] { sets.union(r, i) } else { representative[form] = i; people.append(i) }
        }
        var members: [Int: [Int]] = [:]   // root → members, kept for the complete-link check
        for i in people { members[i] = [i] }

        func tryUnion(_ a: Int, _ b: Int) {
            let ra = sets.root(a), rb = sets.root(b)
            guard ra != rb, let ma = members[ra], let mb = members[rb] else { return }
            // Complete link: every pair across the two groups must be compatible, so "J. Smith"
            // cannot join "John Smith" and "Jane Smith" into one person.
            for x in ma { for y in mb where !compatible(locals[x], locals[y]) { return } }
            sets.union(ra, rb)
            let root = sets.root(ra)
            members[root] = ma + mb
            if root != ra { members[ra] = nil }
            if root != rb { members[rb] = nil }
        }

        // Full names: candidate pairs share the consonants of their last word.
        var blocks: [String: [Int]] = [:]
        for i in people where !(locals[i].person!.isSingleWord) {
            blocks[Spelling.consonants(locals[i].person!.last!), default: []].append(i)
        }
        var pairs: [(Double, Int, Int)] = []
        for block in blocks.values {
            for (n, a) in block.enumerated() {
                for b in block[(n + 1)...] {
                    if let s = PersonNameMatcher.strength(locals[a].person!, locals[b].person!) { pairs.append((s, a, b)) }
                }
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        for (_, a, b) in pairs { tryUnion(a, b) }

        // A lone word: first with the same lone word elsewhere, then with the one full name it fits.
        let lone = people.filter { locals[$0].person!.isSingleWord }
        var byWord: [String: [Int]] = [:]
        for i in lone { byWord[locals[i].person!.tokens[0], default: []].append(i) }
        for (word, group) in byWord.sorted(by: { $0.key < $1.key }) {
            for other in group.dropFirst() { tryUnion(group[0], other) }
            var candidateRoots: [Int: Double] = [:]
            for i in people where !(locals[i].person!.isSingleWord)
                && PersonNameMatcher.loneWord(word, canStandFor: locals[i].person!) {
                let root = sets.root(i)
                candidateRoots[root] = max(candidateRoots[root] ?? 0, roleOverlap(group.map { locals[$0] }, locals[i]))
            }
            if candidateRoots.count == 1 {
                tryUnion(group[0], candidateRoots.first!.key)
            } else if candidateRoots.count > 1 {
                // Several people share the word: only a role in common tells which one it is.
                let ranked = candidateRoots.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                if ranked[0].value > 0 && ranked[0].value > ranked[1].value { tryUnion(group[0], ranked[0].key) }
            }
        }
    }

    private func compatible(_ a: Local, _ b: Local) -> Bool {
        if let ca = a.country, let cb = b.country, ca != cb { return false }
        guard let pa = a.person, let pb = b.person else { return false }
        if pa.tokens == pb.tokens { return true }
        if pa.isSingleWord { return pb.isSingleWord ? false : PersonNameMatcher.loneWord(pa.tokens[0], canStandFor: pb) }
        if pb.isSingleWord { return PersonNameMatcher.loneWord(pb.tokens[0], canStandFor: pa) }
        return PersonNameMatcher.strength(pa, pb) != nil
    }

    /// Words left out of a role before two roles are compared (the vocabulary's fusion.role-stop-word).
    private static let roleStopWords = Vocabulary.shared.set("fusion.role-stop-word")

    /// Content words shared by the roles the two mentions carry ("national security adviser").
    private func roleOverlap(_ group: [Local], _ candidate: Local) -> Double {
        let stop = Self.roleStopWords
        func words(_ roles: [String]) -> Set<String> {
            Set(roles.flatMap(NameText.words).filter { !stop.contains($0) && $0.count > 2 })
        }
        let mine = words(group.flatMap { $0.entity.roles })
        return Double(mine.intersection(words(candidate.entity.roles)).count)
    }

    // MARK: Organizations, places, named events

    private func typeGroup(_ t: EntityType) -> Int {
        switch t {
        case .person: return 0
        case .org: return 1
        case .gpe, .loc: return 2
        case .event: return 3
        }
    }

    private func mergeOthers(_ locals: [Local], _ sets: inout DisjointSets) {
        let variants = OrgNameVariants(entityForms: locals.map { [$0.entity.name] + $0.entity.aliases })
        var orgKeys: [Int: Set<String>] = [:]
        // Places one document keeps apart ("Jakarta" the city beside "Indonesia") are two places
        // everywhere: a capital standing as an alias for its government ("Indonesia", alias
        // "Jakarta") must not merge the country with the city.
        var apart = Set<String>()
        var placeNames: [Int: Set<String>] = [:]
        var perDoc: [Int: Set<String>] = [:]
        for (i, local) in locals.enumerated() where typeGroup(local.entity.type) == 2 {
            let key = NameText.key(local.entity.name)
            placeNames[i] = [key]
            perDoc[local.doc, default: []].insert(key)
        }
        for names in perDoc.values { for a in names { for b in names where a < b { apart.insert(a + "|" + b) } } }
        func keptApart(_ x: Int, _ y: Int) -> Bool {
            guard let nx = placeNames[sets.root(x)], let ny = placeNames[sets.root(y)] else { return false }
            return nx.contains { a in ny.contains { b in a != b && apart.contains(a < b ? a + "|" + b : b + "|" + a) } }
        }
        var byKey: [String: Int] = [:]
        var placeHolders: [String: [Int]] = [:]
        for (i, local) in locals.enumerated() where local.entity.type != .person {
            let group = typeGroup(local.entity.type)
            var keys = local.keys
            if let acronym = local.acronym { keys.insert("acr:" + acronym) }
            for key in local.acronymForms { keys.insert("acr:" + key) }
            if local.entity.type == .org {
                let forms = Set(([local.entity.name] + local.entity.aliases).map(variants.key).filter { !$0.isEmpty })
                orgKeys[i] = forms
                for key in forms { keys.insert("org:" + key) }
            }
            for key in keys.sorted() {
                let tagged = "\(group)|\(key)"
                if group == 2 {
                    // Every place written this way, so one kept apart does not hide the others.
                    let holders = placeHolders[tagged, default: []]
                    let fits = { (o: Int) in
                        !keptApart(o, i) && (!key.hasPrefix("acr:") || self.acronymPair(locals[o], local, key))
                    }
                    if let other = holders.first(where: fits) {
                        let merged = placeNames[sets.root(other), default: []].union(placeNames[sets.root(i), default: []])
                        sets.union(other, i)
                        placeNames[sets.root(i)] = merged
                    } else {
                        placeHolders[tagged, default: []].append(i)
                    }
                    continue
                }
                if let first = byKey[tagged] {
                    // An acronym key matches only an acronym-looking form, not another expansion.
                    if key.hasPrefix("acr:") && !acronymPair(locals[first], local, key) { continue }
                    if let ca = locals[first].entity.country, let cb = local.entity.country, ca != cb,
                       local.entity.type == .org { continue }
                    sets.union(first, i)
                } else {
                    byKey[tagged] = i
                }
            }
        }
        mergeHeads(locals, orgKeys, variants, &sets)
        mergeByLeader(locals, &sets)
    }

    /// "Wang, head of the International Department of the CPC Central Committee" in one outlet and "Wang, head of
    /// the International Liaison Department" in another: one person heading a body in each account means the
    /// two names are one body. The body is the one the role names right after "head of".
    private func mergeByLeader(_ locals: [Local], _ sets: inout DisjointSets) {
        let leads = ["head of the ", "head of ", "chief of the ", "director of the ", "leader of the ", "who leads the ", "who heads the "]
        var bodies: [Int: [Int]] = [:]   // person group → organisation locals it heads, one per document
        for (i, person) in locals.enumerated() where person.entity.type == .person {
            for role in person.entity.roles {
                let lower = role.lowercased()
                guard let lead = leads.first(where: { lower.contains($0) }), let range = lower.range(of: lead) else { continue }
                let rest = String(lower[range.upperBound...])
                // The longest organisation of the same document whose name (or an alias) the role continues with.
                var best: (Int, Int)?
                for (j, org) in locals.enumerated() where org.doc == person.doc && org.entity.type == .org {
                    for form in [org.entity.name] + org.entity.aliases where rest.hasPrefix(form.lowercased()) {
                        if best == nil || form.count > best!.1 { best = (j, form.count) }
                    }
                }
                if let (j, _) = best { bodies[sets.root(i), default: []].append(j) }
            }
        }
        for orgs in bodies.values where Set(orgs.map { locals[$0].doc }).count >= 2 {
            for o in orgs.dropFirst() where sets.root(o) != sets.root(orgs[0]) {
                if let ca = locals[o].entity.country, let cb = locals[orgs[0]].entity.country, ca != cb { continue }
                sets.union(orgs[0], o)
            }
        }
    }

    /// "International Liaison Department" in one outlet, "International Liaison Department of the
    /// Chinese Communist Party" in another: the short name joins the long one when exactly one
    /// organisation in the set has it as its head, and their countries do not differ.
    private func mergeHeads(_ locals: [Local], _ orgKeys: [Int: Set<String>], _ variants: OrgNameVariants,
                            _ sets: inout DisjointSets) {
        var owners: [String: Set<Int>] = [:]
        for (i, keys) in orgKeys { for key in keys { if let head = variants.head(of: key) { owners[head, default: []].insert(sets.root(i)) } } }
        for i in orgKeys.keys.sorted() {
            for key in orgKeys[i]!.sorted() {
                guard let roots = owners[key], roots.count == 1, let root = roots.first, sets.root(i) != root else { continue }
                if let ca = locals[i].entity.country, let cb = locals[root].entity.country, ca != cb { continue }
                sets.union(i, root)
            }
        }
    }

    private func acronymPair(_ a: Local, _ b: Local, _ key: String) -> Bool {
        let bare = String(key.dropFirst(4))
        return (a.acronymForms.contains(bare) && b.acronym == bare) || (b.acronymForms.contains(bare) && a.acronym == bare)
            || (a.acronymForms.contains(bare) && b.acronymForms.contains(bare))
    }

    // MARK: Output

    private func build(_ locals: [Local], _ groups: [[Int]], _ docs: [DocumentView]) -> EntityResolution {
        var used = Set<String>()
        var entities: [GlobalEntity] = []
        var index: [String: [String: String]] = [:]
        var keyOwners: [String: Set<String>] = [:]
        var keyIndex: [String: [String: String]] = [:]
        var primaryForms: [String: Set<String>] = [:]
        for group in groups {
            let members = group.map { locals[$0] }
            let type = mostCommon(members.map { $0.entity.type }) ?? members[0].entity.type
            let name = type == .gpe || type == .loc ? placeName(members) : canonicalName(members)
            let id = Slug.unique("\(type.rawValue.lowercased()):\(Slug.make([name]))", in: &used)
            var names: [String] = []
            var roles: [String] = []
            var roleKeys = Set<String>()
            var forms: [String: String] = [:]
            var documents: [Int] = []
            for m in members {
                for form in [m.entity.name] + m.entity.aliases where !names.contains(form) { names.append(form) }
                for role in m.entity.roles {
                    let key = NameText.key(role)
                    if roleKeys.insert(key).inserted { roles.append(role) }
                }
                let docID = docs[m.doc].id
                if forms[docID] == nil { forms[docID] = m.entity.name }
                if !documents.contains(m.doc) { documents.append(m.doc) }
                var docIndex = index[docID, default: [:]]
                docIndex[m.entity.id] = id
                // An entity's own name outranks another's alias ("Santiago" the city, not the
                // "Santiago" that stands for Chile's government).
                if primaryForms[docID, default: []].insert(m.entity.name).inserted { docIndex[m.entity.name] = id }
                for form in m.entity.aliases where docIndex[form] == nil { docIndex[form] = id }
                index[docID] = docIndex
                for key in m.keys {
                    keyOwners[key, default: []].insert(id)
                    if keyIndex[docID]?[key] == nil { keyIndex[docID, default: [:]][key] = id }
                }
            }
            let profile = EntityProfile(name: name, type: type, aliases: names.filter { $0 != name }, roles: roles,
                                        country: mostCommon(members.compactMap { $0.country }))
            entities.append(GlobalEntity(
                id: id, profile: profile, documents: documents.sorted().map { docs[$0].id }, forms: forms))
        }
        let byKey = keyOwners.compactMapValues { $0.count == 1 ? $0.first : nil }
        return EntityResolution(entities: entities, index: index, keyIndex: keyIndex, byKey: byKey)
    }

    /// A place goes by the form most documents use ("Vietnam" over one outlet's "Việt Nam"), an
    /// abbreviation ("US") only when nothing else is written, then the longer, then the first seen.
    private func placeName(_ members: [Local]) -> String {
        var docs: [String: Set<Int>] = [:]
        var order: [String] = []
        for m in members {
            if docs[m.entity.name] == nil { order.append(m.entity.name) }
            docs[m.entity.name, default: []].insert(m.doc)
        }
        return order.enumerated().sorted { x, y in
            let ax = NameText.looksLikeAcronym(x.element), ay = NameText.looksLikeAcronym(y.element)
            if ax != ay { return !ax }
            let cx = docs[x.element]!.count, cy = docs[y.element]!.count
            if cx != cy { return cx > cy }
            let wx = NameText.words(x.element).count, wy = NameText.words(y.element).count
            if wx != wy { return wx > wy }
            return x.offset < y.offset
        }[0].element
    }

    /// The fullest form: most identifying words, spelled-out given names, then most used, then first seen.
    private func canonicalName(_ members: [Local]) -> String {
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (n, m) in members.enumerated() {
            counts[m.entity.name, default: 0] += 1
            if firstSeen[m.entity.name] == nil { firstSeen[m.entity.name] = n }
        }
        func tokens(_ name: String) -> [String] {
            members.first { $0.entity.name == name }?.person?.tokens ?? NameText.words(name)
        }
        let names = Array(counts.keys)
        // A name that spells out another's short given name ("Jonathan" for "Jon", "Robert" for
        // "Bob") is the fuller form; spelling variants ("Kovalenko"/"Kovalenkko") are not fuller.
        func expands(_ a: [String], _ b: [String]) -> Bool {
            guard a.count == b.count else { return false }
            var longer = false
            for (x, y) in zip(a, b) where x != y {
                let kind = TokenMatch.of(x, y, given: true)
                if (kind == .shortForm || kind == .initial) && x.count > y.count { longer = true } else if kind != .spelling { return false }
            }
            return longer
        }
        var fuller: [String: Int] = [:]
        for a in names { fuller[a] = names.filter { expands(tokens(a), tokens($0)) }.count }
        // Then the most used, then the first document's form, so one outlet's misspelling does not
        // win by being longer.
        return names.sorted { a, b in
            let wa = tokens(a).count, wb = tokens(b).count
            if wa != wb { return wa > wb }
            if fuller[a]! != fuller[b]! { return fuller[a]! > fuller[b]! }
            if counts[a]! != counts[b]! { return counts[a]! > counts[b]! }
            return firstSeen[a]! < firstSeen[b]!
        }[0]
    }
}

/// The most frequent value; ties go to the one seen first.
func mostCommon<T: Hashable>(_ values: [T]) -> T? {
    var counts: [T: Int] = [:]
    for v in values { counts[v, default: 0] += 1 }
    var best: T?
    for v in values where best == nil || counts[v]! > counts[best!]! { best = v }
    return best
}
