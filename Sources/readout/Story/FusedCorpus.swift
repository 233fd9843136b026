// What the cross-article commands (stories, timeline, actor, conflicts, compare, brief) share: fused
// values and the lookups the commands need — a document's outlet label, its citation, a story by id.
// In: either the rows of the fused record kept in the store that one command shows (a FusedSlice,
// FusedSource reads it), or every stored document fused in memory (`load`, the commands'
// --in-memory check). Out: global entities, fused events, conflicts, stories, inferred publication
// dates, source comparisons, and the documents they cite. Stories are "story-N", N the smallest
// store id of their documents, either way.
import ReadoutAnalysis
import ReadoutCore
import ReadoutFusion
import ReadoutStore

struct FusedCorpus {
    /// One input document as the commands show it.
    struct Document {
        /// The store's id, as `readout documents` lists it.
        var storeID: Int64
        /// With an inferred publication date applied, when fusion estimated one.
        var article: Article
        var analysis: ArticleAnalysis
        /// Outlet name, or "unknown outlet" when the article names none.
        var outlet: String
        /// The outlet's name; nil when the article names none (JSON says null, not a made-up name).
        var outletName: String?
        var published: String?
        var publishedInferred: Bool
    }

    let fusion: FusionResult
    /// Fusion's document id → the document.
    let documents: [String: Document]
    /// Fusion's document ids in storage order.
    let order: [String]
    /// Fusion's outlet label (outlet name, or `Outlets.unknown`) → what the commands show.
    private let outletLabels: [String: String]
    /// Document id → the documents carrying the same text word for word (itself included), for reprints.
    let reprintGroups: [String: [String]]

    static func load(from store: any ArticleStore) throws -> FusedCorpus {
        let analyzer = ArticleAnalyzer()
        var inputs: [(article: Article, analysis: ArticleAnalysis)] = []
        var storeIDs: [String: Int64] = [:]
        try store.forEachDocument { stored in
            var article = stored.article
            // Fusion keys documents by article id; two stored files may share a name.
            if storeIDs[article.id] != nil { article.id += "~\(stored.id)" }
            storeIDs[article.id] = stored.id
            inputs.append((article, stored.analysis ?? analyzer.analyze(article)))
        }
        var fusion = Fusion().fuse(inputs, reanalyze: { article, _ in analyzer.analyze(article) })
        // Numbered as the store numbers them: by the story's first stored document.
        var renamed: [String: String] = [:]
        for i in fusion.stories.indices {
            let number = fusion.stories[i].documents.compactMap { storeIDs[$0] }.min() ?? 0
            renamed[fusion.stories[i].id] = "story-\(number)"
            fusion.stories[i].id = "story-\(number)"
        }
        for i in fusion.comparisons.indices {
            let old = fusion.comparisons[i].story, new = renamed[old] ?? old
            fusion.comparisons[i].story = new
            // A quote's id names its story: "story-1/quote-2".
            for j in fusion.comparisons[i].coverage.indices where fusion.comparisons[i].coverage[j].item.hasPrefix(old + "/") {
                fusion.comparisons[i].coverage[j].item = new + fusion.comparisons[i].coverage[j].item.dropFirst(old.count)
            }
        }
        return FusedCorpus(fusion: fusion, storeIDs: storeIDs)
    }

    /// The rows of the fused record one command shows. An organisation fused in several
    /// neighbourhoods is one entity here, as fusing them all at once makes it.
    init(slice: FusedSlice) {
        var storeIDs: [String: Int64] = [:]
        var groups: [String: [String]] = [:]
        var entityIndex: [String: [String: String]] = [:]
        for member in slice.members {
            storeIDs[member.fusionID] = member.storeID
            entityIndex[member.fusionID] = member.entityIndex
            if let group = member.reprintGroup { groups["\(member.component)/\(group)", default: []].append(member.fusionID) }
        }
        let fusion = FusionResult(
            entities: EntityMerge.merged(slice.entities, order: storeIDs), entityIndex: entityIndex, events: slice.events,
            conflicts: slice.conflicts, stories: slice.stories, inferredDates: [], comparisons: slice.comparisons,
            documents: slice.members.map { FusionDocument(article: $0.article, analysis: $0.analysis) },
            reprints: groups.values.sorted { $0[0] < $1[0] })
        self.init(fusion: fusion, storeIDs: storeIDs)
    }

    init(fusion: FusionResult, storeIDs: [String: Int64]) {
        self.fusion = fusion
        var documents: [String: Document] = [:]
        var order: [String] = []
        var labels: [String: String] = [:]
        for fused in fusion.documents {
            let article = fused.article
            let storeID = storeIDs[article.id] ?? 0
            let given = article.metadata.outlet?.trimmingCharacters(in: .whitespaces) ?? ""
            let outlet = given.isEmpty ? Outlets.unknown : given
            labels[outlet] = outlet
            documents[article.id] = Document(
                storeID: storeID, article: article, analysis: fused.analysis, outlet: outlet,
                outletName: given.isEmpty ? nil : given, published: article.metadata.published,
                publishedInferred: article.metadata.publishedSource == .inferred)
            order.append(article.id)
        }
        self.documents = documents
        self.order = order
        outletLabels = labels
        var groups: [String: [String]] = [:]
        for group in fusion.reprints { for id in group { groups[id] = group } }
        reprintGroups = groups
    }

