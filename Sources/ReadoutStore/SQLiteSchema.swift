// The SQLite schema as named, append-only migrations. Never edit a registered
// migration: databases in the field have already run it. Add a new one instead.
import GRDB

enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1-documents") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL,
                    source TEXT NOT NULL,
                    format TEXT NOT NULL,
                    title TEXT,
                    outlet TEXT,
                    published TEXT,
                    published_source TEXT,
                    published_time TEXT,
                    authors TEXT NOT NULL DEFAULT '[]',
                    url TEXT,
                    section TEXT,
                    credits TEXT NOT NULL DEFAULT '[]',
                    raw_hash TEXT NOT NULL,
                    content_hash TEXT NOT NULL UNIQUE,
                    text TEXT NOT NULL,
                    blocks TEXT NOT NULL DEFAULT '[]',
                    word_count INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX documents_key ON documents(key);
                CREATE INDEX documents_published ON documents(published);
                CREATE INDEX documents_outlet ON documents(outlet);
                """)
        }

        // External-content FTS5 index over title + text, kept in sync by triggers so
        // every writer (this program or a later one) updates it in the same transaction.
        // Porter stemming lets "meeting" find "meet" and "talks" find "talk".
        migrator.registerMigration("v1-fts") { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE documents_fts USING fts5(
                    title, text,
                    content='documents', content_rowid='id',
                    tokenize='porter unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
                END;
                CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                    INSERT INTO documents_fts(documents_fts, rowid, title, text)
                        VALUES ('delete', old.id, old.title, old.text);
                END;
                CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
                    INSERT INTO documents_fts(documents_fts, rowid, title, text)
                        VALUES ('delete', old.id, old.title, old.text);
                    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
                END;
                INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
                """)
        }

        // The whole ArticleAnalysis as JSON (the record of truth), one row per document.
        migrator.registerMigration("v1-analysis") { db in
            try db.execute(sql: """
                CREATE TABLE analyses (
                    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                    analyzer_version TEXT NOT NULL,
                    json TEXT NOT NULL,
                    analyzed_at TEXT NOT NULL
                );
                """)
        }

        // Flat copies of the analysis for queries across documents (actors, events, quotes).
        // Derived from analyses.json. Never read; no longer written, and dropped by v9-drop-flat-facts.
        migrator.registerMigration("v1-facts") { db in
            try db.execute(sql: """
                CREATE TABLE entities (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    entity_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    country TEXT,
                    roles TEXT NOT NULL DEFAULT '[]',
                    aliases TEXT NOT NULL DEFAULT '[]',
                    mention_count INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX entities_document ON entities(document_id);
                CREATE INDEX entities_name ON entities(name);
                CREATE TABLE events (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    event_id TEXT NOT NULL,
                    type TEXT NOT NULL,
                    status TEXT NOT NULL,
                    mode TEXT,
                    date TEXT,
                    date_text TEXT,
                    location TEXT,
                    participants TEXT NOT NULL DEFAULT '[]',
                    topics TEXT NOT NULL DEFAULT '[]',
                    evidence TEXT NOT NULL,
                    evidence_start INTEGER NOT NULL,
                    evidence_end INTEGER NOT NULL
                );
                CREATE INDEX events_document ON events(document_id);
                CREATE INDEX events_type_date ON events(type, date);
                CREATE TABLE quotes (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    speaker TEXT,
                    speaker_entity TEXT,
                    text TEXT NOT NULL,
                    span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL
                );
                CREATE INDEX quotes_document ON quotes(document_id);
                CREATE INDEX quotes_speaker ON quotes(speaker);
                """)
        }

        // The fused record (FusedRecord.swift): what fusion makes of the stored analyses, kept up to date
        // as articles arrive. Fusion works on neighbourhoods: documents tied by a link key (FusionLinks),
        // each fused on its own; `component` names a neighbourhood by its smallest document id. Every
        // fused row belongs to one, so a neighbourhood is replaced as a whole when a new article joins it.
        // Documents stored before this migration wait in fusion_pending for the next ingest or `readout fuse`.
        migrator.registerMigration("v2-fusion") { db in
            try db.execute(sql: """
                CREATE TABLE fusion_pending (
                    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
                );
                INSERT INTO fusion_pending (document_id) SELECT id FROM documents;
                CREATE TABLE fusion_links (
                    key TEXT NOT NULL,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    PRIMARY KEY (key, document_id)
                ) WITHOUT ROWID;
                CREATE INDEX fusion_links_document ON fusion_links(document_id);
                CREATE TABLE fusion_members (
                    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                    component INTEGER NOT NULL,
                    fusion_id TEXT NOT NULL,
                    published TEXT,
                    inferred_date TEXT,
                    reresolved_analysis TEXT,
                    entity_index TEXT NOT NULL DEFAULT '{}'
                );
                CREATE INDEX fusion_members_component ON fusion_members(component);
                CREATE TABLE fused_entities (
                    id INTEGER PRIMARY KEY,
                    component INTEGER NOT NULL,
                    entity_key TEXT NOT NULL,
                    type TEXT NOT NULL,
                    name TEXT NOT NULL,
                    document_count INTEGER NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX fused_entities_component ON fused_entities(component);
                CREATE TABLE fused_entity_names (
                    name_key TEXT NOT NULL,
                    entity INTEGER NOT NULL REFERENCES fused_entities(id) ON DELETE CASCADE,
                    PRIMARY KEY (name_key, entity)
                ) WITHOUT ROWID;
                CREATE INDEX fused_entity_names_entity ON fused_entity_names(entity);
                CREATE TABLE fused_events (
                    id INTEGER PRIMARY KEY,
                    component INTEGER NOT NULL,
                    event_key TEXT NOT NULL,
                    type TEXT NOT NULL,
                    date TEXT,
                    location TEXT,
                    corroboration INTEGER NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX fused_events_component ON fused_events(component);
                CREATE INDEX fused_events_date ON fused_events(date);
                CREATE TABLE fused_event_keys (
                    type TEXT NOT NULL,
                    participant_key TEXT NOT NULL,
                    month TEXT NOT NULL,
                    event INTEGER NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
                    PRIMARY KEY (type, participant_key, month, event)
                ) WITHOUT ROWID;
                CREATE INDEX fused_event_keys_event ON fused_event_keys(event);
                CREATE TABLE fused_event_reports (
                    event INTEGER NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    local_event_id TEXT NOT NULL,
                    PRIMARY KEY (event, document_id, local_event_id)
                ) WITHOUT ROWID;
                CREATE INDEX fused_event_reports_document ON fused_event_reports(document_id);
                CREATE TABLE fused_conflicts (
                    id INTEGER PRIMARY KEY,
                    component INTEGER NOT NULL,
                    event INTEGER NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
                    field TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX fused_conflicts_component ON fused_conflicts(component);
                CREATE INDEX fused_conflicts_event ON fused_conflicts(event);
                CREATE TABLE stories (
                    id INTEGER PRIMARY KEY,
                    component INTEGER NOT NULL,
                    story_key TEXT NOT NULL,
                    title TEXT NOT NULL,
                    first_published TEXT,
                    last_published TEXT,
                    document_count INTEGER NOT NULL,
                    json TEXT NOT NULL
                );
                CREATE INDEX stories_component ON stories(component);
                CREATE INDEX stories_last_published ON stories(last_published);
                CREATE TABLE story_documents (
                    story INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    PRIMARY KEY (story, document_id)
                ) WITHOUT ROWID;
                CREATE INDEX story_documents_document ON story_documents(document_id);
                """)
        }

        // The commands read the fused record through these (FusedQueries.swift), never the whole store:
        // a story's number is its smallest document id (unique, and kept as the story grows), its
        // source comparison is stored with it, an undated event keeps the date it was first reported
        // (the timeline's order), a member its reprint group, and names are indexed word by word
        // ("sanchez" finds "Pedro Sánchez"). Triggers keep how many documents name each entity id in
        // all neighbourhoods together ("org:united-nations" is fused in many), which ranks a story's
        // entities against the whole store without summing thousands of rows. The new columns are
        // filled by fusing every document again.
        migrator.registerMigration("v3-fused-queries") { db in
            try db.execute(sql: """
                ALTER TABLE stories ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE stories ADD COLUMN comparison TEXT;
                CREATE INDEX stories_number ON stories(number, document_count);
                CREATE INDEX stories_size ON stories(document_count);
                CREATE INDEX stories_component_key ON stories(component, story_key);
                ALTER TABLE fused_events ADD COLUMN first_reported TEXT;
                CREATE INDEX fused_events_order ON fused_events(date IS NULL, date, first_reported, corroboration DESC, event_key);
                CREATE INDEX fused_events_component_key ON fused_events(component, event_key);
                CREATE INDEX fused_event_keys_participant ON fused_event_keys(participant_key);
                CREATE INDEX fused_entities_key ON fused_entities(entity_key, component);
                CREATE TABLE fused_entity_words (
                    word TEXT NOT NULL,
                    entity INTEGER NOT NULL REFERENCES fused_entities(id) ON DELETE CASCADE,
                    PRIMARY KEY (word, entity)
                ) WITHOUT ROWID;
                CREATE INDEX fused_entity_words_entity ON fused_entity_words(entity);
                CREATE TABLE fused_entity_totals (
                    entity_key TEXT PRIMARY KEY,
                    type TEXT NOT NULL,
                    documents INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TRIGGER fused_entity_totals_insert AFTER INSERT ON fused_entities BEGIN
                    INSERT INTO fused_entity_totals (entity_key, type, documents) VALUES (new.entity_key, new.type, new.document_count)
                        ON CONFLICT (entity_key) DO UPDATE SET documents = documents + new.document_count;
                END;
                CREATE TRIGGER fused_entity_totals_delete AFTER DELETE ON fused_entities BEGIN
                    UPDATE fused_entity_totals SET documents = documents - old.document_count WHERE entity_key = old.entity_key;
                END;
                ALTER TABLE fusion_members ADD COLUMN reprint_group TEXT;
                CREATE INDEX fusion_members_fusion_id ON fusion_members(component, fusion_id);
                DELETE FROM fused_entities; DELETE FROM fused_events; DELETE FROM stories;
                DELETE FROM fusion_members; DELETE FROM fusion_links;
                INSERT OR IGNORE INTO fusion_pending (document_id) SELECT id FROM documents;
                """)
        }

        // Every key a document may be linked by (NeighbourhoodLinks), counted to tell the common
        // ones; fusion_links holds those it is linked by. The record is fused again so that a key
        // already too common ties nothing.
        migrator.registerMigration("v4-common-link-keys") { db in
            try db.execute(sql: """
                CREATE TABLE fusion_keys (
                    key TEXT NOT NULL,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    PRIMARY KEY (key, document_id)
                ) WITHOUT ROWID;
                CREATE INDEX fusion_keys_document ON fusion_keys(document_id);
                DELETE FROM fused_entities; DELETE FROM fused_events; DELETE FROM fused_conflicts; DELETE FROM stories;
                DELETE FROM fusion_members; DELETE FROM fusion_links;
                INSERT OR IGNORE INTO fusion_pending (document_id) SELECT id FROM documents;
                """)
        }

        // What `actor` pages through, read in the order shown and no further than the page: the
        // documents naming each entity, the events it takes part in (by entity id, in timeline order:
        // undated last by when first reported, the more widely reported first, then by key), and the
        // quotations attributed to it with their words folded (one line for the same words in several
        // articles). Each row goes with its fused entity or event. The record is fused again to fill them.
        migrator.registerMigration("v5-actor-pages") { db in
            try db.execute(sql: """
                CREATE TABLE fused_entity_documents (
                    entity_key TEXT NOT NULL,
                    document_id INTEGER NOT NULL,
                    entity INTEGER NOT NULL REFERENCES fused_entities(id) ON DELETE CASCADE,
                    PRIMARY KEY (entity_key, document_id, entity)
                ) WITHOUT ROWID;
                CREATE INDEX fused_entity_documents_entity ON fused_entity_documents(entity);
                CREATE INDEX fused_entity_documents_document ON fused_entity_documents(document_id, entity_key);
                CREATE TABLE fused_event_participants (
                    entity_key TEXT NOT NULL,
                    undated INTEGER NOT NULL,
                    date TEXT,
                    first_reported TEXT,
                    corroboration INTEGER NOT NULL,
                    event_key TEXT NOT NULL,
                    event INTEGER NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE
                );
                CREATE INDEX fused_event_participants_order
                    ON fused_event_participants(entity_key, undated, date, first_reported, corroboration DESC, event_key);
                CREATE INDEX fused_event_participants_event ON fused_event_participants(event, entity_key);
                CREATE TABLE fused_quotes (
                    entity_key TEXT NOT NULL,
                    quote_key TEXT NOT NULL,
                    document_id INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    entity INTEGER NOT NULL REFERENCES fused_entities(id) ON DELETE CASCADE
                );
                CREATE INDEX fused_quotes_speaker ON fused_quotes(entity_key, quote_key, document_id, position);
                CREATE INDEX fused_quotes_entity ON fused_quotes(entity);
                DELETE FROM fused_entities; DELETE FROM fused_events; DELETE FROM fused_conflicts; DELETE FROM stories;
                DELETE FROM fusion_members; DELETE FROM fusion_links; DELETE FROM fusion_keys;
                INSERT OR IGNORE INTO fusion_pending (document_id) SELECT id FROM documents;
                """)
        }

        // What `readout watch` remembers per feed, so a restart neither refetches every page nor
        // downloads an unchanged feed: the validators of the last good response (ETag, Last-Modified),
        // and each item seen by its guid or link, done once its page is stored (or found to be a
        // duplicate, or given up after repeated failures); `attempts` counts failed page fetches.
        // Nothing stored before changes, so the record is not fused again.
        migrator.registerMigration("v6-watched-feeds") { db in
            try db.execute(sql: """
                CREATE TABLE watched_feeds (
                    url TEXT PRIMARY KEY,
                    etag TEXT,
                    last_modified TEXT,
                    polled_at TEXT
                );
                CREATE TABLE watched_feed_items (
                    feed_url TEXT NOT NULL,
                    item_key TEXT NOT NULL,
                    done INTEGER NOT NULL DEFAULT 0,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (feed_url, item_key)
                ) WITHOUT ROWID;
                """)
        }

        // What the web API's filtered listings read through (FusedEventFilter, QuotePages, EventStories),
        // so that each still reads only its page at any size of store: events of one type in timeline
        // order (and counted from the index alone), an event by its key, the quotes of a story's
        // documents. Indexes only: nothing is fused again.
        migrator.registerMigration("v7-web-listings") { db in
            try db.execute(sql: """
                CREATE INDEX fused_events_type_order
                    ON fused_events(type, date IS NULL, date, first_reported, corroboration DESC, event_key);
                CREATE INDEX fused_events_key ON fused_events(event_key);
                CREATE INDEX fused_quotes_document ON fused_quotes(document_id);
                """)
        }

        // Several watchers on one database: an item is claimed before its page is fetched, so only one
        // of them fetches and stores it (WatchedFeedStore.claimItems). `claimed_until` is when the claim
        // lapses (seconds since 1970), for a watcher stopped before it settled the item.
        migrator.registerMigration("v8-watch-claims") { db in
            try db.execute(sql: "ALTER TABLE watched_feed_items ADD COLUMN claimed_until REAL")
        }

        // The flat per-article copies of v1-facts (entities, events, quotes) were written at every
        // ingest and read by nothing: the commands read the fused record, and an article's own facts
        // are read from analyses.json. Dropped, with their indexes, so ingest no longer pays for them
        // (about a tenth of the rows written per article). PostgreSQL never had them.
        migrator.registerMigration("v9-drop-flat-facts") { db in
            try db.execute(sql: """
                DROP TABLE IF EXISTS entities;
                DROP TABLE IF EXISTS events;
                DROP TABLE IF EXISTS quotes;
                """)
        }

        // Indexes no statement reads, which every fused row still paid for: three on `component` alone,
        // each the first column of another index (component, key) that serves the same lookups, and
        // fusion_keys by document (documents are never deleted; keys are looked up by key). Nothing
        // is fused again.
        migrator.registerMigration("v10-unread-indexes") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS fused_events_component;
                DROP INDEX IF EXISTS stories_component;
                DROP INDEX IF EXISTS fusion_members_component;
                DROP INDEX IF EXISTS fusion_keys_document;
                """)
        }

        // Rows every fused entity and event paid for and nothing reads, each keyed by a name scattered
        // over its whole index (a page written per row as the store grows): an entity's folded names
        // (fused_entity_names: names are found by their words, fused_entity_words), an event's
        // (type, participant name, month) keys (fused_event_keys: an actor's events are read from
        // fused_event_participants, by its id), each with its index by row, and stories by last
        // publication date (nothing orders or filters them by it). Nothing is fused again.
        migrator.registerMigration("v11-unread-fused-keys") { db in
            try db.execute(sql: """
                DROP TABLE IF EXISTS fused_entity_names;
                DROP TABLE IF EXISTS fused_event_keys;
                DROP INDEX IF EXISTS stories_last_published;
                """)
        }

        // `actor` names an entity by its hundred largest rows (ActorPages), and who it appears with by
        // each one's largest: with each row's size in the index by entity id, those are picked from the
        // index alone. An organisation fused in 4,600 neighbourhoods of 100,000 articles had every row
        // read and sorted (24 ms of a fresh process, 1.8 ms now). The lookups by id and neighbourhood
        // use the same index as before. Nothing is fused again.
        migrator.registerMigration("v12-entity-sizes-by-key") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS fused_entities_key;
                CREATE INDEX fused_entities_key ON fused_entities(entity_key, component, document_count);
                """)
        }

        return migrator
    }

    /// Tables every Readout database has; their absence means the file belongs to something else.
    static let marker = "grdb_migrations"
}
