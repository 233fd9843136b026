// A date as pages, feeds and people print it → `YYYY-MM-DD` plus the time of day when one is
// given. Handles ISO 8601 ("2024-01-09T20:46:00+08:00"), RFC 822 ("Tue, 09 Jan 2024 20:46:00
// GMT"), "Mar 14, 2023 10:05 AM", "9 January 2024", "Thursday, 28th March 2024", "09.01.2024".
// A slash date whose day and month could be swapped ("03/04/2024") is refused, not guessed.
import Foundation
import ReadoutCore
import ReadoutKnowledge

struct ParsedDate: Equatable, Sendable {
    var day: String      // YYYY-MM-DD
    var time: String?    // as printed ("10:05 AM", "22:05")
}

public enum PublicationDateParser {
    /// `YYYY-MM-DD` for any supported date format, nil when the text holds no unambiguous date.
    public static func isoDay(_ text: String) -> String? { parse(text)?.day }

    static func parse(_ raw: String) -> ParsedDate? {
        let text = String(WhitespaceNormalizer.collapse(raw).prefix(200))
        guard text.contains(where: \.isNumber) else { return nil }
        if let groups = iso.firstMatch(text), let day = validDay(groups[1], groups[2], groups[3]) {
            var time: String?
            if let hour = groups[4], let minute = groups[5] { time = "\(hour):\(minute)" }
            return ParsedDate(day: day, time: time ?? printedTime(in: text, around: groups[0]))
        }
        if let groups = monthNameFirst.firstMatch(text), let month = monthNumber(groups[1]),
           let day = validDay(groups[3], String(month), groups[2]) {
            return ParsedDate(day: day, time: printedTime(in: text, around: groups[0]))
        }
        if let groups = dayFirst.firstMatch(text), let month = monthNumber(groups[2]),
           let year = fullYear(groups[3]), let day = validDay(year, String(month), groups[1]) {
            return ParsedDate(day: day, time: printedTime(in: text, around: groups[0]))
        }
        if let groups = numeric.firstMatch(text), let a = Int(groups[1] ?? ""), let b = Int(groups[3] ?? "") {
            let separator = groups[2]
            var dayValue: Int?, monthValue: Int?
            if a > 12 && b <= 12 { (dayValue, monthValue) = (a, b) }
            else if b > 12 && a <= 12 { (dayValue, monthValue) = (b, a) }
            else if a == b || separator == "." || separator == "-" { (dayValue, monthValue) = (a, b) }  // 09.01.2024: European order
            if let dayValue, let monthValue, let day = validDay(groups[4], String(monthValue), String(dayValue)) {
                return ParsedDate(day: day, time: printedTime(in: text, around: groups[0]))
            }
        }
        return nil
    }

    /// "10:05 AM", "22:05", "10.05pm" after the date (or else before it), never inside it.
    static func printedTime(in text: String, around date: String?) -> String? {
        guard let date, let range = text.range(of: date) else { return printedTime(text) }
        return printedTime(String(text[range.upperBound...])) ?? printedTime(String(text[..<range.lowerBound]))
    }

    static func printedTime(_ text: String) -> String? {
        guard let groups = time.firstMatch(text), let clock = groups[1] else { return nil }
        if let meridiem = groups[2] {
            return clock + " " + meridiem.uppercased().replacingOccurrences(of: ".", with: "")
        }
        return clock
    }

    /// The month names and abbreviations the patterns accept, as alternatives: the vocabulary's
    /// time.month-abbreviation ("jan", "sept") in calendar order, then its time.month ("january").
    private static let monthWords: String = {
        let v = Vocabulary.shared
        let abbreviations = v.map("time.month-abbreviation").sorted { (Int($0.value) ?? 0, $0.key) < (Int($1.value) ?? 0, $1.key) }
        return (abbreviations.map(\.key) + v.monthNames).joined(separator: "|")
    }()

    private static let iso = Pattern(#"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?"#)
    private static let monthNameFirst = Pattern(
        #"(?i)\b(\#(monthWords))\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#)
    private static let dayFirst = Pattern(
        #"(?i)\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?(\#(monthWords))\.?,?(?:\s+|-)(\d{4}|\d{2})\b"#)
    private static let numeric = Pattern(#"(?<![\d.:])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)"#)
    private static let time = Pattern(#"(?<![\d.:])(\d{1,2}[:.]\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?(?!\d|\.\d)"#)

    /// "jan" ... "dec": the first three letters of the vocabulary's month names (time.month), which name a month.
    private static let months = Vocabulary.shared.monthNames.map { String($0.prefix(3)) }

    static func monthNumber(_ name: String?) -> Int? {
        guard let name = name?.lowercased(), name.count >= 3 else { return nil }
        return months.firstIndex(of: String(name.prefix(3))).map { $0 + 1 }
    }

    private static func fullYear(_ text: String?) -> String? {
        guard let text, let value = Int(text) else { return nil }
        if text.count == 4 { return text }
        return String(2000 + value)  // two-digit years in RFC 822 dates of news: this century
    }

    private static func validDay(_ year: String?, _ month: String?, _ day: String?) -> String? {
        guard let y = Int(year ?? ""), let m = Int(month ?? ""), let d = Int(day ?? ""),
              (1900...2100).contains(y), let valid = CalendarDay(year: y, month: m, day: d) else { return nil }
        return valid.isoDay
    }
}
