/*
 * Extraction on small pages written here: the text format (paragraphs, lists,
 * tables, <br>, <pre>, Japanese spacing), metadata (titles without the site
 * name, dates in Japanese and English forms, authors, language, canonical
 * URL), the fallback to JSON-LD, and hostile input (empty, binary, enormous,
 * 10,000 levels deep, unknown charset, all script, absurd tags), which must
 * end quickly with a reason and without a crash.  The fixture corpora are in
 * test_extract_pages.c; the database step at the end.
 */
#include "test.h"

#include "core/timeutil.h"
#include "extract/extract.h"
#include "extract/extract_internal.h"
#include "extract_test_util.h"
#include "feed/feed.h"
#include "store/store.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static extract_result *run(const char *html, const char *url)
{
    return extract_run(html, url);
}

TEST(text_format_blocks)
{
    const char *html =
        "<html><head><title>Formats</title></head><body><div class=\"article-body\">"
        "<h2>What happened</h2>" EN_PARAS
        "<ul><li>First item of the list</li><li>Second <b>item</b> here</li></ul>"
        "<table><tr><th>Product</th><th>Fixed</th></tr><tr><td>Gate 1</td><td>1.2.3</td></tr>"
        "<tr><td> Gate  2 </td><td></td></tr></table>"
        "<p>Line one<br>line two<br><br>New paragraph after two breaks.</p>"
        "<pre>  indented code\n    more\n</pre>"
        "</div></body></html>";
    extract_result *r = run(html, NULL);
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_INT(r->credible, 1);
    CHECK_STR(r->text,
              "What happened\n\n"
              "The city water utility said on Tuesday that an intruder had reached the server that "
              "stores meter readings, and that it had shut the server down as a precaution.\n\n"
              "Officials said no customer payment data was kept on that server, and that water "
              "service was never at risk. An outside firm is helping with the investigation.\n\n"
              "First item of the list\n\nSecond item here\n\n"
              "Product | Fixed\nGate 1 | 1.2.3\nGate 2 |\n\n"
              "Line one\nline two\n\nNew paragraph after two breaks.\n\n"
              "  indented code\n    more");
    extract_result_free(r);
}

TEST(text_format_japanese_spacing)
{
    /* Ideographic-space indentation goes; a source line break between two Japanese
     * characters disappears; one between Latin words is a space. */
    const char *html =
        "<html lang=\"ja\"><body><div id=\"honbun\">"
        "<p>　架空市の水道局は、検針データを保管するサーバーに外部から不正な\nアクセスがあったと発表した。"
        "同局は念のためサーバーを停止し、専門の会社と調査を進めている。</p>"
        "<p>利用者の支払い情報は保存されておらず、給水への影響もないという。同局は再発防止策をまとめ、"
        "月内に\nPublic Report として公表する方針だ。</p>"
        "</div></body></html>";
    extract_result *r = run(html, NULL);
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_STR(r->text,
              "架空市の水道局は、検針データを保管するサーバーに外部から不正なアクセスがあったと発表した。"
              "同局は念のためサーバーを停止し、専門の会社と調査を進めている。\n\n"
              "利用者の支払い情報は保存されておらず、給水への影響もないという。同局は再発防止策をまとめ、"
              "月内に Public Report として公表する方針だ。");
    CHECK_STR(r->language, "ja");
    extract_result_free(r);
}

TEST(text_format_invisible_and_runs)
{
    /* Runs of Japanese and ASCII go out whole; what ends a run is read one by one:
     *  - a line break after an invisible character (BOM, zero-width space) still joins two
     *    Japanese characters, since the last visible one is what counts;
     *  - an ideographic space is dropped only at a line's start;
     *  - broken UTF-8 becomes U+FFFD, once per byte that starts no valid character (E3 81 is
 *    two; a surrogate's three bytes are three). */
    char *t = xtext_normalize_plain("攻撃を確認、\xEF\xBB\xBF\r\xE2\x80\x8B対応中。");
    CHECK_STR(t, "攻撃を確認、対応中。");
    free(t);
    t = xtext_normalize_plain("　注意喚起　第2報\xEF\xBB\xBF CVE-2025-0001");
    CHECK_STR(t, "注意喚起　第2報 CVE-2025-0001");
    free(t);
    t = xtext_normalize_plain("abc\xE3\x81 def\xED\xA0\x80g");
    CHECK_STR(t, "abc\xEF\xBF\xBD\xEF\xBF\xBD def\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDg");
    free(t);
}

TEST(boilerplate_removed)
{
    const char *html =
        "<html><head><title>Water utility breach | Kakuu Times</title>"
        "<meta property=\"og:site_name\" content=\"Kakuu Times\"></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        "<div class=\"cookie-banner\"><p>We use cookies to improve your experience, measure use of the "
        "site and show advertising. By continuing you accept this.</p></div>"
        "<article><h1>Water utility breach</h1>"
        "<p class=\"byline\">By Jane Roe</p>"
        "<div class=\"story\">"
        "<p>The city water utility said on Tuesday that an intruder had reached the server that "
        "stores meter readings, and that it had shut the server down as a precaution.</p>"
        "<div class=\"ad-slot\"><p>Advertisement</p></div>"
        "<p>Officials said no customer payment data was kept on that server, and that water "
        "service was never at risk. An outside firm is helping with the investigation.</p>"
        "<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
        "</div>"
        "<h3>Related</h3><ul><li><a href=\"/a\">Another utility reports a breach</a></li>"
        "<li><a href=\"/b\">How meters are read</a></li><li><a href=\"/c\">Council budget</a></li></ul>"
        "</article>"
        "<section id=\"comments\"><h2>3 Comments</h2><p>I think the utility should have told us "
        "sooner, to be honest, and I hope they fix this.</p></section>"
        "</body></html>";
    extract_result *r = run(html, "https://times.kakuu.example/water");
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_STR(r->text,
              "The city water utility said on Tuesday that an intruder had reached the server that "
              "stores meter readings, and that it had shut the server down as a precaution.\n\n"
              "Officials said no customer payment data was kept on that server, and that water "
              "service was never at risk. An outside firm is helping with the investigation.");
    CHECK_STR(r->title, "Water utility breach");
    CHECK_STR(r->author, "Jane Roe");
    CHECK_STR(r->url, "https://times.kakuu.example/water");
    CHECK_STR(r->language, "en");
    extract_result_free(r);
}

