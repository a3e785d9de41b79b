/*
 * schema: the database layout as an ordered list of forward migrations.
 *
 * The schema version is SQLite's user_version: the number of migrations
 * applied.  store_open applies every missing one in order, each in its own
 * transaction together with the user_version bump, so a run killed during a
 * migration leaves the database at the previous version and the next run
 * applies it again.  A database whose version is newer than this binary
 * knows is refused rather than misread.
 *
 * To add a migration (a module that needs tables of its own: analysis,
 * digest archive with FTS5, LLM cache...):
 *   1. append one string to `migrations` below; never edit or reorder a
 *      migration that has shipped: databases in the field already ran it;
 *   2. its version is its position + 1 (store_schema_latest() grows by one);
 *   3. it runs inside a transaction: plain DDL/DML only, no BEGIN/COMMIT, no
 *      PRAGMA journal_mode / foreign_keys (they are per connection or refuse
 *      to run inside a transaction);
 *   4. for a changed column use the usual SQLite recipe (create new table,
 *      copy, drop, rename) or ALTER TABLE ... ADD COLUMN;
 *   5. add a test in tests/unit/test_store.c that opens a database left at
 *      the previous version and checks the new table works.
 */
#include "store/store_internal.h"

#include <stdlib.h>
#include <string.h>

/* "SDGS" -- marks a database as secdigest's, so that another program's
 * SQLite file given by mistake is refused instead of altered. */
#define SECDIGEST_APPLICATION_ID 0x53444753

