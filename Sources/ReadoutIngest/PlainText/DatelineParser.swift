// The start of a body paragraph → whether it opens with a dateline, and the wire agency the
// dateline credits: "OSLO —", "ROME, March 3 (ANSA) --", "BUENOS AIRES (AP) –",
// "KYIV (AA) –", "DAKAR:", "DOHA/CAIRO:", "Nairobi (AFP) -", or a line that is only a
// place and date ("Lima, March 3"). The dateline text stays in the body; only the agency is read.

struct Dateline: Equatable {
    /// The agency named in parentheses, canonical when known ("AA" → "Anadolu Agency").
    var agency: String?
    /// The full date a wire dateline states ("Istanbul/Athens, 7 December 2023 (dpa) -"): the day of the report.
    var date: String? = nil
}

enum DatelineParser {
    private static let months = #"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"#
    // Capitals: "OSLO", "BUENOS AIRES", "DOHA/CAIRO", "ST. PETERSBURG", "N'DJAMENA".
    private static let capitalPlace = #"[\p{Lu}][\p{Lu}.'’-]+(?:[ /][\p{Lu}][\p{Lu}.'’-]*){0,3}"#
    private static let titlePlace = #"[\p{Lu}][\p{Ll}.'’-]+(?:[ -][\p{Lu}][\p{Ll}.'’-]+){0,2}"#

    /// ":" right after the place, or a dash with a space on at least one side ("EU-Africa" is not a dateline).
    private static let separator = #"(?::\s*|\s+(?:-{1,2}|–|—)\s*|(?:-{2}|–|—)\s+)\S"#

    private static let capitalDateline = Pattern(
        "^(\(capitalPlace))(?:,\\s*\(titlePlace))?(?:,?\\s+\(months)\\s+\\d{1,2}(?:,\\s*\\d{4})?)?(?:\\s*\\(([^()]{2,40})\\))?\(separator)")
    private static let titleDatelineWithAgency = Pattern(
        "^\(titlePlace)(?:,\\s*\(titlePlace))?(?:,?\\s+\(months)\\s+\\d{1,2})?\\s*\\(([^()]{2,40})\\)\(separator)")
    private static let placeAndDateLine = Pattern(
        "^\(titlePlace)(?:,\\s*\(titlePlace))?,\\s+\(months)\\s+\\d{1,2}(?:,\\s*\\d{4})?(?:\\s*\\(([^()]{2,40})\\))?$")

    /// "Istanbul/Athens, 7 December 2023 (dpa/MIA) -", "GENEVA, March 3, 2024 (Reuters) -": places, then a date
    /// with its year, before the agency or the dash.
    private static let datedDateline = Pattern(
        "^(?:\(capitalPlace)|\(titlePlace)(?:/\(titlePlace))*)(?:,\\s*\(titlePlace))?,\\s+((?:\\d{1,2}\\s+\(months)\\s+\\d{4})|(?:\(months)\\s+\\d{1,2},\\s*\\d{4}))(?:\\s*\\(([^()]{2,40})\\))?\(separator)")

    static func parse(_ paragraph: String) -> Dateline? {
        let head = String(paragraph.prefix(120))
        if let groups = datedDateline.firstMatch(head), let date = groups[1].flatMap(PublicationDateParser.isoDay) {
            return Dateline(agency: agencyName(groups[2]), date: date)
        }
        // Every dateline has a separator, parentheses or a comma and a month in its first words.
        guard head.contains(where: { ":—–-(,".contains($0) }) else { return nil }
        if let groups = capitalDateline.firstMatch(head), let place = groups[1] {
            let letters = place.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            guard letters >= 3 else { return nil }  // "US:" or "UN -" open headlines, not datelines
            return Dateline(agency: agencyName(groups[2]))
        }
        if let groups = titleDatelineWithAgency.firstMatch(head), let agency = agencyName(groups[1]) {
            return Dateline(agency: agency)
        }
        if paragraph.count <= 60, let groups = placeAndDateLine.firstMatch(paragraph) {
            return Dateline(agency: agencyName(groups[1]))
        }
        return nil
    }

    /// A parenthesised credit is an agency when it is a known outlet or a short capitalised name ("Xinhua", "AA").
    private static func agencyName(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let name = WhitespaceNormalizer.collapse(raw)
        if let known = NewsOutlets.canonical(name) { return known }
        let shape = LineShape(name)
        guard shape.wordCount <= 3, shape.startsWithCapitalOrDigit, !name.contains(where: \.isNumber) else { return nil }
        return shape.isAllCaps || NewsOutlets.looksLikeOutletName(name) ? name : nil
    }
}
