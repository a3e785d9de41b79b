#include "core/core.h"
#include "core/timeutil.h"
#include "store/store.h"
#include "test.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- fixtures ---------------------------------------------------------- */

static char tmpdir[256];
static int db_counter;

/* A fresh database path under the test's temp folder (in a sub-folder that does not exist yet). */
static char *new_db_path(void)
{
    return xasprintf("%s/sub%d/dir/secdigest.db", tmpdir, ++db_counter);
}

static void remove_db(const char *path)
{
    char *p;
    unlink(path);
    p = xasprintf("%s-wal", path);
    unlink(p);
    free(p);
    p = xasprintf("%s-shm", path);
    unlink(p);
    free(p);
    /* .../subN/dir/secdigest.db: remove dir and subN */
    char *d = xstrdup(path);
    for (int i = 0; i < 2; i++) {
        char *slash = strrchr(d, '/');
        if (!slash)
            break;
        *slash = '\0';
        rmdir(d);
    }
    free(d);
}

static store *open_db(const char *path)
{
    store *st = NULL;
    sd_err e = SD_ERR_INIT;
    if (store_open(path, &st, &e) != 0) {
        fprintf(stderr, "store_open(%s): %s\n", path, sd_err_msg(&e));
        sd_err_clear(&e);
        return NULL;
    }
    return st;
}

static feed_doc *doc_new(const char *title, const char *link, const char *language)
{
    feed_doc *d = xcalloc(1, sizeof *d);
    d->format = FEED_FORMAT_RSS2;
    d->title = xstrdup(title);
    d->link = xstrdup(link);
    d->language = xstrdup(language);
    d->updated = SD_TIME_NONE;
    return d;
}

static feed_item *doc_add(feed_doc *d, const char *id, const char *title, const char *link, int64_t published)
{
    d->items = xgrow(d->items, &d->items_cap, d->nitems + 1, sizeof *d->items);
    feed_item *it = &d->items[d->nitems++];
    memset(it, 0, sizeof *it);
    it->id = xstrdup(id);
    it->title = xstrdup(title);
    it->link = xstrdup(link);
    it->published = published;
    it->updated = SD_TIME_NONE;
    return it;
}

static void item_set(char **field, const char *v)
{
    free(*field);
    *field = xstrdup(v);
}

static void item_add_category(feed_item *it, const char *c)
{
    it->categories = xrealloc(it->categories, (it->ncategories + 1) * sizeof *it->categories);
    it->categories[it->ncategories++] = xstrdup(c);
}

static void doc_free(feed_doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->nitems; i++) {
        feed_item *it = &d->items[i];
        free(it->id);
        free(it->title);
        free(it->link);
        free(it->author);
        free(it->summary);
        free(it->content);
        for (size_t k = 0; k < it->ncategories; k++)
            free(it->categories[k]);
        free(it->categories);
    }
    free(d->items);
    free(d->title);
    free(d->link);
    free(d->language);
    free(d->charset);
    free(d);
}

static int64_t add_feed(store *st, const char *url, const char *title)
{
    int64_t id = -1;
    int created = 0;
    sd_err e = SD_ERR_INIT;
    if (store_feed_add(st, url, title, NULL, NULL, &id, &created, &e) != 0) {
        fprintf(stderr, "store_feed_add: %s\n", sd_err_msg(&e));
        sd_err_clear(&e);
    }
    return id;
}

