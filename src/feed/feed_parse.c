/*
 * feed_parse: RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 with libxml2's
 * SAX2 push parser, and the entry point that sends JSON to feed_json.c.
 *
 * One pass, no tree: a stack of frames (one per open element) says what
 * each element is for (root, channel, item, author, a field being captured,
 * or nothing we read) and which xml:base is in effect.  Only the direct
 * children of a channel/feed or an item/entry are fields, which is what
 * keeps an RSS <image><title> or an Atom <source><title> from overwriting
 * the real ones.  Elements are recognised by namespace URI, not prefix; an
 * undeclared prefix that every feed reader knows (dc:, content:...) is
 * accepted as if declared.
 *
 * Links are resolved after the whole document is read, because the last
 * fallback base (the channel's own link) may come after the items.
 */
#include "core/log.h"
#include "core/timeutil.h"
#include "feed/feed_internal.h"
#include "text/markup.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- namespaces ----------------------------------------------------------- */

enum ns_id {
    NS_NONE = 0,
    NS_ATOM1,
    NS_ATOM03,
    NS_RSS1,
    NS_RSS090,
    NS_RSS2U, /* RSS 2.0 with a (non-standard) namespace */
    NS_RDF,
    NS_DC,
    NS_DCTERMS,
    NS_CONTENT,
    NS_SY,
    NS_XHTML,
    NS_ITUNES,
    NS_XML,
    NS_OTHER,
};

/* URIs without scheme and without trailing '/' or '#': feeds vary in both. */
static const struct {
    const char *uri;
    enum ns_id id;
} ns_table[] = {
    {"www.w3.org/2005/Atom", NS_ATOM1},
    {"purl.org/atom/ns", NS_ATOM03},
    {"purl.org/rss/1.0", NS_RSS1},
    {"my.netscape.com/rdf/simple/0.9", NS_RSS090},
    {"backend.userland.com/rss2", NS_RSS2U},
    {"backend.userland.com/rss", NS_RSS2U},
    {"blogs.law.harvard.edu/tech/rss", NS_RSS2U},
    {"www.w3.org/1999/02/22-rdf-syntax-ns", NS_RDF},
    {"purl.org/dc/elements/1.1", NS_DC},
    {"purl.org/dc/terms", NS_DCTERMS},
    {"purl.org/rss/1.0/modules/content", NS_CONTENT},
    {"purl.org/rss/1.0/modules/syndication", NS_SY},
    {"www.w3.org/1999/xhtml", NS_XHTML},
    {"www.itunes.com/dtds/podcast-1.0.dtd", NS_ITUNES},
    {"www.w3.org/XML/1998/namespace", NS_XML},
};

static const struct {
    const char *prefix;
    enum ns_id id;
} known_prefixes[] = {
    {"atom", NS_ATOM1}, {"dc", NS_DC}, {"dcterms", NS_DCTERMS}, {"content", NS_CONTENT},
    {"sy", NS_SY},      {"rdf", NS_RDF}, {"xhtml", NS_XHTML},    {"itunes", NS_ITUNES},
};

static enum ns_id ns_lookup(const char *uri)
{
    if (strncmp(uri, "http://", 7) == 0)
        uri += 7;
    else if (strncmp(uri, "https://", 8) == 0)
        uri += 8;
    size_t n = strlen(uri);
    while (n && (uri[n - 1] == '/' || uri[n - 1] == '#'))
        n--;
    for (size_t i = 0; i < SD_ARRAY_LEN(ns_table); i++)
        if (strlen(ns_table[i].uri) == n && memcmp(ns_table[i].uri, uri, n) == 0)
            return ns_table[i].id;
    return NS_OTHER;
}

/* ---- parser state ------------------------------------------------------------ */

enum role {
    R_NONE = 0, /* not a parent of anything we read */
    R_ROOT,     /* <rss>, <rdf:RDF> */
    R_CHANNEL,  /* <channel>, Atom <feed> */
    R_ITEM,     /* <item>, <entry> */
    R_AUTHOR,   /* Atom <author> */
    R_FIELD,
};

enum field {
    F_NONE = 0,
    F_TITLE,
    F_DC_TITLE,
    F_LINK,
    F_ID,
    F_GUID,
    F_SUMMARY,
    F_DC_DESCRIPTION,
    F_CONTENT,
    F_XHTML_BODY,
    F_DATE_PUB,      /* pubDate, atom:published */
    F_DATE_DC,       /* dc:date */
    F_DATE_ISSUED,   /* Atom 0.3 issued */
    F_DATE_CREATED,  /* Atom 0.3 created, dcterms:created */
    F_DATE_UPDATED,  /* atom:updated, Atom 0.3 modified */
    F_DATE_MODIFIED, /* dcterms:modified */
    F_DATE_BUILD,    /* lastBuildDate */
    F_AUTHOR_RSS,
    F_CREATOR,
    F_AUTHOR_NAME,
    F_CATEGORY,
    F_LANGUAGE,
    F_TTL,
    F_SY_PERIOD,
    F_SY_FREQUENCY,
};

typedef struct frame {
    char *base;        /* xml:base in effect (absolute, or relative if nothing better was known) */
    unsigned char role;
    unsigned char own_base;
} frame;

typedef struct pending_link {
    char *link; /* as written */
    char *base; /* xml:base in effect where it was written, or NULL */
} pending_link;

typedef struct item_state {
    feed_item it;
    char *link;
    char *link_base;
    int link_rank;
    int guid_permalink;
    char *guid;
    char *about;
    int pub_prio, upd_prio;
    char *bad_date;
    strbuf authors;
    char *title_dc;
    char *summary_dc;
} item_state;

