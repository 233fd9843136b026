// What the article has told so far, as the event reader moves from sentence to sentence: whom "he"
// means, the last meeting (for "the two leaders", "met again"), the last event's day (for "the call
// came a day after"), and a gathering still waiting for its second participant.
import ReadoutCore

struct DiscourseState {
    /// Entity index of the last person named before the current sentence.
    var lastPerson: Int?
    /// The people of the last meeting told, and its participant names.
    var lastMeet: [Int] = []
    var lastMeetNames: [String] = []
    /// Day of the last dated meeting or visit.
    var lastEventDate: String?
    /// The people of every meeting told so far, shared by every copy of the state; `meetsTold` says how many of
    /// them this copy has seen. (A list inside the state itself was copied whole whenever a meeting was told
    /// while a sentence's context still held the state before it: quadratic on long inputs.)
    private let meetings = MeetingHistory()
    private(set) var meetsTold = 0
    /// The parties of the last meeting of unnamed officials (countries or bodies).
    var lastCollectiveNames: [String] = []
    /// A seminar or dialogue with one named person so far ("X spoke at a seminar"), which a later
    /// sentence may complete ("Y also took part").
    var pendingGathering: Event?

    /// Adds a meeting's people (entity indices) to the meetings told.
    mutating func tell(meetingOf people: [Int]) {
        meetsTold = meetings.append(people, seen: meetsTold)
    }

    /// The people of the last meeting of two or more told so far that `person` took part in.
    func lastMeeting(with person: Int) -> [Int]? {
        meetings.last(with: person, before: meetsTold)
    }
}

/// The people of each meeting told in one article, in order, indexed by person. Append-only, so a copy of
/// `DiscourseState` that has seen the first n meetings still reads the history as it was then.
final class MeetingHistory {
    private var people: [[Int]] = []
    /// Person → positions of the meetings of two or more people that include them, ascending.
    private var byPerson: [Int: [Int]] = [:]

    /// Appends `meeting` after the first `seen` meetings; returns the new count.
    func append(_ meeting: [Int], seen: Int) -> Int {
        // A copy of the state that had seen fewer meetings than the history holds would tell its own, different,
        // next meeting; the reader never does that (it tells meetings through one state), so one history serves.
        precondition(seen == people.count, "meetings told out of order")
        let position = people.count
        people.append(meeting)
        if meeting.count >= 2 {
            var indexed = Set<Int>()
            for p in meeting where indexed.insert(p).inserted { byPerson[p, default: []].append(position) }
        }
        return people.count
    }

    /// The last of the first `count` meetings with two or more people that include `person`.
    func last(with person: Int, before count: Int) -> [Int]? {
        guard let positions = byPerson[person] else { return nil }
        // Only meetings told after the asking copy's snapshot (those of the current sentence) are skipped.
        for position in positions.reversed() where position < count { return people[position] }
        return nil
    }
}
