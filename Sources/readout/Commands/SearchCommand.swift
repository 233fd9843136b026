// `readout search QUERY`: full-text search over stored titles and texts.
import ArgumentParser
import ReadoutStore

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search, best match first.",
        usage: """
        readout search QUERY [--limit N] [--offset N] [--format FORMAT]
                     [--db FILE]
        """,
        discussion: """
        Query syntax:
          ferry tariffs          every word must occur, in any form ("talk"
                                 finds "talks")
          "trade agreement"      a phrase, in double quotes
          ferry -tariffs         a leading minus leaves a word out
          -"trade agreement"     ... or a phrase
          ferry OR bridge        either word (AND, NOT and parentheses too)
          tarif*                 words starting with "tarif"
          title:summit           the word in the title only
          NEAR(ferry pier, 5)    both words within five words of each other
        Operators are written in capitals, as in SQLite FTS5. Each hit shows a
        snippet with the matched words in [brackets]. At most --limit hits are
        shown (20 unless given); when there are more, stderr says how many match.

        Examples:
          readout search ceasefire
          readout search '"trade agreement" Kenya'
          readout search 'Kenya -Uganda'
          readout search 'sanctions OR embargo' --limit 5 --format json
          readout search 'title:summit' --format csv
        """)

    @Argument(help: "Words or a quoted phrase to look for.")
    var query: String

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Show at most this many hits.")
    var limit: Int = 20

    @Option(name: .long, help: "Skip this many hits first.")
    var offset: Int = 0

    func validate() throws {
        try Paging.validate(limit: limit, offset: offset)
    }

    func run() async throws {
        try await Diagnostics.run {
            let store = try output.openExistingStore()
            let hits = try store.search(query, limit: limit, offset: offset)
            output.print(hits.map(SearchRow.init), as: SearchRow.table(hits))
            if hits.count == limit || offset > 0 {
                Paging.noteCut(shown: hits.count, offset: offset, total: try store.searchCount(query), noun: "match", plural: "matches")
            }
            if hits.isEmpty && output.resolvedFormat == .table {
                StandardError.write("(no documents match \(query))\n")
            }
        }
    }
}

/// One hit as JSON: the document's summary plus score and snippet.
struct SearchRow: Encodable {
    let hit: SearchHit

    enum CodingKeys: String, CodingKey { case id, key, source, outlet, published, title, words, score, snippet }

    func encode(to encoder: Encoder) throws {
        let d = hit.document
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(d.id, forKey: .id)
        try c.encode(d.key, forKey: .key)
        try c.encode(d.source, forKey: .source)
        try c.encode(d.outlet, forKey: .outlet)
        try c.encode(d.published, forKey: .published)
        try c.encode(d.title, forKey: .title)
        try c.encode(d.wordCount, forKey: .words)
        try c.encode((hit.score * 1000).rounded() / 1000, forKey: .score)
        try c.encode(hit.snippet, forKey: .snippet)
    }

    static func table(_ hits: [SearchHit]) -> Table {
        Table(headers: ["ID", "OUTLET", "PUBLISHED", "TITLE", "SNIPPET"],
              rows: hits.map { h in
                  let d = h.document
                  return [String(d.id), d.outlet ?? "", d.published ?? "", d.title ?? d.key, h.snippet]
              },
              maxColumnWidth: 120)
    }
}
