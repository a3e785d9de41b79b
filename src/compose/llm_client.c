/*
 * llm_client: one chat-completions exchange with an OpenAI-compatible
 * endpoint (OpenAI, Gemini's OpenAI endpoint, Ollama, llama.cpp's server,
 * vLLM), over libcurl's easy interface: the requests of a digest go one after
 * another, so there is nothing for a multi handle to overlap.
 *
 * Bounded in everything: connect and total time, answer size, retries.  The
 * endpoint is the user's own configuration, so unlike feed URLs it may be on
 * loopback or a private network (no netguard here); but only http(s), no
 * redirects (a POST that is redirected is a misconfiguration to report, not
 * to follow), and the API key goes only in the Authorization header.
 */
#include "compose/llm.h"
#include "core/log.h"
#include "version.h"

#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

struct llm_client {
    char *chat_url;
    char *model;
    char *api_key;
    llm_settings s;
    int no_response_format; /* the endpoint refused it once */
    CURL *curl;             /* reused: keep-alive to the endpoint */
    uint64_t rng;
};

void llm_settings_init(llm_settings *s)
{
    memset(s, 0, sizeof *s);
    s->connect_timeout_s = 10;
    s->timeout_s = 60;
    s->retries = 2;
    s->retry_delay_ms = 1000;
    s->retry_after_max_s = 60;
    s->max_body = 1u << 20;
    s->max_input_tokens = 6000;
    s->max_requests = 200;
    s->attempts = 2;
}

void llm_reply_clear(llm_reply *r)
{
    free(r->content);
    memset(r, 0, sizeof *r);
}

char *llm_redact_url(const char *url)
{
    if (!url)
        return xstrdup("");
    const char *scheme = strstr(url, "://");
    const char *host = scheme ? scheme + 3 : url;
    const char *path = host + strcspn(host, "/?#");
    const char *at = memchr(host, '@', (size_t)(path - host));
    strbuf sb = STRBUF_INIT;
    strbuf_append(&sb, url, (size_t)(host - url));
    if (at)
        host = at + 1;
    strbuf_append(&sb, host, (size_t)(path - host));
    strbuf_append(&sb, path, strcspn(path, "?#"));
    return strbuf_detach(&sb);
}

int llm_client_create(const llm_settings *s, llm_client **out, sd_err *err)
{
    *out = NULL;
    if (!s->url || !*s->url)
        return sd_err_set(err, "no LLM endpoint URL");
    if (strncasecmp(s->url, "http://", 7) != 0 && strncasecmp(s->url, "https://", 8) != 0) {
        char *r = llm_redact_url(s->url);
        sd_err_set(err, "LLM endpoint '%s' is not an http:// or https:// URL", r);
        free(r);
        return -1;
    }
    if (!s->model || !*s->model)
        return sd_err_set(err, "no LLM model named (SECDIGEST_LLM_MODEL or [llm] model)");
    static int global_done;
    if (!global_done) {
        CURLcode rc = curl_global_init(CURL_GLOBAL_DEFAULT);
        if (rc != CURLE_OK)
            return sd_err_set(err, "libcurl initialisation failed: %s", curl_easy_strerror(rc));
        global_done = 1;
    }
    llm_client *c = xcalloc(1, sizeof *c);
    c->curl = curl_easy_init();
    if (!c->curl) {
        free(c);
        return sd_err_set(err, "libcurl: cannot create a handle");
    }
    c->s = *s;
    size_t ul = strlen(s->url);
    while (ul > 0 && s->url[ul - 1] == '/')
        ul--;
    char *base = xstrndup(s->url, ul);
    c->chat_url = xasprintf("%s/chat/completions", base);
    free(base);
    c->model = xstrdup(s->model);
    c->api_key = s->api_key && *s->api_key ? xstrdup(s->api_key) : NULL;
    c->s.url = NULL;
    c->s.model = NULL;
    c->s.api_key = NULL;
    if (c->s.retries < 0)
        c->s.retries = 0;
    if (c->s.max_body == 0)
        c->s.max_body = 1u << 20;
    c->rng = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^ 0x9E3779B97F4A7C15ull;
    *out = c;
    return 0;
}

