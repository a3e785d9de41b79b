/*
 * feed_xml: bytes made safe and well-formed enough for libxml2, and the one
 * place libxml2's parser is started (shared by feeds and OPML).
 *
 * Hardening is done before libxml2 ever sees the document: no DOCTYPE
 * survives (one that declares entities is refused outright, so entity
 * expansion attacks never start), and the parser runs with XML_PARSE_NONET
 * and without NOENT/DTDLOAD/DTDATTR/HUGE.  The same pass repairs the faults
 * real feeds have that would otherwise cost items in recover mode: HTML
 * entities that XML does not define (&nbsp;), bare ampersands, stray '<',
 * control characters.
 */
#include "core/log.h"
#include "feed/feed_internal.h"
#include "text/markup.h"
#include "text/url.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- not a text document at all ---------------------------------------- */

static int looks_wide(const unsigned char *p, size_t len)
{
    if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
        return 1;
    size_t n = len < 512 ? len : 512;
    size_t ze = 0, zo = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        ze += p[i] == 0;
        zo += p[i + 1] == 0;
    }
    return n >= 4 && (ze * 3 > n / 2 || zo * 3 > n / 2);
}

int feed_check_not_binary(const char *data, size_t len, sd_err *err)
{
    const unsigned char *p = (const unsigned char *)data;
    if (len == 0)
        return sd_err_set(err, "not a feed: the document is empty");
    if (len >= 2 && p[0] == 0x1F && p[1] == 0x8B)
        return sd_err_set(err, "not a feed: gzip-compressed data (the transport did not decode it)");
    if (len >= 4 && memcmp(p, "PK\x03\x04", 4) == 0)
        return sd_err_set(err, "not a feed: a ZIP archive");
    if (len >= 5 && memcmp(p, "%PDF-", 5) == 0)
        return sd_err_set(err, "not a feed: a PDF document");
    if (len >= 4 && memcmp(p, "\x89PNG", 4) == 0)
        return sd_err_set(err, "not a feed: a PNG image");
    if (len >= 3 && memcmp(p, "\xFF\xD8\xFF", 3) == 0)
        return sd_err_set(err, "not a feed: a JPEG image");
    if (len >= 4 && memcmp(p, "GIF8", 4) == 0)
        return sd_err_set(err, "not a feed: a GIF image");
    if (looks_wide(p, len))
        return 0;
    size_t n = len < 4096 ? len : 4096, ctl = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == 0)
            return sd_err_set(err, "not a feed: binary data (a NUL byte at offset %zu)", i);
        if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' && p[i] != '\f' && p[i] != 0x1B) ||
            p[i] == 0x7F)
            ctl++;
    }
    if (ctl * 20 > n)
        return sd_err_set(err, "not a feed: binary data (%zu control bytes in the first %zu)", ctl, n);
    return 0;
}

char *feed_describe_start(const char *data, size_t len)
{
    strbuf sb = STRBUF_INIT;
    size_t shown = 0;
    for (size_t i = 0; i < len && shown < 24; i++) {
        unsigned char c = (unsigned char)data[i];
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
        if (c >= 0x20 && c < 0x7F) {
            strbuf_putc(&sb, (char)c);
        } else if (c >= 0x80) {
            /* Copy a whole UTF-8 sequence (the data is UTF-8 by now). */
            size_t k = 1;
            while (i + k < len && ((unsigned char)data[i + k] & 0xC0) == 0x80 && k < 4)
                k++;
            strbuf_append(&sb, data + i, k);
            i += k - 1;
        } else {
            strbuf_printf(&sb, "\\x%02X", c);
        }
        shown++;
    }
    if (shown == 24)
        strbuf_puts(&sb, "...");
    return strbuf_detach(&sb);
}

/* ---- preparation -------------------------------------------------------- */

