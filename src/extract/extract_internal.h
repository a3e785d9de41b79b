/*
 * extract_internal: what the files of the extract module share and nobody
 * else sees.  A parsed page is flattened once into an array of its elements
 * in document order (pre-order) and an array of its text nodes; every later
 * step (scoring, cleaning, serialising, metadata) is a linear sweep over
 * those arrays instead of a recursive walk over the tree, so no input depth
 * can exhaust the stack.
 */
#ifndef SECDIGEST_EXTRACT_INTERNAL_H
#define SECDIGEST_EXTRACT_INTERNAL_H

#include "extract/extract.h"

#include <stdint.h>

/*
 * The page as a tree of our own, built from libxml2's SAX events (libxml2
 * tokenises and repairs the HTML; we keep only what the extractor reads).
 * Nodes and strings live in the page's arena: building costs no malloc per
 * node and freeing is one call.  Element names are lower case; `attrs` holds
 * name/value pairs (values entity-decoded), NULL-terminated; text nodes hold
 * the decoded text of one run between tags, NUL-terminated.
 */
enum xnode_type { XN_ELEMENT = 1, XN_TEXT = 3 };

typedef struct xnode xnode;
struct xnode {
    xnode *parent, *children, *last, *next;
    const char *name;     /* element name; NULL for text */
    char *content;        /* text; NULL for an element */
    const char **attrs;   /* element: name, value, ..., NULL; or NULL */
    int32_t index;        /* element: its index in xpage.el, or -1 when not there */
    uint8_t type;         /* enum xnode_type */
};

/* Tags the extractor treats specially; anything else is X_OTHER (inline). */
enum xtag {
    X_OTHER = 0, X_A, X_ADDRESS, X_ARTICLE, X_ASIDE, X_AUDIO, X_B, X_BLOCKQUOTE, X_BODY, X_BR,
    X_BUTTON, X_CANVAS, X_CAPTION, X_CENTER, X_CODE, X_DD, X_DETAILS, X_DIALOG, X_DIV, X_DL,
    X_DT, X_EM, X_EMBED, X_FIELDSET, X_FIGCAPTION, X_FIGURE, X_FONT, X_FOOTER, X_FORM, X_H1,
    X_H2, X_H3, X_H4, X_H5, X_H6, X_HEAD, X_HEADER, X_HR, X_HTML, X_I, X_IFRAME, X_IMG, X_INPUT,
    X_LABEL, X_LI, X_LINK, X_MAIN, X_MATH, X_MENU, X_META, X_NAV, X_NOSCRIPT, X_OBJECT, X_OL,
    X_OPTION, X_P, X_PICTURE, X_PRE, X_SCRIPT, X_SECTION, X_SELECT, X_SPAN, X_STRONG, X_STYLE,
    X_SUMMARY, X_SVG, X_TABLE, X_TBODY, X_TD, X_TEMPLATE, X_TEXTAREA, X_TFOOT, X_TH, X_THEAD,
    X_TIME, X_TITLE, X_TR, X_UL, X_VIDEO,
    X_TAG_COUNT
};

/* Properties of a tag. */
enum {
    XP_INLINE = 1 << 0, /* flows in the text of its block */
    XP_DROP = 1 << 1,   /* never article text (scripts, forms, media, navigation) */
    XP_PARA = 1 << 2,   /* a paragraph-level block: its score goes to its parent */
    XP_HEADING = 1 << 3,
};

/* Flags of an element. */
enum {
    XF_DROP_STATIC = 1u << 0,  /* dropped whatever the pass: tag, hidden, role */
    XF_UNLIKELY = 1u << 1,     /* class/id say boilerplate (ads, share, related, comments...) */
    XF_LAYOUT = 1u << 2,       /* class/id say page furniture (sidebar, header, menu) */
    XF_POSITIVE = 1u << 3,     /* class/id say article body */
    XF_COMMENTS = 1u << 4,     /* class/id say comments (never kept, however long) */
    XF_META_HINT = 1u << 5,    /* class/id say date, byline, author */
    XF_LINK = 1u << 6,         /* inside <a href> */
    XF_DROP = 1u << 7,         /* dropped in the current pass (self or an ancestor) */
    XF_REMOVED = 1u << 8,      /* removed by cleaning inside the article */
    XF_CANDIDATE = 1u << 9,    /* has a score in the current pass */
    XF_CONTENT = 1u << 10,     /* root of a part of the article */
    XF_DATA_TABLE = 1u << 11,  /* a table of data (no blocks in its cells) */
    XF_ARTICLE_BODY = 1u << 12,/* itemprop=articleBody */
    XF_HAS_BLOCK = 1u << 13,   /* has a block-level element below it */
    XF_IN_PRE = 1u << 14,
    XF_BYLINE_HINT = 1u << 15, /* class/id/rel say author */
    XF_DATE_HINT = 1u << 16,   /* class/id say date or time */
    XF_IN_FIGURE = 1u << 17,
    XF_HIDDEN = 1u << 18,      /* hidden by attribute, style or class; or script-like */
    XF_COMMENTS_HEAD = 1u << 19, /* a class/id name ends in a comment word ("article-replies") */
    XF_TEASER = 1u << 20,      /* a list item led by a link: a headline and its summary */
};

