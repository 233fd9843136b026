// Runs a pure function over a list on several threads and returns the results in input order.
// In: items, a worker count, a transform that is safe to call concurrently. Out: [result].
// Work is handed out one item at a time, so one long article does not hold up a fixed share.
import Dispatch
import Foundation

enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = max(1, min(jobs, items.count))
        if workers == 1 { return items.map(transform) }
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        let counter = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Each index is taken by exactly one worker, so the writes never overlap.
            while let index = counter.take(below: items.count) {
                slots[index] = transform(items[index])
            }
        }
        let results = slots.map { $0! }
        _ = slots.deinitialize()
        return results
    }
}

/// Hands out 0, 1, 2, ... to whichever worker asks next.
private final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < limit else { return nil }
        next += 1
        return next - 1
    }
}