typedef struct parser {
    feed_xml_base xb; /* must be first */
    feed_doc *doc;
    const feed_parse_opts *opts;
    int max_depth;
    size_t max_items;
    frame *stack;
    int depth;
    /* what the document is */
    int root_seen;
    int atom;        /* Atom 0.3/1.0 vocabulary */
    char *fatal;     /* a message that ends the parse with an error */
    int items_capped;
    /* namespace URI cache: libxml2 hands out interned strings */
    const xmlChar *ns_cache_ptr[8];
    unsigned char ns_cache_id[8];
    unsigned ns_cache_next;
    /* the item being read */
    int in_item;
    size_t items_seen; /* item elements started, kept or not */
    item_state cur;
    /* channel-level values */
    item_state chan;
    char *sy_period;
    long sy_frequency;
    char *root_lang;
    /* the field being captured */
    int capturing;
    int cap_depth;
    enum field cap_field;
    enum feed_text_kind cap_kind;
    int cap_base64;
    int cap_children;
    int cap_owner_item; /* 1: item, 0: channel */
    int cap_owner_author;
    int cap_truncated;
    strbuf cap;
    /* links to resolve at the end, one per item */
    pending_link *links;
    size_t links_cap;
} parser;

static void stop_with(parser *P, char *msg)
{
    if (!P->fatal)
        P->fatal = msg;
    else
        free(msg);
    P->xb.stop = 1;
    if (P->xb.ctxt)
        xmlStopParser(P->xb.ctxt);
}

static enum ns_id ns_of(parser *P, const xmlChar *uri, const xmlChar *prefix)
{
    if (!uri) {
        if (!prefix)
            return NS_NONE;
        for (size_t i = 0; i < SD_ARRAY_LEN(known_prefixes); i++)
            if (strcmp((const char *)prefix, known_prefixes[i].prefix) == 0)
                return known_prefixes[i].id;
        return NS_OTHER;
    }
    for (unsigned i = 0; i < 8; i++)
        if (P->ns_cache_ptr[i] == uri)
            return (enum ns_id)P->ns_cache_id[i];
    enum ns_id id = ns_lookup((const char *)uri);
    unsigned slot = P->ns_cache_next++ & 7;
    P->ns_cache_ptr[slot] = uri;
    P->ns_cache_id[slot] = (unsigned char)id;
    return id;
}

static int is_rss_ns(enum ns_id ns) { return ns == NS_NONE || ns == NS_RSS1 || ns == NS_RSS090 || ns == NS_RSS2U; }

static int is_atom_ns(const parser *P, enum ns_id ns)
{
    return ns == NS_ATOM1 || ns == NS_ATOM03 || (P->atom && ns == NS_NONE);
}

static int name_is(const xmlChar *a, const char *b) { return strcmp((const char *)a, b) == 0; }

/* The value of a non-namespaced attribute, as a new string (NULL if absent). */
static char *attr_get(const xmlChar **attrs, int n, const char *name)
{
    for (int i = 0; i < n; i++) {
        const xmlChar **a = attrs + 5 * i;
        if (a[2] == NULL && name_is(a[0], name))
            return feed_xml_attr_dup(a[3], a[4]);
    }
    return NULL;
}

static char *attr_get_ns(const xmlChar **attrs, int n, const char *name, parser *P, enum ns_id ns)
{
    for (int i = 0; i < n; i++) {
        const xmlChar **a = attrs + 5 * i;
        if (name_is(a[0], name) && ns_of(P, a[2], a[1]) == ns)
            return feed_xml_attr_dup(a[3], a[4]);
    }
    return NULL;
}

static void item_state_init(item_state *s)
{
    memset(s, 0, sizeof *s);
    s->it.published = SD_TIME_NONE;
    s->it.updated = SD_TIME_NONE;
    s->guid_permalink = 1;
    strbuf_init(&s->authors);
}

static void item_state_free(item_state *s)
{
    feed_item_clear(&s->it);
    free(s->link);
    free(s->link_base);
    free(s->guid);
    free(s->about);
    free(s->bad_date);
    free(s->title_dc);
    free(s->summary_dc);
    strbuf_free(&s->authors);
    item_state_init(s);
}

static void set_link(item_state *s, char *link, const char *base, int rank)
{
    if (!link)
        return;
    if (rank <= s->link_rank) {
        free(link);
        return;
    }
    free(s->link);
    free(s->link_base);
    s->link = link;
    s->link_base = xstrdup(base);
    s->link_rank = rank;
}

static void add_author(item_state *s, char *name)
{
    if (!name)
        return;
    /* Skip a name already there (dc:creator and author often repeat). */
    const char *hay = strbuf_cstr(&s->authors);
    size_t n = strlen(name);
    for (const char *h = strstr(hay, name); h; h = strstr(h + 1, name)) {
        if ((h == hay || (h >= hay + 2 && h[-2] == ',')) && (h[n] == '\0' || h[n] == ','))
            goto done;
    }
    if (s->authors.len)
        strbuf_append(&s->authors, ", ", 2);
    strbuf_append(&s->authors, name, n);
done:
    free(name);
}

/* ---- xml:base ---------------------------------------------------------------- */

#include "text/url.h"

static void apply_xml_base(parser *P, frame *f, const char *value, size_t n)
{
    char *v = feed_clean_url(value, n);
    if (!v)
        return;
    char *nb = NULL;
    const char *parent = f->base;
    if (feed_url_is_absolute(v)) {
        nb = v;
        v = NULL;
    } else if (parent && feed_url_is_absolute(parent)) {
        nb = url_resolve(parent, v);
    } else if (!parent && P->opts->url && feed_url_is_absolute(P->opts->url)) {
        nb = url_resolve(P->opts->url, v);
    }
    if (!nb) {
        /* Relative and nothing to resolve it against yet: the channel link may do at the end. */
        nb = v;
        v = NULL;
    }
    free(v);
    f->base = nb;
    f->own_base = 1;
}

/* ---- capture ------------------------------------------------------------------- */

static const char *const void_elements[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                            "link", "meta", "param", "source", "track", "wbr"};

static int is_void(const xmlChar *name)
{
    for (size_t i = 0; i < SD_ARRAY_LEN(void_elements); i++)
        if (name_is(name, void_elements[i]))
            return 1;
    return 0;
}

static void begin_capture(parser *P, enum field f, enum feed_text_kind kind, int owner_item)
{
    if (f == F_NONE)
        return; /* a field we do not keep: its children are ignored anyway */
    P->capturing = 1;
    P->cap_depth = P->depth;
    P->cap_field = f;
    P->cap_kind = kind;
    P->cap_base64 = 0;
    P->cap_children = 0;
    P->cap_owner_item = owner_item;
    P->cap_owner_author = 0;
    P->cap_truncated = 0;
    strbuf_reset(&P->cap);
    P->stack[P->depth - 1].role = R_FIELD;
}

