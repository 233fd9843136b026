// Reading the fused record for the cross-article commands: only the rows a command shows, found
// through the indexes of "v2-fusion"/"v3-fused-queries", never the whole store.
// In: a story number, a page of stories, events or conflicts, an entity key or the words of a name.
// Out: a FusedSlice — those values as fusion made them, with what showing them needs (the events'
// conflicts, the documents they cite, the entities they name) — or candidate entities for a name.
// Stories are renamed "story-N" by their number (unique in the store, unlike fusion's own ids, which
// count within a neighbourhood); an event's id gets "@component" so that events of two
// neighbourhoods never share one (ids are never shown; keys are).
// Written once against RecordReader: SQLite and PostgreSQL answer these alike (ReadsFusedRecord).
import Foundation
import ReadoutCore
import ReadoutFusion

/// Some rows of the fused record and what showing them needs.
public struct FusedSlice: Sendable {
    /// A stored document as fused: its estimated publication date applied, its fusion id.
    public struct Member: Sendable {
        public var storeID: Int64
        public var component: Int64
        /// The id fusion gave it: what the fused values call it.
        public var fusionID: String
        /// Text, blocks and analysis are loaded only when asked for (quotes, evidence); of the analysis
        /// re-read under an estimated publication date, its time expressions always are (the
        /// timeline's "~" needs them).
        public var article: Article
        public var analysis: ArticleAnalysis
        /// Its own entity names and ids → global entity ids.
        public var entityIndex: [String: String]
        /// The same label for every document carrying this text word for word; nil when none does.
        public var reprintGroup: String?
    }

    public var stories: [Story] = []
    public var comparisons: [SourceComparison] = []
    public var events: [FusedEvent] = []
    public var entities: [GlobalEntity] = []
    public var conflicts: [FusionConflict] = []
    /// In storage order.
    public var members: [Member] = []
    /// How many rows the query matched before --limit/--offset (stories, events or conflicts).
    public var total = 0

    public init() {}
}

/// How much of a document a slice loads.
public enum MemberDetail: Sendable {
    /// Outlet, dates, title: enough to list and cite it.
    case metadata
    /// Also its text and analysis: quotes, sentences, wording.
    case content
}

extension ReadsFusedRecord {
    /// The story numbered `number` ("story-12" → 12) with its events, their conflicts, the documents
    /// they come from (its own, and others reporting its events) and the entities they name; nil when
    /// no story has that number.
    public func storySlice(number: Int64, detail: MemberDetail) throws -> FusedSlice? {
        try readSlice { loader in
            guard let story = try loader.db.rows("SELECT * FROM stories WHERE number = ?", [.int(number)]).first
            else { return false }
            let value = try loader.addStory(story)
            try loader.addEvents(sql: "SELECT * FROM fused_events WHERE component = ? AND event_key = ?",
                                 component: try story.int("component"), keys: value.eventIDs)
            try loader.addMembers(sql: "SELECT document_id FROM story_documents WHERE story = ?", arguments: [.int(try story.int("id"))],
                                  detail: detail)
            try loader.rankEntities(story: loader.slice.stories.count - 1, component: try story.int("component"))
            try loader.addReportDocuments(detail: detail)
            if detail == .content { try loader.addIndexedEntities() }
            return true
        }
    }

    /// A page of stories in number order (the order fusing them all at once gives), each with its top
    /// entities and its documents' outlets and dates.
    public func storyPage(minDocuments: Int, limit: Int, offset: Int) throws -> FusedSlice {
        try readSlice { loader in
            loader.slice.total = Int(try loader.db.int("SELECT count(*) FROM stories WHERE document_count >= ?",
                                                       [SQLValue(minDocuments)]) ?? 0)
            for story in try loader.db.rows("""
                SELECT * FROM stories WHERE document_count >= ? ORDER BY number LIMIT ? OFFSET ?
                """, [SQLValue(minDocuments), limitValue(limit), SQLValue(offset)]) {
                _ = try loader.addStory(story)
                try loader.addMembers(sql: "SELECT document_id FROM story_documents WHERE story = ?", arguments: [.int(try story.int("id"))],
                                      detail: .metadata)
                try loader.rankEntities(story: loader.slice.stories.count - 1, component: try story.int("component"))
            }
            return true
        }!
    }