/* One integer from SQL, -1 on error. */
static int64_t sql_int(store *st, const char *sql)
{
    sqlite3_stmt *s = NULL;
    int64_t v = -1;
    if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

static char *sql_text(store *st, const char *sql)
{
    sqlite3_stmt *s = NULL;
    char *v = NULL;
    if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW &&
        sqlite3_column_text(s, 0))
        v = xstrdup((const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    return v;
}

static int upsert(store *st, int64_t feed, const feed_doc *d, int64_t seen, store_upsert_stats *stats)
{
    sd_err e = SD_ERR_INIT;
    int rc = store_items_upsert(st, feed, d, seen, stats, &e);
    if (rc != 0) {
        fprintf(stderr, "store_items_upsert: %s\n", sd_err_msg(&e));
        sd_err_clear(&e);
    }
    return rc;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* 2025-11-18T09:30:00Z worked out by hand: 55 years to 2025 with 14 leap
 * days = 20089 days, + 321 days to 18 November = 20410 days = 1763424000 s,
 * + 9.5 h = 1763458200 (checked against time_from_utc below). */
#define T_2025_11_18_0930Z 1763458200LL

/* Storing 10,000 items must take well under a second; sanitizer builds run
 * several times slower, so they get more room. */

/* ---- opening ----------------------------------------------------------- */

TEST(open_creates_folder_file_and_schema)
{
    char *path = new_db_path();
    store *st = open_db(path);
    CHECK(st != NULL);
    if (!st) {
        free(path);
        return;
    }
    struct stat sb;
    CHECK(stat(path, &sb) == 0 && S_ISREG(sb.st_mode));
    CHECK(store_schema_latest() >= 1);
    CHECK_INT(store_schema_version(st), store_schema_latest());
    char *mode = sql_text(st, "PRAGMA journal_mode");
    CHECK_STR(mode, "wal");
    free(mode);
    CHECK_INT(sql_int(st, "PRAGMA foreign_keys"), 1);
    CHECK_INT(sql_int(st, "PRAGMA synchronous"), 1); /* NORMAL */
    CHECK_INT(sql_int(st, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                          "('feeds','items','pages','extracts','fetch_log')"),
              5);
    /* the day query is served by the day index, not a scan */
    sqlite3_stmt *s = NULL;
    CHECK(sqlite3_prepare_v2(store_db(st),
                             "EXPLAIN QUERY PLAN SELECT id FROM items i WHERE COALESCE(i.published, i.first_seen) "
                             ">= 1 AND COALESCE(i.published, i.first_seen) < 2 "
                             "ORDER BY COALESCE(i.published, i.first_seen), i.id",
                             -1, &s, NULL) == SQLITE_OK);
    int uses_index = 0;
    while (s && sqlite3_step(s) == SQLITE_ROW)
        if (strstr((const char *)sqlite3_column_text(s, 3), "items_day"))
            uses_index = 1;
    sqlite3_finalize(s);
    CHECK(uses_index);
    CHECK_INT(store_item_count(st), 0);
    store_close(st);
    remove_db(path);
    free(path);
}

TEST(reopen_keeps_data_and_version)
{
    char *path = new_db_path();
    store *st = open_db(path);
    CHECK(st != NULL);
    int64_t id = add_feed(st, "https://jp.example.org/rss", "Example JP");
    CHECK(id > 0);
    store_close(st);
    for (int round = 0; round < 2; round++) {
        st = open_db(path);
        CHECK(st != NULL);
        if (!st)
            break;
        CHECK_INT(store_schema_version(st), store_schema_latest());
        store_feed *feeds = NULL;
        size_t n = 0;
        sd_err e = SD_ERR_INIT;
        CHECK_INT(store_feed_list(st, &feeds, &n, &e), 0);
        CHECK_INT(n, 1);
        if (n == 1)
            CHECK_STR(feeds[0].title, "Example JP");
        store_feeds_free(feeds, n);
        store_close(st);
    }
    remove_db(path);
    free(path);
}

TEST(open_migrates_an_empty_version_0_database)
{
    char *path = new_db_path();
    sd_err e = SD_ERR_INIT;
    char *dir = xstrndup(path, (size_t)(strrchr(path, '/') - path));
    CHECK_INT(sd_mkdirs(dir, &e), 0);
    free(dir);
    /* an SQLite file made by hand: version 0, one unrelated pragma set */
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "PRAGMA page_size = 8192; VACUUM;", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    store *st = open_db(path);
    CHECK(st != NULL);
    if (st) {
        CHECK_INT(store_schema_version(st), store_schema_latest());
        CHECK(add_feed(st, "https://a.example.org/feed", NULL) > 0);
        store_close(st);
    }
    remove_db(path);
    free(path);
}

TEST(open_refuses_newer_foreign_and_garbage_files)
{
    char *path = new_db_path();
    store *st = open_db(path);
    CHECK(st != NULL);
    store_close(st);
    /* a database written by a newer secdigest */
    sqlite3 *db = NULL;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    char *bump = xasprintf("PRAGMA user_version = %d", store_schema_latest() + 1);
    CHECK(sqlite3_exec(db, bump, NULL, NULL, NULL) == SQLITE_OK);
    free(bump);
    sqlite3_close(db);
    sd_err e = SD_ERR_INIT;
    st = NULL;
    CHECK_INT(store_open(path, &st, &e), -1);
    CHECK(st == NULL);
    CHECK(strstr(sd_err_msg(&e), "newer") != NULL);
    CHECK(strstr(sd_err_msg(&e), path) != NULL);
    sd_err_clear(&e);
    /* it was not touched */
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    sqlite3_stmt *s = NULL;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL);
    CHECK(s && sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) == store_schema_latest() + 1);
    sqlite3_finalize(s);
    sqlite3_close(db);
    remove_db(path);
    free(path);

    /* another program's database */
    path = new_db_path();
    char *dir = xstrndup(path, (size_t)(strrchr(path, '/') - path));
    CHECK_INT(sd_mkdirs(dir, &e), 0);
    free(dir);
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "PRAGMA application_id = 1234; CREATE TABLE t(x);", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(store_open(path, &st, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "another program") != NULL);
    sd_err_clear(&e);
    remove_db(path);
    free(path);

    /* not a database at all */
    path = new_db_path();
    dir = xstrndup(path, (size_t)(strrchr(path, '/') - path));
    CHECK_INT(sd_mkdirs(dir, &e), 0);
    free(dir);
    const char junk[] = "this is a text file, not SQLite, and it is long enough to have a header........";
    CHECK_INT(sd_write_file(path, junk, sizeof junk, &e), 0);
    CHECK_INT(store_open(path, &st, &e), -1);
    CHECK(strstr(sd_err_msg(&e), path) != NULL);
    sd_err_clear(&e);
    remove_db(path);
    free(path);
}

/* ---- feeds ------------------------------------------------------------- */

TEST(feeds_add_update_remove_list)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    sd_err e = SD_ERR_INIT;
    int64_t a, b, again;
    int created = -1;
    CHECK_INT(store_feed_add(st, "https://jvn.example.jp/rss/jvn.rdf", "JVN", "ja", "Japan/CERT", &a, &created, &e), 0);
    CHECK_INT(created, 1);
    CHECK_INT(store_feed_add(st, " https://news.example.com/feed\n", NULL, "en", NULL, &b, &created, &e), 0);
    CHECK_INT(created, 1);
    CHECK(a != b);
    /* same URL again: an update, title replaced, absent values kept */
    CHECK_INT(store_feed_add(st, "https://jvn.example.jp/rss/jvn.rdf", "JVN iPedia", NULL, NULL, &again, &created, &e), 0);
    CHECK_INT(created, 0);
    CHECK_INT(again, a);
    /* not a feed URL */
    CHECK_INT(store_feed_add(st, "ftp://x.example/feed", NULL, NULL, NULL, &again, &created, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "ftp://x.example/feed") != NULL);
    sd_err_clear(&e);

    store_feed *feeds = NULL;
    size_t n = 0;
    CHECK_INT(store_feed_list(st, &feeds, &n, &e), 0);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_INT(feeds[0].id, a);
        CHECK_STR(feeds[0].url, "https://jvn.example.jp/rss/jvn.rdf");
        CHECK_STR(feeds[0].title, "JVN iPedia");
        CHECK_STR(feeds[0].language, "ja");
        CHECK_STR(feeds[0].category, "Japan/CERT");
        CHECK(feeds[0].added_at != SD_TIME_NONE && feeds[0].added_at > 1700000000);
        CHECK(feeds[0].last_fetch == SD_TIME_NONE);
        CHECK(feeds[0].last_ok == SD_TIME_NONE);
        CHECK(feeds[0].next_fetch == SD_TIME_NONE);
        CHECK_INT(feeds[0].error_count, 0);
        CHECK_INT(feeds[0].last_status, 0);
        CHECK(feeds[0].removed_at == SD_TIME_NONE);
        CHECK_STR(feeds[1].url, "https://news.example.com/feed"); /* whitespace trimmed */
        CHECK(feeds[1].title == NULL);
    }
    store_feeds_free(feeds, n);

    /* give feed a one item, then remove it: it leaves the list, its item stays */
    feed_doc *d = doc_new("JVN", "https://jvn.example.jp/", "ja");
    doc_add(d, "JVNDB-2025-000001", "脆弱性情報", "https://jvn.example.jp/ja/contents/2025/JVNDB-2025-000001.html",
            T_2025_11_18_0930Z);
    store_upsert_stats stats;
    CHECK_INT(upsert(st, a, d, T_2025_11_18_0930Z, &stats), 0);
    doc_free(d);

    int removed = -1;
    CHECK_INT(store_feed_remove(st, "https://jvn.example.jp/rss/jvn.rdf", &removed, &e), 0);
    CHECK_INT(removed, 1);
    CHECK_INT(store_feed_remove(st, "https://jvn.example.jp/rss/jvn.rdf", &removed, &e), 0);
    CHECK_INT(removed, 0);
    CHECK_INT(store_feed_remove(st, "https://never.example/feed", &removed, &e), 0);
    CHECK_INT(removed, 0);
    CHECK_INT(store_feed_list(st, &feeds, &n, &e), 0);
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK_INT(feeds[0].id, b);
    store_feeds_free(feeds, n);
    store_feed f;
    int found = -1;
    CHECK_INT(store_feed_find_url(st, "https://jvn.example.jp/rss/jvn.rdf", &f, &found, &e), 0);
    CHECK_INT(found, 0);
    CHECK_INT(store_item_count(st), 1);
    /* the archive still knows where its items came from */
    CHECK_INT(store_feed_get(st, a, &f, &found, &e), 0);
    CHECK_INT(found, 1);
    if (found) {
        CHECK_STR(f.title, "JVN iPedia");
        CHECK(f.removed_at != SD_TIME_NONE);
        CHECK_INT(f.item_count, 1);
        store_feed_clear(&f);
    }
    CHECK_INT(store_feed_get(st, 9999, &f, &found, &e), 0);
    CHECK_INT(found, 0);
    /* added again: back on the list, same id, with its history */
    CHECK_INT(store_feed_add(st, "https://jvn.example.jp/rss/jvn.rdf", NULL, NULL, NULL, &again, &created, &e), 0);
    CHECK_INT(created, 1);
    CHECK_INT(again, a);
    CHECK_INT(store_feed_find_url(st, "https://jvn.example.jp/rss/jvn.rdf", &f, &found, &e), 0);
    CHECK_INT(found, 1);
    if (found) {
        CHECK_INT(f.item_count, 1);
        CHECK(f.removed_at == SD_TIME_NONE);
        store_feed_clear(&f);
    }
    store_close(st);
    remove_db(path);
    free(path);
}

