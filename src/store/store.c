/*
 * store: connection, transactions, feeds, items, pages and extracts.
 *
 * All SQL of the module lives here and in schema.c.  Statements that run
 * once per item or per feed are prepared once per handle (the `stmts`
 * cache) so that storing thousands of items costs one insert each, not one
 * parse each.  A store handle belongs to one thread.
 */
#include "store/store_internal.h"

#include "core/log.h"
#include "text/url.h"

#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- statement cache --------------------------------------------------- */

enum stmt_id {
    S_ITEM_BY_IDENT,
    S_ITEMS_BY_CANON,
    S_ITEM_INSERT,
    S_ITEM_UPDATE,
    S_FEED_EXISTS,
    S_FEED_BY_ID,
    S_FEED_STATE_BY_ID,
    S_FEED_BY_URL,
    S_FEED_URL_TAKEN,
    S_FEED_INSERT,
    S_FEED_REVIVE,
    S_FEED_REMOVE,
    S_FEED_STATE,
    S_FETCH_LOG,
    S_PAGE_DROP_STALE_EXTRACT,
    S_PAGE_PUT,
    S_PAGE_GET,
    S_EXTRACT_PUT,
    S_EXTRACT_GET,
    S_ITEM_GET,
    S_ITEMS_BETWEEN,
    S_ITEMS_WITHOUT_PAGE,
    S_COUNT
};

#define ITEM_ROW_COLS                                                                              \
    "id, feed_id, guid, title, link, canonical_link, published, updated, author, summary, content, " \
    "categories, ident"

/* FEED_COLS_N leaves item_count at 0: a poll must not count the feed's whole archive. */
#define FEED_COLS_(count)                                                                          \
    "f.id, f.url, f.title, f.site_url, f.language, f.category, f.added_at, f.etag, "               \
    "f.last_modified, f.last_fetch, f.last_ok, f.next_fetch, f.error_count, f.last_error, "        \
    "f.last_status, f.ttl_minutes, " count ", f.removed_at"
#define FEED_COLS FEED_COLS_("(SELECT COUNT(*) FROM items WHERE feed_id = f.id)")
#define FEED_COLS_N FEED_COLS_("0")

#define ITEM_SELECT                                                                                \
    "SELECT i.id, i.feed_id, f.title, f.language, i.guid, i.title, i.link, i.canonical_link, "     \
    "i.published, i.updated, i.first_seen, i.author, i.summary, i.content, i.categories, "         \
    "p.item_id IS NOT NULL AND p.status BETWEEN 200 AND 299, x.item_id IS NOT NULL, "               \
    "COALESCE(x.fallback, 0), x.text, x.language "                                                 \
    "FROM items i LEFT JOIN feeds f ON f.id = i.feed_id "                                          \
    "LEFT JOIN pages p ON p.item_id = i.id LEFT JOIN extracts x ON x.item_id = i.id "

static const char *const stmt_sql[S_COUNT] = {
    [S_ITEM_BY_IDENT] = "SELECT " ITEM_ROW_COLS " FROM items WHERE feed_id = ?1 AND ident = ?2",
    [S_ITEMS_BY_CANON] = "SELECT " ITEM_ROW_COLS " FROM items WHERE canonical_link = ?1 ORDER BY id",
    [S_ITEM_INSERT] = "INSERT INTO items (feed_id, ident, guid, title, link, canonical_link, published, "
                      "updated, first_seen, author, summary, content, categories) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    [S_ITEM_UPDATE] = "UPDATE items SET ident = ?2, guid = ?3, title = ?4, link = ?5, canonical_link = ?6, "
                      "published = ?7, updated = ?8, author = ?9, summary = ?10, content = ?11, "
                      "categories = ?12 WHERE id = ?1",
    [S_FEED_EXISTS] = "SELECT 1 FROM feeds WHERE id = ?1",
    [S_FEED_BY_ID] = "SELECT " FEED_COLS " FROM feeds f WHERE f.id = ?1",
    [S_FEED_STATE_BY_ID] = "SELECT " FEED_COLS_N " FROM feeds f WHERE f.id = ?1",
    [S_FEED_BY_URL] = "SELECT " FEED_COLS " FROM feeds f WHERE f.url = ?1",
    [S_FEED_URL_TAKEN] = "SELECT id FROM feeds WHERE url = ?1 AND id <> ?2",
    [S_FEED_INSERT] = "INSERT INTO feeds (url, title, language, category, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    [S_FEED_REVIVE] = "UPDATE feeds SET title = COALESCE(?2, title), language = COALESCE(?3, language), "
                      "category = COALESCE(?4, category), removed_at = NULL WHERE id = ?1",
    [S_FEED_REMOVE] = "UPDATE feeds SET removed_at = ?2 WHERE url = ?1 AND removed_at IS NULL",
    [S_FEED_STATE] = "UPDATE feeds SET url = ?2, title = ?3, site_url = ?4, language = ?5, etag = ?6, "
                     "last_modified = ?7, last_fetch = ?8, last_ok = ?9, next_fetch = ?10, "
                     "error_count = ?11, last_error = ?12, last_status = ?13, ttl_minutes = ?14 WHERE id = ?1",
    [S_FETCH_LOG] = "INSERT INTO fetch_log (feed_id, started_at, duration_ms, outcome, http_status, bytes, "
                    "error, moved_to, items_new, items_updated) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [S_PAGE_DROP_STALE_EXTRACT] = "DELETE FROM extracts WHERE item_id = ?1 AND EXISTS "
                                  "(SELECT 1 FROM pages WHERE item_id = ?1 AND body IS NOT ?2)",
    [S_PAGE_PUT] = "INSERT INTO pages (item_id, url, final_url, status, content_type, headers, body, fetched_at) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (item_id) DO UPDATE SET "
                   "url = excluded.url, final_url = excluded.final_url, status = excluded.status, "
                   "content_type = excluded.content_type, headers = excluded.headers, body = excluded.body, "
                   "fetched_at = excluded.fetched_at",
    [S_PAGE_GET] = "SELECT item_id, url, final_url, status, content_type, headers, body, fetched_at "
                   "FROM pages WHERE item_id = ?1",
    [S_EXTRACT_PUT] = "INSERT INTO extracts (item_id, title, published, author, language, canonical_url, text, "
                      "fallback, reason, version, extracted_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CAST(strftime('%s','now') AS INTEGER)) "
                      "ON CONFLICT (item_id) DO UPDATE SET title = excluded.title, "
                      "published = excluded.published, author = excluded.author, language = excluded.language, "
                      "canonical_url = excluded.canonical_url, text = excluded.text, "
                      "fallback = excluded.fallback, reason = excluded.reason, version = excluded.version, "
                      "extracted_at = excluded.extracted_at",
    [S_EXTRACT_GET] = "SELECT item_id, title, published, author, language, canonical_url, text, fallback, "
                      "reason, version FROM extracts WHERE item_id = ?1",
    [S_ITEM_GET] = ITEM_SELECT "WHERE i.id = ?1",
    /* The day expression is written exactly as in the items_day index so the index serves it. */
    [S_ITEMS_BETWEEN] = ITEM_SELECT "WHERE COALESCE(i.published, i.first_seen) >= ?1 "
                                    "AND COALESCE(i.published, i.first_seen) < ?2 "
                                    "ORDER BY COALESCE(i.published, i.first_seen), i.id",
    [S_ITEMS_WITHOUT_PAGE] = ITEM_SELECT "WHERE p.item_id IS NULL AND i.link IS NOT NULL "
                                         "AND (i.link LIKE 'http://%' OR i.link LIKE 'https://%') "
                                         "ORDER BY COALESCE(i.published, i.first_seen) DESC, i.id DESC "
                                         "LIMIT ?1",
};

