// TimeExpressionFinder: finds date phrases and resolves them against a publication date.
// Texts are short sentences written for these tests in several outlets' styles.
import Testing
import ReadoutCore
import ReadoutAnalysis

private let finder = TimeExpressionFinder()

/// (phrase as written, resolved value) for every expression found.
private func resolved(_ text: String, published: String?) -> [(String, String?)] {
    finder.find(in: text, published: published).map { ($0.text, $0.value) }
}

private func value(of phrase: String, in text: String, published: String?) -> String? {
    finder.find(in: text, published: published).first { $0.text == phrase }?.value
}

// MARK: Weekdays

@Test func pastWeekdayIsTheMostRecentOnOrBeforePublication() {
    // 2024-01-13 is a Saturday.
    let text = "Zambia's President Hakainde Hichilema met Malawi's President Lazarus Chakwera on Friday morning in Lilongwe."
    #expect(resolved(text, published: "2024-01-13").map(\.0) == ["on Friday morning"])
    #expect(value(of: "on Friday morning", in: text, published: "2024-01-13") == "2024-01-12")
}

@Test func weekdayOfThePublicationDayIsThatDay() {
    // 2022-06-05 is a Sunday.
    let text = "Speaking to reporters after landing in Lusaka on Sunday evening, the premier praised the host."
    #expect(value(of: "on Sunday evening", in: text, published: "2022-06-05") == "2022-06-05")
}

@Test func futureCuesPointWeekdaysForward() {
    // 2024-01-03 is a Wednesday.
    let cases = [
        "The foreign minister will travel to Nairobi on Friday.",
        "Ms Wong is scheduled to address the Lowy Institute on Friday.",
        "The two leaders are expected to sign the accord on Friday.",
        "Talks are set to resume in Doha on Friday, a Qatari official said.",
        "He plans to visit the border region on Friday.",
    ]
    for text in cases {
        #expect(value(of: "on Friday", in: text, published: "2024-01-03") == "2024-01-05", "\(text)")
    }
}

@Test func theNearestVerbDecidesWhenASentenceMixesTenses() {
    // 2024-01-10 is a Wednesday: "said on Monday" is past, "will arrive … on Thursday" is future.
    let text = "The ministry said on Monday that the envoy will arrive in Seoul on Thursday."
    #expect(value(of: "on Monday", in: text, published: "2024-01-10") == "2024-01-08")
    #expect(value(of: "on Thursday", in: text, published: "2024-01-10") == "2024-01-11")
    let fronted = "On Tuesday, the spokesman said the delegation would return to Harare."
    #expect(value(of: "On Tuesday", in: fronted, published: "2024-01-10") == "2024-01-09")
    let willBeHeld = "The vote will be held on Sunday across the country."
    #expect(value(of: "on Sunday", in: willBeHeld, published: "2024-01-10") == "2024-01-14")
}

@Test func conditionalsPointForwardAndPastVerbsAfterASubjectPointBack() {
    // Published 2023-10-20: a summit "if they do hold it in November" is the coming November.
    let conditional = "If the two leaders do hold talks in November, bankers expect little change."
    #expect(value(of: "in November", in: conditional, published: "2023-10-20") == "2023-11")
    // Monday 2023-11-20: "will be governor after Adeyemi conceded … Sunday" is the Sunday just gone.
    let conceded = "Okoro will be the next governor after his rival Adeyemi conceded in the runoff Sunday."
    #expect(value(of: "Sunday", in: conceded, published: "2023-11-20") == "2023-11-19")
}

