/*
 * extract_store: the pipeline's extraction step over the database.
 *
 * Every stored page without an extract made by this EXTRACT_VERSION (every
 * page when forced) is extracted and its result stored.  When the page
 * yields nothing credible -- or could not be read at all -- the item keeps
 * its feed summary as text, marked fallback = 1 with the reason, so that the
 * writer knows the text is the feed's and not the article's.  One bad page
 * never stops the run: its reason is logged and stored.  Writes are batched
 * in transactions; a run killed half-way leaves whole extracts only, and the
 * next run does the rest.
 *
 * Threads: extraction is CPU-bound and SQLite connections are not to be
 * shared, so the calling thread alone talks to the database -- it reads the
 * pages ahead, hands their bytes to worker threads (core/workers.h), and
 * stores the results in the order of the page list, batch after batch,
 * exactly as one thread would: the same rows, the same transactions, the
 * same messages in the same order.  At most a window of pages (four per
 * thread, and no more than INFLIGHT_MAX bytes of them) is in memory at once.
 */
#include "extract/extract.h"
#include "core/log.h"
#include "core/workers.h"
#include "extract/extract_jobs.h"
#include "store/store.h"

#include <stdlib.h>
#include <string.h>

#define BATCH 64
/* Pages read ahead stop here (bytes of page bodies), whatever the window: a
 * window of 64 pages of 16 MiB each would otherwise be a gigabyte.  One page
 * is always let through, however large. */
#define INFLIGHT_MAX ((size_t)256 << 20)

/* One page on its way through: read by the main thread, extracted by a worker. */
typedef struct page_job {
    int64_t id;
    int found;        /* the page is still stored */
    store_page page;  /* page.body is freed by the worker once extracted */
    size_t body_len;  /* as read, counted against INFLIGHT_MAX until stored */
    extract_result *r;
    char *reason;     /* set when the feed's summary stands in: why */
} page_job;

static void page_job_clear(page_job *j)
{
    store_page_clear(&j->page);
    extract_result_free(j->r);
    free(j->reason);
    memset(j, 0, sizeof *j);
}

/* workers_fn: extract one page.  Touches only its job (never the database). */
static void extract_job_run(void *task, void *shared)
{
    (void)shared;
    page_job *j = task;
    if (!j->found)
        return; /* removed since it was listed */
    if (j->page.status >= 400) {
        j->reason = xasprintf("the page answered HTTP %d", j->page.status);
    } else {
        extract_opts o;
        memset(&o, 0, sizeof o);
        o.url = j->page.final_url ? j->page.final_url : j->page.url;
        o.content_type = j->page.content_type;
        sd_err xerr = SD_ERR_INIT;
        if (extract_page(j->page.body, j->page.body_len, &o, &j->r, &xerr) != 0) {
            j->reason = xstrdup(sd_err_msg(&xerr));
            sd_err_clear(&xerr);
        } else if (!j->r->credible) {
            j->reason = xstrdup(j->r->reason ? j->r->reason : "nothing credible in the page");
        }
    }
    /* The bytes are done with: a page waiting for its turn to be stored holds
     * only its result. */
    free(j->page.body);
    j->page.body = NULL;
    j->page.body_len = 0;
}

/* On the main thread, in list order: store what the worker found. */
static int store_job(store *st, page_job *j, size_t *done, size_t *failed, sd_err *err)
{
    if (!j->found)
        return 0;
    store_extract x;
    memset(&x, 0, sizeof x);
    x.item_id = j->id;
    x.published = SD_TIME_NONE;
    x.version = EXTRACT_VERSION;
    extract_result *r = j->r;
    if (r) {
        x.title = r->title;
        x.published = r->published;
        x.author = r->author;
        x.language = r->language;
        x.canonical_url = r->canonical_url;
    }

    store_item item;
    memset(&item, 0, sizeof item);
    int have_item = 0;
    if (j->reason) {
        /* The feed's own words stand in for the article. */
        int ifound = 0;
        if (store_item_get(st, j->id, &item, &ifound, err) != 0)
            return -1;
        have_item = ifound;
        x.fallback = 1;
        x.reason = j->reason;
        x.text = have_item ? (item.summary ? item.summary : item.content) : NULL;
        log_info("extract: %s: %s; keeping the feed's summary", j->page.url ? j->page.url : "(page)", j->reason);
    } else {
        x.text = r->text;
    }

    int rc = store_extract_put(st, &x, err);
    if (rc == 0) {
        if (j->reason) {
            if (failed)
                (*failed)++;
        } else if (done) {
            (*done)++;
        }
    }
    if (have_item)
        store_item_clear(&item);
    return rc;
}

int extract_store_pending_jobs(store *st, int force, int jobs, size_t *done, size_t *failed, sd_err *err)
{
    if (done)
        *done = 0;
    if (failed)
        *failed = 0;
    int64_t *ids = NULL;
    size_t n = 0;
    if (store_pages_to_extract(st, EXTRACT_VERSION, force, &ids, &n, err) != 0)
        return -1;
    if (n == 0) {
        free(ids);
        return 0;
    }
    int nthreads = jobs > 0 ? jobs : extract_jobs_default();
    if ((size_t)nthreads > n)
        nthreads = (int)n;
    if (nthreads > 1)
        extract_threads_init();
    workers *w = workers_create(nthreads, 0, extract_job_run, NULL, "extract");
    size_t window = workers_window(w);
    page_job *ring = xcalloc(window, sizeof *ring);

    /* nread: pages handed to the workers; nstored: results written (both count
     * list positions, nstored <= nread).  Page k of the list is ring[k % window]. */
    size_t nread = 0, nstored = 0, inflight = 0;
    int rc = 0, in_tx = 0;
    while (nstored < n) {
        while (nread < n && !workers_full(w) && (nread == nstored || inflight < INFLIGHT_MAX)) {
            page_job *j = &ring[nread % window];
            j->id = ids[nread];
            if (store_page_get(st, j->id, &j->page, &j->found, err) != 0) {
                rc = -1;
                break;
            }
            j->body_len = j->page.body_len;
            inflight += j->body_len;
            workers_submit(w, j);
            nread++;
        }
        if (rc != 0)
            break;
        /* Transactions cover the same BATCH pages of the list as with one thread. */
        if (nstored % BATCH == 0) {
            if (store_begin(st, err) != 0) {
                rc = -1;
                break;
            }
            in_tx = 1;
        }
        page_job *j = workers_take(w);
        inflight -= j->body_len;
        rc = store_job(st, j, done, failed, err);
        page_job_clear(j);
        if (rc != 0)
            break;
        nstored++;
        if (nstored % BATCH == 0 || nstored == n) {
            if (store_commit(st, err) != 0) {
                rc = -1;
                break;
            }
            in_tx = 0;
        }
    }
    if (rc != 0 && in_tx)
        store_rollback(st);
    /* After workers_free no thread touches a job: clear those read and not stored. */
    workers_free(w);
    for (size_t k = 0; k < window; k++)
        page_job_clear(&ring[k]);
    free(ring);
    free(ids);
    return rc;
}

int extract_store_pending(store *st, int force, size_t *done, size_t *failed, sd_err *err)
{
    return extract_store_pending_jobs(st, force, 0, done, failed, err);
}
