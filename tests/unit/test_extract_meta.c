/*
 * Publication time and author as pages state them, on small pages written here:
 *
 *  - date forms: "2026 January 21 16:00 GMT" (year first, as advisories write it) and the
 *    US zone names without S or D (ET, CT, MT, PT), which follow daylight saving time;
 *  - a publication date declared without its time of day (or at 00:00:00 or 12:00:00 UTC)
 *    takes the time another declaration, a <time datetime>, a date element or a dateline
 *    near the article gives for that same day; never a time of another day, of an update,
 *    of a list of other articles, or from the prose;
 *  - labels: a date labelled as an update is not the publication's ("最終更新日",
 *    "2026-02-13(更新)", "Updated <relative-time>"); a label stands before the date, in
 *    parentheses after it, or in the text of the siblings before a date element;
 *  - bylines: the name without what runs on after it in other elements (a rank, a date, an
 *    organisation, a bio, "By" in an element of its own), "@handle(Name)" as the handle,
 *    "Posted <date> by <name>" right under the headline.
 *
 * Each rule is checked where the extractor used to get it wrong; the last test checks that
 * the new searches stay linear on a hostile page.
 */
#include "test.h"

#include "core/timeutil.h"
#include "extract/extract.h"
#include "extract/extract_internal.h"
#include "extract_test_util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static extract_result *run(const char *html)
{
    return extract_run(html, NULL);
}

/* A page: lang, <head> matter, what stands above the body in the article, the body. */
static extract_result *page(const char *lang, const char *head, const char *top, const char *body)
{
    char *html = xasprintf("<html lang=\"%s\"><head><title>Water utility breach</title>%s</head><body>"
                           "<article><h1>Water utility breach</h1>%s<div class=\"article-body\">%s</div>"
                           "</article></body></html>",
                           lang, head, top, body);
    extract_result *r = run(html);
    free(html);
    return r;
}

static void check_published(const char *lang, const char *head, const char *top, const char *body,
                            const char *want, int line)
{
    extract_result *r = page(lang, head, top, body);
    CHECK(r != NULL);
    if (!r)
        return;
    const char *got = rfc3339(r->published);
    if (!((got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0)))
        fprintf(stderr, "  case at line %d\n", line);
    CHECK_STR(got, want);
    CHECK_INT(r->credible, 1);
    extract_result_free(r);
}
#define PUBLISHED(lang, head, top, body, want) check_published(lang, head, top, body, want, __LINE__)

static void check_author(const char *lang, const char *head, const char *top, const char *want,
                         int line)
{
    extract_result *r = page(lang, head, top, strcmp(lang, "ja") == 0 ? JA_PARAS : EN_PARAS);
    CHECK(r != NULL);
    if (!r)
        return;
    if (!((r->author == NULL && want == NULL) || (r->author && want && strcmp(r->author, want) == 0)))
        fprintf(stderr, "  case at line %d\n", line);
    CHECK_STR(r->author, want);
    extract_result_free(r);
}
#define AUTHOR(lang, head, top, want) check_author(lang, head, top, want, __LINE__)

#define LD_DATE(d)                                                                                 \
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"         \
    "\"NewsArticle\",\"headline\":\"Water utility breach\",\"datePublished\":\"" d "\"}</script>"

/* ---- date forms ---------------------------------------------------------------------------- */

TEST(date_year_month_day)
{
    struct {
        const char *text, *want;
    } cases[] = {
        {"First Published: 2026 January 21 16:00 GMT", "2026-01-21T16:00:00Z"},
        {"2025 Nov 3", "2025-11-03T00:00:00Z"},
        {"Revised 2025 September 30th 08:15 UTC", "2025-09-30T08:15:00Z"},
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(cases); k++) {
        int64_t t = SD_TIME_NONE;
        size_t st, ln;
        int rc = xdate_find(cases[k].text, strlen(cases[k].text), 0, 0, &t, &st, &ln);
        CHECK_INT(rc, 0);
        CHECK_STR(rc == 0 ? rfc3339(t) : NULL, cases[k].want);
    }
    const char *none[] = {"in 2026 January", "2026 May 123", "2026 Mayday 3", "2026January 21"};
    for (size_t k = 0; k < SD_ARRAY_LEN(none); k++) {
        int64_t t;
        size_t st, ln;
        CHECK_INT(xdate_find(none[k], strlen(none[k]), 0, 0, &t, &st, &ln), -1);
    }
}

