// When to try a failing feed again: exponential backoff per feed, capped, and never sooner than
// the server asked (Retry-After on 429 / 503). A feed that answers again starts from scratch.
// Pure arithmetic on seconds, so the schedule is tested without waiting.

public struct Backoff: Sendable, Hashable {
    /// The wait after the first failure; each further failure in a row doubles it.
    public var base: Double
    /// No wait is longer, whatever the failures; a Retry-After beyond it is cut to it too, so a
    /// server's "come back next week" cannot silence a feed for longer than the cap.
    public var cap: Double

    public init(base: Double = 60, cap: Double = 3600) {
        self.base = max(0, base)
        self.cap = max(self.base, cap)
    }

    /// Seconds to wait after `failures` failures in a row (1 = the first), at least `retryAfter`.
    public func delay(afterFailures failures: Int, retryAfter: Double? = nil) -> Double {
        guard failures > 0 else { return 0 }
        // 2^(failures-1), without overflowing for a feed that has failed for months.
        let exponential = base * Double(1 << min(failures - 1, 30))
        return min(cap, max(exponential, retryAfter ?? 0))
    }
}
