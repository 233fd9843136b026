// The events the reader has told so far in one article, in order, with the few things the reader and the
// amendments ask of them kept up to date as events are added: the last meeting (of each kind), the last
// meeting or visit, the meetings each person takes part in, and the meetings added in the current and
// previous sentence. Why: those questions were scans of every event told so far, once per sentence
// (quadratic on long inputs); here each is a look-up.
import ReadoutCore

struct ToldEvents {
    private(set) var all: [Event] = []
    /// Positions of the last meeting, the last phone call, the last meeting that is not a phone call, and the
    /// last meeting or visit.
    private(set) var lastMeet: Int?
    private(set) var lastPhoneMeet: Int?
    private(set) var lastOtherMeet: Int?
    private(set) var lastMeetOrVisit: Int?
    /// Participant entity id → positions of the meetings that name it, ascending.
    private var meetsByParticipant: [String: [Int]] = [:]
    /// How many events there were when the previous sentence and the current one began.
    private var previousSentenceStart = 0
    private var currentSentenceStart = 0

    var count: Int { all.count }
    subscript(k: Int) -> Event { all[k] }

    /// Called as the reader moves to the next sentence.
    mutating func beginSentence() {
        previousSentenceStart = currentSentenceStart
        currentSentenceStart = all.count
    }

    mutating func append(_ e: Event) {
        let k = all.count
        all.append(e)
        if e.type == .meet || e.type == .visit { lastMeetOrVisit = k }
        guard e.type == .meet else { return }
        lastMeet = k
        if e.mode == .phone { lastPhoneMeet = k } else { lastOtherMeet = k }
        var indexed = Set<String>()
        for id in e.participantEntities where indexed.insert(id).inserted { meetsByParticipant[id, default: []].append(k) }
    }

    /// Adds a participant (name and entity id) to the event at `k`.
    mutating func addParticipant(name: String, id: String, to k: Int) {
        let hadID = all[k].participantEntities.contains(id)
        all[k].participants.append(name)
        all[k].participantEntities.append(id)
        guard all[k].type == .meet, !hadID else { return }
        // Mostly a recent meeting, so the insertion is at or near the end.
        var list = meetsByParticipant[id] ?? []
        let at = list.partitioningIndex { $0 > k }
        list.insert(k, at: at)
        meetsByParticipant[id] = list
    }

    /// The last meeting (position) that names participant `id`.
    func lastMeet(with id: String) -> Int? { meetsByParticipant[id]?.last }

    /// Positions of the events added since the previous sentence began: every event read from the current
    /// or the previous sentence is among them (an event is added while its own sentence or a later one is read).
    var addedSincePreviousSentence: Range<Int> { previousSentenceStart..<all.count }
}
