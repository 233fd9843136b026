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
    /// The people of every meeting told so far, in order.
    var meetsSoFar: [[Int]] = []
    /// The parties of the last meeting of unnamed officials (countries or bodies).
    var lastCollectiveNames: [String] = []
    /// A seminar or dialogue with one named person so far ("X spoke at a seminar"), which a later
    /// sentence may complete ("Y also took part").
    var pendingGathering: Event?
}