    /// A page of events in timeline order, those whose date overlaps `from`...`to` when given
    /// (YYYY, YYYY-MM or YYYY-MM-DD), with their conflicts, documents and participants.
    public func eventPage(from: String?, to: String?, limit: Int, offset: Int) throws -> FusedSlice {
        try eventPage(FusedEventFilter(from: from, to: to), limit: limit, offset: offset)
    }

    /// A page of the events `filter` keeps, in timeline order, with their conflicts, documents and participants.
    public func eventPage(_ filter: FusedEventFilter, limit: Int, offset: Int) throws -> FusedSlice {
        let (conditions, arguments) = filter.sql()
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try readSlice { loader in
            loader.slice.total = Int(try loader.db.int("SELECT count(*) FROM fused_events \(clause)", arguments) ?? 0)
            try loader.addEvents(sql: """
                SELECT * FROM fused_events \(clause) ORDER BY \(fusedTimelineOrder) LIMIT ? OFFSET ?
                """, arguments: arguments + [limitValue(limit), SQLValue(offset)])
            try loader.addReportDocuments(detail: .metadata)
            return true
        }!
    }

    /// A page of conflicts in timeline order of their events, with those events and their documents.
    public func conflictPage(limit: Int, offset: Int) throws -> FusedSlice {
        try conflictPage(FusedEventFilter(), newestFirst: false, limit: limit, offset: offset)
    }

    /// A page of the conflicts about events `filter` keeps: in timeline order of their events, or the
    /// latest events first (undated ones still last: nothing says when they happened).
    public func conflictPage(_ filter: FusedEventFilter, newestFirst: Bool, limit: Int, offset: Int) throws -> FusedSlice {
        let (conditions, arguments) = filter.sql(alias: "e")
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let order = newestFirst
            ? "e.date IS NULL, e.date DESC, e.first_reported DESC, e.corroboration DESC, e.event_key"
            : fusedTimelineOrder.split(separator: ",").map { "e." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
        return try readSlice { loader in
            loader.slice.total = Int(try loader.db.int("""
                SELECT count(*) FROM fused_conflicts c JOIN fused_events e ON e.id = c.event \(clause)
                """, arguments) ?? 0)
            let rows = try loader.db.rows("""
                SELECT c.event AS event, c.component AS component, c.json AS json FROM fused_conflicts c
                JOIN fused_events e ON e.id = c.event \(clause)
                ORDER BY \(order), c.id
                LIMIT ? OFFSET ?
                """, arguments + [limitValue(limit), SQLValue(offset)])
            let events = Array(Set(try rows.map { try $0.int("event") })).sorted()
            if !events.isEmpty {
                try loader.addEvents(sql: "SELECT * FROM fused_events WHERE id IN (\(questionMarks(events.count)))",
                                     arguments: events.map(SQLValue.int), withConflicts: false)
            }
            for row in rows { try loader.addConflict(row) }
            try loader.addReportDocuments(detail: .metadata)
            return true
        }!
    }

    /// Entities a typed name may mean: the one whose id it is, or those with a name holding every word
    /// typed (one value per row: an organisation fused in several neighbourhoods has several).
    public func entityCandidates(_ query: String) throws -> [GlobalEntity] {
        let words = Array(Set(FusionLinks.searchWords(query)))
        do {
            return try withRecordReader { db in
                // An id names one actor whatever else its words match (ActorFinder takes the id first),
                // and one of its rows says so: an organisation fused in thousands of neighbourhoods,
                // or a given name thousands of people share, is not read for it.
                if let row = try db.text("SELECT json FROM fused_entities WHERE entity_key = ? LIMIT 1", [.text(query)]) {
                    return [try JSONColumn.decode(GlobalEntity.self, row, column: "fused_entities", document: 0)]
                }
                guard !words.isEmpty else { return [] }
                let sql = "SELECT json FROM fused_entities WHERE id IN ("
                    + words.map { _ in "SELECT entity FROM fused_entity_words WHERE word = ?" }.joined(separator: " INTERSECT ")
                    + ")"
                return try db.texts(sql, words.map(SQLValue.text))
                    .map { try JSONColumn.decode(GlobalEntity.self, $0, column: "fused_entities", document: 0) }
            }
        }
    }

    /// Everything about one entity (every row with its id, in every neighbourhood): the events it
    /// takes part in, the documents naming it (with `.content`, for its quotes, also the entities
    /// those documents name: who it appears with).
    public func entitySlice(key: String, detail: MemberDetail) throws -> FusedSlice {
        try readSlice { loader in
            let rows = try loader.db.rows("SELECT * FROM fused_entities WHERE entity_key = ? ORDER BY component", [.text(key)])
            // The events naming it among their participants (its rows of the actor pages' index), each
            // with its neighbourhood: they are added neighbourhood by neighbourhood, in row order.
            var events: [Int64: [Int64]] = [:]
            for row in try loader.db.rows("""
                SELECT DISTINCT p.event AS event, e.component AS component
                FROM fused_event_participants p JOIN fused_events e ON e.id = p.event WHERE p.entity_key = ?
                """, [.text(key)]) {
                events[try row.int("component"), default: []].append(try row.int("event"))
            }
            for row in rows {
                let entity = try loader.addEntity(row)
                let component = try row.int("component")
                try loader.addEvents(sql: "SELECT * FROM fused_events WHERE id = ?", ids: (events[component] ?? []).sorted()) { _ in true }
                if !entity.documents.isEmpty {
                    try loader.addMembers(sql: """
                        SELECT document_id FROM fusion_members WHERE component = ? AND fusion_id IN (\(questionMarks(entity.documents.count)))
                        """, arguments: [.int(component)] + entity.documents.map(SQLValue.text), detail: detail)
                }
            }
            try loader.addReportDocuments(detail: .metadata)
            if detail == .content { try loader.addIndexedEntities() }
            return true
        }!
    }

    /// Documents stored but not yet in the fused record (an interrupted ingest, an older database).
    public func unfusedCount() throws -> Int { try pendingFusionCount() }

    func readSlice(_ body: (inout SliceLoader) throws -> Bool) throws -> FusedSlice? {
        try withRecordReader { db in
            var loader = SliceLoader(db: db)
            guard try body(&loader) else { return nil }
            loader.slice.members.sort { $0.storeID < $1.storeID }
            return loader.slice
        }
    }
}

/// The timeline's order (EventOrder in the command line): dated events by date, a month before the
/// days in it; undated ones last by when first reported; the more widely reported first, then by key.
let fusedTimelineOrder = "date IS NULL, date, first_reported, corroboration DESC, event_key"


/// Fills a slice row by row, each value once.
struct SliceLoader {
    let db: any RecordReader
    var slice = FusedSlice()
    private var eventRows: Set<Int64> = []
    private var entityRows: Set<Int64> = []
    private var memberDetail: [Int64: MemberDetail] = [:]
    /// Event rows loaded, by component: whose reports' documents a slice cites.
    private var pendingReports: [Int64] = []

