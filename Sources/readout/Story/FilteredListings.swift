// The web API's filtered listings of events, conflicts and quotes: by story, actor, type, outlet and
// date range, a page at a time. Without a story the store does the filtering and counting in SQL
// (FusedEventFilter, QuoteFilter), so a filtered page costs what an unfiltered one does; a story is
// small, and its rows are filtered in memory with the same rules. --in-memory is not offered here:
// the server always reads the record.
// In: the filters as the routes parsed them. Out: a FusedSource.Selection, or quote lines.
import ReadoutCore
import ReadoutFusion
import ReadoutStore

/// What the web's list endpoints may narrow by; a story and an actor are named as a reader types them.
struct ListingFilter {
    var story: String?
    var actor: String?
    var events = FusedEventFilter()
}

extension FusedSource {
    /// Events in timeline order.
    func events(_ filter: ListingFilter, record: any ReadsFusedRecord, limit: Int, offset: Int) throws -> Selection<FusedEvent> {
        let events = try resolved(filter, record: record)
        if let story = filter.story {
            let (corpus, value) = try self.story(story, detail: .metadata)
            let kept = EventOrder.sorted(corpus.events(of: value), corpus: corpus).filter { keeps($0, events, corpus) }
            return Selection(corpus: corpus, values: Paging.window(kept, limit: limit, offset: offset), total: kept.count)
        }
        let slice = try record.eventPage(events, limit: limit, offset: offset)
        let corpus = FusedCorpus(slice: slice)
        return Selection(corpus: corpus, values: corpus.fusion.events, total: slice.total)
    }

    /// Conflicts about the events the filter keeps, the latest events first (undated last).
    func conflicts(_ filter: ListingFilter, record: any ReadsFusedRecord, limit: Int, offset: Int) throws -> Selection<FusionConflict> {
        let events = try resolved(filter, record: record)
        if let story = filter.story {
            let (corpus, value) = try self.story(story, detail: .metadata)
            let newest = EventOrder.sorted(corpus.events(of: value), corpus: corpus).filter { keeps($0, events, corpus) }.newestFirst
            let all = corpus.conflicts(about: newest)
            return Selection(corpus: corpus, values: Paging.window(all, limit: limit, offset: offset), total: all.count)
        }
        let slice = try record.conflictPage(events, newestFirst: true, limit: limit, offset: offset)
        let corpus = FusedCorpus(slice: slice)
        return Selection(corpus: corpus, values: corpus.fusion.conflicts, total: slice.total)
    }

    /// Quotes attributed to fused entities, in the order the record holds them.
    func quotes(_ filter: ListingFilter, record: any ReadsFusedRecord, limit: Int, offset: Int) throws -> QuotePage {
        let events = try resolved(filter, record: record)
        let story = try filter.story.map { id in
            let number = try StoryID.number(id)
            // An unknown story is a 404, as everywhere else, not an empty list.
            _ = try self.story(id, detail: .metadata)
            return number
        }
        return try record.quotePage(QuoteFilter(story: story, speakerKey: events.actorKey, outlet: events.outlet,
                                                from: events.from, to: events.to), limit: limit, offset: offset)
    }

    /// The filter with its actor named by entity id.
    private func resolved(_ filter: ListingFilter, record: any ReadsFusedRecord) throws -> FusedEventFilter {
        var events = filter.events
        if let actor = filter.actor {
            events.actorKey = try ActorFinder(entities: EntityMerge.merged(try record.entityCandidates(actor), order: [:])).require(actor).id
        }
        return events
    }

    private func keeps(_ event: FusedEvent, _ filter: FusedEventFilter, _ corpus: FusedCorpus) -> Bool {
        filter.keeps(event, outlets: { corpus.namedOutlets(ofDocuments: $0.reports.map(\.document)) },
                     overlaps: { CalendarText.overlaps($0, from: filter.from, to: filter.to) })
    }
}

private extension Array where Element == FusedEvent {
    /// Timeline order turned round for the dated events; the undated stay last, in their order.
    var newestFirst: [FusedEvent] {
        filter { $0.date != nil }.reversed() + filter { $0.date == nil }
    }
}
