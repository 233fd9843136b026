// One page of what the fused record says about an actor (`readout actor`), read through the indexes
// of "v5-actor-pages": the documents naming it, the events it takes part in and the quotations
// attributed to it, each list from `offset`, at most `limit` of it, with how many there are in all;
// and the actors it appears with, counted from index rows alone, in its latest `appearsWithSample`
// documents at most (the page says so when there were more). An organisation named in thousands
// of articles costs the same as a person named in two: nothing beyond the page is decoded.
// In: an entity id, the page, how many related actors to name. Out: an ActorPage.
// Written once against RecordReader (SQLite and PostgreSQL alike).
import Foundation
import ReadoutCore
import ReadoutFusion

public struct ActorPage: Sendable {
    /// A line of quotations: the same words in one or several documents (a wire story's quote may be
    /// in hundreds: they are cited by id and outlet, not loaded).
    public struct QuoteLine: Sendable {
        public var text: String
        /// The documents' fusion ids, in storage order.
        public var documents: [String]
        /// Each document's outlet, nil where it names none.
        public var outlets: [String?]
    }

    /// An actor sharing documents or events with this one.
    public struct Relation: Sendable {
        public var key: String
        public var name: String
        public var type: EntityType
        public var sharedDocuments: Int
        public var sharedEvents: Int
    }

    /// The entity's rows (one per neighbourhood naming it, the largest `headerRows`), the page's events
    /// with their conflicts and documents, and the documents of the page (metadata only).
    public var slice = FusedSlice()
    /// Store ids of the page of documents naming the actor, in storage order.
    public var documents: [Int64] = []
    public var quotes: [QuoteLine] = []
    public var related: [Relation] = []
    public var documentTotal = 0, eventTotal = 0, quoteTotal = 0, relatedTotal = 0
    /// When the actor is named in more documents than the sample: how many of them (its latest)
    /// `related` and `relatedTotal` were counted in. Nil: counted in all of them.
    public var relatedCountedIn: Int?
}

/// Who an actor appears with is counted in at most this many of its documents, the latest stored,
/// and the events they report. Counting in all of them costs what the actor is named in: an
/// organisation in a tenth of 100,000 articles took 0.3 s, a country in two fifths 1.1 s.
public let appearsWithSample = 500

/// Names, roles and country come from this many of an actor's rows, those of the neighbourhoods
/// naming it most: an organisation is fused in every neighbourhood that names it.
public let actorHeaderRows = 100

extension SQLiteStore {
    public static var actorHeaderRows: Int { ReadoutStore.actorHeaderRows }
}

extension ReadsFusedRecord {
    /// `sample`: how many of the actor's documents (its latest) who it appears with is counted in.
    public func actorPage(key: String, limit: Int, offset: Int, related: Int,
                          sample: Int = appearsWithSample) throws -> ActorPage {
        var page = ActorPage()
        // Filled by the read below, then put into the page with the slice it gives.
        var lists = ActorPage()
        let slice = try readSlice { loader in
            var page = ActorPage()
            defer { lists = page }
            let db = loader.db
            // The largest rows picked from the index alone (fused_entities_key holds their sizes), then
            // only those read: an actor fused in thousands of neighbourhoods is not read row by row.
            for row in try db.rows("""
                SELECT * FROM fused_entities WHERE id IN (
                    SELECT id FROM fused_entities WHERE entity_key = ? ORDER BY document_count DESC, component LIMIT ?)
                ORDER BY document_count DESC, component
                """, [.text(key), SQLValue(actorHeaderRows)]) {
                try loader.addEntity(row)
            }
            page.documentTotal = Int(try db.int("SELECT documents FROM fused_entity_totals WHERE entity_key = ?", [.text(key)]) ?? 0)
            page.documents = try db.ints("""
                SELECT DISTINCT document_id FROM fused_entity_documents WHERE entity_key = ? ORDER BY document_id LIMIT ? OFFSET ?
                """, [.text(key), limitValue(limit), SQLValue(offset)])
            for id in page.documents {
                try loader.addMember(id, detail: .metadata)
            }

            page.eventTotal = Int(try db.int("SELECT count(*) FROM fused_event_participants WHERE entity_key = ?", [.text(key)]) ?? 0)
            try loader.addEvents(sql: """
                SELECT e.* FROM fused_event_participants p JOIN fused_events e ON e.id = p.event WHERE p.entity_key = ?
                ORDER BY p.undated, p.date, p.first_reported, p.corroboration DESC, p.event_key LIMIT ? OFFSET ?
                """, arguments: [.text(key), limitValue(limit), SQLValue(offset)])
            try loader.addReportDocuments(detail: .metadata)

            page.quoteTotal = Int(try db.int("SELECT count(DISTINCT quote_key) FROM fused_quotes WHERE entity_key = ?", [.text(key)]) ?? 0)
            // A line comes where its words are first quoted: the first document, the first place in it.
            let lines = try db.texts("""
                SELECT quote_key FROM fused_quotes WHERE entity_key = ? GROUP BY quote_key
                ORDER BY min(document_id * 1048576 + position), quote_key LIMIT ? OFFSET ?
                """, [.text(key), limitValue(limit), SQLValue(offset)])
            for line in lines {
                let rows = try db.rows("""
                    SELECT q.document_id, q.text, m.fusion_id, d.outlet FROM fused_quotes q
                    JOIN fusion_members m ON m.document_id = q.document_id JOIN documents d ON d.id = q.document_id
                    WHERE q.entity_key = ? AND q.quote_key = ? ORDER BY q.document_id, q.position
                    """, [.text(key), .text(line)])
                guard let first = rows.first else { continue }
                var quote = ActorPage.QuoteLine(text: try first.text("text"), documents: [], outlets: [])
                var seen = Set<Int64>()
                for row in rows where seen.insert(try row.int("document_id")).inserted {
                    quote.documents.append(try row.text("fusion_id"))
                    let outlet = try row.optionalText("outlet")?.trimmingCharacters(in: .whitespaces) ?? ""
                    quote.outlets.append(outlet.isEmpty ? nil : outlet)
                }
                page.quotes.append(quote)
            }
            let sampled = page.documentTotal > sample
            (page.related, page.relatedTotal) = try Self.relations(of: key, limit: related, sample: sampled ? sample : nil, in: db)
            page.relatedCountedIn = sampled ? sample : nil
            return true
        }!
        page = lists
        page.slice = slice
        return page
    }

