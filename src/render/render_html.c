/*
 * HTML: one self-contained page per day, an index of all days, and the Atom
 * feed.  The Markdown is rendered by cmark-gfm without CMARK_OPT_UNSAFE, so
 * raw HTML in the text (which render_markdown escapes anyway) and javascript:
 * links are suppressed by the renderer too: two independent guards against a
 * source's markup reaching the page.  No script, no remote resource: the
 * style is inline, the page works offline and under a strict CSP.
 */
#include "core/timeutil.h"
#include "render/render.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <stdlib.h>
#include <string.h>

static const char page_style[] =
    "body{font-family:\"Hiragino Sans\",\"Noto Sans CJK JP\",\"Yu Gothic\",sans-serif;"
    "max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.75;color:#1b1f23;background:#fff}"
    "h1{font-size:1.5rem;border-bottom:2px solid #c62828;padding-bottom:.3rem}"
    "h2{font-size:1.25rem;margin-top:2rem;border-left:4px solid #c62828;padding-left:.5rem}"
    "h3{font-size:1.1rem}h4{font-size:1rem}a{color:#0b57d0;word-break:break-all}"
    "hr{margin:2.5rem 0;border:0;border-top:1px solid #ccc}"
    "footer{margin-top:3rem;font-size:.85rem;color:#666}";

void render_escape_xml(strbuf *out, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) {
        switch (*p) {
        case '&': strbuf_puts(out, "&amp;"); break;
        case '<': strbuf_puts(out, "&lt;"); break;
        case '>': strbuf_puts(out, "&gt;"); break;
        case '"': strbuf_puts(out, "&quot;"); break;
        case '\'': strbuf_puts(out, "&#39;"); break;
        default: strbuf_putc(out, *p);
        }
    }
}

static void page_head(strbuf *out, const char *title)
{
    strbuf_puts(out, "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                     "style-src 'unsafe-inline'; img-src 'none'\">\n"
                     "<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
    render_escape_xml(out, title);
    strbuf_printf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n", page_style);
}

int render_html(const digest *d, const char *md, strbuf *out, sd_err *err)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    if (!parser)
        return sd_err_set(err, "cmark-gfm: cannot create a parser");
    cmark_syntax_extension *autolink = cmark_find_syntax_extension("autolink");
    if (autolink)
        cmark_parser_attach_syntax_extension(parser, autolink);
    cmark_parser_feed(parser, md, strlen(md));
    cmark_node *doc = cmark_parser_finish(parser);
    if (!doc) {
        cmark_parser_free(parser);
        return sd_err_set(err, "cmark-gfm: cannot parse the digest");
    }
    /* Default options: no CMARK_OPT_UNSAFE, so raw HTML and unsafe URLs are dropped. */
    char *body = cmark_render_html(doc, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    cmark_node_free(doc);
    cmark_parser_free(parser);
    if (!body)
        return sd_err_set(err, "cmark-gfm: cannot render HTML");

    char *title = xasprintf("%s サイバーセキュリティニュースまとめ", d->date_heading);
    page_head(out, title);
    free(title);
    strbuf_puts(out, "<main>\n");
    strbuf_puts(out, body);
    strbuf_puts(out, "</main>\n<footer>secdigest ");
    render_escape_xml(out, d->version);
    strbuf_puts(out, " / ");
    render_escape_xml(out, d->writer);
    strbuf_puts(out, " — <a href=\"index.html\">一覧</a></footer>\n</body>\n</html>\n");
    free(body);
    return 0;
}

void render_html_index(const render_day *days, size_t n, strbuf *out)
{
    page_head(out, "サイバーセキュリティニュースまとめ 一覧");
    strbuf_puts(out, "<main>\n<h1>サイバーセキュリティニュースまとめ 一覧</h1>\n<ul>\n");
    for (size_t i = 0; i < n; i++) {
        strbuf_puts(out, "<li><a href=\"");
        render_escape_xml(out, days[i].href);
        strbuf_puts(out, "\">");
        render_escape_xml(out, days[i].title);
        strbuf_puts(out, "</a>");
        if (days[i].summary && *days[i].summary) {
            strbuf_puts(out, "<br><small>");
            render_escape_xml(out, days[i].summary);
            strbuf_puts(out, "</small>");
        }
        strbuf_puts(out, "</li>\n");
    }
    if (n == 0)
        strbuf_puts(out, "<li>まだダイジェストはありません。</li>\n");
    strbuf_puts(out, "</ul>\n</main>\n</body>\n</html>\n");
}

void render_atom(const render_day *days, size_t n, const char *base, int64_t updated, strbuf *out)
{
    char ts[32];
    time_format_rfc3339(updated, ts);
    strbuf_puts(out, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                     "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n"
                     "  <title>サイバーセキュリティニュースまとめ</title>\n"
                     "  <id>tag:secdigest,2026:digest</id>\n");
    strbuf_printf(out, "  <updated>%s</updated>\n  <generator>secdigest</generator>\n", ts);
    if (base) {
        strbuf_puts(out, "  <link rel=\"alternate\" href=\"");
        render_escape_xml(out, base);
        strbuf_puts(out, "\"/>\n");
    }
    for (size_t i = 0; i < n; i++) {
        const render_day *d = &days[i];
        time_format_rfc3339(d->updated, ts);
        strbuf_puts(out, "  <entry>\n    <title>");
        render_escape_xml(out, d->title);
        strbuf_puts(out, "</title>\n    <id>tag:secdigest,2026:digest:");
        render_escape_xml(out, d->date);
        strbuf_printf(out, "</id>\n    <updated>%s</updated>\n", ts);
        strbuf_puts(out, "    <link rel=\"alternate\" type=\"text/html\" href=\"");
        if (base) {
            render_escape_xml(out, base);
            if (base[0] && base[strlen(base) - 1] != '/')
                strbuf_putc(out, '/');
        }
        render_escape_xml(out, d->href);
        strbuf_puts(out, "\"/>\n    <summary type=\"text\">");
        render_escape_xml(out, d->summary);
        strbuf_puts(out, "</summary>\n");
        if (d->content_html) {
            strbuf_puts(out, "    <content type=\"html\">");
            render_escape_xml(out, d->content_html);
            strbuf_puts(out, "</content>\n");
        }
        strbuf_puts(out, "  </entry>\n");
    }
    strbuf_puts(out, "</feed>\n");
}
