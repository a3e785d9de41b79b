/*
 * opml: feed lists (OPML 1.0/2.0) in and out.
 *
 * Reading goes through the same preparation and hardened libxml2 setup as
 * feeds (feed_xml.c).  Outlines without xmlUrl are folders: an outline's
 * category is the path of folders around it ("Japan/CERT"), else its own
 * `category` attribute (OPML 2.0: a comma-separated list of slash paths; the
 * first is used).  The same feed listed twice (in two folders, say) is kept
 * once, where it first appears.
 */
#include "core/log.h"
#include "feed/feed_internal.h"

#include <stdlib.h>
#include <string.h>

#define OPML_MAX_OUTLINES 20000

typedef struct opml_parser {
    feed_xml_base xb; /* must be first */
    opml_doc *doc;
    const char *name;
    int depth;
    int max_depth;
    int root_ok;
    int in_head, head_depth;
    int capturing_title;
    strbuf title;
    int body_depth;       /* depth of <body>, 0 if not inside */
    char **folders;       /* folder name at each depth (NULL: not a folder) */
    char *fatal;
    size_t skipped;       /* outlines whose xmlUrl was not an http(s) URL */
    int capped;
} opml_parser;

static void ostop(opml_parser *P, char *msg)
{
    if (!P->fatal)
        P->fatal = msg;
    else
        free(msg);
    P->xb.stop = 1;
    if (P->xb.ctxt)
        xmlStopParser(P->xb.ctxt);
}

static char *oattr(const xmlChar **attrs, int n, const char *name)
{
    for (int i = 0; i < n; i++) {
        const xmlChar **a = attrs + 5 * i;
        if (a[2] == NULL && sd_strcaseeq((const char *)a[0], name))
            return feed_xml_attr_dup(a[3], a[4]);
    }
    return NULL;
}

/* "feed://host/x" and "feed:https://host/x" as some readers export them. */
static char *clean_feed_url(const char *v)
{
    char *u = feed_clean_url(v, strlen(v));
    if (!u)
        return NULL;
    if (strncmp(u, "feed:", 5) == 0) {
        const char *rest = u + 5;
        char *n = strncmp(rest, "//", 2) == 0 ? xasprintf("http:%s", rest) : xstrdup(rest);
        free(u);
        u = n;
    }
    char *r = feed_resolve_link(u, NULL, NULL);
    free(u);
    return r;
}

/* The first path of an OPML 2.0 category attribute ("/Japan/CERT,/News"), as "Japan/CERT". */
static char *category_attr(const char *v)
{
    const char *end = strchr(v, ',');
    size_t n = end ? (size_t)(end - v) : strlen(v);
    strbuf sb = STRBUF_INIT;
    const char *p = v, *stop = v + n;
    while (p < stop) {
        while (p < stop && *p == '/')
            p++;
        const char *seg = p;
        while (p < stop && *p != '/')
            p++;
        char *t = feed_text_line(seg, (size_t)(p - seg), FEED_TEXT_RAW);
        if (t) {
            if (sb.len)
                strbuf_putc(&sb, '/');
            strbuf_puts(&sb, t);
            free(t);
        }
    }
    if (!sb.len) {
        strbuf_free(&sb);
        return NULL;
    }
    return strbuf_detach(&sb);
}

static char *folder_path(opml_parser *P)
{
    strbuf sb = STRBUF_INIT;
    for (int i = P->body_depth; i < P->depth - 1; i++) {
        if (!P->folders[i])
            continue;
        if (sb.len)
            strbuf_putc(&sb, '/');
        strbuf_puts(&sb, P->folders[i]);
    }
    if (!sb.len) {
        strbuf_free(&sb);
        return NULL;
    }
    return strbuf_detach(&sb);
}

static void add_outline(opml_parser *P, const xmlChar **attrs, int nattrs, const char *xml_url_raw)
{
    opml_doc *doc = P->doc;
    char *url = clean_feed_url(xml_url_raw);
    if (!url) {
        P->skipped++;
        return;
    }
    for (size_t i = 0; i < doc->count; i++) {
        if (strcmp(doc->outlines[i].xml_url, url) == 0) {
            free(url);
            return;
        }
    }
    if (doc->count >= OPML_MAX_OUTLINES) {
        free(url);
        P->capped = 1;
        return;
    }
    doc->outlines = xgrow(doc->outlines, &doc->cap, doc->count + 1, sizeof(opml_outline));
    opml_outline *o = &doc->outlines[doc->count++];
    memset(o, 0, sizeof *o);
    o->xml_url = url;
    char *text = oattr(attrs, nattrs, "text");
    char *title = oattr(attrs, nattrs, "title");
    const char *t = text && *text ? text : title;
    o->title = t ? feed_text_line(t, strlen(t), FEED_TEXT_AUTO) : NULL;
    free(text);
    free(title);
    char *html = oattr(attrs, nattrs, "htmlUrl");
    if (html) {
        char *h = feed_clean_url(html, strlen(html));
        o->html_url = feed_resolve_link(h, NULL, NULL);
        free(h);
        free(html);
    }
    char *lang = oattr(attrs, nattrs, "language");
    if (lang) {
        o->language = feed_text_line(lang, strlen(lang), FEED_TEXT_RAW);
        free(lang);
    }
    o->category = folder_path(P);
    if (!o->category) {
        char *cat = oattr(attrs, nattrs, "category");
        if (cat) {
            o->category = category_attr(cat);
            free(cat);
        }
    }
}