@Test func lastAndNextWeekdaysSkipThePublicationDay() {
    // 2024-01-10 is a Wednesday.
    let text = "Protests began last Saturday evening, grew last Wednesday and may end next Tuesday or next Wednesday."
    let found = Dictionary(resolved(text, published: "2024-01-10").map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    #expect(found["last Saturday evening"] == "2024-01-06")
    #expect(found["last Wednesday"] == "2024-01-03")
    #expect(found["next Tuesday"] == "2024-01-16")
    #expect(found["next Wednesday"] == "2024-01-17")
}

@Test func weekdayPhrasesKeepLocalTimeAndDropThePossessive() {
    let text = "A forum was held in Geneva on Monday local time before Tuesday's session at the WTO."
    #expect(resolved(text, published: "2024-01-09").map(\.0) == ["on Monday local time", "Tuesday"])
    #expect(value(of: "Tuesday", in: text, published: "2024-01-09") == "2024-01-09")
}

@Test func weekdayWithACalendarDateTakesTheDate() {
    let text = "The summit opened on Sunday, January 7, 2024 in Kampala."
    let all = finder.find(in: text, published: "2024-01-09")
    #expect(all.map(\.text) == ["on Sunday, January 7, 2024"])
    #expect(all.first?.value == "2024-01-07")
    #expect(all.first?.isRelative == false)
}

@Test func namedDaysAreNotDates() {
    #expect(resolved("Shops were busy ahead of Good Friday and Black Friday sales.", published: "2024-03-20").isEmpty)
}

// MARK: Calendar dates

@Test func absoluteDatesInEveryCommonOrder() {
    let text = "Elections on January 13, 2024 followed talks on 24 August 2021, a letter dated 2024-01-13 and a deal of 13th of May 2019."
    let all = finder.find(in: text, published: nil)
    #expect(all.map(\.text) == ["on January 13, 2024", "on 24 August 2021", "2024-01-13", "13th of May 2019"])
    #expect(all.map(\.value) == ["2024-01-13", "2021-08-24", "2024-01-13", "2019-05-13"])
    #expect(all.allSatisfy { !$0.isRelative && $0.precision == .day })
}

@Test func datesWithoutAYearTakeTheNearestYear() {
    // Published 2024-01-11: "Jan. 4" is this January; "Dec. 28" is last December.
    #expect(value(of: "Jan. 4", in: "Lula said in a Jan. 4 message that trade was growing.", published: "2024-01-11") == "2024-01-04")
    #expect(value(of: "on Dec. 28", in: "The talks ended on Dec. 28 without a deal.", published: "2024-01-03") == "2023-12-28")
    // A future cue never resolves to a date before publication.
    #expect(value(of: "on March 2", in: "The envoy will return on March 2.", published: "2024-03-05") == "2025-03-02")
    #expect(value(of: "on March 2", in: "The envoy returned on March 2.", published: "2024-03-05") == "2024-03-02")
}

@Test func aPastCueNeverResolvesADateAfterPublication() {
    // Published in August: the coming January 17 is nearer, but a call the premier "had" is this year's.
    let text = "Two days before the election, on January 17, the premier had a call with the chancellor."
    #expect(value(of: "on January 17", in: text, published: "2025-08-08") == "2025-01-17")
    #expect(value(of: "on Nov. 30", in: "The treaty was signed on Nov. 30 in Quito.", published: "2025-02-10") == "2024-11-30")
    // A past cue that would reach back further than news style leaves a year out is another verb's: the parade
    // the premier was invited to is the coming one.
    #expect(value(of: "on May 9", in: "He invited the premier to the parade on May 9.", published: "2025-03-14") == "2025-05-09")
    // With no tense to go by, the nearest year still wins.
    #expect(value(of: "January 17", in: "Talks: January 17", published: "2025-08-08") == "2026-01-17")
}

@Test func weekOfADateResolvesToItsMonth() {
    let all = finder.find(in: "Officials may meet again during the week of March 11.", published: "2024-03-01")
    #expect(all.map(\.text) == ["during the week of March 11"])
    #expect(all.first?.value == "2024-03")
    #expect(all.first?.precision == .month)
}

@Test func ambiguousNumericDatesAndCountsAreSkipped() {
    let text = "The fund, worth $300 million, was signed 13/01/2024 after a 2-0 win watched by 2021 fans."
    #expect(finder.find(in: text, published: "2024-01-20").isEmpty)
}

// MARK: Months and years

@Test func monthsResolveAcrossTheYearBoundary() {
    // Published 2024-01-03.
    let text = "They met last December and in November last year, first spoke in June 2022, and will meet in March."
    let found = Dictionary(finder.find(in: text, published: "2024-01-03").map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(found["last December"]?.value == "2023-12")
    #expect(found["in November last year"]?.value == "2023-11")
    #expect(found["in June 2022"]?.value == "2022-06")
    #expect(found["in June 2022"]?.isRelative == false)
    #expect(found["in March"]?.value == "2024-03")
    #expect(found["last December"]?.precision == .month)
}

@Test func bareMonthIsTheMostRecentOneUnlessFuture() {
    #expect(value(of: "in November", in: "The two presidents met in November in Lima.", published: "2024-01-09") == "2023-11")
    #expect(value(of: "in October", in: "The ministers met in October.", published: "2024-10-20") == "2024-10")
    #expect(value(of: "last November", in: "They met last November.", published: "2024-11-20") == "2023-11")
}

@Test func relativeMonthsAndYears() {
    let text = "Prices rose last month, will rise next month and fell earlier this month; growth slowed late last year and early this year, and may recover next year."
    let found = Dictionary(finder.find(in: text, published: "2024-01-30").map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(found["last month"]?.value == "2023-12")
    #expect(found["next month"]?.value == "2024-02")
    #expect(found["earlier this month"]?.value == "2024-01")
    #expect(found["late last year"]?.value == "2023")
    #expect(found["late last year"]?.precision == .year)
    #expect(found["early this year"]?.value == "2024")
    #expect(found["next year"]?.value == "2025")
}

@Test func yearsOnlyInDateContexts() {
    let text = "In 2021 the bank lent $2,021 million; since 2019 and by mid-2023 it had grown, and in early 2023 it merged."
    #expect(finder.find(in: text, published: nil).map(\.text) == ["In 2021", "2019", "mid-2023", "in early 2023"])
    #expect(finder.find(in: text, published: nil).map(\.value) == ["2021", "2019", "2023", "2023"])
}

@Test func ambiguousMonthNamesNeedContext() {
    let text = "Officials may meet soon, Theresa May said, and the march ended; talks resume in May."
    #expect(finder.find(in: text, published: "2024-01-10").map(\.text) == ["in May"])
}

// MARK: Weeks, weekends, days

@Test func weeksResolveToTheMonthTheyPointAt() {
    // Published Tuesday 2024-01-30: next week is in February.
    let text = "Officials met earlier this week and will meet again next week; last week was quiet."
    let found = Dictionary(finder.find(in: text, published: "2024-01-30").map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(found["earlier this week"]?.value == "2024-01")
    #expect(found["next week"]?.value == "2024-02")
    #expect(found["last week"]?.value == "2024-01")
    #expect(found["next week"]?.precision == .month)
}

@Test func aPartOfAPeriodIsThatPeriod() {
    // Published Friday 2024-05-31: "later in the week" is this week, in May; the start of next week is in June.
    let text = "Officials met earlier in the week and will meet later in the month, at the start of next week and by the end of the year; they last met at the end of last month."
    let found = Dictionary(finder.find(in: text, published: "2024-05-31").map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(found["earlier in the week"]?.value == "2024-05")
    #expect(found["later in the month"]?.value == "2024-05")
    #expect(found["the start of next week"]?.value == "2024-06")
    #expect(found["the end of the year"]?.value == "2024")
    #expect(found["the end of last month"]?.value == "2024-04")
    // The end of the day is no calendar date.
    #expect(finder.find(in: "Talks went on until the end of the day.", published: "2024-05-31").isEmpty)
}

@Test func weekendsResolveToTheirSaturday() {
    // Tuesday 2024-01-09.
    #expect(value(of: "this weekend", in: "Senegal votes this weekend.", published: "2024-01-09") == "2024-01-13")
    #expect(value(of: "last weekend", in: "Voters went to the polls last weekend.", published: "2024-01-09") == "2024-01-06")
    // On a Sunday, "this weekend" is the one under way.
    #expect(value(of: "this weekend", in: "Results from this weekend's vote are due.", published: "2024-01-14") == "2024-01-13")
}

@Test func todayYesterdayTomorrowTonight() {
    let text = "The minister arrived yesterday, speaks today and tonight, and leaves tomorrow; earlier today he met students, and this morning he toured a port."
    let found = Dictionary(finder.find(in: text, published: "2021-08-24").map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
    #expect(found["yesterday"] == "2021-08-23")
    #expect(found["today"] == "2021-08-24")
    #expect(found["tonight"] == "2021-08-24")
    #expect(found["tomorrow"] == "2021-08-25")
    #expect(found["earlier today"] == "2021-08-24")
    #expect(found["this morning"] == "2021-08-24")
}

@Test func anaphoricDayPhrasesAreSkipped() {
    let text = "Talks were held the day before, a day before the vote, and on the same day as the summit."
    #expect(finder.find(in: text, published: "2024-01-10").isEmpty)
}

@Test func agoPhrases() {
    let text = "The deal was signed three days ago, two weeks ago talks stalled, and a year ago it seemed impossible."
    let found = Dictionary(finder.find(in: text, published: "2024-03-05").map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
    #expect(found["three days ago"] == "2024-03-02")
    #expect(found["two weeks ago"] == "2024-02")
    #expect(found["a year ago"] == "2023-03")
}

// MARK: Without a publication date; spans; lookup

@Test func withoutAPublicationDateOnlyAbsoluteValuesResolve() {
    let all = finder.find(in: "He met Wang on Friday and signed the deal on 24 August 2021.", published: nil)
    #expect(all.map(\.text) == ["on Friday", "on 24 August 2021"])
    #expect(all[0].value == nil)
    #expect(all[0].isRelative)
    #expect(all[0].precision == .day)
    #expect(all[1].value == "2021-08-24")
    #expect(!all[1].isRelative)
}

@Test func spansAreUnicodeScalarOffsets() {
    let text = "Zürich talks: “We agreed,” Cassis said on Friday — then left. Next week, more."
    let scalars = Array(text.unicodeScalars)
    for expression in finder.find(in: text, published: "2023-03-11") {
        let slice = String(String.UnicodeScalarView(scalars[expression.span.start..<expression.span.end]))
        #expect(slice == expression.text)
    }
    #expect(finder.find(in: text, published: "2023-03-11").map(\.text) == ["on Friday", "Next week"])
}

@Test func expressionForASpanPrefersOneInsideThenTheNearestBefore() {
    let text = "Leaders met on Monday. They signed a deal. On Friday, they parted."
    let all = finder.find(in: text, published: "2024-01-13")
    let second = text.unicodeScalars.count - "On Friday, they parted.".unicodeScalars.count
    let signed = TextSpan(23, 42)   // "They signed a deal."
    #expect(finder.expression(for: signed, in: all)?.text == "on Monday")
    #expect(finder.expression(for: TextSpan(second, second + 10), in: all)?.text == "On Friday")
    #expect(finder.expression(for: TextSpan(0, 5), in: all) == nil)
}

// MARK: A day of the month alone

@Test func anOrdinalDayAloneIsADayOfTheMonthTheTensePointsTo() {
    // Published on the 14th: "met on the 12th" is this month; "met on the 20th" the month before; "will meet on
    // the 3rd" the month after.
    #expect(value(of: "on the 12th", in: "The two ministers met on the 12th in Quito.", published: "2024-03-14") == "2024-03-12")
    #expect(value(of: "on the 20th", in: "The two ministers met on the 20th.", published: "2024-03-14") == "2024-02-20")
    #expect(value(of: "on the 3rd", in: "The two ministers will meet on the 3rd.", published: "2024-03-14") == "2024-04-03")
    // A day with its month is that date; a floor is no day.
    #expect(value(of: "on the 12th of March", in: "They met on the 12th of March.", published: "2024-03-14") == "2024-03-12")
    #expect(value(of: "on the 2nd of May 2023", in: "They met on the 2nd of May 2023.", published: "2024-03-14") == "2023-05-02")
    #expect(resolved("Talks were held on the 3rd floor of the ministry.", published: "2024-03-14").isEmpty)
}
