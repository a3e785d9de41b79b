/*
 * http_client: many bounded HTTP transfers at once on libcurl's multi
 * interface, in one thread.
 *
 * Politeness is ours, not libcurl's: requests wait in one queue per host
 * (name and port) and are handed to libcurl only when that host has fewer
 * than per_host transfers running and fewer than `jobs` run in all.  Letting
 * libcurl queue them instead (CURLMOPT_MAX_HOST_CONNECTIONS alone) would
 * start each transfer's clock while it waits, and a slow host would eat the
 * time budget of requests that never got to run.  Hosts are served round
 * robin, so one host with many pages cannot starve the others.
 */
#include "fetch/fetch.h"
#include "core/log.h"
#include "version.h"

#include <curl/curl.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* Response headers of one transfer are small; a server that sends more is not a feed server. */
#define HEADERS_MAX (256u * 1024u)

typedef struct host_q host_q;
typedef struct xfer xfer;
typedef struct http_client http_client;

struct xfer {
    xfer *next;
    http_client *client;
    host_q *host;
    char *url;
    char *etag;
    char *last_modified;
    size_t max_bytes;
    enum http_accept accept;
    void *user;
    int attempts;
    int64_t not_before_ms;   /* monotonic; a retry waits until then */
    int64_t started_at;      /* Unix time of the first attempt */
    int64_t first_start_ms;  /* monotonic */
    int64_t attempt_start_ms;
    int64_t bytes_received;
    /* The current attempt. */
    CURL *easy;
    struct curl_slist *req_headers;
    strbuf body;
    strbuf headers;
    int too_large;
    int headers_too_large;
    char *blocked;           /* why the last connect was refused */
    char errbuf[CURL_ERROR_SIZE];
    int cur_status;
    char *cur_url;           /* the URL whose response is arriving */
    char *cur_location;
    int perm_chain;          /* every response so far was a permanent redirect */
    char *moved_to;
};

struct host_q {
    char *key;
    int active;
    xfer *head, *tail;
    int in_work;             /* listed in client->work */
};

struct http_client {
    http_client_opts o;
    CURLM *multi;
    host_q **hosts;          /* hash table, open addressing */
    size_t hosts_cap;
    size_t nhosts;
    host_q **work;           /* hosts with queued requests */
    size_t nwork, work_cap;
    size_t rr;               /* round-robin cursor into work */
    size_t queued;
    size_t active;
    CURL **pool;
    size_t npool, pool_cap;
    size_t requests;
    unsigned rng;
    http_done_fn done;
    void *done_ctx;
};

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void http_client_opts_init(http_client_opts *o)
{
    memset(o, 0, sizeof *o);
    o->jobs = 16;
    o->per_host = 2;
    o->connect_timeout_s = 10;
    o->timeout_s = 30;
    o->low_speed_bytes = 32;
    o->low_speed_time_s = 15;
    o->max_bytes = 16u * 1024u * 1024u;
    o->max_redirects = 5;
    o->retries = 2;
    o->retry_base_ms = 500;
    o->retry_after_max_s = 10;
}

/* ---- hosts ------------------------------------------------------------- */

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

static void hosts_insert(http_client *c, host_q *h)
{
    size_t mask = c->hosts_cap - 1;
    size_t i = (size_t)hash_str(h->key) & mask;
    while (c->hosts[i])
        i = (i + 1) & mask;
    c->hosts[i] = h;
}

static host_q *host_get(http_client *c, const char *key)
{
    if (c->hosts_cap) {
        size_t mask = c->hosts_cap - 1;
        for (size_t i = (size_t)hash_str(key) & mask; c->hosts[i]; i = (i + 1) & mask)
            if (strcmp(c->hosts[i]->key, key) == 0)
                return c->hosts[i];
    }
    if ((c->nhosts + 1) * 2 > c->hosts_cap) {
        host_q **old = c->hosts;
        size_t oldcap = c->hosts_cap;
        c->hosts_cap = oldcap ? oldcap * 2 : 64;
        c->hosts = xcalloc(c->hosts_cap, sizeof *c->hosts);
        for (size_t i = 0; i < oldcap; i++)
            if (old[i])
                hosts_insert(c, old[i]);
        free(old);
    }
    host_q *h = xcalloc(1, sizeof *h);
    h->key = xstrdup(key);
    hosts_insert(c, h);
    c->nhosts++;
    return h;
}