struct store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *stmts[S_COUNT];
};

/* Fill err with what SQLite says about the last failure, after a context. */
static int db_fail(store *st, sd_err *err, const char *what)
{
    return sd_err_set(err, "%s: %s (%s)", what, sqlite3_errmsg(st->db), st->path);
}

static sqlite3_stmt *stmt_get(store *st, enum stmt_id id, sd_err *err)
{
    if (!st->stmts[id]) {
        if (sqlite3_prepare_v3(st->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &st->stmts[id], NULL) !=
            SQLITE_OK) {
            db_fail(st, err, "preparing a statement");
            st->stmts[id] = NULL;
            return NULL;
        }
    }
    return st->stmts[id];
}

static void stmt_done(sqlite3_stmt *s)
{
    if (s) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }
}

/* Binding helpers: accumulate the first failure in *rc so that a run of
 * binds is checked once. */
static void bind_text(sqlite3_stmt *s, int i, const char *v, int *rc)
{
    int r = v ? sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(s, i);
    if (*rc == SQLITE_OK)
        *rc = r;
}

static void bind_i64(sqlite3_stmt *s, int i, int64_t v, int *rc)
{
    int r = sqlite3_bind_int64(s, i, v);
    if (*rc == SQLITE_OK)
        *rc = r;
}

/* A time; SD_TIME_NONE is stored as NULL. */
static void bind_time(sqlite3_stmt *s, int i, int64_t v, int *rc)
{
    int r = v == SD_TIME_NONE ? sqlite3_bind_null(s, i) : sqlite3_bind_int64(s, i, v);
    if (*rc == SQLITE_OK)
        *rc = r;
}

static void bind_blob(sqlite3_stmt *s, int i, const void *v, size_t n, int *rc)
{
    int r = v ? sqlite3_bind_blob64(s, i, n ? v : "", (sqlite3_uint64)n, SQLITE_TRANSIENT) : sqlite3_bind_null(s, i);
    if (*rc == SQLITE_OK)
        *rc = r;
}

static char *col_text(sqlite3_stmt *s, int i)
{
    if (sqlite3_column_type(s, i) == SQLITE_NULL)
        return NULL;
    const unsigned char *t = sqlite3_column_text(s, i);
    if (!t)
        die("out of memory reading a database column");
    return xstrndup((const char *)t, (size_t)sqlite3_column_bytes(s, i));
}

static int64_t col_time(sqlite3_stmt *s, int i)
{
    return sqlite3_column_type(s, i) == SQLITE_NULL ? SD_TIME_NONE : sqlite3_column_int64(s, i);
}

/* ---- transactions ------------------------------------------------------ */

/*
 * Module functions that must be atomic use these: a real transaction when
 * the caller has none open, a savepoint inside the caller's transaction
 * otherwise (so store_begin ... store_items_upsert ... store_commit works).
 */
