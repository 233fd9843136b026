// One neighbourhood's fused record as rows of the "v2-fusion" and "v3-fused-queries" tables, and
// its removal. In: the neighbourhood's component id (its smallest document id) and what
// NeighbourhoodFusion made of it. Out: rows — members with their estimated dates, entity indexes
// and reprint groups; global entities with every name's folded key and words (lookup by index,
// never by scan); fused events with a key per (type, participant, month), a row per report and,
// undated, when first reported; conflicts; stories with their number, documents and comparison;
// and what `actor` pages through: each entity's documents, the events it takes part in (in
// timeline order) and the quotations attributed to it.
// Each value is also kept whole as JSON, in fusion's own terms (its document ids are the members'
// fusion_id), so what the commands show is exactly what fusion made.
import GRDB
import ReadoutCore
import ReadoutFusion

struct FusedRows {
    let component: Int64
    let fused: NeighbourhoodFusion.Fused

    /// Removes every fused row of these neighbourhoods (reports, keys, names and story documents go
    /// with their parents through ON DELETE CASCADE).
    static func delete(components: [Int64], in db: Database) throws {
        let marks = databaseQuestionMarks(count: components.count)
        for table in ["fused_entities", "fused_events", "fused_conflicts", "stories", "fusion_members"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE component IN (\(marks))", arguments: StatementArguments(components))
        }
    }

