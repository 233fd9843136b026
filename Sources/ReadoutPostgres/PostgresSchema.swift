// The PostgreSQL schema as named, append-only migrations, like SQLiteSchema: never edit one that is
// registered (servers in use have run it); add a new one. The tables mirror SQLite's, so both
// backends hold the same record; what differs is PostgreSQL's own: bigserial ids, a stored tsvector
// for search (title weighted above text) with its GIN index, a plpgsql trigger for the entity totals,
// and the queue `readout worker` takes articles from. Every text column sorts by bytes (COLLATE "C"),
// as SQLite's do, whatever the database's locale: listings come out in the same order, and the
// timeline's date bounds ("2024-01~") compare as they do there.
// Every process that opens the database migrates it under one advisory lock, so workers starting
// together never run a migration twice.
import Foundation
import ReadoutCore

enum PostgresSchema {
    /// Taken (per transaction) by whoever migrates; any fixed number Readout alone uses.
    static let migrationLock: Int64 = 0x5245_4144_4f55_5401
    /// Taken by whoever fuses (PostgresFusion): fusion runs one at a time per database.
    static let fusionLock: Int64 = 0x5245_4144_4f55_5402
    /// The table whose presence marks a Readout database.
    static let marker = "readout_migrations"

    static let migrations: [(name: String, sql: String)] = [
        ("v1-documents", """
            CREATE TABLE documents (
                id bigserial PRIMARY KEY,
                key text COLLATE "C" NOT NULL,
                source text COLLATE "C" NOT NULL,
                format text COLLATE "C" NOT NULL,
                title text COLLATE "C",
                outlet text COLLATE "C",
                published text COLLATE "C",
                published_source text COLLATE "C",
                published_time text COLLATE "C",
                authors text COLLATE "C" NOT NULL DEFAULT '[]',
                url text COLLATE "C",
                section text COLLATE "C",
                credits text COLLATE "C" NOT NULL DEFAULT '[]',
                raw_hash text COLLATE "C" NOT NULL,
                content_hash text COLLATE "C" NOT NULL UNIQUE,
                text text COLLATE "C" NOT NULL,
                blocks text COLLATE "C" NOT NULL DEFAULT '[]',
                word_count integer NOT NULL,
                ingested_at text COLLATE "C" NOT NULL,
                -- English stemming ("talks" finds "talk"), and a title match weighs more than one in the text COLLATE "C".
                search tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
                ) STORED
            );
            CREATE INDEX documents_key ON documents(key);
            CREATE INDEX documents_published ON documents(published);
            CREATE INDEX documents_outlet ON documents(outlet);
            CREATE INDEX documents_search ON documents USING gin(search);
            CREATE TABLE analyses (
                document_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                analyzer_version text COLLATE "C" NOT NULL,
                json text COLLATE "C" NOT NULL,
                analyzed_at text COLLATE "C" NOT NULL
            );
            """),
        // The fused record: the same tables and meaning as SQLite's v2 to v5 (SQLiteSchema explains them).
        ("v2-fusion", """
            CREATE TABLE fusion_pending (document_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE);
            CREATE TABLE fusion_keys (
                key text COLLATE "C" NOT NULL,
                document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                PRIMARY KEY (key, document_id)
            );
            CREATE INDEX fusion_keys_document ON fusion_keys(document_id);
            CREATE TABLE fusion_links (
                key text COLLATE "C" NOT NULL,
                document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                PRIMARY KEY (key, document_id)
            );
            CREATE INDEX fusion_links_document ON fusion_links(document_id);
            CREATE TABLE fusion_members (
                document_id bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                component bigint NOT NULL,
                fusion_id text COLLATE "C" NOT NULL,
                published text COLLATE "C",
                inferred_date text COLLATE "C",
                reresolved_analysis text COLLATE "C",
                entity_index text COLLATE "C" NOT NULL DEFAULT '{}',
                reprint_group text COLLATE "C"
            );
            CREATE INDEX fusion_members_component ON fusion_members(component);
            CREATE INDEX fusion_members_fusion_id ON fusion_members(component, fusion_id);
            CREATE TABLE fused_entities (
                id bigserial PRIMARY KEY,
                component bigint NOT NULL,
                entity_key text COLLATE "C" NOT NULL,
                type text COLLATE "C" NOT NULL,
                name text COLLATE "C" NOT NULL,
                document_count integer NOT NULL,
                json text COLLATE "C" NOT NULL
            );
            CREATE INDEX fused_entities_component ON fused_entities(component);
            CREATE INDEX fused_entities_key ON fused_entities(entity_key, component);
            CREATE TABLE fused_entity_names (
                name_key text COLLATE "C" NOT NULL,
                entity bigint NOT NULL REFERENCES fused_entities(id) ON DELETE CASCADE,
                PRIMARY KEY (name_key, entity)
            );
            CREATE INDEX fused_entity_names_entity ON fused_entity_names(entity);
            CREATE TABLE fused_entity_words (
                word text COLLATE "C" NOT NULL,
                entity bigint NOT NULL REFERENCES fused_entities(id) ON DELETE CASCADE,
                PRIMARY KEY (word, entity)
            );
            CREATE INDEX fused_entity_words_entity ON fused_entity_words(entity);
            CREATE TABLE fused_entity_totals (
                entity_key text COLLATE "C" PRIMARY KEY,
                type text COLLATE "C" NOT NULL,
                documents integer NOT NULL
            );
            CREATE FUNCTION fused_entity_totals_track() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    INSERT INTO fused_entity_totals (entity_key, type, documents) VALUES (NEW.entity_key, NEW.type, NEW.document_count)
                        ON CONFLICT (entity_key) DO UPDATE SET documents = fused_entity_totals.documents + EXCLUDED.documents;
                    RETURN NEW;
                END IF;
                UPDATE fused_entity_totals SET documents = documents - OLD.document_count WHERE entity_key = OLD.entity_key;
                RETURN OLD;
            END $$;
            CREATE TRIGGER fused_entity_totals_insert AFTER INSERT ON fused_entities
                FOR EACH ROW EXECUTE FUNCTION fused_entity_totals_track();
            CREATE TRIGGER fused_entity_totals_delete AFTER DELETE ON fused_entities
                FOR EACH ROW EXECUTE FUNCTION fused_entity_totals_track();
            CREATE TABLE fused_entity_documents (
                entity_key text COLLATE "C" NOT NULL,
                document_id bigint NOT NULL,
                entity bigint NOT NULL REFERENCES fused_entities(id) ON DELETE CASCADE,
                PRIMARY KEY (entity_key, document_id, entity)
            );
            CREATE INDEX fused_entity_documents_entity ON fused_entity_documents(entity);
            CREATE INDEX fused_entity_documents_document ON fused_entity_documents(document_id, entity_key);
            CREATE TABLE fused_events (
                id bigserial PRIMARY KEY,
                component bigint NOT NULL,
                event_key text COLLATE "C" NOT NULL,
                type text COLLATE "C" NOT NULL,
                date text COLLATE "C",
                location text COLLATE "C",
                corroboration integer NOT NULL,
                json text COLLATE "C" NOT NULL,
                first_reported text COLLATE "C"
            );
            CREATE INDEX fused_events_component ON fused_events(component);
            CREATE INDEX fused_events_order ON fused_events((date IS NULL), date, first_reported, corroboration DESC, event_key);
            CREATE INDEX fused_events_component_key ON fused_events(component, event_key);
            CREATE TABLE fused_event_keys (
                type text COLLATE "C" NOT NULL,
                participant_key text COLLATE "C" NOT NULL,
                month text COLLATE "C" NOT NULL,
                event bigint NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
                PRIMARY KEY (type, participant_key, month, event)
            );
            CREATE INDEX fused_event_keys_event ON fused_event_keys(event);
            CREATE INDEX fused_event_keys_participant ON fused_event_keys(participant_key);
            CREATE TABLE fused_event_reports (
                event bigint NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
                document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                local_event_id text COLLATE "C" NOT NULL,
                PRIMARY KEY (event, document_id, local_event_id)
            );
            CREATE INDEX fused_event_reports_document ON fused_event_reports(document_id);
            CREATE TABLE fused_event_participants (
                entity_key text COLLATE "C" NOT NULL,
                undated boolean NOT NULL,
                date text COLLATE "C",
                first_reported text COLLATE "C",
                corroboration integer NOT NULL,
                event_key text COLLATE "C" NOT NULL,
                event bigint NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE
            );
            CREATE INDEX fused_event_participants_order
                ON fused_event_participants(entity_key, undated, date, first_reported, corroboration DESC, event_key);
            CREATE INDEX fused_event_participants_event ON fused_event_participants(event, entity_key);
            CREATE TABLE fused_conflicts (
                id bigserial PRIMARY KEY,
                component bigint NOT NULL,
                event bigint NOT NULL REFERENCES fused_events(id) ON DELETE CASCADE,
                field text COLLATE "C" NOT NULL,
                scope text COLLATE "C" NOT NULL,
                json text COLLATE "C" NOT NULL
            );
            CREATE INDEX fused_conflicts_component ON fused_conflicts(component);
            CREATE INDEX fused_conflicts_event ON fused_conflicts(event);
            CREATE TABLE fused_quotes (
                entity_key text COLLATE "C" NOT NULL,
                quote_key text COLLATE "C" NOT NULL,
                document_id bigint NOT NULL,
                position integer NOT NULL,
                text text COLLATE "C" NOT NULL,
                entity bigint NOT NULL REFERENCES fused_entities(id) ON DELETE CASCADE
            );
            CREATE INDEX fused_quotes_speaker ON fused_quotes(entity_key, quote_key, document_id, position);
            CREATE INDEX fused_quotes_entity ON fused_quotes(entity);
            CREATE TABLE stories (
                id bigserial PRIMARY KEY,
                component bigint NOT NULL,
                story_key text COLLATE "C" NOT NULL,
                title text COLLATE "C" NOT NULL,
                first_published text COLLATE "C",
                last_published text COLLATE "C",
                document_count integer NOT NULL,
                json text COLLATE "C" NOT NULL,
                number bigint NOT NULL DEFAULT 0,
                comparison text COLLATE "C"
            );
            CREATE INDEX stories_component ON stories(component);
            CREATE INDEX stories_last_published ON stories(last_published);
            CREATE INDEX stories_number ON stories(number, document_count);
            CREATE INDEX stories_size ON stories(document_count);
            CREATE INDEX stories_component_key ON stories(component, story_key);
            CREATE TABLE story_documents (
                story bigint NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                PRIMARY KEY (story, document_id)
            );
            CREATE INDEX story_documents_document ON story_documents(document_id);
            """),
        // Articles read by `readout ingest --queue`, waiting for a `readout worker` to analyse, store and
        // fuse them. A worker deletes a row in the transaction that stores its article, so a row is
        // either waiting or done, never half done; FOR UPDATE SKIP LOCKED hands each row to one worker.
        // A row no worker can read keeps its reason in `failure` and is passed over from then on.
        ("v3-ingest-queue", """
            CREATE TABLE ingest_queue (
                id bigserial PRIMARY KEY,
                source text COLLATE "C" NOT NULL,
                article text COLLATE "C" NOT NULL,
                queued_at text COLLATE "C" NOT NULL,
                failure text COLLATE "C"
            );
            CREATE INDEX ingest_queue_waiting ON ingest_queue(id) WHERE failure IS NULL;
            """),
        // The web API's filtered listings (SQLite's "v7-web-listings"): events of one type in timeline
        // order, an event by its key, a document's quotes. A quote page reads the quotes in the order
        // they were written, which SQLite keeps in its implicit rowid; here a serial column of that
        // name keeps it, so QuotePages' one statement reads both (existing rows are numbered as stored).
        ("v4-web-listings", """
            CREATE INDEX fused_events_type_order
                ON fused_events(type, (date IS NULL), date, first_reported, corroboration DESC, event_key);
            CREATE INDEX fused_events_key ON fused_events(event_key);
            CREATE INDEX fused_quotes_document ON fused_quotes(document_id);
            ALTER TABLE fused_quotes ADD COLUMN rowid bigserial;
            CREATE INDEX fused_quotes_rowid ON fused_quotes(rowid);
            """),
        // What `readout watch` keeps per feed (SQLite's "v6-watched-feeds" and "v8-watch-claims"): the
        // validators of its last answer, and each item seen by its guid or link, done once stored (or a
        // duplicate, or given up), with its failed attempts. Several watchers may share the database, so
        // an item is claimed before its page is fetched: `claimed_until` is set by one upsert that only
        // succeeds when the item is neither done nor claimed by another watcher whose lease still runs
        // (the server's clock, the one every machine shares). The primary key makes each item one row
        // whoever writes it first.
        ("v5-watched-feeds", """
            CREATE TABLE watched_feeds (
                url text COLLATE "C" PRIMARY KEY,
                etag text COLLATE "C",
                last_modified text COLLATE "C",
                polled_at text COLLATE "C"
            );
            CREATE TABLE watched_feed_items (
                feed_url text COLLATE "C" NOT NULL,
                item_key text COLLATE "C" NOT NULL,
                done boolean NOT NULL DEFAULT false,
                attempts integer NOT NULL DEFAULT 0,
                claimed_until timestamptz,
                PRIMARY KEY (feed_url, item_key)
            );
            """),
        // Indexes nothing reads (SQLite's "v10-unread-indexes" says which and why).
        ("v6-unread-indexes", """
            DROP INDEX IF EXISTS fused_events_component;
            DROP INDEX IF EXISTS stories_component;
            DROP INDEX IF EXISTS fusion_members_component;
            DROP INDEX IF EXISTS fusion_keys_document;
            """),
        // Rows nothing reads (SQLite's "v11-unread-fused-keys" says which and why).
        ("v7-unread-fused-keys", """
            DROP TABLE IF EXISTS fused_entity_names;
            DROP TABLE IF EXISTS fused_event_keys;
            DROP INDEX IF EXISTS stories_last_published;
            """),
        // Each entity row's size in its index by id (SQLite's "v12-entity-sizes-by-key" says why).
        ("v8-entity-sizes-by-key", """
            DROP INDEX IF EXISTS fused_entities_key;
            CREATE INDEX fused_entities_key ON fused_entities(entity_key, component, document_count);
            """),
    ]