typedef struct xstats {
    uint32_t text;   /* weighted text length (a CJK character counts 3) */
    uint32_t link;   /* of which inside links */
    uint32_t comma;  /* , 、 ， */
    uint32_t sent;   /* sentence ends: 。 ． . ! ? ！ ？ */
    uint32_t np, nimg, nli, ninput, nembed, nhead_text;
} xstats;

typedef struct xel {
    xnode *node;
    int32_t parent; /* index, -1 for the root */
    int32_t end;    /* one past the last descendant's index */
    int32_t block;  /* nearest block-level element, itself included */
    uint16_t depth;
    uint8_t tag;
    uint8_t props;
    uint32_t flags;
    int16_t weight; /* class/id weight: +-25 for each of class and id */
    xstats sub;     /* over the subtree, kept text only (current pass) */
    uint32_t direct;       /* weighted text whose nearest block is this element */
    uint32_t direct_comma, direct_sent;
    uint32_t raw_text;     /* subtree text before any class-based dropping */
    uint32_t ptext;        /* subtree text in scored paragraphs, outside links (current pass) */
    uint32_t raw_ptext;    /* the same before any class-based dropping */
    int32_t first_tx;      /* index in tx of the first text node in the subtree, or -1 */
    float score;
} xel;

typedef struct xtext {
    xnode *node;
    int32_t owner; /* the element holding it */
    uint32_t wlen;
    uint16_t comma, sent;
} xtext;

typedef struct xpage {
    sd_arena arena;     /* every xnode and string of the tree */
    xnode *root;        /* the root element, or NULL */
    xel *el;
    size_t nel, elcap;
    xtext *tx;
    size_t ntx, txcap;
    int32_t body;       /* index of <body> (or the root) */
    int32_t html;       /* index of the root element */
    int truncated;      /* the page is nested deeper than max_depth; the rest was not read */
    int max_depth;
    uint32_t total_raw; /* weighted text of the body */
    uint32_t total_ptext; /* paragraph text of the body before class-based dropping */
    const char *title;  /* for removing a heading that repeats it; may be NULL */
} xpage;

/* ---- extract_dom.c ---- */

enum xpass { XPASS_STRICT = 0, XPASS_LENIENT = 1, XPASS_BARE = 2 };

/* Parse `len` bytes of UTF-8 HTML (NUL-terminated) with libxml2 into the tree and the
 * arrays.  Returns -1 with err set when no parser can be made. */
int xpage_parse(xpage *pg, const char *html, size_t len, int max_depth, sd_err *err);
/* Are the tag and class-token tables sorted (bsearch needs it)?  For the tests. */
int xdom_tables_sorted(void);
void xpage_free(xpage *pg);
/* Find and clean the article in one pass; marks XF_CONTENT roots.  Returns the
 * number of content roots (0: nothing found) and fills *score. */
size_t xpage_find_content(xpage *pg, enum xpass pass, double *score);
/* The text of the marked content, formatted as extract.h describes. */
char *xpage_content_text(xpage *pg);
/* Is this short text a date with at most a label around it? */
int xtext_mostly_date(const char *t);
/* Text of one element (subtree), collapsed to one line, dropped parts included or not. */
char *xpage_element_text(const xpage *pg, int32_t i, int skip_dropped);
/* Weighted length and punctuation of UTF-8 text. */
void xtext_measure(const char *s, size_t n, uint32_t *wlen, uint32_t *comma, uint32_t *sent);
/* Attribute value without allocation (NULL if absent). */
const char *xattr(const xnode *n, const char *name);
enum xtag xtag_of(const xnode *n);

/* ---- extract_text.c ---- */