TEST(date_us_zones_daylight_saving)
{
    struct {
        const char *text, *want;
    } cases[] = {
        {"Jan 30, 2026 at 8:12 a.m. ET", "2026-01-30T13:12:00Z"},
        {"Jul 9, 2026 at 8:12 a.m. ET", "2026-07-09T12:12:00Z"},
        {"June 2, 2026 4:05 PM PT", "2026-06-02T23:05:00Z"},
        {"December 2, 2025 4:05 PM PT", "2025-12-03T00:05:00Z"},
        {"March 3, 2026 10:00 CT", "2026-03-03T16:00:00Z"},
        {"August 3, 2026 10:00 CT", "2026-08-03T15:00:00Z"},
        {"August 3, 2026 10:00 MT", "2026-08-03T16:00:00Z"},
        {"August 3, 2026 10:00 MST", "2026-08-03T17:00:00Z"},
        /* 2026: daylight saving from Sunday March 8, 2:00 to Sunday November 1, 2:00 */
        {"March 8, 2026 1:30 a.m. ET", "2026-03-08T06:30:00Z"},
        {"March 8, 2026 3:30 a.m. ET", "2026-03-08T07:30:00Z"},
        {"November 1, 2026 1:30 a.m. PT", "2026-11-01T08:30:00Z"},
        {"November 1, 2026 2:30 a.m. PT", "2026-11-01T10:30:00Z"},
        /* a zone that says S or D is taken as written */
        {"Jul 9, 2026 at 8:12 a.m. EST", "2026-07-09T13:12:00Z"},
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(cases); k++) {
        int64_t t = SD_TIME_NONE;
        size_t st, ln;
        int rc = xdate_find(cases[k].text, strlen(cases[k].text), 0, 0, &t, &st, &ln);
        CHECK_INT(rc, 0);
        if (rc == 0 && strcmp(rfc3339(t), cases[k].want) != 0)
            fprintf(stderr, "  %s\n", cases[k].text);
        CHECK_STR(rc == 0 ? rfc3339(t) : NULL, cases[k].want);
    }
}

TEST(date_info_precision)
{
    xdate_info d;
    CHECK_INT(xdate_parse_info("2026-01-30", 9 * 3600, 0, &d), 0);
    CHECK_INT(d.timed, 0);
    CHECK_INT(d.day, time_days_from_civil(2026, 1, 30));
    CHECK_INT(xdate_parse_info("2026-01-30T08:12:00+09:00", 0, 0, &d), 0);
    CHECK_INT(d.timed, 1);
    CHECK_INT(d.day, time_days_from_civil(2026, 1, 30)); /* the day as written, not in UTC */
    CHECK_INT(xdate_parse_info("2026-01-30T00:00:00+09:00", 0, 0, &d), 0);
    CHECK_INT(d.timed, 0);
    CHECK_INT(xdate_parse_info("2026-01-30T12:00:00Z", 0, 0, &d), 0);
    CHECK_INT(d.timed, 0);
    CHECK_INT(xdate_parse_info("2026-01-30T12:00:00+09:00", 0, 0, &d), 0);
    CHECK_INT(d.timed, 1);
    size_t st, ln;
    const char *s = "Jan 30, 2026 at 8:12 p.m. ET";
    CHECK_INT(xdate_find_info(s, strlen(s), 0, 0, &d, &st, &ln), 0);
    CHECK_INT(d.timed, 1);
    CHECK_INT(d.day, time_days_from_civil(2026, 1, 30)); /* 01:12 UTC the next day */
    CHECK_STR(rfc3339(d.t), "2026-01-31T01:12:00Z");
}

/* ---- the time of a date declared alone ----------------------------------------------------- */

