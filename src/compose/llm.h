/*
 * llm: the optional LLM writer.  It runs after the extractive writer and
 * replaces prose parts of a finished digest with text from an
 * OpenAI-compatible chat-completions endpoint -- but only text that passed
 * verification against the very sources the part was written from.
 *
 * What the program keeps to itself: which stories, their order and groups,
 * every heading, every 出典 line, link and 主要引用 entry, ids and CVE lists.
 * The model writes only sentences.  Each prose part (key point sentence,
 * story summary, story paragraphs, English-only headline, deep-dive body and
 * subsection bodies, glossary wording, outlook, conclusion) is one request
 * carrying only that part's sources, numbered, and asking for one JSON object
 * {"text": ..., "sources": [numbers]}.
 *
 * Three layers:
 *  - llm_client.c: one HTTP exchange with retries (libcurl easy + cJSON).
 *  - llm_verify.c: pure functions that accept or reject an answer and say why
 *    (shape, cited numbers, URLs, CVE ids, numbers, Latin and katakana names,
 *    length, Japanese share, markup and reasoning residue).
 *  - llm_writer.c: prompts, the token budget, the answer cache (table
 *    llm_cache, keyed by SHA-256 of model + prompt + sources), the per-run
 *    request limit and the per-part loop with its fallback.
 *
 * Failure is never fatal: an answer that fails verification is retried once
 * with the reason, then the part keeps its extractive text; an endpoint that
 * refuses connections, keeps timing out or answers garbage is given up for
 * the rest of the run.  Every rejection is one log line saying why.
 *
 * Secrets: the API key comes only from the environment
 * (SECDIGEST_LLM_API_KEY, else OPENAI_API_KEY); it is never read from the
 * config, never stored, never logged.
 */
#ifndef SECDIGEST_LLM_H
#define SECDIGEST_LLM_H

#include "analyze/analyze.h"
#include "compose/digest.h"
#include "core/config.h"
#include "core/core.h"
#include "store/store.h"

#include <stdint.h>

/* ---- settings and statistics ------------------------------------------- */

typedef struct llm_settings {
    const char *url;          /* base URL, e.g. http://127.0.0.1:11434/v1 */
    const char *model;
    const char *api_key;      /* NULL: no Authorization header */
    long connect_timeout_s;   /* 10 */
    long timeout_s;           /* 60: one whole exchange */
    int retries;              /* 2: extra attempts on 429, 5xx, timeouts */
    long retry_delay_ms;      /* 1000: first backoff, doubled each time, plus jitter */
    long retry_after_max_s;   /* 60: a longer Retry-After gives up instead of waiting */
    size_t max_body;          /* 1 MiB: largest answer accepted */
    long max_input_tokens;    /* 6000: estimated prompt size per request */
    long max_requests;        /* 200: HTTP requests per run, retries included */
    int attempts;             /* 2: answers asked for per part (1 retry after a rejection) */
} llm_settings;

/* The defaults above, with url/model/api_key NULL. */
void llm_settings_init(llm_settings *s);

typedef struct llm_stats {
    size_t requests;          /* HTTP requests sent (retries included) */
    size_t answers;           /* completions received and parsed */
    size_t rejected;          /* answers that failed verification */
    size_t failed;            /* exchanges that ended without an answer */
    size_t cache_hits;
    long prompt_tokens;       /* from usage; estimated when the endpoint gives none */
    long completion_tokens;
    size_t parts;             /* prose parts considered */
    size_t parts_llm;         /* parts now written by the LLM */
    size_t parts_extractive;  /* parts that kept the extractive text */
    int limit_reached;
    int endpoint_disabled;
} llm_stats;

/* One info line: requests, tokens, cache hits, parts per writer. */
void llm_stats_log(const llm_stats *s);

/* ---- client ------------------------------------------------------------ */

typedef struct llm_client llm_client;

enum llm_failure {
    LLM_OK = 0,
    LLM_FAIL_CONNECT,   /* refused, unresolvable: the endpoint is not there */
    LLM_FAIL_TIMEOUT,   /* no complete answer in time (after the retries) */
    LLM_FAIL_HTTP,      /* an error status that retrying does not cure */
    LLM_FAIL_CONFIG,    /* 401, 403, 404: wrong key, URL or model; retrying cannot help */
    LLM_FAIL_RATE,      /* 429 after the retries, or a Retry-After too long to wait */
    LLM_FAIL_PROTOCOL,  /* 2xx but not a chat-completions answer (HTML, bad JSON, no content) */
    LLM_FAIL_LIMIT,     /* the per-run request limit is reached */
    LLM_FAIL_OTHER,
};

typedef struct llm_reply {
    char *content;            /* choices[0].message.content */
    long prompt_tokens;       /* -1 when the endpoint sent no usage */
    long completion_tokens;
} llm_reply;

