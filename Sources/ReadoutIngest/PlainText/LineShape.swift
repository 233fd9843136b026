// One line of a page dump → what its shape says about it: word count, whether it ends like a
// sentence, reads like a headline, a person's name, a short section label or an outlet's name.
// Shape only; the cleaner decides using position on the page too.
import Foundation
import ReadoutKnowledge

struct LineShape {
    let text: String
    let words: [Substring]

    init(_ text: String) {
        self.text = text
        // Every judgement needs at most a few dozen words; a multi-megabyte line is not split further.
        // Split on the space byte: splitting Characters runs grapheme breaking over every line of a page.
        words = text.utf8.split(separator: 32, maxSplits: 200).map { Substring($0) }
    }

    var wordCount: Int { words.count }

    /// Ends with . ! ? (possibly inside closing quotes/brackets), or a trailing "..." of a cut-off teaser.
    var endsLikeSentence: Bool {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, "\"'”’»)]".unicodeScalars.contains(last) { scalars = scalars.dropLast() }
        guard let last = scalars.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…" || last == ";"
    }

    var startsWithCapitalOrDigit: Bool {
        guard let first = text.unicodeScalars.first(where: { !"\"'“‘«(".unicodeScalars.contains($0) }) else { return false }
        // Caseless scripts (Chinese, Arabic...) count as capitalised.
        return (first.properties.isAlphabetic && !first.properties.isLowercase) || ("0"..."9").contains(first)
            || first == "$" || first == "€" || first == "£"
    }

    var letterCount: Int { text.unicodeScalars.filter { $0.properties.isAlphabetic }.count }

    var isAllCaps: Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { !$0.properties.isLowercase }
    }

    /// A headline's shape: 3–30 words, starts with a capital, does not end like a sentence.
    var isHeadlineLike: Bool {
        wordCount >= 3 && wordCount <= 30 && text.count <= 250 && !endsLikeSentence && startsWithCapitalOrDigit
            && letterCount >= 8 && !text.hasSuffix(":") && !text.hasSuffix(",")
    }

    /// A paragraph's shape: a sentence of six or more words, or a long run of words (cut-off text).
    var isBodyLike: Bool {
        (endsLikeSentence && wordCount >= 6) || wordCount >= 25
    }

    /// A short label above the headline: "ASIA / DIPLOMACY", "Africa-EU relations", "World".
    var isSectionLike: Bool {
        guard !endsLikeSentence, text.count <= 60, wordCount >= 1 else { return false }
        if text.contains(" / ") || text.contains(" | ") || text.contains(" › ") || text.contains(" > ") { return wordCount <= 8 }
        if isAllCaps { return wordCount <= 5 }
        return wordCount <= 3
    }

    /// "Lorna Castillo", "Amina Njoroge", "Hamad bin Khalid", "Jean-Luc Le Gall", "Siobhan O’Neill".
    var isPersonName: Bool { PersonNameShape.matches(words) }
}

enum PersonNameShape {
    /// Lowercase particles that occur inside names (the vocabulary's name.particle-byline).
    static let particles = Vocabulary.shared.set("name.particle-byline")

    /// Capitalised words that are not parts of people's names: places, institutions, page labels (name.non-name-word).
    static let nonNameWords = Vocabulary.shared.set("name.non-name-word")

    static func matches(_ words: [Substring]) -> Bool {
        guard (2...5).contains(words.count) else { return false }
        var capitalised = 0
        for word in words {
            let lower = word.lowercased()
            if particles.contains(lower) || lower.hasPrefix("al-") || lower.hasPrefix("el-") { continue }
            if nonNameWords.contains(lower.trimmingCharacters(in: .punctuationCharacters)) { return false }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            // Letters, initials ("J."), hyphens and apostrophes only: no digits, no other punctuation.
            for scalar in word.unicodeScalars where !scalar.properties.isAlphabetic {
                if !"-'’.".unicodeScalars.contains(scalar) { return false }
            }
            // An all-capital word longer than an initial is an acronym or a shouted label, not a name.
            if word.count > 2 && word.unicodeScalars.allSatisfy({ !$0.properties.isLowercase || !$0.properties.isAlphabetic })
                && word.unicodeScalars.filter({ $0.properties.isAlphabetic }).count > 1 && !word.hasSuffix(".") {
                return false
            }
            capitalised += 1
        }
        return capitalised >= 2
    }
}
