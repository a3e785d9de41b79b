/*
 * fetch: everything secdigest sends over the network -- feeds and article
 * pages -- and nothing else.
 *
 * Three layers, each usable on its own:
 *
 *  - netguard: which socket addresses a transfer may connect to.  The check
 *    runs on the resolved address right before connect (libcurl's
 *    open-socket hook), so it covers every redirect hop and DNS answers that
 *    change between lookups.  Loopback, private, link-local and the other
 *    non-public ranges are refused unless the user allows them.
 *
 *  - http_client: many transfers at once over libcurl's multi interface in
 *    one thread.  Requests wait in per-host queues and are started round
 *    robin, so no host gets more than `per_host` transfers at a time and a
 *    slow host only ever holds its own slots.  Every transfer is bounded in
 *    connect time, total time, speed (a drip counts as a stall), body size
 *    (decoded bytes: a gzip bomb stops at the bound) and redirects.
 *    Transient failures are retried with exponential backoff and jitter.
 *    Each finished request is handed to a callback with status, headers,
 *    body, final URL and, on failure, a one-line reason.
 *
 *  - fetch_feeds: the `fetch` step.  Polls the feeds from the store that are
 *    due, with conditional requests (ETag / Last-Modified), parses what
 *    changed, records each poll in its own transaction, then fetches the
 *    article pages of items that have none yet and stores them raw with
 *    their headers.
 */
#ifndef SECDIGEST_FETCH_H
#define SECDIGEST_FETCH_H

#include "core/config.h"
#include "core/core.h"
#include "store/store.h"

struct sockaddr;

/* ---- netguard ---------------------------------------------------------- */

typedef struct netguard netguard;

/*
 * allow_private: every address is permitted (--allow-private-networks).
 * allow_networks: extra ranges that are permitted even when allow_private is
 * 0, as a list of CIDR blocks separated by commas or spaces
 * ("10.1.0.0/16, fd00::/8", a bare address means one host); may be NULL.
 */
netguard *netguard_create(int allow_private, const char *allow_networks, sd_err *err);
void netguard_free(netguard *g);
/*
 * 1 when a connection to `sa` is permitted.  Otherwise 0 and, when why is not
 * NULL, a newly allocated reason naming the address and its range
 * ("127.0.0.1 is a loopback address").
 */
int netguard_check(const netguard *g, const struct sockaddr *sa, char **why);
/* The same check for a numeric address in text form; -1 when it does not parse. */
int netguard_check_text(const netguard *g, const char *addr, char **why);

/* ---- http_client ------------------------------------------------------- */

typedef struct http_client_opts {
    int jobs;                 /* transfers at once, all hosts together */
    int per_host;             /* transfers at once to one host (name and port) */
    long connect_timeout_s;
    long timeout_s;           /* whole transfer, including redirects */
    long low_speed_bytes;     /* slower than this (bytes/s)... */
    long low_speed_time_s;    /* ...for this long ends the transfer */
    size_t max_bytes;         /* default body bound (decoded bytes) */
    int max_redirects;
    int retries;              /* extra attempts after a transient failure */
    long retry_base_ms;       /* first backoff; doubles each attempt, plus jitter */
    long retry_after_max_s;   /* a longer Retry-After is reported, not waited for */
    const char *user_agent;   /* NULL: SECDIGEST_USER_AGENT */
    const netguard *guard;    /* NULL: every address permitted (used only by tests) */
} http_client_opts;

/* Defaults: 16 jobs, 2 per host, 10 s connect, 30 s total, 16 MiB, 5 redirects, 2 retries. */
void http_client_opts_init(http_client_opts *o);

enum http_accept { HTTP_ACCEPT_FEED = 0, HTTP_ACCEPT_PAGE = 1 };

typedef struct http_request {
    const char *url;
    const char *etag;           /* sent as If-None-Match, or NULL */
    const char *last_modified;  /* sent as If-Modified-Since, or NULL */
    size_t max_bytes;           /* 0: the client's bound */
    enum http_accept accept;
    void *user;                 /* handed back in the response */
} http_request;

/* How a request ended. */
enum http_failure {
    HTTP_OK = 0,          /* a response arrived (any status) */
    HTTP_FAIL_BLOCKED,    /* the address is not permitted (netguard) */
    HTTP_FAIL_URL,        /* not an http(s) URL, or one that does not parse */
    HTTP_FAIL_RESOLVE,
    HTTP_FAIL_CONNECT,
    HTTP_FAIL_TIMEOUT,    /* total time, connect time, or too slow */
    HTTP_FAIL_TOO_LARGE,  /* body (decoded) over the bound */
    HTTP_FAIL_REDIRECTS,  /* too many redirects */
    HTTP_FAIL_TLS,
    HTTP_FAIL_TRUNCATED,  /* connection closed before the whole body */
    HTTP_FAIL_OTHER,
};