/* ---- items ------------------------------------------------------------- */

TEST(same_feed_and_id_is_one_item_updated)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = add_feed(st, "https://news.example.com/feed", "Example News");
    int64_t seen1 = T_2025_11_18_0930Z, seen2 = seen1 + 3600;
    feed_doc *d = doc_new("Example News", "https://news.example.com/", "en");
    feed_item *it = doc_add(d, "tag:example.com,2025:1", "Vendor patches flaw", "https://news.example.com/a/1",
                            seen1 - 600);
    item_set(&it->summary, "First summary.");
    item_set(&it->author, "A. Writer");
    item_add_category(it, "Vulnerability");
    item_add_category(it, "Patch");
    doc_add(d, "tag:example.com,2025:2", "Second story", "https://news.example.com/a/2", seen1 - 300);
    store_upsert_stats stats = {9, 9, 9};
    CHECK_INT(upsert(st, feed, d, seen1, &stats), 0);
    CHECK_INT(stats.inserted, 2);
    CHECK_INT(stats.updated, 0);
    CHECK_INT(stats.unchanged, 0);
    doc_free(d);

    /* the same entries again: item 1 retitled, with no date, author or categories this time */
    d = doc_new("Example News", "https://news.example.com/", "en");
    it = doc_add(d, "tag:example.com,2025:1", "Vendor patches critical flaw", "https://news.example.com/a/1",
                 SD_TIME_NONE);
    item_set(&it->summary, "First summary.");
    doc_add(d, "tag:example.com,2025:2", "Second story", "https://news.example.com/a/2", seen1 - 300);
    CHECK_INT(upsert(st, feed, d, seen2, &stats), 0);
    CHECK_INT(stats.inserted, 0);
    CHECK_INT(stats.updated, 1);
    CHECK_INT(stats.unchanged, 1);
    CHECK_INT(store_item_count(st), 2);

    store_item *items = NULL;
    size_t n = 0;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(store_items_between(st, seen1 - 86400, seen1 + 86400, &items, &n, &e), 0);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK_STR(items[0].guid, "tag:example.com,2025:1");
        CHECK_STR(items[0].title, "Vendor patches critical flaw");
        CHECK_INT(items[0].published, seen1 - 600); /* kept: the new copy had none */
        CHECK_INT(items[0].first_seen, seen1);      /* never moves */
        CHECK_STR(items[0].author, "A. Writer");
        CHECK_INT(items[0].ncategories, 2);
        if (items[0].ncategories == 2) {
            CHECK_STR(items[0].categories[0], "Vulnerability");
            CHECK_STR(items[0].categories[1], "Patch");
        }
        CHECK_STR(items[0].feed_title, "Example News");
        CHECK_STR(items[0].canonical_link, "https://news.example.com/a/1");
        CHECK(!items[0].has_page && !items[0].extracted && items[0].text == NULL);
        CHECK_STR(items[1].title, "Second story");
    }
    store_items_free(items, n);

    /* a third copy with a different date: the first date stays (the item stays on its day) */
    d->items[0].published = seen1 + 7 * 86400;
    CHECK_INT(upsert(st, feed, d, seen2 + 60, &stats), 0);
    CHECK_INT(stats.updated, 0);
    CHECK_INT(stats.unchanged, 2);
    doc_free(d);
    store_close(st);
    remove_db(path);
    free(path);
}