/* A reply thread longer than the post, in a container whose class names an article
 * but ends in "replies": the thread is comments, the post is the article. */
TEST(reply_thread_longer_than_post)
{
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<html><body><div class=\"lia-message-body\"><div class=\"lia-message-body-content\">"
                     EN_PARAS "</div></div>"
                     "<div class=\"lia-component-blog-article-replies\">");
    for (int i = 0; i < 14; i++)
        strbuf_printf(&sb, "<div class=\"lia-message-body\"><p>Reply %d: thanks for the write-up, "
                           "we saw the same thing on our own servers last week. Patching now.</p></div>", i);
    strbuf_puts(&sb, "</div></body></html>");
    extract_result *r = run(sb.data, NULL);
    CHECK(r != NULL);
    if (r) {
        CHECK(r->text && strstr(r->text, "An outside firm") != NULL);
        CHECK(r->text && strstr(r->text, "Reply") == NULL);
    }
    extract_result_free(r);
    strbuf_free(&sb);
}

/* A short article beside a list of headlines with summaries that holds more text
 * than the article: the list is "latest news", not the article. */
TEST(teaser_list_longer_than_article)
{
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<html><body><table><tr><td><div class=\"honbun\">" JA_PARAS "</div></td>"
                     "<td><div class=\"box\"><b>主要ニュース</b><ul>");
    for (int i = 0; i < 14; i++)
        strbuf_printf(&sb, "<li><a href=\"/news/%d.html\">架空県で大雨、鉄道の一部区間で運転見合わせ</a><br>"
                           "<font size=\"2\">前線の影響で線路に土砂が流れ込み、鉄道の一部区間で運転を"
                           "見合わせている。復旧は明日以降の見込み。</font></li>", i);
    strbuf_puts(&sb, "</ul></div></td></tr></table></body></html>");
    extract_result *r = run(sb.data, NULL);
    CHECK(r != NULL);
    if (r) {
        CHECK(r->text && strstr(r->text, "検針データ") != NULL);
        CHECK(r->text && strstr(r->text, "土砂") == NULL);
    }
    extract_result_free(r);
    strbuf_free(&sb);
}

TEST(titles)
{
    struct {
        const char *head, *want;
    } cases[] = {
        {"<title>Story of the day | Kakuu Times</title><meta property=\"og:site_name\" content=\"Kakuu Times\">",
         "Story of the day"},
        {"<title>Kakuu Times - Story of the day</title><meta name=\"application-name\" content=\"Kakuu Times\">",
         "Story of the day"},
        {"<meta property=\"og:title\" content=\"記事の見出し｜架空新聞\"><meta property=\"og:site_name\" "
         "content=\"架空新聞\"><title>記事の見出し｜架空新聞</title>",
         "記事の見出し"},
        {"<title>見出しだけのページ</title>", "見出しだけのページ"},
        /* no site name declared: the longer side of the separator */
        {"<title>A much longer headline about a breach - Kakuu</title>", "A much longer headline about a breach"},
        {"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
         "\"headline\":\"JSON-LD headline &amp; more\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Kakuu\"}}"
         "</script><title>Other | Kakuu</title>",
         "JSON-LD headline & more"},
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(cases); k++) {
        char *html = xasprintf("<html><head>%s</head><body><div>" EN_PARAS "</div></body></html>",
                               cases[k].head);
        extract_result *r = run(html, NULL);
        CHECK(r != NULL);
        if (r)
            CHECK_STR(r->title, cases[k].want);
        extract_result_free(r);
        free(html);
    }
}

TEST(published_sources)
{
    struct {
        const char *head, *body_top, *want;
    } cases[] = {
        {"<meta property=\"article:published_time\" content=\"2025-11-18T10:30:00+09:00\">", "",
         "2025-11-18T01:30:00Z"},
        {"<script type=\"application/ld+json\">[{\"@type\":\"WebSite\",\"name\":\"x\"},{\"@type\":"
         "\"BlogPosting\",\"datePublished\":\"2025-11-17T23:00:00Z\"}]</script>",
         "", "2025-11-17T23:00:00Z"},
        {"", "<time datetime=\"2025-11-16T08:00:00Z\" pubdate>Nov 16</time>", "2025-11-16T08:00:00Z"},
        /* Japanese page, date in text only: midnight in Japan */
        {"", "<p class=\"date\">公開日：2025年11月18日</p>", "2025-11-17T15:00:00Z"},
        {"", "<div class=\"info\">2025/11/18 10:30 更新 2025/11/19</div>", "2025-11-18T01:30:00Z"},
        {"", "<span class=\"date\">令和7年11月18日</span>", "2025-11-17T15:00:00Z"},
        /* a published label beats an updated one */
        {"", "<p class=\"date\">更新：2025年11月20日</p><p class=\"date\">公開：2025年11月18日 9時05分</p>",
         "2025-11-18T00:05:00Z"},
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(cases); k++) {
        char *html = xasprintf("<html lang=\"ja\"><head>%s</head><body><article>%s<div class=\"body\">" JA_PARAS
                               "</div></article></body></html>",
                               cases[k].head, cases[k].body_top);
        extract_result *r = run(html, NULL);
        CHECK(r != NULL);
        if (r) {
            CHECK_STR(rfc3339(r->published), cases[k].want);
            CHECK_INT(r->credible, 1);
            /* the dateline is not body text */
            CHECK(r->text && !strstr(r->text, "2025"));
        }
        extract_result_free(r);
        free(html);
    }
}

