// Text normalization shared by every comparison in fusion.
// In: a name, place or sentence as an outlet wrote it. Out: lowercase ASCII-folded words, so
// "Gürsel" = "Gursel", "Al-Thani" = "Al Thani", "U.S." = "US", "O'Brien" = "OBrien".
import Foundation
import ReadoutKnowledge

public enum NameText {
    /// Lowercase, diacritics removed, letters outside Latin's basic set spelled the usual way.
    public static func fold(_ text: String) -> String {
        // Most names and sentences are ASCII: lowercasing is all they need.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let decomposed = text.lowercased().decomposedStringWithCanonicalMapping
        var out = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            switch scalar {
            case "ø": out.append("o")
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            case "ł": out.append("l")
            case "đ", "ð": out.append("d")
            case "ı": out.append("i")
            case "æ": out.append(contentsOf: "ae".unicodeScalars)
            case "œ": out.append(contentsOf: "oe".unicodeScalars)
            case "þ": out.append(contentsOf: "th".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Folded words: apostrophes and dots inside a word are dropped ("u.s." → "us"), every other
    /// non-alphanumeric character separates words ("al-thani" → "al", "thani").
    static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        // Folding is done scalar by scalar (lowercasing and canonical decomposition act on each
        // scalar alone), each distinct non-ASCII scalar once: a body of thousands of words with a
        // few curly quotes costs little more than ASCII, where folding the whole text first cost more
        // than the rest of fusing it.
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var foldedScalars: [Unicode.Scalar: String.UnicodeScalarView] = [:]
        func take(_ scalar: Unicode.Scalar) {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "." {
                return
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: current.append(scalar)
            case 0x41...0x5A: current.append(Unicode.Scalar(UInt8(scalar.value + 32)))
            case 0..<0x80: take(scalar)
            default:
                let folded = foldedScalars[scalar] ?? {
                    let folded = fold(String(scalar)).unicodeScalars
                    foldedScalars[scalar] = folded
                    return folded
                }()
                for part in folded { take(part) }
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `words` for ASCII text, byte by byte.
    private static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            case UInt8(ascii: "'"), UInt8(ascii: "."): continue
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// One comparison key for a whole name: its folded words joined by spaces, a leading "the" dropped.
    static func key(_ text: String) -> String {
        var w = words(text)
        if w.count > 1, w.first == "the" { w.removeFirst() }
        return w.joined(separator: " ")
    }

    /// The words an acronym's initials pass over (the vocabulary's fusion.initials-skip: "of", "the", "de", "&").
    static let initialsSkipped = Vocabulary.shared.set("fusion.initials-skip")

    /// Initials of the capitalized words of a multi-word name ("United Nations" → "un",
    /// "Council on Foreign Relations" → "cfr"); nil for one-word names.
    static func acronym(_ text: String) -> String? {
        let raw = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        let content = raw.filter { !initialsSkipped.contains($0.lowercased()) }
        guard content.count >= 2 else { return nil }
        let initials = content.compactMap { $0.first }.map { Character($0.lowercased()) }
        return fold(String(initials))
    }

    /// True for a token written like an acronym ("UN", "NATO", "U.S.").
    static func looksLikeAcronym(_ text: String) -> Bool {
        let letters = text.filter { $0.isLetter }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.isUppercase }
    }
}