    // MARK: Lookups

    /// The label a command shows for one of fusion's outlet labels.
    func outletLabel(_ fusionOutlet: String) -> String { outletLabels[fusionOutlet] ?? fusionOutlet }

    func outlet(ofDocument id: String) -> String { documents[id]?.outlet ?? id }

    /// The outlet a document names; nil when it names none.
    func outletName(ofDocument id: String) -> String? { documents[id]?.outletName }

    /// "2024-01-09", "~2024-01-11" when Readout estimated it, "undated" when unknown.
    func dateLabel(ofDocument id: String) -> String {
        guard let document = documents[id], let published = document.published else { return "undated" }
        return document.publishedInferred ? "~" + published : published
    }

    /// "[VOA, 2024-01-11]": where a reader can check a fact.
    func citation(_ id: String) -> String { "[\(outlet(ofDocument: id)), \(dateLabel(ofDocument: id))]" }

    /// Citations for several documents, one per distinct outlet and date, in the order given.
    func citations(_ ids: [String]) -> String {
        var seen: [String] = []
        for id in ids where !seen.contains(citation(id)) { seen.append(citation(id)) }
        return seen.joined(separator: " ")
    }

    /// Distinct outlets of some documents as shown to people, in the order given ("unknown outlet" once
    /// for all the documents that name none).
    func outlets(ofDocuments ids: [String]) -> [String] {
        var seen: [String] = []
        for id in ids where !seen.contains(outlet(ofDocument: id)) { seen.append(outlet(ofDocument: id)) }
        return seen
    }

    /// Distinct outlets the documents name, in the order given: the outlets a program may count.
    func namedOutlets(ofDocuments ids: [String]) -> [String] {
        var seen: [String] = []
        for id in ids { if let name = outletName(ofDocument: id), !seen.contains(name) { seen.append(name) } }
        return seen
    }

    /// How many of the documents name no outlet.
    func unattributed(_ ids: [String]) -> Int { ids.filter { outletName(ofDocument: $0) == nil }.count }

    /// How many of the documents repeat the text of an earlier one among them (reprints, one source each).
    func reprinted(_ ids: [String]) -> Int {
        var seen = Set<String>()
        var count = 0
        for id in ids {
            guard let group = reprintGroups[id] else { continue }
            if seen.contains(group[0]) { count += 1 } else { seen.insert(group[0]) }
        }
        return count
    }

    var eventsByID: [String: FusedEvent] { Dictionary(fusion.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }

    var entitiesByID: [String: GlobalEntity] {
        Dictionary(fusion.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A story by its id ("story-3", or just "3"); an unknown id is a one-line failure naming the way out.
    func story(_ id: String) throws -> Story {
        let number = try StoryID.number(id)
        guard let story = fusion.stories.first(where: { $0.id == "story-\(number)" }) else { throw StoryID.unknown(id) }
        return story
    }

    /// The fused events reported by a story's documents, in date order.
    func events(of story: Story) -> [FusedEvent] {
        let byID = eventsByID
        return EventOrder.sorted(story.eventIDs.compactMap { byID[$0] }, corpus: self)
    }

    /// Conflicts about the given events (all when nil), in event order.
    func conflicts(about events: [FusedEvent]? = nil) -> [FusionConflict] {
        guard let events else { return fusion.conflicts }
        let rank = Dictionary(events.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return fusion.conflicts.filter { rank[$0.eventID] != nil }
            .enumerated().sorted { (rank[$0.element.eventID]!, $0.offset) < (rank[$1.element.eventID]!, $1.offset) }
            .map(\.element)
    }

    /// The global entity id of a quote's speaker, when the speaker is a resolved entity.
    func speakerID(_ quote: Quote, document: String) -> String? {
        quote.speakerEntity.flatMap { fusion.globalEntityID(document: document, name: $0) }
            ?? quote.speaker.flatMap { fusion.globalEntityID(document: document, name: $0) }
    }

    /// The speaker as the commands show it: the global entity's name, else the words the article used.
    func speakerName(_ quote: Quote, document: String, entities: [String: GlobalEntity]) -> String? {
        speakerID(quote, document: document).flatMap { entities[$0]?.name } ?? quote.speaker
    }

    /// True when every report giving the event's date resolved it against a publication date Readout
    /// estimated ("on Wednesday" in an undated article): the date rests on that estimate.
    func dateIsInferred(_ event: FusedEvent) -> Bool {
        guard let date = event.date else { return false }
        let giving = event.reports.filter { $0.event.date == date }
        return !giving.isEmpty && giving.allSatisfy(restsOnEstimate)
    }

    private func restsOnEstimate(_ report: EventReport) -> Bool {
        guard let document = documents[report.document], document.publishedInferred else { return false }
        // An absolute expression ("on 10 January 2024") does not depend on the publication date.
        guard let text = report.event.dateText else { return true }
        let times = document.analysis.times.filter { $0.text == text }
        return times.isEmpty || times.contains(where: \.isRelative)
    }
}
