// Quote matching for one document (score.py, "# quotes").
// In: gold and predicted quotes and the document's alias map. Out: counts and the quotes
// behind them. A predicted quote, in order, takes the first unused gold quote whose speaker
// matches and at least half of whose words (normalized, with repeats) occur in the prediction.
import ReadoutCore

struct QuoteScoring {
    var counts = MatchCounts()
    var missed: [QuoteRef] = []
    var falseAlarms: [QuoteRef] = []

    init(gold: [ContractQuote], predicted: [ContractQuote], aliases: DocumentAliases) {
        let goldWords = gold.map { QuoteScoring.words($0.text) }
        var used = Set<Int>()
        for quote in predicted {
            let words = Set(QuoteScoring.words(quote.text))
            let hit = gold.indices.first { k in
                guard !used.contains(k), !goldWords[k].isEmpty else { return false }
                let shared = goldWords[k].filter(words.contains).count
                return Double(shared) / Double(goldWords[k].count) >= 0.5
                    && aliases.matches(predicted: quote.speaker ?? "", gold: gold[k].speaker ?? "")
            }
            if let hit {
                used.insert(hit)
                counts.truePositives += 1
            } else {
                counts.falsePositives += 1
                falseAlarms.append(QuoteRef(speaker: quote.speaker, text: quote.text ?? ""))
            }
        }
        for (k, quote) in gold.enumerated() where !used.contains(k) {
            missed.append(QuoteRef(speaker: quote.speaker, text: quote.text ?? ""))
        }
        counts.falseNegatives = gold.count - used.count
    }

    /// `norm(text).split()`; the normalized text holds single spaces only.
    static func words(_ text: String?) -> [String] {
        NameNormalizer.normalize(text).unicodeScalars.split(separator: " ").map { String(String.UnicodeScalarView($0)) }
    }
}
