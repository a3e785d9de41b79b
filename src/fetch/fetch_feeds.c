/*
 * fetch_feeds: the `fetch` step -- poll the feeds that are due, store what
 * changed, then fetch the article pages of items that have none.
 *
 * Each feed is polled at most once per run and never more often than its
 * interval (min_interval, the feed's TTL, the server's max-age, a
 * Retry-After, an error backoff) unless the user forces it.  Every poll is
 * recorded with store_feed_record_fetch in its own transaction, so a feed
 * that fails -- or a crash halfway through the run -- never costs another
 * feed its items.
 */
#include "fetch/fetch.h"
#include "core/log.h"
#include "feed/feed.h"

#include <curl/curl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

/* Hints from the feed or the server never push the next poll further than
 * this: a daily run must always poll every feed. */
#define HINT_CAP_S (12 * 3600)
/* An explicit Retry-After is honoured up to a day. */
#define RETRY_AFTER_CAP_S (24 * 3600)
/* A feed failing for longer than this is reported in every run. */
#define FAILING_LONG_S (24 * 3600)

void fetch_opts_init(fetch_opts *o)
{
    memset(o, 0, sizeof *o);
    o->jobs = 16;
    o->per_host = 2;
    o->connect_timeout_s = 10;
    o->timeout_s = 30;
    o->max_bytes = 16u * 1024u * 1024u;
    o->min_interval_min = 30;
    o->retries = 2;
    o->pages = 1;
    o->max_pages = 1000;
}

int fetch_opts_from_config(fetch_opts *o, const config *cfg, sd_err *err)
{
    long v;
    if (config_get_long(cfg, "fetch", "jobs", o->jobs, 1, 256, &v, err) != 0)
        return -1;
    o->jobs = (int)v;
    if (config_get_long(cfg, "fetch", "per_host", o->per_host, 1, 16, &v, err) != 0)
        return -1;
    o->per_host = (int)v;
    if (config_get_long(cfg, "fetch", "connect_timeout", o->connect_timeout_s, 1, 300, &v, err) != 0)
        return -1;
    o->connect_timeout_s = v;
    if (config_get_long(cfg, "fetch", "timeout", o->timeout_s, 1, 3600, &v, err) != 0)
        return -1;
    o->timeout_s = v;
    if (config_get_long(cfg, "fetch", "max_bytes", (long)o->max_bytes, 1024, 1024L * 1024 * 1024, &v,
                        err) != 0)
        return -1;
    o->max_bytes = (size_t)v;
    if (config_get_long(cfg, "fetch", "min_interval", o->min_interval_min, 0, 7 * 24 * 60, &v, err) != 0)
        return -1;
    o->min_interval_min = v;
    if (config_get_long(cfg, "fetch", "retries", o->retries, 0, 10, &v, err) != 0)
        return -1;
    o->retries = (int)v;
    if (config_get_long(cfg, "fetch", "max_pages", (long)o->max_pages, 0, 1000000, &v, err) != 0)
        return -1;
    o->max_pages = (size_t)v;
    const char *nets = config_get(cfg, "fetch", "allow_networks");
    if (nets && *nets)
        o->allow_networks = nets;
    return 0;
}

/* ---- progress ---------------------------------------------------------- */

typedef struct progress {
    int on;
    int drawn;
    int64_t last_ms;
} progress;

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Before a log line: the progress line must not be left half under it. */
static void progress_clear(progress *p)
{
    if (p->on && p->drawn) {
        fputs("\r\033[K", stderr);
        p->drawn = 0;
    }
}

typedef struct run {
    store *st;
    const fetch_opts *o;
    fetch_summary *sum;
    progress pr;
    int64_t now;
    int phase;              /* 0 feeds, 1 pages */
    size_t feeds_queued, feeds_done;
    size_t pages_queued, pages_done;
    size_t store_failures;
} run;