    init(db: any RecordReader) { self.db = db }

    /// Fusion's event id as a slice names it: unique across neighbourhoods.
    static func scoped(_ eventID: String, _ component: Int64) -> String { eventID + "@" + String(component) }

    mutating func addStory(_ row: RecordRow) throws -> Story {
        let component = try row.int("component"), number = try row.int("number")
        var story = try JSONColumn.decode(Story.self, row.text("json"), column: "stories", document: 0)
        story.id = "story-\(number)"
        story.eventIDs = story.eventIDs.map { Self.scoped($0, component) }
        slice.stories.append(story)
        if let text = try row.optionalText("comparison") {
            var comparison = try JSONColumn.decode(SourceComparison.self, text, column: "stories", document: 0)
            comparison.story = story.id
            let local = try row.text("story_key")
            for i in comparison.coverage.indices {
                let item = comparison.coverage[i].item
                // A quote's id names fusion's own story: "story-1/quote-2".
                comparison.coverage[i].item = comparison.coverage[i].kind == .event ? Self.scoped(item, component)
                    : item.hasPrefix(local + "/") ? story.id + item.dropFirst(local.count) : item
            }
            for i in comparison.wording.indices where comparison.wording[i].subject == .event {
                comparison.wording[i].item = Self.scoped(comparison.wording[i].item, component)
            }
            slice.comparisons.append(comparison)
        }
        return story
    }

    /// Events of one neighbourhood by fusion's ids.
    mutating func addEvents(sql: String, component: Int64, keys: [String]) throws {
        for key in keys {
            let unscoped = key.hasSuffix("@\(component)") ? String(key.dropLast("@\(component)".count)) : key
            try addEvents(sql: sql, arguments: [.int(component), .text(unscoped)])
        }
    }