void llm_client_free(llm_client *c)
{
    if (!c)
        return;
    if (c->curl)
        curl_easy_cleanup(c->curl);
    free(c->chat_url);
    free(c->model);
    if (c->api_key) {
        /* not worth much, but the key need not outlive its use in this process */
        memset(c->api_key, 0, strlen(c->api_key));
        free(c->api_key);
    }
    free(c);
}

/* ---- one HTTP exchange ---------------------------------------------------- */

typedef struct exchange {
    strbuf body;
    size_t max;
    int too_large;
    long retry_after_s; /* -1: none */
} exchange;

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
    exchange *x = ud;
    size_t len = size * n;
    if (x->body.len + len > x->max) {
        x->too_large = 1;
        return 0;
    }
    strbuf_append(&x->body, p, len);
    return len;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
    exchange *x = ud;
    size_t len = size * n;
    if (len > 12 && strncasecmp(p, "retry-after:", 12) == 0) {
        char v[64];
        size_t vl = len - 12 < sizeof v - 1 ? len - 12 : sizeof v - 1;
        memcpy(v, p + 12, vl);
        v[vl] = '\0';
        char *s = v;
        while (*s == ' ' || *s == '\t')
            s++;
        char *end;
        errno = 0;
        long secs = strtol(s, &end, 10);
        if (end != s && errno == 0 && secs >= 0)
            x->retry_after_s = secs;
        else {
            /* An HTTP date: wait until then. */
            time_t when = curl_getdate(s, NULL);
            if (when > 0) {
                long d = (long)(when - time(NULL));
                x->retry_after_s = d > 0 ? d : 0;
            }
        }
    }
    return len;
}

static void sleep_ms(long ms)
{
    if (ms <= 0)
        return;
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

static uint64_t next_rand(llm_client *c)
{
    c->rng ^= c->rng << 13;
    c->rng ^= c->rng >> 7;
    c->rng ^= c->rng << 17;
    return c->rng;
}

static char *request_body(const llm_client *c, const char *system, const char *user)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "model", c->model);
    cJSON *msgs = cJSON_AddArrayToObject(root, "messages");
    cJSON *m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "role", "system");
    cJSON_AddStringToObject(m, "content", system);
    cJSON_AddItemToArray(msgs, m);
    m = cJSON_CreateObject();
    cJSON_AddStringToObject(m, "role", "user");
    cJSON_AddStringToObject(m, "content", user);
    cJSON_AddItemToArray(msgs, m);
    cJSON_AddNumberToObject(root, "temperature", 0);
    cJSON_AddBoolToObject(root, "stream", 0);
    if (!c->no_response_format) {
        cJSON *rf = cJSON_AddObjectToObject(root, "response_format");
        cJSON_AddStringToObject(rf, "type", "json_object");
    }
    char *s = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    if (!s)
        die("out of memory building an LLM request");
    char *r = xstrdup(s);
    cJSON_free(s);
    return r;
}

/* A short, printable excerpt of an error body: error.message when it is JSON. */
static char *error_excerpt(const char *body, size_t len)
{
    strbuf sb = STRBUF_INIT;
    cJSON *j = cJSON_ParseWithLength(body, len);
    const char *msg = NULL;
    if (j) {
        const cJSON *e = cJSON_GetObjectItemCaseSensitive(j, "error");
        if (cJSON_IsString(e))
            msg = e->valuestring;
        else if (cJSON_IsObject(e)) {
            const cJSON *m = cJSON_GetObjectItemCaseSensitive(e, "message");
            if (cJSON_IsString(m))
                msg = m->valuestring;
        }
    }
    if (msg) {
        for (const char *p = msg; *p && sb.len < 160; p++)
            strbuf_putc(&sb, (unsigned char)*p < 0x20 ? ' ' : *p);
    }
    cJSON_Delete(j);
    return strbuf_detach(&sb);
}

