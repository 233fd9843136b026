// From the analysis types to the output contract.
// In: an Article and its ArticleAnalysis. Out: the ContractDocument that `extract --json` prints.
import Foundation

extension ContractSpan {
    public init(_ span: TextSpan) {
        self.init(start: span.start, end: span.end)
    }
}

extension ContractDocument {
    public init(article: Article, analysis: ArticleAnalysis) {
        let meta = article.metadata
        self.init(
            id: article.id,
            file: ContractDocument.fileName(of: article.source),
            title: meta.title,
            outlet: meta.outlet,
            authors: meta.authors,
            published: meta.published,
            publishedSource: meta.published == nil ? nil : meta.publishedSource?.rawValue,
            entities: analysis.entities.map(ContractEntity.init),
            events: analysis.events.map(ContractEvent.init),
            quotes: analysis.quotes.map(ContractQuote.init),
            times: analysis.times.map(ContractTime.init),
            sentences: analysis.sentences.count)
    }

    /// The last path component of a path or URL: the contract names files, not where they lay.
    static func fileName(of source: String) -> String {
        var path = Substring(source)
        if let scheme = path.range(of: "://") {
            path = path[scheme.upperBound...]
            if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        }
        while path.hasSuffix("/") { path = path.dropLast() }
        return String(path.split(separator: "/").last ?? path)
    }
}

extension ContractEntity {
    public init(_ entity: Entity) {
        self.init(id: entity.id, name: entity.name, type: entity.type.rawValue, aliases: entity.aliases,
                  roles: entity.roles, country: entity.country, mentions: entity.mentions.map(ContractSpan.init),
                  rule: entity.rule)
    }
}

extension ContractEvent {
    public init(_ event: Event) {
        self.init(id: event.id, type: event.type.rawValue, status: event.status.rawValue,
                  mode: event.mode?.rawValue, participants: event.participants,
                  participantEntities: event.participantEntities, date: event.date, dateText: event.dateText,
                  location: event.location, topics: event.topics, evidence: event.evidence,
                  evidenceSpan: ContractSpan(event.evidenceSpan))
        self.venue = event.venue
        self.rule = event.rule
    }
}

extension ContractQuote {
    public init(_ quote: Quote) {
        self.init(speaker: quote.speaker, speakerEntity: quote.speakerEntity, text: quote.text,
                  span: ContractSpan(quote.span), rule: quote.rule)
    }
}

extension ContractTime {
    public init(_ time: TimeExpression) {
        self.init(text: time.text, span: ContractSpan(time.span), value: time.value,
                  precision: time.precision?.rawValue, relative: time.isRelative, rule: time.rule)
    }
}