    /// Events by row id, those `keep` accepts.
    mutating func addEvents(sql: String, ids: [Int64], keep: (FusedEvent) -> Bool) throws {
        for id in ids { try addEvents(sql: sql, arguments: [.int(id)], keep: keep) }
    }

    /// The events the query finds, with their conflicts (unless the caller adds those itself) and,
    /// later, their documents and participants.
    mutating func addEvents(sql: String, arguments: [SQLValue], withConflicts: Bool = true,
                            keep: (FusedEvent) -> Bool = { _ in true }) throws {
        for row in try db.rows(sql, arguments) {
            let id = try row.int("id"), component = try row.int("component")
            guard !eventRows.contains(id) else { continue }
            var event = try JSONColumn.decode(FusedEvent.self, row.text("json"), column: "fused_events", document: 0)
            guard keep(event) else { continue }
            eventRows.insert(id)
            event.id = Self.scoped(event.id, component)
            slice.events.append(event)
            pendingReports.append(id)
            try addEntities(component: component, keys: event.participantIDs + event.reports.flatMap(\.participantIDs))
            if withConflicts {
                for conflict in try db.rows("SELECT * FROM fused_conflicts WHERE event = ? ORDER BY id", [.int(id)]) {
                    try addConflict(conflict)
                }
            }
        }
    }

    mutating func addConflict(_ row: RecordRow) throws {
        var conflict = try JSONColumn.decode(FusionConflict.self, row.text("json"), column: "fused_conflicts", document: 0)
        conflict.eventID = Self.scoped(conflict.eventID, try row.int("component"))
        slice.conflicts.append(conflict)
    }

    /// Ranks a loaded story's entities by how characteristic they are of it in the whole store (an
    /// organisation's documents in other neighbourhoods count too), as fusing every article at once
    /// ranks them, and loads the top ones. Needs the story's documents loaded.
    mutating func rankEntities(story index: Int, component: Int64) throws {
        let documents = Set(slice.stories[index].documents)
        var inStory: [String: Int] = [:]
        for member in slice.members where member.component == component && documents.contains(member.fusionID) {
            for key in Set(member.entityIndex.values) { inStory[key, default: 0] += 1 }
        }
        var scored: [(id: String, score: Double)] = []
        for (key, count) in inStory {
            guard let row = try db.rows("SELECT type, documents FROM fused_entity_totals WHERE entity_key = ?", [.text(key)]).first,
                  let type = EntityType(rawValue: try row.text("type")) else { continue }
            scored.append((key, StoryEntityRank.score(type: type, inStory: count, documents: Int(try row.int("documents")))))
        }
        slice.stories[index].entityIDs = Array(StoryEntityRank.ranked(scored).prefix(8))
        try addEntities(component: component, keys: slice.stories[index].entityIDs)
    }

    mutating func addEntities(component: Int64, keys: [String]) throws {
        for key in Set(keys).sorted() {
            for row in try db.rows("SELECT * FROM fused_entities WHERE entity_key = ? AND component = ?", [.text(key), .int(component)]) {
                _ = try addEntity(row)
            }
        }
    }

    @discardableResult
    mutating func addEntity(_ row: RecordRow) throws -> GlobalEntity {
        let entity = try JSONColumn.decode(GlobalEntity.self, row.text("json"), column: "fused_entities", document: 0)
        if entityRows.insert(try row.int("id")).inserted { slice.entities.append(entity) }
        return entity
    }

    /// The entities the loaded documents' own names stand for (speakers of quotes, who appears with whom).
    mutating func addIndexedEntities() throws {
        for member in slice.members where memberDetail[member.storeID] == .content {
            try addEntities(component: member.component, keys: Array(member.entityIndex.values))
        }
    }

    /// The documents the loaded events' reports come from.
    mutating func addReportDocuments(detail: MemberDetail) throws {
        let events = pendingReports
        pendingReports = []
        for event in events {
            try addMembers(sql: "SELECT document_id FROM fused_event_reports WHERE event = ? ORDER BY document_id", arguments: [.int(event)],
                           detail: detail)
        }
    }

