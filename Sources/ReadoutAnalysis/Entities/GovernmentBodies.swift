// A government body written as a common noun, without its country: "the foreign ministry said", "the
// presidential office said". News names a country's ministry or executive office this way once the story has
// said whose it is; it is an organisation the story quotes and reports on, like "the Kenyan foreign ministry".
// (With the country before it, `MentionFinder.governmentBody(after:run:sentence:end:)` reads it.)
import ReadoutCore

extension MentionFinder {
    /// "the" + one or two portfolio words + "ministry" ("the foreign ministry", "the home affairs ministry"), or
    /// "the" + an executive office ("the presidential office"): an organisation named by those words.
    /// A bare "the ministry" points back at a ministry already named, and is not read here.
    func unnamedGovernmentBodies(in sentence: TokenSentence, index: Int) -> [Mention] {
        var found: [Mention] = []
        let end = sentence.tokens.upperBound
        for i in sentence.tokens where lower(i) == "the" && i + 2 < end && !text.tokens[i + 1].isCapitalized {
            if let last = NameLexicon.executiveOffices.lazy.compactMap({ self.phraseEnd($0, at: i + 1, end: end) }).first {
                found.append(make((i + 1)...last, type: .org, sentence: index))
                continue
            }
            var j = i + 1
            while j < end && j - i <= 2 && isWord(j) && !text.tokens[j].isCapitalized && NameLexicon.ministryModifiers.contains(lower(j)) { j += 1 }
            guard j > i + 1, j < end, isWord(j), !text.tokens[j].isCapitalized, lower(j) == "ministry" else { continue }
            found.append(make((i + 1)...j, type: .org, sentence: index))
        }
        return found
    }

    /// The last token of `phrase` written in lowercase from `start`, if it stands there.
    private func phraseEnd(_ phrase: [String], at start: Int, end: Int) -> Int? {
        guard start + phrase.count <= end else { return nil }
        for (k, word) in zip(start..., phrase) where text.tokens[k].isCapitalized || lower(k) != word { return nil }
        return start + phrase.count - 1
    }
}