/* choices[0].message.content as a string (a list of text parts is joined). */
static int parse_answer(const char *body, size_t len, llm_reply *reply, char **why)
{
    cJSON *j = cJSON_ParseWithLength(body, len);
    if (!j) {
        *why = xstrdup("answer is not valid JSON");
        return -1;
    }
    int rc = -1;
    const cJSON *choices = cJSON_GetObjectItemCaseSensitive(j, "choices");
    const cJSON *first = cJSON_IsArray(choices) ? cJSON_GetArrayItem(choices, 0) : NULL;
    const cJSON *msg = first ? cJSON_GetObjectItemCaseSensitive(first, "message") : NULL;
    const cJSON *content = msg ? cJSON_GetObjectItemCaseSensitive(msg, "content") : NULL;
    if (cJSON_IsString(content) && content->valuestring) {
        reply->content = xstrdup(content->valuestring);
    } else if (cJSON_IsArray(content)) {
        strbuf sb = STRBUF_INIT;
        const cJSON *part;
        cJSON_ArrayForEach(part, content)
        {
            const cJSON *t = cJSON_GetObjectItemCaseSensitive(part, "text");
            if (cJSON_IsString(t))
                strbuf_puts(&sb, t->valuestring);
        }
        reply->content = strbuf_detach(&sb);
    }
    if (!reply->content) {
        char *e = error_excerpt(body, len);
        *why = *e ? xasprintf("answer has no message content: %s", e)
                  : xstrdup("answer has no choices[0].message.content");
        free(e);
        goto out;
    }
    reply->prompt_tokens = reply->completion_tokens = -1;
    const cJSON *usage = cJSON_GetObjectItemCaseSensitive(j, "usage");
    if (cJSON_IsObject(usage)) {
        const cJSON *pt = cJSON_GetObjectItemCaseSensitive(usage, "prompt_tokens");
        const cJSON *ct = cJSON_GetObjectItemCaseSensitive(usage, "completion_tokens");
        if (cJSON_IsNumber(pt) && pt->valuedouble >= 0)
            reply->prompt_tokens = (long)pt->valuedouble;
        if (cJSON_IsNumber(ct) && ct->valuedouble >= 0)
            reply->completion_tokens = (long)ct->valuedouble;
    }
    rc = 0;
out:
    cJSON_Delete(j);
    return rc;
}