TEST(date_forms)
{
    struct {
        const char *text;
        int tz;
        const char *want;
    } cases[] = {
        {"公開 2025年11月18日 10時30分", 9 * 3600, "2025-11-18T01:30:00Z"},
        {"2025年11月18日(火) 午後3時5分", 9 * 3600, "2025-11-18T06:05:00Z"},
        {"２０２５年１１月１８日", 9 * 3600, "2025-11-17T15:00:00Z"},
        {"令和元年5月1日", 9 * 3600, "2019-04-30T15:00:00Z"},
        {"平成31年4月30日", 9 * 3600, "2019-04-29T15:00:00Z"},
        {"2025/11/18 10:30", 9 * 3600, "2025-11-18T01:30:00Z"},
        {"2025.11.18", 0, "2025-11-18T00:00:00Z"},
        {"Updated 2025-11-18 10:30 JST", 0, "2025-11-18T01:30:00Z"},
        {"November 17, 2025 4:32 PM GMT", 0, "2025-11-17T16:32:00Z"},
        {"Nov. 8, 2025 at 6:15 p.m. EST", 0, "2025-11-08T23:15:00Z"},
        {"Wed, 05 Nov 2025 14:22:10 +0100", 0, "2025-11-05T13:22:10Z"},
        {"18 November 2025", 0, "2025-11-18T00:00:00Z"},
        {"Sept 3, 2025", 0, "2025-09-03T00:00:00Z"},
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(cases); k++) {
        int64_t t = SD_TIME_NONE;
        size_t st, ln;
        int rc = xdate_find(cases[k].text, strlen(cases[k].text), cases[k].tz, 0, &t, &st, &ln);
        CHECK_INT(rc, 0);
        CHECK_STR(rc == 0 ? rfc3339(t) : NULL, cases[k].want);
    }
    /* not dates */
    const char *none[] = {"version 2025.11.18.1", "call 2025-1118", "12345年6月7日", "1999年13月40日",
                          "in the year 2025", "3.14 and 2.71"};
    for (size_t k = 0; k < SD_ARRAY_LEN(none); k++) {
        int64_t t;
        size_t st, ln;
        CHECK_INT(xdate_find(none[k], strlen(none[k]), 0, 0, &t, &st, &ln), -1);
    }
    int64_t t;
    CHECK_INT(xdate_parse("2025-11-18T10:30:00.123+09:00", 0, 0, &t), 0);
    CHECK_STR(rfc3339(t), "2025-11-18T01:30:00Z");
    CHECK_INT(xdate_parse("2025-11-18", 9 * 3600, 0, &t), 0);
    CHECK_STR(rfc3339(t), "2025-11-17T15:00:00Z");
    CHECK_INT(xdate_parse("2025-11-18T10:30", 0, 0, &t), 0);
    CHECK_STR(rfc3339(t), "2025-11-18T10:30:00Z");
    CHECK_INT(xdate_parse("not a date", 0, 0, &t), -1);
}

TEST(language_check)
{
    char *l;
    l = xmeta_language("en", "架空市の水道局は、検針データを保管するサーバーに不正なアクセスがあったと発表した。");
    CHECK_STR(l, "ja");
    free(l);
    l = xmeta_language(NULL, "The city water utility said on Tuesday that an intruder had reached the server.");
    CHECK_STR(l, "en");
    free(l);
    l = xmeta_language("ja-JP", "架空市の水道局は発表した。");
    CHECK_STR(l, "ja");
    free(l);
    l = xmeta_language("ja", "The city water utility said on Tuesday that an intruder had reached the server.");
    CHECK_STR(l, "en");
    free(l);
    l = xmeta_language("fr", "La ville a annoncé mardi qu'un intrus avait atteint le serveur des compteurs.");
    CHECK_STR(l, "fr");
    free(l);
    l = xmeta_language(NULL, NULL);
    CHECK(l == NULL);
    free(l);
}

TEST(jsonld_body_when_markup_is_empty)
{
    const char *html =
        "<html><head><title>App</title><script type=\"application/ld+json\">"
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Script page\","
        "\"datePublished\":\"2025-11-15T02:20:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"A. Writer\"},"
        "{\"@type\":\"Person\",\"name\":\"B. Writer\"}],"
        "\"articleBody\":\"First paragraph of the body, which only the script renders.\\nSecond paragraph, "
        "with more words so that the body is long enough to count as an article.\\n\\nThird paragraph "
        "closes the story with a sentence or two about what happens next.\"}</script></head>"
        "<body><div id=\"root\"></div><script>render()</script></body></html>";
    extract_result *r = run(html, NULL);
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_INT(r->credible, 1);
    CHECK_STR(r->method, "json-ld");
    CHECK_STR(r->text, "First paragraph of the body, which only the script renders.\n\n"
                       "Second paragraph, with more words so that the body is long enough to count as an "
                       "article.\n\nThird paragraph closes the story with a sentence or two about what "
                       "happens next.");
    CHECK_STR(r->author, "A. Writer, B. Writer");
    CHECK_STR(rfc3339(r->published), "2025-11-15T02:20:00Z");
    extract_result_free(r);
}

