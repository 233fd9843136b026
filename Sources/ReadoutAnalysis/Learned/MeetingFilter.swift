// A learned choice: which MEET events the rules read are kept. Each event is scored by a logistic model
// fitted on the gold sets (`readout train`, weights in ReadoutKnowledge's Data/model/meet-filter.json);
// events below the model's threshold are dropped. The pipeline runs it only when the model's
// leave-one-set-out figures beat the rules alone (the file says so, see `readout train --cross-validate`).
import Foundation
import ReadoutCore
import ReadoutKnowledge

public struct MeetingFilterComponent: AnalysisComponent {
    public let name = "meeting-filter"
    public let stage = AnalysisStage.events
    let model: LogisticModel

    public init(model: LogisticModel) { self.model = model }

    public func run(_ d: inout AnalysisDocument) {
        d.events = Self.kept(d.events, article: d.article, analysis: d.analysis, by: model)
    }

    /// The events `model` keeps: every event but the asserted meetings it scores below its threshold.
    public static func kept(_ events: [Event], article: Article, analysis: ArticleAnalysis, by model: LogisticModel) -> [Event] {
        let features = EventFeatures.Reader(article: article, analysis: analysis)
        return events.filter { e in
            guard e.type == .meet, e.status.isAsserted else { return true }
            return model.probability(features.of(e)) >= model.threshold
        }
    }
}

/// The committed meeting-filter model, when there is one and it is switched on.
public enum LearnedModels {
    public struct MeetingFilterFile: Codable, Sendable {
        public var model: LogisticModel
        /// Used by the standard pipeline only when leave-one-set-out figures showed it helps.
        public var enabled: Bool
        public var trainedOn: [String]
        public var command: String
        public var crossValidation: [String: [String: Double]]

        public init(model: LogisticModel, enabled: Bool, trainedOn: [String], command: String, crossValidation: [String: [String: Double]]) {
            self.model = model
            self.enabled = enabled
            self.trainedOn = trainedOn
            self.command = command
            self.crossValidation = crossValidation
        }
    }

    public static let fileName = "meet-filter.json"

    public static var bundledURL: URL {
        Knowledge.bundledDirectory.appendingPathComponent("model", isDirectory: true).appendingPathComponent(fileName)
    }

    public static let meetingFilter: MeetingFilterFile? = {
        guard let data = try? Data(contentsOf: bundledURL) else { return nil }
        return try? JSONDecoder().decode(MeetingFilterFile.self, from: data)
    }()
}