TEST(published_time_from_another_declaration)
{
    /* JSON-LD gives the day, article:published_time the time of that day */
    PUBLISHED("ja",
              LD_DATE("2026-01-30")
              "<meta property=\"article:published_time\" content=\"2026-01-30T08:12:00+09:00\">",
              "", JA_PARAS, "2026-01-29T23:12:00Z");
    /* a time of another day is not the time of this date */
    PUBLISHED("ja",
              LD_DATE("2026-01-30")
              "<meta property=\"article:published_time\" content=\"2026-01-29T08:12:00+09:00\">",
              "", JA_PARAS, "2026-01-29T15:00:00Z");
}

TEST(published_time_from_the_page)
{
    /* a Japanese dateline */
    PUBLISHED("ja", LD_DATE("2026-01-30"), "<p class=\"date\">2026年1月30日 8時12分</p>", JA_PARAS,
              "2026-01-29T23:12:00Z");
    PUBLISHED("ja", LD_DATE("2026-01-30"), "<div class=\"info\">2026/01/30 08:12</div>", JA_PARAS,
              "2026-01-29T23:12:00Z");
    /* an American one, with its zone */
    PUBLISHED("en", "<meta property=\"article:published_time\" content=\"2026-01-30\">",
              "<p class=\"dateline\">Jan 30, 2026 at 8:12 a.m. ET</p>", EN_PARAS, "2026-01-30T13:12:00Z");
    /* <time datetime> */
    PUBLISHED("ja", LD_DATE("2026-01-30"),
              "<div class=\"meta\"><time datetime=\"2026-01-30T08:12:00+09:00\">1月30日</time></div>",
              JA_PARAS, "2026-01-29T23:12:00Z");
    /* midnight and noon UTC declared are dates in disguise */
    PUBLISHED("ja", LD_DATE("2026-01-30T00:00:00+09:00"), "<p class=\"date\">2026年1月30日 8時12分</p>",
              JA_PARAS, "2026-01-29T23:12:00Z");
    PUBLISHED("en", LD_DATE("2026-01-30T12:00:00Z"), "<p class=\"dateline\">Jan 30, 2026 8:12 AM ET</p>",
              EN_PARAS, "2026-01-30T13:12:00Z");
    /* the date found in the page itself: the nearer date element gives the day, another the time */
    PUBLISHED("ja", "",
              "<span class=\"posted\">2026年1月30日 8時12分</span><p class=\"date\">2026/01/30</p>",
              JA_PARAS, "2026-01-29T23:12:00Z");
}

TEST(published_time_not_from_elsewhere)
{
    /* another day */
    PUBLISHED("ja", LD_DATE("2026-01-30"), "<p class=\"date\">2026年1月29日 8時12分</p>", JA_PARAS,
              "2026-01-29T15:00:00Z");
    /* an update */
    PUBLISHED("ja", LD_DATE("2026-01-30"), "<p class=\"date\">更新：2026年1月30日 15時00分</p>", JA_PARAS,
              "2026-01-29T15:00:00Z");
    /* a list of other articles */
    PUBLISHED("ja", LD_DATE("2026-01-30"),
              "<ul><li><span class=\"date\">2026/01/30 14:00</span> <a href=\"/a\">別の記事の見出し</a></li>"
              "<li><span class=\"date\">2026/01/30 11:00</span> <a href=\"/b\">さらに別の記事</a></li></ul>",
              JA_PARAS, "2026-01-29T15:00:00Z");
    /* the prose: a time the article tells of */
    PUBLISHED("ja", LD_DATE("2026-01-30"), "",
              "<p>2026年1月30日 8時12分ごろ、同局の別のサーバーにも不審な通信があったという。</p>" JA_PARAS,
              "2026-01-29T15:00:00Z");
    /* a placeholder noon UTC gives no time */
    PUBLISHED("en", "<meta property=\"article:published_time\" content=\"2026-01-30\">",
              "<time datetime=\"2026-01-30T12:00:00Z\">January 30, 2026</time>", EN_PARAS,
              "2026-01-30T00:00:00Z");
}

/* ---- labels --------------------------------------------------------------------------------- */

