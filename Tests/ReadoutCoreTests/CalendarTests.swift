// The one calendar (CalendarDay, CalendarMonth, CalendarPeriod): day numbers, weekdays, month
// lengths, ISO reading and writing, checked against known dates and against each other.
import ReadoutCore
import Testing

@Suite struct CalendarDayTests {
    @Test func dayNumbersCountFromTheUnixEpoch() throws {
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CalendarDay(year: 1969, month: 12, day: 31)?.dayNumber == -1)
        #expect(CalendarDay(year: 2000, month: 3, day: 1)?.dayNumber == 11_017)
        #expect(CalendarDay(year: 2024, month: 1, day: 13)?.dayNumber == 19_735)
        #expect(CalendarDay(year: 1600, month: 2, day: 29)?.dayNumber == -135_081)
    }

    @Test func componentsRoundTripEveryDayAcrossFourCenturies() throws {
        // 1600-01-01 … 2400-12-31 crosses every leap-year rule (÷4, ÷100, ÷400) twice.
        var previous: (year: Int, month: Int, day: Int)?
        var wrong: [Int] = []
        for n in -135_140...157_419 {
            let c = CalendarDay(dayNumber: n).components
            if CalendarDay(year: c.year, month: c.month, day: c.day)?.dayNumber != n { wrong.append(n) }
            if let p = previous {
                let next = p.day < CalendarDay.daysIn(month: p.month, year: p.year)
                    ? (p.year, p.month, p.day + 1)
                    : (p.month == 12 ? (p.year + 1, 1, 1) : (p.year, p.month + 1, 1))
                if c != next { wrong.append(n) }
            }
            previous = c
        }
        #expect(wrong.isEmpty)
        #expect(previous.map { $0 == (2400, 12, 31) } == true)
    }

    @Test func leapYearsAndMonthLengths() {
        #expect(CalendarDay.isLeap(year: 2024))
        #expect(!CalendarDay.isLeap(year: 2023))
        #expect(!CalendarDay.isLeap(year: 1900))
        #expect(CalendarDay.isLeap(year: 2000))
        #expect(CalendarDay.daysIn(month: 2, year: 2024) == 29)
        #expect(CalendarDay.daysIn(month: 2, year: 2100) == 28)
        #expect(CalendarDay.daysIn(month: 4, year: 2024) == 30)
        #expect(CalendarDay.daysIn(month: 12, year: 2024) == 31)
        #expect((1...12).map { CalendarDay.daysIn(month: $0, year: 2023) }.reduce(0, +) == 365)
    }

    @Test func impossibleDaysAreNil() {
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2024, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDay(year: 2024, month: 1, day: 0) == nil)
        #expect(CalendarDay(year: 2024, month: 2, day: 29) != nil)
    }

    @Test func weekdaysInBothCountings() throws {
        let thursday = CalendarDay(dayNumber: 0)
        #expect(thursday.isoWeekday == 4)
        #expect(thursday.weekdayFromSunday == 4)
        let saturday = try #require(CalendarDay(year: 2024, month: 1, day: 13))
        #expect(saturday.isoWeekday == 6)
        #expect(saturday.weekdayFromSunday == 6)
        let sunday = saturday.adding(days: 1)
        #expect(sunday.isoWeekday == 7)
        #expect(sunday.weekdayFromSunday == 0)
        #expect(sunday.adding(days: 1).isoWeekday == 1)
        // Before the epoch the count stays in range.
        #expect(CalendarDay(dayNumber: -1).isoWeekday == 3)        // 1969-12-31, a Wednesday
        #expect(CalendarDay(dayNumber: -1).weekdayFromSunday == 3)
        for n in -20...20 {
            let d = CalendarDay(dayNumber: n)
            #expect((1...7).contains(d.isoWeekday))
            #expect(d.weekdayFromSunday == d.isoWeekday % 7)
        }
    }

    @Test func addingDaysCrossesMonthsAndYears() throws {
        let day = try #require(CalendarDay(year: 2023, month: 12, day: 30))
        #expect(day.adding(days: 3).isoDay == "2024-01-02")
        #expect(day.adding(days: -30).isoDay == "2023-11-30")
        #expect(try #require(CalendarDay(year: 2024, month: 2, day: 28)).adding(days: 1).isoDay == "2024-02-29")
        #expect(day < day.adding(days: 1))
    }

    @Test func lenientISOPrefixReading() {
        #expect(CalendarDay(isoPrefix: "2024-01-13")?.isoDay == "2024-01-13")
        #expect(CalendarDay(isoPrefix: "2024-01-13T09:30:00Z")?.isoDay == "2024-01-13")
        #expect(CalendarDay(isoPrefix: "2024-1-5")?.isoDay == "2024-01-05")
        #expect(CalendarDay(isoPrefix: "2024-01") == nil)
        #expect(CalendarDay(isoPrefix: "2024-02-30") == nil)
        #expect(CalendarDay(isoPrefix: "20245-01-01") == nil)
        #expect(CalendarDay(isoPrefix: "") == nil)
        #expect(CalendarDay(isoPrefix: "yesterday") == nil)
    }

    @Test func isoWritingPadsYearMonthAndDay() throws {
        #expect(CalendarDay.iso(year: 2024) == "2024")
        #expect(CalendarDay.iso(year: 824, month: 3) == "0824-03")
        #expect(CalendarDay.iso(year: 2024, month: 3, day: 7) == "2024-03-07")
        let day = try #require(CalendarDay(year: 2024, month: 3, day: 7))
        #expect(day.isoMonth == "2024-03")
        #expect(day.year == 2024 && day.month == 3 && day.day == 7)
    }
}