static int tx_begin(store *st, int *nested, sd_err *err)
{
    *nested = !sqlite3_get_autocommit(st->db);
    if (sqlite3_exec(st->db, *nested ? "SAVEPOINT sd_tx" : "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return db_fail(st, err, "starting a transaction");
    return 0;
}

static int tx_commit(store *st, int nested, sd_err *err)
{
    if (sqlite3_exec(st->db, nested ? "RELEASE sd_tx" : "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        db_fail(st, err, "committing");
        if (nested)
            sqlite3_exec(st->db, "ROLLBACK TO sd_tx; RELEASE sd_tx", NULL, NULL, NULL);
        else if (!sqlite3_get_autocommit(st->db))
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return 0;
}

static void tx_rollback(store *st, int nested)
{
    if (nested)
        sqlite3_exec(st->db, "ROLLBACK TO sd_tx; RELEASE sd_tx", NULL, NULL, NULL);
    else if (!sqlite3_get_autocommit(st->db))
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

int store_begin(store *st, sd_err *err)
{
    if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return db_fail(st, err, "BEGIN");
    return 0;
}

int store_commit(store *st, sd_err *err)
{
    if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        db_fail(st, err, "COMMIT");
        if (!sqlite3_get_autocommit(st->db))
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        return -1;
    }
    return 0;
}

void store_rollback(store *st)
{
    if (st && !sqlite3_get_autocommit(st->db))
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---- open / close ------------------------------------------------------ */

static int exec_pragma(store *st, const char *sql, sd_err *err)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        sd_err_set(err, "%s: %s: %s", st->path, sql, msg ? msg : sqlite3_errmsg(st->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int set_wal(store *st, sd_err *err)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "PRAGMA journal_mode = WAL", -1, &s, NULL) != SQLITE_OK)
        return sd_err_set(err, "%s: %s", st->path, sqlite3_errmsg(st->db));
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        sd_err_set(err, "%s: setting WAL mode: %s", st->path, sqlite3_errmsg(st->db));
        sqlite3_finalize(s);
        return -1;
    }
    const char *mode = (const char *)sqlite3_column_text(s, 0);
    if (mode && strcmp(mode, "wal") != 0 && strcmp(mode, "memory") != 0)
        log_warn("%s: journal mode is '%s', not WAL (the file system may not support it)", st->path, mode);
    sqlite3_finalize(s);
    return 0;
}

static int make_parent_dir(const char *path, sd_err *err)
{
    if (strcmp(path, ":memory:") == 0 || strncmp(path, "file:", 5) == 0)
        return 0;
    const char *slash = strrchr(path, '/');
    if (!slash || slash == path)
        return 0;
    char *dir = xstrndup(path, (size_t)(slash - path));
    int rc = sd_mkdirs(dir, err);
    if (rc != 0)
        sd_err_prefix(err, "creating the folder of the database");
    free(dir);
    return rc;
}

int store_open(const char *path, store **out, sd_err *err)
{
    *out = NULL;
    if (!path || !*path)
        return sd_err_set(err, "no database path");
    if (make_parent_dir(path, err) != 0)
        return -1;
    store *st = xcalloc(1, sizeof *st);
    st->path = xstrdup(path);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (strncmp(path, "file:", 5) == 0)
        flags |= SQLITE_OPEN_URI;
    if (sqlite3_open_v2(path, &st->db, flags, NULL) != SQLITE_OK) {
        sd_err_set(err, "%s: cannot open the database: %s", path,
                   st->db ? sqlite3_errmsg(st->db) : "out of memory");
        store_close(st);
        return -1;
    }
    sqlite3_extended_result_codes(st->db, 1);
    if (sqlite3_busy_timeout(st->db, 5000) != SQLITE_OK) {
        sd_err_set(err, "%s: %s", path, sqlite3_errmsg(st->db));
        store_close(st);
        return -1;
    }
    if (set_wal(st, err) != 0 || exec_pragma(st, "PRAGMA synchronous = NORMAL", err) != 0 ||
        exec_pragma(st, "PRAGMA foreign_keys = ON", err) != 0 ||
        store_migrate_db(st->db, path, 0, err) != 0) {
        store_close(st);
        return -1;
    }
    *out = st;
    return 0;
}

void store_close(store *st)
{
    if (!st)
        return;
    for (int i = 0; i < S_COUNT; i++)
        sqlite3_finalize(st->stmts[i]);
    if (st->db) {
        if (!sqlite3_get_autocommit(st->db))
            sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        if (sqlite3_close(st->db) != SQLITE_OK) {
            log_warn("%s: closing the database: %s", st->path, sqlite3_errmsg(st->db));
            sqlite3_close_v2(st->db);
        }
    }
    free(st->path);
    free(st);
}

int store_schema_version(store *st)
{
    sqlite3_stmt *s = NULL;
    int v = -1;
    if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return v;
}

sqlite3 *store_db(store *st)
{
    return st->db;
}

/* ---- feeds ------------------------------------------------------------- */

static int empty(const char *s)
{
    return !s || !*s;
}

static int64_t now_utc(void)
{
    return (int64_t)time(NULL);
}

/* Trim the ASCII whitespace that lists and command lines leave around a URL. */
static char *trimmed(const char *s)
{
    if (!s)
        return NULL;
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        n--;
    return xstrndup(s, n);
}

static void feed_from_row(sqlite3_stmt *s, store_feed *f)
{
    memset(f, 0, sizeof *f);
    f->id = sqlite3_column_int64(s, 0);
    f->url = col_text(s, 1);
    f->title = col_text(s, 2);
    f->site_url = col_text(s, 3);
    f->language = col_text(s, 4);
    f->category = col_text(s, 5);
    f->added_at = col_time(s, 6);
    f->etag = col_text(s, 7);
    f->last_modified = col_text(s, 8);
    f->last_fetch = col_time(s, 9);
    f->last_ok = col_time(s, 10);
    f->next_fetch = col_time(s, 11);
    f->error_count = sqlite3_column_int(s, 12);
    f->last_error = col_text(s, 13);
    f->last_status = sqlite3_column_int(s, 14);
    f->ttl_minutes = sqlite3_column_int(s, 15);
    f->item_count = sqlite3_column_int64(s, 16);
    f->removed_at = col_time(s, 17);
}

void store_feed_clear(store_feed *f)
{
    if (!f)
        return;
    free(f->url);
    free(f->title);
    free(f->site_url);
    free(f->language);
    free(f->category);
    free(f->etag);
    free(f->last_modified);
    free(f->last_error);
    memset(f, 0, sizeof *f);
}

void store_feeds_free(store_feed *f, size_t n)
{
    if (!f)
        return;
    for (size_t i = 0; i < n; i++)
        store_feed_clear(&f[i]);
    free(f);
}

/* One feed by a prepared statement with ?1 bound by the caller. */
static int feed_fetch_one(store *st, sqlite3_stmt *s, store_feed *out, int *found, sd_err *err)
{
    *found = 0;
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        feed_from_row(s, out);
        *found = 1;
        rc = SQLITE_DONE;
    }
    if (rc != SQLITE_DONE) {
        db_fail(st, err, "reading a feed");
        stmt_done(s);
        return -1;
    }
    stmt_done(s);
    return 0;
}

static int feed_by_id(store *st, enum stmt_id which, int64_t id, store_feed *out, int *found, sd_err *err)
{
    sqlite3_stmt *s = stmt_get(st, which, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, id, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "reading a feed");
    }
    return feed_fetch_one(st, s, out, found, err);
}

int store_feed_get(store *st, int64_t id, store_feed *out, int *found, sd_err *err)
{
    return feed_by_id(st, S_FEED_BY_ID, id, out, found, err);
}

/* A feed by URL, whether removed or not. */
static int feed_by_url(store *st, const char *url, store_feed *out, int *found, sd_err *err)
{
    sqlite3_stmt *s = stmt_get(st, S_FEED_BY_URL, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_text(s, 1, url, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "reading a feed");
    }
    return feed_fetch_one(st, s, out, found, err);
}

int store_feed_find_url(store *st, const char *url, store_feed *out, int *found, sd_err *err)
{
    char *u = trimmed(url);
    int rc = feed_by_url(st, u ? u : "", out, found, err);
    free(u);
    if (rc == 0 && *found && out->removed_at != SD_TIME_NONE) {
        store_feed_clear(out);
        *found = 0;
    }
    return rc;
}

int store_feed_add(store *st, const char *url, const char *title, const char *language,
                   const char *category, int64_t *id, int *created, sd_err *err)
{
    int64_t id_local;
    int created_local;
    if (!id)
        id = &id_local;
    if (!created)
        created = &created_local;
    /* file:// feeds exist only because a user named a file on the command
     * line (fetch FILE); fetch never follows a feed or page to one. */
    if (!url_is_http(url) && !(url && strncmp(url, "file:///", 8) == 0 && !strpbrk(url, "\r\n")))
        return sd_err_set(err, "not an http(s) or file:/// URL: '%s'", url ? url : "");
    char *u = trimmed(url);
    int nested;
    if (tx_begin(st, &nested, err) != 0) {
        free(u);
        return -1;
    }
    store_feed f;
    int found = 0, rc = SQLITE_OK;
    if (feed_by_url(st, u, &f, &found, err) != 0)
        goto fail;
    sqlite3_stmt *s;
    if (found) {
        s = stmt_get(st, S_FEED_REVIVE, err);
        if (!s) {
            store_feed_clear(&f);
            goto fail;
        }
        bind_i64(s, 1, f.id, &rc);
        *id = f.id;
        *created = f.removed_at != SD_TIME_NONE; /* a removed feed added again is new to the user */
        store_feed_clear(&f);
    } else {
        s = stmt_get(st, S_FEED_INSERT, err);
        if (!s)
            goto fail;
        bind_text(s, 1, u, &rc);
        bind_i64(s, 5, now_utc(), &rc);
        *created = 1;
    }
    bind_text(s, 2, empty(title) ? NULL : title, &rc);
    bind_text(s, 3, empty(language) ? NULL : language, &rc);
    bind_text(s, 4, empty(category) ? NULL : category, &rc);
    if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
        db_fail(st, err, "storing a feed");
        stmt_done(s);
        goto fail;
    }
    stmt_done(s);
    if (!found)
        *id = sqlite3_last_insert_rowid(st->db);
    free(u);
    return tx_commit(st, nested, err);
fail:
    tx_rollback(st, nested);
    free(u);
    return -1;
}

