/*
 * markup: text written in HTML (feed summaries, titles with entities) to plain text.
 *
 * Tags removed (block elements become line breaks), entities decoded (named,
 * decimal, hex), scripts and styles dropped entirely, whitespace collapsed:
 * runs of spaces become one space, and the result has no leading or trailing
 * space.  Paragraph breaks are kept as "\n\n" when `keep_paragraphs`.
 */
#ifndef SECDIGEST_MARKUP_H
#define SECDIGEST_MARKUP_H

#include "core/core.h"

/* Input must be UTF-8.  Never returns NULL. */
char *markup_to_text(const char *html, size_t len, int keep_paragraphs);
/* Decode character references only (for text that is not HTML but has &amp; etc.). */
char *markup_decode_entities(const char *s, size_t len);
/* Collapse whitespace (including U+3000 ideographic space at the ends) and trim. */
char *text_collapse_space(const char *s, size_t len);

/* ---- additions ---- */

/* Plain text to paragraphs: a blank line separates paragraphs ("\n\n" in the
 * result), other whitespace is collapsed as above.  With decode_entities,
 * character references are decoded too.  Never returns NULL. */
char *text_to_paragraphs(const char *s, size_t len, int decode_entities);
/* Whether text holds HTML markup (a tag of a known HTML element or a comment). */
int markup_looks_like_html(const char *s, size_t len);
/* Look up an HTML named character reference (name without '&' and ';').
 * Returns the number of code points (1 or 2) put in cp, or 0 if unknown. */
int markup_entity_lookup(const char *name, size_t len, uint32_t cp[2]);

#endif