static const char *const migrations[] = {
    /* 1: feeds, items, pages, extracts, fetch_log */
    "CREATE TABLE feeds (\n"
    "  id            INTEGER PRIMARY KEY,\n"
    "  url           TEXT NOT NULL UNIQUE,\n"
    "  title         TEXT,\n"
    "  site_url      TEXT,\n"
    "  language      TEXT,\n"
    "  category      TEXT,\n"
    "  added_at      INTEGER NOT NULL,\n"
    "  removed_at    INTEGER,\n" /* removed from the list; kept for its items */
    "  etag          TEXT,\n"
    "  last_modified TEXT,\n"
    "  last_fetch    INTEGER,\n"
    "  last_ok       INTEGER,\n"
    "  next_fetch    INTEGER,\n"
    "  error_count   INTEGER NOT NULL DEFAULT 0,\n"
    "  last_error    TEXT,\n"
    "  last_status   INTEGER NOT NULL DEFAULT 0,\n"
    "  ttl_minutes   INTEGER NOT NULL DEFAULT 0\n"
    ");\n"
    "CREATE TABLE items (\n"
    "  id             INTEGER PRIMARY KEY,\n"
    "  feed_id        INTEGER NOT NULL REFERENCES feeds(id),\n"
    /* identity within the feed: 'g:'+entry id, 'l:'+canonical link, or 'h:'+hash */
    "  ident          TEXT NOT NULL,\n"
    "  guid           TEXT,\n"
    "  title          TEXT,\n"
    "  link           TEXT,\n"
    "  canonical_link TEXT,\n"
    "  published      INTEGER,\n"
    "  updated        INTEGER,\n"
    "  first_seen     INTEGER NOT NULL,\n"
    "  author         TEXT,\n"
    "  summary        TEXT,\n"
    "  content        TEXT,\n"
    "  categories     TEXT,\n" /* JSON array of strings, or NULL */
    "  UNIQUE (feed_id, ident)\n"
    ");\n"
    "CREATE INDEX items_canonical_link ON items(canonical_link);\n"
    "CREATE INDEX items_day ON items(COALESCE(published, first_seen), id);\n"
    "CREATE TABLE pages (\n"
    "  item_id      INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,\n"
    "  url          TEXT NOT NULL,\n"
    "  final_url    TEXT,\n"
    "  status       INTEGER NOT NULL DEFAULT 0,\n"
    "  content_type TEXT,\n"
    "  headers      TEXT,\n"
    "  body         BLOB,\n"
    "  fetched_at   INTEGER NOT NULL\n"
    ");\n"
    "CREATE TABLE extracts (\n"
    "  item_id       INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,\n"
    "  title         TEXT,\n"
    "  published     INTEGER,\n"
    "  author        TEXT,\n"
    "  language      TEXT,\n"
    "  canonical_url TEXT,\n"
    "  text          TEXT,\n"
    "  fallback      INTEGER NOT NULL DEFAULT 0,\n"
    "  reason        TEXT,\n"
    "  version       INTEGER NOT NULL DEFAULT 0,\n"
    "  extracted_at  INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER))\n"
    ");\n"
    "CREATE TABLE fetch_log (\n"
    "  id            INTEGER PRIMARY KEY,\n"
    "  feed_id       INTEGER NOT NULL REFERENCES feeds(id),\n"
    "  started_at    INTEGER NOT NULL,\n"
    "  duration_ms   INTEGER NOT NULL DEFAULT 0,\n"
    "  outcome       TEXT NOT NULL CHECK (outcome IN ('ok','not_modified','error')),\n"
    "  http_status   INTEGER NOT NULL DEFAULT 0,\n"
    "  bytes         INTEGER NOT NULL DEFAULT 0,\n"
    "  error         TEXT,\n"
    "  moved_to      TEXT,\n"
    "  items_new     INTEGER NOT NULL DEFAULT 0,\n"
    "  items_updated INTEGER NOT NULL DEFAULT 0\n"
    ");\n"
    "CREATE INDEX fetch_log_feed ON fetch_log(feed_id, started_at);\n",

    /* 2: the archive -- digests written, and full-text search over items and digests.
     * Trigram tokens: Japanese has no spaces between words, and trigrams find
     * any substring of three or more characters in both scripts.  Indexing
     * trigrams costs ten times an item upsert, so writes only note the item
     * in search_pending (cheap); store_search_sync indexes the pending items
     * in one batch before a search and after a digest is written.  (Not
     * INSERT OR IGNORE: an outer UPSERT's conflict handling overrides a
     * trigger's OR clause, so a duplicate would fail the outer write.) */
    "CREATE TABLE digests (\n"
    "  date          TEXT PRIMARY KEY,\n" /* YYYY-MM-DD */
    "  generated_at  INTEGER NOT NULL,\n"
    "  writer        TEXT NOT NULL,\n"
    "  title         TEXT NOT NULL,\n"
    "  summary       TEXT NOT NULL,\n" /* key point headlines, one per line */
    "  markdown      TEXT NOT NULL,\n"
    "  html          TEXT NOT NULL,\n"
    "  json          TEXT NOT NULL\n"
    ");\n"
    "CREATE VIRTUAL TABLE item_search USING fts5(title, body, tokenize='trigram');\n"
    "CREATE VIRTUAL TABLE digest_search USING fts5(date UNINDEXED, body, tokenize='trigram');\n"
    "CREATE TABLE search_pending (item_id INTEGER PRIMARY KEY);\n"
    "CREATE TRIGGER items_search_ai AFTER INSERT ON items BEGIN\n"
    "  INSERT INTO search_pending(item_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_id = new.id);\n"
    "END;\n"
    "CREATE TRIGGER items_search_au AFTER UPDATE OF title, summary ON items BEGIN\n"
    "  INSERT INTO search_pending(item_id) SELECT new.id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_id = new.id);\n"
    "END;\n"
    "CREATE TRIGGER items_search_ad AFTER DELETE ON items BEGIN\n"
    "  DELETE FROM item_search WHERE rowid = old.id;\n"
    "  DELETE FROM search_pending WHERE item_id = old.id;\n"
    "END;\n"
    "CREATE TRIGGER extracts_search_ai AFTER INSERT ON extracts BEGIN\n"
    "  INSERT INTO search_pending(item_id) SELECT new.item_id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_id = new.item_id);\n"
    "END;\n"
    "CREATE TRIGGER extracts_search_au AFTER UPDATE ON extracts BEGIN\n"
    "  INSERT INTO search_pending(item_id) SELECT new.item_id WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE item_id = new.item_id);\n"
    "END;\n"
    "CREATE TRIGGER digests_search_ai AFTER INSERT ON digests BEGIN\n"
    "  INSERT INTO digest_search(rowid, date, body) VALUES (new.rowid, new.date, new.markdown);\n"
    "END;\n"
    "CREATE TRIGGER digests_search_au AFTER UPDATE ON digests BEGIN\n"
    "  DELETE FROM digest_search WHERE rowid = old.rowid;\n"
    "  INSERT INTO digest_search(rowid, date, body) VALUES (new.rowid, new.date, new.markdown);\n"
    "END;\n"
    "INSERT INTO search_pending(item_id) SELECT id FROM items;\n",

    /* 3: the LLM writer's answer cache.  key: SHA-256 hex of the model, the
     * system prompt and the user prompt (which holds the part's sources), so
     * running a day again asks nothing; answer: the model's text as received
     * (verified again on every use). */
    "CREATE TABLE llm_cache (\n"
    "  key        TEXT PRIMARY KEY,\n"
    "  model      TEXT NOT NULL,\n"
    "  created_at INTEGER NOT NULL,\n"
    "  answer     TEXT NOT NULL\n"
    ");\n",

    /* 4: ... append the next migration here (see the comment at the top). */
};

