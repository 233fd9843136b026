// What the offices an undated article gives people say about when it was written. "South Korean President X"
// is written while X holds that office; the cited lists of heads of state and government and foreign
// ministers (Data/office_holders.tsv) give the years. A role that puts the office in the past or future
// ("former President X", "President-elect X") says nothing. Unlike a story's other articles, this evidence
// is the article's own: it fixes the year where dates without one leave several.
import ReadoutCore
import ReadoutKnowledge

struct OfficeTermEvidence {
    /// "former", "ex", "elect" ...: role words that put the office outside the day of writing (fusion.out-of-office-word).
    private static let outOfOffice = Vocabulary.shared.set("fusion.out-of-office-word")

    let knowledge: Knowledge

    /// The years every person the article names in office held office together, when they end: "Prime Minister
    /// X" (2016–2019) and "Secretary of State Y" (2018–2021) → the days of 2018 and 2019. The article's own
    /// evidence, so it frames the estimate before other outlets' dates are weighed; nil when the terms run on to
    /// today (the dates inside the article narrow those) or no two terms meet.
    func frame(_ doc: DocumentView) -> (days: Set<Int>, reason: String)? {
        var years: ClosedRange<Int>?
        var reasons: [String] = []
        for (e, terms) in holders(doc) {
            // One person's terms as the span from the first to the last year (a gap between terms is rare news).
            let span = terms.map(\.lowerBound).min()!...terms.map(\.upperBound).max()!
            guard let current = years else { years = span; reasons.append(describe(e, terms)); continue }
            guard current.overlaps(span) else { return nil }
            years = max(current.lowerBound, span.lowerBound)...min(current.upperBound, span.upperBound)
            reasons.append(describe(e, terms))
        }
        guard let years, years.upperBound < 9999,
              let first = CalendarDay(year: years.lowerBound, month: 1, day: 1)?.dayNumber,
              let last = CalendarDay(year: years.upperBound, month: 12, day: 31)?.dayNumber else { return nil }
        return (Set(first...last), reasons.joined(separator: "; "))
    }

    /// The people named with a role that puts them in office, and the years the lists give them.
    private func holders(_ doc: DocumentView) -> [(Entity, [ClosedRange<Int>])] {
        doc.analysis.entities.compactMap { e in
            guard e.type == .person, !e.roles.isEmpty,
                  !e.roles.contains(where: { NameText.words($0).contains { Self.outOfOffice.contains($0) } }) else { return nil }
            let terms = knowledge.officeTerms(fullName: e.name)
            return terms.isEmpty ? nil : (e, terms)
        }
    }

    private func describe(_ e: Entity, _ terms: [ClosedRange<Int>]) -> String {
        let years = terms.map { $0.upperBound >= 9999 ? "from \($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
        return "calls \(e.name) \(e.roles[0]) (in office \(years.joined(separator: ", ")))"
    }

    /// For each person the article names with a role and whom the lists give years in office: the days within
    /// `range` inside those years, and the reason the estimator gives.
    func constraints(_ doc: DocumentView, in range: ClosedRange<Int>) -> [(days: Set<Int>, reason: String)] {
        var out: [(Set<Int>, String)] = []
        for (e, terms) in holders(doc) {
            var days = Set<Int>()
            for term in terms {
                guard let first = CalendarDay(year: max(term.lowerBound, 1), month: 1, day: 1)?.dayNumber,
                      let last = CalendarDay(year: min(term.upperBound, 9998), month: 12, day: 31)?.dayNumber else { continue }
                let lo = max(first, range.lowerBound), hi = min(last, range.upperBound)
                if lo <= hi { days.formUnion(lo...hi) }
            }
            out.append((days, describe(e, terms)))
        }
        return out
    }
}