int store_feed_remove(store *st, const char *url, int *removed, sd_err *err)
{
    int removed_local;
    if (!removed)
        removed = &removed_local;
    *removed = 0;
    sqlite3_stmt *s = stmt_get(st, S_FEED_REMOVE, err);
    if (!s)
        return -1;
    char *u = trimmed(url);
    int rc = SQLITE_OK;
    bind_text(s, 1, u ? u : "", &rc);
    bind_i64(s, 2, now_utc(), &rc);
    free(u);
    if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
        db_fail(st, err, "removing a feed");
        stmt_done(s);
        return -1;
    }
    stmt_done(s);
    *removed = sqlite3_changes(st->db) > 0;
    return 0;
}

int store_feed_list(store *st, store_feed **out, size_t *n, sd_err *err)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT " FEED_COLS " FROM feeds f WHERE f.removed_at IS NULL ORDER BY f.id",
                           -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, err, "listing feeds");
    store_feed *v = NULL;
    size_t cap = 0, len = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        v = xgrow(v, &cap, len + 1, sizeof *v);
        feed_from_row(s, &v[len++]);
    }
    if (rc != SQLITE_DONE) {
        db_fail(st, err, "listing feeds");
        sqlite3_finalize(s);
        store_feeds_free(v, len);
        return -1;
    }
    sqlite3_finalize(s);
    *out = v;
    *n = len;
    return 0;
}

/* ---- items ------------------------------------------------------------- */

/* An items row as upsert compares it. */
typedef struct item_row {
    int64_t id, feed_id;
    char *ident, *guid, *title, *link, *canonical_link, *author, *summary, *content, *categories;
    int64_t published, updated;
} item_row;

static void item_row_clear(item_row *r)
{
    free(r->ident);
    free(r->guid);
    free(r->title);
    free(r->link);
    free(r->canonical_link);
    free(r->author);
    free(r->summary);
    free(r->content);
    free(r->categories);
    memset(r, 0, sizeof *r);
}

static void item_row_read(sqlite3_stmt *s, item_row *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(s, 0);
    r->feed_id = sqlite3_column_int64(s, 1);
    r->guid = col_text(s, 2);
    r->title = col_text(s, 3);
    r->link = col_text(s, 4);
    r->canonical_link = col_text(s, 5);
    r->published = col_time(s, 6);
    r->updated = col_time(s, 7);
    r->author = col_text(s, 8);
    r->summary = col_text(s, 9);
    r->content = col_text(s, 10);
    r->categories = col_text(s, 11);
    r->ident = col_text(s, 12);
}

static char *categories_json(const feed_item *fi)
{
    if (!fi->ncategories)
        return NULL;
    cJSON *a = cJSON_CreateArray();
    if (!a)
        die("out of memory building categories");
    for (size_t i = 0; i < fi->ncategories; i++) {
        if (!fi->categories[i])
            continue;
        cJSON *c = cJSON_CreateString(fi->categories[i]);
        if (!c || !cJSON_AddItemToArray(a, c))
            die("out of memory building categories");
    }
    char *txt = cJSON_PrintUnformatted(a);
    cJSON_Delete(a);
    if (!txt)
        die("out of memory building categories");
    char *out = xstrdup(txt);
    cJSON_free(txt);
    return out;
}

static void categories_parse(const char *json, char ***out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!json)
        return;
    cJSON *a = cJSON_Parse(json);
    if (!cJSON_IsArray(a)) {
        cJSON_Delete(a);
        return;
    }
    size_t cap = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, a)
    {
        if (!cJSON_IsString(c))
            continue;
        *out = xgrow(*out, &cap, *n + 1, sizeof **out);
        (*out)[(*n)++] = xstrdup(c->valuestring);
    }
    cJSON_Delete(a);
}


/* 64-bit FNV-1a: a stable key for entries that have neither id nor link. */
static uint64_t fnv1a(uint64_t h, const char *s)
{
    return sd_fnv1a64(h, s, s ? strlen(s) : 0);
}

static char *item_ident(const feed_item *fi, const char *canon)
{
    if (!empty(fi->id))
        return xasprintf("g:%s", fi->id);
    if (canon)
        return xasprintf("l:%s", canon);
    uint64_t h = fnv1a(SD_FNV64_INIT, fi->title);
    char date[32];
    snprintf(date, sizeof date, "\x1f%lld\x1f", (long long)fi->published);
    h = fnv1a(h, date);
    if (empty(fi->title)) /* untitled entries differ by their text */
        h = fnv1a(h, fi->summary ? fi->summary : fi->content);
    return xasprintf("h:%016llx", (unsigned long long)h);
}

