// CSV as RFC 4180 writes it: a header row, fields with a comma, quote or line break in double quotes
// (quotes doubled), CRLF line ends. Article text is untrusted, and a spreadsheet opening the file
// would run a cell starting with = + - @ as a formula ("=HYPERLINK(...)" in a planted title), so such
// a cell gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV exports).
enum CSVText {
    static func render(headers: [String], rows: [[String]]) -> String {
        ([headers] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