static void cap_append(parser *P, const char *s, size_t n)
{
    if (P->cap.len + n > FEED_MAX_FIELD_BYTES) {
        P->cap_truncated = 1;
        return;
    }
    strbuf_append(&P->cap, s, n);
}

static void cap_append_escaped(parser *P, const char *s, size_t n)
{
    const char *run = s, *end = s + n;
    for (const char *p = s; p < end; p++) {
        const char *rep = NULL;
        if (*p == '&')
            rep = "&amp;";
        else if (*p == '<')
            rep = "&lt;";
        else if (*p == '>')
            rep = "&gt;";
        if (rep) {
            cap_append(P, run, (size_t)(p - run));
            cap_append(P, rep, strlen(rep));
            run = p + 1;
        }
    }
    cap_append(P, run, (size_t)(end - run));
}

/* Atom's type (and 0.3's mode) of a text construct. */
static int atom_kind(parser *P, const xmlChar **attrs, int n, enum feed_text_kind *kind, int *base64)
{
    char *type = attr_get(attrs, n, "type");
    char *mode = attr_get(attrs, n, "mode");
    int ok = 1;
    *base64 = mode && strcmp(mode, "base64") == 0;
    int escaped = mode && strcmp(mode, "escaped") == 0;
    int is03 = P->doc->format == FEED_FORMAT_ATOM03;
    if (!type || strcmp(type, "text") == 0 || strcmp(type, "text/plain") == 0) {
        *kind = FEED_TEXT_PLAIN;
    } else if (strcmp(type, "html") == 0 || strcmp(type, "text/html") == 0) {
        *kind = (is03 && !escaped && !*base64) ? FEED_TEXT_XHTML : FEED_TEXT_HTML;
    } else if (strcmp(type, "xhtml") == 0 || strcmp(type, "application/xhtml+xml") == 0) {
        *kind = (escaped || *base64) ? FEED_TEXT_HTML : FEED_TEXT_XHTML;
    } else if (strncmp(type, "text/", 5) == 0) {
        *kind = FEED_TEXT_PLAIN;
    } else {
        ok = 0; /* an image, a binary: nothing to read as text */
    }
    free(type);
    free(mode);
    return ok;
}

static char *base64_decode(const char *s, size_t n)
{
    static const signed char tab[256] = {
        ['A'] = 1,  ['B'] = 2,  ['C'] = 3,  ['D'] = 4,  ['E'] = 5,  ['F'] = 6,  ['G'] = 7,  ['H'] = 8,
        ['I'] = 9,  ['J'] = 10, ['K'] = 11, ['L'] = 12, ['M'] = 13, ['N'] = 14, ['O'] = 15, ['P'] = 16,
        ['Q'] = 17, ['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21, ['V'] = 22, ['W'] = 23, ['X'] = 24,
        ['Y'] = 25, ['Z'] = 26, ['a'] = 27, ['b'] = 28, ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32,
        ['g'] = 33, ['h'] = 34, ['i'] = 35, ['j'] = 36, ['k'] = 37, ['l'] = 38, ['m'] = 39, ['n'] = 40,
        ['o'] = 41, ['p'] = 42, ['q'] = 43, ['r'] = 44, ['s'] = 45, ['t'] = 46, ['u'] = 47, ['v'] = 48,
        ['w'] = 49, ['x'] = 50, ['y'] = 51, ['z'] = 52, ['0'] = 53, ['1'] = 54, ['2'] = 55, ['3'] = 56,
        ['4'] = 57, ['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62, ['+'] = 63, ['/'] = 64,
    };
    strbuf sb = STRBUF_INIT;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        int v = tab[(unsigned char)s[i]];
        if (!v)
            continue;
        acc = (acc << 6) | (uint32_t)(v - 1);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            strbuf_putc(&sb, (char)((acc >> bits) & 0xFF));
        }
    }
    char *r = strbuf_detach(&sb);
    if (!charset_is_utf8(r, strlen(r))) {
        free(r);
        return NULL;
    }
    return r;
}

/* Undo cap_append_escaped: XHTML that turned out to hold no element at all. */
static char *unescape_basic(const char *s, size_t n)
{
    strbuf sb = STRBUF_INIT;
    strbuf_grow(&sb, n + 1);
    sb.data[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '&') {
            if (n - i >= 5 && memcmp(s + i, "&amp;", 5) == 0) {
                strbuf_putc(&sb, '&');
                i += 4;
                continue;
            }
            if (n - i >= 4 && memcmp(s + i, "&lt;", 4) == 0) {
                strbuf_putc(&sb, '<');
                i += 3;
                continue;
            }
            if (n - i >= 4 && memcmp(s + i, "&gt;", 4) == 0) {
                strbuf_putc(&sb, '>');
                i += 3;
                continue;
            }
        }
        strbuf_putc(&sb, s[i]);
    }
    return strbuf_detach(&sb);
}

static void set_date(parser *P, item_state *s, const char *raw, int which, int prio)
{
    int64_t t;
    if (feed_date_parse(raw, &t) != 0) {
        if (!s->bad_date)
            s->bad_date = xstrdup(raw);
        return;
    }
    if (t < 0) { /* before 1970: a placeholder, not a date */
        if (!s->bad_date)
            s->bad_date = xstrdup(raw);
        return;
    }
    (void)P;
    if (which == 0 && prio > s->pub_prio) {
        s->it.published = t;
        s->pub_prio = prio;
    } else if (which == 1 && prio > s->upd_prio) {
        s->it.updated = t;
        s->upd_prio = prio;
    }
}