typedef struct http_response {
    const char *url;            /* as requested */
    const char *final_url;      /* after redirects (== url when none) */
    const char *moved_to;       /* target of the permanent redirects (301/308) the request began
                                 * with, when the response was a success; NULL otherwise */
    void *user;
    enum http_failure failure;
    const char *error;          /* one-line reason when failure != HTTP_OK, else NULL */
    int status;                 /* HTTP status of the last response, 0 if none */
    const char *content_type;   /* NULL if none */
    const char *etag;           /* NULL if none */
    const char *last_modified;  /* NULL if none */
    int64_t retry_after_s;      /* Retry-After of a 429/503, else -1 */
    int64_t max_age_s;          /* Cache-Control max-age, else -1 */
    const char *headers;        /* raw header block of the last response */
    size_t headers_len;
    const char *body;           /* NUL-terminated for convenience; body_len bytes of data */
    size_t body_len;
    int64_t bytes_received;     /* on the wire (compressed), all attempts */
    int64_t started_at;         /* Unix time of the first attempt */
    int64_t duration_ms;        /* first attempt to completion */
    int attempts;
} http_response;

typedef void (*http_done_fn)(const http_response *resp, void *ctx);

typedef struct http_client http_client;

int http_client_create(const http_client_opts *opts, http_client **out, sd_err *err);
void http_client_free(http_client *c);
/* Queue a request (strings are copied).  It starts during the next http_client_run. */
void http_client_add(http_client *c, const http_request *req);
/*
 * Run until every queued request has completed, calling `done` once for each
 * (from this thread, between transfers; it may queue more requests).
 * Returns 0, or -1 if libcurl itself failed.
 */
int http_client_run(http_client *c, http_done_fn done, void *ctx, sd_err *err);
/* Requests sent so far (attempts, including retries). */
size_t http_client_requests(const http_client *c);

/* charset= of a Content-Type value, newly allocated, or NULL. */
char *http_content_type_charset(const char *content_type);
/* "200 OK"-style text for a status: the reason phrase we know, or "". */
const char *http_status_text(int status);

/* ---- fetch_feeds ------------------------------------------------------- */

typedef struct fetch_opts {
    int jobs;
    int per_host;
    long connect_timeout_s;
    long timeout_s;
    size_t max_bytes;
    long min_interval_min;   /* never poll a feed more often, unless force */
    int retries;
    int force;               /* poll even feeds that are not due */
    int pages;               /* fetch article pages after the feeds */
    size_t max_pages;        /* at most this many pages per run */
    int allow_private;
    const char *allow_networks;
    int progress;            /* 1: live one-line display on stderr; 0: log lines */
    const int64_t *feed_ids; /* restrict the run to these feeds; NULL: all feeds */
    size_t nfeed_ids;
    /* Feeds that are local files the user named: read from disk, never from the network. */
    const int64_t *file_feed_ids;
    size_t nfile_feed_ids;
} fetch_opts;

/* Built-in defaults (the same as the commented config file). */
void fetch_opts_init(fetch_opts *o);
/* Defaults overridden by the [fetch] section of the configuration. */
int fetch_opts_from_config(fetch_opts *o, const config *cfg, sd_err *err);

typedef struct fetch_summary {
    size_t feeds_total;        /* in the store (or selected) */
    size_t feeds_skipped;      /* not due yet */
    size_t feeds_ok;           /* 200 and parsed */
    size_t feeds_not_modified; /* 304 */
    size_t feeds_failed;
    size_t feeds_failing_long; /* failing for more than a day: reported */
    size_t items_new;
    size_t items_updated;
    size_t pages_ok;
    size_t pages_failed;
    size_t requests;
    int64_t bytes;             /* received on the wire */
    int64_t elapsed_ms;
} fetch_summary;

/*
 * Poll the feeds and fetch article pages, then log a summary line.  One feed's failure is logged with
 * the feed and reason and kept with the feed (error count, last error); it
 * never stops the run.  Returns -1 only when the run itself could not go on
 * (database error, libcurl failure).
 */
int fetch_feeds(store *st, const fetch_opts *opts, fetch_summary *sum, sd_err *err);

#endif