static void progress_draw(run *r, int force)
{
    progress *p = &r->pr;
    if (!p->on)
        return;
    int64_t t = mono_ms();
    if (!force && t - p->last_ms < 100)
        return;
    p->last_ms = t;
    const fetch_summary *s = r->sum;
    if (r->phase == 0)
        fprintf(stderr, "\r\033[Kfetch: feeds %zu/%zu, %zu new items, %zu errors", r->feeds_done,
                r->feeds_queued, s->items_new, s->feeds_failed);
    else
        fprintf(stderr, "\r\033[Kfetch: feeds %zu/%zu, %zu new items, %zu errors; pages %zu/%zu",
                r->feeds_done, r->feeds_queued, s->items_new, s->feeds_failed, r->pages_done,
                r->pages_queued);
    fflush(stderr);
    p->drawn = 1;
}

/* ---- one feed ---------------------------------------------------------- */

typedef struct feed_job {
    store_feed feed;
    run *r;
    int is_file;
} feed_job;

static char *feed_name(const store_feed *f)
{
    if (f->title && *f->title)
        return xasprintf("\"%s\" <%s>", f->title, f->url);
    return xasprintf("<%s>", f->url);
}

static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

static int64_t next_poll(const run *r, const store_feed *f, enum store_fetch_outcome outcome,
                         int ttl_minutes, int64_t max_age_s, int64_t retry_after_s)
{
    int64_t interval = (int64_t)r->o->min_interval_min * 60;
    if (outcome != STORE_FETCH_ERROR) {
        int64_t hint = max64(ttl_minutes > 0 ? (int64_t)ttl_minutes * 60 : 0, max_age_s > 0 ? max_age_s : 0);
        if (hint > HINT_CAP_S)
            hint = HINT_CAP_S;
        return r->now + max64(interval, hint);
    }
    /* Errors back off: interval, then doubling with each consecutive failure. */
    int errors = f->error_count + 1;
    int64_t backoff = interval;
    for (int i = 1; i < errors && backoff < HINT_CAP_S; i++)
        backoff *= 2;
    if (backoff > HINT_CAP_S)
        backoff = HINT_CAP_S;
    int64_t wait = max64(interval, backoff);
    if (retry_after_s > 0)
        wait = max64(wait, retry_after_s > RETRY_AFTER_CAP_S ? RETRY_AFTER_CAP_S : retry_after_s);
    return r->now + wait;
}

static void report_long_failure(run *r, const store_feed *f, const char *reason)
{
    int64_t since = f->last_ok != SD_TIME_NONE ? f->last_ok : f->added_at;
    if (since == SD_TIME_NONE || since <= 0 || r->now - since < FAILING_LONG_S)
        return;
    char *name = feed_name(f);
    char *what = f->last_ok != SD_TIME_NONE ? xstrdup("last success") : xstrdup("added");
    int64_t days = (r->now - since) / 86400;
    progress_clear(&r->pr);
    log_warn("feed %s has been failing for %" PRId64 " day%s (%s %" PRId64 " days ago, %d failures in a row): %s",
             name, days, days == 1 ? "" : "s", what, days, f->error_count, reason ? reason : "unknown error");
    free(what);
    free(name);
    r->sum->feeds_failing_long++;
}

