// What a feed watcher remembers between polls and across restarts, per feed URL: the validators
// to make the next request conditional, and which items it has already dealt with. Kept in the
// same database as the articles, so a database moved elsewhere carries its watch state along.
// Backend-neutral like ArticleStore; SQLiteStore keeps it in "v6-watched-feeds".
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
    /// Marks items done: their pages are not fetched again.
    func markDone(feed: String, keys: [String]) throws
    /// Counts one failed attempt at an item's page; returns the attempts so far.
    func recordFailedAttempt(feed: String, key: String) throws -> Int
}

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

    public func markDone(feed: String, keys: [String]) throws {
        guard !keys.isEmpty else { return }
        do {
            try requireWriter().write { db in
                for key in keys {
                    try db.cachedStatement(sql: """
                        INSERT INTO watched_feed_items (feed_url, item_key, done) VALUES (?, ?, 1)
                        ON CONFLICT(feed_url, item_key) DO UPDATE SET done = 1
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
                    ON CONFLICT(feed_url, item_key) DO UPDATE SET attempts = attempts + 1
                    """, arguments: [feed, key])
                return try Int.fetchOne(db, sql: "SELECT attempts FROM watched_feed_items WHERE feed_url = ? AND item_key = ?",
                                        arguments: [feed, key]) ?? 1
            }
        } catch { throw failure(error) }
    }
}