/* "host:port" of an http(s) URL, or NULL when it is not one. */
static char *host_key(const char *url)
{
    CURLU *u = curl_url();
    char *scheme = NULL, *host = NULL, *port = NULL, *key = NULL;
    if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
        (strcasecmp(scheme, "http") == 0 || strcasecmp(scheme, "https") == 0) &&
        curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
        for (char *p = host; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
        key = xasprintf("%s:%s", host, port);
    }
    curl_free(scheme);
    curl_free(host);
    curl_free(port);
    curl_url_cleanup(u);
    return key;
}

static void work_add(http_client *c, host_q *h)
{
    if (h->in_work)
        return;
    c->work = xgrow(c->work, &c->work_cap, c->nwork + 1, sizeof *c->work);
    c->work[c->nwork++] = h;
    h->in_work = 1;
}

static void enqueue(http_client *c, xfer *x)
{
    x->next = NULL;
    if (x->host->tail)
        x->host->tail->next = x;
    else
        x->host->head = x;
    x->host->tail = x;
    c->queued++;
    work_add(c, x->host);
}

/* ---- create / free ----------------------------------------------------- */

int http_client_create(const http_client_opts *opts, http_client **out, sd_err *err)
{
    static int global_done;
    if (!global_done) {
        CURLcode rc = curl_global_init(CURL_GLOBAL_DEFAULT);
        if (rc != CURLE_OK)
            return sd_err_set(err, "libcurl initialisation failed: %s", curl_easy_strerror(rc));
        global_done = 1;
    }
    http_client *c = xcalloc(1, sizeof *c);
    c->o = *opts;
    if (c->o.jobs < 1)
        c->o.jobs = 1;
    if (c->o.per_host < 1)
        c->o.per_host = 1;
    if (!c->o.user_agent)
        c->o.user_agent = SECDIGEST_USER_AGENT;
    c->multi = curl_multi_init();
    if (!c->multi) {
        free(c);
        return sd_err_set(err, "libcurl: cannot create a multi handle");
    }
    /* Belt and braces under our own per-host scheduling: also bounds redirects to other hosts. */
    curl_multi_setopt(c->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)c->o.per_host);
    curl_multi_setopt(c->multi, CURLMOPT_MAXCONNECTS, (long)c->o.jobs * 4);
    curl_multi_setopt(c->multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    c->rng = (unsigned)time(NULL) ^ ((unsigned)getpid() << 16);
    *out = c;
    return 0;
}

static void xfer_free(xfer *x)
{
    free(x->url);
    free(x->etag);
    free(x->last_modified);
    curl_slist_free_all(x->req_headers);
    strbuf_free(&x->body);
    strbuf_free(&x->headers);
    free(x->blocked);
    free(x->cur_url);
    free(x->cur_location);
    free(x->moved_to);
    free(x);
}

void http_client_free(http_client *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->hosts_cap; i++) {
        host_q *h = c->hosts[i];
        if (!h)
            continue;
        while (h->head) {
            xfer *x = h->head;
            h->head = x->next;
            xfer_free(x);
        }
        free(h->key);
        free(h);
    }
    free(c->hosts);
    free(c->work);
    for (size_t i = 0; i < c->npool; i++)
        curl_easy_cleanup(c->pool[i]);
    free(c->pool);
    curl_multi_cleanup(c->multi);
    free(c);
}

size_t http_client_requests(const http_client *c) { return c->requests; }

/* ---- small parsers ----------------------------------------------------- */

