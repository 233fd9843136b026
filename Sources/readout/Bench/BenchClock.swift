// Clocks for `readout bench`: wall time, this thread's CPU time, the whole process's CPU time.
// In: nothing. Out: nanoseconds. CPU time is what "per core" means on a machine shared with
// other work; wall time is what a user waits for. Peak memory comes from /proc/self/status.
import Foundation

enum BenchClock {
    static func wall() -> UInt64 { read(CLOCK_MONOTONIC) }
    static func threadCPU() -> UInt64 { read(CLOCK_THREAD_CPUTIME_ID) }
    static func processCPU() -> UInt64 { read(CLOCK_PROCESS_CPUTIME_ID) }

    static func seconds(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1e9 }

    private static func read(_ clock: clockid_t) -> UInt64 {
        var now = timespec()
        clock_gettime(clock, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}

/// Resident memory of this process, in MiB, from Linux's /proc/self/status (nil elsewhere).
enum ProcessMemory {
    /// The peak so far (VmHWM).
    static var peakMiB: Double? { field("VmHWM:") }
    /// Now (VmRSS).
    static var currentMiB: Double? { field("VmRSS:") }

    private static func field(_ name: String) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            // "VmHWM:	   51236 kB"
            let kilobytes = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                .flatMap { Double($0) }
            return kilobytes.map { $0 / 1024 }
        }
        return nil
    }
}
