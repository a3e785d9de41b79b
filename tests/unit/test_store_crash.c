/*
 * Kill-safety of the store: "a run killed at any instant leaves the database
 * consistent and the next run completes the work".
 *
 * A child process stores batches of items, one poll (items + feed state +
 * fetch_log row, one transaction) per batch, resuming after the batches
 * already stored.  The parent SIGKILLs it at random moments, and after every
 * kill checks the database file: integrity_check is "ok", no batch is half
 * there, and the fetch_log holds exactly one row per stored batch (the
 * tables were committed together).  A last child runs to the end; then every
 * batch must be present exactly once.
 */
#include "core/core.h"
#include "store/store.h"
#include "test.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define BATCH 50
#define NBATCHES 2000
#define KILLS 20
#define FEED_URL "https://crash.example.org/feed.xml"

static char tmpdir[256];

static void fill_batch(feed_doc *d, int b)
{
    static const char summary[] =
        "A long enough summary so that every batch spans several database pages and a kill "
        "has many chances to land in the middle of writing one: vendors published fixes, "
        "researchers described the flaw, and administrators were asked to update quickly.";
    for (int i = 0; i < BATCH; i++) {
        feed_item *it = &d->items[i];
        memset(it, 0, sizeof *it);
        it->id = xasprintf("b%05d-i%03d", b, i);
        it->title = xasprintf("Batch %d item %d", b, i);
        it->link = xasprintf("https://crash.example.org/%d/%d?utm_source=rss", b, i);
        it->published = 1763458200LL + b * 60 + i;
        it->updated = SD_TIME_NONE;
        it->summary = xstrdup(summary);
    }
    d->nitems = BATCH;
}

static void clear_batch(feed_doc *d)
{
    for (size_t i = 0; i < d->nitems; i++) {
        free(d->items[i].id);
        free(d->items[i].title);
        free(d->items[i].link);
        free(d->items[i].summary);
    }
    d->nitems = 0;
}

/* The "run": store every batch not stored yet.  Exit 0 when all are there. */
static int child_run(const char *path)
{
    store *st = NULL;
    sd_err e = SD_ERR_INIT;
    if (store_open(path, &st, &e) != 0) {
        fprintf(stderr, "child: %s\n", sd_err_msg(&e));
        return 2;
    }
    int64_t feed;
    int created;
    if (store_feed_add(st, FEED_URL, "Crash", "en", NULL, &feed, &created, &e) != 0) {
        fprintf(stderr, "child: %s\n", sd_err_msg(&e));
        return 2;
    }
    int64_t count = store_item_count(st);
    if (count < 0 || count % BATCH != 0) {
        fprintf(stderr, "child: %lld items: a batch is half stored\n", (long long)count);
        return 3;
    }
    feed_doc d;
    memset(&d, 0, sizeof d);
    d.items = xcalloc(BATCH, sizeof *d.items);
    d.items_cap = BATCH;
    d.updated = SD_TIME_NONE;
    for (int b = (int)(count / BATCH); b < NBATCHES; b++) {
        fill_batch(&d, b);
        store_fetch_result r;
        memset(&r, 0, sizeof r);
        r.feed_id = feed;
        r.outcome = STORE_FETCH_OK;
        r.started_at = 1763458200LL + b;
        r.http_status = 200;
        r.next_fetch = SD_TIME_NONE;
        store_upsert_stats stats;
        if (store_feed_record_fetch(st, &r, &d, &stats, &e) != 0) {
            fprintf(stderr, "child: batch %d: %s\n", b, sd_err_msg(&e));
            return 2;
        }
        if (stats.inserted != BATCH) {
            fprintf(stderr, "child: batch %d inserted %zu items\n", b, stats.inserted);
            return 3;
        }
        clear_batch(&d);
    }
    free(d.items);
    store_close(st);
    return 0;
}

static int64_t q_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = NULL;
    int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

