// `readout brief --story ID`: a Markdown briefing built only from the fused data.
// In: one story and the corpus. Out: its title; what happened, day by day, one sentence per event
// with a citation [Outlet, date] for every outlet reporting it; where the sources disagree, stated
// plainly; quotes with their speakers; and the numbered list of sources. Also as JSON.
import ReadoutCore
import ReadoutFusion

struct Briefing: Encodable {
    struct Citation: Encodable {
        /// Null when the article names no outlet.
        var outlet: String?
        var published: String?
        var document: String
    }

    struct Evidence: Encodable {
        /// Null when the article names no outlet.
        var outlet: String?
        var text: String
    }

    struct Happening: Encodable {
        var event: String
        var date: String?
        var dateInferred: Bool
        var sentence: String
        var citations: [Citation]
        var disputed: [String]
        var evidence: [Evidence]

        enum CodingKeys: String, CodingKey {
            case event, date, sentence, citations, disputed, evidence, dateInferred = "date_inferred"
        }
    }

    struct Quotation: Encodable {
        var speaker: String
        var text: String
        var citations: [Citation]
    }

    struct Source: Encodable {
        var number: Int
        var document: String
        var id: Int64
        /// Null when the article names no outlet.
        var outlet: String?
        var published: String?
        var publishedInferred: Bool
        var title: String?
        var location: String
        /// False for a document of another story that reports one of this story's events.
        var inStory: Bool
        /// The number of an earlier source whose text this one repeats word for word (a reprint).
        var sameTextAs: Int?

        enum CodingKeys: String, CodingKey {
            case number, document, id, outlet, published, title, location
            case publishedInferred = "published_inferred", inStory = "in_story", sameTextAs = "same_text_as"
        }
    }

    var story: String
    var title: String
    var summary: String
    var events: [Happening]
    var conflicts: [String]
    var quotes: [Quotation]
    var sources: [Source]
    /// Citations as the Markdown prints them, per document.
    private var citationText: [String: String] = [:]

    enum CodingKeys: String, CodingKey { case story, title, summary, events, conflicts, quotes, sources }

    init(story: Story, corpus: FusedCorpus) {
        self.story = story.id
        title = story.title
        summary = Self.summary(story, corpus: corpus)
        for doc in corpus.order { citationText[doc] = corpus.citation(doc) }
        func cite(_ doc: String) -> Citation {
            Citation(outlet: corpus.outletName(ofDocument: doc), published: corpus.documents[doc]?.published, document: doc)
        }

        let entities = corpus.entitiesByID
        let storyEvents = corpus.events(of: story)
        let conflicts = corpus.conflicts(about: storyEvents)
        events = storyEvents.map { event in
            var disputed: [String] = []
            for c in conflicts where c.eventID == event.id && !disputed.contains(c.field.rawValue) { disputed.append(c.field.rawValue) }
            var evidence: [Evidence] = []
            for r in event.reports where !evidence.contains(where: { $0.text == r.event.evidence }) {
                evidence.append(Evidence(outlet: corpus.outletName(ofDocument: r.document), text: r.event.evidence))
            }
            return Happening(event: event.key, date: event.date, dateInferred: corpus.dateIsInferred(event),
                             sentence: EventWording.sentence(event, entities: entities), citations: event.documents.map(cite),
                             disputed: disputed, evidence: evidence)
        }
        self.conflicts = ConflictRow.rows(conflicts, corpus: corpus).map(\.statement)
        quotes = Self.quotations(story, corpus: corpus).map { speaker, text, docs in
            Quotation(speaker: speaker, text: text, citations: docs.map(cite))
        }
        // Every document cited: the story's own, then others that report one of its events.
        var cited = story.documents
        for event in events { for c in event.citations where !cited.contains(c.document) { cited.append(c.document) } }
        var firstOfText: [String: Int] = [:]
        sources = cited.enumerated().compactMap { n, doc in
            corpus.documents[doc].map { d in
                var sameText: Int?
                if let group = corpus.reprintGroups[doc] {
                    if let first = firstOfText[group[0]] { sameText = first } else { firstOfText[group[0]] = n + 1 }
                }
                return Source(number: n + 1, document: doc, id: d.storeID, outlet: d.outletName, published: d.published,
                              publishedInferred: d.publishedInferred, title: d.article.metadata.title,
                              location: d.article.metadata.url ?? d.article.source, inStory: n < story.documents.count,
                              sameTextAs: sameText)
            }
        }
    }

