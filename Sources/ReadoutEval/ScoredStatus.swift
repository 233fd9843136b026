// Which predicted events score.py scores (its `LIVE_STATUS`).
// In: a predicted event. Out: whether it takes part in MEET, other-event and status scoring.
// A program may print events the text negates or only supposes, with status "negated" or
// "hypothetical" (FORMAT.md, "Event"); they did not happen, so they are left out rather than
// counted as false alarms. The status is read as plain text (ContractEvent.status), never
// through ReadoutCore's EventStatus, so any unknown word decodes and is left out the same way;
// an event without a status is scored, as score.py's `None` in LIVE_STATUS says.
import ReadoutCore

enum ScoredStatus {
    static let live: Set<String> = ["occurred", "planned", "reported"]

    static func isScored(_ event: ContractEvent) -> Bool {
        guard let status = event.status else { return true }
        return live.contains(status)
    }
}