TEST(same_canonical_link_from_another_feed_is_one_item)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t fa = add_feed(st, "https://a.example.jp/rss", "Feed A");
    int64_t fb = add_feed(st, "https://b.example.net/atom.xml", "Aggregator B");
    int64_t t = T_2025_11_18_0930Z;
    feed_doc *da = doc_new("Feed A", NULL, "ja");
    doc_add(da, "a-1", "ランサムウェア被害", "https://news.example.jp/articles/1.html?utm_source=rss&utm_medium=feed", t);
    store_upsert_stats stats;
    CHECK_INT(upsert(st, fa, da, t, &stats), 0);
    CHECK_INT(stats.inserted, 1);

    feed_doc *db = doc_new("Aggregator B", NULL, "en");
    feed_item *it = doc_add(db, "urn:b:777", "Ransomware hits maker",
                            "HTTPS://News.Example.JP:443/articles/./1.html?utm_campaign=x#comments", t + 60);
    item_set(&it->summary, "Summary only the aggregator has.");
    CHECK_INT(upsert(st, fb, db, t + 120, &stats), 0);
    CHECK_INT(stats.inserted, 0);
    CHECK_INT(stats.updated, 1); /* the summary filled a gap */
    CHECK_INT(store_item_count(st), 1);
    /* seen again from B: nothing new */
    CHECK_INT(upsert(st, fb, db, t + 3600, &stats), 0);
    CHECK_INT(stats.unchanged, 1);
    CHECK_INT(stats.inserted + stats.updated, 0);
    /* and from A again: still one item */
    CHECK_INT(upsert(st, fa, da, t + 3600, &stats), 0);
    CHECK_INT(stats.unchanged, 1);
    CHECK_INT(store_item_count(st), 1);

    store_item *items = NULL;
    size_t n = 0;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(store_items_between(st, t - 10, t + 10, &items, &n, &e), 0);
    CHECK_INT(n, 1);
    if (n == 1) {
        /* the first feed's values stand; the other feed only filled gaps */
        CHECK_INT(items[0].feed_id, fa);
        CHECK_STR(items[0].title, "ランサムウェア被害");
        CHECK_STR(items[0].guid, "a-1");
        CHECK_INT(items[0].published, t);
        CHECK_STR(items[0].summary, "Summary only the aggregator has.");
        CHECK_STR(items[0].canonical_link, "https://news.example.jp/articles/1.html");
    }
    store_items_free(items, n);
    doc_free(da);
    doc_free(db);
    store_close(st);
    remove_db(path);
    free(path);
}

TEST(items_without_id_are_keyed_by_link_or_content)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = add_feed(st, "https://c.example.jp/index.rdf", "Feed C");
    int64_t t = T_2025_11_18_0930Z;
    store_upsert_stats stats;
    feed_doc *d = doc_new("Feed C", NULL, "ja");
    doc_add(d, NULL, "Old title", "http://C.example.jp/news/5", t);
    CHECK_INT(upsert(st, feed, d, t, &stats), 0);
    CHECK_INT(stats.inserted, 1);
    doc_free(d);
    d = doc_new("Feed C", NULL, "ja");
    doc_add(d, NULL, "New title", "http://c.example.jp/news/5?utm_source=x", t);
    CHECK_INT(upsert(st, feed, d, t + 60, &stats), 0);
    CHECK_INT(stats.inserted, 0);
    CHECK_INT(stats.updated, 1);
    CHECK_INT(store_item_count(st), 1);
    char *title = sql_text(st, "SELECT title FROM items");
    CHECK_STR(title, "New title");
    free(title);
    doc_free(d);

    /* neither id nor link: the same title and date are the same entry */
    d = doc_new("Feed C", NULL, "ja");
    doc_add(d, NULL, "お知らせ", NULL, t + 100);
    doc_add(d, NULL, "お知らせ", NULL, t + 200); /* another date: another entry */
    CHECK_INT(upsert(st, feed, d, t, &stats), 0);
    CHECK_INT(stats.inserted, 2);
    CHECK_INT(upsert(st, feed, d, t + 60, &stats), 0);
    CHECK_INT(stats.inserted, 0);
    CHECK_INT(stats.unchanged, 2);
    CHECK_INT(store_item_count(st), 3);
    doc_free(d);

    /* distinct ids that link to anchors of one page stay distinct entries */
    d = doc_new("Feed C", NULL, "ja");
    doc_add(d, "c-1", "Notice one", "https://c.example.jp/notices.html#n1", t);
    doc_add(d, "c-2", "Notice two", "https://c.example.jp/notices.html#n2", t);
    CHECK_INT(upsert(st, feed, d, t, &stats), 0);
    CHECK_INT(stats.inserted, 2);
    CHECK_INT(store_item_count(st), 5);
    doc_free(d);

    /* an entry first seen without id, later with one, is still one item */
    d = doc_new("Feed C", NULL, "ja");
    doc_add(d, NULL, "Late id", "https://c.example.jp/news/9", t);
    CHECK_INT(upsert(st, feed, d, t, &stats), 0);
    free(d->items[0].id);
    d->items[0].id = xstrdup("c-9");
    CHECK_INT(upsert(st, feed, d, t + 60, &stats), 0);
    CHECK_INT(stats.inserted, 0);
    CHECK_INT(stats.updated, 1);
    CHECK_INT(upsert(st, feed, d, t + 120, &stats), 0);
    CHECK_INT(stats.unchanged, 1);
    CHECK_INT(store_item_count(st), 6);
    doc_free(d);
    store_close(st);
    remove_db(path);
    free(path);
}

