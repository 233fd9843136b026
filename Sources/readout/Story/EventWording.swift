// Fused events in words, built only from their fields (type, participants, place, mode, status),
// so no sentence is canned for any particular story.
// In: a FusedEvent. Out: a short label ("Amina Wanjiru – Tesfaye Alemu meeting"), its overall status,
// and one plain sentence ("Amina Wanjiru met Tesfaye Alemu in Nairobi.").
import ReadoutCore
import ReadoutFusion

enum EventWording {
    /// The firmest status any report gives: one outlet saying it happened outweighs a preview.
    static func status(_ event: FusedEvent) -> EventStatus {
        let statuses = Set(event.reports.map(\.event.status))
        if statuses.contains(.occurred) { return .occurred }
        if statuses.contains(.reported) { return .reported }
        return .planned
    }

    /// The mode most reports give, ignoring "unknown".
    static func mode(_ event: FusedEvent) -> MeetingMode? {
        var counts: [MeetingMode: Int] = [:]
        for r in event.reports { if let m = r.event.mode, m != .unknown { counts[m, default: 0] += 1 } }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }?.key
    }

    static func noun(_ type: EventType) -> String {
        switch type {
        case .meet: return "meeting"
        case .visit: return "visit"
        case .sanction: return "sanctions"
        case .agree: return "agreement"
        case .election: return "election"
        }
    }

    /// "Amina Wanjiru – Tesfaye Alemu meeting", "Lula visit to Paris", "the meeting" when nobody is named.
    static func label(_ event: FusedEvent) -> String {
        let who = event.participants.prefix(3).joined(separator: " – ")
        var text = who.isEmpty ? noun(event.type) : who + " " + noun(event.type)
        if event.type == .visit, let place = event.location { text += " to " + place }
        return text
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    /// One sentence stating the event, in the past tense for what happened and "was due to" for plans.
    /// `entities` tells countries from people: meetings of countries only are meetings of their officials.
    static func sentence(_ event: FusedEvent, entities: [String: GlobalEntity] = [:]) -> String {
        let status = status(event)
        let names = event.participants
        let countriesOnly = !event.participantIDs.isEmpty && event.participantIDs.allSatisfy { entities[$0]?.type == .gpe }
        let place = event.location.map { " in " + $0 } ?? ""
        // (subject, verb phrase when it happened, infinitive for a plan)
        let subject: String, done: String, planned: String
        switch event.type {
        case .meet:
            let others = list(Array(names.dropFirst()))
            switch (mode(event), names.count) {
            case (_, 0): (subject, done, planned) = ("A meeting", "took place" + place, "take place" + place)
            case (_, 1): (subject, done, planned) = (names[0], "held a meeting" + place, "hold a meeting" + place)
            case _ where countriesOnly:
                (subject, done, planned) = ("Officials of " + list(names), "met" + place, "meet" + place)
            case (.phone?, _): (subject, done, planned) = (names[0], "spoke with \(others) by phone", "speak with \(others) by phone")
            case (.virtual?, _): (subject, done, planned) = (names[0], "held a video call with \(others)", "hold a video call with \(others)")
            default: (subject, done, planned) = (names[0], "met \(others)" + place, "meet \(others)" + place)
            }
        case .visit:
            let who = names.isEmpty ? "A delegation" : list(names)
            let to = event.location.map { " " + $0 } ?? ""
            (subject, done, planned) = (who, to.isEmpty ? "made a visit" : "visited" + to, to.isEmpty ? "make a visit" : "visit" + to)
        case .sanction:
            (subject, done, planned) = (names.isEmpty ? "Sanctions" : list(names), names.isEmpty ? "were imposed" : "imposed sanctions",
                                        names.isEmpty ? "be imposed" : "impose sanctions")
        case .agree:
            (subject, done, planned) = (names.isEmpty ? "An agreement" : list(names),
                                        names.isEmpty ? "was reached" + place : "reached an agreement" + place,
                                        names.isEmpty ? "be reached" : "reach an agreement")
        case .election:
            let country = names.first ?? event.location
            (subject, done, planned) = country.map { ($0, "held an election", "hold an election") }
                ?? ("An election", "took place", "take place")
        }
        switch status {
        case .occurred: return subject + " " + done + "."
        case .reported: return subject + " reportedly " + done + "."
        case .planned:
            let plural = subject == "Sanctions" || (names.count > 1 && (event.type != .meet || countriesOnly))
            return subject + (plural ? " were" : " was") + " due to " + planned + "."
        // Fusion passes over these; worded plainly should one ever reach a brief.
        case .negated: return subject + " did not " + planned + "."
        case .hypothetical: return subject + " might " + planned + "."
        }
    }
}

/// Events in the order a reader follows them: by date (a month before the days in it), undated
/// ones last by when they were first reported; the more widely reported first on the same date.
enum EventOrder {
    static func sorted(_ events: [FusedEvent], corpus: FusedCorpus) -> [FusedEvent] {
        func firstReported(_ e: FusedEvent) -> String {
            e.documents.compactMap { corpus.documents[$0]?.published }.min() ?? "9999"
        }
        return events.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                let (x, y) = (firstReported(a), firstReported(b))
                if x != y { return x < y }
            default: break
            }
            return a.corroboration != b.corroboration ? a.corroboration > b.corroboration : a.key < b.key
        }
    }
}
