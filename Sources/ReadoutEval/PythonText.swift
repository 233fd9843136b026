// Python's idea of characters, so names normalize exactly as score.py normalizes them.
// In: Unicode scalars. Out: whether Python's `re` calls them \w or \s, and `str.lower()`.
// Foundation and Swift's Character classes disagree with Python at the edges (marks,
// U+001C–U+001F, final sigma), and any disagreement changes a score.

enum PythonText {
    /// `re`'s \w on str: letters (Lu Ll Lt Lm Lo), anything with a numeric value, and `_`.
    /// Marks are not word characters in Python, which matters for Indic scripts.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return scalar.properties.numericType != nil
        }
    }

    /// `str.isspace()` and `re`'s \s: Unicode White_Space plus the four ASCII separators.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `str.lower()`: full lowercase mappings, with Greek capital sigma becoming final sigma
    /// at the end of a word as CPython decides it.
    static func lowercased(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            if scalar.value < 0x80 {
                out.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else if scalar.value == 0x3A3 {
                out.append(isFinalSigma(scalars, at: i) ? "\u{3C2}" : "\u{3C3}")
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    /// Cased letter before (skipping case-ignorables) and no cased letter after.
    private static func isFinalSigma(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i - 1
        while j >= 0, scalars[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0, scalars[j].properties.isCased else { return false }
        var k = i + 1
        while k < scalars.count, scalars[k].properties.isCaseIgnorable { k += 1 }
        return k == scalars.count || !scalars[k].properties.isCased
    }
}
