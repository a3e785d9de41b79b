/*
 * feed: feed documents (RSS 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0, JSON Feed
 * 1.x) and feed lists (OPML 1.0/2.0) turned into plain structs.
 *
 * The parser owns the whole step from raw bytes to clean values: charset
 * detection and conversion to UTF-8, XML parsing with libxml2 (network off,
 * no DTD, no entity expansion, bounded size and depth), dates to UTC, titles
 * and summaries to plain text, links made absolute.  It never touches the
 * network or the database: callers hand it bytes and store what it returns.
 */
#ifndef SECDIGEST_FEED_H
#define SECDIGEST_FEED_H

#include "core/core.h"

enum feed_format {
    FEED_FORMAT_UNKNOWN = 0,
    FEED_FORMAT_RSS09,  /* RSS 0.90/0.91/0.92/0.93/0.94 */
    FEED_FORMAT_RSS2,
    FEED_FORMAT_RSS1,   /* RSS 1.0 / RDF */
    FEED_FORMAT_ATOM03,
    FEED_FORMAT_ATOM1,
    FEED_FORMAT_JSONFEED,
};

const char *feed_format_name(enum feed_format f); /* "rss2", "rdf", "atom1", ... */

typedef struct feed_item {
    char *id;          /* guid / atom:id / rdf:about / JSON id; NULL if none */
    char *title;       /* plain text, or NULL */
    char *link;        /* absolute URL, or NULL */
    int64_t published; /* Unix time UTC, or SD_TIME_NONE */
    int64_t updated;   /* Unix time UTC, or SD_TIME_NONE */
    char *author;      /* plain text, or NULL */
    char *summary;     /* plain text, or NULL */
    char *content;     /* plain text of the full content, or NULL */
    char **categories; /* plain text */
    size_t ncategories;
} feed_item;

typedef struct feed_doc {
    enum feed_format format;
    char *title;      /* plain text, or NULL */
    char *link;       /* absolute URL of the site, or NULL */
    char *language;   /* as declared ("ja", "en-us"), or NULL */
    int64_t updated;  /* Unix time UTC, or SD_TIME_NONE */
    int ttl_minutes;  /* RSS <ttl> (or sy:updatePeriod), 0 if none */
    char *charset;    /* the charset the bytes were decoded from ("UTF-8", "SHIFT_JIS"...) */
    feed_item *items;
    size_t nitems;
    size_t items_cap;
    /* Non-fatal problems (an item with an invalid date, a charset recovered
     * from a wrong declaration...): one message each, for the log. */
    char **warnings;
    size_t nwarnings;
    size_t warnings_cap;
} feed_doc;

typedef struct feed_parse_opts {
    const char *url;             /* where the document came from: base for relative links; may be NULL */
    const char *http_charset;    /* charset= of the transport's Content-Type, or NULL */
    size_t max_bytes;            /* 0: FEED_DEFAULT_MAX_BYTES */
    int max_depth;               /* 0: FEED_DEFAULT_MAX_DEPTH */
    size_t max_items;            /* 0: FEED_DEFAULT_MAX_ITEMS */
    int64_t now;                 /* for sanity checks of dates; 0: current time */
} feed_parse_opts;

#define FEED_DEFAULT_MAX_BYTES (64u * 1024u * 1024u)
#define FEED_DEFAULT_MAX_DEPTH 64
#define FEED_DEFAULT_MAX_ITEMS 10000

/*
 * Parse one feed document of any supported format.  On success returns 0
 * and *out (free with feed_doc_free).  On failure returns -1 and a message
 * in err that says what was wrong (not which feed: the caller adds that).
 */
int feed_parse(const char *data, size_t len, const feed_parse_opts *opts, feed_doc **out, sd_err *err);
void feed_doc_free(feed_doc *doc);

/* Dates as feeds write them: RFC 822/1123 with the usual deviations (named
 * zones including JST, no seconds, two-digit years, no day name), RFC 3339,
 * W3C-DTF (partial dates), and a few common non-standard forms.
 * Returns 0 and the UTC time, or -1. */
int feed_date_parse(const char *s, int64_t *out);

/* ---- OPML ---- */

typedef struct opml_outline {
    char *title;   /* text or title attribute */
    char *xml_url; /* the feed */
    char *html_url;
    char *language; /* from a `language` attribute if present, else NULL */
    char *category; /* folder path ("Japan/CERT") or category attribute, or NULL */
} opml_outline;

typedef struct opml_doc {
    char *title;
    opml_outline *outlines; /* only outlines that have an xmlUrl */
    size_t count;
    size_t cap;
} opml_doc;

int opml_parse(const char *data, size_t len, const char *name, opml_doc **out, sd_err *err);
void opml_doc_free(opml_doc *doc);
/* Write OPML 2.0 (UTF-8) for the given outlines. */
char *opml_write(const char *title, const opml_outline *outlines, size_t count);

#endif