/* Record one poll, log what a person needs to know, count it. */
static void record(run *r, feed_job *job, store_fetch_result *res, const feed_doc *doc)
{
    store_feed *f = &job->feed;
    store_upsert_stats stats = {0, 0, 0};
    sd_err err = SD_ERR_INIT;
    char *name = feed_name(f);
    if (store_feed_record_fetch(r->st, res, doc, &stats, &err) != 0) {
        progress_clear(&r->pr);
        log_error("feed %s: cannot store the poll: %s", name, sd_err_msg(&err));
        sd_err_clear(&err);
        r->store_failures++;
        r->sum->feeds_failed++;
        free(name);
        return;
    }
    switch (res->outcome) {
    case STORE_FETCH_OK:
        r->sum->feeds_ok++;
        break;
    case STORE_FETCH_NOT_MODIFIED:
        r->sum->feeds_not_modified++;
        break;
    case STORE_FETCH_ERROR:
        r->sum->feeds_failed++;
        break;
    }
    r->sum->items_new += stats.inserted;
    r->sum->items_updated += stats.updated;
    if (res->outcome == STORE_FETCH_ERROR) {
        progress_clear(&r->pr);
        log_warn("feed %s: %s", name, res->error);
        /* error_count was before this poll; the report counts this one too. */
        f->error_count++;
        report_long_failure(r, f, res->error);
    } else {
        if (res->moved_to) {
            progress_clear(&r->pr);
            log_info("feed %s moved permanently to %s: the stored URL now points there", name, res->moved_to);
        }
        if (doc)
            for (size_t i = 0; i < doc->nwarnings; i++)
                log_debug("feed %s: %s", name, doc->warnings[i]);
        if (!r->pr.on && stats.inserted > 0)
            log_info("feed %s: %zu new item%s", name, stats.inserted, stats.inserted == 1 ? "" : "s");
        else if (res->outcome == STORE_FETCH_NOT_MODIFIED)
            log_debug("feed %s: not modified", name);
        else
            log_debug("feed %s: %zu new, %zu updated, %zu unchanged", name, stats.inserted, stats.updated,
                      stats.unchanged);
    }
    free(name);
}

static void parse_body(run *r, feed_job *job, const char *body, size_t len, const char *url,
                       const char *content_type, feed_doc **doc, char **error)
{
    feed_parse_opts po;
    memset(&po, 0, sizeof po);
    po.url = url;
    char *cs = http_content_type_charset(content_type);
    po.http_charset = cs;
    po.max_bytes = r->o->max_bytes;
    po.now = r->now;
    sd_err err = SD_ERR_INIT;
    *doc = NULL;
    *error = NULL;
    if (len == 0) {
        *error = xstrdup("the response is empty: no feed in it");
    } else if (feed_parse(body, len, &po, doc, &err) != 0) {
        const char *msg = sd_err_msg(&err);
        int says_so = sd_starts_with(msg, "not a feed");
        if (content_type)
            *error = says_so ? xasprintf("%s (served as %s)", msg, content_type)
                             : xasprintf("not a feed (served as %s): %s", content_type, msg);
        else
            *error = says_so ? xstrdup(msg) : xasprintf("not a feed: %s", msg);
        *doc = NULL;
    }
    (void)job;
    sd_err_clear(&err);
    free(cs);
}

static void on_feed_done(const http_response *resp, void *ctx)
{
    run *r = ctx;
    feed_job *job = resp->user;
    store_feed *f = &job->feed;
    store_fetch_result res;
    memset(&res, 0, sizeof res);
    res.feed_id = f->id;
    res.started_at = resp->started_at;
    res.duration_ms = resp->duration_ms;
    res.http_status = resp->status;
    res.bytes = resp->bytes_received;
    r->sum->bytes += resp->bytes_received;
    feed_doc *doc = NULL;
    char *error = NULL;
    int ttl = f->ttl_minutes;

    if (resp->failure != HTTP_OK) {
        error = xstrdup(resp->error);
    } else if (resp->status == 304) {
        res.outcome = STORE_FETCH_NOT_MODIFIED;
    } else if (resp->status >= 200 && resp->status < 300) {
        parse_body(r, job, resp->body, resp->body_len, resp->final_url, resp->content_type, &doc, &error);
        if (doc) {
            res.outcome = STORE_FETCH_OK;
            if (doc->ttl_minutes > 0)
                ttl = doc->ttl_minutes;
        }
    } else {
        const char *text = http_status_text(resp->status);
        if (resp->retry_after_s > 0)
            error = xasprintf("HTTP %d%s%s (the server asks to retry after %" PRId64 " s)", resp->status,
                              *text ? " " : "", text, resp->retry_after_s);
        else
            error = xasprintf("HTTP %d%s%s", resp->status, *text ? " " : "", text);
    }
    if (error) {
        res.outcome = STORE_FETCH_ERROR;
        res.error = error;
        /* Keep the validators of the last good copy: a broken answer must not cost us 304s. */
        res.etag = f->etag;
        res.last_modified = f->last_modified;
    } else if (res.outcome == STORE_FETCH_NOT_MODIFIED) {
        res.etag = resp->etag ? resp->etag : f->etag;
        res.last_modified = resp->last_modified ? resp->last_modified : f->last_modified;
    } else {
        res.etag = resp->etag;
        res.last_modified = resp->last_modified;
    }
    if (res.outcome != STORE_FETCH_ERROR && resp->moved_to && strcmp(resp->moved_to, f->url) != 0)
        res.moved_to = resp->moved_to;
    res.next_fetch = next_poll(r, f, res.outcome, ttl, resp->max_age_s, resp->retry_after_s);

    record(r, job, &res, doc);
    feed_doc_free(doc);
    free(error);
    r->feeds_done++;
    progress_draw(r, 0);
}