TEST(upsert_stats_and_bulk_speed)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = add_feed(st, "https://bulk.example.org/feed", "Bulk");
    int64_t t = T_2025_11_18_0930Z;
    feed_doc *d = doc_new("Bulk", NULL, "en");
    for (int i = 0; i < 10000; i++) {
        char id[32], link[64], title[48];
        snprintf(id, sizeof id, "bulk-%d", i);
        snprintf(link, sizeof link, "https://bulk.example.org/post/%d?utm_source=rss", i);
        snprintf(title, sizeof title, "Post number %d", i);
        feed_item *it = doc_add(d, id, title, link, t - i);
        item_set(&it->summary, "A summary of a few dozen characters, as feeds have them.");
        item_add_category(it, "Security");
    }
    store_upsert_stats stats;
    double t0 = now_seconds();
    CHECK_INT(upsert(st, feed, d, t, &stats), 0);
    double insert_s = now_seconds() - t0;
    CHECK_INT(stats.inserted, 10000);
    t0 = now_seconds();
    CHECK_INT(upsert(st, feed, d, t + 60, &stats), 0);
    double again_s = now_seconds() - t0;
    CHECK_INT(stats.unchanged, 10000);
    printf("     upsert of 10000 new items: %.3f s; of the same 10000 again: %.3f s\n", insert_s, again_s);
    /* Times are printed, not asserted: a test must not fail because the
     * machine is busy (bench/ measures speed). */
    (void)insert_s;
    (void)again_s;
    /* one changed, one new, the rest as they were */
    item_set(&d->items[17].title, "Post number 17 (updated)");
    doc_add(d, "bulk-new", "A new post", "https://bulk.example.org/post/new", t);
    CHECK_INT(upsert(st, feed, d, t + 120, &stats), 0);
    CHECK_INT(stats.inserted, 1);
    CHECK_INT(stats.updated, 1);
    CHECK_INT(stats.unchanged, 9999);
    CHECK_INT(store_item_count(st), 10001);
    doc_free(d);
    /* an unknown feed is an error that names it */
    sd_err e = SD_ERR_INIT;
    d = doc_new(NULL, NULL, NULL);
    doc_add(d, "x", "x", NULL, t);
    CHECK_INT(store_items_upsert(st, 424242, d, t, &stats, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "424242") != NULL);
    sd_err_clear(&e);
    doc_free(d);
    CHECK_INT(store_item_count(st), 10001);
    store_close(st);
    remove_db(path);
    free(path);
}

TEST(caller_transaction_wraps_upserts)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = add_feed(st, "https://tx.example.org/feed", NULL);
    feed_doc *d = doc_new(NULL, NULL, NULL);
    doc_add(d, "1", "One", "https://tx.example.org/1", T_2025_11_18_0930Z);
    sd_err e = SD_ERR_INIT;
    store_upsert_stats stats;
    CHECK_INT(store_begin(st, &e), 0);
    CHECK_INT(upsert(st, feed, d, T_2025_11_18_0930Z, &stats), 0);
    CHECK_INT(store_item_count(st), 1);
    store_rollback(st);
    CHECK_INT(store_item_count(st), 0);
    CHECK_INT(store_begin(st, &e), 0);
    CHECK_INT(upsert(st, feed, d, T_2025_11_18_0930Z, &stats), 0);
    CHECK_INT(store_commit(st, &e), 0);
    CHECK_INT(store_item_count(st), 1);
    doc_free(d);
    store_close(st);
    remove_db(path);
    free(path);
}

/* ---- polls ------------------------------------------------------------- */

static store_fetch_result poll(int64_t feed, enum store_fetch_outcome o, int64_t at, int status)
{
    store_fetch_result r;
    memset(&r, 0, sizeof r);
    r.feed_id = feed;
    r.outcome = o;
    r.started_at = at;
    r.duration_ms = 120;
    r.http_status = status;
    r.bytes = o == STORE_FETCH_OK ? 2048 : 0;
    r.next_fetch = SD_TIME_NONE;
    return r;
}

static int record(store *st, const store_fetch_result *r, const feed_doc *d, store_upsert_stats *stats)
{
    sd_err e = SD_ERR_INIT;
    int rc = store_feed_record_fetch(st, r, d, stats, &e);
    if (rc != 0) {
        fprintf(stderr, "store_feed_record_fetch: %s\n", sd_err_msg(&e));
        sd_err_clear(&e);
    }
    return rc;
}

static store_feed get_feed(store *st, int64_t id)
{
    store_feed f;
    int found = 0;
    sd_err e = SD_ERR_INIT;
    memset(&f, 0, sizeof f);
    if (store_feed_get(st, id, &f, &found, &e) != 0 || !found) {
        fprintf(stderr, "feed %lld not found: %s\n", (long long)id, sd_err_msg(&e));
        sd_err_clear(&e);
    }
    return f;
}

