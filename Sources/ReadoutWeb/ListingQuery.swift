// The query string of a filtered listing (/api/v1/events?type=MEET&from=2024-01&limit=20): the
// filter, the page and the format, each value checked, with a 400 reason a person can act on for
// anything wrong — including a parameter the endpoint does not take (`?outlets=` for `?outlet=`
// would otherwise quietly list everything).
import Foundation
import Hummingbird

struct ListingQuery {
    static let eventTypes = ["MEET", "VISIT", "SANCTION", "AGREE", "ELECTION"]

    var filter: WebFilter
    var paging: Paging
    var format: ExportFormat

    /// `filters` are the filter names this endpoint takes; `formats` the answers it can give.
    init(_ request: Request, filters: [String], formats: [ExportFormat]) throws {
        let query = request.uri.queryParameters
        let known = Set(filters + ["limit", "offset", "format", "token"])
        for (name, _) in query where !known.contains(String(name)) {
            throw WebBadRequest("unknown parameter \"\(name)\"; this listing takes \(filters.map { $0 }.joined(separator: ", ")), limit, offset, format")
        }
        paging = try Paging(request)
        format = try ExportFormat(query.get("format"), offered: formats)
        func text(_ name: String) throws -> String? {
            guard filters.contains(name), let value = query.get(name) else { return nil }
            // An empty field is no filter: the pages' form sends every field, filled or not.
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            guard trimmed.count <= 200 else { throw WebBadRequest("\(name) is longer than 200 characters") }
            return trimmed
        }
        filter = WebFilter(story: try text("story"), actor: try text("actor"), type: try text("type")?.uppercased(),
                           outlet: try text("outlet"), from: try text("from"), to: try text("to"))
        if let story = filter.story, Self.storyNumber(story) == nil {
            throw WebBadRequest("story \"\(story)\" is not a story id (story-12, or 12)")
        }
        if let type = filter.type, !Self.eventTypes.contains(type) {
            throw WebBadRequest("type must be one of \(Self.eventTypes.joined(separator: ", ")), not \"\(type)\"")
        }
        for (name, value) in [("from", filter.from), ("to", filter.to)] {
            if let value, !Self.isDate(value) {
                throw WebBadRequest("\(name) must be a date like 2024, 2024-01 or 2024-01-10, not \"\(value)\"")
            }
        }
        // A month "2024-03" ends after the day "2024-03-31" in string order, yet the range is fine.
        if let from = filter.from, let to = filter.to, from.prefix(to.count) > to.prefix(from.count) {
            throw WebBadRequest("from (\(from)) is after to (\(to))")
        }
    }

    static func storyNumber(_ id: String) -> Int64? {
        let digits = id.hasPrefix("story-") ? String(id.dropFirst("story-".count)) : id
        guard let number = Int64(digits), number > 0 else { return nil }
        return number
    }

    /// YYYY, YYYY-MM or YYYY-MM-DD with a real month and day.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return false }
        let numbers = parts.compactMap { Int($0) }
        if numbers.count > 1, !(1...12).contains(numbers[1]) { return false }
        if numbers.count > 2 {
            let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][numbers[1] - 1]
            if !(1...days).contains(numbers[2]) { return false }
        }
        return true
    }
}