static void o_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI, int nb_ns,
                    const xmlChar **ns, int nattrs, int ndef, const xmlChar **attrs)
{
    opml_parser *P = ctx;
    (void)prefix;
    (void)nb_ns;
    (void)ns;
    (void)ndef;
    if (P->xb.stop)
        return;
    if (P->depth >= P->max_depth) {
        ostop(P, xasprintf("refused: elements nested deeper than %d levels", P->max_depth));
        return;
    }
    P->folders[P->depth] = NULL;
    P->depth++;
    for (int i = 0; i < nattrs; i++) {
        size_t n = (size_t)(attrs[5 * i + 4] - attrs[5 * i + 3]);
        if (n > FEED_MAX_ATTR_BYTES) {
            ostop(P, xasprintf("refused: an attribute value of %zu bytes on <%s> (the limit is %u)", n,
                               (const char *)localname, FEED_MAX_ATTR_BYTES));
            return;
        }
    }
    const char *name = (const char *)localname;
    if (P->depth == 1) {
        if (strcmp(name, "opml") != 0) {
            ostop(P, xasprintf("not an OPML document: the root element is <%s>", name));
            return;
        }
        P->root_ok = 1;
        return;
    }
    if (URI != NULL && P->depth <= 2)
        return; /* a namespaced element of an extension */
    if (P->depth == 2 && strcmp(name, "head") == 0) {
        P->in_head = 1;
        P->head_depth = 2;
        return;
    }
    if (P->in_head && P->depth == 3 && strcmp(name, "title") == 0 && !P->doc->title) {
        P->capturing_title = 1;
        strbuf_reset(&P->title);
        return;
    }
    if (P->depth == 2 && strcmp(name, "body") == 0) {
        P->body_depth = 2;
        return;
    }
    if (P->body_depth && strcmp(name, "outline") == 0 && URI == NULL) {
        char *xml_url = oattr(attrs, nattrs, "xmlUrl");
        if (xml_url && *xml_url) {
            add_outline(P, attrs, nattrs, xml_url);
        } else {
            char *text = oattr(attrs, nattrs, "text");
            if (!text || !*text) {
                free(text);
                text = oattr(attrs, nattrs, "title");
            }
            char *folder = text ? feed_text_line(text, strlen(text), FEED_TEXT_AUTO) : NULL;
            /* A '/' inside a folder name would read as a deeper path. */
            for (char *c = folder; c && *c; c++)
                if (*c == '/')
                    *c = '-';
            P->folders[P->depth - 1] = folder;
            free(text);
        }
        free(xml_url);
    }
}

static void o_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI)
{
    opml_parser *P = ctx;
    (void)localname;
    (void)prefix;
    (void)URI;
    if (P->xb.stop || P->depth == 0)
        return;
    if (P->capturing_title && P->depth == 3) {
        P->capturing_title = 0;
        P->doc->title = feed_text_line(strbuf_cstr(&P->title), P->title.len, FEED_TEXT_AUTO);
    }
    if (P->in_head && P->depth == P->head_depth)
        P->in_head = 0;
    if (P->body_depth && P->depth == P->body_depth)
        P->body_depth = 0;
    free(P->folders[P->depth - 1]);
    P->folders[P->depth - 1] = NULL;
    P->depth--;
}

static void o_chars(void *ctx, const xmlChar *ch, int len)
{
    opml_parser *P = ctx;
    if (P->capturing_title && len > 0 && P->title.len < 4096)
        strbuf_append(&P->title, ch, (size_t)len);
}

void opml_doc_free(opml_doc *doc)
{
    if (!doc)
        return;
    for (size_t i = 0; i < doc->count; i++) {
        free(doc->outlines[i].title);
        free(doc->outlines[i].xml_url);
        free(doc->outlines[i].html_url);
        free(doc->outlines[i].language);
        free(doc->outlines[i].category);
    }
    free(doc->outlines);
    free(doc->title);
    free(doc);
}