char *http_content_type_charset(const char *ct)
{
    if (!ct)
        return NULL;
    const char *p = ct;
    while ((p = strchr(p, ';')) != NULL) {
        p++;
        while (*p == ' ' || *p == '\t')
            p++;
        if (strncasecmp(p, "charset", 7) != 0)
            continue;
        const char *q = p + 7;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q != '=')
            continue;
        q++;
        while (*q == ' ' || *q == '\t')
            q++;
        int quoted = *q == '"' || *q == '\'';
        char quote = *q;
        if (quoted)
            q++;
        const char *e = q;
        while (*e && (quoted ? *e != quote : (*e != ';' && *e != ' ' && *e != '\t')))
            e++;
        if (e == q)
            return NULL;
        return xstrndup(q, (size_t)(e - q));
    }
    return NULL;
}

const char *http_status_text(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
    }
}

/* Cache-Control: max-age=N (s-maxage is for shared caches; no-store/no-cache mean 0). */
static int64_t parse_max_age(const char *cc)
{
    if (!cc)
        return -1;
    int64_t result = -1;
    const char *p = cc;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *tok = p;
        while (*p && *p != ',')
            p++;
        size_t n = (size_t)(p - tok);
        if (n >= 8 && strncasecmp(tok, "max-age=", 8) == 0) {
            const char *v = tok + 8;
            if (*v == '"')
                v++;
            int64_t val = 0;
            int digits = 0;
            while (*v >= '0' && *v <= '9' && digits < 12) {
                val = val * 10 + (*v - '0');
                v++;
                digits++;
            }
            if (digits)
                result = val;
        } else if ((n == 8 && strncasecmp(tok, "no-cache", 8) == 0) ||
                   (n == 8 && strncasecmp(tok, "no-store", 8) == 0)) {
            return 0;
        }
    }
    return result;
}

/* ---- libcurl callbacks ------------------------------------------------- */

static size_t on_body(char *data, size_t size, size_t nmemb, void *ud)
{
    xfer *x = ud;
    size_t n = size * nmemb;
    /* Counted after decoding: this is what bounds a gzip bomb. */
    if (n > x->max_bytes || x->body.len > x->max_bytes - n) {
        x->too_large = 1;
        return 0;
    }
    strbuf_append(&x->body, data, n);
    return n;
}

/* Absolute form of a Location value relative to the URL it came from. */
static char *resolve_location(const char *base, const char *loc)
{
    CURLU *u = curl_url();
    char *abs = NULL, *out = NULL;
    if (curl_url_set(u, CURLUPART_URL, base, 0) == CURLUE_OK &&
        curl_url_set(u, CURLUPART_URL, loc, 0) == CURLUE_OK &&
        curl_url_get(u, CURLUPART_URL, &abs, 0) == CURLUE_OK)
        out = xstrdup(abs);
    curl_free(abs);
    curl_url_cleanup(u);
    return out;
}

/* A new response begins: the one before it was a redirect that libcurl follows. */
static void redirect_seen(xfer *x)
{
    if (x->cur_status < 300 || x->cur_status > 399 || !x->cur_location)
        return;
    char *next = resolve_location(x->cur_url, x->cur_location);
    if (!next)
        return;
    if (x->perm_chain && (x->cur_status == 301 || x->cur_status == 308)) {
        free(x->moved_to);
        x->moved_to = xstrdup(next);
    } else {
        x->perm_chain = 0;
    }
    free(x->cur_url);
    x->cur_url = next;
}

