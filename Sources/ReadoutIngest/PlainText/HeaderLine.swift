// The " date YYYY-MM-DD ..." line some page dumps start with → the publication date plus what
// follows it: an outlet name ("The Harbour Times"), a byline ("From Jane Doe, Abuja"),
// a photo credit ("Jane Doe / The Daily Outlet"), a time ("Today at 09:15 AM"), or else the
// first line of the page itself (a headline or the first paragraph), returned as `remainder`.

import ReadoutKnowledge

struct HeaderLine: Equatable {
    var published: String
    var time: String?
    var outlet: String?
    var byline: Byline?
    var credit: CaptionCredit?
    var remainder: String?
}

enum HeaderLineParser {
    private static let isoDay = Pattern(#"^\d{4}-\d{2}-\d{2}$"#)
    private static let clock = Pattern(#"^(?:(?:today|yesterday)(?:\s+at)?\s+|at\s+)?(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)(?:\s+[A-Z]{2,5}|\s+GMT[+-]?\d*)?$"#, caseInsensitive: true)

    static func parse(_ line: String) -> HeaderLine? {
        var rest = Substring(line).drop { $0 == " " }
        guard rest.prefix(4).lowercased() == "date" else { return nil }
        rest = rest.dropFirst(4)
        if rest.first == ":" { rest = rest.dropFirst() }
        guard rest.first == " " else { return nil }
        rest = rest.drop { $0 == " " }
        let datePart = String(rest.prefix(10))
        guard isoDay.matches(datePart), let published = PublicationDateParser.parse(datePart)?.day else { return nil }
        rest = rest.dropFirst(10)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var header = HeaderLine(published: published)
        let restText = WhitespaceNormalizer.collapse(rest)
        if restText.isEmpty { return header }
        header = classify(restText, into: header)
        return header
    }

    private static func classify(_ rest: String, into start: HeaderLine) -> HeaderLine {
        var header = start
        if let time = clock.firstMatch(rest)?[1] {
            header.time = PublicationDateParser.printedTime(time) ?? time
        } else if let byline = BylineParser.parse(rest) {
            header.byline = byline
        } else if let credit = CaptionCredit.split(rest), credit.isCreditOnly {
            header.credit = credit
        } else if isOutletName(rest) {
            header.outlet = NewsOutlets.canonical(rest) ?? rest
        } else {
            header.remainder = rest
        }
        return header
    }

    /// Lowercase words a capitalised outlet name may contain (the vocabulary's outlet.name-connector).
    private static let outletNameConnectors = Vocabulary.shared.set("outlet.name-connector")

    /// A short, capitalised, unpunctuated phrase that is a known outlet or reads like one.
    private static func isOutletName(_ text: String) -> Bool {
        let shape = LineShape(text)
        guard shape.wordCount >= 1, shape.wordCount <= 7, !shape.endsLikeSentence, text.count <= 60 else { return false }
        if NewsOutlets.isKnown(text) { return true }
        let connectors = outletNameConnectors
        let capitalised = shape.words.allSatisfy { word in
            connectors.contains(word.lowercased()) || word.first.map { $0.isUppercase || $0.isNumber } == true
        }
        return capitalised && NewsOutlets.looksLikeOutletName(text) && !text.contains(",")
    }
}
