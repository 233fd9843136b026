// Builds FusedEvent values from clusters of reports.
// In: report clusters and the global entities. Out: fused events with a consensus date
// (occurred reports outrank planned ones; a day outranks a month), a consensus place, the
// participants most reported first, corroboration = independent sources (named outlets, a reprinted
// text counted once, articles naming no outlet not at all: SourceIndependence), and a readable key.
import ReadoutCore
import ReadoutKnowledge

struct FusedEventBuilder {
    let entitiesByID: [String: GlobalEntity]
    let sources: SourceIndependence

    /// Country code → the global entity that is that country (not a city in it, which carries its code too).
    private let countryEntityIDs: [String: String]

    init(entitiesByID: [String: GlobalEntity], sources: SourceIndependence) {
        self.entitiesByID = entitiesByID
        self.sources = sources
        var byCode: [String: String] = [:]
        for entity in entitiesByID.values.sorted(by: { $0.id < $1.id }) where entity.type == .gpe {
            guard let code = entity.country, byCode[code] == nil,
                  entity.names.contains(where: { Knowledge.shared.country(named: $0)?.alpha3 == code }) else { continue }
            byCode[code] = entity.id
        }
        countryEntityIDs = byCode
    }

    func build(_ clusters: [[Int]], _ reports: [ReportInput]) -> [FusedEvent] {
        var used = Set<String>()
        return clusters.map { cluster in
            let members = cluster.map { reports[$0] }
            let ranked = rankedParticipants(members)
            let participantIDs = ranked + statesBound(by: members[0].event.type, ranked)
            let date = consensusDate(members)
            let distinctDays = Set(members.compactMap { $0.date }.filter { $0.precision == .day })
            let keyDate: String? = distinctDays.count > 1 ? date.map { String($0.prefix(7)) } : date
            let key = Slug.unique(keyBase(members[0].event.type, ranked, keyDate), in: &used)
            let names = participantIDs.map(displayName)
            let eventReports = members.map { r in
                EventReport(document: r.doc.id, outlet: r.doc.outlet, event: r.event, participantIDs: r.participantIDs)
            }
            var documents: [String] = []
            var views: [DocumentView] = []
            for r in members.sorted(by: { $0.doc.index < $1.doc.index }) where !documents.contains(r.doc.id) {
                documents.append(r.doc.id)
                views.append(r.doc)
            }
            return FusedEvent(
                id: "event:" + key, key: key, type: members[0].event.type, participants: names,
                participantIDs: participantIDs, date: date,
                location: mostCommon(members.compactMap { $0.event.location }),
                reports: eventReports, corroboration: sources.count(views),
                documents: documents)
        }
    }

    /// Agreements and sanctions bind states: one outlet names the leaders who signed, another the two
    /// countries. The fused event lists both, the people first, so reports naming either side meet.
    private func statesBound(by type: EventType, _ participants: [String]) -> [String] {
        guard type == .agree || type == .sanction else { return [] }
        var states: [String] = []
        for id in participants {
            guard let entity = entitiesByID[id], entity.type == .person, let alpha3 = entity.country,
                  let state = countryEntityIDs[alpha3], !participants.contains(state), !states.contains(state) else { continue }
            states.append(state)
        }
        return states
    }

    func displayName(_ id: String) -> String {
        if let entity = entitiesByID[id] { return entity.name }
        return id.hasPrefix("name:") ? String(id.dropFirst(5)).replacingOccurrences("-", " ") : id
    }

    private func rankedParticipants(_ members: [ReportInput]) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for r in members {
            for id in r.participantIDs {
                if counts[id] == nil { order.append(id) }
                counts[id, default: 0] += 1
            }
        }
        return order.enumerated().sorted { x, y in
            counts[x.element]! != counts[y.element]! ? counts[x.element]! > counts[y.element]! : x.offset < y.offset
        }.map { $0.element }
    }

    /// Day dates from occurred or reported accounts first, then planned ones, then months.
    private func consensusDate(_ members: [ReportInput]) -> String? {
        let dated = members.compactMap { r in r.date.map { (r.event.status, $0) } }
        let firm = dated.filter { $0.0 != .planned && $0.1.precision == .day }.map { $0.1 }
        if let d = mostCommon(firm) { return d.iso }
        let planned = dated.filter { $0.1.precision == .day }.map { $0.1 }
        if let d = mostCommon(planned) { return d.iso }
        let coarse = dated.map { $0.1 }.sorted { $0.precision.rawValue > $1.precision.rawValue }
        return coarse.first?.iso
    }

    /// The word outlets use alone for a person ("Wang" for "Wang Lei", "Baker" for "Jon
    /// Baker"), so keys read the way articles do whatever the name order.
    private func shortName(_ entity: GlobalEntity) -> String? {
        let tokens = PersonName(entity.name).tokens
        let lone = entity.names.map(PersonName.init).filter { $0.isSingleWord }.map { $0.tokens[0] }
        return mostCommon(lone.filter(tokens.contains))
    }

    private func keyBase(_ type: EventType, _ ids: [String], _ date: String?) -> String {
        var parts: [String] = []
        if type != .meet { parts.append(type.rawValue.lowercased()) }
        for id in ids.prefix(3) {
            let name = displayName(id)
            if let entity = entitiesByID[id], entity.type == .person, let last = PersonName(name).last {
                parts.append(shortName(entity) ?? last)
            } else {
                parts.append(NameText.words(name).prefix(3).joined(separator: "-"))
            }
        }
        if let date { parts.append(date) }
        return Slug.make(parts)
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
