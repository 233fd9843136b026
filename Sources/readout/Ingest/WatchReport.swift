// What `readout watch` prints: one line per poll per feed on stdout (new or unchanged), a failed
// feed and each failed page as one `readout: URL: REASON` line on stderr, and a summary per round.
// With --queue the articles are queued for `readout worker`, not stored, and the lines say so.
import Foundation
import ReadoutCore
import ReadoutWatch

enum WatchReport {
    /// The stdout line for a poll that did not fail outright, or nil when the feed failed (see `errors`).
    static func line(_ report: FeedPollReport, queued: Bool = false) -> String? {
        switch report.status {
        case .failed:
            return nil
        case .notModified:
            return "\(report.feed): unchanged (304 Not Modified)"
        case .read(let items, let new) where new == 0:
            return "\(report.feed): unchanged (no new items of \(items))"
                + (report.pageFailures.isEmpty ? "" : ", \(Plural.count(report.pageFailures.count, "page")) failed")
        case .read(let items, let new):
            var parts = [queued ? "\(Plural.count(report.stored, "article")) queued" : "\(Plural.count(report.stored, "document")) stored"]
            if report.duplicates > 0 { parts.append(Plural.count(report.duplicates, "duplicate")) }
            if report.claimedElsewhere > 0 { parts.append("\(report.claimedElsewhere) left to another watcher") }
            if !report.pageFailures.isEmpty { parts.append("\(Plural.count(report.pageFailures.count, "page")) failed") }
            return "\(report.feed): \(new) new of \(Plural.count(items, "item")): " + parts.joined(separator: ", ")
        }
    }

    /// The stderr lines of a poll: the feed's own failure (with when it is tried again), then each page's.
    static func errors(_ report: FeedPollReport, nextTry: Double?) -> [ReadoutError] {
        var errors: [ReadoutError] = []
        let wait = nextTry.map { "; next try in \(duration($0))" } ?? ""
        if case .failed(let reason) = report.status {
            let stored = report.stored > 0 ? " (\(Plural.count(report.stored, "document")) stored)" : ""
            errors.append(ReadoutError(source: report.feed, reason: reason + stored + wait))
        }
        return errors + report.pageFailures
    }

    static func summary(_ round: WatchRound, queued: Bool = false) -> String {
        var feeds = [
            "\(round.withNewItems) with new items", "\(round.unchanged) unchanged", "\(round.failedFeeds) failed",
        ]
        if round.waiting > 0 { feeds.append("\(round.waiting) backing off") }
        return "\(Plural.count(round.polled, "feed")) polled in \(String(format: "%.1f", round.seconds)) s ("
            + feeds.joined(separator: ", ") + "); "
            + (queued ? "\(Plural.count(round.stored, "article")) queued for `readout worker`, "
                : "\(Plural.count(round.stored, "document")) stored, \(Plural.count(round.duplicates, "duplicate")) skipped, ")
            + "\(Plural.count(round.pageFailures, "page")) failed"
    }

    /// "45 s", "3 min", "2 h 30 min".
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 120 { return "\(whole) s" }
        let minutes = (whole + 59) / 60
        if minutes < 120 { return "\(minutes) min" }
        return "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min")
    }
}