TEST(record_fetch_success_304_error_sequence)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = add_feed(st, "https://poll.example.com/feed.xml", NULL);
    int64_t t = T_2025_11_18_0930Z;
    feed_doc *d = doc_new("Poll Example Security Blog", "https://poll.example.com/", "en-US");
    d->ttl_minutes = 60;
    doc_add(d, "p1", "Post 1", "https://poll.example.com/p1", t - 100);
    doc_add(d, "p2", "Post 2", "https://poll.example.com/p2", t - 50);

    /* 1: 200 with validators and two items */
    store_fetch_result r = poll(feed, STORE_FETCH_OK, t, 200);
    r.etag = "\"v1\"";
    r.last_modified = "Tue, 18 Nov 2025 09:00:00 GMT";
    r.next_fetch = t + 3600;
    store_upsert_stats stats = {0, 0, 0};
    CHECK_INT(record(st, &r, d, &stats), 0);
    CHECK_INT(stats.inserted, 2);
    store_feed f = get_feed(st, feed);
    CHECK_INT(f.last_fetch, t);
    CHECK_INT(f.last_ok, t);
    CHECK_INT(f.next_fetch, t + 3600);
    CHECK_INT(f.error_count, 0);
    CHECK(f.last_error == NULL);
    CHECK_INT(f.last_status, 200);
    CHECK_STR(f.etag, "\"v1\"");
    CHECK_STR(f.last_modified, "Tue, 18 Nov 2025 09:00:00 GMT");
    CHECK_STR(f.title, "Poll Example Security Blog"); /* the feed had no name: it takes the document's */
    CHECK_STR(f.site_url, "https://poll.example.com/");
    CHECK_STR(f.language, "en");
    CHECK_INT(f.ttl_minutes, 60);
    CHECK_INT(f.item_count, 2);
    store_feed_clear(&f);

    /* 2: 304, no new validators: the old ones stay */
    r = poll(feed, STORE_FETCH_NOT_MODIFIED, t + 3600, 304);
    CHECK_INT(record(st, &r, NULL, &stats), 0);
    CHECK_INT(stats.inserted + stats.updated + stats.unchanged, 0);
    f = get_feed(st, feed);
    CHECK_INT(f.last_ok, t + 3600);
    CHECK_INT(f.last_status, 304);
    CHECK_STR(f.etag, "\"v1\"");
    CHECK_STR(f.last_modified, "Tue, 18 Nov 2025 09:00:00 GMT");
    CHECK(f.next_fetch == SD_TIME_NONE);
    store_feed_clear(&f);

    /* 3, 4: two failures in a row */
    r = poll(feed, STORE_FETCH_ERROR, t + 7200, 503);
    r.error = "HTTP 503 Service Unavailable";
    CHECK_INT(record(st, &r, NULL, NULL), 0);
    r = poll(feed, STORE_FETCH_ERROR, t + 10800, 0);
    r.error = "connection timed out after 30 s";
    CHECK_INT(record(st, &r, NULL, NULL), 0);
    f = get_feed(st, feed);
    CHECK_INT(f.error_count, 2);
    CHECK_STR(f.last_error, "connection timed out after 30 s");
    CHECK_INT(f.last_status, 0);
    CHECK_INT(f.last_fetch, t + 10800);
    CHECK_INT(f.last_ok, t + 3600); /* the last success, unchanged by failures */
    CHECK_STR(f.etag, "\"v1\"");
    store_feed_clear(&f);

    /* 5: success again, without validators this time: errors reset, old validators gone */
    r = poll(feed, STORE_FETCH_OK, t + 14400, 200);
    CHECK_INT(record(st, &r, d, &stats), 0);
    CHECK_INT(stats.unchanged, 2);
    f = get_feed(st, feed);
    CHECK_INT(f.error_count, 0);
    CHECK(f.last_error == NULL);
    CHECK_INT(f.last_ok, t + 14400);
    CHECK(f.etag == NULL);
    CHECK(f.last_modified == NULL);
    store_feed_clear(&f);

    CHECK_INT(sql_int(st, "SELECT COUNT(*) FROM fetch_log"), 5);
    CHECK_INT(sql_int(st, "SELECT COUNT(*) FROM fetch_log WHERE outcome = 'error'"), 2);
    CHECK_INT(sql_int(st, "SELECT items_new FROM fetch_log ORDER BY id LIMIT 1"), 2);
    char *first_error = sql_text(st, "SELECT error FROM fetch_log WHERE outcome = 'error' ORDER BY id LIMIT 1");
    CHECK_STR(first_error, "HTTP 503 Service Unavailable");
    free(first_error);

    /* a user-given name is not replaced by the document's title */
    int64_t named = 0;
    int created;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(store_feed_add(st, "https://named.example.com/rss", "My Name", "ja", NULL, &named, &created, &e), 0);
    r = poll(named, STORE_FETCH_OK, t, 200);
    feed_doc *d2 = doc_new("Their Title", NULL, "en");
    CHECK_INT(record(st, &r, d2, NULL), 0);
    f = get_feed(st, named);
    CHECK_STR(f.title, "My Name");
    CHECK_STR(f.language, "ja");
    store_feed_clear(&f);
    doc_free(d2);

    /* an unknown feed: an error, and nothing logged */
    r = poll(777, STORE_FETCH_OK, t, 200);
    CHECK_INT(store_feed_record_fetch(st, &r, d, NULL, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "777") != NULL);
    sd_err_clear(&e);
    CHECK_INT(sql_int(st, "SELECT COUNT(*) FROM fetch_log"), 6);
    doc_free(d);
    store_close(st);
    remove_db(path);
    free(path);
}

TEST(record_fetch_permanent_redirect)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t old = add_feed(st, "http://moving.example.org/rss", "Moving");
    int64_t other = add_feed(st, "https://other.example.org/rss", "Other");
    int64_t t = T_2025_11_18_0930Z;
    store_fetch_result r = poll(old, STORE_FETCH_OK, t, 200);
    r.moved_to = "https://moving.example.org/feed/";
    CHECK_INT(record(st, &r, NULL, NULL), 0);
    store_feed f;
    int found;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(store_feed_find_url(st, "https://moving.example.org/feed/", &f, &found, &e), 0);
    CHECK_INT(found, 1);
    if (found) {
        CHECK_INT(f.id, old);
        store_feed_clear(&f);
    }
    CHECK_INT(store_feed_find_url(st, "http://moving.example.org/rss", &f, &found, &e), 0);
    CHECK_INT(found, 0);
    char *moved = sql_text(st, "SELECT moved_to FROM fetch_log ORDER BY id DESC LIMIT 1");
    CHECK_STR(moved, "https://moving.example.org/feed/");
    free(moved);

    /* moving onto another feed's URL: the URL stays (two feeds cannot share one) */
    r = poll(old, STORE_FETCH_OK, t + 60, 200);
    r.moved_to = "https://other.example.org/rss";
    CHECK_INT(record(st, &r, NULL, NULL), 0);
    f = get_feed(st, old);
    CHECK_STR(f.url, "https://moving.example.org/feed/");
    CHECK_INT(f.error_count, 0);
    store_feed_clear(&f);
    f = get_feed(st, other);
    CHECK_STR(f.url, "https://other.example.org/rss");
    store_feed_clear(&f);
    CHECK_INT(sql_int(st, "SELECT COUNT(*) FROM feeds"), 2);
    store_close(st);
    remove_db(path);
    free(path);
}

/* ---- pages and extracts ------------------------------------------------ */

