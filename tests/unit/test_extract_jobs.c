/*
 * Extraction on several threads: the ordered worker pool (core/workers.h)
 * and the pipeline's extraction step (extract_store_pending_jobs), which
 * must store exactly what one thread stores, with the same messages.
 */
#include "core/core.h"
#include "core/log.h"
#include "core/workers.h"
#include "extract/extract.h"
#include "extract/extract_jobs.h"
#include "store/store.h"
#include "test.h"

#include <dirent.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static char tmpdir[256];

/* ---- stderr captured into a file ---------------------------------------- */

typedef struct capture {
    int saved;
    char *path;
} capture;

static void capture_begin(capture *c, const char *name)
{
    c->path = xasprintf("%s/%s.err", tmpdir, name);
    fflush(stderr);
    c->saved = dup(2);
    FILE *f = fopen(c->path, "w");
    if (!f || c->saved < 0 || dup2(fileno(f), 2) < 0) {
        perror("capture");
        exit(1);
    }
    fclose(f);
}

/* What was written to stderr since capture_begin (caller frees). */
static char *capture_end(capture *c)
{
    fflush(stderr);
    if (dup2(c->saved, 2) < 0) {
        perror("capture");
        exit(1);
    }
    close(c->saved);
    char *data = NULL;
    size_t len = 0;
    sd_err e = SD_ERR_INIT;
    if (sd_read_file(c->path, 1u << 24, &data, &len, &e) != 0) {
        fprintf(stderr, "%s\n", sd_err_msg(&e));
        sd_err_clear(&e);
        data = xstrdup("");
    }
    unlink(c->path);
    free(c->path);
    return data;
}

/* ---- the pool ----------------------------------------------------------- */

typedef struct num_task {
    int index;
    long result;
    pthread_t ran_on;
} num_task;

typedef struct num_shared {
    pthread_mutex_t mu;
    int running, most_running; /* tasks inside fn at once */
    int log;                   /* log one line per task */
} num_shared;

static void sleep_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
    nanosleep(&ts, NULL);
}

static void num_run(void *task, void *shared)
{
    num_task *t = task;
    num_shared *sh = shared;
    pthread_mutex_lock(&sh->mu);
    if (++sh->running > sh->most_running)
        sh->most_running = sh->running;
    pthread_mutex_unlock(&sh->mu);
    /* uneven durations, so that later tasks often finish before earlier ones */
    sleep_us((t->index * 7919) % 5 * 150);
    t->result = (long)t->index * t->index;
    t->ran_on = pthread_self();
    if (sh->log)
        log_warn("task %d", t->index);
    pthread_mutex_lock(&sh->mu);
    sh->running--;
    pthread_mutex_unlock(&sh->mu);
}

/* Hand in `n` tasks as fast as the window allows, take each back; 0 if all came back in order. */
static int run_numbers(int nthreads, int n, num_shared *sh, int *threads_used, int *other_thread)
{
    workers *w = workers_create(nthreads, 0, num_run, sh, "test");
    *threads_used = workers_threads(w);
    size_t window = workers_window(w);
    num_task *ring = xcalloc(window, sizeof *ring);
    int next = 0, bad = 0;
    *other_thread = 0;
    for (int i = 0; i < n; i++) {
        while (next < n && !workers_full(w)) {
            num_task *t = &ring[(size_t)next % window];
            memset(t, 0, sizeof *t);
            t->index = next++;
            t->result = -1;
            workers_submit(w, t);
        }
        if (workers_pending(w) > window)
            bad++;
        num_task *t = workers_take(w);
        if (!t || t->index != i || t->result != (long)i * i)
            bad++;
        else if (!pthread_equal(t->ran_on, pthread_self()))
            *other_thread = 1;
    }
    if (workers_take(w) != NULL)
        bad++;
    workers_free(w);
    free(ring);
    return bad;
}

TEST(pool_gives_results_back_in_order)
{
    num_shared sh;
    memset(&sh, 0, sizeof sh);
    pthread_mutex_init(&sh.mu, NULL);
    int used = 0, other = 0;
    CHECK_INT(run_numbers(4, 300, &sh, &used, &other), 0);
    CHECK_INT(used, 4);
    CHECK(other);
    CHECK(sh.most_running <= 4);
    CHECK_INT(run_numbers(3, 2, &sh, &used, &other), 0); /* fewer tasks than threads */
    CHECK_INT(run_numbers(2, 0, &sh, &used, &other), 0);
    pthread_mutex_destroy(&sh.mu);
}