int opml_parse(const char *data, size_t len, const char *name, opml_doc **out, sd_err *err)
{
    *out = NULL;
    const char *label = name ? name : "OPML";
    if (!data)
        len = 0;
    if (len > FEED_DEFAULT_MAX_BYTES)
        return sd_err_set(err, "refused: the document is %zu bytes, more than the limit of %u", len,
                          FEED_DEFAULT_MAX_BYTES);
    if (feed_check_not_binary(data, len, err) != 0) {
        sd_err_set(err, "not an OPML document: %s", sd_err_msg(err) + (sd_starts_with(sd_err_msg(err), "not a feed: ") ? 12 : 0));
        return -1;
    }
    charset_result cr;
    if (charset_decode(data, len, CHARSET_DOC_XML, NULL, &cr, err) != 0)
        return -1;
    if (cr.recovered)
        log_warn("%s: charset declared as %s but the bytes are %s", label, cr.declared ? cr.declared : "?",
                 cr.charset);
    const char *p = cr.utf8, *end = cr.utf8 + cr.len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (p == end || *p != '<') {
        charset_result_free(&cr);
        return sd_err_set(err, "not an OPML document: %s", p == end ? "it is empty" : "it is not XML");
    }
    strbuf prepared = STRBUF_INIT;
    int rc = feed_xml_prepare(cr.utf8, cr.len, &prepared, err);
    charset_result_free(&cr);
    if (rc != 0) {
        strbuf_free(&prepared);
        return -1;
    }
    opml_parser P;
    memset(&P, 0, sizeof P);
    P.doc = xcalloc(1, sizeof(opml_doc));
    P.name = label;
    P.max_depth = FEED_DEFAULT_MAX_DEPTH;
    P.folders = xcalloc((size_t)P.max_depth + 1, sizeof(char *));
    strbuf_init(&P.title);
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElementNs = o_start;
    sax.endElementNs = o_end;
    sax.characters = o_chars;
    sax.cdataBlock = o_chars;
    rc = feed_xml_sax_parse(&sax, &P.xb, strbuf_cstr(&prepared), prepared.len);
    strbuf_free(&prepared);
    for (int i = 0; i < P.max_depth + 1; i++)
        free(P.folders[i]);
    free(P.folders);
    strbuf_free(&P.title);
    if (rc != 0)
        sd_err_set(err, "the XML parser could not start");
    else if (P.fatal)
        sd_err_set(err, "%s", P.fatal);
    else if (!P.root_ok)
        sd_err_set(err, "not an OPML document: %s", P.xb.first_error ? P.xb.first_error : "no root element");
    else if (!P.xb.well_formed && P.doc->count == 0)
        sd_err_set(err, "not well-formed XML (%s) and no feed could be read",
                   P.xb.first_error ? P.xb.first_error : "the document ends too early");
    else
        rc = 0;
    if (rc == 0 && !P.fatal && P.root_ok && (P.xb.well_formed || P.doc->count)) {
        if (!P.xb.well_formed)
            log_warn("%s: not well-formed XML (%s): kept the %zu feed%s read", label,
                     P.xb.first_error ? P.xb.first_error : "the document ends too early", P.doc->count,
                     P.doc->count == 1 ? "" : "s");
        if (P.skipped)
            log_warn("%s: %zu outline%s without an http(s) xmlUrl skipped", label, P.skipped,
                     P.skipped == 1 ? "" : "s");
        if (P.capped)
            log_warn("%s: more than %d feeds: the rest were ignored", label, OPML_MAX_OUTLINES);
        *out = P.doc;
        P.doc = NULL;
        free(P.fatal);
        feed_xml_base_free(&P.xb);
        return 0;
    }
    free(P.fatal);
    feed_xml_base_free(&P.xb);
    opml_doc_free(P.doc);
    return -1;
}

/* ---- writing ---- */

static void put_attr(strbuf *sb, const char *name, const char *v)
{
    if (!v)
        return;
    strbuf_printf(sb, " %s=\"", name);
    for (const char *p = v; *p; p++) {
        switch (*p) {
        case '&': strbuf_puts(sb, "&amp;"); break;
        case '<': strbuf_puts(sb, "&lt;"); break;
        case '>': strbuf_puts(sb, "&gt;"); break;
        case '"': strbuf_puts(sb, "&quot;"); break;
        case '\n': strbuf_puts(sb, "&#10;"); break;
        case '\r': strbuf_puts(sb, "&#13;"); break;
        case '\t': strbuf_puts(sb, "&#9;"); break;
        default:
            if ((unsigned char)*p >= 0x20)
                strbuf_putc(sb, *p);
        }
    }
    strbuf_putc(sb, '"');
}