static void end_capture(parser *P)
{
    P->capturing = 0;
    item_state *s = P->cap_owner_item ? &P->cur : &P->chan;
    const char *txt = strbuf_cstr(&P->cap);
    size_t n = P->cap.len;
    enum feed_text_kind kind = P->cap_kind;
    char *tmp = NULL;
    if (P->cap_base64) {
        tmp = base64_decode(txt, n);
        if (!tmp)
            return;
        txt = tmp;
        n = strlen(tmp);
    } else if (kind == FEED_TEXT_XHTML && P->cap_children == 0) {
        /* Labelled as inline XHTML but holding only text: escaped HTML after all. */
        tmp = unescape_basic(txt, n);
        txt = tmp;
        n = strlen(tmp);
        kind = FEED_TEXT_AUTO;
    }
    if (P->cap_truncated)
        feed_doc_warn(P->doc, "a field longer than %u bytes was cut", FEED_MAX_FIELD_BYTES);
    char *raw = NULL;
    switch (P->cap_field) {
    case F_TITLE:
        if (!s->it.title)
            s->it.title = feed_text_line(txt, n, kind);
        break;
    case F_DC_TITLE:
        if (!s->title_dc)
            s->title_dc = feed_text_line(txt, n, kind);
        break;
    case F_LINK:
        set_link(s, feed_clean_url(txt, n), P->stack[P->depth - 1].base, 40);
        break;
    case F_ID:
        if (!s->it.id)
            s->it.id = feed_text_line(txt, n, FEED_TEXT_RAW);
        break;
    case F_GUID:
        if (!s->guid)
            s->guid = feed_text_line(txt, n, FEED_TEXT_RAW);
        break;
    case F_SUMMARY:
        if (!s->it.summary)
            s->it.summary = feed_text_block(txt, n, kind);
        break;
    case F_DC_DESCRIPTION:
        if (!s->summary_dc)
            s->summary_dc = feed_text_block(txt, n, kind);
        break;
    case F_CONTENT:
    case F_XHTML_BODY:
        if (!s->it.content)
            s->it.content = feed_text_block(txt, n, kind);
        break;
    case F_DATE_PUB:
    case F_DATE_DC:
    case F_DATE_ISSUED:
    case F_DATE_CREATED:
    case F_DATE_UPDATED:
    case F_DATE_MODIFIED:
    case F_DATE_BUILD:
        raw = feed_text_line(txt, n, FEED_TEXT_RAW);
        if (raw) {
            static const struct {
                enum field f;
                int which, prio;
            } dm[] = {
                {F_DATE_PUB, 0, 5},     {F_DATE_DC, 0, 4},      {F_DATE_ISSUED, 0, 4},
                {F_DATE_CREATED, 0, 2}, {F_DATE_UPDATED, 1, 5}, {F_DATE_MODIFIED, 1, 4},
                {F_DATE_BUILD, 1, 6},
            };
            for (size_t i = 0; i < SD_ARRAY_LEN(dm); i++)
                if (dm[i].f == P->cap_field)
                    set_date(P, s, raw, dm[i].which, dm[i].prio);
        }
        break;
    case F_AUTHOR_RSS:
        raw = feed_text_line(txt, n, FEED_TEXT_AUTO);
        if (raw)
            add_author(s, feed_author_name(raw));
        break;
    case F_CREATOR:
    case F_AUTHOR_NAME:
        add_author(s, feed_text_line(txt, n, FEED_TEXT_AUTO));
        break;
    case F_CATEGORY:
        feed_item_add_category(&s->it, feed_text_line(txt, n, FEED_TEXT_AUTO));
        break;
    case F_LANGUAGE:
        if (!P->doc->language)
            P->doc->language = feed_text_line(txt, n, FEED_TEXT_RAW);
        break;
    case F_TTL:
        raw = feed_text_line(txt, n, FEED_TEXT_RAW);
        if (raw) {
            char *e;
            long v = strtol(raw, &e, 10);
            if (*e == '\0' && v > 0 && v <= 525600)
                P->doc->ttl_minutes = (int)v;
        }
        break;
    case F_SY_PERIOD:
        if (!P->sy_period)
            P->sy_period = feed_text_line(txt, n, FEED_TEXT_RAW);
        break;
    case F_SY_FREQUENCY:
        raw = feed_text_line(txt, n, FEED_TEXT_RAW);
        if (raw) {
            char *e;
            long v = strtol(raw, &e, 10);
            if (*e == '\0' && v > 0 && v <= 100000)
                P->sy_frequency = v;
        }
        break;
    case F_NONE:
        break;
    }
    free(raw);
    free(tmp);
}

/* ---- items --------------------------------------------------------------------- */

static void start_item(parser *P, const xmlChar **attrs, int nattrs)
{
    if (P->doc->nitems >= P->max_items) {
        P->items_capped = 1;
        P->xb.stop = 1;
        xmlStopParser(P->xb.ctxt);
        return;
    }
    item_state_free(&P->cur);
    P->in_item = 1;
    P->items_seen++;
    P->cur.about = attr_get_ns(attrs, nattrs, "about", P, NS_RDF);
    if (!P->cur.about)
        P->cur.about = attr_get(attrs, nattrs, "about");
}

static int is_http(const char *s)
{
    return s && (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0);
}

static void end_item(parser *P)
{
    item_state *s = &P->cur;
    P->in_item = 0;
    feed_item *it = &s->it;
    if (!it->title && s->title_dc) {
        it->title = s->title_dc;
        s->title_dc = NULL;
    }
    if (!it->summary && s->summary_dc) {
        it->summary = s->summary_dc;
        s->summary_dc = NULL;
    }
    if (s->guid && !it->id) {
        it->id = s->guid;
        s->guid = NULL;
        /* A guid is the item's link when it says so (the default) and is a URL. */
        if (!s->link && s->guid_permalink && is_http(it->id))
            set_link(s, xstrdup(it->id), NULL, 1);
    }
    if (!it->id && s->about) {
        it->id = s->about;
        s->about = NULL;
        if (!s->link && is_http(it->id))
            set_link(s, xstrdup(it->id), NULL, 1);
    }
    if (s->authors.len) {
        it->author = strbuf_detach(&s->authors);
    }
    if (!it->title && !s->link && !it->summary && !it->content && !it->id) {
        feed_doc_warn(P->doc, "item #%zu has no title, link, id or text: skipped", P->items_seen);
        item_state_free(s);
        return;
    }
    if (s->bad_date) {
        char *label = feed_item_label(it, P->doc->nitems);
        feed_doc_warn(P->doc, "%s: date \"%.80s\" not understood", label, s->bad_date);
        free(label);
    }
    feed_item *slot = feed_doc_add_item(P->doc);
    *slot = *it;
    memset(it, 0, sizeof *it);
    P->links = xgrow(P->links, &P->links_cap, P->doc->nitems, sizeof(pending_link));
    P->links[P->doc->nitems - 1].link = s->link;
    P->links[P->doc->nitems - 1].base = s->link_base;
    s->link = NULL;
    s->link_base = NULL;
    item_state_free(s);
}

