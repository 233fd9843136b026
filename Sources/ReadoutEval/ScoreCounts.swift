// True/false positive counts and the figures score.py derives from them.
// In: counts. Out: precision, recall, F1 and accuracies computed with the same floating-point
// operations as score.py's `prf`, so the numbers agree to the last bit.

public struct MatchCounts: Codable, Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    enum CodingKeys: String, CodingKey {
        case truePositives = "tp", falsePositives = "fp", falseNegatives = "fn", precision, recall, f1
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try c.decode(Int.self, forKey: .truePositives)
        falsePositives = try c.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try c.decode(Int.self, forKey: .falseNegatives)
    }

    /// The counts and, for a reader's convenience, the figures derived from them.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truePositives, forKey: .truePositives)
        try c.encode(falsePositives, forKey: .falsePositives)
        try c.encode(falseNegatives, forKey: .falseNegatives)
        try c.encode(precision, forKey: .precision)
        try c.encode(recall, forKey: .recall)
        try c.encode(f1, forKey: .f1)
    }

    static func + (a: MatchCounts, b: MatchCounts) -> MatchCounts {
        MatchCounts(truePositives: a.truePositives + b.truePositives,
                    falsePositives: a.falsePositives + b.falsePositives,
                    falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// `hits` out of `total`; 0 when there is nothing to count, as score.py reports it.
public struct Ratio: Codable, Hashable, Sendable {
    public var hits = 0
    public var total = 0

    public init(hits: Int = 0, total: Int = 0) {
        self.hits = hits
        self.total = total
    }

    public var value: Double { total == 0 ? 0 : Double(hits) / Double(total) }

    /// Sums hits and totals, as score.py keeps one running `[hits, total]` per figure.
    mutating func add(_ other: Ratio) {
        hits += other.hits
        total += other.total
    }
}
