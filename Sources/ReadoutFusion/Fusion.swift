// ReadoutFusion: what many articles say together.
// In: articles with their per-article analyses. Out: a FusionResult — one entity per real person
// or organization across outlets, one event per real event with every report of it and its
// corroboration, conflicts between reports and inside one, stories, publication dates estimated
// for undated articles (with their relative dates re-resolved), and per-story source comparison.
// A pure function: no I/O, deterministic for a given input order.
import ReadoutCore

public struct Fusion: Sendable {
    public init() {}

    /// Re-analyzes an article as if published on the given ISO date (the caller's analyzer).
    public typealias Reanalyze = (Article, String) -> ArticleAnalysis

    /// What fusion compares to tell a reprinted text: a function of the article's text and blocks only.
    public static func bodyKey(of article: Article) -> String { DocumentView.bodyKey(article) }

    public func fuse(_ documents: [(article: Article, analysis: ArticleAnalysis)],
                     reanalyze: Reanalyze? = nil) -> FusionResult {
        fuse(documents: documents.map { FusionDocument(article: $0.article, analysis: $0.analysis) }, reanalyze: reanalyze)
    }

    /// `bodyKeys`, when given, are `Fusion.bodyKey` of each input document, kept from an earlier fusion.
    public func fuse(documents input: [FusionDocument], reanalyze: Reanalyze? = nil, bodyKeys: [String]? = nil) -> FusionResult {
        var documents = input
        // Read once for both passes: an estimated date changes the metadata and analysis, never the text.
        let keys = bodyKeys ?? input.map { DocumentView.bodyKey($0.article) }
        let first = Pass(documents, bodyKeys: keys)

        // Undated articles: estimate from the first pass, re-resolve, then fuse again.
        var inferred: [InferredDate] = []
        let stated = Set(first.docs.filter(\.hasStatedDate).map(\.id))
        let publication = Dictionary(first.docs.compactMap { d in d.published.map { (d.id, $0) } }, uniquingKeysWith: { a, _ in a })
        for doc in first.docs where doc.published == nil {
            let story = first.stories.first { $0.contains(doc.index) } ?? [doc.index]
            let storyDates = story.compactMap { first.docs[$0].hasStatedDate ? first.docs[$0].published : nil }
            let mine = first.events.filter { $0.documents.contains(doc.id) }
            guard let estimate = PublicationDateEstimator().estimate(
                doc, storyDates: storyDates, events: mine, statedDocuments: stated, publication: publication) else { continue }
            inferred.append(estimate)
            var article = doc.article
            article.metadata.published = estimate.date
            article.metadata.publishedSource = .inferred
            let analysis = reanalyze?(article, estimate.date)
                ?? RelativeDateResolver(published: CalendarPeriod(iso: estimate.date)!).reresolve(doc.analysis)
            documents[doc.index] = FusionDocument(article: article, analysis: analysis)
        }
        let final = inferred.isEmpty ? first : Pass(documents, bodyKeys: keys)
        return final.result(inferred: inferred, documents: documents)
    }
}

/// One run of resolution, coreference and story grouping over a fixed set of documents.
private struct Pass {
    let docs: [DocumentView]
    let resolution: EntityResolution
    let entitiesByID: [String: GlobalEntity]
    let reports: [ReportInput]
    let clusters: [[Int]]
    let events: [FusedEvent]
    let stories: [[Int]]
    let places: PlaceMatcher
    let sources: SourceIndependence

    init(_ documents: [FusionDocument], bodyKeys: [String]) {
        docs = documents.enumerated().map {
            DocumentView(index: $0.offset, article: $0.element.article, analysis: $0.element.analysis, bodyKey: bodyKeys[$0.offset])
        }
        resolution = EntityResolver().resolve(docs)
        entitiesByID = Dictionary(uniqueKeysWithValues: resolution.entities.map { ($0.id, $0) })
        places = PlaceMatcher(resolution: resolution, entitiesByID: entitiesByID)
        reports = EventReportCollector(resolution: resolution).collect(docs)
        clusters = EventCoreference(places: places, links: RoleLinks(entities: resolution.entities)).cluster(reports)
        sources = SourceIndependence(docs)
        events = FusedEventBuilder(entitiesByID: entitiesByID, sources: sources).build(clusters, reports)
        stories = StoryGrouper().group(docs, entities: resolution.entities, events: events)
    }

    func result(inferred: [InferredDate], documents: [FusionDocument]) -> FusionResult {
        let byID = Dictionary(docs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var conflicts = ConflictDetector(places: places).conflicts(in: events, documents: byID)
        // Local event → its fused event, for conflicts inside one report.
        var eventKeys: [Int: [String: (key: String, id: String)]] = [:]
        for (cluster, event) in zip(clusters, events) {
            for i in cluster { eventKeys[reports[i].doc.index, default: [:]][reports[i].event.id] = (event.key, event.id) }
        }
        let finder = SelfContradictionFinder()
        for doc in docs { conflicts += finder.conflicts(in: doc, eventKeys: eventKeys[doc.index] ?? [:]) }

        let titler = StoryTitler()
        var storyValues: [Story] = []
        var comparisons: [SourceComparison] = []
        for (n, members) in stories.enumerated() {
            let storyDocs = members.map { docs[$0] }
            let ids = Set(storyDocs.map(\.id))
            let storyEvents = events.filter { $0.documents.contains(where: ids.contains) }
            let ranked = titler.rankedEntities(ids, resolution.entities, totalDocuments: docs.count)
            let dates = storyDocs.compactMap(\.published).sorted()
            let month = dates.isEmpty ? nil : dates[dates.count / 2]
            let id = "story-\(n + 1)"
            storyValues.append(Story(
                id: id, title: titler.title(ranked: ranked, events: storyEvents, docIDs: ids, month: month),
                documents: storyDocs.map(\.id), entityIDs: ranked.prefix(8).map(\.id),
                eventIDs: storyEvents.map(\.id), firstPublished: dates.first?.iso, lastPublished: dates.last?.iso))
            if Set(storyDocs.map(\.outletKey)).count >= 2 {
                comparisons.append(SourceComparer(resolution: resolution, entitiesByID: entitiesByID)
                    .compare(storyID: id, docs: storyDocs, events: storyEvents))
            }
        }
        return FusionResult(
            entities: resolution.entities, entityIndex: resolution.index, events: events, conflicts: conflicts,
            stories: storyValues, inferredDates: inferred, comparisons: comparisons, documents: documents,
            reprints: sources.reprints(docs))
    }
}
