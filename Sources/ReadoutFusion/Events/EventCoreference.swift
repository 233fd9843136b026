// Event coreference: one fused event per real-world event, keeping every report of it.
// In: each document's events with participants mapped to global entities. Out: FusedEvents.
// Two reports are the same event when their types agree, they share participants (two for a
// meeting, where a body or country a person's role names counts for that person when the dates
// agree — RoleLinks; one plus the place for a visit, or the same day) and their dates are
// compatible: equal, a day inside
// a month, unknown, or a few days apart for a meeting (that is a conflict to report, not a
// second meeting). Planned and occurred reports fuse. Merging is greedy, strongest pair first,
// and complete-link: every pair inside a fused event must be compatible, one report per document.
import ReadoutCore

struct ReportInput {
    let doc: DocumentView
    let event: Event
    let participantIDs: [String]
    let date: CalendarPeriod?
}

enum DateRelation: Equatable {
    case same, within, unknown, near, incompatible

    static func of(_ a: CalendarPeriod?, _ b: CalendarPeriod?) -> DateRelation {
        guard let a, let b else { return .unknown }
        if a == b { return .same }
        if a.precision == .day && b.precision == .day {
            return abs(a.dayNumber - b.dayNumber) <= 3 ? .near : .incompatible
        }
        if a.covers(b) || b.covers(a) { return .within }
        return .incompatible
    }
}

struct EventCoreference {
    let places: PlaceMatcher
    var links = RoleLinks(entities: [])

    /// Groups of indices into `reports`, each one real-world event, in order of first report.
    func cluster(_ reports: [ReportInput]) -> [[Int]] {
        // Candidate pairs share a block: the same type and, for meetings, two participants, else one.
        var blocks: [String: [Int]] = [:]
        for (i, r) in reports.enumerated() {
            let ids = Array(Set(r.participantIDs)).sorted()
            let type = r.event.type.rawValue
            if r.event.type == .meet {
                // With the bodies their roles name, so "Wang met X" meets "the department met X".
                let sides = Array(Set(ids).union(ids.flatMap { links.bodies(of: $0) }).union(ids.compactMap { links.countryKey(of: $0) })).sorted()
                for x in sides.indices { for y in sides.indices where y > x { blocks["\(type)|\(sides[x])|\(sides[y])", default: []].append(i) } }
            } else {
                // With the participants' countries, so "the leaders signed" meets "the two countries signed".
                let keys = Set(ids).union(r.event.type == .agree ? ids.compactMap { links.countryKey(of: $0) } : [])
                for id in keys.sorted() { blocks["\(type)|\(id)", default: []].append(i) }
            }
        }
        let n = reports.count
        let places = reports.map { self.places.place($0.event.location, in: $0.doc.id) }
        var scores: [Int: Double] = [:]
        var tried = Set<Int>()
        var pairs: [(Double, Int, Int)] = []
        for key in blocks.keys.sorted() {
            let list = blocks[key]!
            for (k, a) in list.enumerated() {
                for b in list[(k + 1)...] {
                    let code = a * n + b
                    guard tried.insert(code).inserted else { continue }
                    if let s = score(reports[a], reports[b], places[a], places[b]) {
                        scores[code] = s
                        pairs.append((s, a, b))
                    }
                }
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        func compatible(_ x: Int, _ y: Int) -> Bool { scores[min(x, y) * n + max(x, y)] != nil }

        var sets = DisjointSets(count: reports.count)
        var members: [Int: [Int]] = [:]
        for i in reports.indices { members[i] = [i] }
        for (_, a, b) in pairs {
            let ra = sets.root(a), rb = sets.root(b)
            guard ra != rb, let ma = members[ra], let mb = members[rb] else { continue }
            let docsA = Set(ma.map { reports[$0].doc.index })
            guard mb.allSatisfy({ !docsA.contains(reports[$0].doc.index) }) else { continue }
            guard ma.allSatisfy({ x in mb.allSatisfy { y in compatible(x, y) } }) else { continue }
            sets.union(ra, rb)
            let root = sets.root(ra)
            members[ra] = nil
            members[rb] = nil
            members[root] = ma + mb
        }
        return sets.groups()
    }

    /// How strongly two reports look like one event; nil when they cannot be.
    func score(_ a: ReportInput, _ b: ReportInput, _ placeA: PlaceMatcher.Place?, _ placeB: PlaceMatcher.Place?) -> Double? {
        guard a.event.type == b.event.type, a.doc.index != b.doc.index else { return nil }
        let shared = Set(a.participantIDs).intersection(b.participantIDs).count
        let date = DateRelation.of(a.date, b.date)
        let place = places.relation(placeA, placeB)
        if date == .incompatible { return nil }
        var linked = 0
        switch a.event.type {
        case .meet:
            if shared < 2 {
                // A side named by a person in one report and by their body or country in the other:
                // only when the dates agree, and the same day when no participant is shared at all.
                linked = links.sides(a.participantIDs, b.participantIDs)
                guard shared + linked >= 2, date != .near, place != .different else { return nil }
                if shared == 0 { guard date == .same, a.date?.precision == .day else { return nil } }
            }
        case .visit:
            // One traveller: the place has to agree, or the dates must pin it down — without a
            // place, the same day or month; with two places that may be one inside the other
            // ("Medina", "Saudi Arabia"), the same day.
            guard shared >= 1 else { return nil }
            switch place {
            case .same: break
            case .unknown: guard date == .same || date == .within else { return nil }
            case .unrelated: guard date == .same, a.date?.precision == .day else { return nil }
            case .different: return nil
            }
        case .election:
            guard shared >= 1 else { return nil }
        case .sanction:
            let needed = min(2, min(Set(a.participantIDs).count, Set(b.participantIDs).count))
            guard shared >= max(1, needed) else { return nil }
        case .agree:
            // Parties named as people in one report and as their countries in another count as shared.
            let needed = min(2, min(Set(a.participantIDs).count, Set(b.participantIDs).count))
            if shared < needed { linked = links.sides(a.participantIDs, b.participantIDs) }
            guard shared + linked >= max(1, needed) else { return nil }
        }
        // Days apart: the same meeting or signing dated differently by two outlets (or planned for one day and
        // done the next), never two visits or votes.
        if date == .near && !(a.event.type == .meet || a.event.type == .agree || (a.event.type == .visit && place == .same)) { return nil }
        // Two places in different countries: only the same day keeps it one event (a place conflict).
        if place == .different && date != .same { return nil }
        var s = Double(shared) * 2 + Double(linked) * 1.5
        switch date {
        case .same: s += 3
        case .within: s += 1.5
        case .unknown: s += 0.5
        case .near: s += 0.25
        case .incompatible: return nil
        }
        switch place {
        case .same: s += 1
        case .unknown: break
        case .unrelated: s -= 0.5
        case .different: s -= 1
        }
        if let ma = a.event.mode, let mb = b.event.mode, ma == mb, ma != .unknown { s += 0.25 }
        return s
    }
}