/* ---- SAX callbacks ---------------------------------------------------------------- */

static void start_root(parser *P, const xmlChar *name, enum ns_id ns, const xmlChar **attrs, int nattrs, frame *f)
{
    feed_doc *doc = P->doc;
    if (name_is(name, "rss") && (ns == NS_NONE || ns == NS_RSS2U)) {
        char *ver = attr_get(attrs, nattrs, "version");
        doc->format = ver && strncmp(ver, "0.9", 3) == 0 ? FEED_FORMAT_RSS09 : FEED_FORMAT_RSS2;
        free(ver);
        f->role = R_ROOT;
    } else if (name_is(name, "RDF") && (ns == NS_RDF || ns == NS_NONE)) {
        doc->format = FEED_FORMAT_RSS1;
        f->role = R_ROOT;
    } else if (name_is(name, "feed") && (ns == NS_ATOM1 || ns == NS_ATOM03 || ns == NS_NONE)) {
        char *ver = attr_get(attrs, nattrs, "version");
        doc->format = ns == NS_ATOM03 || (ns == NS_NONE && ver && strcmp(ver, "0.3") == 0) ? FEED_FORMAT_ATOM03
                                                                                          : FEED_FORMAT_ATOM1;
        free(ver);
        P->atom = 1;
        f->role = R_CHANNEL;
    } else if (name_is(name, "channel") && ns == NS_NONE) {
        doc->format = FEED_FORMAT_RSS09; /* a bare channel: very old RSS */
        f->role = R_CHANNEL;
    } else if (name_is(name, "opml")) {
        stop_with(P, xstrdup("not a feed: this is an OPML feed list (use 'secdigest feeds import')"));
    } else if (name_is(name, "html") || ns == NS_XHTML) {
        stop_with(P, xstrdup("not a feed: an HTML page"));
    } else {
        stop_with(P, xasprintf("not a feed: the root element is <%s>, not <rss>, <rdf:RDF> or <feed>",
                               (const char *)name));
    }
}

