// Small shared helpers: a union-find over indices and text slugs for readable ids.

/// Disjoint sets over 0..<n with path compression; members are listed by their root.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(_ i: Int) -> Int {
        var r = i
        while parent[r] != r { r = parent[r] }
        var j = i
        while parent[j] != r { let next = parent[j]; parent[j] = r; j = next }
        return r
    }

    /// Joins the sets; the smaller index becomes the root so results do not depend on call order.
    mutating func union(_ a: Int, _ b: Int) {
        let ra = root(a), rb = root(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }

    /// Groups in order of their smallest member, members ascending.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        for i in 0..<parent.count { byRoot[root(i), default: []].append(i) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }
}

enum Slug {
    /// "Jon Baker" → "jon-baker": folded words joined by hyphens.
    static func make(_ parts: [String]) -> String {
        parts.flatMap { NameText.words($0) }.joined(separator: "-")
    }

    /// Appends -2, -3 ... until the slug is unused.
    static func unique(_ base: String, in used: inout Set<String>) -> String {
        var candidate = base.isEmpty ? "x" : base
        var n = 2
        while used.contains(candidate) { candidate = "\(base)-\(n)"; n += 1 }
        used.insert(candidate)
        return candidate
    }
}