TEST(canonical_and_base)
{
    const char *html = "<html><head><base href=\"/news/\"><link rel=\"canonical\" href=\"story-1.html?x=1\">"
                       "</head><body><div>" EN_PARAS "</div></body></html>";
    extract_result *r = run(html, "https://site.kakuu.example/index.html");
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_STR(r->canonical_url, "https://site.kakuu.example/news/story-1.html?x=1");
    CHECK_STR(r->url, "https://site.kakuu.example/news/story-1.html?x=1");
    extract_result_free(r);
    r = run("<html><body><div>" EN_PARAS "</div></body></html>", "https://a.example/p");
    CHECK_STR(r ? r->url : NULL, "https://a.example/p");
    CHECK(r && r->canonical_url == NULL);
    extract_result_free(r);
}

TEST(charsets)
{
    /* Shift_JIS bytes declared by <meta>, by the transport only, and not at all. */
    const char *head = "<html><head><title>文字コード</title>";
    const char *rest = "</head><body><div class=\"honbun\">" JA_PARAS "</div></body></html>";
    const char *decls[] = {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">",
                           "", "<meta charset=\"x-unknown-klingon\">"};
    for (size_t k = 0; k < SD_ARRAY_LEN(decls); k++) {
        char *page = xasprintf("%s%s%s", head, decls[k], rest);
        char *sjis = NULL;
        size_t sjis_len = 0;
        sd_err err = SD_ERR_INIT;
        /* make the Shift_JIS bytes with iconv(1), as the fixtures are made */
        char tmpl[] = "/tmp/test_extract_XXXXXX";
        int fd = mkstemp(tmpl);
        CHECK(fd >= 0);
        if (fd < 0) {
            free(page);
            continue;
        }
        CHECK(write(fd, page, strlen(page)) == (ssize_t)strlen(page));
        close(fd);
        char *cmd = xasprintf("iconv -f UTF-8 -t CP932 %s > %s.sjis", tmpl, tmpl);
        CHECK_INT(system(cmd), 0);
        free(cmd);
        char *sp = xasprintf("%s.sjis", tmpl);
        CHECK_INT(sd_read_file(sp, 0, &sjis, &sjis_len, &err), 0);
        unlink(tmpl);
        unlink(sp);
        free(sp);
        extract_opts o;
        memset(&o, 0, sizeof o);
        if (k == 1)
            o.content_type = "text/html; charset=shift_jis";
        extract_result *r = NULL;
        CHECK_INT(extract_page(sjis, sjis_len, &o, &r, &err), 0);
        if (r) {
            CHECK_STR(r->title, "文字コード");
            CHECK(r->text && strstr(r->text, "給水への影響もないという。") != NULL);
            CHECK(r->charset && (strcmp(r->charset, "CP932") == 0 || strcmp(r->charset, "SHIFT_JIS") == 0));
        }
        extract_result_free(r);
        free(sjis);
        free(page);
    }
}

/* ---- hostile input ------------------------------------------------------------------------ */

static int fails_with(const char *data, size_t len, const extract_opts *o, const char *needle)
{
    extract_result *r = NULL;
    sd_err err = SD_ERR_INIT;
    int rc = extract_page(data, len, o, &r, &err);
    int ok = rc == -1 && r == NULL && strstr(sd_err_msg(&err), needle) != NULL;
    if (!ok)
        fprintf(stderr, "  wanted failure with '%s', got rc %d: %s\n", needle, rc,
                rc ? sd_err_msg(&err) : (r && r->reason ? r->reason : "(credible)"));
    sd_err_clear(&err);
    extract_result_free(r);
    return ok;
}

