// A logistic regression over named features: deterministic training (full-batch gradient descent from
// zero weights, features in sorted order) and a probability for an example. Small, exact and fast enough
// to score every event of every article.
import Foundation

public struct LogisticModel: Codable, Sendable {
    public var weights: [String: Double]
    /// Events scored below this are dropped.
    public var threshold: Double

    public init(weights: [String: Double] = [:], threshold: Double = 0.5) {
        self.weights = weights
        self.threshold = threshold
    }

    public func probability(_ features: [String: Double]) -> Double {
        var z = 0.0
        for (name, value) in features { z += (weights[name] ?? 0) * value }
        return 1 / (1 + exp(-z))
    }

    /// Fits weights to labelled examples: `epochs` passes of full-batch gradient descent with L2 penalty.
    public static func train(_ examples: [(features: [String: Double], label: Bool)], epochs: Int = 400,
                             rate: Double = 0.5, l2: Double = 0.01) -> LogisticModel {
        var model = LogisticModel()
        guard !examples.isEmpty else { return model }
        let names = Set(examples.flatMap { $0.features.keys }).sorted()
        for name in names { model.weights[name] = 0 }
        let n = Double(examples.count)
        for _ in 0..<epochs {
            var gradient = [String: Double](minimumCapacity: names.count)
            for (features, label) in examples {
                let error = model.probability(features) - (label ? 1 : 0)
                for (name, value) in features { gradient[name, default: 0] += error * value }
            }
            for name in names {
                let w = model.weights[name] ?? 0
                let penalty = name == "bias" ? 0 : l2 * w
                model.weights[name] = w - rate * ((gradient[name] ?? 0) / n + penalty)
            }
        }
        return model
    }
}