    /// Brings the database up to date: refuses one with tables of another program, or one a newer
    /// Readout migrated, and runs what is missing, all in one transaction.
    static func migrate(_ session: PostgresSession) throws {
        try session.transaction {
            try session.query("SELECT pg_advisory_xact_lock($1)", [.int(migrationLock)])
            let tables = try session.query("""
                SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()
                """).map { try $0[0].decode(String.self) }
            if !tables.isEmpty && !tables.contains(marker) {
                throw ReadoutError(source: session.url.description, reason: "not a Readout database (it has other tables)")
            }
            try session.query("CREATE TABLE IF NOT EXISTS \(marker) (identifier text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            let applied = Set(try session.query("SELECT identifier FROM \(marker)").map { try $0[0].decode(String.self) })
            if !applied.isSubset(of: migrations.map(\.name)) {
                throw ReadoutError(source: session.url.description, reason: "written by a newer version of Readout; upgrade to use it")
            }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in statements(migration.sql) { try session.query(statement) }
                try session.query("INSERT INTO \(marker) (identifier) VALUES ($1)", [.text(migration.name)])
            }
        }
    }

    /// A migration's statements one by one: the extended protocol postgres-nio speaks takes one per
    /// call. A semicolon inside a $$-quoted function body does not end a statement.
    static func statements(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inBody = false
        var characters = Array(sql)[...]
        while let character = characters.popFirst() {
            if character == "$", characters.first == "$" {
                characters.removeFirst()
                current += "$$"
                inBody.toggle()
                continue
            }
            if character == ";" && !inBody {
                statements.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        statements.append(current)
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