/* A local file the user named on the command line: read and recorded like a poll. */
static void poll_file(run *r, feed_job *job)
{
    store_feed *f = &job->feed;
    store_fetch_result res;
    memset(&res, 0, sizeof res);
    res.feed_id = f->id;
    res.started_at = (int64_t)time(NULL);
    int64_t t0 = mono_ms();
    char *path = NULL, *error = NULL, *data = NULL;
    size_t len = 0;
    feed_doc *doc = NULL;
    CURLU *u = curl_url();
    if (curl_url_set(u, CURLUPART_URL, f->url, 0) != CURLUE_OK ||
        curl_url_get(u, CURLUPART_PATH, &path, CURLU_URLDECODE) != CURLUE_OK) {
        error = xstrdup("not a usable file:// URL");
    } else {
        sd_err err = SD_ERR_INIT;
        if (sd_read_file(path, r->o->max_bytes, &data, &len, &err) != 0) {
            error = xstrdup(sd_err_msg(&err));
            sd_err_clear(&err);
        } else {
            parse_body(r, job, data, len, f->url, NULL, &doc, &error);
        }
    }
    curl_free(path);
    curl_url_cleanup(u);
    res.bytes = (int64_t)len;
    res.duration_ms = mono_ms() - t0;
    res.outcome = error ? STORE_FETCH_ERROR : STORE_FETCH_OK;
    res.error = error;
    /* A local file is read whenever the user names it: no interval applies. */
    res.next_fetch = SD_TIME_NONE;
    record(r, job, &res, doc);
    feed_doc_free(doc);
    free(error);
    free(data);
    r->feeds_done++;
    progress_draw(r, 0);
}

/* ---- article pages ----------------------------------------------------- */

typedef struct page_job {
    int64_t item_id;
    run *r;
} page_job;

static void on_page_done(const http_response *resp, void *ctx)
{
    run *r = ctx;
    page_job *pj = resp->user;
    r->sum->bytes += resp->bytes_received;
    r->pages_done++;
    /* A transient failure stores nothing: the next run tries again.  A definite
     * answer -- any HTTP status, or a refusal that would repeat -- is stored, so
     * extraction can tell and the page is not requested every day. */
    int definite = resp->failure == HTTP_OK || resp->failure == HTTP_FAIL_BLOCKED ||
                   resp->failure == HTTP_FAIL_URL || resp->failure == HTTP_FAIL_TOO_LARGE ||
                   resp->failure == HTTP_FAIL_REDIRECTS;
    if (resp->failure != HTTP_OK || resp->status < 200 || resp->status >= 300) {
        r->sum->pages_failed++;
        progress_clear(&r->pr);
        if (resp->failure != HTTP_OK)
            log_warn("page %s (item %" PRId64 "): %s", resp->url, pj->item_id, resp->error);
        else
            log_warn("page %s (item %" PRId64 "): HTTP %d %s", resp->url, pj->item_id, resp->status,
                     http_status_text(resp->status));
    } else {
        r->sum->pages_ok++;
    }
    if (definite) {
        store_page p;
        memset(&p, 0, sizeof p);
        p.item_id = pj->item_id;
        p.url = (char *)resp->url;
        p.final_url = (char *)resp->final_url;
        p.status = resp->failure == HTTP_OK ? resp->status : 0;
        p.content_type = (char *)resp->content_type;
        p.headers = (char *)(resp->failure == HTTP_OK ? resp->headers : "");
        p.body = (char *)(resp->failure == HTTP_OK ? resp->body : "");
        p.body_len = resp->failure == HTTP_OK ? resp->body_len : 0;
        p.fetched_at = (int64_t)time(NULL);
        sd_err err = SD_ERR_INIT;
        if (store_page_put(r->st, &p, &err) != 0) {
            progress_clear(&r->pr);
            log_error("page %s (item %" PRId64 "): cannot store: %s", resp->url, pj->item_id, sd_err_msg(&err));
            sd_err_clear(&err);
            r->store_failures++;
        }
    }
    free(pj);
    progress_draw(r, 0);
}

