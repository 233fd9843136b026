// Page-dump lines → the same lines without the earlier copy of repeated text: a caption cut off
// before its full version ("... greets her counterpart in" then the whole caption), a teaser
// that repeats the opening paragraphs, an image alt text printed twice, a standfirst repeated
// as the first paragraph. The later, complete occurrence is the one kept.

enum DuplicateLineFilter {
    /// How far ahead a repeat is looked for; repeats are adjacent or a few lines apart on real pages.
    static let window = 8

    static func removeEarlierCopies(_ lines: [String]) -> [String] {
        keptIndices(lines).map { lines[$0] }
    }

    /// Indices of the lines to keep, in order.
    static func keptIndices(_ lines: [String]) -> [Int] {
        let keys = lines.map { ContentHasher.normalizedForHash($0) }
        var keep = [Bool](repeating: true, count: lines.count)
        for i in lines.indices {
            let key = keys[i]
            guard !key.isEmpty else { continue }
            let end = min(lines.count, i + 1 + window)
            for j in (i + 1)..<max(i + 1, end) {
                if keys[j] == key {
                    keep[i] = false
                    break
                }
                if isTruncatedCopy(key, of: keys, from: j) {
                    keep[i] = false
                    break
                }
            }
        }
        return lines.indices.filter { keep[$0] }
    }

    /// True when `candidate` (minus a possibly cut last word) is the start of the text from line `j` on.
    private static func isTruncatedCopy(_ candidate: String, of keys: [String], from j: Int) -> Bool {
        // Teasers and captions are short; a long paragraph is never a cut-off copy worth the comparison.
        guard candidate.utf8.count >= 30, candidate.utf8.count <= 5000 else { return false }
        let opening = candidate.prefix(30)
        guard keys[j].hasPrefix(opening) else { return false }
        var stem = Substring(candidate)
        if let lastSpace = stem.lastIndex(of: " ") { stem = stem[..<lastSpace] }
        stem = stem.drop { $0 == " " }
        guard stem.count >= 25 else { return false }
        var target = ""
        var k = j
        while target.count < stem.count + 1 && k < keys.count && k < j + 6 {
            if !target.isEmpty { target += " " }
            target += keys[k]
            k += 1
        }
        return target.hasPrefix(stem) && target.count > stem.count
    }
}
