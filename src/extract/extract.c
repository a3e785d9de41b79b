/*
 * extract: one page from raw bytes to an extract_result.
 *
 * Order of work: refuse what is not a page (empty, too large, a known
 * binary format, a non-HTML Content-Type); decode the charset
 * (charset_decode: BOM, transport, <meta>, detection); refuse text that is
 * mostly control characters or undecodable; cut absurd tags; parse with
 * libxml2 (no network, recovery, 256 levels at most); flatten; collect the
 * metadata; find the article in up to three passes (strict, lenient, bare)
 * as Readability does; compare with JSON-LD articleBody; decide whether the
 * result is credible and say why not.
 */
#include "extract/extract_internal.h"
#include "core/log.h"
#include "text/charset.h"

#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* A body shorter than this (weighted: a Japanese character counts 3) is not an article. */
#define MIN_CREDIBLE 140
/* A pass whose text is shorter than this makes the next, less strict pass run. */
#define PASS_ENOUGH 500
#define MAX_ATTRS_PER_TAG 100

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static const char *non_html_type(const char *ct)
{
    if (!ct)
        return NULL;
    while (*ct == ' ')
        ct++;
    static const char *const refused[] = {"image/", "audio/", "video/", "font/", "application/pdf",
                                          "application/zip", "application/gzip",
                                          "application/x-gzip", "application/msword",
                                          "application/vnd.", "application/x-shockwave-flash"};
    for (size_t k = 0; k < SD_ARRAY_LEN(refused); k++)
        if (strncasecmp(ct, refused[k], strlen(refused[k])) == 0)
            return refused[k];
    return NULL;
}

void extract_result_free(extract_result *r)
{
    if (!r)
        return;
    free(r->url);
    free(r->canonical_url);
    free(r->title);
    free(r->author);
    free(r->language);
    free(r->text);
    free(r->reason);
    free(r->charset);
    free(r);
}

/* Weighted length of a candidate body and whether it has a sentence end or a comma:
 * one sweep gives both. */
static uint32_t text_weight(const char *s, int *sentence)
{
    uint32_t w = 0, c = 0, st = 0;
    if (s)
        xtext_measure(s, strlen(s), &w, &c, &st);
    if (sentence)
        *sentence = st > 0 || c > 0;
    return w;
}

/* How much of `ref` (by characters of CJK text and words of other text) appears in `got`:
 * a cheap check that the DOM body and the JSON-LD body are the same text. */
static double coverage(const char *ref, const char *got)
{
    /* Sample up to 64 probes of 12 bytes spread over ref; count those found in got. */
    size_t rn = strlen(ref);
    if (rn < 24 || !got)
        return 0;
    int probes = 0, found = 0;
    size_t step = rn / 64 > 12 ? rn / 64 : 12;
    for (size_t at = 0; at + 12 <= rn && probes < 64; at += step) {
        /* align to a UTF-8 character start */
        size_t s = at;
        while (s < rn && ((unsigned char)ref[s] & 0xC0) == 0x80)
            s++;
        size_t e = s + 12;
        while (e < rn && ((unsigned char)ref[e] & 0xC0) == 0x80)
            e++;
        if (e > rn)
            break;
        int has_break = memchr(ref + s, '\n', e - s) != NULL;
        if (has_break)
            continue;
        char *probe = xstrndup(ref + s, e - s);
        probes++;
        if (strstr(got, probe))
            found++;
        free(probe);
    }
    return probes ? (double)found / probes : 0;
}

static int line_is_title(const char *line, size_t n, const char *title)
{
    if (!title || n == 0)
        return 0;
    size_t tl = strlen(title);
    char *l = xstrndup(line, n);
    int r = (n == tl && memcmp(line, title, n) == 0) ||
            (n >= 15 && n * 10 >= tl * 6 && strstr(title, l) != NULL) ||
            (tl >= 15 && strstr(l, title) != NULL && n < tl + tl / 2);
    free(l);
    return r;
}

/* Lines before the body that are not body: the title again, a dateline, the header lines
 * of a mail in a list archive.  Only at the very start of the text, where an inline layout
 * (<font><b>title</b><br>date<br><br>text) leaves them in the article's own block. */
