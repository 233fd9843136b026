// Inputs the fuzz targets (fuzz/, scripts/fuzz.sh) found that broke a promise, kept as tests. Each
// input is what the fuzzer made (minimised), not text from an article.
import Testing
import ReadoutCore
import ReadoutAnalysis

/// `TimeExpression.value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
private func isWritableDate(_ value: String) -> Bool {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    return (1...3).contains(parts.count) && parts[0].count == 4 && parts.dropFirst().allSatisfy { $0.count == 2 }
        && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
}

// FuzzTimeParser, minimised to 11 bytes: a publication date in year 0 and a month-day date. The nearest
// "Sep 9" lies in year -1, which was written "00-1-09-09".
@Test func relativeDateBeforeYearZeroHasNoValue() {
    let times = TimeExpressionFinder().find(in: "Sep 9", published: "0-2-2")
    #expect(times.map(\.text) == ["Sep 9"])
    #expect(times.first?.value == nil)
}

// The same fault from the other phrases that count from the publication date out of years 0…9999
// ("-2976-03", "10000" before): no value, like a relative date without a publication date.
@Test(arguments: [
    ("It began 5000 years ago.", "2024-03-14", "5000 years ago"),
    ("The vote is next year.", "9999-12-30", "next year"),
])
func relativeDateOutsideFourDigitYearsHasNoValue(text: String, published: String, phrase: String) {
    let times = TimeExpressionFinder().find(in: text, published: published)
    #expect(times.map(\.text) == [phrase])
    #expect(times.first?.value == nil)
}

// Dates that stay inside the calendar are still resolved, and every value is written as the contract says.
@Test func relativeDatesNearTheCalendarEdgesStillResolve() {
    let finder = TimeExpressionFinder()
    #expect(finder.find(in: "It began 2000 years ago.", published: "2024-03-14").first?.value == "0024-03")
    #expect(finder.find(in: "The vote is next year.", published: "9998-12-30").first?.value == "9999")
    #expect(finder.find(in: "Talks on Sep 9 went well.", published: "0001-02-02").first?.value == "0000-09-09")
    for time in finder.find(in: "Sep 9, last year, three weeks ago, next month", published: "0000-01-02") {
        if let value = time.value { #expect(isWritableDate(value), "\(time.text): \(value)") }
    }
}