TEST(pages_keep_binary_bodies)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = add_feed(st, "https://pages.example.jp/feed", "Pages");
    int64_t t = T_2025_11_18_0930Z;
    feed_doc *d = doc_new(NULL, NULL, NULL);
    doc_add(d, "1", "With page", "https://pages.example.jp/1", t);
    doc_add(d, "2", "Without page", "https://pages.example.jp/2", t + 10);
    doc_add(d, "3", "No link", NULL, t + 20);
    doc_add(d, "4", "Not http", "gopher://pages.example.jp/4", t + 30);
    CHECK_INT(upsert(st, feed, d, t, NULL), 0);
    doc_free(d);
    int64_t id1 = sql_int(st, "SELECT id FROM items WHERE guid = '1'");
    int64_t id2 = sql_int(st, "SELECT id FROM items WHERE guid = '2'");

    sd_err e = SD_ERR_INIT;
    store_item *items = NULL;
    size_t n = 0;
    CHECK_INT(store_items_without_page(st, 10, &items, &n, &e), 0);
    CHECK_INT(n, 2); /* newest first; links only */
    if (n == 2) {
        CHECK_INT(items[0].id, id2);
        CHECK_INT(items[1].id, id1);
    }
    store_items_free(items, n);
    CHECK_INT(store_items_without_page(st, 1, &items, &n, &e), 0);
    CHECK_INT(n, 1);
    store_items_free(items, n);

    /* Shift_JIS bytes with NULs in the middle */
    static const char body[] = "\x82\xa0\x00<html>\x00\xff\xfe end";
    store_page p;
    memset(&p, 0, sizeof p);
    p.item_id = id1;
    p.url = "https://pages.example.jp/1";
    p.final_url = "https://pages.example.jp/1/";
    p.status = 200;
    p.content_type = "text/html; charset=Shift_JIS";
    p.headers = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=Shift_JIS\r\n\r\n";
    p.body = (char *)body;
    p.body_len = sizeof body - 1;
    p.fetched_at = t + 5;
    CHECK_INT(store_page_put(st, &p, &e), 0);
    store_page got;
    int found = 0;
    CHECK_INT(store_page_get(st, id1, &got, &found, &e), 0);
    CHECK_INT(found, 1);
    if (found) {
        CHECK_INT(got.body_len, sizeof body - 1);
        CHECK(memcmp(got.body, body, sizeof body - 1) == 0);
        CHECK(got.body[got.body_len] == '\0');
        CHECK_STR(got.final_url, "https://pages.example.jp/1/");
        CHECK_STR(got.content_type, "text/html; charset=Shift_JIS");
        CHECK_INT(got.status, 200);
        CHECK_INT(got.fetched_at, t + 5);
        store_page_clear(&got);
    }
    CHECK_INT(store_page_get(st, id2, &got, &found, &e), 0);
    CHECK_INT(found, 0);
    CHECK_INT(store_items_without_page(st, 10, &items, &n, &e), 0);
    CHECK_INT(n, 1);
    store_items_free(items, n);
    /* an error page counts as fetched (not retried) but is not a page to read */
    p.item_id = id2;
    p.url = "https://pages.example.jp/2";
    p.status = 404;
    p.body = "";
    p.body_len = 0;
    CHECK_INT(store_page_put(st, &p, &e), 0);
    CHECK_INT(store_items_without_page(st, 10, &items, &n, &e), 0);
    CHECK_INT(n, 0);
    store_items_free(items, n);
    store_item it;
    CHECK_INT(store_item_get(st, id1, &it, &found, &e), 0);
    CHECK(found && it.has_page);
    store_item_clear(&it);
    CHECK_INT(store_item_get(st, id2, &it, &found, &e), 0);
    CHECK(found && !it.has_page);
    store_item_clear(&it);
    CHECK_INT(store_page_get(st, id2, &got, &found, &e), 0);
    CHECK(found && got.body_len == 0 && got.body && got.body[0] == '\0');
    store_page_clear(&got);
    /* a page for an item that does not exist */
    p.item_id = 999999;
    CHECK_INT(store_page_put(st, &p, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "999999") != NULL);
    sd_err_clear(&e);
    store_close(st);
    remove_db(path);
    free(path);
}

TEST(extracts_roundtrip_and_show_in_items)
{
    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = add_feed(st, "https://x.example.jp/feed", "X");
    int64_t t = T_2025_11_18_0930Z;
    feed_doc *d = doc_new(NULL, NULL, NULL);
    doc_add(d, "1", "One", "https://x.example.jp/1", t);
    doc_add(d, "2", "Two", "https://x.example.jp/2", t + 1);
    CHECK_INT(upsert(st, feed, d, t, NULL), 0);
    doc_free(d);
    int64_t id1 = sql_int(st, "SELECT id FROM items WHERE guid = '1'");
    int64_t id2 = sql_int(st, "SELECT id FROM items WHERE guid = '2'");
    sd_err e = SD_ERR_INIT;
    store_page p;
    memset(&p, 0, sizeof p);
    p.url = "https://x.example.jp/1";
    p.status = 200;
    p.body = "<p>one</p>";
    p.body_len = 10;
    p.fetched_at = t;
    p.item_id = id1;
    CHECK_INT(store_page_put(st, &p, &e), 0);
    p.item_id = id2;
    p.url = "https://x.example.jp/2";
    CHECK_INT(store_page_put(st, &p, &e), 0);

    int64_t *ids = NULL;
    size_t n = 0;
    CHECK_INT(store_pages_to_extract(st, 1, 0, &ids, &n, &e), 0);
    CHECK_INT(n, 2);
    free(ids);

    store_extract x;
    memset(&x, 0, sizeof x);
    x.item_id = id1;
    x.title = "One, the article";
    x.published = t - 30;
    x.author = "記者";
    x.language = "ja";
    x.canonical_url = "https://x.example.jp/1";
    x.text = "本文の第一段落。\n\n第二段落。";
    x.version = 1;
    CHECK_INT(store_extract_put(st, &x, &e), 0);
    store_extract y;
    memset(&y, 0, sizeof y);
    y.item_id = id2;
    y.published = SD_TIME_NONE;
    y.text = "Feed summary used instead.";
    y.fallback = 1;
    y.reason = "no main content found";
    y.version = 1;
    CHECK_INT(store_extract_put(st, &y, &e), 0);

    store_extract g;
    int found = 0;
    CHECK_INT(store_extract_get(st, id1, &g, &found, &e), 0);
    CHECK_INT(found, 1);
    if (found) {
        CHECK_STR(g.title, "One, the article");
        CHECK_INT(g.published, t - 30);
        CHECK_STR(g.author, "記者");
        CHECK_STR(g.text, "本文の第一段落。\n\n第二段落。");
        CHECK_INT(g.fallback, 0);
        CHECK(g.reason == NULL);
        CHECK_INT(g.version, 1);
        store_extract_clear(&g);
    }
    CHECK_INT(store_extract_get(st, id2, &g, &found, &e), 0);
    if (found) {
        CHECK(g.published == SD_TIME_NONE);
        CHECK_INT(g.fallback, 1);
        CHECK_STR(g.reason, "no main content found");
        store_extract_clear(&g);
    }

    /* both extracted at version 1: nothing to do at 1, both at 2, both when forced */
    CHECK_INT(store_pages_to_extract(st, 1, 0, &ids, &n, &e), 0);
    CHECK_INT(n, 0);
    free(ids);
    CHECK_INT(store_pages_to_extract(st, 2, 0, &ids, &n, &e), 0);
    CHECK_INT(n, 2);
    free(ids);
    CHECK_INT(store_pages_to_extract(st, 0, 1, &ids, &n, &e), 0);
    CHECK_INT(n, 2);
    if (n == 2)
        CHECK(ids[0] == id1 && ids[1] == id2);
    free(ids);

    store_item *items = NULL;
    CHECK_INT(store_items_between(st, t, t + 2, &items, &n, &e), 0);
    CHECK_INT(n, 2);
    if (n == 2) {
        CHECK(items[0].extracted && !items[0].extract_fallback && items[0].has_page);
        CHECK_STR(items[0].text, "本文の第一段落。\n\n第二段落。");
        CHECK_STR(items[0].language, "ja");
        CHECK(items[1].extracted && items[1].extract_fallback);
        CHECK(items[1].language == NULL);
    }
    store_items_free(items, n);

    /* the same page stored again keeps its extract; a changed page loses it */
    p.item_id = id1;
    p.url = "https://x.example.jp/1";
    CHECK_INT(store_page_put(st, &p, &e), 0);
    CHECK_INT(store_extract_get(st, id1, &g, &found, &e), 0);
    CHECK_INT(found, 1);
    store_extract_clear(&g);
    p.body = "<p>one, corrected</p>";
    p.body_len = strlen(p.body);
    CHECK_INT(store_page_put(st, &p, &e), 0);
    CHECK_INT(store_extract_get(st, id1, &g, &found, &e), 0);
    CHECK_INT(found, 0);
    CHECK_INT(store_pages_to_extract(st, 1, 0, &ids, &n, &e), 0);
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK_INT(ids[0], id1);
    free(ids);
    /* replacing an extract */
    y.text = "Second try.";
    y.fallback = 0;
    y.reason = NULL;
    y.version = 2;
    CHECK_INT(store_extract_put(st, &y, &e), 0);
    CHECK_INT(store_extract_get(st, id2, &g, &found, &e), 0);
    if (found) {
        CHECK_STR(g.text, "Second try.");
        CHECK_INT(g.fallback, 0);
        CHECK(g.reason == NULL);
        CHECK_INT(g.version, 2);
        store_extract_clear(&g);
    }
    x.item_id = 31337;
    CHECK_INT(store_extract_put(st, &x, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "31337") != NULL);
    sd_err_clear(&e);
    store_close(st);
    remove_db(path);
    free(path);
}