static size_t on_header(char *data, size_t size, size_t nmemb, void *ud)
{
    xfer *x = ud;
    size_t n = size * nmemb;
    if (n >= 5 && memcmp(data, "HTTP/", 5) == 0) {
        const char *sp = memchr(data, ' ', n);
        int code = 0;
        if (sp) {
            for (const char *p = sp + 1; p < data + n && *p >= '0' && *p <= '9' && code < 1000; p++)
                code = code * 10 + (*p - '0');
        }
        if (code >= 100 && code < 200)
            return n; /* interim (100 Continue): the real status follows */
        redirect_seen(x);
        x->cur_status = code;
        free(x->cur_location);
        x->cur_location = NULL;
        strbuf_reset(&x->headers);
    } else if (n > 9 && strncasecmp(data, "location:", 9) == 0) {
        const char *v = data + 9, *e = data + n;
        while (v < e && (*v == ' ' || *v == '\t'))
            v++;
        while (e > v && (e[-1] == '\r' || e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\t'))
            e--;
        free(x->cur_location);
        x->cur_location = xstrndup(v, (size_t)(e - v));
    }
    if (x->headers.len + n > HEADERS_MAX) {
        x->headers_too_large = 1;
        return 0;
    }
    strbuf_append(&x->headers, data, n);
    return n;
}

/* The SSRF guard: every socket libcurl opens, including for redirects, is checked here. */
static curl_socket_t on_open_socket(void *ud, curlsocktype purpose, struct curl_sockaddr *addr)
{
    xfer *x = ud;
    const netguard *g = x->client->o.guard;
    (void)purpose;
    if (g) {
        char *why = NULL;
        if (!netguard_check(g, &addr->addr, &why)) {
            free(x->blocked);
            x->blocked = why;
            log_debug("refused connection for %s: %s", x->url, why);
            return CURL_SOCKET_BAD;
        }
    } else if (addr->family != AF_INET && addr->family != AF_INET6) {
        return CURL_SOCKET_BAD;
    }
    return socket(addr->family, addr->socktype, addr->protocol);
}

/* ---- starting and finishing transfers --------------------------------- */

static CURL *easy_get(http_client *c)
{
    if (c->npool) {
        CURL *e = c->pool[--c->npool];
        curl_easy_reset(e);
        return e;
    }
    return curl_easy_init();
}

static void easy_put(http_client *c, CURL *e)
{
    if (c->npool >= (size_t)c->o.jobs) {
        curl_easy_cleanup(e);
        return;
    }
    c->pool = xgrow(c->pool, &c->pool_cap, c->npool + 1, sizeof *c->pool);
    c->pool[c->npool++] = e;
}

static const char *accept_value(enum http_accept a)
{
    if (a == HTTP_ACCEPT_PAGE)
        return "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";
    return "Accept: application/rss+xml, application/atom+xml, application/rdf+xml, "
           "application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";
}

static int xfer_start(http_client *c, xfer *x)
{
    CURL *e = easy_get(c);
    if (!e)
        return -1;
    x->easy = e;
    x->attempts++;
    if (x->attempts == 1) {
        x->started_at = (int64_t)time(NULL);
        x->first_start_ms = mono_ms();
    }
    x->attempt_start_ms = mono_ms();
    strbuf_reset(&x->body);
    strbuf_reset(&x->headers);
    x->too_large = 0;
    x->headers_too_large = 0;
    free(x->blocked);
    x->blocked = NULL;
    x->errbuf[0] = '\0';
    x->cur_status = 0;
    free(x->cur_url);
    x->cur_url = xstrdup(x->url);
    free(x->cur_location);
    x->cur_location = NULL;
    x->perm_chain = 1;
    free(x->moved_to);
    x->moved_to = NULL;
    curl_slist_free_all(x->req_headers);
    x->req_headers = NULL;
    x->req_headers = curl_slist_append(x->req_headers, accept_value(x->accept));
    x->req_headers = curl_slist_append(x->req_headers, "Accept-Language: ja, en;q=0.8");
    if (x->etag) {
        char *h = xasprintf("If-None-Match: %s", x->etag);
        x->req_headers = curl_slist_append(x->req_headers, h);
        free(h);
    }
    if (x->last_modified) {
        char *h = xasprintf("If-Modified-Since: %s", x->last_modified);
        x->req_headers = curl_slist_append(x->req_headers, h);
        free(h);
    }

    const http_client_opts *o = &c->o;
    curl_easy_setopt(e, CURLOPT_URL, x->url);
    curl_easy_setopt(e, CURLOPT_PRIVATE, x);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, (long)o->max_redirects);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, o->connect_timeout_s);
    curl_easy_setopt(e, CURLOPT_TIMEOUT, o->timeout_s);
    if (o->low_speed_bytes > 0 && o->low_speed_time_s > 0) {
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, o->low_speed_bytes);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, o->low_speed_time_s);
    }
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)x->max_bytes);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); /* every encoding this libcurl decodes */
    curl_easy_setopt(e, CURLOPT_USERAGENT, o->user_agent);
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->req_headers);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, on_open_socket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, x);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
    /* A proxy would connect on our behalf to addresses the guard never sees. */
    curl_easy_setopt(e, CURLOPT_PROXY, "");
    if (curl_multi_add_handle(c->multi, e) != CURLM_OK) {
        x->easy = NULL;
        easy_put(c, e);
        return -1;
    }
    x->host->active++;
    c->active++;
    return 0;
}

