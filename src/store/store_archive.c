/*
 * The archive: every digest written is kept (one row per day, replaced when
 * the day is written again), and items and digests can be searched with
 * FTS5 (trigram tokens, maintained by triggers; see schema.c migration 2).
 */
#include "store/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static char *col_text(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? xstrdup((const char *)t) : NULL;
}

static int fail(store *st, sd_err *err, const char *what)
{
    return sd_err_set(err, "%s: %s", what, sqlite3_errmsg(store_db(st)));
}

int store_digest_put(store *st, const store_digest *d, sd_err *err)
{
    sqlite3_stmt *s = NULL;
    const char *sql =
        "INSERT INTO digests (date, generated_at, writer, title, summary, markdown, html, json) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(date) DO UPDATE SET "
        "generated_at = excluded.generated_at, writer = excluded.writer, title = excluded.title, "
        "summary = excluded.summary, markdown = excluded.markdown, html = excluded.html, json = excluded.json";
    if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) != SQLITE_OK)
        return fail(st, err, "saving a digest");
    sqlite3_bind_text(s, 1, d->date, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, d->generated_at);
    sqlite3_bind_text(s, 3, d->writer ? d->writer : "extractive", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, d->title ? d->title : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, d->summary ? d->summary : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, d->markdown ? d->markdown : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 7, d->html ? d->html : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 8, d->json ? d->json : "", -1, SQLITE_STATIC);
    /* One statement: atomic on its own (autocommit), triggers included. */
    int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return fail(st, err, "saving a digest");
    return 0;
}

void store_digest_clear(store_digest *d)
{
    free(d->date);
    free(d->writer);
    free(d->title);
    free(d->summary);
    free(d->markdown);
    free(d->html);
    free(d->json);
    memset(d, 0, sizeof *d);
}

void store_digests_free(store_digest *d, size_t n)
{
    for (size_t i = 0; i < n; i++)
        store_digest_clear(&d[i]);
    free(d);
}

int store_digest_list(store *st, store_digest **out, size_t *n, sd_err *err)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(store_db(st),
                           "SELECT date, generated_at, writer, title, summary FROM digests ORDER BY date DESC",
                           -1, &s, NULL) != SQLITE_OK)
        return fail(st, err, "listing digests");
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        *out = xgrow(*out, &cap, *n + 1, sizeof **out);
        store_digest *d = &(*out)[(*n)++];
        memset(d, 0, sizeof *d);
        d->date = col_text(s, 0);
        d->generated_at = sqlite3_column_int64(s, 1);
        d->writer = col_text(s, 2);
        d->title = col_text(s, 3);
        d->summary = col_text(s, 4);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) {
        store_digests_free(*out, *n);
        *out = NULL;
        *n = 0;
        return fail(st, err, "listing digests");
    }
    return 0;
}

int store_digest_get(store *st, const char *date, store_digest *out, int *found, sd_err *err)
{
    memset(out, 0, sizeof *out);
    *found = 0;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(store_db(st),
                           "SELECT date, generated_at, writer, title, summary, markdown, html, json "
                           "FROM digests WHERE date = ?1",
                           -1, &s, NULL) != SQLITE_OK)
        return fail(st, err, "reading a digest");
    sqlite3_bind_text(s, 1, date, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *found = 1;
        out->date = col_text(s, 0);
        out->generated_at = sqlite3_column_int64(s, 1);
        out->writer = col_text(s, 2);
        out->title = col_text(s, 3);
        out->summary = col_text(s, 4);
        out->markdown = col_text(s, 5);
        out->html = col_text(s, 6);
        out->json = col_text(s, 7);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return fail(st, err, "reading a digest");
    return 0;
}

void store_hits_free(store_hit *h, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(h[i].date);
        free(h[i].source);
        free(h[i].title);
        free(h[i].link);
        free(h[i].snippet);
    }
    free(h);
}

/* The query as one FTS5 phrase per whitespace-separated word: user text never becomes FTS syntax. */
static char *fts_query(const char *q)
{
    strbuf sb = STRBUF_INIT;
    const char *p = q;
    while (*p) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        const char *w = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if (sb.len)
            strbuf_putc(&sb, ' ');
        strbuf_putc(&sb, '"');
        for (const char *c = w; c < p; c++) {
            if (*c == '"')
                strbuf_putc(&sb, '"');
            strbuf_putc(&sb, *c);
        }
        strbuf_putc(&sb, '"');
    }
    return strbuf_detach(&sb);
}