/* ---- days -------------------------------------------------------------- */

TEST(items_between_uses_published_else_first_seen)
{
    /* 2025-11-18 in Asia/Tokyo is [2025-11-17T15:00:00Z, 2025-11-18T15:00:00Z). */
    int64_t start, end, noon;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(time_from_utc(2025, 11, 17, 15, 0, 0, &start), 0);
    CHECK_INT(time_from_utc(2025, 11, 18, 15, 0, 0, &end), 0);
    CHECK_INT(time_from_utc(2025, 11, 18, 9, 30, 0, &noon), 0);
    CHECK_INT(noon, T_2025_11_18_0930Z);
    int64_t ds, de;
    if (time_day_bounds("Asia/Tokyo", 2025, 11, 18, &ds, &de, &e) == 0) {
        CHECK_INT(ds, start);
        CHECK_INT(de, end);
    }
    sd_err_clear(&e);

    char *path = new_db_path();
    store *st = open_db(path);
    if (!st) {
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = add_feed(st, "https://day.example.jp/feed", "Day");
    feed_doc *d = doc_new(NULL, NULL, NULL);
    doc_add(d, "at-start", "at 00:00 JST", NULL, start);
    doc_add(d, "before", "23:59:59 JST the day before", NULL, start - 1);
    doc_add(d, "last-second", "23:59:59 JST", NULL, end - 1);
    doc_add(d, "at-end", "00:00 JST next day", NULL, end);
    doc_add(d, "undated", "no date, collected at noon", NULL, SD_TIME_NONE);
    doc_add(d, "old-dated", "dated last week, collected today", NULL, start - 7 * 86400);
    doc_add(d, "same-time-b", "same time as at-start, later id", NULL, start);
    CHECK_INT(upsert(st, feed, d, noon, NULL), 0);
    doc_free(d);

    store_item *items = NULL;
    size_t n = 0;
    CHECK_INT(store_items_between(st, start, end, &items, &n, &e), 0);
    const char *want[] = {"at-start", "same-time-b", "undated", "last-second"};
    CHECK_INT(n, SD_ARRAY_LEN(want));
    for (size_t i = 0; i < n && i < SD_ARRAY_LEN(want); i++)
        CHECK_STR(items[i].guid, want[i]);
    if (n >= 3) {
        CHECK(items[2].published == SD_TIME_NONE);
        CHECK_INT(items[2].first_seen, noon);
        CHECK(items[0].updated == SD_TIME_NONE);
    }
    store_items_free(items, n);
    /* the day before holds only its last second */
    CHECK_INT(store_items_between(st, start - 86400, start, &items, &n, &e), 0);
    CHECK_INT(n, 1);
    if (n == 1)
        CHECK_STR(items[0].guid, "before");
    store_items_free(items, n);
    store_close(st);
    remove_db(path);
    free(path);
}

int main(void)
{
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/secdigest-test-store-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(open_creates_folder_file_and_schema);
    RUN(reopen_keeps_data_and_version);
    RUN(open_migrates_an_empty_version_0_database);
    RUN(open_refuses_newer_foreign_and_garbage_files);
    RUN(feeds_add_update_remove_list);
    RUN(same_feed_and_id_is_one_item_updated);
    RUN(same_canonical_link_from_another_feed_is_one_item);
    RUN(items_without_id_are_keyed_by_link_or_content);
    RUN(upsert_stats_and_bulk_speed);
    RUN(caller_transaction_wraps_upserts);
    RUN(record_fetch_success_304_error_sequence);
    RUN(record_fetch_permanent_redirect);
    RUN(pages_keep_binary_bodies);
    RUN(extracts_roundtrip_and_show_in_items);
    RUN(items_between_uses_published_else_first_seen);
    if (rmdir(tmpdir) != 0)
        fprintf(stderr, "warning: %s left behind (not empty)\n", tmpdir);
    return test_report();
}