/* Step a SELECT of ITEM_ROW_COLS expecting at most one row. */
static int item_row_lookup(store *st, sqlite3_stmt *s, item_row *out, int *found, sd_err *err)
{
    *found = 0;
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        item_row_read(s, out);
        *found = 1;
        rc = SQLITE_DONE;
    }
    stmt_done(s);
    if (rc != SQLITE_DONE)
        return db_fail(st, err, "looking up an item");
    return 0;
}

/*
 * Find the stored row that is this entry: by (feed, identity) first; else a
 * row with the same canonical link from another feed, or from this feed when
 * the two do not carry different entry ids (two entries of one feed with
 * distinct ids are two entries even when they link to one page, as feeds that
 * link every entry to an anchor of one page do).  *owner: the row belongs to
 * this feed.
 */
static int item_find(store *st, int64_t feed_id, const char *ident, const char *guid, const char *canon,
                     item_row *row, int *found, int *owner, int *by_ident, sd_err *err)
{
    sqlite3_stmt *s = stmt_get(st, S_ITEM_BY_IDENT, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, feed_id, &rc);
    bind_text(s, 2, ident, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "looking up an item");
    }
    if (item_row_lookup(st, s, row, found, err) != 0)
        return -1;
    *owner = 1;
    *by_ident = *found;
    if (*found || !canon)
        return 0;
    s = stmt_get(st, S_ITEMS_BY_CANON, err);
    if (!s)
        return -1;
    bind_text(s, 1, canon, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "looking up an item by link");
    }
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        int64_t fid = sqlite3_column_int64(s, 1);
        const char *g = (const char *)sqlite3_column_text(s, 2);
        if (fid != feed_id || empty(g) || empty(guid) || strcmp(g, guid) == 0) {
            item_row_read(s, row);
            *found = 1;
            *owner = fid == feed_id;
            rc = SQLITE_DONE;
            break;
        }
    }
    stmt_done(s);
    if (rc != SQLITE_DONE)
        return db_fail(st, err, "looking up an item by link");
    return 0;
}

/* Merge a field: the entry's value replaces the stored one when this feed owns the row;
 * otherwise it only fills a gap.  A missing value never erases a stored one. */
static const char *merge_str(const char *stored, const char *incoming, int owner)
{
    if (empty(incoming))
        return stored;
    if (owner || empty(stored))
        return incoming;
    return stored;
}

static int64_t merge_time(int64_t stored, int64_t incoming, int owner)
{
    if (incoming == SD_TIME_NONE)
        return stored;
    if (owner || stored == SD_TIME_NONE)
        return incoming;
    return stored;
}

static int upsert_one(store *st, int64_t feed_id, const feed_item *fi, int64_t seen_at, store_upsert_stats *stats,
                      sd_err *err)
{
    char *canon = fi->link ? url_canonical(fi->link) : NULL;
    char *ident = item_ident(fi, canon);
    char *cats = categories_json(fi);
    const char *guid = empty(fi->id) ? NULL : fi->id;
    item_row row;
    int found = 0, owner = 0, by_ident = 0, ret = -1, rc = SQLITE_OK;
    memset(&row, 0, sizeof row);
    if (item_find(st, feed_id, ident, guid, canon, &row, &found, &owner, &by_ident, err) != 0)
        goto out;
    sqlite3_stmt *s;
    if (!found) {
        s = stmt_get(st, S_ITEM_INSERT, err);
        if (!s)
            goto out;
        bind_i64(s, 1, feed_id, &rc);
        bind_text(s, 2, ident, &rc);
        bind_text(s, 3, guid, &rc);
        bind_text(s, 4, empty(fi->title) ? NULL : fi->title, &rc);
        bind_text(s, 5, empty(fi->link) ? NULL : fi->link, &rc);
        bind_text(s, 6, canon, &rc);
        bind_time(s, 7, fi->published, &rc);
        bind_time(s, 8, fi->updated, &rc);
        bind_i64(s, 9, seen_at, &rc);
        bind_text(s, 10, empty(fi->author) ? NULL : fi->author, &rc);
        bind_text(s, 11, empty(fi->summary) ? NULL : fi->summary, &rc);
        bind_text(s, 12, empty(fi->content) ? NULL : fi->content, &rc);
        bind_text(s, 13, cats, &rc);
        if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
            db_fail(st, err, "storing an item");
            stmt_done(s);
            goto out;
        }
        stmt_done(s);
        stats->inserted++;
        ret = 0;
        goto out;
    }

    /* Re-key a row of this feed found by its link: the entry's identity is now the one it gives. */
    const char *m_ident = owner && !by_ident ? ident : row.ident;
    const char *m_guid = owner ? merge_str(row.guid, guid, 0) : row.guid; /* another feed's ids are not ours */
    const char *m_title = merge_str(row.title, fi->title, owner);
    const char *m_link = merge_str(row.link, fi->link, owner);
    const char *m_canon = merge_str(row.canonical_link, canon, owner);
    /* The first date an item was published under stays: an entry whose
     * feed re-dates it on every poll must not wander from day to day. */
    int64_t m_published = merge_time(row.published, fi->published, 0);
    int64_t m_updated = merge_time(row.updated, fi->updated, owner);
    const char *m_author = merge_str(row.author, fi->author, owner);
    const char *m_summary = merge_str(row.summary, fi->summary, owner);
    const char *m_content = merge_str(row.content, fi->content, owner);
    const char *m_cats = merge_str(row.categories, cats, owner);
    int visible_change = !sd_streq(m_guid, row.guid) || !sd_streq(m_title, row.title) ||
                         !sd_streq(m_link, row.link) || !sd_streq(m_canon, row.canonical_link) ||
                         m_published != row.published || m_updated != row.updated ||
                         !sd_streq(m_author, row.author) || !sd_streq(m_summary, row.summary) ||
                         !sd_streq(m_content, row.content) || !sd_streq(m_cats, row.categories);
    if (!visible_change && sd_streq(m_ident, row.ident)) {
        stats->unchanged++;
        ret = 0;
        goto out;
    }
    s = stmt_get(st, S_ITEM_UPDATE, err);
    if (!s)
        goto out;
    bind_i64(s, 1, row.id, &rc);
    bind_text(s, 2, m_ident, &rc);
    bind_text(s, 3, m_guid, &rc);
    bind_text(s, 4, m_title, &rc);
    bind_text(s, 5, m_link, &rc);
    bind_text(s, 6, m_canon, &rc);
    bind_time(s, 7, m_published, &rc);
    bind_time(s, 8, m_updated, &rc);
    bind_text(s, 9, m_author, &rc);
    bind_text(s, 10, m_summary, &rc);
    bind_text(s, 11, m_content, &rc);
    bind_text(s, 12, m_cats, &rc);
    if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
        db_fail(st, err, "updating an item");
        stmt_done(s);
        goto out;
    }
    stmt_done(s);
    if (visible_change)
        stats->updated++;
    else
        stats->unchanged++;
    ret = 0;
