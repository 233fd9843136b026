// Reads the gold/prediction pairs under Fixtures/, written for these tests.
import Foundation
import Testing
import ReadoutCore
import ReadoutEval

enum Fixture {
    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name)
    }

    static func output(_ name: String) throws -> ContractOutput {
        try ContractJSON.readOutput(file: url(name))
    }

    /// Scores `NAME.pred.json` against `NAME.gold.json`.
    static func score(_ name: String) throws -> EvalReport {
        Scorer.score(gold: try output("\(name).gold.json"), predicted: try output("\(name).pred.json"))
    }
}

/// Exact fractions computed by hand, compared as doubles the way score.py computes them.
func fraction(_ numerator: Int, _ denominator: Int) -> Double { Double(numerator) / Double(denominator) }

func f1(_ p: Double, _ r: Double) -> Double { 2 * p * r / (p + r) }
