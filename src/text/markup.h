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

#endif