out:
    item_row_clear(&row);
    free(canon);
    free(ident);
    free(cats);
    return ret;
}

static int feed_exists(store *st, int64_t feed_id, sd_err *err)
{
    sqlite3_stmt *s = stmt_get(st, S_FEED_EXISTS, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, feed_id, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "looking up a feed");
    }
    rc = sqlite3_step(s);
    stmt_done(s);
    if (rc == SQLITE_ROW)
        return 0;
    if (rc == SQLITE_DONE)
        return sd_err_set(err, "no feed with id %lld", (long long)feed_id);
    return db_fail(st, err, "looking up a feed");
}

/* The items of doc, inside the caller's transaction. */
static int upsert_items(store *st, int64_t feed_id, const feed_doc *doc, int64_t seen_at, store_upsert_stats *stats,
                        sd_err *err)
{
    if (seen_at == SD_TIME_NONE)
        seen_at = now_utc();
    for (size_t i = 0; doc && i < doc->nitems; i++)
        if (upsert_one(st, feed_id, &doc->items[i], seen_at, stats, err) != 0)
            return -1;
    return 0;
}

int store_items_upsert(store *st, int64_t feed_id, const feed_doc *doc, int64_t seen_at,
                       store_upsert_stats *stats, sd_err *err)
{
    store_upsert_stats local = {0, 0, 0};
    int nested;
    if (tx_begin(st, &nested, err) != 0)
        return -1;
    if (feed_exists(st, feed_id, err) != 0 || upsert_items(st, feed_id, doc, seen_at, &local, err) != 0) {
        tx_rollback(st, nested);
        return -1;
    }
    if (tx_commit(st, nested, err) != 0)
        return -1;
    if (stats)
        *stats = local;
    return 0;
}

/* ---- polls ------------------------------------------------------------- */

/* "en-US" -> "en": the feeds table keeps the primary language subtag only. */
static char *primary_language(const char *lang)
{
    if (empty(lang))
        return NULL;
    size_t n = 0;
    while (lang[n] && ((lang[n] >= 'a' && lang[n] <= 'z') || (lang[n] >= 'A' && lang[n] <= 'Z')))
        n++;
    if (n < 2 || n > 3 || (lang[n] && lang[n] != '-' && lang[n] != '_'))
        return NULL;
    char *out = xstrndup(lang, n);
    for (char *c = out; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    return out;
}

static const char *outcome_name(enum store_fetch_outcome o)
{
    switch (o) {
    case STORE_FETCH_OK: return "ok";
    case STORE_FETCH_NOT_MODIFIED: return "not_modified";
    case STORE_FETCH_ERROR: return "error";
    }
    return NULL;
}

/* The URL the feed should have after a poll that may have been redirected for good. */
static int moved_url(store *st, const store_feed *f, const char *moved_to, char **url, sd_err *err)
{
    *url = NULL;
    if (empty(moved_to))
        return 0;
    char *m = trimmed(moved_to);
    if (!url_is_http(m)) {
        log_warn("feed %s: permanent redirect to '%s', not an http(s) URL: keeping the old URL", f->url, m);
        free(m);
        return 0;
    }
    if (strcmp(m, f->url) == 0) {
        free(m);
        return 0;
    }
    sqlite3_stmt *s = stmt_get(st, S_FEED_URL_TAKEN, err);
    if (!s) {
        free(m);
        return -1;
    }
    int rc = SQLITE_OK;
    bind_text(s, 1, m, &rc);
    bind_i64(s, 2, f->id, &rc);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        db_fail(st, err, "looking up a feed URL");
        stmt_done(s);
        free(m);
        return -1;
    }
    if (rc == SQLITE_ROW) {
        log_warn("feed %s moved permanently to %s, which is already feed %lld: keeping the old URL", f->url, m,
                 (long long)sqlite3_column_int64(s, 0));
        free(m);
    } else {
        log_info("feed %s moved permanently to %s", f->url, m);
        *url = m;
    }
    stmt_done(s);
    return 0;
}