static void start_field_common(parser *P, const xmlChar *name, enum ns_id ns, const xmlChar **attrs, int nattrs,
                               frame *f, int item)
{
    item_state *s = item ? &P->cur : &P->chan;
    enum feed_text_kind kind;
    int b64 = 0;
    (void)f;
    if (P->atom ? is_atom_ns(P, ns) : (ns == NS_ATOM1 || ns == NS_ATOM03)) {
        /* Atom vocabulary (also atom:link and friends inside RSS). */
        if (name_is(name, "link")) {
            char *href = attr_get(attrs, nattrs, "href");
            char *rel = attr_get(attrs, nattrs, "rel");
            char *type = attr_get(attrs, nattrs, "type");
            int rank = 0;
            if (!rel || strcmp(rel, "alternate") == 0)
                rank = (!type || strstr(type, "html")) ? 30 : 20;
            else if (strcmp(rel, "related") == 0 || strcmp(rel, "via") == 0)
                rank = 5;
            if (!P->atom && rank)
                rank = rank / 3; /* in RSS, <link> comes first */
            if (rank && href)
                set_link(s, feed_clean_url(href, strlen(href)), P->stack[P->depth - 1].base, rank);
            free(href);
            free(rel);
            free(type);
            return;
        }
        if (!P->atom)
            return; /* atom:link is what RSS feeds borrow; the rest is not worth mixing in */
        if (name_is(name, "title")) {
            if (atom_kind(P, attrs, nattrs, &kind, &b64)) {
                begin_capture(P, F_TITLE, kind, item);
                P->cap_base64 = b64;
            }
        } else if (name_is(name, "id")) {
            begin_capture(P, F_ID, FEED_TEXT_RAW, item);
        } else if (name_is(name, "summary")) {
            if (atom_kind(P, attrs, nattrs, &kind, &b64)) {
                begin_capture(P, F_SUMMARY, kind, item);
                P->cap_base64 = b64;
            }
        } else if (name_is(name, "content")) {
            char *src = attr_get(attrs, nattrs, "src");
            if (!src && atom_kind(P, attrs, nattrs, &kind, &b64)) {
                begin_capture(P, F_CONTENT, kind, item);
                P->cap_base64 = b64;
            }
            free(src);
        } else if (name_is(name, "published") || name_is(name, "issued")) {
            begin_capture(P, name[0] == 'p' ? F_DATE_PUB : F_DATE_ISSUED, FEED_TEXT_RAW, item);
        } else if (name_is(name, "updated") || name_is(name, "modified")) {
            begin_capture(P, F_DATE_UPDATED, FEED_TEXT_RAW, item);
        } else if (name_is(name, "created")) {
            begin_capture(P, F_DATE_CREATED, FEED_TEXT_RAW, item);
        } else if (name_is(name, "author")) {
            P->stack[P->depth - 1].role = R_AUTHOR;
        } else if (name_is(name, "category")) {
            char *label = attr_get(attrs, nattrs, "label");
            char *term = attr_get(attrs, nattrs, "term");
            const char *v = label && *label ? label : term;
            if (v)
                feed_item_add_category(&s->it, feed_text_line(v, strlen(v), FEED_TEXT_AUTO));
            free(label);
            free(term);
        } else if (!item && name_is(name, "entry")) {
            /* handled by the caller */
        }
        return;
    }
    if (!P->atom && is_rss_ns(ns)) {
        if (name_is(name, "title"))
            begin_capture(P, F_TITLE, FEED_TEXT_AUTO, item);
        else if (name_is(name, "link"))
            begin_capture(P, F_LINK, FEED_TEXT_RAW, item);
        else if (name_is(name, "description"))
            begin_capture(P, item ? F_SUMMARY : F_NONE, FEED_TEXT_AUTO, item);
        else if (name_is(name, "pubDate"))
            begin_capture(P, item ? F_DATE_PUB : F_DATE_UPDATED, FEED_TEXT_RAW, item);
        else if (!item && name_is(name, "lastBuildDate"))
            begin_capture(P, F_DATE_BUILD, FEED_TEXT_RAW, item);
        else if (item && name_is(name, "guid")) {
            char *pl = attr_get(attrs, nattrs, "isPermaLink");
            s->guid_permalink = !(pl && (strcmp(pl, "false") == 0 || strcmp(pl, "no") == 0));
            free(pl);
            begin_capture(P, F_GUID, FEED_TEXT_RAW, item);
        } else if (item && name_is(name, "author"))
            begin_capture(P, F_AUTHOR_RSS, FEED_TEXT_AUTO, item);
        else if (item && name_is(name, "category"))
            begin_capture(P, F_CATEGORY, FEED_TEXT_AUTO, item);
        else if (!item && name_is(name, "language"))
            begin_capture(P, F_LANGUAGE, FEED_TEXT_RAW, item);
        else if (!item && name_is(name, "ttl"))
            begin_capture(P, F_TTL, FEED_TEXT_RAW, item);
        return;
    }
    switch (ns) {
    case NS_DC:
        if (name_is(name, "date"))
            begin_capture(P, F_DATE_DC, FEED_TEXT_RAW, item);
        else if (name_is(name, "creator") || name_is(name, "contributor"))
            begin_capture(P, name[1] == 'r' ? F_CREATOR : F_NONE, FEED_TEXT_AUTO, item);
        else if (name_is(name, "subject"))
            begin_capture(P, F_CATEGORY, FEED_TEXT_AUTO, item);
        else if (name_is(name, "title"))
            begin_capture(P, F_DC_TITLE, FEED_TEXT_AUTO, item);
        else if (name_is(name, "description"))
            begin_capture(P, item ? F_DC_DESCRIPTION : F_NONE, FEED_TEXT_AUTO, item);
        else if (name_is(name, "language"))
            begin_capture(P, item ? F_NONE : F_LANGUAGE, FEED_TEXT_RAW, item);
        else if (name_is(name, "identifier") && item)
            begin_capture(P, F_GUID, FEED_TEXT_RAW, item);
        break;
    case NS_DCTERMS:
        if (name_is(name, "modified"))
            begin_capture(P, F_DATE_MODIFIED, FEED_TEXT_RAW, item);
        else if (name_is(name, "created") || name_is(name, "issued"))
            begin_capture(P, F_DATE_CREATED, FEED_TEXT_RAW, item);
        break;
    case NS_CONTENT:
        if (item && name_is(name, "encoded"))
            begin_capture(P, F_CONTENT, FEED_TEXT_HTML, item);
        break;
    case NS_XHTML:
        if (item && name_is(name, "body"))
            begin_capture(P, F_XHTML_BODY, FEED_TEXT_XHTML, item);
        break;
    case NS_SY:
        if (!item && name_is(name, "updatePeriod"))
            begin_capture(P, F_SY_PERIOD, FEED_TEXT_RAW, item);
        else if (!item && name_is(name, "updateFrequency"))
            begin_capture(P, F_SY_FREQUENCY, FEED_TEXT_RAW, item);
        break;
    case NS_ITUNES:
        if (item && name_is(name, "author"))
            begin_capture(P, F_CREATOR, FEED_TEXT_AUTO, item);
        break;
    default:
        break;
    }
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes)
{
    parser *P = ctx;
    (void)nb_namespaces;
    (void)namespaces;
    (void)nb_defaulted;
    if (P->xb.stop)
        return;
    if (P->depth >= P->max_depth) {
        stop_with(P, xasprintf("refused: elements nested deeper than %d levels", P->max_depth));
        return;
    }
    frame *f = &P->stack[P->depth];
    f->base = P->depth ? P->stack[P->depth - 1].base : NULL;
    f->own_base = 0;
    f->role = R_NONE;
    P->depth++;
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar **a = attributes + 5 * i;
        size_t n = (size_t)(a[4] - a[3]);
        if (n > FEED_MAX_ATTR_BYTES) {
            stop_with(P, xasprintf("refused: an attribute value of %zu bytes on <%s> (the limit is %u)", n,
                                   (const char *)localname, FEED_MAX_ATTR_BYTES));
            return;
        }
        if (a[2] && a[1] && name_is(a[1], "xml")) {
            if (name_is(a[0], "base")) {
                char *v = feed_xml_attr_dup(a[3], a[4]);
                apply_xml_base(P, f, v, strlen(v));
                free(v);
            } else if (name_is(a[0], "lang") && P->depth == 1 && !P->root_lang) {
                P->root_lang = feed_xml_attr_dup(a[3], a[4]);
            }
        }
    }
    if (P->capturing) {
        if (P->cap_kind == FEED_TEXT_XHTML || P->cap_kind == FEED_TEXT_HTML || P->cap_kind == FEED_TEXT_AUTO) {
            P->cap_children++;
            cap_append(P, "<", 1);
            cap_append(P, (const char *)localname, strlen((const char *)localname));
            cap_append(P, ">", 1);
        }
        return;
    }
    enum ns_id ns = ns_of(P, URI, prefix);
    if (P->depth == 1) {
        P->root_seen = 1;
        start_root(P, localname, ns, attributes, nb_attributes, f);
        return;
    }
    unsigned char prole = P->stack[P->depth - 2].role;
    switch (prole) {
    case R_ROOT:
        if (name_is(localname, "channel") && is_rss_ns(ns)) {
            f->role = R_CHANNEL;
            if (ns == NS_RSS090)
                P->doc->format = FEED_FORMAT_RSS09;
        } else if (name_is(localname, "item") && is_rss_ns(ns)) {
            f->role = R_ITEM;
            start_item(P, attributes, nb_attributes);
        }
        break;
    case R_CHANNEL:
        if ((P->atom && name_is(localname, "entry") && is_atom_ns(P, ns)) ||
            (!P->atom && name_is(localname, "item") && is_rss_ns(ns))) {
            f->role = R_ITEM;
            start_item(P, attributes, nb_attributes);
            break;
        }
        start_field_common(P, localname, ns, attributes, nb_attributes, f, 0);
        break;
    case R_ITEM:
        start_field_common(P, localname, ns, attributes, nb_attributes, f, 1);
        break;
    case R_AUTHOR:
        if (name_is(localname, "name") && is_atom_ns(P, ns)) {
            int item = P->in_item;
            begin_capture(P, F_AUTHOR_NAME, FEED_TEXT_PLAIN, item);
        }
        break;
    default:
        break;
    }
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI)
{
    parser *P = ctx;
    (void)prefix;
    (void)URI;
    if (P->xb.stop || P->depth == 0)
        return;
    frame *f = &P->stack[P->depth - 1];
    if (P->capturing) {
        if (P->depth == P->cap_depth) {
            end_capture(P);
        } else if ((P->cap_kind == FEED_TEXT_XHTML || P->cap_kind == FEED_TEXT_HTML ||
                    P->cap_kind == FEED_TEXT_AUTO) &&
                   !is_void(localname)) {
            cap_append(P, "</", 2);
            cap_append(P, (const char *)localname, strlen((const char *)localname));
            cap_append(P, ">", 1);
        }
    } else if (f->role == R_ITEM && P->in_item) {
        end_item(P);
    }
    if (f->own_base)
        free(f->base);
    f->base = NULL;
    f->own_base = 0;
    P->depth--;
}