/* Characters (not bytes) in the shortest word of the query. */
static size_t shortest_word_chars(const char *q)
{
    size_t best = (size_t)-1, cur = 0;
    for (const unsigned char *p = (const unsigned char *)q;; p++) {
        if (*p == 0 || *p == ' ' || *p == '\t') {
            if (cur && cur < best)
                best = cur;
            cur = 0;
            if (!*p)
                break;
        } else if ((*p & 0xC0) != 0x80) {
            cur++;
        }
    }
    return best == (size_t)-1 ? 0 : best;
}

static char *like_pattern(const char *q)
{
    strbuf sb = STRBUF_INIT;
    strbuf_putc(&sb, '%');
    for (const char *c = q; *c; c++) {
        if (*c == '%' || *c == '_' || *c == '\\')
            strbuf_putc(&sb, '\\');
        strbuf_putc(&sb, *c);
    }
    strbuf_putc(&sb, '%');
    return strbuf_detach(&sb);
}

int store_search_sync(store *st, sd_err *err)
{
    static const char *const steps[] = {
        "DELETE FROM item_search WHERE rowid IN (SELECT item_id FROM search_pending)",
        "INSERT INTO item_search(rowid, title, body) SELECT i.id, coalesce(i.title, ''), "
        "  coalesce((SELECT e.text FROM extracts e WHERE e.item_id = i.id AND e.fallback = 0), i.summary, '') "
        "FROM search_pending p JOIN items i ON i.id = p.item_id",
        "DELETE FROM search_pending",
    };
    if (store_begin(st, err) != 0)
        return -1;
    for (size_t i = 0; i < SD_ARRAY_LEN(steps); i++) {
        if (sqlite3_exec(store_db(st), steps[i], NULL, NULL, NULL) != SQLITE_OK) {
            fail(st, err, "updating the search index");
            store_rollback(st);
            return -1;
        }
    }
    return store_commit(st, err);
}

int store_search(store *st, const char *query, size_t limit, store_hit **out, size_t *n, sd_err *err)
{
    *out = NULL;
    *n = 0;
    if (!query || !*query)
        return sd_err_set(err, "empty search");
    if (store_search_sync(st, err) != 0)
        return -1;
    if (limit == 0)
        limit = 20;
    /* Trigrams need three characters; shorter words are found by a scan. */
    int scan = shortest_word_chars(query) < 3;
    char *match = scan ? like_pattern(query) : fts_query(query);
    const char *sql_fts =
        "SELECT 0, i.id, date(coalesce(i.published, i.first_seen), 'unixepoch'), f.title, i.title, i.link, "
        "  snippet(item_search, -1, '[', ']', '…', 16), bm25(item_search) AS r "
        "FROM item_search JOIN items i ON i.id = item_search.rowid LEFT JOIN feeds f ON f.id = i.feed_id "
        "WHERE item_search MATCH ?1 "
        "UNION ALL "
        "SELECT 1, 0, d.date, NULL, d.title, NULL, snippet(digest_search, 1, '[', ']', '…', 16), "
        "  bm25(digest_search) AS r "
        "FROM digest_search JOIN digests d ON d.rowid = digest_search.rowid WHERE digest_search MATCH ?1 "
        "ORDER BY r, 3 DESC LIMIT ?2";
    const char *sql_scan =
        "SELECT 0, i.id, date(coalesce(i.published, i.first_seen), 'unixepoch'), f.title, i.title, i.link, "
        "  substr(coalesce(i.summary, ''), 1, 80), 0 "
        "FROM items i LEFT JOIN feeds f ON f.id = i.feed_id "
        "WHERE i.title LIKE ?1 ESCAPE '\\' OR i.summary LIKE ?1 ESCAPE '\\' "
        "UNION ALL SELECT 1, 0, d.date, NULL, d.title, NULL, substr(d.summary, 1, 80), 0 "
        "FROM digests d WHERE d.markdown LIKE ?1 ESCAPE '\\' "
        "ORDER BY 3 DESC LIMIT ?2";
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(store_db(st), scan ? sql_scan : sql_fts, -1, &s, NULL) != SQLITE_OK) {
        free(match);
        return fail(st, err, "searching");
    }
    sqlite3_bind_text(s, 1, match, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)limit);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        *out = xgrow(*out, &cap, *n + 1, sizeof **out);
        store_hit *h = &(*out)[(*n)++];
        h->is_digest = sqlite3_column_int(s, 0);
        h->item_id = sqlite3_column_int64(s, 1);
        h->date = col_text(s, 2);
        h->source = col_text(s, 3);
        h->title = col_text(s, 4);
        h->link = col_text(s, 5);
        h->snippet = col_text(s, 6);
        h->rank = sqlite3_column_double(s, 7);
    }
    sqlite3_finalize(s);
    free(match);
    if (rc != SQLITE_DONE) {
        store_hits_free(*out, *n);
        *out = NULL;
        *n = 0;
        return fail(st, err, "searching");
    }
    return 0;
}
