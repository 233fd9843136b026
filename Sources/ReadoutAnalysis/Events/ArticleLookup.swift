// What the event rules and consolidation look up about the whole article, indexed once per article:
// time expressions and mentions by position, sentences by span, entities by name and country, and the
// organisations named before a point. In: the document's sentences, entities, mentions and times.
// Out: the same answers a scan of those lists gave (first or last in list order), found through an
// index. Why: the rules ask per sentence or per trigger, and a scan of every time, mention, sentence
// or entity each time made the events stage quadratic in the article's length.
import ReadoutCore
import ReadoutKnowledge

/// Each index is built the first time a rule asks for it: most articles need only a few of them, and the
/// consolidation component, which has its own reader, needs fewer still. One per analysis of one article (a
/// reference, so the readers and sentence contexts that hold it share what it has built); not shared between
/// threads.
final class ArticleLookup {
    private let sentenceList: [TokenSentence]
    private let entityList: [Entity]
    private let mentionList: [LinkedMention]
    private let timeList: [TimeExpression]

    private let makeSexes: (() -> [NameSex?])?

    init(sentences: [TokenSentence], entities: [Entity], mentions: [LinkedMention], times: [TimeExpression],
         sexes: (() -> [NameSex?])? = nil) {
        sentenceList = sentences
        entityList = entities
        mentionList = mentions
        timeList = times
        makeSexes = sexes
    }

    /// Each entity's likely sex, its names and the article's own pronouns considered (`PersonSex.table`).
    private(set) lazy var sexes: [NameSex?]? = makeSexes?()

    /// Definite descriptions' resolver ("the minister", "the Kenyan leader").
    private(set) lazy var descriptions = DescriptionResolver(entities: entityList, mentions: mentionList)
    /// The article's two main countries (what "the two countries" means).
    private(set) lazy var mainCountryNames = EventReader.mainCountries(entities: entityList, mentions: mentionList)

    private(set) lazy var times = SpanIndex(timeList.map(\.span))
    private(set) lazy var mentions = SpanIndex(mentionList.map(\.mention.span))

    /// The first sentence with each span (consolidation finds an event's sentence by its evidence span).
    private lazy var sentenceBySpan: [TextSpan: Int] = {
        var bySpan: [TextSpan: Int] = [:]
        for (k, s) in sentenceList.enumerated() where bySpan[s.span] == nil { bySpan[s.span] = k }
        return bySpan
    }()
    /// Sentence ends, when they never decrease (then "the last sentence ending by X" is a binary search).
    private lazy var sentenceEnds: [Int]? = {
        let ends = sentenceList.map(\.span.end)
        return zip(ends, ends.dropFirst()).allSatisfy { $0 <= $1 } ? ends : nil
    }()
    /// Every sentence non-empty and ending at or before the next one starts: each event's evidence then
    /// starts before every later sentence's (see `EntourageJoinsMeeting.recentMeeting`).
    private(set) lazy var sentencesStrictlyOrdered = sentenceList.allSatisfy { $0.span.start < $0.span.end } &&
        zip(sentenceList, sentenceList.dropFirst()).allSatisfy { $0.span.end <= $1.span.start }
    /// The span of the article's first body sentence (its lead).
    private(set) lazy var leadSpan = sentenceList.first { $0.block == .paragraph }?.span
    /// The first entity with each name.
    private lazy var entityByName: [String: Int] = {
        var byName: [String: Int] = [:]
        for (k, e) in entityList.enumerated() where byName[e.name] == nil { byName[e.name] = k }
        return byName
    }()
    /// People by country, in entity order.
    private lazy var peopleByCountry: [String: [Int]] = {
        var byCountry: [String: [Int]] = [:]
        for (k, e) in entityList.enumerated() where e.type == .person { if let c = e.country { byCountry[c, default: []].append(k) } }
        return byCountry
    }()
    /// Each country the article names as a country (or as its government), by code: the entity that stands for it.
    private lazy var countryByCode: [String: Int] = {
        var byCode: [String: Int] = [:]
        for m in mentionList where entityList[m.entity].type == .gpe && (m.mention.kind == "country" || m.mention.isMetonym) {
            if let c = entityList[m.entity].country, byCode[c] == nil { byCode[c] = m.entity }
        }
        return byCode
    }()
    private lazy var organisations = NamedBefore(mentionList.filter { entityList[$0.entity].type == .org && $0.mention.kind != "outlet" })
    /// `namedPerson(country:roleWord:)` answers, worked out once per pair.
    private var namedPersons: [String: Int?] = [:]

