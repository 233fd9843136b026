// Dates as pages and feeds print them → YYYY-MM-DD; ambiguous or impossible dates are refused.
import ReadoutIngest
import Testing

@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("2024-01-09", "2024-01-09"),
        ("2024-01-09T20:46:00+08:00", "2024-01-09"),
        ("Tue, 09 Jan 2024 20:46:00 GMT", "2024-01-09"),
        ("Tue, 9 Jan 24 20:46:00 +0000", "2024-01-09"),
        ("Jan 09, 2024 08:46 PM", "2024-01-09"),
        ("Sept. 3, 2023", "2023-09-03"),
        ("9 January 2024", "2024-01-09"),
        ("Thursday, 28th March 2024", "2024-03-28"),
        ("28.03.2024", "2024-03-28"),
        ("03/28/2024", "2024-03-28"),
        ("2024/03/28 10:00", "2024-03-28"),
    ])
    func commonFormats(_ input: String, _ expected: String) {
        #expect(PublicationDateParser.isoDay(input) == expected)
    }

    @Test(arguments: ["03/04/2024", "February 30, 2024", "2024-13-01", "yesterday", "", "12:30 PM"])
    func ambiguousOrInvalidDatesAreRefused(_ input: String) {
        #expect(PublicationDateParser.isoDay(input) == nil)
    }
}