static void start_ready(http_client *c, int64_t *wake_ms)
{
    int64_t now = mono_ms();
    *wake_ms = -1;
    size_t idle_passes = 0;
    while (c->active < (size_t)c->o.jobs && c->nwork > 0 && idle_passes < c->nwork) {
        if (c->rr >= c->nwork)
            c->rr = 0;
        host_q *h = c->work[c->rr];
        xfer *prev = NULL, *x = NULL;
        if (h->active < c->o.per_host) {
            for (x = h->head; x; prev = x, x = x->next) {
                if (x->not_before_ms <= now)
                    break;
                if (*wake_ms < 0 || x->not_before_ms < *wake_ms)
                    *wake_ms = x->not_before_ms;
            }
        }
        if (!x) {
            c->rr++;
            idle_passes++;
            continue;
        }
        idle_passes = 0;
        if (prev)
            prev->next = x->next;
        else
            h->head = x->next;
        if (h->tail == x)
            h->tail = prev;
        x->next = NULL;
        c->queued--;
        if (!h->head) {
            /* Off the work list; the host that was last moves into this slot. */
            h->in_work = 0;
            c->work[c->rr] = c->work[--c->nwork];
        } else {
            c->rr++;
        }
        if (xfer_start(c, x) != 0) {
            /* Out of libcurl handles: try again shortly. */
            x->not_before_ms = now + 100;
            enqueue(c, x);
            if (*wake_ms < 0 || x->not_before_ms < *wake_ms)
                *wake_ms = x->not_before_ms;
            return;
        }
    }
}