static void put_text(strbuf *sb, const char *v)
{
    for (const char *p = v; *p; p++) {
        if (*p == '&')
            strbuf_puts(sb, "&amp;");
        else if (*p == '<')
            strbuf_puts(sb, "&lt;");
        else if (*p == '>')
            strbuf_puts(sb, "&gt;");
        else if ((unsigned char)*p >= 0x20 || *p == '\t')
            strbuf_putc(sb, *p);
    }
}

/* The category of an outline as a clean path ("Japan/CERT"), "" for none. */
static char *norm_path(const char *c)
{
    if (!c)
        return xstrdup("");
    strbuf sb = STRBUF_INIT;
    const char *p = c;
    while (*p) {
        while (*p == '/')
            p++;
        const char *seg = p;
        while (*p && *p != '/')
            p++;
        char *t = feed_text_line(seg, (size_t)(p - seg), FEED_TEXT_RAW);
        if (t) {
            if (sb.len)
                strbuf_putc(&sb, '/');
            strbuf_puts(&sb, t);
            free(t);
        }
    }
    return strbuf_detach(&sb);
}

static void indent(strbuf *sb, int level)
{
    for (int i = 0; i < level; i++)
        strbuf_append(sb, "  ", 2);
}

/* Emit the outlines whose path is `prefix` and the folders below it, in order of first appearance. */
static void emit_level(strbuf *sb, const opml_outline *o, char **paths, size_t count, const char *prefix, int level)
{
    size_t plen = strlen(prefix);
    char **done = NULL;
    size_t ndone = 0, done_cap = 0;
    for (size_t i = 0; i < count; i++) {
        const char *p = paths[i];
        if (strcmp(p, prefix) == 0) {
            indent(sb, level);
            strbuf_puts(sb, "<outline type=\"rss\"");
            const char *t = o[i].title ? o[i].title : o[i].xml_url;
            put_attr(sb, "text", t);
            put_attr(sb, "title", t);
            put_attr(sb, "xmlUrl", o[i].xml_url);
            put_attr(sb, "htmlUrl", o[i].html_url);
            put_attr(sb, "language", o[i].language);
            strbuf_puts(sb, "/>\n");
            continue;
        }
        const char *rest;
        if (plen == 0)
            rest = p;
        else if (strncmp(p, prefix, plen) == 0 && p[plen] == '/')
            rest = p + plen + 1;
        else
            continue;
        const char *slash = strchr(rest, '/');
        size_t seglen = slash ? (size_t)(slash - rest) : strlen(rest);
        char *seg = xstrndup(rest, seglen);
        int seen = 0;
        for (size_t k = 0; k < ndone; k++)
            if (strcmp(done[k], seg) == 0)
                seen = 1;
        if (seen) {
            free(seg);
            continue;
        }
        done = xgrow(done, &done_cap, ndone + 1, sizeof(char *));
        done[ndone++] = seg;
        char *sub = plen ? xasprintf("%s/%s", prefix, seg) : xstrdup(seg);
        indent(sb, level);
        strbuf_puts(sb, "<outline");
        put_attr(sb, "text", seg);
        put_attr(sb, "title", seg);
        strbuf_puts(sb, ">\n");
        emit_level(sb, o, paths, count, sub, level + 1);
        indent(sb, level);
        strbuf_puts(sb, "</outline>\n");
        free(sub);
    }
    for (size_t k = 0; k < ndone; k++)
        free(done[k]);
    free(done);
}

char *opml_write(const char *title, const opml_outline *outlines, size_t count)
{
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>");
    put_text(&sb, title ? title : "secdigest feeds");
    strbuf_puts(&sb, "</title>\n  </head>\n  <body>\n");
    char **paths = xcalloc(count ? count : 1, sizeof(char *));
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        paths[i] = outlines[i].xml_url ? norm_path(outlines[i].category) : NULL;
    /* Outlines without a URL cannot be written: compact them away. */
    opml_outline *o = xcalloc(count ? count : 1, sizeof(opml_outline));
    char **pp = xcalloc(count ? count : 1, sizeof(char *));
    for (size_t i = 0; i < count; i++) {
        if (!paths[i])
            continue;
        o[n] = outlines[i];
        pp[n] = paths[i];
        n++;
    }
    emit_level(&sb, o, pp, n, "", 2);
    strbuf_puts(&sb, "  </body>\n</opml>\n");
    for (size_t i = 0; i < count; i++)
        free(paths[i]);
    free(paths);
    free(pp);
    free(o);
    return strbuf_detach(&sb);
}