/* Serialise the subtrees marked XF_CONTENT (skipping XF_DROP / XF_REMOVED). */
char *xtext_serialize(const xpage *pg);
/* Normalise plain text (JSON-LD articleBody) into the same paragraph format. */
char *xtext_normalize_plain(const char *s);
/* One-line text of an element's subtree. */
char *xtext_inline(const xpage *pg, int32_t i, int skip_dropped);
/* Is the code point a CJK (wide) character? */
int xtext_is_cjk(uint32_t cp);
/* Decode one UTF-8 sequence; returns its length (1 for an invalid byte, cp = U+FFFD). */
size_t xutf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* ---- extract_meta.c ---- */

/* What a date states, for comparing two statements of one publication (extract_date.c). */
typedef struct xdate_info {
    int64_t t;        /* Unix time UTC */
    int32_t day;      /* the calendar day as written, in its own zone (days since 1970-01-01) */
    uint8_t timed;    /* a time of day was written, and not 00:00:00 or 12:00:00 UTC (dates
                         in disguise) */
    uint8_t has_zone; /* the zone was written */
} xdate_info;

typedef struct xmeta {
    char *title, *author, *language, *canonical, *site_name;
    int64_t published;
    xdate_info pub;    /* what the declaration of `published` states (when it is set) */
    char *ld_body;       /* JSON-LD articleBody, normalised, or NULL */
    char *declared_lang; /* as declared by the page */
    int tz_offset;       /* seconds east of UTC assumed for dates without a zone */
} xmeta;

/* Everything but the language's content check (which needs the body). */
void xmeta_collect(const xpage *pg, const char *base_url, int64_t now, xmeta *m);
/* Language from the declaration and the text. */
char *xmeta_language(const char *declared, const char *text);
void xmeta_free(xmeta *m);
/* A publication date written in the page: date-hinted elements, <time> and other elements
 * with a datetime attribute near the article (a "published" label beats none; a date
 * labelled as an update is never taken), then datelines near the start of the article, then
 * the article's text; a date without its time of day goes through xmeta_refine_time. */
int64_t xmeta_text_date(const xpage *pg, int tz_offset, int64_t now, const char *content_text);
/* A date stated without its time of day (or at 00:00:00 or 12:00:00 UTC): the time of that
 * same day as a dateline, <time datetime> or date element around the start of the article
 * states it, when one does (never one labelled as an update, nor one in a list, a table of
 * data, a link or page furniture; a published label first, then the earliest); else d->t. */
int64_t xmeta_refine_time(const xpage *pg, int tz_offset, int64_t now, const xdate_info *d);

/* ---- extract_date.c ---- */

/* A date written in text: 2025年11月18日 10:30, 令和7年11月18日, 2025/11/18, 2025.11.18,
 * 2025-11-18, November 18, 2025, 18 Nov 2025...  `tz_offset` (seconds) applies when the
 * text names no zone.  Returns 0 and the UTC time, with *start,*len the match, or -1. */
int xdate_find(const char *s, size_t n, int tz_offset, int64_t now, int64_t *out, size_t *start,
               size_t *len);
/* A machine date (ISO 8601, RFC 822, the forms above), whole string. */
int xdate_parse(const char *s, int tz_offset, int64_t now, int64_t *out);
/* The same two, telling also the written day and whether a time of day was given. */
int xdate_find_info(const char *s, size_t n, int tz_offset, int64_t now, xdate_info *out,
                    size_t *start, size_t *len);
int xdate_parse_info(const char *s, int tz_offset, int64_t now, xdate_info *out);

/* ---- extract_prescan.c ---- */

/* The charset= parameter of a Content-Type value, or NULL. */
char *xprescan_content_type_charset(const char *ct);
/* Non-NULL description when the bytes are a known binary format ("a PNG image"). */
const char *xprescan_binary(const char *data, size_t len);
/* Non-NULL description when decoded text is mostly control characters or U+FFFD. */
const char *xprescan_garbage(const char *utf8, size_t len);
/* Make decoded HTML safe and cheap for libxml2, in place: NUL bytes become spaces,
 * comments and the content of script (but JSON-LD), style, noscript, template, svg and
 * math elements go, attributes the extractor never reads go, and so do all attributes past
 * `max_attrs` in one tag (*cut_tags counts the tags that had more, read or not).  Text
 * stays as it is.  Returns the new length (the text stays NUL-terminated). */
size_t xprescan_sanitize(char *html, size_t len, size_t max_attrs, size_t *cut_tags);

#endif
