// Whether two reports' places can be the same place.
// In: two locations as written ("Vahdettin Palace", "Istanbul", "Medina") and the documents'
// entity resolution. Out: same / unknown / unrelated / different. Conservative: "different"
// only when both are resolved places in different countries; a venue and a city, or two
// renderings of one venue ("Palace"/"Mansion" of one name), are never called different.
import ReadoutCore
import ReadoutKnowledge

enum PlaceRelation: Equatable {
    case same        // one place, perhaps written differently or one inside the other by name
    case unknown     // at least one report gives no place
    case unrelated   // nothing says they are the same or different (venue vs city, say)
    case different   // two resolved places in different countries
}

struct PlaceMatcher {
    let resolution: EntityResolution
    let entitiesByID: [String: GlobalEntity]

    // Words that describe a kind of venue, not which one (the vocabulary's fusion.generic-venue-word).
    private static let generic = Vocabulary.shared.set("fusion.generic-venue-word")

    /// A place as one report writes it, folded once.
    struct Place {
        let written: String
        let words: [String]
        let globalID: String?
    }

    func place(_ written: String?, in doc: String) -> Place? {
        guard let written else { return nil }
        let words = NameText.words(written)
        if words.isEmpty { return nil }
        let id = resolution.index[doc]?[written] ?? resolution.keyIndex[doc]?[words.joined(separator: " ")]
            ?? resolution.byKey[words.joined(separator: " ")]
        return Place(written: written, words: words, globalID: id)
    }

    func relation(_ a: String?, in docA: String, _ b: String?, in docB: String) -> PlaceRelation {
        relation(place(a, in: docA), place(b, in: docB))
    }

    func relation(_ a: Place?, _ b: Place?) -> PlaceRelation {
        guard let a, let b else { return .unknown }
        let ka = a.words, kb = b.words
        if ka == kb { return .same }
        let ga = a.globalID, gb = b.globalID
        if let ga, let gb, ga == gb { return .same }
        let sa = Set(ka), sb = Set(kb)
        if sa.isSubset(of: sb) || sb.isSubset(of: sa) { return .same }
        let distinctive = { (w: String) in w.count >= 4 && !PlaceMatcher.generic.contains(w) }
        if sa.filter(distinctive).contains(where: sb.contains) { return .same }
        if ka.count == kb.count && zip(ka, kb).allSatisfy({ Spelling.sameSpelling($0, $1) }) { return .same }
        if let ga, let gb, let ea = entitiesByID[ga], let eb = entitiesByID[gb],
           [.gpe, .loc].contains(ea.type), [.gpe, .loc].contains(eb.type),
           let ca = ea.country, let cb = eb.country, ca != cb {
            return .different
        }
        return .unrelated
    }
}