int store_feed_record_fetch(store *st, const store_fetch_result *r, const feed_doc *doc,
                            store_upsert_stats *stats, sd_err *err)
{
    const char *outcome = outcome_name(r->outcome);
    if (!outcome)
        return sd_err_set(err, "unknown fetch outcome %d", (int)r->outcome);
    int64_t started = r->started_at == SD_TIME_NONE ? now_utc() : r->started_at;
    store_upsert_stats local = {0, 0, 0};
    store_feed f;
    int found = 0, nested, rc = SQLITE_OK;
    char *new_url = NULL, *doc_lang = NULL;
    memset(&f, 0, sizeof f);
    if (tx_begin(st, &nested, err) != 0)
        return -1;
    if (feed_by_id(st, S_FEED_STATE_BY_ID, r->feed_id, &f, &found, err) != 0)
        goto fail;
    if (!found) {
        sd_err_set(err, "no feed with id %lld", (long long)r->feed_id);
        goto fail;
    }
    if (doc && upsert_items(st, f.id, doc, started, &local, err) != 0)
        goto fail;
    if (moved_url(st, &f, r->moved_to, &new_url, err) != 0)
        goto fail;

    int ok = r->outcome != STORE_FETCH_ERROR;
    const char *etag = f.etag, *last_modified = f.last_modified;
    if (r->outcome == STORE_FETCH_OK) {
        /* A full response replaces the validators, absent ones included. */
        etag = r->etag;
        last_modified = r->last_modified;
    } else if (r->outcome == STORE_FETCH_NOT_MODIFIED) {
        etag = r->etag ? r->etag : f.etag;
        last_modified = r->last_modified ? r->last_modified : f.last_modified;
    }
    const char *title = f.title, *site_url = f.site_url, *language = f.language;
    int ttl = f.ttl_minutes;
    if (doc) {
        if (empty(title) && !empty(doc->title))
            title = doc->title;
        if (!empty(doc->link))
            site_url = doc->link;
        if (empty(language))
            language = doc_lang = primary_language(doc->language);
        ttl = doc->ttl_minutes;
    }
    sqlite3_stmt *s = stmt_get(st, S_FEED_STATE, err);
    if (!s)
        goto fail;
    bind_i64(s, 1, f.id, &rc);
    bind_text(s, 2, new_url ? new_url : f.url, &rc);
    bind_text(s, 3, title, &rc);
    bind_text(s, 4, site_url, &rc);
    bind_text(s, 5, language, &rc);
    bind_text(s, 6, etag, &rc);
    bind_text(s, 7, last_modified, &rc);
    bind_time(s, 8, started, &rc);
    bind_time(s, 9, ok ? started : f.last_ok, &rc);
    bind_time(s, 10, r->next_fetch, &rc);
    bind_i64(s, 11, ok ? 0 : (int64_t)f.error_count + 1, &rc);
    bind_text(s, 12, ok ? NULL : (r->error ? r->error : "unknown error"), &rc);
    bind_i64(s, 13, r->http_status, &rc);
    bind_i64(s, 14, ttl, &rc);
    if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
        db_fail(st, err, "updating the feed's state");
        stmt_done(s);
        goto fail;
    }
    stmt_done(s);

    s = stmt_get(st, S_FETCH_LOG, err);
    if (!s)
        goto fail;
    bind_i64(s, 1, f.id, &rc);
    bind_i64(s, 2, started, &rc);
    bind_i64(s, 3, r->duration_ms, &rc);
    bind_text(s, 4, outcome, &rc);
    bind_i64(s, 5, r->http_status, &rc);
    bind_i64(s, 6, r->bytes, &rc);
    bind_text(s, 7, ok ? NULL : (r->error ? r->error : "unknown error"), &rc);
    bind_text(s, 8, r->moved_to, &rc);
    bind_i64(s, 9, (int64_t)local.inserted, &rc);
    bind_i64(s, 10, (int64_t)local.updated, &rc);
    if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
        db_fail(st, err, "logging the poll");
        stmt_done(s);
        goto fail;
    }
    stmt_done(s);
    store_feed_clear(&f);
    free(new_url);
    free(doc_lang);
    if (tx_commit(st, nested, err) != 0)
        return -1;
    if (stats)
        *stats = local;
    return 0;
fail:
    tx_rollback(st, nested);
    store_feed_clear(&f);
    free(new_url);
    free(doc_lang);
    return -1;
}

/* ---- reading items ----------------------------------------------------- */

static void item_from_row(sqlite3_stmt *s, store_item *it)
{
    memset(it, 0, sizeof *it);
    it->id = sqlite3_column_int64(s, 0);
    it->feed_id = sqlite3_column_int64(s, 1);
    it->feed_title = col_text(s, 2);
    it->feed_language = col_text(s, 3);
    it->guid = col_text(s, 4);
    it->title = col_text(s, 5);
    it->link = col_text(s, 6);
    it->canonical_link = col_text(s, 7);
    it->published = col_time(s, 8);
    it->updated = col_time(s, 9);
    it->first_seen = col_time(s, 10);
    it->author = col_text(s, 11);
    it->summary = col_text(s, 12);
    it->content = col_text(s, 13);
    char *cats = col_text(s, 14);
    categories_parse(cats, &it->categories, &it->ncategories);
    free(cats);
    it->has_page = sqlite3_column_int(s, 15) != 0;
    it->extracted = sqlite3_column_int(s, 16) != 0;
    it->extract_fallback = sqlite3_column_int(s, 17) != 0;
    it->text = col_text(s, 18);
    it->language = col_text(s, 19);
}

void store_item_clear(store_item *it)
{
    if (!it)
        return;
    free(it->feed_title);
    free(it->feed_language);
    free(it->guid);
    free(it->title);
    free(it->link);
    free(it->canonical_link);
    free(it->author);
    free(it->summary);
    free(it->content);
    for (size_t i = 0; i < it->ncategories; i++)
        free(it->categories[i]);
    free(it->categories);
    free(it->text);
    free(it->language);
    memset(it, 0, sizeof *it);
}

void store_items_free(store_item *items, size_t n)
{
    if (!items)
        return;
    for (size_t i = 0; i < n; i++)
        store_item_clear(&items[i]);
    free(items);
}

/* Run a bound item SELECT to the end; resets the statement. */
static int items_collect(store *st, sqlite3_stmt *s, store_item **out, size_t *n, sd_err *err)
{
    store_item *v = NULL;
    size_t cap = 0, len = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        v = xgrow(v, &cap, len + 1, sizeof *v);
        item_from_row(s, &v[len++]);
    }
    stmt_done(s);
    if (rc != SQLITE_DONE) {
        store_items_free(v, len);
        return db_fail(st, err, "reading items");
    }
    *out = v;
    *n = len;
    return 0;
}

int store_items_between(store *st, int64_t start, int64_t end, store_item **out, size_t *n, sd_err *err)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *s = stmt_get(st, S_ITEMS_BETWEEN, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, start, &rc);
    bind_i64(s, 2, end, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "reading items");
    }
    return items_collect(st, s, out, n, err);
}

int store_item_get(store *st, int64_t id, store_item *out, int *found, sd_err *err)
{
    *found = 0;
    sqlite3_stmt *s = stmt_get(st, S_ITEM_GET, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, id, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "reading an item");
    }
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        item_from_row(s, out);
        *found = 1;
        rc = SQLITE_DONE;
    }
    stmt_done(s);
    if (rc != SQLITE_DONE)
        return db_fail(st, err, "reading an item");
    return 0;
}

int store_items_without_page(store *st, size_t limit, store_item **out, size_t *n, sd_err *err)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *s = stmt_get(st, S_ITEMS_WITHOUT_PAGE, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, limit > (size_t)INT64_MAX ? INT64_MAX : (int64_t)limit, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "reading items");
    }
    return items_collect(st, s, out, n, err);
}