static int fetch_pages(run *r, http_client *c, sd_err *err)
{
    store_item *items = NULL;
    size_t n = 0;
    if (r->o->max_pages == 0)
        return 0;
    if (store_items_without_page(r->st, r->o->max_pages, &items, &n, err) != 0)
        return -1;
    r->phase = 1;
    for (size_t i = 0; i < n; i++) {
        const char *link = items[i].link;
        if (!link || !(strncasecmp(link, "http://", 7) == 0 || strncasecmp(link, "https://", 8) == 0))
            continue; /* only the web: a feed cannot make us read file:// or anything else */
        page_job *pj = xcalloc(1, sizeof *pj);
        pj->item_id = items[i].id;
        pj->r = r;
        http_request req;
        memset(&req, 0, sizeof req);
        req.url = link;
        req.accept = HTTP_ACCEPT_PAGE;
        req.user = pj;
        http_client_add(c, &req);
        r->pages_queued++;
    }
    store_items_free(items, n);
    if (r->pages_queued == 0)
        return 0;
    log_debug("fetching %zu article pages", r->pages_queued);
    return http_client_run(c, on_page_done, r, err);
}

/* ---- the run ----------------------------------------------------------- */

static int id_in(const int64_t *ids, size_t n, int64_t id)
{
    for (size_t i = 0; i < n; i++)
        if (ids[i] == id)
            return 1;
    return 0;
}

static int is_due(const run *r, const store_feed *f)
{
    if (r->o->force)
        return 1;
    if (f->next_fetch != SD_TIME_NONE && f->next_fetch > r->now)
        return 0;
    int64_t interval = (int64_t)r->o->min_interval_min * 60;
    if (f->last_fetch != SD_TIME_NONE && f->last_fetch + interval > r->now)
        return 0;
    return 1;
}

static void log_summary(const run *r)
{
    const fetch_summary *s = r->sum;
    double secs = (double)s->elapsed_ms / 1000.0;
    double mib = (double)s->bytes / (1024.0 * 1024.0);
    strbuf sb = STRBUF_INIT;
    strbuf_printf(&sb, "fetched %zu feed%s in %.1f s: %zu ok, %zu not modified, %zu failed",
                  s->feeds_total - s->feeds_skipped, s->feeds_total - s->feeds_skipped == 1 ? "" : "s", secs,
                  s->feeds_ok, s->feeds_not_modified, s->feeds_failed);
    if (s->feeds_skipped)
        strbuf_printf(&sb, ", %zu not due yet", s->feeds_skipped);
    strbuf_printf(&sb, "; %zu new item%s", s->items_new, s->items_new == 1 ? "" : "s");
    if (r->o->pages)
        strbuf_printf(&sb, "; %zu page%s stored, %zu failed", s->pages_ok, s->pages_ok == 1 ? "" : "s",
                      s->pages_failed);
    strbuf_printf(&sb, "; %.1f MiB, %zu request%s", mib, s->requests, s->requests == 1 ? "" : "s");
    if (secs > 0.05)
        strbuf_printf(&sb, " (%.0f/s)", (double)s->requests / secs);
    log_info("%s", strbuf_cstr(&sb));
    strbuf_free(&sb);
}