static int is_transient_status(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

static const char *size_text(size_t n, char buf[static 32])
{
    if (n >= 1024u * 1024u && n % (1024u * 1024u) == 0)
        snprintf(buf, 32, "%zu MiB", n / (1024u * 1024u));
    else if (n >= 1024u && n % 1024u == 0)
        snprintf(buf, 32, "%zu KiB", n / 1024u);
    else
        snprintf(buf, 32, "%zu bytes", n);
    return buf;
}

/* Content-Length of the raw header block being received, or -1. */
static curl_off_t header_length(const strbuf *h)
{
    const char *p = strbuf_cstr(h);
    while (p && *p) {
        if (strncasecmp(p, "content-length:", 15) == 0) {
            const char *v = p + 15;
            while (*v == ' ' || *v == '\t')
                v++;
            curl_off_t n = 0;
            int digits = 0;
            while (*v >= '0' && *v <= '9' && digits < 18) {
                n = n * 10 + (*v++ - '0');
                digits++;
            }
            return digits ? n : -1;
        }
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return -1;
}

/* Map a libcurl result to our failure kind and a one-line reason. */
static enum http_failure classify(xfer *x, CURLcode rc, char **reason, int *transient)
{
    const char *detail = x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc);
    char sz[32];
    *transient = 0;
    switch (rc) {
    case CURLE_OK:
        *reason = NULL;
        return HTTP_OK;
    case CURLE_COULDNT_CONNECT:
        if (x->blocked) {
            *reason = xasprintf("refused to connect: %s, not a public one; "
                                "only --allow-private-networks permits it", x->blocked);
            return HTTP_FAIL_BLOCKED;
        }
        *transient = 1;
        *reason = xasprintf("cannot connect: %s", detail);
        return HTTP_FAIL_CONNECT;
    case CURLE_UNSUPPORTED_PROTOCOL:
        *reason = xasprintf("only http and https URLs are fetched: %s", detail);
        return HTTP_FAIL_URL;
    case CURLE_URL_MALFORMAT:
        *reason = xasprintf("malformed URL: %s", detail);
        return HTTP_FAIL_URL;
    case CURLE_COULDNT_RESOLVE_HOST:
        *reason = xasprintf("cannot resolve host: %s", detail);
        return HTTP_FAIL_RESOLVE;
    case CURLE_OPERATION_TIMEDOUT: {
        /* libcurl words a stall and the time limit alike; say which one it was. */
        const http_client_opts *o = &x->client->o;
        curl_off_t got = 0, connected_us = 0;
        curl_easy_getinfo(x->easy, CURLINFO_SIZE_DOWNLOAD_T, &got);
        curl_easy_getinfo(x->easy, CURLINFO_CONNECT_TIME_T, &connected_us);
        int64_t took = mono_ms() - x->attempt_start_ms;
        if (connected_us == 0)
            *reason = xasprintf("timed out: no connection within %ld s", o->connect_timeout_s);
        else if (took + 250 >= (int64_t)o->timeout_s * 1000)
            *reason = xasprintf("timed out: the transfer took over %ld s (%" CURL_FORMAT_CURL_OFF_T
                                " body bytes received)", o->timeout_s, got);
        else
            *reason = xasprintf("too slow: less than %ld bytes/s for %ld s (%" CURL_FORMAT_CURL_OFF_T
                                " body bytes received); gave up", o->low_speed_bytes, o->low_speed_time_s, got);
        return HTTP_FAIL_TIMEOUT;
    }
    case CURLE_FILESIZE_EXCEEDED: {
        curl_off_t cl = -1;
        curl_easy_getinfo(x->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &cl);
        if (cl <= 0)
            cl = header_length(&x->headers);
        if (cl > 0)
            *reason = xasprintf("response too large: the server announced %" CURL_FORMAT_CURL_OFF_T
                                " bytes, the limit is %s", cl, size_text(x->max_bytes, sz));
        else
            *reason = xasprintf("response too large: more than %s", size_text(x->max_bytes, sz));
        return HTTP_FAIL_TOO_LARGE;
    }
    case CURLE_WRITE_ERROR:
        if (x->too_large) {
            int encoded = 0;
            struct curl_header *h = NULL;
            if (curl_easy_header(x->easy, "Content-Encoding", 0, CURLH_HEADER, -1, &h) == CURLHE_OK &&
                h && h->value && *h->value && strcasecmp(h->value, "identity") != 0)
                encoded = 1;
            *reason = xasprintf("response too large: body over %s%s; stopped there",
                                size_text(x->max_bytes, sz), encoded ? " once decompressed" : "");
            return HTTP_FAIL_TOO_LARGE;
        }
        *reason = xasprintf("transfer aborted: %s", detail);
        return HTTP_FAIL_OTHER;
    case CURLE_TOO_MANY_REDIRECTS:
        *reason = xasprintf("too many redirects (more than %d): %s", x->client->o.max_redirects, detail);
        return HTTP_FAIL_REDIRECTS;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        *reason = xasprintf("TLS failure: %s", detail);
        return HTTP_FAIL_TLS;
    case CURLE_PARTIAL_FILE:
        *transient = 1;
        *reason = xasprintf("connection closed before the whole body arrived: %s", detail);
        return HTTP_FAIL_TRUNCATED;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        *transient = 1;
        *reason = xasprintf("connection failed mid-transfer: %s", detail);
        return HTTP_FAIL_TRUNCATED;
    case CURLE_BAD_CONTENT_ENCODING:
        *reason = xasprintf("cannot decode the compressed body: %s", detail);
        return HTTP_FAIL_OTHER;
    default:
        if (x->headers_too_large) {
            *reason = xasprintf("response headers over %u bytes", HEADERS_MAX);
            return HTTP_FAIL_OTHER;
        }
        *reason = xasprintf("transfer failed: %s", detail);
        return HTTP_FAIL_OTHER;
    }
}

static const char *header_value(CURL *e, const char *name)
{
    struct curl_header *h = NULL;
    if (curl_easy_header(e, name, 0, CURLH_HEADER, -1, &h) == CURLHE_OK && h && h->value && *h->value)
        return h->value;
    return NULL;
}

static int64_t backoff_ms(http_client *c, int attempt)
{
    int64_t base = c->o.retry_base_ms > 0 ? c->o.retry_base_ms : 1;
    int shift = attempt - 1 < 10 ? attempt - 1 : 10;
    int64_t d = base << shift;
    /* Full jitter on top, so retries from many transfers do not arrive together. */
    return d + (int64_t)(rand_r(&c->rng) % (unsigned)(d > 0 ? d : 1));
}

static void xfer_finish(http_client *c, xfer *x, CURLcode rc)
{
    CURL *e = x->easy;
    curl_off_t dl = 0, hs = 0, redirects = 0;
    curl_easy_getinfo(e, CURLINFO_SIZE_DOWNLOAD_T, &dl);
    long hsize = 0;
    curl_easy_getinfo(e, CURLINFO_HEADER_SIZE, &hsize);
    hs = hsize;
    long nredir = 0;
    curl_easy_getinfo(e, CURLINFO_REDIRECT_COUNT, &nredir);
    redirects = nredir;
    x->bytes_received += (int64_t)(dl + hs);
    c->requests += 1 + (size_t)redirects;

    char *reason = NULL;
    int transient = 0;
    enum http_failure failure = classify(x, rc, &reason, &transient);
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    curl_off_t retry_after = -1;
    if (failure == HTTP_OK && (status == 429 || status == 503)) {
        curl_off_t ra = 0;
        if (curl_easy_getinfo(e, CURLINFO_RETRY_AFTER, &ra) == CURLE_OK && ra > 0)
            retry_after = ra;
    }
    if (failure == HTTP_OK && is_transient_status((int)status))
        transient = 1;
    if (retry_after > c->o.retry_after_max_s)
        transient = 0; /* reported to the caller, who schedules the next poll */

    host_q *h = x->host;
    h->active--;
    c->active--;
    curl_multi_remove_handle(c->multi, e);

    if (transient && x->attempts <= c->o.retries) {
        int64_t delay = retry_after > 0 ? (int64_t)retry_after * 1000 : backoff_ms(c, x->attempts);
        log_debug("%s: %s; retrying in %" PRId64 " ms (attempt %d of %d)", x->url,
                  reason ? reason : http_status_text((int)status), delay, x->attempts + 1,
                  c->o.retries + 1);
        free(reason);
        x->easy = NULL;
        easy_put(c, e);
        x->not_before_ms = mono_ms() + delay;
        enqueue(c, x);
        return;
    }

    char *final_url = NULL;
    curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &final_url);
    char *ct = NULL;
    curl_easy_getinfo(e, CURLINFO_CONTENT_TYPE, &ct);
    /* On failure the effective URL is the last one libcurl tried: name it if a redirect led there. */
    if (failure != HTTP_OK && final_url && strcmp(final_url, x->url) != 0) {
        char *r = xasprintf("%s (after redirect to %s)", reason, final_url);
        free(reason);
        reason = r;
    }

    http_response r;
    memset(&r, 0, sizeof r);
    r.url = x->url;
    r.final_url = final_url ? final_url : x->url;
    r.user = x->user;
    r.failure = failure;
    r.error = reason;
    r.status = (int)status;
    r.content_type = ct;
    r.etag = failure == HTTP_OK ? header_value(e, "ETag") : NULL;
    r.last_modified = failure == HTTP_OK ? header_value(e, "Last-Modified") : NULL;
    r.retry_after_s = retry_after;
    r.max_age_s = failure == HTTP_OK ? parse_max_age(header_value(e, "Cache-Control")) : -1;
    r.headers = strbuf_cstr(&x->headers);
    r.headers_len = x->headers.len;
    r.body = strbuf_cstr(&x->body);
    r.body_len = x->body.len;
    r.bytes_received = x->bytes_received;
    r.started_at = x->started_at;
    r.duration_ms = mono_ms() - x->first_start_ms;
    r.attempts = x->attempts;
    if (failure == HTTP_OK && x->moved_to && ((status >= 200 && status < 300) || status == 304))
        r.moved_to = x->moved_to;

    c->done(&r, c->done_ctx);

    free(reason);
    x->easy = NULL;
    easy_put(c, e);
    xfer_free(x);
}

