/*
 * store: the one SQLite database that holds everything secdigest collected.
 *
 * Tables: feeds (the subscription list and each feed's polling state), items
 * (feed entries, stored once), pages (raw article pages with their headers),
 * extracts (article text extracted from pages), fetch_log (history of every
 * poll).  Later modules add their own tables through migrations listed in
 * store/schema.c; the schema version is SQLite's user_version.
 *
 * Durability rules: WAL mode, synchronous=NORMAL, and every write that must
 * be all-or-nothing is one transaction.  A process killed at any instant
 * leaves the database at the last committed state, and running the same step
 * again completes the work (every write is an upsert keyed on identity).
 *
 * Identity of an item: (feed, entry id); when the entry has no id, its
 * canonical link; when it has neither, a hash of title and date.  An entry
 * whose canonical link is already stored (from any feed) updates that item
 * instead of creating a second one -- except that two entries of one feed
 * with different ids stay two items even when they link to one page (feeds
 * that point every entry at an anchor of one page do that).
 *
 * Updating a stored item: when its own feed sends it again, the new values
 * replace the stored ones, except that a value the new copy lacks never
 * erases one, and the first published date stays (an item does not move
 * from day to day when a feed re-dates it).  A copy from another feed only
 * fills values the item lacks.  first_seen never changes.
 */
#ifndef SECDIGEST_STORE_H
#define SECDIGEST_STORE_H

#include "core/core.h"
#include "feed/feed.h"

typedef struct sqlite3 sqlite3;
typedef struct store store;

/* Open (creating the file and its folder if needed) and migrate to the newest schema. */
int store_open(const char *path, store **out, sd_err *err);
void store_close(store *st);
int store_schema_version(store *st);
/* The newest schema version this binary knows. */
int store_schema_latest(void);
/* For modules that own tables of their own (analysis, digests, LLM cache). */
sqlite3 *store_db(store *st);
int store_begin(store *st, sd_err *err);   /* BEGIN IMMEDIATE */
int store_commit(store *st, sd_err *err);
void store_rollback(store *st);

/* ---- feeds ---- */

typedef struct store_feed {
    int64_t id;
    char *url;
    char *title;
    char *site_url;
    char *language;       /* "ja", "en", or NULL */
    char *category;
    int64_t added_at;
    char *etag;
    char *last_modified;
    int64_t last_fetch;    /* SD_TIME_NONE if never */
    int64_t last_ok;       /* last successful poll (200 or 304) */
    int64_t next_fetch;    /* not before this time unless forced; SD_TIME_NONE if any time */
    int error_count;       /* consecutive failures */
    char *last_error;
    int last_status;       /* last HTTP status, 0 if none */
    int ttl_minutes;
    int64_t item_count;
    int64_t removed_at;    /* store_feed_remove time; SD_TIME_NONE while on the list */
} store_feed;

/* Add a feed, or update title/lang/category of an existing one (by URL). *created tells which. */
int store_feed_add(store *st, const char *url, const char *title, const char *language,
                   const char *category, int64_t *id, int *created, sd_err *err);
/* *removed is 1 if a feed with that URL existed. Its items stay (they are the archive):
 * the row is only marked removed, leaves feeds list/find_url, and store_feed_add of the
 * same URL brings it back (*created = 1) with its history. */
int store_feed_remove(store *st, const char *url, int *removed, sd_err *err);
int store_feed_list(store *st, store_feed **out, size_t *n, sd_err *err);
/* *found is 0 when there is no such feed. get also finds removed feeds (removed_at set);
 * find_url only feeds on the list. */
int store_feed_get(store *st, int64_t id, store_feed *out, int *found, sd_err *err);
int store_feed_find_url(store *st, const char *url, store_feed *out, int *found, sd_err *err);
void store_feed_clear(store_feed *f);
void store_feeds_free(store_feed *f, size_t n);

/* ---- items ---- */

typedef struct store_upsert_stats {
    size_t inserted;
    size_t updated;
    size_t unchanged;
} store_upsert_stats;

/* Store every item of a parsed document for a feed, in one transaction. */
int store_items_upsert(store *st, int64_t feed_id, const feed_doc *doc, int64_t seen_at,
                       store_upsert_stats *stats, sd_err *err);

enum store_fetch_outcome { STORE_FETCH_OK = 0, STORE_FETCH_NOT_MODIFIED, STORE_FETCH_ERROR };

/* What one poll of one feed produced. Strings may be NULL. */
typedef struct store_fetch_result {
    int64_t feed_id;
    enum store_fetch_outcome outcome;
    int64_t started_at;
    int64_t duration_ms;
    int http_status;
    int64_t bytes;
    const char *error;         /* outcome ERROR: the reason, one line */
    const char *etag;
    const char *last_modified;
    const char *moved_to;      /* permanent redirect: the new feed URL */
    int64_t next_fetch;        /* earliest next poll, or SD_TIME_NONE */
} store_fetch_result;