int fetch_feeds(store *st, const fetch_opts *o, fetch_summary *sum, sd_err *err)
{
    memset(sum, 0, sizeof *sum);
    int64_t t0 = mono_ms();
    run r;
    memset(&r, 0, sizeof r);
    r.st = st;
    r.o = o;
    r.sum = sum;
    r.now = (int64_t)time(NULL);
    r.pr.on = o->progress;

    netguard *guard = netguard_create(o->allow_private, o->allow_networks, err);
    if (!guard) {
        sd_err_prefix(err, "allowed networks");
        return -1;
    }
    http_client_opts ho;
    http_client_opts_init(&ho);
    ho.jobs = o->jobs;
    ho.per_host = o->per_host;
    ho.connect_timeout_s = o->connect_timeout_s < o->timeout_s ? o->connect_timeout_s : o->timeout_s;
    ho.timeout_s = o->timeout_s;
    ho.max_bytes = o->max_bytes;
    ho.retries = o->retries;
    /* A stall of half the time budget (at most 15 s) is a dead transfer, not a slow one. */
    ho.low_speed_time_s = o->timeout_s / 2 < 15 ? (o->timeout_s / 2 > 0 ? o->timeout_s / 2 : 1) : 15;
    if (ho.retry_after_max_s > o->timeout_s)
        ho.retry_after_max_s = o->timeout_s;
    ho.guard = guard;
    http_client *c = NULL;
    if (http_client_create(&ho, &c, err) != 0) {
        netguard_free(guard);
        return -1;
    }

    store_feed *feeds = NULL;
    size_t nfeeds = 0;
    if (store_feed_list(st, &feeds, &nfeeds, err) != 0) {
        http_client_free(c);
        netguard_free(guard);
        return -1;
    }
    feed_job *jobs = xcalloc(nfeeds ? nfeeds : 1, sizeof *jobs);
    size_t njobs = 0;
    for (size_t i = 0; i < nfeeds; i++) {
        store_feed *f = &feeds[i];
        if (o->feed_ids && !id_in(o->feed_ids, o->nfeed_ids, f->id))
            continue;
        sum->feeds_total++;
        int is_file = id_in(o->file_feed_ids, o->nfile_feed_ids, f->id);
        if (!is_file && !is_due(&r, f)) {
            sum->feeds_skipped++;
            if (f->error_count > 0)
                report_long_failure(&r, f, f->last_error);
            continue;
        }
        feed_job *job = &jobs[njobs++];
        job->feed = *f; /* takes the strings; feeds[] is freed shallowly below */
        memset(f, 0, sizeof *f);
        job->r = &r;
        job->is_file = is_file;
    }
    store_feeds_free(feeds, nfeeds);

    r.feeds_queued = njobs;
    if (sum->feeds_skipped)
        log_debug("%zu feed%s polled recently, not due yet (--force polls them anyway)", sum->feeds_skipped,
                  sum->feeds_skipped == 1 ? " was" : "s were");
    progress_draw(&r, 1);
    for (size_t i = 0; i < njobs; i++) {
        feed_job *job = &jobs[i];
        if (job->is_file) {
            poll_file(&r, job);
            continue;
        }
        http_request req;
        memset(&req, 0, sizeof req);
        req.url = job->feed.url;
        req.etag = job->feed.etag;
        req.last_modified = job->feed.last_modified;
        req.accept = HTTP_ACCEPT_FEED;
        req.user = job;
        http_client_add(c, &req);
    }
    int rc = http_client_run(c, on_feed_done, &r, err);
    if (rc == 0 && o->pages)
        rc = fetch_pages(&r, c, err);
    sum->requests = http_client_requests(c);
    sum->elapsed_ms = mono_ms() - t0;
    progress_draw(&r, 1);
    progress_clear(&r.pr);
    if (rc == 0)
        log_summary(&r);

    for (size_t i = 0; i < njobs; i++)
        store_feed_clear(&jobs[i].feed);
    free(jobs);
    http_client_free(c);
    netguard_free(guard);
    return rc;
}