int store_schema_latest(void)
{
    return (int)SD_ARRAY_LEN(migrations);
}

static int read_int_pragma(sqlite3 *db, const char *sql, int *out, sd_err *err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
        return sd_err_set(err, "%s: %s", sql, sqlite3_errmsg(db));
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        sd_err_set(err, "%s: %s", sql, sqlite3_errmsg(db));
        sqlite3_finalize(s);
        return -1;
    }
    *out = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return 0;
}

int store_migrate_db(sqlite3 *db, const char *path, int upto, sd_err *err)
{
    int latest = store_schema_latest();
    if (upto <= 0 || upto > latest)
        upto = latest;
    int version, app_id;
    if (read_int_pragma(db, "PRAGMA user_version", &version, err) != 0 ||
        read_int_pragma(db, "PRAGMA application_id", &app_id, err) != 0)
        return -1;
    if (app_id != 0 && app_id != SECDIGEST_APPLICATION_ID)
        return sd_err_set(err, "%s is an SQLite database of another program (application_id %d), not secdigest's",
                          path, app_id);
    if (version > latest)
        return sd_err_set(err,
                          "%s has schema version %d, newer than this secdigest knows (%d): "
                          "use a newer secdigest with this database",
                          path, version, latest);
    while (version < upto) {
        char *errmsg = NULL;
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &errmsg) != SQLITE_OK) {
            sd_err_set(err, "%s: migration to version %d: BEGIN: %s", path, version + 1,
                       errmsg ? errmsg : sqlite3_errmsg(db));
            sqlite3_free(errmsg);
            return -1;
        }
        /* Another process may have migrated while we waited for the lock. */
        if (read_int_pragma(db, "PRAGMA user_version", &version, err) != 0) {
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            return -1;
        }
        if (version >= upto) {
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            break;
        }
        /* application_id marks the file as ours from the first migration on. */
        char *bump = version == 0 ? xasprintf("PRAGMA application_id = %d; PRAGMA user_version = 1",
                                              SECDIGEST_APPLICATION_ID)
                                  : xasprintf("PRAGMA user_version = %d", version + 1);
        if (sqlite3_exec(db, migrations[version], NULL, NULL, &errmsg) != SQLITE_OK ||
            sqlite3_exec(db, bump, NULL, NULL, &errmsg) != SQLITE_OK ||
            sqlite3_exec(db, "COMMIT", NULL, NULL, &errmsg) != SQLITE_OK) {
            sd_err_set(err, "%s: migration to schema version %d failed: %s", path, version + 1,
                       errmsg ? errmsg : sqlite3_errmsg(db));
            sqlite3_free(errmsg);
            free(bump);
            if (!sqlite3_get_autocommit(db))
                sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            return -1;
        }
        free(bump);
        version++;
    }
    return 0;
}