TEST(pool_of_one_runs_on_the_owner_when_taken)
{
    num_shared sh;
    memset(&sh, 0, sizeof sh);
    pthread_mutex_init(&sh.mu, NULL);
    int used = -1, other = 1;
    CHECK_INT(run_numbers(1, 50, &sh, &used, &other), 0);
    CHECK_INT(used, 0);
    CHECK_INT(other, 0);
    CHECK_INT(sh.most_running, 1);

    workers *w = workers_create(1, 8, num_run, &sh, "test");
    CHECK_INT(workers_window(w), 1); /* no read-ahead without threads */
    num_task t = {7, -1, pthread_self()};
    workers_submit(w, &t);
    CHECK(workers_full(w));
    CHECK_INT(t.result, -1); /* not run yet: runs when taken, as a plain loop would */
    CHECK(workers_take(w) == &t);
    CHECK_INT(t.result, 49);
    workers_free(w);
    pthread_mutex_destroy(&sh.mu);
}

TEST(pool_window_bounds_what_is_in_flight)
{
    num_shared sh;
    memset(&sh, 0, sizeof sh);
    pthread_mutex_init(&sh.mu, NULL);
    workers *w = workers_create(2, 5, num_run, &sh, "test");
    CHECK_INT(workers_window(w), 5);
    num_task t[5];
    for (int i = 0; i < 5; i++) {
        CHECK(!workers_full(w));
        t[i].index = i;
        workers_submit(w, &t[i]);
    }
    CHECK(workers_full(w));
    CHECK_INT(workers_pending(w), 5);
    CHECK(workers_take(w) == &t[0]);
    CHECK(!workers_full(w));
    /* freed with tasks in flight: those started finish, the rest never run; no hang */
    workers_free(w);
    workers *w2 = workers_create(4, 1, num_run, &sh, "test");
    CHECK_INT(workers_window(w2), 4); /* never fewer slots than threads */
    workers_free(w2);
    pthread_mutex_destroy(&sh.mu);
}

TEST(pool_messages_come_out_in_task_order)
{
    num_shared sh;
    memset(&sh, 0, sizeof sh);
    pthread_mutex_init(&sh.mu, NULL);
    sh.log = 1;
    int used = 0, other = 0;
    capture c;
    capture_begin(&c, "pool");
    int bad = run_numbers(4, 120, &sh, &used, &other);
    char *got = capture_end(&c);
    CHECK_INT(bad, 0);
    strbuf want = STRBUF_INIT;
    for (int i = 0; i < 120; i++)
        strbuf_printf(&want, "secdigest: warning: task %d\n", i);
    CHECK_STR(got, strbuf_cstr(&want));
    strbuf_free(&want);
    free(got);
    pthread_mutex_destroy(&sh.mu);
}

/* ---- extract_store_pending_jobs ------------------------------------------- */

static int add_html_pages(store *st, int64_t feed, const char *dir, int *count, sd_err *e);

/* Every extract, field by field, NULLs marked: what two runs must agree on. */
static char *dump_extracts(store *st)
{
    strbuf sb = STRBUF_INIT;
    sqlite3_stmt *s = NULL;
    const char *sql = "SELECT item_id, title, published, author, language, canonical_url, text, fallback, "
                      "reason, version FROM extracts ORDER BY item_id";
    if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) != SQLITE_OK)
        return xstrdup("(prepare failed)");
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(s); c++) {
            const unsigned char *v = sqlite3_column_text(s, c);
            strbuf_puts(&sb, v ? (const char *)v : "<NULL>");
            strbuf_putc(&sb, '\x1f');
        }
        strbuf_putc(&sb, '\n');
    }
    sqlite3_finalize(s);
    return strbuf_detach(&sb);
}