/* Check the file as a killed run left it.  Returns the number of complete batches. */
static int64_t verify(const char *path, int round)
{
    sqlite3 *db = NULL;
    if (access(path, F_OK) != 0)
        return 0; /* killed before the file was made */
    CHECK(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK);
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *s = NULL;
    const char *ic = NULL;
    CHECK(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL) == SQLITE_OK);
    if (s && sqlite3_step(s) == SQLITE_ROW)
        ic = (const char *)sqlite3_column_text(s, 0);
    test_checks++;
    if (!ic || strcmp(ic, "ok") != 0) {
        test_failures++;
        fprintf(stderr, "round %d: integrity_check: %s\n", round, ic ? ic : sqlite3_errmsg(db));
    }
    sqlite3_finalize(s);
    int64_t batches = 0;
    if (q_int(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'fetch_log'") == 1) {
        int64_t items = q_int(db, "SELECT COUNT(*) FROM items");
        int64_t logs = q_int(db, "SELECT COUNT(*) FROM fetch_log");
        int64_t partial = q_int(db, "SELECT COUNT(*) FROM (SELECT substr(guid, 1, 6) AS b, COUNT(*) AS c "
                                    "FROM items GROUP BY b HAVING c <> 50)");
        CHECK(items >= 0);
        CHECK_INT(items % BATCH, 0);
        CHECK_INT(partial, 0);
        CHECK_INT(logs, items / BATCH);
        /* the feed's state was written in the same transaction as the last batch */
        if (logs > 0)
            CHECK_INT(q_int(db, "SELECT last_fetch FROM feeds"), 1763458200LL + logs - 1);
        batches = items / BATCH;
    }
    sqlite3_close(db);
    return batches;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

TEST(killed_runs_leave_a_consistent_database)
{
    char *path = xasprintf("%s/data/secdigest.db", tmpdir);
    const char *seed_env = getenv("SECDIGEST_TEST_SEED");
    unsigned seed = seed_env ? (unsigned)strtoul(seed_env, NULL, 10) : (unsigned)time(NULL) ^ (unsigned)getpid();
    printf("     seed %u (SECDIGEST_TEST_SEED to repeat)\n", seed);
    srand(seed);
    int64_t before = 0;
    int interrupted = 0;
    for (int round = 0; round < KILLS; round++) {
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0) {
            CHECK(0);
            break;
        }
        if (pid == 0)
            _exit(child_run(path));
        sleep_ms(1 + rand() % 50);
        kill(pid, SIGKILL);
        int status = 0;
        CHECK(waitpid(pid, &status, 0) == pid);
        if (WIFSIGNALED(status))
            interrupted++;
        else
            CHECK_INT(WEXITSTATUS(status), 0); /* finished before the kill: must have succeeded */
        int64_t now = verify(path, round);
        CHECK(now >= before); /* committed work never disappears */
        printf("     kill %2d: %4lld batches stored%s\n", round + 1, (long long)now,
               WIFSIGNALED(status) ? "" : " (finished before the kill)");
        before = now;
    }
    /* most kills should have landed mid-run, or the test proves little */
    CHECK(interrupted >= KILLS / 2);

    /* the next run completes the work */
    pid_t pid = fork();
    if (pid == 0)
        _exit(child_run(path));
    int status = 0;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_INT(verify(path, KILLS), NBATCHES);

    sqlite3 *db = NULL;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK_INT(q_int(db, "SELECT COUNT(*) FROM items"), (int64_t)NBATCHES * BATCH);
    CHECK_INT(q_int(db, "SELECT COUNT(DISTINCT guid) FROM items"), (int64_t)NBATCHES * BATCH);
    CHECK_INT(q_int(db, "SELECT COUNT(DISTINCT canonical_link) FROM items"), (int64_t)NBATCHES * BATCH);
    CHECK_INT(q_int(db, "SELECT COUNT(*) FROM fetch_log"), NBATCHES);
    CHECK_INT(q_int(db, "SELECT COUNT(*) FROM feeds"), 1);
    CHECK_INT(q_int(db, "SELECT MIN(substr(guid, 2, 5) + 0) FROM items"), 0);
    CHECK_INT(q_int(db, "SELECT MAX(substr(guid, 2, 5) + 0) FROM items"), NBATCHES - 1);
    sqlite3_close(db);

    char *p = xasprintf("%s-wal", path);
    unlink(p);
    free(p);
    p = xasprintf("%s-shm", path);
    unlink(p);
    free(p);
    unlink(path);
    p = xasprintf("%s/data", tmpdir);
    rmdir(p);
    free(p);
    free(path);
}

int main(void)
{
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/secdigest-test-crash-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(killed_runs_leave_a_consistent_database);
    if (rmdir(tmpdir) != 0)
        fprintf(stderr, "warning: %s left behind (not empty)\n", tmpdir);
    return test_report();
}
