// A line of a page dump → its photo credit, split from the caption text when it has one:
// "... in Manila on Monday. Photo: Reuters", "... Photo: Jane Doe via Getty Images",
// "File Photo: Qatar's emir .... AFP", "... -AAP Picture", "... REUTERS/Jane Doe",
// "... Photo: Jane Doe/Getty Images", or a credit alone ("Jane Doe / The Daily Outlet").

import Foundation
import ReadoutKnowledge

struct CaptionCredit: Equatable {
    /// The caption without its credit; empty when the line is only a credit.
    var caption: String
    var credit: String

    var isCreditOnly: Bool { caption.isEmpty }

    static func split(_ line: String) -> CaptionCredit? {
        guard line.utf8.count <= 1200, mayHoldCredit(line) else { return nil }
        // Each pattern needs a word or mark the line must contain; looking for it first spares
        // the regex engine most lines (captions are rare among the lines of a page).
        let lower = TextCase.lowercased(line)
        let hasLabel = labelCues.contains { TextSearch.contains(lower, $0) }
        let hasSlash = TextSearch.contains(line, "/")
        // "Image source, Reuters" / "Image caption, The ministers met in Doha".
        if hasLabel, TextSearch.contains(line, ","), let groups = commaLabel.firstMatch(line), let kind = groups[1]?.lowercased(), let rest = groups[2] {
            return kind == "caption" ? CaptionCredit(caption: clean(rest), credit: "")
                : CaptionCredit(caption: "", credit: clean(rest))
        }
        // "... in Kyiv on Monday. (AP Photo/Jane Doe)" — a parenthesised credit at the end.
        if hasLabel, TextSearch.contains(line, "("), let groups = parenthesisedCredit.firstMatch(line), let text = groups[1], let credit = groups[2],
           LineShape(text).wordCount >= 3 {
            return CaptionCredit(caption: clean(text), credit: clean(credit))
        }
        // "File Photo: caption text. AGENCY" — the credit word opens the line.
        if hasLabel, TextSearch.contains(line, ":"), let groups = leadingLabel.firstMatch(line), let label = groups[1], let rest = groups[2] {
            if let tail = trailingAgency.firstMatch(rest), let agency = tail[2], let text = tail[1] {
                return CaptionCredit(caption: clean(text), credit: agency)
            }
            if LineShape(rest).wordCount <= 5 && !rest.hasSuffix(".") {
                return CaptionCredit(caption: "", credit: clean(rest))  // "Photo: Reuters" alone
            }
            return CaptionCredit(caption: clean(rest), credit: label)
        }
        if hasLabel, let groups = trailingLabel.firstMatch(line), let text = groups[1], let credit = groups[2],
           !credit.hasSuffix("."), LineShape(credit).wordCount <= 8 {
            return CaptionCredit(caption: clean(text), credit: clean(credit))
        }
        if TextSearch.containsAny(line, pictureWords), let groups = trailingPicture.firstMatch(line), let text = groups[1], let credit = groups[2] {
            return CaptionCredit(caption: clean(text), credit: clean(credit))
        }
        if TextSearch.containsAny(line, agencyNames), let groups = trailingAgency.firstMatch(line), let text = groups[1],
           let credit = groups[2], LineShape(text).wordCount >= 3 {
            return CaptionCredit(caption: clean(text), credit: credit)
        }
        if hasSlash, let groups = slashCredit.firstMatch(line), let name = groups[1], let owner = groups[2] {
            return CaptionCredit(caption: "", credit: clean(name) + " / " + clean(owner))
        }
        if hasSlash, let groups = trailingSlashCredit.firstMatch(line), let text = groups[1], let credit = groups[2],
           LineShape(text).wordCount >= 3 {
            return CaptionCredit(caption: clean(text), credit: clean(credit))
        }
        return nil
    }

    /// A cheap look at the line's ends before any pattern runs: credits sit at the start or the end.
    private static func mayHoldCredit(_ line: String) -> Bool {
        let ends = TextCase.lowercased(line.prefix(24) + " " + line.suffix(90))
        if TextSearch.contains(ends, "/") { return true }
        return creditCues.contains { TextSearch.contains(ends, $0) }
    }