static void strip_leading_furniture(char *text, const char *title)
{
    static const char *const mail_headers[] = {"From: ", "Date: ", "Subject: ", "To: ", "Cc: ",
                                               "Message-ID: ", "Sent: "};
    char *p = text;
    for (int lines = 0; lines < 6 && *p;) {
        if (*p == '\n') {
            p++;
            continue;
        }
        char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        int drop = line_is_title(p, n, title);
        if (!drop && n <= 150) {
            char *l = xstrndup(p, n);
            drop = xtext_mostly_date(l);
            free(l);
        }
        for (size_t k = 0; !drop && k < SD_ARRAY_LEN(mail_headers); k++)
            if (n <= 200 && strncmp(p, mail_headers[k], strlen(mail_headers[k])) == 0)
                drop = 1;
        if (!drop || !nl)
            break; /* never the whole text */
        p = nl + 1;
        lines++;
    }
    while (*p == '\n')
        p++;
    if (p != text)
        memmove(text, p, strlen(p) + 1);
}

typedef struct attempt {
    char *text;
    uint32_t weight;
    int sentence; /* has a sentence end or a comma */
    const char *method;
} attempt;

int extract_page(const char *html, size_t len, const extract_opts *opts, extract_result **out,
                 sd_err *err)
{
    *out = NULL;
    extract_opts defaults;
    memset(&defaults, 0, sizeof defaults);
    if (!opts)
        opts = &defaults;
    size_t max_bytes = opts->max_bytes ? opts->max_bytes : EXTRACT_DEFAULT_MAX_BYTES;
    int max_depth = opts->max_depth > 0 ? opts->max_depth : EXTRACT_DEFAULT_MAX_DEPTH;
    if (max_depth > 256)
        max_depth = 256;
    int64_t budget = opts->time_budget_ms > 0 ? opts->time_budget_ms : EXTRACT_DEFAULT_TIME_BUDGET_MS;
    int64_t t0 = now_ms();

    if (!html || len == 0)
        return sd_err_set(err, "empty page (0 bytes)");
    if (len > max_bytes)
        return sd_err_set(err, "page too large: %zu bytes, the limit is %zu", len, max_bytes);
    const char *refused = non_html_type(opts->content_type);
    if (refused)
        return sd_err_set(err, "not an HTML page: Content-Type is %s", opts->content_type);
    const char *binary = xprescan_binary(html, len);
    if (binary)
        return sd_err_set(err, "not an HTML page: the bytes are %s", binary);

    char *transport = opts->charset ? xstrdup(opts->charset)
                                    : xprescan_content_type_charset(opts->content_type);
    charset_result cr;
    sd_err cerr = SD_ERR_INIT;
    int crc = charset_decode(html, len, CHARSET_DOC_HTML, transport, &cr, &cerr);
    free(transport);
    if (crc != 0) {
        sd_err_set(err, "cannot decode the page: %s", sd_err_msg(&cerr));
        sd_err_clear(&cerr);
        return -1;
    }
    const char *garbage = xprescan_garbage(cr.utf8, cr.len);
    if (garbage) {
        sd_err_set(err, "not an HTML page: %s (decoded as %s)", garbage, cr.charset ? cr.charset : "?");
        charset_result_free(&cr);
        return -1;
    }
    {
        size_t k = 0;
        while (k < cr.len && (cr.utf8[k] == ' ' || cr.utf8[k] == '\t' || cr.utf8[k] == '\n' ||
                              cr.utf8[k] == '\r' || cr.utf8[k] == '\f'))
            k++;
        if (k == cr.len) {
            charset_result_free(&cr);
            return sd_err_set(err, "empty page (only white space)");
        }
    }
    size_t cut = 0;
    cr.len = xprescan_sanitize(cr.utf8, cr.len, MAX_ATTRS_PER_TAG, &cut);
    if (cut)
        log_debug("extract: %zu tags with more than %d attributes cut", cut, MAX_ATTRS_PER_TAG);

    xpage pg;
    if (xpage_parse(&pg, cr.utf8, cr.len, max_depth, err) < 0) {
        xpage_free(&pg);
        charset_result_free(&cr);
        return -1;
    }
    int truncated = pg.truncated;
    if (!pg.root) {
        xpage_free(&pg);
        charset_result_free(&cr);
        return sd_err_set(err, "the HTML parser found no document");
    }
    if (now_ms() - t0 > budget) {
        xpage_free(&pg);
        charset_result_free(&cr);
        return sd_err_set(err, "time budget of %lld ms exceeded while parsing", (long long)budget);
    }

    extract_result *r = xcalloc(1, sizeof *r);
    r->published = SD_TIME_NONE;
    r->charset = xstrdup(cr.charset);
    r->truncated = truncated;
    charset_result_free(&cr);

    xmeta m;
    xmeta_collect(&pg, opts->url, opts->now, &m);
    pg.title = m.title;

    /* Up to three passes; the first with enough text wins, else the longest. */
    attempt best = {NULL, 0, 0, NULL};
    static const char *const methods[] = {"dom", "dom-lenient", "dom-bare"};
    int timed_out = 0;
    int best_pass = -1, last_pass = -1;
    for (int pass = XPASS_STRICT; pass <= XPASS_BARE; pass++) {
        if (now_ms() - t0 > budget) {
            timed_out = 1;
            break;
        }
        double score;
        size_t roots = xpage_find_content(&pg, (enum xpass)pass, &score);
        last_pass = pass;
        char *text = roots ? xpage_content_text(&pg) : xstrdup("");
        strip_leading_furniture(text, m.title);
        int sentence;
        uint32_t w = text_weight(text, &sentence);
        if (w > best.weight || !best.text) {
            free(best.text);
            best.text = text;
            best.weight = w;
            best.sentence = sentence;
            best.method = methods[pass];
            best_pass = pass;
        } else {
            free(text);
        }
        if (w >= PASS_ENOUGH)
            break;
    }
    if (timed_out && !best.text) {
        xmeta_free(&m);
        xpage_free(&pg);
        extract_result_free(r);
        return sd_err_set(err, "time budget of %lld ms exceeded", (long long)budget);
    }
    /* The marks of the winning pass are needed for the date search below. */
    if (best_pass >= 0 && best_pass != last_pass) {
        double score;
        xpage_find_content(&pg, (enum xpass)best_pass, &score);
    }

    int credible = best.weight >= MIN_CREDIBLE && best.sentence;
    /* JSON-LD articleBody: the whole text on pages whose markup shows part of it. */
    if (m.ld_body) {
        uint32_t lw = text_weight(m.ld_body, NULL);
        if (lw >= MIN_CREDIBLE &&
            (!credible || (lw > best.weight + best.weight / 3 && coverage(best.text, m.ld_body) >= 0.5) ||
             (lw > best.weight * 2))) {
            free(best.text);
            best.text = xstrdup(m.ld_body);
            best.weight = lw;
            best.method = "json-ld";
            credible = 1;
        }
    }

    if (credible) {
        r->text = best.text;
        r->credible = 1;
        r->method = best.method;
    } else {
        if (pg.total_raw == 0) {
            int scripts = 0;
            for (size_t k = 0; k < pg.nel && !scripts; k++)
                if (pg.el[k].tag == X_SCRIPT)
                    scripts = 1;
            r->reason = xstrdup(scripts ? "no visible text: the page is all script"
                                        : "no visible text in the page");
        } else if (pg.total_raw < MIN_CREDIBLE) {
            r->reason = xasprintf("too little text for an article: the page has %u characters of "
                                  "visible text", (unsigned)pg.total_raw);
        } else if (best.weight == 0) {
            r->reason = xasprintf("no article body found: the page's %u characters of text are all "
                                  "navigation, links or boilerplate",
                                  (unsigned)pg.total_raw);
        } else {
            r->reason = xasprintf("no credible article body: the best block has %u characters%s",
                                  (unsigned)best.weight,
                                  best.sentence ? "" : " and no sentences");
        }
        if (truncated) {
            char *rr = xasprintf("%s (the page is nested deeper than 256 levels and was read only "
                                 "that far)", r->reason);
            free(r->reason);
            r->reason = rr;
        }
        free(best.text);
    }

    /* Language: the declaration checked against the text. */
    char *sample = NULL;
    if (!r->text) {
        /* no body: judge from all visible text */
        strbuf sb = STRBUF_INIT;
        for (size_t k = 0; k < pg.ntx && sb.len < 20000; k++) {
            const xtext *t = &pg.tx[k];
            strbuf_puts(&sb, t->node->content);
            strbuf_putc(&sb, ' ');
        }
        sample = strbuf_detach(&sb);
    }
    r->language = xmeta_language(m.declared_lang, r->text ? r->text : sample);
    free(sample);

    r->published = m.published;
    int tz = m.tz_offset;
    if (r->language && strcmp(r->language, "ja") == 0)
        tz = 9 * 3600;
    if (r->published == SD_TIME_NONE)
        r->published = xmeta_text_date(&pg, tz, opts->now, r->text);
    else if (!m.pub.timed) /* a declared date alone: its time as the page states it */
        r->published = xmeta_refine_time(&pg, tz, opts->now, &m.pub);
    r->title = m.title;
    m.title = NULL;
    r->author = m.author;
    m.author = NULL;
    r->canonical_url = m.canonical;
    m.canonical = NULL;
    r->url = xstrdup(r->canonical_url ? r->canonical_url : opts->url);

    xmeta_free(&m);
    xpage_free(&pg);
    *out = r;
    return 0;
}