int64_t store_item_count(store *st)
{
    sqlite3_stmt *s = NULL;
    int64_t n = -1;
    if (sqlite3_prepare_v2(st->db, "SELECT COUNT(*) FROM items", -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

/* ---- pages ------------------------------------------------------------- */

int store_page_put(store *st, const store_page *p, sd_err *err)
{
    if (empty(p->url))
        return sd_err_set(err, "page of item %lld has no URL", (long long)p->item_id);
    int nested, rc = SQLITE_OK;
    if (tx_begin(st, &nested, err) != 0)
        return -1;
    /* A different page makes the old extract stale: it goes, and the item
     * is extracted again. */
    sqlite3_stmt *s = stmt_get(st, S_PAGE_DROP_STALE_EXTRACT, err);
    if (!s)
        goto fail;
    bind_i64(s, 1, p->item_id, &rc);
    bind_blob(s, 2, p->body, p->body_len, &rc);
    if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
        db_fail(st, err, "storing a page");
        stmt_done(s);
        goto fail;
    }
    stmt_done(s);
    s = stmt_get(st, S_PAGE_PUT, err);
    if (!s)
        goto fail;
    bind_i64(s, 1, p->item_id, &rc);
    bind_text(s, 2, p->url, &rc);
    bind_text(s, 3, p->final_url, &rc);
    bind_i64(s, 4, p->status, &rc);
    bind_text(s, 5, p->content_type, &rc);
    bind_text(s, 6, p->headers, &rc);
    bind_blob(s, 7, p->body, p->body_len, &rc);
    bind_i64(s, 8, p->fetched_at == SD_TIME_NONE ? now_utc() : p->fetched_at, &rc);
    if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
        sd_err_set(err, "storing the page of item %lld: %s (%s)", (long long)p->item_id, sqlite3_errmsg(st->db),
                   st->path);
        stmt_done(s);
        goto fail;
    }
    stmt_done(s);
    return tx_commit(st, nested, err);
fail:
    tx_rollback(st, nested);
    return -1;
}

int store_page_get(store *st, int64_t item_id, store_page *out, int *found, sd_err *err)
{
    *found = 0;
    sqlite3_stmt *s = stmt_get(st, S_PAGE_GET, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, item_id, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "reading a page");
    }
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        memset(out, 0, sizeof *out);
        out->item_id = sqlite3_column_int64(s, 0);
        out->url = col_text(s, 1);
        out->final_url = col_text(s, 2);
        out->status = sqlite3_column_int(s, 3);
        out->content_type = col_text(s, 4);
        out->headers = col_text(s, 5);
        const void *b = sqlite3_column_blob(s, 6);
        size_t len = (size_t)sqlite3_column_bytes(s, 6);
        if (!b && len)
            die("out of memory reading a page");
        out->body = xmalloc(len + 1);
        if (len)
            memcpy(out->body, b, len);
        out->body[len] = '\0';
        out->body_len = len;
        out->fetched_at = col_time(s, 7);
        *found = 1;
        rc = SQLITE_DONE;
    }
    stmt_done(s);
    if (rc != SQLITE_DONE)
        return db_fail(st, err, "reading a page");
    return 0;
}

void store_page_clear(store_page *p)
{
    if (!p)
        return;
    free(p->url);
    free(p->final_url);
    free(p->content_type);
    free(p->headers);
    free(p->body);
    memset(p, 0, sizeof *p);
}

int store_pages_to_extract(store *st, int version, int force, int64_t **ids, size_t *n, sd_err *err)
{
    *ids = NULL;
    *n = 0;
    const char *sql = force ? "SELECT item_id FROM pages ORDER BY item_id"
                            : "SELECT p.item_id FROM pages p LEFT JOIN extracts x ON x.item_id = p.item_id "
                              "WHERE x.item_id IS NULL OR x.version < ?1 ORDER BY p.item_id";
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
        return db_fail(st, err, "listing pages to extract");
    if (!force && sqlite3_bind_int(s, 1, version) != SQLITE_OK) {
        sqlite3_finalize(s);
        return db_fail(st, err, "listing pages to extract");
    }
    int64_t *v = NULL;
    size_t cap = 0, len = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        v = xgrow(v, &cap, len + 1, sizeof *v);
        v[len++] = sqlite3_column_int64(s, 0);
    }
    if (rc != SQLITE_DONE) {
        db_fail(st, err, "listing pages to extract");
        sqlite3_finalize(s);
        free(v);
        return -1;
    }
    sqlite3_finalize(s);
    *ids = v;
    *n = len;
    return 0;
}

/* ---- extracts ---------------------------------------------------------- */

int store_extract_put(store *st, const store_extract *x, sd_err *err)
{
    sqlite3_stmt *s = stmt_get(st, S_EXTRACT_PUT, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, x->item_id, &rc);
    bind_text(s, 2, x->title, &rc);
    bind_time(s, 3, x->published, &rc);
    bind_text(s, 4, x->author, &rc);
    bind_text(s, 5, x->language, &rc);
    bind_text(s, 6, x->canonical_url, &rc);
    bind_text(s, 7, x->text, &rc);
    bind_i64(s, 8, x->fallback ? 1 : 0, &rc);
    bind_text(s, 9, x->reason, &rc);
    bind_i64(s, 10, x->version, &rc);
    if (rc != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE) {
        sd_err_set(err, "storing the extract of item %lld: %s (%s)", (long long)x->item_id,
                   sqlite3_errmsg(st->db), st->path);
        stmt_done(s);
        return -1;
    }
    stmt_done(s);
    return 0;
}

int store_extract_get(store *st, int64_t item_id, store_extract *out, int *found, sd_err *err)
{
    *found = 0;
    sqlite3_stmt *s = stmt_get(st, S_EXTRACT_GET, err);
    if (!s)
        return -1;
    int rc = SQLITE_OK;
    bind_i64(s, 1, item_id, &rc);
    if (rc != SQLITE_OK) {
        stmt_done(s);
        return db_fail(st, err, "reading an extract");
    }
    rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        memset(out, 0, sizeof *out);
        out->item_id = sqlite3_column_int64(s, 0);
        out->title = col_text(s, 1);
        out->published = col_time(s, 2);
        out->author = col_text(s, 3);
        out->language = col_text(s, 4);
        out->canonical_url = col_text(s, 5);
        out->text = col_text(s, 6);
        out->fallback = sqlite3_column_int(s, 7) != 0;
        out->reason = col_text(s, 8);
        out->version = sqlite3_column_int(s, 9);
        *found = 1;
        rc = SQLITE_DONE;
    }
    stmt_done(s);
    if (rc != SQLITE_DONE)
        return db_fail(st, err, "reading an extract");
    return 0;
}

void store_extract_clear(store_extract *x)
{
    if (!x)
        return;
    free(x->title);
    free(x->author);
    free(x->language);
    free(x->canonical_url);
    free(x->text);
    free(x->reason);
    memset(x, 0, sizeof *x);
}