@Suite struct CalendarMonthTests {
    @Test func monthArithmeticCrossesYears() {
        let january = CalendarMonth(year: 2024, month: 1)
        #expect(CalendarMonth(value: january.value - 1).iso == "2023-12")
        #expect(CalendarMonth(value: january.value + 13).iso == "2025-02")
        #expect(CalendarMonth(value: -1).year == -1)
        #expect(CalendarMonth(value: -1).month == 12)
        #expect(CalendarMonth(year: 2023, month: 12) < january)
    }
}

@Suite struct CalendarPeriodTests {
    @Test func readsExactlyDayMonthOrYear() throws {
        let day = try #require(CalendarPeriod(iso: "2024-01-12"))
        #expect(day.precision == .day && day.iso == "2024-01-12")
        let month = try #require(CalendarPeriod(iso: "2024-01"))
        #expect(month.precision == .month && month.iso == "2024-01" && month.day == 1)
        let year = try #require(CalendarPeriod(iso: "2024"))
        #expect(year.precision == .year && year.iso == "2024" && year.month == 1)
        for bad in ["2024-1-12", "2024-01-12T10:00", "2024-13", "2023-02-29", "24", "2024-01-1", "abcd", ""] {
            #expect(CalendarPeriod(iso: bad) == nil, "\(bad)")
        }
        #expect(CalendarPeriod(iso: nil) == nil)
    }

    @Test func firstAndLastDaysAndCovering() throws {
        let feb = try #require(CalendarPeriod(iso: "2024-02"))
        #expect(CalendarPeriod(dayNumber: feb.dayNumber).iso == "2024-02-01")
        #expect(CalendarPeriod(dayNumber: feb.lastDayNumber).iso == "2024-02-29")
        let year = try #require(CalendarPeriod(iso: "2023"))
        #expect(CalendarPeriod(dayNumber: year.lastDayNumber).iso == "2023-12-31")
        #expect(feb.covers(try #require(CalendarPeriod(iso: "2024-02-29"))))
        #expect(!feb.covers(try #require(CalendarPeriod(iso: "2024-03-01"))))
        #expect(year.covers(try #require(CalendarPeriod(iso: "2023-07"))))
        #expect(!feb.covers(try #require(CalendarPeriod(iso: "2024"))))
        #expect(feb.firstDay == CalendarDay(year: 2024, month: 2, day: 1))
    }

    @Test func agreesWithCalendarDay() throws {
        for n in stride(from: -40_000, through: 40_000, by: 37) {
            let day = CalendarDay(dayNumber: n)
            let period = CalendarPeriod(day)
            #expect(period.dayNumber == n)
            #expect(period.iso == day.isoDay)
            #expect(period.weekdayFromSunday == day.weekdayFromSunday)
            #expect(CalendarPeriod(iso: day.isoDay) == period)
            #expect(CalendarDay(isoPrefix: period.iso) == day)
            #expect(period.adding(days: 5) == CalendarPeriod(day.adding(days: 5)))
        }
    }

    @Test func ordersByFirstDayThenCoarserFirst() throws {
        let year = try #require(CalendarPeriod(iso: "2024"))
        let month = try #require(CalendarPeriod(iso: "2024-01"))
        let day = try #require(CalendarPeriod(iso: "2024-01-01"))
        let later = try #require(CalendarPeriod(iso: "2024-01-02"))
        #expect([later, day, month, year].sorted() == [year, month, day, later])
        #expect(month.monthLabel == "Jan 2024")
        #expect(try #require(CalendarPeriod(iso: "2024-01-12")).weekdayFromSunday == 5)   // a Friday
        #expect(month.adding(days: 31).iso == "2024-02-01")
    }
}
