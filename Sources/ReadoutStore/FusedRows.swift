// One neighbourhood's fused record as rows of the "v2-fusion" and "v3-fused-queries" tables, and
// its removal. In: the neighbourhood's component id (its smallest document id) and what
// NeighbourhoodFusion made of it. Out: rows — members with their estimated dates, entity indexes
// and reprint groups; global entities with the words of every name (lookup by index, never by
// scan); fused events with a row per report and, undated, when first reported; conflicts; stories
// with their number, documents and comparison;
// and what `actor` pages through: each entity's documents, the events it takes part in (in
// timeline order) and the quotations attributed to it.
// Each value is also kept whole as JSON, in fusion's own terms (its document ids are the members'
// fusion_id), so what the commands show is exactly what fusion made.
// Written against FusionTables, so SQLite and PostgreSQL store exactly the same rows.
import ReadoutCore
import ReadoutFusion

struct FusedRows {
    let component: Int64
    let fused: NeighbourhoodFusion.Fused

    func insert(into db: some FusionTables) throws {
        let result = fused.result
        var storeIDs: [String: Int64] = [:]
        for (storeID, fusionID) in fused.fusionIDs { storeIDs[fusionID] = storeID }
        try insertMembers(result, into: db)
        var entityRows: [String: Int64] = [:]
        for entity in result.entities {
            let row = try db.insert(.entities, [.int(component), .text(entity.id), .text(entity.type.rawValue),
                                                .text(entity.name), SQLValue(entity.documents.count),
                                                .text(try JSONColumn.encode(entity))])
            entityRows[entity.id] = row
            for document in entity.documents {
                guard let storeID = storeIDs[document] else { continue }
                try db.insert(.entityDocuments, [.text(entity.id), .int(storeID), .int(row)])
            }
            for word in Set(entity.names.flatMap(FusionLinks.searchWords)) {
                try db.insert(.entityWords, [.text(word), .int(row)])
            }
        }
        var eventRows: [String: Int64] = [:]
        let published = Dictionary(result.documents.map { ($0.article.id, $0.article.metadata.published) },
                                   uniquingKeysWith: { a, _ in a })
        for event in result.events {
            // The timeline puts undated events last, by when they were first reported ("9999": never dated).
            let firstReported = event.date != nil ? nil : event.documents.compactMap { published[$0] ?? nil }.min() ?? "9999"
            let row = try db.insert(.events, [.int(component), .text(event.id), .text(event.type.rawValue), SQLValue(event.date),
                                              SQLValue(event.location), SQLValue(event.corroboration),
                                              .text(try JSONColumn.encode(event)), SQLValue(firstReported)])
            eventRows[event.id] = row
            for key in Set(event.participantIDs) {
                try db.insert(.eventParticipants, [.text(key), .bool(event.date == nil), SQLValue(event.date),
                                                   SQLValue(firstReported), SQLValue(event.corroboration), .text(event.key), .int(row)])
            }
            for report in event.reports {
                guard let document = storeIDs[report.document] else { continue }
                try db.insert(.eventReports, [.int(row), .int(document), .text(report.event.id)])
            }
        }
        for conflict in result.conflicts {
            guard let event = eventRows[conflict.eventID] else { continue }
            try db.insert(.conflicts, [.int(component), .int(event), .text(conflict.field.rawValue), .text(conflict.scope.rawValue),
                                       .text(try JSONColumn.encode(conflict))])
        }
        try insertQuotes(result, speakers: entityRows, storeIDs: storeIDs, into: db)
        let comparisons = Dictionary(result.comparisons.map { ($0.story, $0) }, uniquingKeysWith: { a, _ in a })
        for story in result.stories {
            // Its number, and so its id everywhere ("story-12"): its first stored document's id.
            let number = story.documents.compactMap { storeIDs[$0] }.min() ?? component
            let row = try db.insert(.stories, [.int(component), .text(story.id), .text(story.title), SQLValue(story.firstPublished),
                                               SQLValue(story.lastPublished), SQLValue(story.documents.count),
                                               .text(try JSONColumn.encode(story)), .int(number),
                                               SQLValue(try comparisons[story.id].map(JSONColumn.encode))])
            for id in story.documents {
                guard let document = storeIDs[id] else { continue }
                try db.insert(.storyDocuments, [.int(row), .int(document)])
            }
        }
    }

    /// Each quotation whose speaker is one of the neighbourhood's entities, under that entity's id and
    /// its words folded (the same words in several articles are one line of `actor`), in the order
    /// of its document and its place there.
    private func insertQuotes(_ result: FusionResult, speakers: [String: Int64], storeIDs: [String: Int64],
                              into db: some FusionTables) throws {
        for document in result.documents {
            let fusionID = document.article.id
            guard let storeID = storeIDs[fusionID] else { continue }
            for (position, quote) in document.analysis.quotes.enumerated() {
                guard let speaker = quote.speakerEntity.flatMap({ result.globalEntityID(document: fusionID, name: $0) })
                        ?? quote.speaker.flatMap({ result.globalEntityID(document: fusionID, name: $0) }),
                      let row = speakers[speaker] else { continue }
                try db.insert(.quotes, [.text(speaker), .text(FusionLinks.searchWords(quote.text).joined(separator: " ")),
                                        .int(storeID), SQLValue(position), .text(quote.text), .int(row)])
            }
        }
    }

    /// Each member's fusion id, publication date (estimated ones with their reasons and the analysis
    /// re-read under them) and the index from its own entity names to global entities.
    private func insertMembers(_ result: FusionResult, into db: some FusionTables) throws {
        let inferred = Dictionary(result.inferredDates.map { ($0.document, $0) }, uniquingKeysWith: { a, _ in a })
        let documents = Dictionary(result.documents.map { ($0.article.id, $0) }, uniquingKeysWith: { a, _ in a })
        var reprintGroup: [String: String] = [:]
        for group in result.reprints { for id in group { reprintGroup[id] = group[0] } }
        for storeID in fused.order {
            guard let fusionID = fused.fusionIDs[storeID] else { continue }
            let estimate = inferred[fusionID]
            let document = documents[fusionID]
            try db.insert(.members, [
                .int(storeID), .int(component), .text(fusionID), SQLValue(document?.article.metadata.published),
                SQLValue(try estimate.map(JSONColumn.encode)),
                SQLValue(try estimate == nil ? nil : document.map { try JSONColumn.encode($0.analysis) }),
                .text(try JSONColumn.encode(result.entityIndex[fusionID] ?? [:])), SQLValue(reprintGroup[fusionID]),
            ])
        }
    }
}