TEST(update_is_not_publication)
{
    /* a page that states only when it was last updated has no publication date */
    PUBLISHED("ja", "", "<div align=\"right\"><font size=\"2\">最終更新日:2026年2月6日</font></div>",
              JA_PARAS, NULL);
    /* labels in parentheses after the dates */
    PUBLISHED("ja", "", "<div class=\"header-info\">JP-AT-2026-0007<br>2026-02-12(公開)<br>2026-02-13(更新)</div>",
              JA_PARAS, "2026-02-11T15:00:00Z");
    /* an update first, then the publication, in one date element */
    PUBLISHED("ja", "", "<p class=\"date\">更新日：2025/11/19　公開日：2025/11/18</p>", JA_PARAS,
              "2025-11-17T15:00:00Z");
    /* labels in the siblings before custom elements with a datetime */
    PUBLISHED("en", "",
              "<div class=\"header-meta\"><span>High severity</span> Published <relative-time "
              "datetime=\"2026-02-18T21:44:00Z\">Feb 18, 2026</relative-time> to the database &middot; "
              "Updated <relative-time datetime=\"2026-02-20T09:12:00Z\">Feb 20, 2026</relative-time></div>",
              EN_PARAS, "2026-02-18T21:44:00Z");
    /* a label in the text node before the date */
    PUBLISHED("en", "",
              "<dl class=\"advisory\"><dt>First Published:</dt><dd>2026 January 21 16:00 GMT</dd>"
              "<dt>Last Updated:</dt><dd>2026 January 23 18:00 GMT</dd></dl>",
              EN_PARAS, "2026-01-21T16:00:00Z");
}

/* ---- bylines -------------------------------------------------------------------------------- */

TEST(byline_without_what_runs_on)
{
    /* a forum byline: the name link, the user's rank, the date */
    AUTHOR("en", "",
           "<div class=\"message-author-with-avatar\"><img src=\"/a.png\" alt=\"\"><a class=\"user-name-link\" "
           "href=\"/u/1\"><span class=\"login-bold\">maria_k</span></a><span class=\"user-rank\">Lumora "
           "Employee</span><span class=\"DateTime\"><span class=\"local-date\">01-30-2026</span> "
           "<span class=\"local-time\">10:17 AM</span></span></div>",
           "maria_k");
    /* texts of elements that touch: "@handle(Name)" + "in" + an organisation */
    AUTHOR("ja", "",
           "<div class=\"Article_author__x1\"><a href=\"/tanuki_dev\"><img src=\"/a.png\" alt=\"\">"
           "<span>@tanuki_dev(たぬき)</span></a><span>in</span><a href=\"/org/x\">Example Org株式会社</a></div>",
           "tanuki_dev");
    /* the name, then a bio in a block of its own */
    AUTHOR("en", "",
           "<div class=\"author\"><div>Jane Doe</div>\n<div>Jane covers cloud security and has "
           "written about it for ten years.</div></div>",
           "Jane Doe");
    /* an author box: a heading, the name, a bio */
    AUTHOR("ja", "",
           "<div class=\"author-box\"><h4>この記事を書いた人</h4><p>山田太郎</p><p>架空セキュリティ社の"
           "研究員。脆弱性の調査と情報発信を担当している。</p></div>",
           "山田太郎");
    /* "By" in an element of its own, touching the name */
    AUTHOR("en", "", "<p class=\"byline\"><span>By</span><a href=\"/jane\">Jane Doe</a></p>", "Jane Doe");
    /* a <time> after a middle dot */
    AUTHOR("en", "",
           "<p class=\"story-byline\">By Coastal Daily staff &middot; <time datetime=\"2026-03-06T09:12:00-05:00\">"
           "March 6, 2026, 9:12 a.m.</time></p>",
           "Coastal Daily staff");
    /* several names joined in the byline stay as written */
    AUTHOR("en", "",
           "<div class=\"byline\"><span>By <a href=\"/a\">Ann Lee</a>, <a href=\"/b\">Bo Park</a></span>"
           "<span>Thu 12 Mar 2026</span></div>",
           "Ann Lee, Bo Park");
    /* a byline a <footer> holds (dropped as page furniture) still names the author */
    AUTHOR("ja", "",
           "<footer class=\"entry-footer\"><span class=\"author vcard\"><span class=\"fn\">kaku_engineer</span>"
           "</span> <a href=\"/entry/1\">2025-11-09 20:00</a></footer>",
           "kaku_engineer");
}