/* 1: needs a look (markup, references, characters XML forbids). */
static const unsigned char special[256] = {
    [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1,
    [11] = 1, [12] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1, [19] = 1, [20] = 1,
    [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1, [27] = 1, [28] = 1, [29] = 1,
    [30] = 1, [31] = 1, ['&'] = 1, ['<'] = 1, [0xEF] = 1,
};

static const uint16_t c1_1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

static int is_xml_char(uint32_t v)
{
    return v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) ||
           (v >= 0x10000 && v <= 0x10FFFF);
}

static int is_alnum(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* A character reference or entity reference at p ('&'): write a safe form. */
static const unsigned char *fix_reference(const unsigned char *p, const unsigned char *end, strbuf *out)
{
    const unsigned char *q = p + 1;
    if (q < end && *q == '#') {
        q++;
        int hex = 0;
        if (q < end && (*q == 'x' || *q == 'X')) {
            hex = 1;
            q++;
        }
        uint32_t v = 0;
        int nd = 0;
        while (q < end) {
            unsigned c = *q, d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
                d = (c | 0x20) - 'a' + 10;
            else
                break;
            if (v <= 0x10FFFF)
                v = v * (hex ? 16 : 10) + d;
            nd++;
            q++;
        }
        if (nd == 0 || nd > 12) {
            strbuf_append(out, "&amp;", 5);
            return p + 1;
        }
        if (q < end && *q == ';')
            q++;
        if (v >= 0x80 && v <= 0x9F)
            v = c1_1252[v - 0x80];
        if (!is_xml_char(v))
            v = v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || v >= 0xFFFE ? 0xFFFD : 0x20;
        strbuf_printf(out, "&#x%X;", (unsigned)v);
        return q;
    }
    const unsigned char *name = q;
    while (q < end && is_alnum(*q) && q - name <= 40)
        q++;
    size_t n = (size_t)(q - name);
    if (n == 0 || q >= end || *q != ';') {
        strbuf_append(out, "&amp;", 5);
        return p + 1;
    }
    if ((n == 3 && memcmp(name, "amp", 3) == 0) || (n == 2 && memcmp(name, "lt", 2) == 0) ||
        (n == 2 && memcmp(name, "gt", 2) == 0) || (n == 4 && memcmp(name, "quot", 4) == 0) ||
        (n == 4 && memcmp(name, "apos", 4) == 0)) {
        strbuf_append(out, p, n + 2);
        return q + 1;
    }
    uint32_t cp[2];
    int k = markup_entity_lookup((const char *)name, n, cp);
    if (k == 0) {
        /* Unknown: keep it visible as text rather than lose it. */
        strbuf_append(out, "&amp;", 5);
        return p + 1;
    }
    for (int i = 0; i < k; i++)
        strbuf_printf(out, "&#x%X;", (unsigned)cp[i]);
    return q + 1;
}

static const unsigned char *find2(const unsigned char *p, const unsigned char *end, const char *lit)
{
    size_t n = strlen(lit);
    while ((size_t)(end - p) >= n) {
        const unsigned char *h = memchr(p, lit[0], (size_t)(end - p) - n + 1);
        if (!h)
            return NULL;
        if (memcmp(h, lit, n) == 0)
            return h;
        p = h + 1;
    }
    return NULL;
}

/* 1: a byte copy_chars must look at. */
static const unsigned char forbidden[256] = {
    [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1,
    [11] = 1, [12] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1, [19] = 1, [20] = 1,
    [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1, [27] = 1, [28] = 1, [29] = 1,
    [30] = 1, [31] = 1, [0xEF] = 1,
};

/* Copy [p, stop) replacing only what XML forbids everywhere (controls, U+FFFE/F). */
static void copy_chars(const unsigned char *p, const unsigned char *stop, strbuf *out)
{
    const unsigned char *run = p;
    for (;;) {
        while (p < stop && !forbidden[*p])
            p++;
        if (p >= stop)
            break;
        if (*p == 0xEF) {
            if (stop - p >= 3 && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
                strbuf_append(out, run, (size_t)(p - run));
                strbuf_append(out, "\xEF\xBF\xBD", 3);
                p += 3;
                run = p;
            } else {
                p++;
            }
            continue;
        }
        strbuf_append(out, run, (size_t)(p - run));
        strbuf_putc(out, ' ');
        p++;
        run = p;
    }
    strbuf_append(out, run, (size_t)(stop - run));
}

/*
 * A start tag at p ('<' and a name): copied to its '>', with what XML does
 * not allow in attribute values repaired (a raw '<', a bare '&', controls).
 */
static const unsigned char *copy_tag(const unsigned char *p, const unsigned char *end, strbuf *out)
{
    const unsigned char *run = p;
    unsigned quote = 0;
    p++;
    while (p < end) {
        unsigned c = *p;
        if (quote) {
            if (c == quote) {
                quote = 0;
            } else if (c == '<' || c == '&' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                strbuf_append(out, run, (size_t)(p - run));
                if (c == '&') {
                    p = fix_reference(p, end, out);
                } else {
                    if (c == '<')
                        strbuf_append(out, "&lt;", 4);
                    else
                        strbuf_putc(out, ' ');
                    p++;
                }
                run = p;
                continue;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            p++;
            break;
        } else if (c == '<') {
            break; /* a broken tag: the main loop looks at this '<' */
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            strbuf_append(out, run, (size_t)(p - run));
            strbuf_putc(out, ' ');
            p++;
            run = p;
            continue;
        }
        p++;
    }
    strbuf_append(out, run, (size_t)(p - run));
    return p;
}

static int ci_prefix(const unsigned char *p, const unsigned char *end, const char *lit)
{
    size_t n = strlen(lit);
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = p[i];
        if (c >= 'a' && c <= 'z')
            c -= 32;
        if (c != (unsigned char)lit[i])
            return 0;
    }
    return 1;
}

/* Skip a DOCTYPE at p; refuse one that declares entities or is HTML's. */
static const unsigned char *skip_doctype(const unsigned char *p, const unsigned char *end, sd_err *err)
{
    const unsigned char *q = p + 9;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
        q++;
    if (ci_prefix(q, end, "HTML") && (end - q == 4 || !is_alnum(q[4]))) {
        sd_err_set(err, "not a feed: an HTML page (<!DOCTYPE html>)");
        return NULL;
    }
    int in_subset = 0;
    while (q < end) {
        unsigned c = *q;
        if (c == '"' || c == '\'') {
            const unsigned char *cl = memchr(q + 1, (int)c, (size_t)(end - q - 1));
            if (!cl)
                break;
            q = cl + 1;
            continue;
        }
        if (in_subset && c == '<') {
            if (end - q >= 4 && memcmp(q, "<!--", 4) == 0) {
                const unsigned char *cl = find2(q + 4, end, "-->");
                q = cl ? cl + 3 : end;
                continue;
            }
            if (end - q >= 8 && memcmp(q, "<!ENTITY", 8) == 0) {
                sd_err_set(err, "refused: the DOCTYPE declares entities (entity expansion, as in the "
                                "'billion laughs' attack, is not allowed)");
                return NULL;
            }
        }
        if (c == '[')
            in_subset = 1;
        else if (c == ']')
            in_subset = 0;
        else if (c == '>' && !in_subset)
            return q + 1;
        q++;
    }
    sd_err_set(err, "not well-formed XML: the DOCTYPE declaration is not closed");
    return NULL;
}

int feed_xml_prepare(const char *utf8, size_t len, strbuf *out, sd_err *err)
{
    const unsigned char *p = (const unsigned char *)utf8, *end = p + len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (end - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    strbuf_reset(out);
    strbuf_grow(out, len + len / 32 + 64);
    strbuf_puts(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (end - p >= 5 && memcmp(p, "<?xml", 5) == 0 && (end - p == 5 || p[5] == ' ' || p[5] == '\t' ||
                                                       p[5] == '\n' || p[5] == '\r' || p[5] == '?')) {
        const unsigned char *cl = find2(p, end, "?>");
        if (!cl)
            return sd_err_set(err, "not well-formed XML: the XML declaration is not closed");
        p = cl + 2;
    }
    const unsigned char *run = p;
    while (p < end) {
        if (!special[*p]) {
            p++;
            continue;
        }
        strbuf_append(out, run, (size_t)(p - run));
        unsigned c = *p;
        if (c == '&') {
            p = fix_reference(p, end, out);
        } else if (c == '<') {
            const unsigned char *n1 = p + 1;
            if (n1 < end && *n1 == '!') {
                if (end - p >= 4 && p[2] == '-' && p[3] == '-') {
                    const unsigned char *cl = find2(p + 4, end, "-->");
                    const unsigned char *stop = cl ? cl + 3 : end;
                    copy_chars(p, stop, out);
                    p = stop;
                } else if (end - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0) {
                    const unsigned char *cl = find2(p + 9, end, "]]>");
                    const unsigned char *stop = cl ? cl + 3 : end;
                    copy_chars(p, stop, out);
                    p = stop;
                } else if (ci_prefix(p, end, "<!DOCTYPE")) {
                    const unsigned char *after = skip_doctype(p, end, err);
                    if (!after)
                        return -1;
                    p = after;
                } else {
                    strbuf_putc(out, '<');
                    p++;
                }
            } else if (n1 < end && *n1 == '?') {
                const unsigned char *cl = find2(p + 2, end, "?>");
                const unsigned char *stop = cl ? cl + 2 : end;
                /* A second XML declaration (concatenated documents) is dropped. */
                if (!(end - p >= 6 && memcmp(p, "<?xml", 5) == 0 && (p[5] == ' ' || p[5] == '?')))
                    copy_chars(p, stop, out);
                p = stop;
            } else if (n1 < end && ((*n1 | 0x20) >= 'a' && (*n1 | 0x20) <= 'z' ? 1
                                    : (*n1 == '_' || *n1 == ':' || *n1 >= 0x80))) {
                p = copy_tag(p, end, out);
            } else if (n1 < end && *n1 == '/') {
                strbuf_putc(out, '<');
                p++;
            } else {
                /* "a < b" in text: a '<' that cannot start markup. */
                strbuf_append(out, "&lt;", 4);
                p++;
            }
        } else if (c == 0xEF) {
            if (end - p >= 3 && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
                strbuf_append(out, "\xEF\xBF\xBD", 3);
                p += 3;
            } else {
                strbuf_putc(out, (char)c);
                p++;
            }
        } else {
            strbuf_putc(out, ' '); /* a control character */
            p++;
        }
        run = p;
    }
    strbuf_append(out, run, (size_t)(end - run));
    return 0;
}

/* ---- libxml2 -------------------------------------------------------------- */

static void on_error(void *user, xmlErrorPtr e)
{
    feed_xml_base *b = user;
    if (!b || !e || e->level < XML_ERR_ERROR)
        return;
    /* An undeclared prefix (dc:creator without xmlns:dc) is a namespace
     * error, not a well-formedness one: the SAX handlers cope with it. */
    if (e->domain == XML_FROM_NAMESPACE)
        return;
    b->errors++;
    if (!b->first_error) {
        if (e->code == XML_ERR_DOCUMENT_END && b->ctxt && b->ctxt->nameNr > 0 && b->ctxt->name) {
            /* What libxml2's push parser says when the data stops early. */
            b->first_error = xasprintf("line %d: the document is truncated (it ends inside <%s>)", e->line,
                                       (const char *)b->ctxt->name);
            return;
        }
        const char *msg = e->message ? e->message : "error";
        size_t n = strlen(msg);
        while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
            n--;
        b->first_error = xasprintf("line %d: %.*s", e->line, (int)n, msg);
    }
    /* Recover mode goes on after errors; a document that is nothing but errors is not worth it. */
    if (b->errors > 10000 && b->ctxt && !b->stop) {
        b->stop = 1;
        xmlStopParser(b->ctxt);
    }
}

/* libxml2's global state must be set up once before threads use it (fetch parses in parallel). */
static pthread_once_t xml_once = PTHREAD_ONCE_INIT;
static void xml_init(void) { xmlInitParser(); }

int feed_xml_sax_parse(xmlSAXHandler *sax, feed_xml_base *user, const char *buf, size_t len)
{
    pthread_once(&xml_once, xml_init);
    sax->initialized = XML_SAX2_MAGIC;
    sax->serror = on_error;
    /* Nothing that could fetch or expand anything. */
    sax->resolveEntity = NULL;
    sax->getEntity = NULL;
    sax->getParameterEntity = NULL;
    sax->entityDecl = NULL;
    sax->externalSubset = NULL;
    sax->internalSubset = NULL;
    sax->reference = NULL;
    sax->warning = NULL;
    sax->error = NULL;
    sax->fatalError = NULL;
    user->well_formed = 0;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(sax, user, NULL, 0, NULL);
    if (!ctxt)
        return -1;
    xmlCtxtUseOptions(ctxt, XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_IGNORE_ENC);
    user->ctxt = ctxt;
    const size_t chunk = 256 * 1024;
    size_t off = 0;
    while (off < len && !user->stop) {
        size_t n = len - off < chunk ? len - off : chunk;
        xmlParseChunk(ctxt, buf + off, (int)n, 0);
        off += n;
    }
    if (!user->stop)
        xmlParseChunk(ctxt, NULL, 0, 1);
    user->well_formed = user->errors == 0;
    user->ctxt = NULL;
    xmlFreeParserCtxt(ctxt);
    return 0;
}

char *feed_xml_attr_dup(const xmlChar *value, const xmlChar *end)
{
    const char *p = (const char *)value, *e = (const char *)end;
    size_t n = (size_t)(e - p);
    char *out = xmalloc(n + 1), *o = out;
    while (p < e) {
        const char *amp = memchr(p, '&', (size_t)(e - p));
        if (!amp) {
            memcpy(o, p, (size_t)(e - p));
            o += e - p;
            break;
        }
        memcpy(o, p, (size_t)(amp - p));
        o += amp - p;
        if (e - amp >= 5 && memcmp(amp, "&#38;", 5) == 0) {
            *o++ = '&';
            p = amp + 5;
        } else {
            *o++ = '&';
            p = amp + 1;
        }
    }
    *o = '\0';
    return out;
}

void feed_xml_base_free(feed_xml_base *user)
{
    free(user->first_error);
    user->first_error = NULL;
}

/* ---- field text and links ------------------------------------------------------ */

static char *or_null(char *s)
{
    if (s && !*s) {
        free(s);
        return NULL;
    }
    return s;
}

/*
 * Whether a title that does not say it is HTML uses HTML: a closing tag of
 * an inline formatting element (</b>, </em>, </a>...).  Security news puts
 * "<script>" and "<img onerror>" in titles as the subject, not as markup.
 */
static int uses_inline_markup(const char *s, size_t len)
{
    static const char *const inline_tags[] = {"a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i",
                                              "ins", "mark", "q", "s", "small", "span", "strike", "strong",
                                              "sub", "sup", "tt", "u"};
    const char *p = s, *end = s + len;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt || end - lt < 4)
            return 0;
        p = lt + 1;
        if (*p != '/')
            continue;
        p++;
        char name[8];
        size_t n = 0;
        while (p < end && n < sizeof name - 1 && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
            char c = *p++;
            name[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        name[n] = '\0';
        if (p < end && *p == '>')
            for (size_t i = 0; i < SD_ARRAY_LEN(inline_tags); i++)
                if (strcmp(name, inline_tags[i]) == 0)
                    return 1;
    }
    return 0;
}

char *feed_text_line(const char *s, size_t len, enum feed_text_kind kind)
{
    if (!s || !len)
        return NULL;
    switch (kind) {
    case FEED_TEXT_RAW:
        return or_null(text_collapse_space(s, len));
    case FEED_TEXT_HTML:
    case FEED_TEXT_XHTML:
        return or_null(markup_to_text(s, len, 0));
    case FEED_TEXT_PLAIN:
    case FEED_TEXT_AUTO:
        break;
    }
    if (kind == FEED_TEXT_AUTO && uses_inline_markup(s, len))
        return or_null(markup_to_text(s, len, 0));
    if (!memchr(s, '&', len))
        return or_null(text_collapse_space(s, len));
    /* Entities once more (double-escaped titles); markup may appear only now. */
    char *dec = markup_decode_entities(s, len);
    char *r;
    if (kind == FEED_TEXT_AUTO && uses_inline_markup(dec, strlen(dec)))
        r = markup_to_text(dec, strlen(dec), 0);
    else
        r = text_collapse_space(dec, strlen(dec));
    free(dec);
    return or_null(r);
}

char *feed_text_block(const char *s, size_t len, enum feed_text_kind kind)
{
    if (!s || !len)
        return NULL;
    switch (kind) {
    case FEED_TEXT_RAW:
        return or_null(text_collapse_space(s, len));
    case FEED_TEXT_PLAIN:
        return or_null(text_to_paragraphs(s, len, 0));
    case FEED_TEXT_HTML:
    case FEED_TEXT_XHTML:
        return or_null(markup_to_text(s, len, 1));
    case FEED_TEXT_AUTO:
        break;
    }
    if (markup_looks_like_html(s, len))
        return or_null(markup_to_text(s, len, 1));
    if (!memchr(s, '&', len))
        return or_null(text_to_paragraphs(s, len, 0));
    char *dec = markup_decode_entities(s, len);
    char *r;
    if (markup_looks_like_html(dec, strlen(dec)))
        r = markup_to_text(dec, strlen(dec), 1);
    else
        r = text_to_paragraphs(dec, strlen(dec), 0);
    free(dec);
    return or_null(r);
}

char *feed_clean_url(const char *s, size_t len)
{
    if (!s)
        return NULL;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end && *p <= 0x20)
        p++;
    while (end > p && end[-1] <= 0x20)
        end--;
    if (p == end)
        return NULL;
    strbuf sb = STRBUF_INIT;
    strbuf_grow(&sb, (size_t)(end - p) + 1);
    for (; p < end; p++) {
        if (*p == ' ')
            strbuf_append(&sb, "%20", 3);
        else if (*p < 0x20 || *p == 0x7F)
            continue; /* a line break inside a wrapped URL */
        else
            strbuf_putc(&sb, (char)*p);
    }
    return strbuf_detach(&sb);
}

int feed_url_is_absolute(const char *s)
{
    if (!s)
        return 0;
    const char *p = s;
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        return 0;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '+' ||
           *p == '-' || *p == '.')
        p++;
    return *p == ':';
}

static int is_http(const char *u)
{
    return u && (strncmp(u, "http://", 7) == 0 || strncmp(u, "https://", 8) == 0);
}

char *feed_resolve_link(const char *link, const char *base, const char *doc_base)
{
    if (!link || !*link)
        return NULL;
    char *eff = NULL;
    if (base && feed_url_is_absolute(base))
        eff = xstrdup(base);
    else if (base && doc_base && feed_url_is_absolute(doc_base))
        eff = url_resolve(doc_base, base);
    else if (doc_base && feed_url_is_absolute(doc_base))
        eff = xstrdup(doc_base);
    char *r;
    if (feed_url_is_absolute(link))
        r = url_resolve(NULL, link);
    else if (eff)
        r = url_resolve(eff, link);
    else if (strncmp(link, "//", 2) == 0) {
        char *tmp = xasprintf("https:%s", link);
        r = url_resolve(NULL, tmp);
        free(tmp);
    } else
        r = NULL;
    free(eff);
    if (r && !is_http(r)) {
        free(r);
        r = NULL;
    }
    return r;
}

char *feed_author_name(const char *s)
{
    if (!s)
        return NULL;
    /* "mail@example.com (Name)" */
    const char *open = strchr(s, '(');
    const char *close = open ? strrchr(open, ')') : NULL;
    if (open && close && close > open + 1) {
        int has_at = memchr(s, '@', (size_t)(open - s)) != NULL;
        if (has_at)
            return or_null(text_collapse_space(open + 1, (size_t)(close - open - 1)));
    }
    /* "Name <mail@example.com>" */
    const char *lt = strchr(s, '<');
    if (lt && lt > s && strchr(lt, '@') && strchr(lt, '>')) {
        char *r = or_null(text_collapse_space(s, (size_t)(lt - s)));
        if (r) {
            size_t n = strlen(r);
            if (n >= 2 && r[0] == '"' && r[n - 1] == '"') {
                memmove(r, r + 1, n - 2);
                r[n - 2] = '\0';
            }
            return or_null(r);
        }
    }
    return or_null(text_collapse_space(s, strlen(s)));
}

/* ---- the document builder ------------------------------------------------------ */

feed_doc *feed_doc_new(void)
{
    feed_doc *d = xcalloc(1, sizeof *d);
    d->updated = SD_TIME_NONE;
    return d;
}

void feed_doc_warn(feed_doc *doc, const char *fmt, ...)
{
    if (doc->nwarnings > FEED_MAX_WARNINGS)
        return;
    doc->warnings = xgrow(doc->warnings, &doc->warnings_cap, doc->nwarnings + 1, sizeof(char *));
    if (doc->nwarnings == FEED_MAX_WARNINGS) {
        doc->warnings[doc->nwarnings++] = xstrdup("more warnings were left out");
        return;
    }
    strbuf sb = STRBUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&sb, fmt, ap);
    va_end(ap);
    doc->warnings[doc->nwarnings++] = strbuf_detach(&sb);
}

feed_item *feed_doc_add_item(feed_doc *doc)
{
    doc->items = xgrow(doc->items, &doc->items_cap, doc->nitems + 1, sizeof(feed_item));
    feed_item *it = &doc->items[doc->nitems++];
    memset(it, 0, sizeof *it);
    it->published = SD_TIME_NONE;
    it->updated = SD_TIME_NONE;
    return it;
}

void feed_item_clear(feed_item *it)
{
    free(it->id);
    free(it->title);
    free(it->link);
    free(it->author);
    free(it->summary);
    free(it->content);
    for (size_t i = 0; i < it->ncategories; i++)
        free(it->categories[i]);
    free(it->categories);
    memset(it, 0, sizeof *it);
    it->published = SD_TIME_NONE;
    it->updated = SD_TIME_NONE;
}

void feed_item_add_category(feed_item *it, char *cat)
{
    if (!cat)
        return;
    if (!*cat || it->ncategories >= FEED_MAX_CATEGORIES) {
        free(cat);
        return;
    }
    for (size_t i = 0; i < it->ncategories; i++) {
        if (strcmp(it->categories[i], cat) == 0) {
            free(cat);
            return;
        }
    }
    /* The capacity is implied by the count: 4, then powers of two. */
    size_t n = it->ncategories;
    if (n == 0)
        it->categories = xrealloc(it->categories, 4 * sizeof(char *));
    else if (n >= 4 && (n & (n - 1)) == 0)
        it->categories = xrealloc(it->categories, 2 * n * sizeof(char *));
    it->categories[it->ncategories++] = cat;
}

char *feed_item_label(const feed_item *it, size_t index)
{
    if (it->title)
        return xasprintf("item \"%.60s%s\"", it->title, strlen(it->title) > 60 ? "..." : "");
    if (it->id)
        return xasprintf("item %s", it->id);
    if (it->link)
        return xasprintf("item %s", it->link);
    return xasprintf("item #%zu", index + 1);
}

const char *feed_format_name(enum feed_format f)
{
    switch (f) {
    case FEED_FORMAT_RSS09:
        return "rss09";
    case FEED_FORMAT_RSS2:
        return "rss2";
    case FEED_FORMAT_RSS1:
        return "rdf";
    case FEED_FORMAT_ATOM03:
        return "atom03";
    case FEED_FORMAT_ATOM1:
        return "atom1";
    case FEED_FORMAT_JSONFEED:
        return "jsonfeed";
    case FEED_FORMAT_UNKNOWN:
        break;
    }
    return "unknown";
}

void feed_doc_free(feed_doc *doc)
{
    if (!doc)
        return;
    free(doc->title);
    free(doc->link);
    free(doc->language);
    free(doc->charset);
    for (size_t i = 0; i < doc->nitems; i++)
        feed_item_clear(&doc->items[i]);
    free(doc->items);
    for (size_t i = 0; i < doc->nwarnings; i++)
        free(doc->warnings[i]);
    free(doc->warnings);
    free(doc);
}