/* Checks the URL (http or https) and copies the settings. */
int llm_client_create(const llm_settings *s, llm_client **out, sd_err *err);
void llm_client_free(llm_client *c);
/*
 * One chat completion: POST {url}/chat/completions with a system and a user
 * message.  Retries 429, 5xx and timeouts with backoff and jitter (Retry-After
 * honoured); on a 400 that names response_format, drops it for the rest of the
 * run and asks again.  Counts requests in stats.  Returns LLM_OK and fills
 * reply (llm_reply_clear it), or the failure and a one-line reason in *why
 * (caller frees; never contains the API key).
 */
enum llm_failure llm_client_chat(llm_client *c, const char *system, const char *user, llm_reply *reply,
                                 llm_stats *stats, char **why);
void llm_reply_clear(llm_reply *r);
/* The URL as it may be logged: no user:password@, no query string. */
char *llm_redact_url(const char *url);

/* ---- verification (pure functions) ------------------------------------- */

/* What a part's text may draw on: its sources, the draft, the day's date. */
typedef struct llm_evidence llm_evidence;

llm_evidence *llm_evidence_create(void);
void llm_evidence_free(llm_evidence *ev);
/* Facts: numbers, CVE ids, names and katakana words found here are allowed. */
void llm_evidence_add(llm_evidence *ev, const char *text);
/* Terms allowed as names even though no source uses them (the day's glossary). */
void llm_evidence_add_term(llm_evidence *ev, const char *term);

typedef struct llm_rules {
    size_t min_chars;
    size_t max_chars;         /* characters (code points) of the final text */
    int max_sentences;        /* 0: no limit */
    int max_paragraphs;       /* 1: line breaks are joined; more: blank-line separated */
    int no_final_stop;        /* a headline: a final 。 is removed */
    size_t nsources;          /* valid source numbers are 1..nsources */
    double min_ja_share;      /* 0.5 */
} llm_rules;

void llm_rules_init(llm_rules *r, size_t nsources, size_t max_chars);

/*
 * Accept or reject one answer.  On success returns 0, *text is the cleaned
 * text (NFC; paragraphs separated by "\n") and, when `used` is not NULL,
 * *used and *nused the source numbers it cited.  On rejection returns -1 and
 * *why is a short reason ("invented CVE-2026-9999", "not Japanese (ja 0.12)").
 */
int llm_verify_answer(const char *answer, const llm_rules *r, const llm_evidence *ev, char **text,
                      int **used, size_t *nused, char **why);

/* The pieces, exposed for tests. */
/* Remove <think>...</think> (and <thinking>, <reasoning>, <reflection>) blocks,
 * text before a lone closing tag, and a ```json fence.  Returns a new string,
 * or NULL and *why when an unclosed reasoning block or a fence makes it unusable. */
char *llm_strip_wrapping(const char *answer, char **why);
/* The first URL-like thing (http://, https://, www., a bare domain) in s, or NULL. */
char *llm_find_url(const char *s);
/* Number of characters (code points). */
size_t llm_char_count(const char *s);
/* Rough token count: ASCII bytes / 4 + other bytes / 3. */
long llm_estimate_tokens(const char *s, size_t len);

/* ---- SHA-256 (llm_sha256.c) --------------------------------------------- */

typedef struct llm_sha256 {
    uint32_t h[8];
    uint64_t bytes;
    unsigned char buf[64];
    size_t nbuf;
} llm_sha256;

void llm_sha256_init(llm_sha256 *c);
void llm_sha256_update(llm_sha256 *c, const void *data, size_t len);
void llm_sha256_final(llm_sha256 *c, unsigned char out[32]);
/* Lower-case hex of the digest of data: out must hold 65 bytes. */
void llm_sha256_hex(const void *data, size_t len, char out[65]);

/* ---- the writer -------------------------------------------------------- */

typedef struct llm_writer llm_writer;

/*
 * The writer the environment and config describe: SECDIGEST_LLM_URL else
 * [llm] url, SECDIGEST_LLM_MODEL else [llm] model, the key from
 * SECDIGEST_LLM_API_KEY else OPENAI_API_KEY, and the [llm] numbers (timeout,
 * connect_timeout, retries, retry_delay_ms, max_input_tokens, max_requests,
 * attempts).  Returns 0 with *out NULL when no URL is configured (with a
 * warning when `force`, i.e. --llm was given); -1 and err for a malformed
 * setting (no model, not an http(s) URL, a number out of range).
 */
int llm_writer_from_env(const config *cfg, int force, llm_writer **out, sd_err *err);
/* The same from explicit settings (tests); the strings are copied. */
int llm_writer_create(const llm_settings *s, llm_writer **out, sd_err *err);
void llm_writer_free(llm_writer *w);

/*
 * Replace the digest's prose parts in place with verified LLM text, part by
 * part; each part whose answers all fail keeps its extractive text.  Never
 * touches sources, URLs, citations, ids, groups or order.  Sets the per-part
 * writer fields, and d->writer to "llm" when any part came from the LLM.
 * `st` may be NULL (no cache).  Returns 0; -1 only for unusable arguments.
 */
int llm_rewrite_digest(llm_writer *w, store *st, const day_analysis *a, digest *d, llm_stats *stats,
                       sd_err *err);

#endif
