// How far a long run has got, on stderr so stdout stays clean for results.
// On a terminal: one line redrawn in place (bar, done/total, rate, ETA). Otherwise
// (a log file, CI): a plain line every few seconds or every `lineEvery` items.
// Other messages go through `note` so they never land in the middle of the bar.
import Foundation

final class ProgressReporter {
    private let total: Int?
    private let unit: String
    private let interactive: Bool
    private let lineEvery: Int
    private let start = Date()
    private var done = 0
    private var lastDraw: Date
    private var lastLineDone = 0
    private var barShown = false

    init(total: Int?, unit: String = "files", interactive: Bool = isatty(STDERR_FILENO) != 0,
         lineEvery: Int = 1000) {
        self.total = total
        self.unit = unit
        self.interactive = interactive
        self.lineEvery = lineEvery
        // Plain lines start after the first interval: a run of a few seconds prints none.
        lastDraw = interactive ? .distantPast : start
    }

    var elapsed: TimeInterval { Date().timeIntervalSince(start) }

    func advance(by count: Int) {
        done += count
        let now = Date()
        if interactive {
            // Redrawing more than ~10 times a second only costs time.
            guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
            lastDraw = now
            StandardError.write("\r\u{1B}[2K" + barLine())
            barShown = true
        } else if done - lastLineDone >= lineEvery || now.timeIntervalSince(lastDraw) >= 5 {
            lastDraw = now
            lastLineDone = done
            StandardError.write("readout: " + statusText() + "\n")
        }
    }

    /// A message (an error line) printed above the bar.
    func note(_ line: String) {
        if barShown { StandardError.write("\r\u{1B}[2K") }
        StandardError.write(line + "\n")
        if barShown { StandardError.write(barLine()) }
    }

    /// Removes the bar so the summary starts on a clean line.
    func finish() {
        if barShown { StandardError.write("\r\u{1B}[2K") }
        barShown = false
    }

    private func barLine() -> String {
        guard let total, total > 0 else { return statusText() }
        let width = 28
        let filled = min(width, done * width / total)
        return "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled) + "] "
            + statusText()
    }

    private func statusText() -> String {
        let seconds = max(elapsed, 0.001)
        let rate = Double(done) / seconds
        var text = total.map { "\(done)/\($0) \(unit)" } ?? "\(done) \(unit)"
        text += String(format: ", %.1f/s", rate)
        if let total, rate > 0, done < total {
            text += ", ETA " + Self.duration(Double(total - done) / rate)
        }
        return text
    }

    /// "0:42", "12:05", "1:02:03".
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, sec) : String(format: "%d:%02d", m, sec)
    }
}

/// Unbuffered writes to stderr, so progress and errors appear at once and in order.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