static int64_t count_rows(store *st, const char *sql)
{
    sqlite3_stmt *s = NULL;
    int64_t v = -1;
    if (sqlite3_prepare_v2(store_db(st), sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

/* One item of `feed` with a stored page (status, content type, body). */
static int add_page(store *st, int64_t feed, int k, int status, const char *ctype, const char *body, size_t len,
                    sd_err *e)
{
    feed_doc d;
    memset(&d, 0, sizeof d);
    d.format = FEED_FORMAT_RSS2;
    d.updated = SD_TIME_NONE;
    feed_item it;
    memset(&it, 0, sizeof it);
    it.id = xasprintf("item-%d", k);
    it.title = xasprintf("Item %d", k);
    it.link = xasprintf("https://pages.example.com/%d", k);
    it.summary = xasprintf("The feed's summary of item %d.", k);
    it.published = 1763400000 + k;
    it.updated = SD_TIME_NONE;
    d.items = &it;
    d.nitems = 1;
    int rc = store_items_upsert(st, feed, &d, 1763400000, NULL, e);
    int64_t id = -1;
    if (rc == 0) {
        char *sql = xasprintf("SELECT id FROM items WHERE link = 'https://pages.example.com/%d'", k);
        id = count_rows(st, sql);
        free(sql);
    }
    if (rc == 0 && id > 0) {
        store_page p;
        memset(&p, 0, sizeof p);
        p.item_id = id;
        p.url = it.link;
        p.status = status;
        p.content_type = (char *)ctype;
        p.headers = "";
        p.body = (char *)body;
        p.body_len = len;
        p.fetched_at = 1763400100;
        rc = store_page_put(st, &p, e);
    } else if (rc == 0) {
        rc = sd_err_set(e, "item %d not stored", k);
    }
    free(it.id);
    free(it.title);
    free(it.link);
    free(it.summary);
    return rc;
}

static int name_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every .html of a folder, in name order, as stored pages; *count counts them. */
static int add_html_pages(store *st, int64_t feed, const char *dir, int *count, sd_err *e)
{
    DIR *d = opendir(dir);
    if (!d)
        return sd_err_set(e, "%s: cannot open", dir);
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l > 5 && strcmp(de->d_name + l - 5, ".html") == 0) {
            names = xgrow(names, &cap, n + 1, sizeof *names);
            names[n++] = xstrdup(de->d_name);
        }
    }
    closedir(d);
    qsort(names, n, sizeof *names, name_cmp);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        char *path = xasprintf("%s/%s", dir, names[i]);
        char *data = NULL;
        size_t len = 0;
        rc = sd_read_file(path, 1u << 24, &data, &len, e);
        if (rc == 0)
            rc = add_page(st, feed, (*count)++, 200, "text/html", data, len, e);
        free(data);
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* One run of the step with its counts and its messages. */
static int run_step(store *st, int force, int jobs, size_t *done, size_t *failed, char **log)
{
    sd_err e = SD_ERR_INIT;
    capture c;
    capture_begin(&c, "step");
    int rc = extract_store_pending_jobs(st, force, jobs, done, failed, &e);
    *log = capture_end(&c);
    if (rc != 0) {
        fprintf(stderr, "extract_store_pending_jobs: %s\n", sd_err_msg(&e));
        sd_err_clear(&e);
    }
    return rc;
}

TEST(store_step_on_threads_stores_what_one_thread_stores)
{
    char *path = xasprintf("%s/jobs.db", tmpdir);
    store *st = NULL;
    sd_err e = SD_ERR_INIT;
    if (store_open(path, &st, &e) != 0) {
        fprintf(stderr, "store_open: %s\n", sd_err_msg(&e));
        sd_err_clear(&e);
        CHECK(0);
        free(path);
        return;
    }
    int64_t feed = -1;
    int created = 0, n = 0;
    CHECK_INT(store_feed_add(st, "https://pages.example.com/feed", "Pages", "en", NULL, &feed, &created, &e), 0);
    const char *td = getenv("TESTDATA");
    char *own = xasprintf("%s/pages", td && *td ? td : "data");
    char *held = xasprintf("%s/pages_heldout", td && *td ? td : "data");
    const char *src = getenv("SRCDIR");
    char *sample = xasprintf("%s/data/sample/pages", src && *src ? src : "..");

    /* Pages that fail in every way the step knows, among the good ones: an error
     * status, binary bytes, white space, too little text, a tag with too many
     * attributes (a debug message from a worker thread). */
    CHECK_INT(add_html_pages(st, feed, own, &n, &e), 0);
    CHECK_INT(add_page(st, feed, n++, 404, "text/html", "<html>gone</html>", 17, &e), 0);
    CHECK_INT(add_page(st, feed, n++, 200, "text/html", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, &e), 0);
    CHECK_INT(add_page(st, feed, n++, 200, "text/html", "  \n\t ", 5, &e), 0);
    CHECK_INT(add_page(st, feed, n++, 200, NULL, "<html><body><p>Too short.</p></body></html>", 43, &e), 0);
    strbuf many = STRBUF_INIT;
    strbuf_puts(&many, "<html><body><div");
    for (int a = 0; a < 150; a++)
        strbuf_printf(&many, " data-a%d=\"%d\"", a, a);
    strbuf_puts(&many, "><p>");
    for (int s = 0; s < 20; s++)
        strbuf_puts(&many, "A sentence of the article, long enough to count for something. ");
    strbuf_puts(&many, "</p></div></body></html>");
    CHECK_INT(add_page(st, feed, n++, 200, "text/html", many.data, many.len, &e), 0);
    strbuf_free(&many);
    CHECK_INT(add_html_pages(st, feed, held, &n, &e), 0);
    DIR *sd = opendir(sample);
    CHECK(sd != NULL);
    char **subs = NULL;
    size_t nsubs = 0, subcap = 0;
    struct dirent *de;
    while (sd && (de = readdir(sd)) != NULL)
        if (de->d_name[0] != '.') {
            subs = xgrow(subs, &subcap, nsubs + 1, sizeof *subs);
            subs[nsubs++] = xasprintf("%s/%s", sample, de->d_name);
        }
    if (sd)
        closedir(sd);
    qsort(subs, nsubs, sizeof *subs, name_cmp);
    for (size_t i = 0; i < nsubs; i++) {
        CHECK_INT(add_html_pages(st, feed, subs[i], &n, &e), 0);
        free(subs[i]);
    }
    free(subs);
    if (e.msg) {
        fprintf(stderr, "setup: %s\n", sd_err_msg(&e));
        sd_err_clear(&e);
    }
    CHECK(n > 2 * 64); /* several transactions */

    enum log_level level = log_get_level();
    log_set_level(LOG_DEBUG);
    size_t done1 = 0, failed1 = 0, done4 = 0, failed4 = 0, done3 = 0, failed3 = 0, d0 = 9, f0 = 9;
    char *log1 = NULL, *log4 = NULL, *log3 = NULL, *log0 = NULL;
    CHECK_INT(run_step(st, 0, 1, &done1, &failed1, &log1), 0);
    char *one = dump_extracts(st);
    CHECK_INT(done1 + failed1, n);
    CHECK(failed1 >= 4);
    CHECK_INT(count_rows(st, "SELECT count(*) FROM extracts"), n);
    CHECK(strstr(log1, "keeping the feed's summary") != NULL);
    CHECK(strstr(log1, "debug: extract: 1 tags with more than 100 attributes cut") != NULL);

    /* nothing pending: nothing done, with any number of threads */
    CHECK_INT(run_step(st, 0, 4, &d0, &f0, &log0), 0);
    CHECK_INT(d0 + f0, 0);
    CHECK_STR(log0, "");

    CHECK_INT(sqlite3_exec(store_db(st), "DELETE FROM extracts", NULL, NULL, NULL), SQLITE_OK);
    CHECK_INT(run_step(st, 0, 4, &done4, &failed4, &log4), 0);
    char *four = dump_extracts(st);
    CHECK_INT(done4, done1);
    CHECK_INT(failed4, failed1);
    CHECK(strcmp(one, four) == 0);
    CHECK_STR(log4, log1);

    /* forced, over existing rows, on three threads */
    CHECK_INT(run_step(st, 1, 3, &done3, &failed3, &log3), 0);
    char *three = dump_extracts(st);
    CHECK_INT(done3, done1);
    CHECK_INT(failed3, failed1);
    CHECK(strcmp(one, three) == 0);
    CHECK_STR(log3, log1);
    log_set_level(level);

    free(one);
    free(four);
    free(three);
    free(log0);
    free(log1);
    free(log3);
    free(log4);
    free(own);
    free(held);
    free(sample);
    store_close(st);
    const char *suffixes[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < SD_ARRAY_LEN(suffixes); i++) {
        char *p = xasprintf("%s%s", path, suffixes[i]);
        unlink(p);
        free(p);
    }
    free(path);
}

TEST(default_jobs_is_the_cpu_count_within_bounds)
{
    int j = extract_jobs_default();
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    CHECK(j >= 1 && j <= EXTRACT_MAX_JOBS_DEFAULT);
    if (ncpu >= 1 && ncpu <= EXTRACT_MAX_JOBS_DEFAULT)
        CHECK_INT(j, ncpu);
    CHECK_INT(workers_cpu_count(1), 1);
}

int main(void)
{
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/secdigest-test-jobs-XXXXXX", base && *base ? base : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(pool_gives_results_back_in_order);
    RUN(pool_of_one_runs_on_the_owner_when_taken);
    RUN(pool_window_bounds_what_is_in_flight);
    RUN(pool_messages_come_out_in_task_order);
    RUN(store_step_on_threads_stores_what_one_thread_stores);
    RUN(default_jobs_is_the_cpu_count_within_bounds);
    if (rmdir(tmpdir) != 0)
        fprintf(stderr, "warning: %s left behind (not empty)\n", tmpdir);
    return test_report();
}
