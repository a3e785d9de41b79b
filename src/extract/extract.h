/*
 * extract: the article in a downloaded HTML page, as plain text and metadata.
 *
 * The module owns the whole step from the raw bytes of a page to its body
 * text: charset detection and conversion (src/text/charset), HTML parsing with
 * libxml2 (network off, errors silenced, recovery on), finding the main
 * content, and the metadata (title, publication time, author, language,
 * canonical URL).  It never touches the network; extract_store_pending() is
 * the one function that reads and writes the database.
 *
 * How the main content is found (see extract_dom.c for the details):
 *  - elements that are never article text are dropped: scripts, styles,
 *    forms, navigation, hidden elements, and blocks whose class, id or role
 *    say they are ads, share buttons, related-article lists, comments,
 *    cookie banners, pagers or sidebars (English and Japanese naming:
 *    "related", "kanren", "osusume", "bnr", "pankuzu"...);
 *  - every block of text is scored by its length (a Japanese character
 *    counts as three Latin letters) and its punctuation in both scripts
 *    (、。 as well as , .), and the score flows to its ancestors; the
 *    ancestor with the best score discounted by its link density is the
 *    article, joined with siblings that score nearly as well (text split by
 *    inline ads into several containers);
 *  - a list item led by a link with a summary after it (a headline and its
 *    teaser) does not count as prose when the article is looked for; a class
 *    or id name that ends in a comment word ("article-replies") marks a thread;
 *  - inside the article, blocks that are mostly links, lists of links,
 *    boilerplate lines ("Advertisement", "関連記事", "この記事をシェア"),
 *    bylines and date lines are removed;
 *  - when the page carries a JSON-LD articleBody that the page's own markup
 *    does not show (script-rendered pages), that text is the body.
 * When the strict pass finds too little, a lenient pass (no class hints) is
 * tried, as Readability does.
 *
 * The text (result->text), paragraph by paragraph:
 *  - paragraphs are separated by one blank line ("\n\n"); no trailing newline;
 *  - headings, list items, definition terms and descriptions, block quotes
 *    are paragraphs of their own (a list is one item per paragraph);
 *  - a data table is one paragraph with one line per row and the cells of a
 *    row separated by " | "; tables used for layout are read as blocks;
 *  - one <br> is a line break, two or more in a row are a paragraph break;
 *  - white space runs become one space, lines are trimmed (including the
 *    ideographic space U+3000 Japanese paragraphs start with), and a line
 *    break in the source between two Japanese characters disappears;
 *  - <pre> keeps its lines;
 *  - not part of the body: the title (and a heading repeating it), bylines,
 *    date lines, figures and their captions, image alt text.
 *
 * Hostile input: the size is bounded (max_bytes); known binary formats,
 * non-HTML Content-Types and text that decodes to control characters are
 * refused with a reason; before parsing, one linear pass removes comments and
 * the content of scripts (JSON-LD excepted), styles, SVG and the like (never
 * text, often most of the bytes), the attributes the extractor never reads
 * (most of a page's markup, and costly to parse) and any past 100 in one tag
 * (libxml2 checks attributes for duplicates in quadratic time); parsing stops
 * at 256 levels of nesting (the result says `truncated`) and the module's own
 * walks are iterative; the time budget is checked between phases, each of
 * which is linear in the page.  Numbers in reasons are weighted lengths (a
 * Japanese character counts 3).
 *
 * The credibility rule: a body is credible when it weighs at least 140 (about
 * 47 Japanese characters or 140 Latin ones) and has at least one sentence or
 * comma; otherwise `reason` says what was found instead.
 */
#ifndef SECDIGEST_EXTRACT_H
#define SECDIGEST_EXTRACT_H

#include "core/core.h"

/* Bump whenever the algorithm changes what it extracts: stored extracts made
 * by an older version are redone by extract_store_pending(). */
#define EXTRACT_VERSION 3

#define EXTRACT_DEFAULT_MAX_BYTES (16u * 1024u * 1024u)
#define EXTRACT_DEFAULT_MAX_DEPTH 256
#define EXTRACT_DEFAULT_TIME_BUDGET_MS 5000

typedef struct extract_opts {
    const char *url;          /* where the page came from: base for relative links and the
                                 url of the result when the page names no canonical URL; may be NULL */
    const char *content_type; /* the HTTP Content-Type; its charset= is used; NULL if unknown */
    const char *charset;      /* a transport charset known separately (overrides content_type's); NULL */
    size_t max_bytes;         /* larger pages are refused; 0: EXTRACT_DEFAULT_MAX_BYTES */
    int max_depth;            /* elements nested deeper are ignored; 0: default; libxml2 stops at 256 */
    int time_budget_ms;       /* wall-clock budget checked between phases; 0: default */
    int64_t now;              /* for the sanity check of dates; 0: the current time */
} extract_opts;

typedef struct extract_result {
    char *url;           /* canonical_url, else opts->url, else NULL */
    char *canonical_url; /* <link rel=canonical>, og:url or JSON-LD url, made absolute; or NULL */
    char *title;         /* plain text without the site's name, or NULL */
    char *author;        /* plain text ("A, B" for several), or NULL */
    char *language;      /* primary language subtag, lower case ("ja", "en"), or NULL */
    int64_t published;   /* Unix time UTC, or SD_TIME_NONE */
    char *text;          /* the body as described above; NULL when not credible */
    int credible;        /* 1: text is the article; 0: nothing credible, see reason */
    char *reason;        /* why not credible (one line), or NULL */
    char *charset;       /* the charset the page was decoded from */
    const char *method;  /* how the body was found: "dom", "dom-lenient", "json-ld"; NULL if none */
    int truncated;       /* 1 when the page was nested deeper than the parser follows */
} extract_result;

/*
 * Extract one page (`len` raw bytes in any charset).
 *  0: *out is set (free it with extract_result_free); out->credible says
 *     whether a body was found, out->reason why not.  Metadata is filled in
 *     either way.
 * -1: the input is not a page that can be read at all -- empty, binary,
 *     larger than max_bytes, undecodable, over the time budget -- and err
 *     says which; *out is NULL.
 */
int extract_page(const char *html, size_t len, const extract_opts *opts, extract_result **out,
                 sd_err *err);
void extract_result_free(extract_result *r);

/*
 * The pipeline's step: extract every stored page that has no extract made by
 * EXTRACT_VERSION (every page when `force`) and store the result.  A page in
 * which nothing credible is found keeps its item's feed summary as text,
 * stored with fallback = 1 and the reason.  *done counts the pages whose
 * own text was stored, *failed those that fell back to the summary (either
 * may be NULL).  Returns -1 only when the database fails.
 */
typedef struct store store;
int extract_store_pending(store *st, int force, size_t *done, size_t *failed, sd_err *err);

#endif
