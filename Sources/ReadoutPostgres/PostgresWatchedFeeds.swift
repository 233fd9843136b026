// What `readout watch` remembers per feed, on PostgreSQL (migration "v5-watched-feeds"): the same
// contract as SQLiteStore's (WatchedFeedStore), for watchers on several machines sharing one
// database. Every write is one upsert on the (feed, item) primary key, never a look followed by an
// insert, so watchers racing on the same item leave one row; a claim is granted by the upsert's own
// WHERE, which PostgreSQL evaluates on the row it has locked, so two watchers never both get one.
// Claims run on the server's clock: the machines' own clocks may disagree.
import Foundation
import ReadoutStore

extension PostgresStore: WatchedFeedStore {
    public func validators(feed: String) throws -> FeedValidators {
        do {
            guard let row = try session.query("SELECT etag, last_modified FROM watched_feeds WHERE url = $1", [.text(feed)]).first
            else { return FeedValidators() }
            return FeedValidators(etag: try row[0].decode(String?.self), lastModified: try row[1].decode(String?.self))
        } catch { throw failure(error) }
    }

    public func saveValidators(_ validators: FeedValidators, feed: String) throws {
        do {
            try session.query("""
                INSERT INTO watched_feeds (url, etag, last_modified, polled_at) VALUES ($1, $2, $3, $4)
                ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
                    polled_at = EXCLUDED.polled_at
                """, [.text(feed), SQLValue(validators.etag), SQLValue(validators.lastModified), .text(Date().formatted(.iso8601))])
        } catch { throw failure(error) }
    }

    public func doneItems(feed: String, among keys: [String]) throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        do {
            return Set(try session.query("""
                SELECT item_key FROM watched_feed_items WHERE feed_url = $1 AND item_key = ANY($2::text[]) AND done
                """, [.text(feed), .text(Self.textArray(keys))]).map { try $0[0].decode(String.self) })
        } catch { throw failure(error) }
    }

    public func claimItems(feed: String, among keys: [String], lease: Double) throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        do {
            // One statement for every key: each row is inserted, or updated only when free; the rows
            // returned are the ones this watcher now holds. A watcher that finds a row another is
            // inserting waits for it, then sees that watcher's claim.
            return Set(try session.query("""
                INSERT INTO watched_feed_items (feed_url, item_key, claimed_until)
                SELECT $1, key, now() + make_interval(secs => $3::double precision)
                FROM unnest($2::text[]) AS key
                ON CONFLICT (feed_url, item_key) DO UPDATE SET claimed_until = EXCLUDED.claimed_until
                    WHERE NOT watched_feed_items.done
                      AND (watched_feed_items.claimed_until IS NULL OR watched_feed_items.claimed_until < now())
                RETURNING item_key
                """, [.text(feed), .text(Self.textArray(Self.lockOrder(keys))), .text(String(lease))]).map { try $0[0].decode(String.self) })
        } catch { throw failure(error) }
    }

    public func markDone(feed: String, keys: [String]) throws {
        guard !keys.isEmpty else { return }
        do {
            try session.query("""
                INSERT INTO watched_feed_items (feed_url, item_key, done) SELECT $1, key, true FROM unnest($2::text[]) AS key
                ON CONFLICT (feed_url, item_key) DO UPDATE SET done = true, claimed_until = NULL
                """, [.text(feed), .text(Self.textArray(Self.lockOrder(keys)))])
        } catch { throw failure(error) }
    }

    public func recordFailedAttempt(feed: String, key: String) throws -> Int {
        do {
            let rows = try session.query("""
                INSERT INTO watched_feed_items (feed_url, item_key, attempts) VALUES ($1, $2, 1)
                ON CONFLICT (feed_url, item_key) DO UPDATE SET attempts = watched_feed_items.attempts + 1, claimed_until = NULL
                RETURNING attempts
                """, [.text(feed), .text(key)])
            return Int(try rows.first?[0].decode(Int32.self) ?? 1)
        } catch { throw failure(error) }
    }

    /// Each key once (an upsert may not touch a row twice), in one order for every watcher, so two
    /// watchers locking the same items lock them in the same order and never deadlock.
    static func lockOrder(_ keys: [String]) -> [String] { Set(keys).sorted() }

    /// A PostgreSQL array literal of texts, every element quoted (item keys are guids or URLs: any
    /// character at all), bound as one parameter so a feed's keys go in one statement.
    static func textArray(_ values: [String]) -> String {
        "{" + values.map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }.joined(separator: ",") + "}"
    }
}