enum llm_failure llm_client_chat(llm_client *c, const char *system, const char *user, llm_reply *reply,
                                 llm_stats *stats, char **why)
{
    memset(reply, 0, sizeof *reply);
    *why = NULL;
    enum llm_failure fail = LLM_FAIL_OTHER;
    int attempt = 0;
    int rf_dropped_now = 0;
    for (;;) {
        if (c->s.max_requests > 0 && stats->requests >= (size_t)c->s.max_requests) {
            free(*why);
            *why = xasprintf("request limit reached (%ld per run)", c->s.max_requests);
            return LLM_FAIL_LIMIT;
        }
        char *req = request_body(c, system, user);
        exchange x;
        memset(&x, 0, sizeof x);
        x.max = c->s.max_body;
        x.retry_after_s = -1;
        struct curl_slist *hdr = NULL;
        hdr = curl_slist_append(hdr, "Content-Type: application/json");
        hdr = curl_slist_append(hdr, "Accept: application/json");
        hdr = curl_slist_append(hdr, "Expect:");
        if (c->api_key) {
            char *auth = xasprintf("Authorization: Bearer %s", c->api_key);
            hdr = curl_slist_append(hdr, auth);
            memset(auth, 0, strlen(auth));
            free(auth);
        }
        CURL *h = c->curl;
        curl_easy_reset(h);
        curl_easy_setopt(h, CURLOPT_URL, c->chat_url);
#if LIBCURL_VERSION_NUM >= 0x075500
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
        curl_easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, req);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)strlen(req));
        curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
        curl_easy_setopt(h, CURLOPT_USERAGENT, SECDIGEST_USER_AGENT);
        curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, c->s.connect_timeout_s > 0 ? c->s.connect_timeout_s : 10L);
        curl_easy_setopt(h, CURLOPT_TIMEOUT, c->s.timeout_s > 0 ? c->s.timeout_s : 60L);
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &x);
        curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
        curl_easy_setopt(h, CURLOPT_HEADERDATA, &x);
        stats->requests++;
        CURLcode cc = curl_easy_perform(h);
        long status = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
        char *ctype = NULL;
        curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ctype);
        int html = ctype && strncasecmp(ctype, "text/html", 9) == 0;
        curl_slist_free_all(hdr);
        free(req);

        int retryable = 0;
        free(*why);
        *why = NULL;
        if (cc != CURLE_OK) {
            if (x.too_large) {
                fail = LLM_FAIL_PROTOCOL;
                *why = xasprintf("answer larger than %zu bytes", c->s.max_body);
            } else if (cc == CURLE_COULDNT_CONNECT || cc == CURLE_COULDNT_RESOLVE_HOST ||
                       cc == CURLE_COULDNT_RESOLVE_PROXY) {
                fail = LLM_FAIL_CONNECT;
                *why = xstrdup(cc == CURLE_COULDNT_CONNECT ? "connection refused" : "host not found");
            } else if (cc == CURLE_OPERATION_TIMEDOUT) {
                fail = LLM_FAIL_TIMEOUT;
                *why = xasprintf("no answer within %ld s", c->s.timeout_s);
                retryable = 1;
            } else {
                fail = LLM_FAIL_OTHER;
                *why = xasprintf("%s", curl_easy_strerror(cc));
                retryable = cc == CURLE_GOT_NOTHING || cc == CURLE_RECV_ERROR || cc == CURLE_SEND_ERROR ||
                            cc == CURLE_PARTIAL_FILE;
            }
        } else if (status >= 200 && status < 300) {
            if (html) {
                fail = LLM_FAIL_PROTOCOL;
                *why = xstrdup("answer is HTML, not JSON (is the URL the API base, e.g. .../v1?)");
            } else if (parse_answer(strbuf_cstr(&x.body), x.body.len, reply, why) == 0) {
                stats->answers++;
                long pt = reply->prompt_tokens, ct = reply->completion_tokens;
                stats->prompt_tokens += pt >= 0 ? pt : llm_estimate_tokens(system, strlen(system)) +
                                                           llm_estimate_tokens(user, strlen(user));
                stats->completion_tokens +=
                    ct >= 0 ? ct : llm_estimate_tokens(reply->content, strlen(reply->content));
                strbuf_free(&x.body);
                return LLM_OK;
            } else {
                fail = LLM_FAIL_PROTOCOL;
            }
        } else {
            char *e = error_excerpt(strbuf_cstr(&x.body), x.body.len);
            if (status == 400 && !c->no_response_format && !rf_dropped_now &&
                strstr(strbuf_cstr(&x.body), "response_format")) {
                /* Some servers know no JSON mode: ask without it, once, and remember. */
                c->no_response_format = 1;
                rf_dropped_now = 1;
                log_info("llm: the endpoint refuses response_format; asking without it");
                free(e);
                strbuf_free(&x.body);
                continue;
            }
            *why = *e ? xasprintf("HTTP %ld: %s", status, e) : xasprintf("HTTP %ld", status);
            free(e);
            if (status == 429) {
                fail = LLM_FAIL_RATE;
                retryable = 1;
            } else if (status >= 500) {
                fail = LLM_FAIL_HTTP;
                retryable = 1;
            } else if (status == 401 || status == 403 || status == 404) {
                fail = LLM_FAIL_CONFIG;
            } else {
                fail = LLM_FAIL_HTTP;
            }
        }
        strbuf_free(&x.body);
        if (!retryable || attempt >= c->s.retries)
            break;
        long delay = c->s.retry_delay_ms << attempt;
        delay += (long)(next_rand(c) % (uint64_t)(delay / 2 + 1));
        if (x.retry_after_s >= 0) {
            if (x.retry_after_s > c->s.retry_after_max_s) {
                char *w = xasprintf("%s (Retry-After %ld s is too long to wait)", *why, x.retry_after_s);
                free(*why);
                *why = w;
                break;
            }
            if (x.retry_after_s * 1000 > delay)
                delay = x.retry_after_s * 1000;
        }
        log_debug("llm: %s; retrying in %ld ms", *why, delay);
        sleep_ms(delay);
        attempt++;
    }
    stats->failed++;
    return fail;
}