    /// People and organisations sharing the actor's documents or events, closest first: more events
    /// together, then more documents, then by id. With a `sample`: only in the actor's latest `sample`
    /// documents and the events those report (the actor among their participants).
    private static func relations(of key: String, limit: Int, sample: Int?,
                                  in db: any RecordReader) throws -> ([ActorPage.Relation], Int) {
        var types: [String: EntityType] = [:]
        /// Per other person or organisation, how many of `mine` (a document or an event, as `column`)
        /// it shares with the actor: `mine` is a query of the actor's rows of `table` with that column.
        func shared(in table: String, by column: String, mine: String, _ arguments: [SQLValue]) throws -> [String: Int] {
            var counts: [String: Int] = [:]
            for row in try db.rows("""
                SELECT o.entity_key AS other, t.type AS type, count(DISTINCT o.\(column)) AS shared
                FROM (\(mine)) mine JOIN \(table) o ON o.\(column) = mine.\(column)
                JOIN fused_entity_totals t ON t.entity_key = o.entity_key
                WHERE o.entity_key != ? AND t.type IN ('PERSON', 'ORG')
                GROUP BY o.entity_key, t.type
                """, arguments + [.text(key)]) {
                counts[try row.text("other")] = Int(try row.int("shared"))
                types[try row.text("other")] = EntityType(rawValue: try row.text("type"))
            }
            return counts
        }
        let latest = """
            SELECT DISTINCT document_id FROM fused_entity_documents WHERE entity_key = ? ORDER BY document_id DESC LIMIT ?
            """
        let documents: [String: Int], events: [String: Int]
        if let sample {
            documents = try shared(in: "fused_entity_documents", by: "document_id", mine: latest,
                                   [.text(key), SQLValue(sample)])
            // EXISTS, not a join: joined, SQLite walked all the actor's events for each document.
            events = try shared(in: "fused_event_participants", by: "event", mine: """
                SELECT DISTINCT r.event FROM (\(latest)) d JOIN fused_event_reports r ON r.document_id = d.document_id
                WHERE EXISTS (SELECT 1 FROM fused_event_participants p WHERE p.event = r.event AND p.entity_key = ?)
                """, [.text(key), SQLValue(sample), .text(key)])
        } else {
            documents = try shared(in: "fused_entity_documents", by: "document_id",
                                   mine: "SELECT document_id FROM fused_entity_documents WHERE entity_key = ?", [.text(key)])
            events = try shared(in: "fused_event_participants", by: "event",
                                mine: "SELECT event FROM fused_event_participants WHERE entity_key = ?", [.text(key)])
        }
        let ranked = types.keys.map { ($0, events[$0] ?? 0, documents[$0] ?? 0) }.sorted { a, b in
            (a.1, a.2) != (b.1, b.2) ? (a.1, a.2) > (b.1, b.2) : a.0 < b.0
        }
        var relations: [ActorPage.Relation] = []
        for (other, sharedEvents, sharedDocuments) in ranked.prefix(max(0, limit)) {
            guard let type = types[other] else { continue }
            let name = try db.text("""
                SELECT name FROM fused_entities WHERE id = (
                    SELECT id FROM fused_entities WHERE entity_key = ? ORDER BY document_count DESC, component LIMIT 1)
                """, [.text(other)]) ?? other
            relations.append(ActorPage.Relation(key: other, name: name, type: type, sharedDocuments: sharedDocuments,
                                                sharedEvents: sharedEvents))
        }
        return (relations, ranked.count)
    }
}
