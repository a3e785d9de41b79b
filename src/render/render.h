/*
 * render: a composed digest (struct digest) into its four forms.
 *
 * Markdown is the format of digest-format.md, byte for byte the same for the
 * same digest.  HTML is that Markdown rendered by cmark-gfm with raw HTML
 * suppressed (so nothing a source wrote can become markup or script) inside
 * a self-contained page: inline style, no script, no remote resource.  JSON
 * is the shape of cli.md.  Atom has one entry per day.
 *
 * Renderers decide nothing: every word comes from the digest.
 */
#ifndef SECDIGEST_RENDER_H
#define SECDIGEST_RENDER_H

#include "compose/digest.h"
#include "core/core.h"

void render_markdown(const digest *d, strbuf *out);
/* `md` is render_markdown's output for the same digest. */
int render_html(const digest *d, const char *md, strbuf *out, sd_err *err);
void render_json(const digest *d, strbuf *out);

/* One day of an archive, for the index page and the Atom feed. */
typedef struct render_day {
    const char *date;        /* YYYY-MM-DD */
    const char *title;       /* "YYYY-MM-DD サイバーセキュリティニュースまとめ" */
    const char *href;        /* relative link to that day's HTML page */
    const char *summary;     /* plain text: the key points, one per line */
    const char *content_html;/* the day's HTML body (the rendered Markdown), or NULL */
    int64_t updated;
} render_day;

/* Index page of all days, newest first (days must be given newest first). */
void render_html_index(const render_day *days, size_t n, strbuf *out);
/* Atom 1.0 feed, one entry per day.  `base` is the URL where the pages are published, or NULL. */
void render_atom(const render_day *days, size_t n, const char *base, int64_t updated, strbuf *out);

/* Escape for XML/HTML text and attribute values. */
void render_escape_xml(strbuf *out, const char *s);

#endif