/*
 * Record a poll: the items of `doc` (may be NULL), the feed's polling state
 * and a fetch_log row, all in one transaction.  On outcome ERROR the feed's
 * error_count grows by one; on OK or NOT_MODIFIED it returns to zero.
 */
int store_feed_record_fetch(store *st, const store_fetch_result *r, const feed_doc *doc,
                            store_upsert_stats *stats, sd_err *err);

typedef struct store_item {
    int64_t id;
    int64_t feed_id;
    char *feed_title;
    char *feed_language;
    char *guid;
    char *title;
    char *link;
    char *canonical_link;
    int64_t published;   /* SD_TIME_NONE if the feed gave none */
    int64_t updated;
    int64_t first_seen;
    char *author;
    char *summary;
    char *content;
    char **categories;
    size_t ncategories;
    int has_page;        /* a page was fetched and stored with a 2xx status */
    int extracted;       /* an extract row exists */
    int extract_fallback;/* the extract is the feed's summary, not the page */
    char *text;          /* extracted body, or NULL */
    char *language;      /* extracted language, or NULL */
} store_item;

/* Items whose day time -- published, or first_seen when undated -- is in [start, end), oldest first. */
int store_items_between(store *st, int64_t start, int64_t end, store_item **out, size_t *n, sd_err *err);
int store_item_get(store *st, int64_t id, store_item *out, int *found, sd_err *err);
/* Items with an http(s) link and no stored page yet (newest first), at most `limit`.
 * A page stored with an error status counts as stored: it is not fetched again. */
int store_items_without_page(store *st, size_t limit, store_item **out, size_t *n, sd_err *err);
void store_item_clear(store_item *it);
void store_items_free(store_item *items, size_t n);
int64_t store_item_count(store *st);

/* ---- article pages ---- */

typedef struct store_page {
    int64_t item_id;
    char *url;           /* requested */
    char *final_url;     /* after redirects */
    int status;
    char *content_type;
    char *headers;       /* raw response headers */
    char *body;          /* raw bytes (not NUL-terminated data; a NUL is added for convenience) */
    size_t body_len;
    int64_t fetched_at;
} store_page;

int store_page_put(store *st, const store_page *p, sd_err *err);
int store_page_get(store *st, int64_t item_id, store_page *out, int *found, sd_err *err);
void store_page_clear(store_page *p);
/* Item ids that have a page and no extract at `version` or newer (all pages when version is 0 and force). */
int store_pages_to_extract(store *st, int version, int force, int64_t **ids, size_t *n, sd_err *err);

/* ---- extracts ---- */

typedef struct store_extract {
    int64_t item_id;
    char *title;
    int64_t published;
    char *author;
    char *language;
    char *canonical_url;
    char *text;
    int fallback;        /* 1: nothing credible in the page; text is the feed summary */
    char *reason;        /* why fallback, or NULL */
    int version;         /* extractor version that produced it */
} store_extract;

int store_extract_put(store *st, const store_extract *x, sd_err *err);
int store_extract_get(store *st, int64_t item_id, store_extract *out, int *found, sd_err *err);
void store_extract_clear(store_extract *x);

/* ---- links ---- */

/* *known = 1 when `url` (as given, or by its canonical form) is the link of a stored item. */
int store_link_known(store *st, const char *url, int *known, sd_err *err);

/* ---- archive: digests written, and search ---- */

typedef struct store_digest {
    char *date;          /* YYYY-MM-DD */
    int64_t generated_at;
    char *writer;        /* "extractive" or "llm" */
    char *title;
    char *summary;       /* key point headlines, one per line */
    char *markdown;      /* NULL in store_digest_list results */
    char *html;          /* the day's page; NULL in list results */
    char *json;          /* NULL in list results */
} store_digest;

/* Keep (or replace) the digest of a day. */
int store_digest_put(store *st, const store_digest *d, sd_err *err);
/* All days, newest first, without the large fields. */
int store_digest_list(store *st, store_digest **out, size_t *n, sd_err *err);
int store_digest_get(store *st, const char *date, store_digest *out, int *found, sd_err *err);
void store_digest_clear(store_digest *d);
void store_digests_free(store_digest *d, size_t n);

typedef struct store_hit {
    int is_digest;       /* 0: an item; 1: a day's digest */
    int64_t item_id;
    char *date;          /* the item's day (UTC date of its day time) or the digest's date */
    char *source;        /* feed title, or NULL */
    char *title;
    char *link;          /* item link, or NULL for a digest */
    char *snippet;       /* text around the first match */
    double rank;
} store_hit;

/* Index the items written since the last sync (writes only mark them pending). */
int store_search_sync(store *st, sd_err *err);
/* Full-text search over items (title, summary, extracted text) and digests.
 * Queries of one or two characters fall back to a substring scan. */
int store_search(store *st, const char *query, size_t limit, store_hit **out, size_t *n, sd_err *err);
void store_hits_free(store_hit *h, size_t n);

#endif
