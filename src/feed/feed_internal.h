/*
 * feed_internal: what the feed module's files share and nobody else sees:
 * the document builder (items, warnings), the byte-level preparation of XML
 * before libxml2 sees it, text conversion of field values and links.
 */
#ifndef SECDIGEST_FEED_INTERNAL_H
#define SECDIGEST_FEED_INTERNAL_H

#include "feed/feed.h"
#include "text/charset.h"

#include <libxml/parser.h>

/* At most this many warnings are kept per document; one more says how many were left out. */
#define FEED_MAX_WARNINGS 50
/* A single field's text (a content:encoded, say) is cut beyond this. */
#define FEED_MAX_FIELD_BYTES (8u * 1024u * 1024u)
/* One attribute value: URLs and labels are short; more is an attack or junk. */
#define FEED_MAX_ATTR_BYTES (1024u * 1024u)
#define FEED_MAX_CATEGORIES 64

/* ---- the document being built ---- */

feed_doc *feed_doc_new(void);
void feed_doc_warn(feed_doc *doc, const char *fmt, ...) SD_PRINTF(2, 3);
/* A new zeroed item at the end (dates SD_TIME_NONE). */
feed_item *feed_doc_add_item(feed_doc *doc);
void feed_item_clear(feed_item *it);
/* Add a category unless empty or already there (takes ownership). */
void feed_item_add_category(feed_item *it, char *cat);
/* A short name for an item in messages: its title, id or position. */
char *feed_item_label(const feed_item *it, size_t index);

/* ---- field text ---- */

enum feed_text_kind {
    FEED_TEXT_RAW,   /* a link, id, date: whitespace trimmed only */
    FEED_TEXT_PLAIN, /* Atom type="text", JSON Feed content_text */
    FEED_TEXT_HTML,  /* escaped HTML */
    FEED_TEXT_XHTML, /* serialised inline XHTML */
    FEED_TEXT_AUTO,  /* RSS: HTML if it looks like HTML, text otherwise */
};

/* One line of plain text (titles, authors, categories), or NULL if empty. */
char *feed_text_line(const char *s, size_t len, enum feed_text_kind kind);
/* Paragraphs of plain text (summaries, content), or NULL if empty. */
char *feed_text_block(const char *s, size_t len, enum feed_text_kind kind);
/* Trimmed copy with inner whitespace in a URL dealt with, or NULL if empty. */
char *feed_clean_url(const char *s, size_t len);
/* Has a scheme ("http:", "urn:"...). */
int feed_url_is_absolute(const char *s);
/*
 * Make `link` absolute: against `base` (which may itself be relative) and then
 * `doc_base`.  Returns an http(s) URL or NULL.
 */
char *feed_resolve_link(const char *link, const char *base, const char *doc_base);
/* "Name" out of RSS's "mail@example.com (Name)" or "Name <mail@example.com>". */
char *feed_author_name(const char *s);

/* ---- XML preparation (shared by feeds and OPML) ---- */

/*
 * From UTF-8 (already decoded, see charset_decode) to a buffer libxml2 can
 * parse safely:
 *  - the XML declaration rewritten to say UTF-8;
 *  - a DOCTYPE is removed; one that declares entities is refused;
 *  - characters XML forbids (C0 controls, U+FFFE/U+FFFF) replaced;
 *  - HTML named references (&nbsp; &eacute;...) turned into numeric ones,
 *    a bare '&' (AT&T, ?a=1&b=2) into &amp; and a '<' that cannot start
 *    markup into &lt;, outside CDATA sections and comments.
 * Returns 0, or -1 with a message (HTML page, refused DTD...).
 */
int feed_xml_prepare(const char *utf8, size_t len, strbuf *out, sd_err *err);
/* The first bytes of a document that is neither XML nor JSON, for a message. */
char *feed_describe_start(const char *data, size_t len);
/* Refuse bytes that are plainly not text (NUL bytes, compressed data, images). */
int feed_check_not_binary(const char *data, size_t len, sd_err *err);

/*
 * What every SAX user of libxml2 here starts its user data with: the parse
 * outcome, and the context so that a callback can stop the parse (limits).
 */
typedef struct feed_xml_base {
    xmlParserCtxtPtr ctxt;
    int stop;           /* set by a callback: stop feeding libxml2 */
    int errors;         /* errors libxml2 reported (it recovers from most) */
    char *first_error;  /* "line N: message" of the first one */
    int well_formed;
} feed_xml_base;

/*
 * Run libxml2's SAX2 push parser over prepared UTF-8 with our hardening
 * options (recover, no network, no entity substitution, no DTD loading).
 * `user` must start with a feed_xml_base.  Returns 0, or -1 if libxml2
 * could not even start (out of memory).
 */
int feed_xml_sax_parse(xmlSAXHandler *sax, feed_xml_base *user, const char *buf, size_t len);
/*
 * An attribute value from libxml2's SAX2, as a new string.  Without entity
 * substitution (never enabled here) libxml2 hands '&' in attribute values
 * over as "&#38;"; this undoes that and nothing else.
 */
char *feed_xml_attr_dup(const xmlChar *value, const xmlChar *end);
/* Free what feed_xml_sax_parse left in `user`. */
void feed_xml_base_free(feed_xml_base *user);

/* ---- JSON Feed ---- */
int feed_parse_json(const char *utf8, size_t len, const feed_parse_opts *opts, feed_doc *doc, sd_err *err);

#endif