TEST(bad_input_refused)
{
    extract_opts o;
    memset(&o, 0, sizeof o);
    CHECK(fails_with("", 0, &o, "empty"));
    CHECK(fails_with(" \n\t  \r\n", 7, &o, "empty"));
    CHECK(fails_with("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, &o, "PNG"));
    CHECK(fails_with("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 15, &o, "PDF"));
    o.content_type = "image/jpeg";
    CHECK(fails_with("<html><body><p>x</p></body></html>", 34, &o, "Content-Type"));
    o.content_type = NULL;
    /* random bytes */
    size_t n = 65536;
    char *junk = xmalloc(n);
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        junk[i] = (char)(x & 0xFF);
    }
    CHECK(fails_with(junk, n, &o, "binary"));
    free(junk);
    /* enormous: over the limit we set */
    o.max_bytes = 1000;
    char *big = xmalloc(2000);
    memset(big, 'a', 2000);
    CHECK(fails_with(big, 2000, &o, "too large"));
    free(big);
}

static extract_result *run_timed(const char *data, size_t len, double *secs)
{
    extract_opts o;
    memset(&o, 0, sizeof o);
    extract_result *r = NULL;
    sd_err err = SD_ERR_INIT;
    double t0 = now_s();
    int rc = extract_page(data, len, &o, &r, &err);
    *secs = now_s() - t0;
    if (rc != 0)
        fprintf(stderr, "  (refused: %s)\n", sd_err_msg(&err));
    sd_err_clear(&err);
    return r;
}

TEST(bad_input_deep_nesting)
{
    /* An article, then 10,000 nested divs (and inline elements, and tables). */
    const char *kinds[] = {"<div>", "<b>", "<table><tr><td>", "<ul><li>"};
    for (size_t k = 0; k < SD_ARRAY_LEN(kinds); k++) {
        strbuf sb = STRBUF_INIT;
        strbuf_puts(&sb, "<html><body><div class=\"article\">" EN_PARAS "</div>");
        for (int i = 0; i < 10000; i++)
            strbuf_puts(&sb, kinds[k]);
        strbuf_puts(&sb, "deep text");
        strbuf_puts(&sb, "</body></html>");
        double secs;
        extract_result *r = run_timed(sb.data, sb.len, &secs);
        CHECK(secs < 2.0 * SLOW);
        CHECK(r != NULL);
        if (r) {
            /* the article before the deep part survives; the parser stopped at 256 levels */
            CHECK_INT(r->credible, 1);
            CHECK(r->text && strstr(r->text, "An outside firm") != NULL);
            CHECK_INT(r->truncated, 1);
        }
        extract_result_free(r);
        strbuf_free(&sb);
    }
}

TEST(bad_input_script_and_empty_pages)
{
    extract_result *r = run("<html><head><script>var a = 1;</script></head><body><script>"
                            "document.write('<p>hello</p>')</script></body></html>",
                            NULL);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(r->credible, 0);
        CHECK(r->text == NULL);
        CHECK(r->reason && strstr(r->reason, "script") != NULL);
    }
    extract_result_free(r);
    r = run("<html><body><nav><ul><li><a href=\"/1\">Home</a></li><li><a href=\"/2\">World news</a>"
            "</li><li><a href=\"/3\">Technology and science</a></li><li><a href=\"/4\">Opinion "
            "columns</a></li></ul></nav><div class=\"links\"><a href=\"/5\">A linked headline about "
            "something</a> <a href=\"/6\">Another linked headline about other things</a></div></body></html>",
            NULL);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(r->credible, 0);
        CHECK(r->reason != NULL);
    }
    extract_result_free(r);
    r = run("<p>Too short.</p>", NULL);
    CHECK(r && r->credible == 0 && r->reason && strstr(r->reason, "too little text"));
    extract_result_free(r);
}

TEST(bad_input_attribute_bomb)
{
    /* 200,000 attributes in one tag: libxml2 alone needs minutes for this. */
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<html><body><div ");
    for (int i = 0; i < 200000; i++)
        strbuf_printf(&sb, "a%d=1 ", i);
    strbuf_puts(&sb, ">" EN_PARAS "</div></body></html>");
    double secs;
    extract_result *r = run_timed(sb.data, sb.len, &secs);
    CHECK(secs < 3.0 * SLOW);
    CHECK(r != NULL && r->credible == 1);
    extract_result_free(r);
    strbuf_free(&sb);
    /* the same behind a '<' that is text and a comment: removing the comment would make the
     * '<' open the tag, unseen by the prescan (the comment stays) */
    strbuf_puts(&sb, "<html><body>" EN_PARAS "<<!-- x -->div ");
    for (int i = 0; i < 200000; i++)
        strbuf_printf(&sb, "a%d=1 ", i);
    strbuf_puts(&sb, ">text</div></body></html>");
    r = run_timed(sb.data, sb.len, &secs);
    CHECK(secs < 3.0 * SLOW);
    CHECK(r != NULL && r->credible == 1);
    extract_result_free(r);
    strbuf_free(&sb);
    /* one attribute name of a megabyte (libxml2 reads it as many) */
    strbuf_puts(&sb, "<html><body><div ");
    for (int i = 0; i < 1000000; i++)
        strbuf_putc(&sb, (char)('a' + i % 26));
    strbuf_puts(&sb, ">" EN_PARAS "</div></body></html>");
    r = run_timed(sb.data, sb.len, &secs);
    CHECK(secs < 3.0 * SLOW);
    CHECK(r != NULL);
    extract_result_free(r);
    strbuf_free(&sb);
}

/* ---- the prescan: attributes the extractor never reads are removed ---------------------- */

/* xprescan_sanitize on a copy of `in`; the result, to free. */
static char *sanitized(const char *in, size_t max_attrs, size_t *cut)
{
    size_t n = strlen(in);
    char *b = xstrdup(in);
    size_t got = xprescan_sanitize(b, n, max_attrs, cut);
    CHECK(got <= n && got == strlen(b));
    return b;
}

#define CHECK_SANITIZED(in, want)                                                                  \
    do {                                                                                           \
        size_t cut_;                                                                               \
        char *got_ = sanitized(in, 100, &cut_);                                                    \
        CHECK_STR(got_, want);                                                                     \
        CHECK_INT(cut_, 0);                                                                        \
        free(got_);                                                                                \
    } while (0)

TEST(prescan_attributes_removed)
{
    /* what the extractor reads stays, in any case; the rest goes with the blanks after it */
    CHECK_SANITIZED("<div class=\"a\" data-x=\"1\" id=b aria-label='x y' role=main>t</div>",
                    "<div class=\"a\" id=b role=main>t</div>");
    CHECK_SANITIZED("<IMG ALT=\"x\" SRC=y CLASS=c DATA-X=\"1\">", "<IMG CLASS=c >");
    CHECK_SANITIZED("<META NAME=author CONTENT=\"J\" DATA-X=1>", "<META NAME=author CONTENT=\"J\" >");
    CHECK_SANITIZED("<html lang=ja xml:lang=ja data-theme=dark>", "<html lang=ja xml:lang=ja >");
    CHECK_SANITIZED("<meta charset=shift_jis data-x><meta http-equiv=Content-Type content=\"text/html\">",
                    "<meta charset=shift_jis ><meta http-equiv=Content-Type content=\"text/html\">");
    CHECK_SANITIZED("<link rel=canonical href=\"/a\" crossorigin><base href=/ target=_blank>",
                    "<link rel=canonical href=\"/a\" ><base href=/ >");
    CHECK_SANITIZED("<time datetime=2025-11-18 pubdate data-x title=t>x</time>",
                    "<time datetime=2025-11-18 pubdate >x</time>");
    CHECK_SANITIZED("<span itemprop=author hidden aria-hidden=true style=\"x\" content=c>",
                    "<span itemprop=author hidden aria-hidden=true style=\"x\" content=c>");
    /* quoted values hold '>' and blanks; a bare one takes '/' ("<a href=x/>" is href="x/") */
    CHECK_SANITIZED("<p title=\"a>b\">text</p>", "<p >text</p>");
    CHECK_SANITIZED("<link href='/x y' title=\"a 'b' > c\" data-x=y>l", "<link href='/x y' >l");
    CHECK_SANITIZED("<base href=x/>y<a title=t/>z</a>", "<base href=x/>y<a >z</a>");
    CHECK_SANITIZED("<br title=t /><img alt=\"b\"/>", "<br /><img />");
    CHECK_SANITIZED("<p a=\"1\"b=\"2\" class=c>", "<p class=c>");
    /* blanks, newlines, an '=' between blanks */
    CHECK_SANITIZED("<div\n  data-a=\"1\"\n  class=\"k\"\n  aria-label =\n \"x y\">z</div>",
                    "<div\n  class=\"k\"\n  >z</div>");
    CHECK_SANITIZED("<div\r\n\tclass\t=\tk\r\n\ttitle\t=\tt>", "<div\r\n\tclass\t=\tk\r\n\t>");
    /* a form feed is no blank for libxml2: part of the word it is in */
    CHECK_SANITIZED("<p title=x\fclass=y>t</p>", "<p >t</p>");
    CHECK_SANITIZED("<p\fclass=y>t</p>", "<p\fclass=y>t</p>");
    /* junk (no name) stays, "/" and all; an attribute before '=' junk stays, else "hidden"
     * would take the value */
    CHECK_SANITIZED("<img/src=\"a\"/alt=\"b\"/>", "<img/src=\"a\"/alt=\"b\"/>");
    CHECK_SANITIZED("<p hidden title=\"t\"=y>t</p>", "<p hidden title=\"t\"=y>t</p>");
    CHECK_SANITIZED("<p hidden title=t class=c>", "<p hidden class=c>");
    CHECK_SANITIZED("<p %x title=t \"q\" data-y>", "<p %x \"q\" >");
    CHECK_SANITIZED("<svg %x/>after", "<svg %x/>after");
    /* names of more than 100 characters are read as several attributes */
    {
        strbuf sb = STRBUF_INIT;
        strbuf_puts(&sb, "<div ");
        for (int i = 0; i < 150; i++)
            strbuf_putc(&sb, 'a');
        strbuf_puts(&sb, "=1 class=c>t</div>");
        CHECK_SANITIZED(sb.data, "<div class=c>t</div>");
        strbuf_free(&sb);
    }
    /* an unclosed quote runs to the end of the text, as for libxml2; so does an unclosed tag */
    CHECK_SANITIZED("<p class=c title=\"x>rest of the page</p>", "<p class=c ");
    CHECK_SANITIZED("<p>a</p><div class=a data-x=1", "<p>a</p><div class=a ");
    CHECK_SANITIZED("<div class=a data-x=", "<div class=a ");
}

TEST(prescan_attributes_by_tag)
{
    /* a link target is read on <link> and <base> only; on <a> only whether there is one, so
     * elsewhere href stays without its value (and a blank keeps it apart from what follows) */
    CHECK_SANITIZED("<a href=\"https://example.com/a?b=c&amp;d\" class=x>t</a>", "<a href class=x>t</a>");
    CHECK_SANITIZED("<a class=x href='/p'>t</a><a href=/q>u</a>", "<a class=x href>t</a><a href>u</a>");
    CHECK_SANITIZED("<A HREF = \"/p\"class=x>t</A>", "<A HREF class=x>t</A>");
    CHECK_SANITIZED("<a href=/x/>t</a><a href>u</a><a href class=y>v</a>",
                    "<a href>t</a><a href>u</a><a href class=y>v</a>");
    CHECK_SANITIZED("<LINK REL=canonical HREF=\"/c\"><base href='/b/'>", "<LINK REL=canonical HREF=\"/c\"><base href='/b/'>");
    /* an href followed by '=' junk stays whole, as any attribute does */
    CHECK_SANITIZED("<a hidden href=\"/p\"=2>t</a>", "<a hidden href=\"/p\"=2>t</a>");
    /* name, property, charset and http-equiv are read on <meta> only */
    CHECK_SANITIZED("<meta property=og:title name=t content=c><a name=top property=p>x</a>",
                    "<meta property=og:title name=t content=c><a >x</a>");
    CHECK_SANITIZED("<script charset=utf-8 src=a.js></script><div http-equiv=x>y</div>",
                    "<script ></script><div >y</div>");

    /* what the extractor makes of it: a block of links is still links (link density), even
     * when it holds more text than the article; the canonical URL stays whole */
    static const char page[] =
        "<html><head><title>T</title><link rel=canonical href=\"https://example.com/news/1\"></head>"
        "<body><div><p>Attackers abused a flaw in the VPN appliance to reach internal "
        "networks, the vendor said on Tuesday, urging customers to patch at once.</p>"
        "<p>The company published fixed versions and indicators of compromise, and asked "
        "administrators to rotate credentials stored on affected devices.</p></div>"
        "<div><p><a href=\"https://example.com/a\">Another story, about a ransomware gang that "
        "leaked the records of a hospital group, told in a long headline.</a></p>"
        "<p><a href=\"https://example.com/b\">Another story, about a phishing wave that used "
        "fake invoices from a parcel company, in one more long headline.</a></p>"
        "<p><a href=\"https://example.com/c\">Another story, about a browser update that closed "
        "a flaw already used in attacks, in a third long headline here.</a></p></div></body></html>";
    extract_opts o;
    memset(&o, 0, sizeof o);
    extract_result *r = NULL;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(extract_page(page, sizeof page - 1, &o, &r, &err), 0);
    if (r) {
        CHECK_STR(r->canonical_url, "https://example.com/news/1");
        CHECK(r->text && strstr(r->text, "rotate credentials") != NULL);
        CHECK(r->text && strstr(r->text, "Another story") == NULL);
    }
    extract_result_free(r);
    sd_err_clear(&err);
}

TEST(prescan_attributes_text_untouched)
{
    /* text, <pre> and <textarea> content, end tags, processing instructions and declarations
     * stay as they are: libxml2 reads no attributes there */
    CHECK_SANITIZED("a title=x <b>c</b> d=e", "a title=x <b>c</b> d=e");
    CHECK_SANITIZED("<pre data-l=c>x <b data-x=1>y</b>\n  z</pre>", "<pre >x <b >y</b>\n  z</pre>");
    CHECK_SANITIZED("<textarea rows=3><b title=q>k</b> t</textarea>", "<textarea ><b >k</b> t</textarea>");
    CHECK_SANITIZED("<p>x</p data-x=\"y>z\">", "<p>x</p data-x=\"y>z\">");
    CHECK_SANITIZED("<p>x</p <b title=t>>", "<p>x</p <b title=t>>");
    CHECK_SANITIZED("<?php echo \"<a title=x>\"; ?><b title=y>", "<?php echo \"<a title=x>\"; ?><b >");
    CHECK_SANITIZED("<!DOCTYPE html SYSTEM \"a>b\" <p title=x>><p title=y>",
                    "<!DOCTYPE html SYSTEM \"a>b\" <p title=x>><p >");
    /* after a <!DOCTYPE> past the prolog, libxml2 reads "</" as text */
    CHECK_SANITIZED("x<!DOCTYPE y></p data-a=1 <b title=t>>", "x<!DOCTYPE y></p data-a=1 <b >>");
    /* JSON-LD is metadata: the script's content stays whole, comments and all */
    CHECK_SANITIZED("<script type=\"application/ld+json\" data-x=1>{\"a\":\"<p title=x><!-- c -->\"}</script>",
                    "<script type=\"application/ld+json\" >{\"a\":\"<p title=x><!-- c -->\"}</script>");
    CHECK_SANITIZED("<script type=application/ld+json>{}</scripts><i title=t></script><i title=t>",
                    "<script type=application/ld+json>{}</scripts><i title=t></script><i >");
    CHECK_SANITIZED("<script type=application/ld+json>{\"a\":\"<b <i\"} <p title=t>",
                    "<script type=application/ld+json>{\"a\":\"<b <i\"} <p title=t>");
    CHECK_SANITIZED("<script type=application/ld+json><noscript data-x=1>t</noscript>",
                    "<script type=application/ld+json><noscript ></noscript>");
    /* other scripts lose their content, as before */
    CHECK_SANITIZED("<script src=a.js async>var x = '<b title=t>';</script>", "<script ></script>");
    /* comments go; "--!>" ends one too (libxml2 2.9.14 says so) */
    CHECK_SANITIZED("a<!-- c -->b<!-- d --!>c", "abc");
    /* but not after a '<' that is text: "<" and "b title=x>" would make a tag */
    CHECK_SANITIZED("a <<!-- c -->b title=x>", "a <<!-- c -->b title=x>");
}

TEST(prescan_attributes_past_limit)
{
    /* past max_attrs, everything up to the end of the tag goes, what is read too; the count
     * is of the attributes before any removal; "/>" stays */
    size_t cut = 9;
    char *got = sanitized("<p a=1 b=2 class=c d=4 id=e /><p a=1 b=2 c=3 class=x>t", 3, &cut);
    CHECK_STR(got, "<p class=c /><p >t");
    CHECK_INT(cut, 2);
    free(got);
    got = sanitized("<p a=1 b=2 c=3><i x y z>", 3, &cut);
    CHECK_STR(got, "<p ><i >");
    CHECK_INT(cut, 0);
    free(got);
    /* "ld+json" past the limit does not make a script JSON-LD */
    got = sanitized("<script a b c type=ld+json>x</script><script type=ld+json a b c>x</script>", 3, &cut);
    CHECK_STR(got, "<script ></script><script type=ld+json >x</script>");
    CHECK_INT(cut, 2);
    free(got);
}

TEST(bad_input_odd_bytes)
{
    /* NUL bytes and invalid UTF-8 inside an otherwise good page */
    const char page[] = "<html><body><div class=\"story\"><p>The city water utility said on Tuesday that "
                        "an intruder\0 had reached the server that stores meter \xff\xfe readings, and "
                        "that it had shut the server down as a precaution.</p><p>Officials said no "
                        "customer payment data was kept on that server, and that water service was "
                        "never at risk.</p></div></body></html>";
    double secs;
    extract_result *r = run_timed(page, sizeof page - 1, &secs);
    CHECK(r != NULL);
    if (r) {
        CHECK_INT(r->credible, 1);
        CHECK(r->text && strstr(r->text, "never at risk.") != NULL);
    }
    extract_result_free(r);
}

TEST(large_page_is_linear)
{
    /* Four megabytes of paragraphs in nested sections: bounded time, all text found. */
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<html><body><div class=\"article-body\">");
    int paras = 0;
    while (sb.len < 4u * 1024 * 1024) {
        strbuf_printf(&sb, "<section><p>Paragraph %d of a very long report, which goes on, and on, "
                           "with commas, and sentences.</p></section>",
                      paras++);
    }
    strbuf_puts(&sb, "</div></body></html>");
    double secs;
    extract_result *r = run_timed(sb.data, sb.len, &secs);
    CHECK(secs < 5.0 * SLOW);
    CHECK(r != NULL && r->credible == 1);
    if (r && r->text) {
        char *last = xasprintf("Paragraph %d of", paras - 1);
        CHECK(strstr(r->text, last) != NULL);
        free(last);
    }
    extract_result_free(r);
    strbuf_free(&sb);
}