    /// The documents whose store ids the query gives.
    mutating func addMembers(sql: String, arguments: [SQLValue], detail: MemberDetail) throws {
        for id in try db.ints(sql, arguments) {
            try addMember(id, detail: detail)
        }
    }

    /// One document by its store id, unless it is loaded already (in as much detail).
    mutating func addMember(_ id: Int64, detail: MemberDetail) throws {
        if let had = memberDetail[id], had == .content || had == detail { return }
        let content = detail == .content
        guard let row = try db.rows("""
            SELECT d.id, d.key, d.source, d.format, d.title, d.outlet, d.published, d.published_source, d.published_time,
                d.authors, d.url, d.section, d.credits, d.raw_hash, d.content_hash, d.ingested_at, NULL AS analyzer_version,
                \(content ? "d.text, d.blocks, a.json" : "'' AS text, '[]' AS blocks, NULL") AS analysis,
                m.component, m.fusion_id, m.inferred_date, m.reresolved_analysis, m.entity_index, m.reprint_group
            FROM fusion_members m JOIN documents d ON d.id = m.document_id
            LEFT JOIN analyses a ON a.document_id = m.document_id
            WHERE m.document_id = ?
            """, [.int(id)]).first else { return }
        var article = try StoredDocument(row: row).article
        var analysis = try row.optionalText("analysis").map {
            try JSONColumn.decode(ArticleAnalysis.self, $0, column: "analysis", document: id)
        } ?? ArticleAnalysis()
        // Fusion's view: the estimated date applied, relative dates read again under it.
        if let text = try row.optionalText("inferred_date") {
            let estimate = try JSONColumn.decode(InferredDate.self, text, column: "inferred_date", document: id)
            article.metadata.published = estimate.date
            article.metadata.publishedSource = .inferred
            if let reread = try row.optionalText("reresolved_analysis") {
                // Listing it, the commands ask only whether its dates rest on the estimate (its time
                // expressions): the rest of a whole analysis is not decoded.
                analysis = content ? try JSONColumn.decode(ArticleAnalysis.self, reread, column: "reresolved_analysis", document: id)
                    : ArticleAnalysis(times: try JSONColumn.decode(TimesOnly.self, reread, column: "reresolved_analysis", document: id).times)
            }
        }
        let fusionID = try row.text("fusion_id")
        article.id = fusionID
        let member = FusedSlice.Member(
            storeID: id, component: try row.int("component"), fusionID: fusionID, article: article, analysis: analysis,
            entityIndex: try JSONColumn.decode([String: String].self, row.text("entity_index"), column: "entity_index", document: id),
            reprintGroup: try row.optionalText("reprint_group"))
        if memberDetail[id] != nil { slice.members.removeAll { $0.storeID == id } }
        memberDetail[id] = detail
        slice.members.append(member)
    }
}

/// The time expressions of a stored analysis, read without the rest of it.
private struct TimesOnly: Decodable {
    var times: [TimeExpression]
}

/// What the fused record holds, counted, and the ids a benchmark asks about.
public struct FusedRecordCensus: Sendable {
    public var stories = 0, entities = 0, people = 0, events = 0, conflicts = 0
    /// Every story's number.
    public var storyNumbers: [Int64] = []
    /// The ids of the people and organisations (each once, however many neighbourhoods hold it).
    public var actorKeys: [String] = []
}

extension ReadsFusedRecord {
    /// Reads every story number and actor id: for `readout bench`, never for a command.
    public func fusedRecordCensus() throws -> FusedRecordCensus {
        do {
            return try withRecordReader { db in
                var census = FusedRecordCensus()
                func count(_ sql: String) throws -> Int { Int(try db.int(sql) ?? 0) }
                census.entities = try count("SELECT count(*) FROM fused_entities")
                census.people = try count("SELECT count(*) FROM fused_entities WHERE type = 'PERSON'")
                census.events = try count("SELECT count(*) FROM fused_events")
                census.conflicts = try count("SELECT count(*) FROM fused_conflicts")
                census.storyNumbers = try db.ints("SELECT number FROM stories ORDER BY number")
                census.stories = census.storyNumbers.count
                census.actorKeys = try db.texts("""
                    SELECT DISTINCT entity_key FROM fused_entities WHERE type IN ('PERSON', 'ORG') ORDER BY entity_key
                    """)
                return census
            }
        }
    }
}
