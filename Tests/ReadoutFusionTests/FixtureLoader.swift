// Loads the hand-written test articles under Fixtures/. Each case is a JSON file listing
// documents (id, outlet, published, text) and the entities, times, quotes and events an analyzer
// would report for them; spans are found by searching the text for the quoted phrase, so a
// fixture stays readable and its spans stay right when its text is edited.
import Foundation
import ReadoutCore
import ReadoutFusion

struct FixtureCase: Decodable {
    struct Doc: Decodable {
        var id: String
        var outlet: String?
        var published: String?
        var text: String
        /// Entities and events are written as the output contract writes them (FORMAT.md).
        var entities: [ContractEntity]?
        var times: [FixtureTime]?
        var events: [ContractEvent]?
        var quotes: [FixtureQuote]?
    }
    struct FixtureTime: Decodable {
        var text: String
        var value: String?
        var precision: String?
        var relative: Bool?
        /// Which occurrence of `text` (0-based) when it appears more than once.
        var occurrence: Int?
    }
    struct FixtureQuote: Decodable {
        var speaker: String
        var text: String
    }
    var documents: [Doc]
}

enum Fixtures {
    static func load(_ name: String) throws -> [FusionDocument] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw ReadoutError(source: name, reason: "no such fixture")
        }
        let fixture = try JSONDecoder().decode(FixtureCase.self, from: Data(contentsOf: url))
        return try fixture.documents.map(document)
    }

    static func document(_ doc: FixtureCase.Doc) throws -> FusionDocument {
        let article = Article(
            id: doc.id, source: "\(doc.id).txt", format: .text, text: doc.text,
            blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, doc.text.unicodeScalars.count))],
            metadata: ArticleMetadata(outlet: doc.outlet, published: doc.published,
                                      publishedSource: doc.published == nil ? nil : .header),
            rawHash: doc.id, contentHash: doc.id)
        let entities = try (doc.entities ?? []).enumerated().map { n, e in
            Entity(id: "\(doc.id)-e\(n)", name: try required(e.name, "entity name", doc),
                   type: try word(EntityType.self, e.type, doc), aliases: e.aliases, roles: e.roles, country: e.country)
        }
        let times = try (doc.times ?? []).map { t in
            TimeExpression(text: t.text, span: try span(of: t.text, in: doc, occurrence: t.occurrence ?? 0),
                           value: t.value, precision: t.precision.flatMap(DatePrecision.init(rawValue:)),
                           isRelative: t.relative ?? true)
        }
        let events = try (doc.events ?? []).enumerated().map { n, e in
            let evidence = try required(e.evidence, "event evidence", doc)
            return Event(id: "\(doc.id)-v\(n)", type: try word(EventType.self, e.type, doc),
                         status: try word(EventStatus.self, e.status, doc), mode: e.mode.flatMap(MeetingMode.init(rawValue:)),
                         participants: e.participants, date: e.date, dateText: e.dateText, location: e.location,
                         evidence: evidence, evidenceSpan: try span(of: evidence, in: doc, occurrence: 0))
        }
        let quotes = try (doc.quotes ?? []).map { q in
            Quote(text: q.text, span: try span(of: q.text, in: doc, occurrence: 0), speaker: q.speaker)
        }
        return FusionDocument(article: article, analysis: ArticleAnalysis(
            sentences: sentences(of: doc.text), entities: entities, times: times, quotes: quotes, events: events))
    }

    /// Sentences the way a segmenter would find them in these short texts: a line break, or
    /// ". ", "? ", "! " ends one.
    static func sentences(of text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var out: [Sentence] = []
        var start = 0
        func close(_ end: Int) {
            var s = start, e = end
            while s < e && scalars[s].properties.isWhitespace { s += 1 }
            while e > s && scalars[e - 1].properties.isWhitespace { e -= 1 }
            if e > s { out.append(Sentence(span: TextSpan(s, e), block: .paragraph)) }
        }
        for i in scalars.indices {
            if scalars[i] == "\n" {
                close(i)
                start = i + 1
            } else if ".?!".unicodeScalars.contains(scalars[i]), i + 1 < scalars.count, scalars[i + 1] == " " {
                close(i + 1)
                start = i + 1
            }
        }
        close(scalars.count)
        return out
    }

    /// The contract reads leniently (a missing field is nil); a fixture must give these.
    static func required(_ value: String?, _ what: String, _ doc: FixtureCase.Doc) throws -> String {
        guard let value else { throw ReadoutError(source: doc.id, reason: "fixture gives no \(what)") }
        return value
    }

    static func word<Word: RawRepresentable<String>>(_ type: Word.Type, _ text: String?, _ doc: FixtureCase.Doc) throws -> Word {
        guard let word = text.flatMap(Word.init(rawValue:)) else {
            throw ReadoutError(source: doc.id, reason: "fixture gives no known \(Word.self): \(text ?? "nothing")")
        }
        return word
    }

    /// Unicode-scalar span of the nth occurrence of `phrase` in the document's text.
    static func span(of phrase: String, in doc: FixtureCase.Doc, occurrence: Int) throws -> TextSpan {
        let text = Array(doc.text.unicodeScalars), target = Array(phrase.unicodeScalars)
        var seen = 0
        if target.count <= text.count {
            for start in 0...(text.count - target.count) where Array(text[start..<(start + target.count)]) == target {
                if seen == occurrence { return TextSpan(start, start + target.count) }
                seen += 1
            }
        }
        throw ReadoutError(source: doc.id, reason: "fixture text does not contain \"\(phrase)\"")
    }
}