static void on_chars(void *ctx, const xmlChar *ch, int len)
{
    parser *P = ctx;
    if (!P->capturing || len <= 0)
        return;
    if (P->cap_kind == FEED_TEXT_XHTML)
        cap_append_escaped(P, (const char *)ch, (size_t)len);
    else
        cap_append(P, (const char *)ch, (size_t)len);
}

/* ---- after the document ------------------------------------------------------------ */

static int period_minutes(const char *p)
{
    if (!p)
        return 0;
    if (strcmp(p, "hourly") == 0)
        return 60;
    if (strcmp(p, "daily") == 0)
        return 1440;
    if (strcmp(p, "weekly") == 0)
        return 10080;
    if (strcmp(p, "monthly") == 0)
        return 43200;
    if (strcmp(p, "yearly") == 0)
        return 525600;
    return 0;
}

static void finish_doc(parser *P)
{
    feed_doc *doc = P->doc;
    item_state *c = &P->chan;
    doc->title = c->it.title ? c->it.title : c->title_dc;
    if (c->it.title) {
        c->it.title = NULL;
        free(c->title_dc);
    }
    c->title_dc = NULL;
    if (c->it.updated != SD_TIME_NONE)
        doc->updated = c->it.updated;
    else if (c->it.published != SD_TIME_NONE)
        doc->updated = c->it.published;
    if (c->bad_date)
        feed_doc_warn(doc, "the feed's date \"%.80s\" not understood", c->bad_date);
    if (!doc->language && P->root_lang) {
        doc->language = text_collapse_space(P->root_lang, strlen(P->root_lang));
        if (!*doc->language) {
            free(doc->language);
            doc->language = NULL;
        }
    }
    if (!doc->ttl_minutes && P->sy_period) {
        int m = period_minutes(P->sy_period);
        long f = P->sy_frequency > 0 ? P->sy_frequency : 1;
        if (m && m / f > 0)
            doc->ttl_minutes = (int)(m / f);
    }
    const char *url = P->opts->url && feed_url_is_absolute(P->opts->url) ? P->opts->url : NULL;
    doc->link = feed_resolve_link(c->link, c->link_base, url);
    const char *doc_base = url ? url : doc->link;
    int unresolved = 0;
    for (size_t i = 0; i < doc->nitems; i++) {
        pending_link *pl = &P->links[i];
        if (pl->link) {
            doc->items[i].link = feed_resolve_link(pl->link, pl->base, doc_base);
            if (!doc->items[i].link)
                unresolved++;
        }
    }
    if (unresolved)
        feed_doc_warn(doc, "%d item link%s left out: not an http(s) URL, or relative with no base URL to resolve it",
                      unresolved, unresolved == 1 ? "" : "s");
    /* Atom: entries without an author have the feed's. */
    if (P->atom && c->authors.len) {
        for (size_t i = 0; i < doc->nitems; i++)
            if (!doc->items[i].author)
                doc->items[i].author = xstrdup(strbuf_cstr(&c->authors));
    }
    int64_t now = P->opts->now ? P->opts->now : (int64_t)time(NULL);
    size_t future = 0;
    for (size_t i = 0; i < doc->nitems; i++)
        if (doc->items[i].published != SD_TIME_NONE && doc->items[i].published > now + 2 * 86400)
            future++;
    if (future)
        feed_doc_warn(doc, "%zu item%s dated more than two days in the future", future, future == 1 ? "" : "s");
}

static void parser_free(parser *P)
{
    for (int i = 0; i < P->depth; i++)
        if (P->stack[i].own_base)
            free(P->stack[i].base);
    free(P->stack);
    item_state_free(&P->cur);
    item_state_free(&P->chan);
    strbuf_free(&P->cap);
    free(P->sy_period);
    free(P->root_lang);
    free(P->fatal);
    if (P->links) {
        for (size_t i = 0; i < P->doc->nitems && i < P->links_cap; i++) {
            free(P->links[i].link);
            free(P->links[i].base);
        }
        free(P->links);
    }
    feed_xml_base_free(&P->xb);
}

/*
 * Run the SAX parser over `buf`.  Returns 0 (doc filled), -1 (err set), or,
 * when `optimistic`, 1 if libxml2 reported any error: the caller then takes
 * the careful path (charset detection, repairs) with a fresh document.
 */