    func insert(into db: Database) throws {
        let result = fused.result
        var storeIDs: [String: Int64] = [:]
        for (storeID, fusionID) in fused.fusionIDs { storeIDs[fusionID] = storeID }
        try insertMembers(result, into: db)
        var entityRows: [String: Int64] = [:]
        for entity in result.entities {
            try db.cachedStatement(sql: """
                INSERT INTO fused_entities (component, entity_key, type, name, document_count, json) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [component, entity.id, entity.type.rawValue, entity.name, entity.documents.count,
                                         try JSONColumn.encode(entity)])
            let row = db.lastInsertedRowID
            entityRows[entity.id] = row
            for document in entity.documents {
                guard let storeID = storeIDs[document] else { continue }
                try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO fused_entity_documents (entity_key, document_id, entity) VALUES (?, ?, ?)
                    """).execute(arguments: [entity.id, storeID, row])
            }
            for key in Set(entity.names.map(FusionLinks.nameKey)) where !key.isEmpty {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO fused_entity_names (name_key, entity) VALUES (?, ?)")
                    .execute(arguments: [key, row])
            }
            for word in Set(entity.names.flatMap(FusionLinks.searchWords)) {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO fused_entity_words (word, entity) VALUES (?, ?)")
                    .execute(arguments: [word, row])
            }
        }
        var eventRows: [String: Int64] = [:]
        let published = Dictionary(result.documents.map { ($0.article.id, $0.article.metadata.published) },
                                   uniquingKeysWith: { a, _ in a })
        for event in result.events {
            // The timeline puts undated events last, by when they were first reported ("9999": never dated).
            let firstReported = event.date != nil ? nil : event.documents.compactMap { published[$0] ?? nil }.min() ?? "9999"
            try db.cachedStatement(sql: """
                INSERT INTO fused_events (component, event_key, type, date, location, corroboration, json, first_reported)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [component, event.id, event.type.rawValue, event.date, event.location,
                                         event.corroboration, try JSONColumn.encode(event), firstReported])
            let row = db.lastInsertedRowID
            eventRows[event.id] = row
            for key in Set(event.participantIDs) {
                try db.cachedStatement(sql: """
                    INSERT INTO fused_event_participants (entity_key, undated, date, first_reported, corroboration, event_key, event)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [key, event.date == nil, event.date, firstReported, event.corroboration, event.key, row])
            }
            let month = event.date.map { String($0.prefix(7)) } ?? ""
            for key in Set(event.participants.map(FusionLinks.nameKey)) where !key.isEmpty {
                try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO fused_event_keys (type, participant_key, month, event) VALUES (?, ?, ?, ?)
                    """).execute(arguments: [event.type.rawValue, key, month, row])
            }
            for report in event.reports {
                guard let document = storeIDs[report.document] else { continue }
                try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO fused_event_reports (event, document_id, local_event_id) VALUES (?, ?, ?)
                    """).execute(arguments: [row, document, report.event.id])
            }
        }
        for conflict in result.conflicts {
            guard let event = eventRows[conflict.eventID] else { continue }
            try db.cachedStatement(sql: """
                INSERT INTO fused_conflicts (component, event, field, scope, json) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [component, event, conflict.field.rawValue, conflict.scope.rawValue,
                                         try JSONColumn.encode(conflict)])
        }
        try insertQuotes(result, speakers: entityRows, storeIDs: storeIDs, into: db)
        let comparisons = Dictionary(result.comparisons.map { ($0.story, $0) }, uniquingKeysWith: { a, _ in a })
        for story in result.stories {
            // Its number, and so its id everywhere ("story-12"): its first stored document's id.
            let number = story.documents.compactMap { storeIDs[$0] }.min() ?? component
            try db.cachedStatement(sql: """
                INSERT INTO stories (component, story_key, title, first_published, last_published, document_count, json,
                    number, comparison)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [component, story.id, story.title, story.firstPublished, story.lastPublished,
                                         story.documents.count, try JSONColumn.encode(story), number,
                                         try comparisons[story.id].map(JSONColumn.encode)])
            let row = db.lastInsertedRowID
            for id in story.documents {
                guard let document = storeIDs[id] else { continue }
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_documents (story, document_id) VALUES (?, ?)")
                    .execute(arguments: [row, document])
            }
        }
    }

    /// Each quotation whose speaker is one of the neighbourhood's entities, under that entity's id and
    /// its words folded (the same words in several articles are one line of `actor`), in the order
    /// of its document and its place there.
    private func insertQuotes(_ result: FusionResult, speakers: [String: Int64], storeIDs: [String: Int64],
                              into db: Database) throws {
        for document in result.documents {
            let fusionID = document.article.id
            guard let storeID = storeIDs[fusionID] else { continue }
            for (position, quote) in document.analysis.quotes.enumerated() {
                guard let speaker = quote.speakerEntity.flatMap({ result.globalEntityID(document: fusionID, name: $0) })
                        ?? quote.speaker.flatMap({ result.globalEntityID(document: fusionID, name: $0) }),
                      let row = speakers[speaker] else { continue }
                try db.cachedStatement(sql: """
                    INSERT INTO fused_quotes (entity_key, quote_key, document_id, position, text, entity) VALUES (?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [speaker, FusionLinks.searchWords(quote.text).joined(separator: " "), storeID, position,
                                             quote.text, row])
            }
        }
    }

    /// Each member's fusion id, publication date (estimated ones with their reasons and the analysis
    /// re-read under them) and the index from its own entity names to global entities.
    private func insertMembers(_ result: FusionResult, into db: Database) throws {
        let inferred = Dictionary(result.inferredDates.map { ($0.document, $0) }, uniquingKeysWith: { a, _ in a })
        let documents = Dictionary(result.documents.map { ($0.article.id, $0) }, uniquingKeysWith: { a, _ in a })
        var reprintGroup: [String: String] = [:]
        for group in result.reprints { for id in group { reprintGroup[id] = group[0] } }
        for storeID in fused.order {
            guard let fusionID = fused.fusionIDs[storeID] else { continue }
            let estimate = inferred[fusionID]
            let document = documents[fusionID]
            try db.cachedStatement(sql: """
                INSERT INTO fusion_members (document_id, component, fusion_id, published, inferred_date,
                    reresolved_analysis, entity_index, reprint_group)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    storeID, component, fusionID, document?.article.metadata.published,
                    try estimate.map(JSONColumn.encode), try estimate == nil ? nil : document.map { try JSONColumn.encode($0.analysis) },
                    try JSONColumn.encode(result.entityIndex[fusionID] ?? [:]), reprintGroup[fusionID],
                ])
        }
    }
}
