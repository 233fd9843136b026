// Where the cross-article commands get what they show. By default, the fused record ingest keeps in
// the store: each question reads only its rows, through indexes (FusedQueries in ReadoutStore), so
// it costs the same at a hundred articles or a million. With --in-memory, every stored article is
// fused in memory, as Readout did before it kept the record: slow on a large store, and the check
// that the record says what fusing everything at once says.
// In: the database and the question (a page of stories, one story, a timeline, an actor, conflicts).
// Out: a FusedCorpus holding what the answer shows, the values selected from it in order, and how
// many there are in all (for the line a cut listing prints).
import ArgumentParser
import ReadoutFusion
import ReadoutStore

/// `--in-memory`, for the commands that read the fused record.
struct FusedSourceOptions: ParsableArguments {
    @Flag(name: .customLong("in-memory"),
          help: "Fuse every stored article in memory instead of reading the fused record (slow; for checking the record).")
    var inMemory = false
}

struct FusedSource {
    /// Values selected for a listing, the corpus they come from, and how many matched before paging.
    struct Selection<Value> {
        var corpus: FusedCorpus
        var values: [Value]
        var total: Int
    }

    private let store: any ArticleStore
    private let inMemory: Bool

    /// `reportPending`: say on stderr how many stored articles are not fused yet (once per process:
    /// the server opens several connections).
    init(store: any ArticleStore, inMemory: Bool, reportPending: Bool = true) throws {
        self.store = store
        self.inMemory = inMemory
        if reportPending, !inMemory, let pending = try record?.unfusedCount(), pending > 0 {
            Diagnostics.report("\(Plural.count(pending, "stored article")) not fused yet; `readout fuse` adds them")
        }
    }

    /// The store's fused record, unless the commands fuse in memory (or the store keeps none).
    private var record: (any ReadsFusedRecord)? { inMemory ? nil : store as? any ReadsFusedRecord }

    private func wholeCorpus() throws -> FusedCorpus { try FusedCorpus.load(from: store) }

    /// Stories with at least `minDocuments` documents, in number order.
    func stories(minDocuments: Int, limit: Int?, offset: Int) throws -> Selection<Story> {
        guard let record else {
            let corpus = try wholeCorpus()
            let all = corpus.fusion.stories.filter { $0.documents.count >= minDocuments }
            return Selection(corpus: corpus, values: Paging.window(all, limit: limit, offset: offset), total: all.count)
        }
        let slice = try record.storyPage(minDocuments: minDocuments, limit: limit ?? -1, offset: offset)
        let corpus = FusedCorpus(slice: slice)
        return Selection(corpus: corpus, values: corpus.fusion.stories, total: slice.total)
    }

    /// One story, with its events, conflicts and documents (their text too with `.content`).
    func story(_ id: String, detail: MemberDetail) throws -> (corpus: FusedCorpus, story: Story) {
        guard let record else {
            let corpus = try wholeCorpus()
            return (corpus, try corpus.story(id))
        }
        guard let slice = try record.storySlice(number: try StoryID.number(id), detail: detail) else { throw StoryID.unknown(id) }
        let corpus = FusedCorpus(slice: slice)
        return (corpus, try corpus.story(id))
    }

    /// Events in timeline order: of one story, with one actor, between two dates (each when given).
    func timeline(story: String?, actor: String?, from: String?, to: String?, limit: Int?, offset: Int) throws -> Selection<FusedEvent> {
        func selected(_ corpus: FusedCorpus, _ events: [FusedEvent], actor: GlobalEntity?) -> Selection<FusedEvent> {
            var events = EventOrder.sorted(events, corpus: corpus)
            if let actor { events = events.filter { $0.participantIDs.contains(actor.id) } }
            if from != nil || to != nil {
                events = events.filter { e in e.date.map { CalendarText.overlaps($0, from: from, to: to) } ?? false }
            }
            return Selection(corpus: corpus, values: Paging.window(events, limit: limit, offset: offset), total: events.count)
        }
        guard let record else {
            let corpus = try wholeCorpus()
            let events = try story.map { corpus.events(of: try corpus.story($0)) } ?? corpus.fusion.events
            return selected(corpus, events, actor: try actor.map { try ActorFinder(entities: corpus.fusion.entities).require($0) })
        }
        let entity = try actor.map { try findActor($0, in: record) }
        if let story {
            let (corpus, value) = try self.story(story, detail: .metadata)
            return selected(corpus, corpus.events(of: value), actor: entity)
        }
        if let entity {
            let corpus = FusedCorpus(slice: try record.entitySlice(key: entity.id, detail: .metadata))
            return selected(corpus, corpus.fusion.events, actor: entity)
        }
        let slice = try record.eventPage(from: from, to: to, limit: limit ?? -1, offset: offset)
        let corpus = FusedCorpus(slice: slice)
        return Selection(corpus: corpus, values: corpus.fusion.events, total: slice.total)
    }

    /// Conflicts in the timeline order of their events: all, or about one story's events.
    func conflicts(story: String?, limit: Int?, offset: Int) throws -> Selection<FusionConflict> {
        if let story {
            let (corpus, value) = try self.story(story, detail: .metadata)
            let all = corpus.conflicts(about: corpus.events(of: value))
            return Selection(corpus: corpus, values: Paging.window(all, limit: limit, offset: offset), total: all.count)
        }
        guard let record else {
            let corpus = try wholeCorpus()
            let all = corpus.conflicts(about: EventOrder.sorted(corpus.fusion.events, corpus: corpus))
            return Selection(corpus: corpus, values: Paging.window(all, limit: limit, offset: offset), total: all.count)
        }
        let slice = try record.conflictPage(limit: limit ?? -1, offset: offset)
        let corpus = FusedCorpus(slice: slice)
        return Selection(corpus: corpus, values: corpus.fusion.conflicts, total: slice.total)
    }

    /// The profile of the actor a typed name means, a page of each of its lists: from the record, only
    /// the rows of that page (the store pages them through its indexes).
    func actorProfile(_ name: String, window: ActorProfile.ListWindow) throws -> ActorProfile {
        try actorPage(name, window: window).profile
    }

    /// The same, with the rows read for it (the web interface draws the page's events from them).
    func actorPage(_ name: String, window: ActorProfile.ListWindow) throws -> (corpus: FusedCorpus, profile: ActorProfile) {
        guard let record else {
            let corpus = try wholeCorpus()
            return (corpus, ActorProfile(try ActorFinder(entities: corpus.fusion.entities).require(name), corpus: corpus, paging: window))
        }
        let found = try findActor(name, in: record)
        let page = try record.actorPage(key: found.id, limit: window.limit ?? -1, offset: window.offset, related: window.related)
        let corpus = FusedCorpus(slice: page.slice)
        return (corpus, ActorProfile(corpus.entitiesByID[found.id] ?? found, page: page, corpus: corpus, paging: window))
    }

    /// Every entity with a name holding the words typed (or that id), rows of one id merged: the
    /// same candidates ActorFinder would weigh among all entities.
    /// The numbers of the stories whose events include the one with this key.
    func storyNumbers(reportingEvent key: String) throws -> [Int64] {
        if let record { return try record.storyNumbers(reportingEvent: key) }
        let corpus = try wholeCorpus()
        return corpus.fusion.stories.filter { corpus.events(of: $0).contains { $0.key == key } }
            .compactMap { try? StoryID.number($0.id) }.sorted()
    }

    private func findActor(_ name: String, in record: any ReadsFusedRecord) throws -> GlobalEntity {
        try ActorFinder(entities: EntityMerge.merged(try record.entityCandidates(name), order: [:])).require(name)
    }
}
