// The watch loop: every round, poll each feed that is due (a few at once, so one slow server
// does not hold the others up), report each poll as it finishes, then sleep until the next round.
// A feed whose poll failed sits out rounds until its backoff has passed; a feed that answers again
// is polled every round. Pages and storing are FeedPoll's job; this only decides when.
import Foundation

/// What one round did, for the summary line.
public struct WatchRound: Sendable {
    public var polled = 0
    public var withNewItems = 0
    public var unchanged = 0
    public var failedFeeds = 0
    /// Feeds not polled this round: still backing off after failures.
    public var waiting = 0
    public var stored = 0
    public var duplicates = 0
    public var pageFailures = 0
    /// A feed or a page failed (`--once` exits nonzero).
    public var anyFailed = false
    public var seconds = 0.0
}

public final class FeedWatcher: Sendable {
    public let feeds: [String]
    public let poll: FeedPoll
    public let backoff: Backoff
    /// Feeds polled at the same time.
    public let concurrency: Int

    public init(feeds: [String], poll: FeedPoll, backoff: Backoff, concurrency: Int = 4) {
        self.feeds = feeds
        self.poll = poll
        self.backoff = backoff
        self.concurrency = max(1, concurrency)
    }

    /// Per feed: failures in a row and when it may be polled again.
    public struct Schedule: Sendable {
        var failures: [String: Int] = [:]
        var notBefore: [String: Date] = [:]

        public init() {}

        /// A second's slack: a round that starts a hair early still polls the feeds due at its time.
        func isDue(_ feed: String, at now: Date) -> Bool { (notBefore[feed] ?? .distantPast) <= now.addingTimeInterval(1) }

        /// Records a poll; returns the seconds until the feed is polled again when it failed.
        mutating func record(_ report: FeedPollReport, backoff: Backoff, at now: Date) -> Double? {
            guard report.feedFailed || report.retryAfter != nil else {
                failures[report.feed] = nil
                notBefore[report.feed] = nil
                return nil
            }
            let count = (failures[report.feed] ?? 0) + 1
            failures[report.feed] = count
            let delay = backoff.delay(afterFailures: count, retryAfter: report.retryAfter)
            notBefore[report.feed] = now.addingTimeInterval(delay)
            return delay
        }
    }

    /// Polls every due feed once; `onReport` gets each poll as it finishes, with the seconds until
    /// that feed's next try when it is backing off.
    public func round(schedule: inout Schedule, onReport: (FeedPollReport, Double?) -> Void) async -> WatchRound {
        let start = Date()
        var round = WatchRound()
        let due = feeds.filter { schedule.isDue($0, at: start) }
        round.waiting = feeds.count - due.count
        let poll = poll
        await withTaskGroup(of: FeedPollReport.self) { group in
            var next = due.makeIterator()
            for _ in 0..<concurrency {
                guard let feed = next.next() else { break }
                group.addTask { await poll.poll(feed) }
            }
            for await report in group {
                if let feed = next.next() { group.addTask { await poll.poll(feed) } }
                // Counted from the round's start, as rounds are: a wait of one interval is the next round.
                let delay = schedule.record(report, backoff: backoff, at: start)
                Self.count(report, into: &round)
                onReport(report, delay)
            }
        }
        round.seconds = Date().timeIntervalSince(start)
        return round
    }

    private static func count(_ report: FeedPollReport, into round: inout WatchRound) {
        round.polled += 1
        switch report.status {
        case .notModified: round.unchanged += 1
        case .read(_, let new) where new == 0: round.unchanged += 1
        case .read: round.withNewItems += 1
        case .failed: round.failedFeeds += 1
        }
        round.stored += report.stored
        round.duplicates += report.duplicates
        round.pageFailures += report.pageFailures.count
        if report.failed { round.anyFailed = true }
    }
}
