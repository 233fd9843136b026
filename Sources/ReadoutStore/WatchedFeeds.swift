// What a feed watcher remembers between polls and across restarts, per feed URL: the validators
// to make the next request conditional, and which items it has already dealt with. Kept in the
// same database as the articles, so a database moved elsewhere carries its watch state along.
// Backend-neutral like ArticleStore; SQLiteStore keeps it in "v6-watched-feeds" (claims: "v8-watch-claims"),
// PostgresStore in its "v5-watched-feeds".
// Several watchers may share one database (cron runs overlapping, or one per machine): an item's
// page is fetched by the one watcher that claimed it, each claim one upsert that fails when the
// item is done or another watcher's claim still runs, so two watchers never both take an item.
import Foundation
import GRDB
import ReadoutCore

/// HTTP validators of a feed's last good response; sent back as If-None-Match / If-Modified-Since.
public struct FeedValidators: Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}

public protocol WatchedFeedStore: Sendable {
    /// The validators saved for `feed`; empty when it was never fetched whole.
    func validators(feed: String) throws -> FeedValidators
    /// Saves the validators of a response whose every item has been dealt with.
    func saveValidators(_ validators: FeedValidators, feed: String) throws
    /// Of `keys`, those of items already done for `feed` (stored, duplicate or given up).
    func doneItems(feed: String, among keys: [String]) throws -> Set<String>
    /// Of `keys`, claims the items neither done nor claimed by another watcher in the last `lease`
    /// seconds, and returns them: only they are this watcher's to fetch. Marking an item done or
    /// recording a failed attempt ends its claim; the lease ends one a stopped watcher left.
    func claimItems(feed: String, among keys: [String], lease: Double) throws -> Set<String>
    /// Marks items done (and no longer claimed): their pages are not fetched again.
    func markDone(feed: String, keys: [String]) throws
    /// Counts one failed attempt at an item's page and ends its claim (the next poll, by whichever
    /// watcher, tries again); returns the attempts so far.
    func recordFailedAttempt(feed: String, key: String) throws -> Int
}

/// How long a claim on an item holds when its watcher never settles it: longer than a poll's pages
/// take, short enough that an item a killed watcher held is fetched again within the hour.
public let watchClaimLease: Double = 15 * 60

extension SQLiteStore: WatchedFeedStore {
    public func validators(feed: String) throws -> FeedValidators {
        do {
            return try reader.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT etag, last_modified FROM watched_feeds WHERE url = ?",
                                                 arguments: [feed]) else { return FeedValidators() }
                return FeedValidators(etag: row["etag"], lastModified: row["last_modified"])
            }
        } catch { throw failure(error) }
    }

    public func saveValidators(_ validators: FeedValidators, feed: String) throws {
        let now = Self.timestamp()
        do {
            try requireWriter().write { db in
                try db.execute(sql: """
                    INSERT INTO watched_feeds (url, etag, last_modified, polled_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                        polled_at = excluded.polled_at
                    """, arguments: [feed, validators.etag, validators.lastModified, now])
            }
        } catch { throw failure(error) }
    }

    public func doneItems(feed: String, among keys: [String]) throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        do {
            return try reader.read { db in
                var done = Set<String>()
                // One lookup per key by the primary key: a feed holds tens of items, not thousands.
                let statement = try db.cachedStatement(sql: """
                    SELECT 1 FROM watched_feed_items WHERE feed_url = ? AND item_key = ? AND done = 1
                    """)
                for key in keys where try Int.fetchOne(statement, arguments: [feed, key]) != nil {
                    done.insert(key)
                }
                return done
            }
        } catch { throw failure(error) }
    }

    public func claimItems(feed: String, among keys: [String], lease: Double) throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        // This machine's clock: an SQLite file is shared only by processes on one machine.
        let now = Date().timeIntervalSince1970
        do {
            return try requireWriter().write { db in
                var claimed = Set<String>()
                // Inserted when new; otherwise updated only when free. A row comes back only when claimed.
                let statement = try db.cachedStatement(sql: """
                    INSERT INTO watched_feed_items (feed_url, item_key, claimed_until) VALUES (?, ?, ?)
                    ON CONFLICT(feed_url, item_key) DO UPDATE SET claimed_until = excluded.claimed_until
                        WHERE done = 0 AND (claimed_until IS NULL OR claimed_until < ?)
                    RETURNING item_key
                    """)
                for key in keys where try String.fetchOne(statement, arguments: [feed, key, now + lease, now]) != nil {
                    claimed.insert(key)
                }
                return claimed
            }
        } catch { throw failure(error) }
    }

    public func markDone(feed: String, keys: [String]) throws {
        guard !keys.isEmpty else { return }
        do {
            try requireWriter().write { db in
                for key in keys {
                    try db.cachedStatement(sql: """
                        INSERT INTO watched_feed_items (feed_url, item_key, done) VALUES (?, ?, 1)
                        ON CONFLICT(feed_url, item_key) DO UPDATE SET done = 1, claimed_until = NULL
                        """).execute(arguments: [feed, key])
                }
            }
        } catch { throw failure(error) }
    }

    public func recordFailedAttempt(feed: String, key: String) throws -> Int {
        do {
            return try requireWriter().write { db in
                try db.execute(sql: """
                    INSERT INTO watched_feed_items (feed_url, item_key, attempts) VALUES (?, ?, 1)
                    ON CONFLICT(feed_url, item_key) DO UPDATE SET attempts = attempts + 1, claimed_until = NULL
                    """, arguments: [feed, key])
                return try Int.fetchOne(db, sql: "SELECT attempts FROM watched_feed_items WHERE feed_url = ? AND item_key = ?",
                                        arguments: [feed, key]) ?? 1
            }
        } catch { throw failure(error) }
    }
}