/* ---- public ------------------------------------------------------------ */

void http_client_add(http_client *c, const http_request *req)
{
    xfer *x = xcalloc(1, sizeof *x);
    x->client = c;
    x->url = xstrdup(req->url);
    x->etag = req->etag && *req->etag ? xstrdup(req->etag) : NULL;
    x->last_modified = req->last_modified && *req->last_modified ? xstrdup(req->last_modified) : NULL;
    x->max_bytes = req->max_bytes ? req->max_bytes : c->o.max_bytes;
    x->accept = req->accept;
    x->user = req->user;
    char *key = host_key(req->url);
    /* A URL that is not http(s) still goes through a queue so that its failure is
     * reported from http_client_run like every other. */
    x->host = host_get(c, key ? key : "");
    free(key);
    enqueue(c, x);
}

/* Requests that cannot start at all (no host) fail at once, without libcurl. */
static void fail_unstartable(http_client *c)
{
    host_q *h = NULL;
    if (c->hosts_cap) {
        size_t mask = c->hosts_cap - 1;
        for (size_t i = (size_t)hash_str("") & mask; c->hosts[i]; i = (i + 1) & mask)
            if (c->hosts[i]->key[0] == '\0') {
                h = c->hosts[i];
                break;
            }
    }
    if (!h)
        return;
    while (h->head) {
        xfer *x = h->head;
        h->head = x->next;
        if (!h->head)
            h->tail = NULL;
        c->queued--;
        http_response r;
        memset(&r, 0, sizeof r);
        r.url = x->url;
        r.final_url = x->url;
        r.user = x->user;
        r.failure = HTTP_FAIL_URL;
        r.error = "not an http or https URL";
        r.retry_after_s = -1;
        r.max_age_s = -1;
        r.headers = "";
        r.body = "";
        r.started_at = (int64_t)time(NULL);
        c->done(&r, c->done_ctx);
        xfer_free(x);
    }
    for (size_t i = 0; i < c->nwork; i++)
        if (c->work[i] == h) {
            c->work[i] = c->work[--c->nwork];
            h->in_work = 0;
            break;
        }
}

