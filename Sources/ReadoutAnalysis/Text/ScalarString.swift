// A run of the article's scalars → a String, written straight as UTF-8.
// In: the scalar array and a range. Out: the String. Appending an ArraySlice to a
// String.UnicodeScalarView goes through the standard library's unspecialized generic path
// (a witness-table call per scalar); this was half of all analysis time before it was replaced.

enum ScalarString {
    static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let lower = max(0, start), upper = min(end, scalars.count)
        guard lower < upper else { return "" }
        return scalars.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: (upper - lower) * 4) { bytes in
                var n = 0
                for i in lower..<upper {
                    let v = source[i].value
                    if v < 0x80 {
                        bytes[n] = UInt8(truncatingIfNeeded: v)
                        n += 1
                    } else if v < 0x800 {
                        bytes[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                        bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        n += 2
                    } else if v < 0x10000 {
                        bytes[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                        bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        n += 3
                    } else {
                        bytes[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                        bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                        bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                        bytes[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                        n += 4
                    }
                }
                return n
            }
        }
    }

    /// The lowercased text of an ASCII run (what `String.lowercased()` gives), or nil when the run
    /// holds anything beyond ASCII (the caller then lowercases through the Unicode tables).
    static func asciiLowercased(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String? {
        let lower = max(0, start), upper = min(end, scalars.count)
        guard lower < upper else { return "" }
        for i in lower..<upper where scalars[i].value >= 0x80 { return nil }
        return scalars.withUnsafeBufferPointer { source in
            String(unsafeUninitializedCapacity: upper - lower) { bytes in
                for i in lower..<upper {
                    let v = UInt8(truncatingIfNeeded: source[i].value)
                    bytes[i - lower] = v >= 65 && v <= 90 ? v + 32 : v
                }
                return upper - lower
            }
        }
    }

    static func make(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        make(scalars, range.lowerBound, range.upperBound)
    }
}