    /// Lowercase stems of `labelWords`: one of them is in every line the label patterns match.
    private static let labelCues = Vocabulary.shared.entries("caption.label-cue")
    /// What `trailingPicture` needs (case as written there).
    private static let pictureWords = ["Pic", "Photo", "Image"]
    /// What `trailingAgency` needs: one of its agency names (the vocabulary's caption.agency-credit, case as written).
    private static let agencyNames = Vocabulary.shared.entries("caption.agency-credit")

    private static let creditCues = Vocabulary.shared.entries("caption.credit-cue")

    /// For a "Name / Outlet" credit: the outlet part, when it is not a photo agency.
    var ownerOutlet: String? {
        guard let slash = credit.range(of: "/") else { return nil }
        let owner = WhitespaceNormalizer.collapse(credit[slash.upperBound...])
        let key = owner.lowercased()
        if NewsOutlets.photoAgencies.contains(key) || key.contains("getty") || key.contains("shutterstock") { return nil }
        let name = WhitespaceNormalizer.collapse(credit[..<slash.lowerBound])
        guard LineShape(name).isPersonName else { return nil }
        return NewsOutlets.canonical(owner) ?? (NewsOutlets.looksLikeOutletName(owner) ? owner : nil)
    }

    private static func clean(_ text: String) -> String {
        var out = WhitespaceNormalizer.collapse(text)
        while let last = out.last, " -–—|(".contains(last) { out.removeLast() }
        while let first = out.first, " -–—|)".contains(first) { out.removeFirst() }
        return out
    }

    private static let labelWords = #"(?:File\s+)?(?:Photo|Photos|Photograph|Picture|Pic|Image|Images|Photo\s+credit|Image\s+credit|Credit|Courtesy|Illustration|Graphic|Screenshot|Screengrab|Video\s+grab)"#

    private static let commaLabel = Pattern(#"^(?:Image|Photo|Video|Media)\s+(source|caption|credit),\s*(.+)$"#, caseInsensitive: true)
    private static let parenthesisedCredit = Pattern(
        #"^(.+?)\s*\(((?:[\p{L}.&-]+\s)?(?:Photo|Picture|Image|Photograph|Credit|Courtesy)s?\b[^()]{0,80})\)\s*$"#, caseInsensitive: true)
    private static let leadingLabel = Pattern(#"^\(?(\#(labelWords))\s*:\s*(.+?)\)?$"#, caseInsensitive: true)
    private static let trailingLabel = Pattern(
        #"^(.+?)\s*[|–—-]?\s*\(?\b\#(labelWords)\s*(?::|\sby\s|/)\s*([^():]{1,80}?)\)?\s*$"#, caseInsensitive: true)
    private static let trailingPicture = Pattern(#"^(.+?)\s*[-–—]\s?([A-Z][A-Za-z]{1,15}\s(?:Picture|Photo|Image|Pic)s?)\s*$"#)
    private static let trailingAgency = Pattern(
        #"^(.+?[.!?”"’)])\s+((?:\#(agencyNames.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")))(?:\s?/\s?[\p{L}][\p{L}.'’ -]{1,40})?)\s*$"#)
    private static let slashCredit = Pattern(
        #"^([\p{Lu}][\p{L}.'’-]+(?:\s[\p{Lu}][\p{L}.'’-]+){1,3})\s?/\s?((?:The\s)?[\p{Lu}][\p{L}&.'’-]*(?:\s[\p{Lu}][\p{L}&.'’-]*){0,4})$"#)
    private static let trailingSlashCredit = Pattern(
        #"^(.+?[.!?”"’)])\s+([\p{Lu}][\p{L}.'’-]+(?:\s[\p{Lu}][\p{L}.'’-]+){1,3}\s?/\s?(?:The\s)?[\p{Lu}][\p{L}&.'’-]*(?:\s[\p{Lu}][\p{L}&.'’-]*){0,4})$"#)
}