int http_client_run(http_client *c, http_done_fn done, void *ctx, sd_err *err)
{
    c->done = done;
    c->done_ctx = ctx;
    while (c->queued + c->active > 0) {
        fail_unstartable(c);
        int64_t wake = -1;
        start_ready(c, &wake);
        int running = 0;
        CURLMcode mc = curl_multi_perform(c->multi, &running);
        if (mc != CURLM_OK)
            return sd_err_set(err, "libcurl: %s", curl_multi_strerror(mc));
        size_t finished = 0;
        CURLMsg *msg;
        int left;
        while ((msg = curl_multi_info_read(c->multi, &left)) != NULL) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            xfer *x = NULL;
            CURLcode rc = msg->data.result;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&x);
            if (x) {
                xfer_finish(c, x, rc);
                finished++;
            }
        }
        if (finished)
            continue; /* slots were freed: start the next requests before waiting */
        int timeout = 1000;
        if (wake >= 0) {
            int64_t d = wake - mono_ms();
            if (d < timeout)
                timeout = d < 0 ? 0 : (int)d;
        }
        mc = curl_multi_poll(c->multi, NULL, 0, timeout, NULL);
        if (mc != CURLM_OK)
            return sd_err_set(err, "libcurl: %s", curl_multi_strerror(mc));
    }
    return 0;
}