TEST(author_name_cleaning)
{
    /* a date run into a declared name */
    AUTHOR("en", "<meta name=\"author\" content=\"Jane Doe November 3, 2025\">", "", "Jane Doe");
    /* an aside in parentheses */
    AUTHOR("en", "<meta name=\"author\" content=\"Jane Doe (Reuters)\">", "", "Jane Doe");
    /* a byline in parentheses alone is kept as a whole */
    AUTHOR("ja", "<meta name=\"author\" content=\"（山田太郎）\">", "", "（山田太郎）");
}

TEST(byline_under_the_headline)
{
    /* an old hand-made page: the headline in <font>, the byline in <i>, no markup that says so */
    const char *html =
        "<html lang=\"en\"><head><title>Labs :: NetWatch 3 camera firmware flaws</title></head><body>"
        "<table><tr><td width=\"150\"><a href=\"/\">Home</a><br><a href=\"/adv\">Advisories</a></td><td>"
        "<font size=\"4\"><b>NetWatch 3 camera firmware flaws</b></font><br>\n"
        "<i>Posted February 16, 2026 by Nils Ekstr\xC3\xB6m</i><br><hr>" EN_PARAS
        "</td></tr></table></body></html>";
    extract_result *r = run(html);
    CHECK(r != NULL);
    if (r) {
        CHECK_STR(r->title, "NetWatch 3 camera firmware flaws");
        CHECK_STR(r->author, "Nils Ekstr\xC3\xB6m");
    }
    extract_result_free(r);
    /* a sentence in the body that starts alike is no byline */
    const char *prose =
        "<html lang=\"en\"><head><title>Labs :: NetWatch 3 camera firmware flaws</title></head><body>"
        "<font size=\"4\"><b>NetWatch 3 camera firmware flaws</b></font><br>\n"
        "<i>Posted February 16, 2026 by the vendor, then withdrawn.</i><br>" EN_PARAS "</body></html>";
    r = run(prose);
    CHECK(r != NULL);
    if (r)
        CHECK_STR(r->author, NULL);
    extract_result_free(r);
}

/* ---- hostile input ---------------------------------------------------------------------------- */

TEST(date_and_byline_searches_are_linear)
{
    /* Tens of thousands of labelled datetime siblings, date elements and bylines in one
     * parent, before and after the article: bounded time. */
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<html lang=\"en\"><head><title>T</title></head><body><div>");
    for (int i = 0; i < 30000; i++)
        strbuf_printf(&sb, "Published <relative-time datetime=\"2026-01-%02dT0%d:00:00Z\">Jan %d, 2026"
                           "</relative-time><span class=\"date\">2026/01/%02d</span>"
                           "<span class=\"byline\">By <b>A</b><b>B</b></span>",
                      i % 28 + 1, i % 10, i % 28 + 1, i % 28 + 1);
    strbuf_puts(&sb, "</div><div class=\"article-body\">" EN_PARAS "</div>");
    for (int i = 0; i < 30000; i++)
        strbuf_puts(&sb, "<p class=\"date\">2026/01/30</p>");
    strbuf_puts(&sb, "</body></html>");
    extract_opts o;
    memset(&o, 0, sizeof o);
    extract_result *r = NULL;
    sd_err err = SD_ERR_INIT;
    double t0 = now_s();
    int rc = extract_page(sb.data, sb.len, &o, &r, &err);
    double secs = now_s() - t0;
    CHECK_INT(rc, 0);
    CHECK(secs < 5.0 * SLOW);
    extract_result_free(r);
    sd_err_clear(&err);
    strbuf_free(&sb);
}

int main(void)
{
    RUN(date_year_month_day);
    RUN(date_us_zones_daylight_saving);
    RUN(date_info_precision);
    RUN(published_time_from_another_declaration);
    RUN(published_time_from_the_page);
    RUN(published_time_not_from_elsewhere);
    RUN(update_is_not_publication);
    RUN(byline_without_what_runs_on);
    RUN(author_name_cleaning);
    RUN(byline_under_the_headline);
    RUN(date_and_byline_searches_are_linear);
    return test_report();
}