    /// "3 articles from 3 outlets, published 2025-03-12 to 2025-03-13." An article naming no outlet
    /// is counted as such, never as an outlet; texts reprinted word for word are said to be one source.
    static func summary(_ story: Story, corpus: FusedCorpus) -> String {
        let count = story.documents.count
        let named = corpus.namedOutlets(ofDocuments: story.documents).count
        let unattributed = corpus.unattributed(story.documents)
        var text: String
        switch (named, unattributed) {
        case (_, 0): text = "\(Plural.count(count, "article")) from \(Plural.count(named, "outlet"))"
        case (0, _): text = count == 1 ? "1 article naming no outlet" : "\(count) articles, none naming its outlet"
        default: text = "\(Plural.count(count, "article")) from \(Plural.count(named, "outlet")) and \(unattributed) naming none"
        }
        if let first = story.firstPublished {
            let last = story.lastPublished ?? first
            text += first == last ? ", published \(first)" : ", published \(first) to \(last)"
        }
        text += "."
        let reprints = corpus.reprinted(story.documents)
        if reprints > 0 {
            text += reprints == count - 1
                ? (count == 2 ? " Both" : " All \(count)") + " carry the same text: one source, reprinted."
                : " \(reprints) of them repeat the text of another word for word (one source each, reprinted)."
        }
        return text
    }

    /// The story's quotations with a named speaker; the same words in several outlets once.
    private static func quotations(_ story: Story, corpus: FusedCorpus) -> [(String, String, [String])] {
        let entities = corpus.entitiesByID
        var out: [(speaker: String, text: String, docs: [String])] = []
        var index: [String: Int] = [:]
        let members = Set(story.documents)
        for fused in corpus.fusion.documents where members.contains(fused.article.id) {
            let doc = fused.article.id
            for quote in fused.analysis.quotes {
                guard let speaker = corpus.speakerName(quote, document: doc, entities: entities) else { continue }
                let key = ActorFinder.key(speaker) + "|" + ActorFinder.key(quote.text)
                if let i = index[key] {
                    if !out[i].docs.contains(doc) { out[i].docs.append(doc) }
                } else {
                    index[key] = out.count
                    out.append((speaker, quote.text, [doc]))
                }
            }
        }
        return out.map { ($0.speaker, $0.text, $0.docs) }
    }

    private func cited(_ citations: [Citation]) -> String {
        var seen: [String] = []
        for c in citations { if let text = citationText[c.document], !seen.contains(text) { seen.append(text) } }
        return seen.joined(separator: " ")
    }

    /// Quotes a Markdown briefing lists before saying how many more there are.
    static let maxQuotes = 25

    func markdown(withEvidence: Bool, maxQuotes: Int = Briefing.maxQuotes) -> String {
        var out = ["# " + title, "", summary]
        if sources.contains(where: \.publishedInferred) {
            out.append("Dates marked ~ rest on publication dates Readout estimated; the articles give none.")
        }
        out += ["", "## What happened"]
        var heading: String?
        for event in events {
            let day = event.date.map(CalendarText.long) ?? "Date not reported"
            if day != heading {
                out += ["", "### " + day, ""]
                heading = day
            }
            var line = "- " + event.sentence + (event.dateInferred ? " (~ date estimated)" : "") + " " + cited(event.citations)
            if !event.disputed.isEmpty {
                line += " _Sources disagree on the \(EventWording.list(event.disputed)); see below._"
            }
            out.append(line)
            if withEvidence {
                out += event.evidence.map { "  - \($0.outlet ?? Outlets.unknown): “\($0.text)”" }
            }
        }
        if events.isEmpty { out += ["", "_No events found in these articles._"] }
        out += ["", "## Where the sources disagree", ""]
        out += conflicts.isEmpty ? ["_The sources do not contradict each other on the dates or places of these events._"]
            : conflicts.map { "- " + $0 }
        out += ["", "## Quotes", ""]
        if quotes.isEmpty { out.append("_No attributed quotes._") }
        for quote in quotes.prefix(maxQuotes) {
            out.append("- **\(quote.speaker)**: “\(quote.text)” " + cited(quote.citations))
        }
        if quotes.count > maxQuotes {
            out.append("- … and \(quotes.count - maxQuotes) more (`readout actor NAME` lists each speaker's quotes).")
        }
        out += ["", "## Sources", ""]
        for s in sources {
            let date = s.published.map { (s.publishedInferred ? "~" : "") + $0 } ?? "undated"
            let title = s.title.map { " — “\($0)”" } ?? ""
            let elsewhere = s.inStory ? "" : " — cited for an event; its own story is another"
            let reprint = s.sameTextAs.map { " — the same text as source \($0)" } ?? ""
            out.append("\(s.number). \(s.outlet ?? Outlets.unknown), \(date)\(title) (\(s.location))\(reprint)\(elsewhere)")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