TEST(internal_tables_sorted)
{
    CHECK(xdom_tables_sorted());
}

/* ---- the pipeline step ------------------------------------------------------------------- */

TEST(store_pending)
{
    char dir[] = "/tmp/test_extract_db_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char *path = xasprintf("%s/t.db", dir);
    store *st = NULL;
    sd_err err = SD_ERR_INIT;
    if (store_open(path, &st, &err) != 0) {
        fprintf(stderr, "  store_open: %s\n", sd_err_msg(&err));
        CHECK(0);
        sd_err_clear(&err);
        free(path);
        return;
    }
    int64_t feed_id = 0;
    int created = 0;
    CHECK_INT(store_feed_add(st, "https://feed.kakuu.example/rss", "Kakuu", "en", NULL, &feed_id,
                             &created, &err), 0);

    feed_doc doc;
    memset(&doc, 0, sizeof doc);
    feed_item items[2];
    memset(items, 0, sizeof items);
    items[0].id = "a";
    items[0].title = "Good page";
    items[0].link = "https://news.kakuu.example/good";
    items[0].published = 1763430000;
    items[0].updated = SD_TIME_NONE;
    items[0].summary = "Summary of the good page.";
    items[1].id = "b";
    items[1].title = "Broken page";
    items[1].link = "https://news.kakuu.example/broken";
    items[1].published = 1763430000;
    items[1].updated = SD_TIME_NONE;
    items[1].summary = "The feed's own summary of the broken page.";
    doc.items = items;
    doc.nitems = 2;
    doc.updated = SD_TIME_NONE;
    store_upsert_stats stats;
    CHECK_INT(store_items_upsert(st, feed_id, &doc, 1763430000, &stats, &err), 0);

    store_item *its = NULL;
    size_t nits = 0;
    CHECK_INT(store_items_without_page(st, 10, &its, &nits, &err), 0);
    CHECK_INT(nits, 2);
    int64_t good = 0, broken = 0;
    for (size_t k = 0; k < nits; k++) {
        if (its[k].link && strstr(its[k].link, "good"))
            good = its[k].id;
        else
            broken = its[k].id;
    }
    store_items_free(its, nits);

    const char *good_html = "<html><head><title>Good page</title></head><body><div class=\"story\">" EN_PARAS
                            "</div></body></html>";
    store_page p;
    memset(&p, 0, sizeof p);
    p.item_id = good;
    p.url = "https://news.kakuu.example/good";
    p.status = 200;
    p.content_type = "text/html; charset=utf-8";
    p.body = (char *)good_html;
    p.body_len = strlen(good_html);
    p.fetched_at = 1763430100;
    CHECK_INT(store_page_put(st, &p, &err), 0);
    p.item_id = broken;
    p.url = "https://news.kakuu.example/broken";
    p.body = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    p.body_len = 16;
    CHECK_INT(store_page_put(st, &p, &err), 0);

    size_t done = 99, failed = 99;
    CHECK_INT(extract_store_pending(st, 0, &done, &failed, &err), 0);
    CHECK_INT(done, 1);
    CHECK_INT(failed, 1);

    store_extract x;
    int found = 0;
    CHECK_INT(store_extract_get(st, good, &x, &found, &err), 0);
    CHECK_INT(found, 1);
    if (found) {
        CHECK_INT(x.fallback, 0);
        CHECK(x.text && strstr(x.text, "An outside firm is helping") != NULL);
        CHECK_INT(x.version, EXTRACT_VERSION);
        CHECK_STR(x.title, "Good page");
        store_extract_clear(&x);
    }
    CHECK_INT(store_extract_get(st, broken, &x, &found, &err), 0);
    CHECK_INT(found, 1);
    if (found) {
        CHECK_INT(x.fallback, 1);
        CHECK_STR(x.text, "The feed's own summary of the broken page.");
        CHECK(x.reason && strstr(x.reason, "PNG") != NULL);
        store_extract_clear(&x);
    }
    /* nothing left to do; forced, everything again */
    CHECK_INT(extract_store_pending(st, 0, &done, &failed, &err), 0);
    CHECK_INT(done + failed, 0);
    CHECK_INT(extract_store_pending(st, 1, &done, &failed, &err), 0);
    CHECK_INT(done, 1);
    CHECK_INT(failed, 1);
    store_close(st);
    char *cmd = xasprintf("rm -rf %s", dir);
    CHECK_INT(system(cmd), 0);
    free(cmd);
    free(path);
    sd_err_clear(&err);
}

int main(void)
{
    RUN(text_format_blocks);
    RUN(text_format_japanese_spacing);
    RUN(text_format_invisible_and_runs);
    RUN(boilerplate_removed);
    RUN(reply_thread_longer_than_post);
    RUN(teaser_list_longer_than_article);
    RUN(titles);
    RUN(published_sources);
    RUN(date_forms);
    RUN(language_check);
    RUN(jsonld_body_when_markup_is_empty);
    RUN(canonical_and_base);
    RUN(charsets);
    RUN(bad_input_refused);
    RUN(bad_input_deep_nesting);
    RUN(bad_input_script_and_empty_pages);
    RUN(bad_input_attribute_bomb);
    RUN(prescan_attributes_removed);
    RUN(prescan_attributes_by_tag);
    RUN(prescan_attributes_text_untouched);
    RUN(prescan_attributes_past_limit);
    RUN(bad_input_odd_bytes);
    RUN(large_page_is_linear);
    RUN(internal_tables_sorted);
    RUN(store_pending);
    return test_report();
}