static int run_sax(const char *buf, size_t len, const feed_parse_opts *o, feed_doc *doc, int optimistic,
                   sd_err *err)
{
    parser P;
    memset(&P, 0, sizeof P);
    P.doc = doc;
    P.opts = o;
    P.max_depth = o->max_depth;
    P.max_items = o->max_items;
    P.stack = xcalloc((size_t)P.max_depth + 1, sizeof(frame));
    item_state_init(&P.cur);
    item_state_init(&P.chan);
    strbuf_init(&P.cap);

    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_chars;
    sax.cdataBlock = on_chars;
    if (feed_xml_sax_parse(&sax, &P.xb, buf, len) != 0) {
        parser_free(&P);
        return sd_err_set(err, "the XML parser could not start");
    }
    if (P.fatal) {
        sd_err_set(err, "%s", P.fatal);
        parser_free(&P);
        return -1;
    }
    if (optimistic && !P.xb.well_formed) {
        parser_free(&P);
        return 1;
    }
    if (!P.root_seen || doc->format == FEED_FORMAT_UNKNOWN) {
        if (P.xb.first_error)
            sd_err_set(err, "not a feed: not well-formed XML (%s)", P.xb.first_error);
        else
            sd_err_set(err, "not a feed: no root element");
        parser_free(&P);
        return -1;
    }
    if (!P.xb.well_formed) {
        if (doc->nitems == 0) {
            sd_err_set(err, "not well-formed XML (%s) and no item could be read",
                       P.xb.first_error ? P.xb.first_error : "the document ends too early");
            parser_free(&P);
            return -1;
        }
        feed_doc_warn(doc, "not well-formed XML (%s): kept the %zu item%s read",
                      P.xb.first_error ? P.xb.first_error : "the document ends too early", doc->nitems,
                      doc->nitems == 1 ? "" : "s");
    }
    if (P.items_capped)
        feed_doc_warn(doc, "more than %zu items: the rest were ignored", P.max_items);
    finish_doc(&P);
    parser_free(&P);
    return 0;
}

static int parse_xml(const char *utf8, size_t len, const feed_parse_opts *o, feed_doc *doc, sd_err *err)
{
    strbuf prepared = STRBUF_INIT;
    if (feed_xml_prepare(utf8, len, &prepared, err) != 0) {
        strbuf_free(&prepared);
        return -1;
    }
    int rc = run_sax(strbuf_cstr(&prepared), prepared.len, o, doc, 0, err);
    strbuf_free(&prepared);
    return rc;
}

/*
 * Whether the prolog (before the root element) is only an XML declaration,
 * comments and processing instructions: no DOCTYPE, no junk.  Such a
 * document can go to libxml2 as it is.
 */
static int plain_prolog(const char *p, size_t len)
{
    const char *end = p + len;
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            p++;
        if (end - p < 2 || *p != '<')
            return 0;
        if (p[1] == '?' || (p[1] == '!' && end - p >= 4 && p[2] == '-' && p[3] == '-')) {
            const char *stop = p[1] == '?' ? "?>" : "-->";
            const char *q = p + 2;
            size_t sl = strlen(stop);
            while (q + sl <= end && memcmp(q, stop, sl) != 0)
                q++;
            if (q + sl > end)
                return 0;
            p = q + sl;
            continue;
        }
        return p[1] != '!';
    }
}

/* ---- the entry point ------------------------------------------------------------------ */

int feed_parse(const char *data, size_t len, const feed_parse_opts *opts, feed_doc **out, sd_err *err)
{
    *out = NULL;
    feed_parse_opts o;
    if (opts)
        o = *opts;
    else
        memset(&o, 0, sizeof o);
    if (!o.max_bytes)
        o.max_bytes = FEED_DEFAULT_MAX_BYTES;
    if (o.max_depth <= 0)
        o.max_depth = FEED_DEFAULT_MAX_DEPTH;
    if (!o.max_items)
        o.max_items = FEED_DEFAULT_MAX_ITEMS;
    if (!data)
        len = 0;
    if (len > o.max_bytes)
        return sd_err_set(err, "refused: the document is %zu bytes, more than the limit of %zu", len, o.max_bytes);
    if (feed_check_not_binary(data, len, err) != 0)
        return -1;

    /*
     * The common case first: an XML document that says UTF-8 (or nothing)
     * and has no DOCTYPE goes to libxml2 as it is, without a copy.  libxml2
     * rejects invalid UTF-8 and everything else our repairs are for, so any
     * error it reports sends the document down the careful path below.
     */
    if (len && plain_prolog(data, len) && charset_is_plain_utf8(data, len, CHARSET_DOC_XML, o.http_charset, 0)) {
        feed_doc *fast = feed_doc_new();
        fast->charset = xstrdup("UTF-8");
        int frc = run_sax(data, len, &o, fast, 1, err);
        if (frc == 0) {
            *out = fast;
            return 0;
        }
        feed_doc_free(fast);
        if (frc < 0)
            return -1;
    }

    charset_result cr;
    memset(&cr, 0, sizeof cr);
    const char *utf8;
    size_t utf8_len;
    if (charset_is_plain_utf8(data, len, CHARSET_DOC_XML, o.http_charset, 1)) {
        /* The common case: no copy. */
        utf8 = data;
        utf8_len = len;
        cr.charset = xstrdup("UTF-8");
    } else {
        if (charset_decode(data, len, CHARSET_DOC_XML, o.http_charset, &cr, err) != 0)
            return -1;
        utf8 = cr.utf8;
        utf8_len = cr.len;
    }
    const char *p = utf8, *end = utf8 + utf8_len;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    feed_doc *doc = feed_doc_new();
    doc->charset = xstrdup(cr.charset);
    if (cr.recovered) {
        if (cr.declared && !charset_canonical(cr.declared))
            feed_doc_warn(doc, "unknown charset \"%.40s\" declared: decoded as %s, detected from the bytes",
                          cr.declared, cr.charset);
        else
            feed_doc_warn(doc, "charset declared as %.40s but the bytes are %s: decoded as %s",
                          cr.declared ? cr.declared : "?", cr.charset, cr.charset);
    }
    int rc;
    if (p == end) {
        rc = sd_err_set(err, "not a feed: the document is empty");
    } else if (*p == '{') {
        doc->format = FEED_FORMAT_JSONFEED;
        rc = feed_parse_json(p, (size_t)(end - p), &o, doc, err);
    } else if (*p == '<') {
        rc = parse_xml(utf8, utf8_len, &o, doc, err);
    } else {
        char *start = feed_describe_start(p, (size_t)(end - p));
        rc = sd_err_set(err, "not a feed: neither XML nor JSON (it starts with \"%s\")", start);
        free(start);
    }
    charset_result_free(&cr);
    if (rc != 0) {
        feed_doc_free(doc);
        return -1;
    }
    *out = doc;
    return 0;
}