    /// The position of the first sentence whose span is `span`.
    func sentence(withSpan span: TextSpan) -> Int? { sentenceBySpan[span] }

    /// The last sentence (in list order) that ends at or before `position`, among `sentences`.
    func lastSentence(in sentences: [TokenSentence], endingBy position: Int) -> Int? {
        guard let ends = sentenceEnds else { return sentences.lastIndex { $0.span.end <= position } }
        let k = ends.partitioningIndex { $0 > position }
        return k > 0 ? k - 1 : nil
    }

    /// The first entity named `name`.
    func entity(named name: String) -> Int? { entityByName[name] }
    /// The entity of the country with ISO code `code`, when the article names that country.
    func country(code: String) -> Int? { countryByCode[code] }

    /// The first person of `country` (entity order) whose roles contain `roleWord` ("minister" in "Foreign Minister").
    func namedPerson(country: String, roleWord: String, portfolio: [String] = []) -> Int? {
        let key = ([country, roleWord] + portfolio).joined(separator: "\u{1F}")
        if let known = namedPersons[key] { return known }
        let found = (peopleByCountry[country] ?? []).first { k in
            entityList[k].roles.contains { role in
                let lower = role.lowercased()
                return lower.contains(roleWord) && portfolio.allSatisfy { lower.split(separator: " ").contains(Substring($0)) }
            }
        }
        namedPersons[key] = .some(found)
        return found
    }

    /// The entity of the last organisation mention (list order) ending at or before `position`, other than
    /// `excluding`; news outlets are not counted.
    func organisation(endingBy position: Int, excluding: Int) -> Int? {
        organisations.last(endingBy: position, excluding: excluding)
    }
}

/// Mentions of one kind in list order, asked for "the entity of the last one ending by a point, other than X".
/// A binary search when their ends never decrease (as mentions found sentence by sentence do), else a scan.
struct NamedBefore {
    private let ends: [Int]
    private let entities: [Int]
    /// For each position, the nearest earlier position whose entity differs (-1: none).
    private let previousOther: [Int]
    private let endsInOrder: Bool

    init(_ mentions: [LinkedMention]) {
        ends = mentions.map(\.mention.span.end)
        entities = mentions.map(\.entity)
        endsInOrder = zip(ends, ends.dropFirst()).allSatisfy { $0 <= $1 }
        var previous = [Int](repeating: -1, count: entities.count)
        for k in entities.indices.dropFirst() {
            previous[k] = entities[k - 1] != entities[k] ? k - 1 : previous[k - 1]
        }
        previousOther = previous
    }

    func last(endingBy position: Int, excluding: Int) -> Int? {
        guard endsInOrder else {
            return entities.indices.last { ends[$0] <= position && entities[$0] != excluding }.map { entities[$0] }
        }
        let k = ends.partitioningIndex { $0 > position } - 1
        guard k >= 0 else { return nil }
        if entities[k] != excluding { return entities[k] }
        let other = previousOther[k]
        return other >= 0 ? entities[other] : nil
    }
}

/// Answers worked out once per key and kept for the article (a reference, so that the value types that hold
/// it stay cheap to copy). Not shared between threads: one per analysis of one article.
final class Memo<Key: Hashable, Value> {
    private var values: [Key: Value] = [:]

    func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = values[key] { return known }
        let made = make()
        values[key] = made
        return made
    }
}
