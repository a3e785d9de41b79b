/*
 * feed: every format, every encoding of the corpus in data/feeds/, the
 * quirks real feeds have.  Expected values were worked out by hand from the
 * fixtures (times converted to UTC by hand: 09:30 +09:00 is 00:30Z).
 */
#include "core/timeutil.h"
#include "feed/feed.h"
#include "test.h"

#include <stdlib.h>
#include <unistd.h>

static char *fixture_path(const char *name)
{
    const char *dir = getenv("TESTDATA");
    return xasprintf("%s/feeds/%s", dir && *dir ? dir : "data", name);
}

static char *load(const char *name, size_t *len)
{
    char *path = fixture_path(name), *data = NULL;
    sd_err e = SD_ERR_INIT;
    if (sd_read_file(path, 0, &data, len, &e) != 0) {
        fprintf(stderr, "cannot read fixture %s: %s\n", path, sd_err_msg(&e));
        sd_err_clear(&e);
        free(path);
        return NULL;
    }
    free(path);
    return data;
}

/* Parse a fixture; on failure the message is left in *msg (caller frees). */
static feed_doc *parse_opts(const char *name, const feed_parse_opts *o, char **msg)
{
    size_t len;
    char *data = load(name, &len);
    if (msg)
        *msg = NULL;
    if (!data)
        return NULL;
    feed_doc *doc = NULL;
    sd_err e = SD_ERR_INIT;
    if (feed_parse(data, len, o, &doc, &e) != 0) {
        if (msg)
            *msg = xstrdup(sd_err_msg(&e));
        else
            fprintf(stderr, "%s: %s\n", name, sd_err_msg(&e));
    }
    sd_err_clear(&e);
    free(data);
    return doc;
}

static feed_doc *parse(const char *name) { return parse_opts(name, NULL, NULL); }

static feed_doc *parse_mem(const char *s, const feed_parse_opts *o, char **msg)
{
    feed_doc *doc = NULL;
    sd_err e = SD_ERR_INIT;
    *msg = NULL;
    if (feed_parse(s, strlen(s), o, &doc, &e) != 0)
        *msg = xstrdup(sd_err_msg(&e));
    sd_err_clear(&e);
    return doc;
}

/* A time as RFC 3339 in a static buffer ("none" for SD_TIME_NONE). */
static const char *ts(int64_t t)
{
    static char buf[4][32];
    static int k;
    char *b = buf[k++ & 3];
    if (t == SD_TIME_NONE)
        return "none";
    time_format_rfc3339(t, b);
    return b;
}

static int has_warning(const feed_doc *d, const char *needle)
{
    for (size_t i = 0; i < d->nwarnings; i++)
        if (strstr(d->warnings[i], needle))
            return 1;
    return 0;
}

#define CHECK_CATS(it, ...)                                                                        \
    do {                                                                                           \
        const char *want_[] = {__VA_ARGS__};                                                       \
        size_t n_ = sizeof want_ / sizeof want_[0];                                                \
        CHECK_INT((it)->ncategories, n_);                                                          \
        for (size_t k_ = 0; k_ < n_ && k_ < (it)->ncategories; k_++)                               \
            CHECK_STR((it)->categories[k_], want_[k_]);                                            \
    } while (0)

/* ---- formats ---- */

TEST(rss2)
{
    feed_doc *d = parse("rss2-basic.xml");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->format, FEED_FORMAT_RSS2);
    CHECK_STR(feed_format_name(d->format), "rss2");
    CHECK_STR(d->title, "SecWatch News");
    CHECK_STR(d->link, "https://news.secwatch.example/");
    CHECK_STR(d->language, "en-us");
    CHECK_STR(d->charset, "UTF-8");
    CHECK_STR(ts(d->updated), "2025-11-18T12:00:00Z"); /* lastBuildDate, not pubDate */
    CHECK_INT(d->ttl_minutes, 30);                     /* sy: hourly, twice */
    CHECK_INT(d->nitems, 3);
    CHECK_INT(d->nwarnings, 0);
    if (d->nitems != 3)
        goto out;
    feed_item *a = &d->items[0];
    CHECK_STR(a->id, "secwatch-2025-1118-001");
    CHECK_STR(a->title, "Acme Router firmware fixes remote code execution");
    CHECK_STR(a->link, "https://news.secwatch.example/2025/11/acme-router-rce");
    CHECK_INT(a->published, 1763458200); /* 2025-11-18T09:30:00Z */
    CHECK(a->updated == SD_TIME_NONE);
    CHECK_STR(a->author, "Security Desk");
    CHECK_STR(a->summary, "The vendor released firmware 2.4.1.\n\nUpdate now.");
    CHECK_STR(a->content, "Acme Corp. released firmware 2.4.1 for its fictional routers.\n\n"
                          "CVE-2025-0001: command injection\nCVE-2025-0002: weak default password\n\n"
                          "Apply the update & reboot.");
    CHECK_CATS(a, "Vulnerabilities", "Routers");
    feed_item *b = &d->items[1];
    /* A guid that is a permalink (the default) is the link when there is none. */
    CHECK_STR(b->id, "https://news.secwatch.example/2025/11/parcel-phishing");
    CHECK_STR(b->link, "https://news.secwatch.example/2025/11/parcel-phishing");
    CHECK_STR(ts(b->published), "2025-11-18T03:15:00Z"); /* 22:15 -05:00 the day before */
    CHECK_STR(b->author, "Hanako Suzuki");
    CHECK_CATS(b, "Phishing");
    CHECK_STR(b->summary, "Messages claim a failed delivery and link to a fake login page.");
    CHECK(b->content == NULL);
    feed_item *c = &d->items[2];
    CHECK(c->id == NULL);
    CHECK_STR(c->title, "Weekly roundup");
    CHECK(c->published == SD_TIME_NONE);
    CHECK(c->author == NULL && c->summary == NULL && c->content == NULL);
    CHECK_INT(c->ncategories, 0);
out:
    feed_doc_free(d);
}

TEST(rss091_with_doctype_and_html_entities)
{
    feed_doc *d = parse("rss091-doctype.xml");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->format, FEED_FORMAT_RSS09);
    CHECK_STR(d->title, "Old School Security Caf\xC3\xA9");
    CHECK_STR(d->link, "http://oldschool.secwatch.example/");
    CHECK_INT(d->nwarnings, 0);
    CHECK_INT(d->nitems, 1);
    if (d->nitems == 1) {
        CHECK_STR(d->items[0].title, "Caf\xC3\xA9 Wi-Fi \xE2\x80\x93 a risk\xE2\x80\xA6");
        CHECK_STR(d->items[0].summary, "Use a VPN on public networks \xC2\xA9 2025");
        CHECK_STR(d->items[0].link, "http://oldschool.secwatch.example/cafe-wifi.html");
    }
    feed_doc_free(d);
}

TEST(rdf_rss1)
{
    feed_doc *d = parse("rdf-jvn.rdf");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->format, FEED_FORMAT_RSS1);
    CHECK_STR(feed_format_name(d->format), "rdf");
    CHECK_STR(d->title, "架空脆弱性データベース 新着情報");
    CHECK_STR(d->link, "https://vulndb.secwatch.example/");
    CHECK_STR(d->language, "ja");
    CHECK_STR(ts(d->updated), "2025-11-18T01:00:00Z"); /* dc:date 10:00+09:00 */
    CHECK_INT(d->nitems, 2);
    if (d->nitems != 2)
        goto out;
    feed_item *a = &d->items[0];
    CHECK_STR(a->id, "https://vulndb.secwatch.example/vu/JVNX-2025-0101/");
    CHECK_STR(a->link, "https://vulndb.secwatch.example/vu/JVNX-2025-0101/");
    CHECK_STR(a->title, "架空ルータ「ソラ」シリーズにおける OS コマンドインジェクションの脆弱性");
    CHECK_STR(a->summary, "架空ルータ「ソラ」シリーズには、OS コマンドインジェクションの脆弱性が存在します。");
    CHECK_STR(a->author, "架空脆弱性データベース");
    CHECK_CATS(a, "脆弱性", "ルータ");
    CHECK_INT(a->published, 1763425800); /* 2025-11-18T00:30:00Z */
    CHECK_STR(ts(a->updated), "2025-11-18T02:00:00Z");
    CHECK_STR(a->content, "影響を受けるシステム\n\nソラ 1.0 から 1.4 まで\n\n"
                          "開発者が提供する情報をもとに最新版へ更新してください。");
    feed_item *b = &d->items[1];
    /* No <link>: rdf:about is the link. Date only: midnight UTC. */
    CHECK_STR(b->link, "https://vulndb.secwatch.example/vu/JVNX-2025-0102/");
    CHECK_STR(b->id, "https://vulndb.secwatch.example/vu/JVNX-2025-0102/");
    CHECK_STR(ts(b->published), "2025-11-17T00:00:00Z");
out:
    feed_doc_free(d);
}

TEST(rss090_and_ttl)
{
    feed_doc *d = parse("rss090.rdf");
    CHECK(d && d->nitems == 1);
    if (d && d->nitems == 1) {
        CHECK_INT(d->format, FEED_FORMAT_RSS09);
        CHECK_STR(feed_format_name(d->format), "rss09");
        CHECK_STR(d->title, "Very Old Security Channel");
        CHECK_STR(d->items[0].title, "First RSS 0.90 item");
        CHECK_STR(d->items[0].link, "http://veryold.secwatch.example/1.html");
    }
    feed_doc_free(d);
    char *msg;
    d = parse_mem("<rss version=\"2.0\"><channel><title>t</title><ttl>45</ttl>"
                  "<item><title>i</title></item></channel></rss>",
                  NULL, &msg);
    CHECK(d && d->ttl_minutes == 45);
    feed_doc_free(d);
    free(msg);
}

TEST(atom1)
{
    feed_doc *d = parse("atom1.xml");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->format, FEED_FORMAT_ATOM1);
    CHECK_STR(d->title, "観測ブログ");
    CHECK_STR(d->link, "https://blog.secwatch.example/"); /* rel=alternate, not self */
    CHECK_STR(d->language, "ja");                         /* xml:lang */
    CHECK_STR(ts(d->updated), "2025-11-18T03:00:00Z");
    CHECK_INT(d->nitems, 3);
    CHECK_INT(d->nwarnings, 0);
    if (d->nitems != 3)
        goto out;
    feed_item *a = &d->items[0];
    /* type="html" and double-escaped: decoded by XML, then as HTML. */
    CHECK_STR(a->title, "Fish & Chips Security Update");
    CHECK_STR(a->link, "https://blog.secwatch.example/posts/2025/11/fish-and-chips");
    CHECK_STR(a->id, "tag:blog.secwatch.example,2025:post-1");
    CHECK_STR(ts(a->published), "2025-11-18T00:30:00Z");
    CHECK_STR(ts(a->updated), "2025-11-18T01:45:30Z");
    CHECK_STR(a->author, "観測チーム"); /* inherited from the feed */
    CHECK_CATS(a, "脆弱性", "patch");   /* label over term */
    /* type="text": what looks like a tag is text. */
    CHECK_STR(a->summary, "Plain text summary with <tags> kept as text.");
    CHECK_STR(a->content, "First paragraph with a link and bold.\n\nSecond paragraph: 1 < 2 && 3 > 2.");
    feed_item *b = &d->items[1];
    CHECK_STR(b->link, "https://mirror.secwatch.example/archive/item-2.html"); /* entry xml:base */
    CHECK(b->published == SD_TIME_NONE);
    CHECK_STR(ts(b->updated), "2025-11-17T08:00:00Z");
    CHECK_STR(b->author, "Taro Yamada, Jiro Sato");
    CHECK_STR(b->content, "HTML content\nwith a break");
    feed_item *c = &d->items[2];
    CHECK_STR(c->link, "https://cdn.secwatch.example/deep/page.html"); /* the link's own xml:base */
    CHECK_STR(c->author, "観測チーム");
out:
    feed_doc_free(d);
}

TEST(atom03)
{
    feed_doc *d = parse("atom03.xml");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->format, FEED_FORMAT_ATOM03);
    CHECK_STR(d->title, "Legacy Atom Feed");
    CHECK_STR(d->link, "https://legacy.secwatch.example/");
    CHECK_STR(d->language, "en");
    CHECK_STR(ts(d->updated), "2025-11-18T12:00:00Z");
    CHECK_INT(d->nitems, 2);
    if (d->nitems != 2)
        goto out;
    feed_item *a = &d->items[0];
    CHECK_STR(ts(a->published), "2025-11-18T14:30:00Z"); /* issued, 09:30 -05:00 */
    CHECK_STR(ts(a->updated), "2025-11-18T15:00:00Z");   /* modified */
    CHECK_STR(a->summary, "Summary in plain text.");
    CHECK_STR(a->content, "Escaped HTML content.");
    feed_item *b = &d->items[1];
    CHECK_STR(ts(b->published), "2025-11-17T10:00:00Z"); /* created, no issued */
    CHECK_STR(b->summary, "Base64 summary.");
    CHECK_STR(b->content, "Inline XHTML.");
out:
    feed_doc_free(d);
}

TEST(json_feed_11)
{
    feed_doc *d = parse("jsonfeed11.json");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->format, FEED_FORMAT_JSONFEED);
    CHECK_STR(feed_format_name(d->format), "jsonfeed");
    CHECK_STR(d->title, "JSON Watch");
    CHECK_STR(d->link, "https://json.secwatch.example/");
    CHECK_STR(d->language, "en");
    CHECK(d->updated == SD_TIME_NONE);
    CHECK_INT(d->nitems, 3);
    if (d->nitems != 3)
        goto out;
    feed_item *a = &d->items[0];
    CHECK_STR(a->id, "https://json.secwatch.example/p/1");
    CHECK_STR(a->link, "https://json.secwatch.example/p/1");
    CHECK_STR(a->content, "Attackers published look-alike packages.\n\nCheck your lock files & pin versions.");
    CHECK_STR(a->summary, "Look-alike packages in a fictional registry.");
    CHECK_STR(ts(a->published), "2025-11-18T00:30:00Z");
    CHECK_STR(ts(a->updated), "2025-11-18T10:00:00Z");
    CHECK_STR(a->author, "Aiko Tanaka, Ben Carter");
    CHECK_CATS(a, "supply chain", "packages");
    feed_item *b = &d->items[1];
    CHECK_STR(b->link, "https://json.secwatch.example/p/2"); /* relative to feed_url */
    CHECK_STR(b->content, "First paragraph.\n\nSecond paragraph wraps here.");
    CHECK(b->published == SD_TIME_NONE);
    CHECK_STR(b->author, "Feed Editor");
    CHECK(has_warning(d, "\"not a date\""));
    feed_item *c = &d->items[2];
    CHECK(c->title == NULL && c->link == NULL);
    CHECK_STR(c->content, "An item without title or url");
out:
    feed_doc_free(d);
}

TEST(json_feed_10)
{
    feed_doc *d = parse("jsonfeed10.json");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_STR(d->title, "Old JSON Feed & Friends");
    CHECK_INT(d->nitems, 1);
    if (d->nitems == 1) {
        CHECK_STR(d->items[0].id, "42");
        CHECK_STR(d->items[0].link, "https://elsewhere.secwatch.example/story");
        CHECK_STR(d->items[0].author, "Single Author");
        CHECK_STR(ts(d->items[0].published), "2025-11-18T00:00:00Z");
    }
    feed_doc_free(d);
}

/* ---- encodings ---- */

static void check_ja(const char *name, const char *want_cs, int want_recovery_warning)
{
    feed_doc *d = parse(name);
    test_checks++;
    if (!d) {
        test_failures++;
        fprintf(stderr, "%s did not parse\n", name);
        return;
    }
    int ok = d->nitems == 2 && sd_streq(d->charset, want_cs) && sd_streq(d->title, "セキュリティ観測所") &&
             sd_streq(d->items[0].title, "【注意喚起】架空製品「ミドリ認証サーバ」に認証回避の脆弱性") &&
             sd_streq(d->items[0].link, "https://kansoku.secwatch.example/alerts/2025/1118-midori") &&
             sd_streq(d->items[0].summary, "株式会社ミドリ製作所の認証サーバに、細工された要求で認証を回避できる"
                                           "問題が見つかりました。修正版への更新を推奨します。") &&
             d->items[0].published == 1763425800 &&
             sd_streq(d->items[1].title, "ランサムウェア被害の報告が増加、対策の見直しを") &&
             sd_streq(ts(d->items[1].published), "2025-11-17T09:00:00Z") &&
             (d->nwarnings > 0) == want_recovery_warning;
    if (!ok) {
        test_failures++;
        fprintf(stderr, "%s: charset %s, %zu items, %zu warnings, title \"%s\", item title \"%s\"\n", name,
                d->charset, d->nitems, d->nwarnings, d->title ? d->title : "NULL",
                d->nitems ? (d->items[0].title ? d->items[0].title : "NULL") : "-");
    }
    feed_doc_free(d);
}

TEST(japanese_encodings)
{
    check_ja("sjis.xml", "CP932", 0);
    check_ja("eucjp.xml", "EUC-JP", 0);
    check_ja("iso2022jp.xml", "ISO-2022-JP", 0);
    check_ja("utf8-bom.xml", "UTF-8", 0);
    check_ja("utf16le-bom.xml", "UTF-16LE", 0);
    check_ja("utf16be-bom.xml", "UTF-16BE", 0);
    check_ja("sjis-nodecl.xml", "CP932", 0);
    check_ja("eucjp-nodecl.xml", "EUC-JP", 0);
}

TEST(wrong_declarations_recovered)
{
    check_ja("wrong-utf8-is-sjis.xml", "CP932", 1);
    check_ja("wrong-sjis-is-eucjp.xml", "EUC-JP", 1);
    check_ja("wrong-eucjp-is-sjis.xml", "CP932", 1);
    check_ja("wrong-latin1-is-utf8.xml", "UTF-8", 1);
    check_ja("unknown-charset.xml", "CP932", 1);
    feed_doc *d = parse("unknown-charset.xml");
    CHECK(d && has_warning(d, "unknown charset \"x-no-such-charset\""));
    feed_doc_free(d);
    d = parse("wrong-utf8-is-sjis.xml");
    CHECK(d && has_warning(d, "declared as UTF-8 but the bytes are CP932"));
    feed_doc_free(d);
}

TEST(transport_charset)
{
    /* No declaration in the document: the transport's charset= decides. */
    feed_parse_opts o;
    memset(&o, 0, sizeof o);
    o.http_charset = "Shift_JIS";
    feed_doc *d = parse_opts("sjis-nodecl.xml", &o, NULL);
    CHECK(d && sd_streq(d->charset, "CP932") && d->nwarnings == 0);
    feed_doc_free(d);
    /* A transport that says UTF-8 for EUC-JP bytes is overruled, with a warning. */
    o.http_charset = "utf-8";
    d = parse_opts("eucjp.xml", &o, NULL);
    CHECK(d && sd_streq(d->charset, "EUC-JP") && d->nwarnings == 1);
    if (d && d->nitems)
        CHECK_STR(d->items[0].title, "【注意喚起】架空製品「ミドリ認証サーバ」に認証回避の脆弱性");
    feed_doc_free(d);
}

TEST(cp932_only_characters)
{
    feed_doc *d = parse("cp932-ext.xml");
    CHECK(d && d->nitems == 1);
    if (d && d->nitems == 1) {
        CHECK_STR(d->charset, "CP932");
        /* The U+3000 inside the title stays. */
        CHECK_STR(d->items[0].title, "①深刻度：高　㈱髙木システムの管理画面に不備");
        CHECK_STR(d->items[0].summary, "②対象：Ⅲ系統の全版。№１から№３の設定を確認してください。");
    }
    feed_doc_free(d);
    d = parse("eucjpms-ext.xml");
    CHECK(d && d->nitems == 1);
    if (d && d->nitems == 1) {
        CHECK_STR(d->charset, "EUC-JP");
        CHECK_STR(d->items[0].title, "①深刻度：高　㈱髙木システムの管理画面に不備");
    }
    feed_doc_free(d);
}

TEST(windows_1252)
{
    const char *files[] = {"win1252.xml", "latin1-smartquotes.xml"};
    for (int i = 0; i < 2; i++) {
        feed_doc *d = parse(files[i]);
        CHECK(d && d->nitems == 1);
        if (!d || d->nitems != 1) {
            feed_doc_free(d);
            continue;
        }
        CHECK_STR(d->charset, "WINDOWS-1252");
        CHECK_INT(d->nwarnings, 0);
        CHECK_STR(d->title, "Caf\xC3\xA9 Security Notes");
        CHECK_STR(d->items[0].title, "\xE2\x80\x9CPatch Tuesday\xE2\x80\x9D roundup \xE2\x80\x93 it\xE2\x80\x99s here");
        CHECK_STR(d->items[0].summary, "R\xC3\xA9sum\xC3\xA9 of fixes\xE2\x80\xA6 including the na\xC3\xAFve parser "
                                       "bug, priced at \xE2\x82\xAC" "0.");
        feed_doc_free(d);
    }
}

/* ---- dates ---- */

TEST(dates_of_every_kind)
{
    feed_doc *d = parse("dates.xml");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->nitems, 53);
    for (size_t i = 0; i < d->nitems; i++) {
        /* Each title is the UTC time the item's date must give. */
        const feed_item *it = &d->items[i];
        if (strcmp(ts(it->published), it->title) != 0) {
            test_failures++;
            fprintf(stderr, "dates.xml item %s: got %s, want %s\n", it->id, ts(it->published), it->title);
        }
        test_checks++;
    }
    /* Six dates are refused, each with a warning naming the item; an empty or
     * missing date is no warning.  2049 is kept, with a warning of its own. */
    CHECK_INT(d->nwarnings, 7);
    CHECK(has_warning(d, "1 item dated more than two days in the future"));
    CHECK(has_warning(d, "date \"not a date\" not understood"));
    CHECK(has_warning(d, "date \"Sat, 29 Feb 2025 10:00:00 GMT\""));
    feed_doc_free(d);
}

TEST(date_parser_direct)
{
    int64_t t = 0;
    CHECK_INT(feed_date_parse("Tue, 18 Nov 2025 09:30:00 +0900", &t), 0);
    CHECK_INT(t, 1763425800);
    CHECK_INT(feed_date_parse("1970-01-01T00:00:00Z", &t), 0);
    CHECK_INT(t, 0);
    CHECK_INT(feed_date_parse("2000-02-29T23:59:60Z", &t), 0); /* leap second folded */
    CHECK_INT(t, 951868799);
    CHECK_INT(feed_date_parse(NULL, &t), -1);
    CHECK_INT(feed_date_parse("", &t), -1);
    CHECK_INT(feed_date_parse("2025-11-18T09:30:00+99:00", &t), -1);
    CHECK_INT(feed_date_parse("Tue, 18 Nov 2025 09:30:00 +0900 extra words here that go on and on and on and on "
                              "and on and on and on",
                              &t),
              -1);
    CHECK_INT(feed_date_parse("18 Nov 2025 12345", &t), -1);
}

/* ---- quirks ---- */

TEST(quirks_of_real_feeds)
{
    feed_doc *d = parse("quirks.xml");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_STR(d->title, "Quirks & Co \xE2\x80\x93 test feed");
    CHECK_INT(d->nitems, 5); /* the empty <item/> is skipped */
    CHECK(has_warning(d, "no title, link, id or text"));
    CHECK(has_warning(d, "1 item link left out"));
    /* An undeclared dc: prefix is not a reason to call the document broken. */
    CHECK(!has_warning(d, "well-formed"));
    if (d->nitems != 5)
        goto out;
    feed_item *a = &d->items[0];
    CHECK_STR(a->title, "AT&T and R&D café news");
    CHECK_STR(a->link, "https://quirks.secwatch.example/q?a=1&b=2");
    CHECK_STR(a->author, "Undeclared Prefix");
    CHECK_STR(a->summary, "Ctl chars here; 1 < 2 is true.");
    feed_item *b = &d->items[1];
    CHECK_STR(b->title, "Double & escaped title");
    /* Relative link, no --url: the channel link is the base. */
    CHECK_STR(b->link, "https://quirks.secwatch.example/rel/path?x=1");
    CHECK_STR(b->summary, "Inline XHTML child elements\n\nsecond");
    feed_item *c = &d->items[2];
    CHECK_STR(c->title, "Bold CDATA title & more");
    CHECK(c->link == NULL); /* javascript: is not a link */
    CHECK_STR(c->summary, "Plain text line one. Line two of the same paragraph.\n\nNew paragraph & entity.");
    CHECK_STR(d->items[3].title, "Only a title");
    CHECK_STR(d->items[4].title, "Numeric refs \xF0\x9F\x94\x92 \xE2\x80\x93 \xEF\xBF\xBD \xEF\xBF\xBD");
    CHECK_STR(d->items[4].link, "https://quirks.secwatch.example/news/rel/only");
out:
    feed_doc_free(d);
}

TEST(xml_base_in_rss)
{
    feed_doc *d = parse("rss-xmlbase.xml");
    CHECK(d && d->nitems == 3);
    if (d && d->nitems == 3) {
        CHECK_STR(d->link, "https://base.secwatch.example/root/section/index.html");
        CHECK_STR(d->items[0].link, "https://base.secwatch.example/root/section/post-1.html");
        CHECK_STR(d->items[1].link, "https://other.secwatch.example/x/post-2.html");
        CHECK_STR(d->items[2].link, "https://abs.secwatch.example/p3");
    }
    feed_doc_free(d);
}

TEST(feed_url_is_the_base)
{
    const char *doc = "<rss version=\"2.0\"><channel><title>t</title>"
                      "<item><title>a</title><link>/a/1</link></item>"
                      "<item><title>b</title><link>b/2?q=1#frag</link></item></channel></rss>";
    feed_parse_opts o;
    memset(&o, 0, sizeof o);
    o.url = "https://feeds.secwatch.example/dir/rss.xml";
    char *msg;
    feed_doc *d = parse_mem(doc, &o, &msg);
    CHECK(d && d->nitems == 2);
    if (d && d->nitems == 2) {
        CHECK(d->link == NULL);
        CHECK_STR(d->items[0].link, "https://feeds.secwatch.example/a/1");
        CHECK_STR(d->items[1].link, "https://feeds.secwatch.example/dir/b/2?q=1#frag");
    }
    feed_doc_free(d);
    /* No base at all: the relative links cannot be made absolute. */
    d = parse_mem(doc, NULL, &msg);
    CHECK(d && d->nitems == 2 && d->items[0].link == NULL && has_warning(d, "2 item links left out"));
    feed_doc_free(d);
    free(msg);
}

TEST(items_without_ids_and_dates)
{
    const char *doc = "<rss version=\"2.0\"><channel><title>t</title><link>https://n.secwatch.example/</link>"
                      "<item><title>no guid, no date</title><link>https://n.secwatch.example/1</link></item>"
                      "<item><guid isPermaLink=\"false\">only-a-guid</guid></item>"
                      "<item><description>only text</description></item>"
                      "</channel></rss>";
    char *msg;
    feed_doc *d = parse_mem(doc, NULL, &msg);
    CHECK(d && d->nitems == 3);
    if (d && d->nitems == 3) {
        CHECK(d->items[0].id == NULL);
        CHECK(d->items[0].published == SD_TIME_NONE && d->items[0].updated == SD_TIME_NONE);
        CHECK_STR(d->items[1].id, "only-a-guid");
        CHECK(d->items[1].link == NULL); /* isPermaLink="false" */
        CHECK_STR(d->items[2].summary, "only text");
        CHECK_INT(d->nwarnings, 0);
    }
    feed_doc_free(d);
    free(msg);
}

TEST(security_titles_keep_tags_they_mention)
{
    /* Titles that talk about markup keep it; titles that use markup lose it. */
    const char *doc =
        "<rss version=\"2.0\"><channel><title>t</title>"
        "<item><title>XSS via &lt;script&gt;alert(1)&lt;/script&gt; in a fictional CMS</title></item>"
        "<item><title>Stored XSS through &lt;img src=x onerror=alert(1)&gt; tags</title></item>"
        "<item><title>&lt;b&gt;Critical&lt;/b&gt; update</title></item>"
        "<item><title><![CDATA[Filter bypass with <svg onload> and <iframe>]]></title></item>"
        "</channel></rss>";
    char *msg;
    feed_doc *d = parse_mem(doc, NULL, &msg);
    CHECK(d && d->nitems == 4);
    if (d && d->nitems == 4) {
        CHECK_STR(d->items[0].title, "XSS via <script>alert(1)</script> in a fictional CMS");
        CHECK_STR(d->items[1].title, "Stored XSS through <img src=x onerror=alert(1)> tags");
        CHECK_STR(d->items[2].title, "Critical update");
        CHECK_STR(d->items[3].title, "Filter bypass with <svg onload> and <iframe>");
    }
    feed_doc_free(d);
    free(msg);
}

TEST(broken_attribute_values_repaired)
{
    /* A raw '<' and a bare '&' inside attribute values, and an HTML entity. */
    const char *doc = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                      "<entry><title>e</title><link href=\"https://a.secwatch.example/?x=1&y=2\"/>"
                      "<category term=\"a<b &amp; R&D &eacute;\"/></entry></feed>";
    char *msg;
    feed_doc *d = parse_mem(doc, NULL, &msg);
    CHECK(d && d->nitems == 1);
    if (d && d->nitems == 1) {
        CHECK_STR(d->items[0].link, "https://a.secwatch.example/?x=1&y=2");
        CHECK_CATS(&d->items[0], "a<b & R&D \xC3\xA9");
        CHECK_INT(d->nwarnings, 0);
    }
    feed_doc_free(d);
    free(msg);
}

/* ---- hostile and broken input ---- */

static void check_refused(const char *name, const char *needle)
{
    char *msg = NULL;
    feed_doc *d = parse_opts(name, NULL, &msg);
    test_checks++;
    if (d || !msg || !strstr(msg, needle)) {
        test_failures++;
        fprintf(stderr, "%s: expected an error with \"%s\", got %s\n", name, needle,
                d ? "a document" : msg ? msg : "no message");
    }
    feed_doc_free(d);
    free(msg);
}

TEST(hostile_documents_refused)
{
    check_refused("billion-laughs.xml", "DOCTYPE declares entities");
    check_refused("xxe.xml", "DOCTYPE declares entities");
    check_refused("deep-nesting.xml", "nested deeper than 64");
    check_refused("binary-junk.bin", "not a feed: binary data");
    check_refused("html-page.html", "not a feed: an HTML page");
    check_refused("not-xml.txt", "not a feed: neither XML nor JSON");
    check_refused("truncated-early.xml", "truncated");
    check_refused("opml1.opml", "not a feed: this is an OPML feed list");
}

TEST(truncated_document_keeps_items)
{
    feed_doc *d = parse("truncated.xml");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->nitems, 2);
    CHECK(has_warning(d, "truncated"));
    CHECK(has_warning(d, "kept the 2 items"));
    if (d->nitems == 2) {
        CHECK_STR(d->items[0].title, "First complete item");
        CHECK_STR(d->items[1].link, "https://cut.secwatch.example/2");
    }
    feed_doc_free(d);
}

TEST(size_limit_checked_before_parsing)
{
    feed_parse_opts o;
    memset(&o, 0, sizeof o);
    o.max_bytes = 100;
    char *msg;
    feed_doc *d = parse_opts("rss2-basic.xml", &o, &msg);
    CHECK(d == NULL && msg && strstr(msg, "more than the limit of 100"));
    free(msg);
    /* The default limit: 64 MiB and one byte more is refused at once. */
    size_t n = FEED_DEFAULT_MAX_BYTES + 1;
    char *big = malloc(n);
    memset(big, ' ', n);
    sd_err e = SD_ERR_INIT;
    CHECK_INT(feed_parse(big, n, NULL, &d, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "more than the limit") != NULL);
    sd_err_clear(&e);
    free(big);
}

TEST(huge_attribute_refused)
{
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<rss version=\"2.0\"><channel><title>t</title><item><title x=\"");
    for (int i = 0; i < 2 * 1024 * 1024 / 16; i++)
        strbuf_puts(&sb, "aaaaaaaaaaaaaaaa");
    strbuf_puts(&sb, "\">t</title></item></channel></rss>");
    feed_doc *d = NULL;
    sd_err e = SD_ERR_INIT;
    CHECK_INT(feed_parse(sb.data, sb.len, NULL, &d, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "attribute value of 2097152 bytes") != NULL);
    sd_err_clear(&e);
    strbuf_free(&sb);
}

TEST(item_count_bounded)
{
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<rss version=\"2.0\"><channel><title>t</title>");
    for (int i = 0; i < 50; i++)
        strbuf_printf(&sb, "<item><title>n%d</title></item>", i);
    strbuf_puts(&sb, "</channel></rss>");
    feed_parse_opts o;
    memset(&o, 0, sizeof o);
    o.max_items = 10;
    char *msg;
    feed_doc *d = parse_mem(sb.data, &o, &msg);
    CHECK(d && d->nitems == 10 && has_warning(d, "more than 10 items"));
    if (d && d->nitems == 10)
        CHECK_STR(d->items[9].title, "n9");
    feed_doc_free(d);
    strbuf_free(&sb);
    free(msg);
}

TEST(depth_limit_is_configurable)
{
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<rss version=\"2.0\"><channel><title>t</title><item><title>deep</title><description>");
    for (int i = 0; i < 20; i++)
        strbuf_puts(&sb, "<div>");
    strbuf_puts(&sb, "x");
    for (int i = 0; i < 20; i++)
        strbuf_puts(&sb, "</div>");
    strbuf_puts(&sb, "</description></item></channel></rss>");
    char *msg;
    feed_doc *d = parse_mem(sb.data, NULL, &msg);
    CHECK(d && d->nitems == 1);
    feed_doc_free(d);
    free(msg);
    feed_parse_opts o;
    memset(&o, 0, sizeof o);
    o.max_depth = 10;
    d = parse_mem(sb.data, &o, &msg);
    CHECK(d == NULL && msg && strstr(msg, "nested deeper than 10"));
    feed_doc_free(d);
    free(msg);
    strbuf_free(&sb);
}

TEST(json_hostile_and_not_feeds)
{
    char *msg;
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [], \"x\": ");
    for (int i = 0; i < 200; i++)
        strbuf_putc(&sb, '[');
    for (int i = 0; i < 200; i++)
        strbuf_putc(&sb, ']');
    strbuf_putc(&sb, '}');
    feed_doc *d = parse_mem(sb.data, NULL, &msg);
    CHECK(d == NULL && msg && strstr(msg, "nested deeper than 64"));
    free(msg);
    strbuf_free(&sb);
    d = parse_mem("{\"a\": 1}", NULL, &msg);
    CHECK(d == NULL && msg && strstr(msg, "not a feed"));
    free(msg);
    d = parse_mem("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [", NULL, &msg);
    CHECK(d == NULL && msg && strstr(msg, "invalid JSON"));
    free(msg);
}

TEST(empty_and_compressed)
{
    char *msg;
    feed_doc *d = parse_mem("", NULL, &msg);
    CHECK(d == NULL && msg && strstr(msg, "empty"));
    free(msg);
    d = parse_mem("  \n\t ", NULL, &msg);
    CHECK(d == NULL && msg && strstr(msg, "empty"));
    free(msg);
    sd_err e = SD_ERR_INIT;
    CHECK_INT(feed_parse("\x1F\x8B\x08\x00\x00\x00", 6, NULL, &d, &e), -1);
    CHECK(strstr(sd_err_msg(&e), "gzip") != NULL);
    sd_err_clear(&e);
    d = parse_mem("<html><body>page</body></html>", NULL, &msg);
    CHECK(d == NULL && msg && strstr(msg, "HTML page"));
    free(msg);
    d = parse_mem("<urlset><url/></urlset>", NULL, &msg);
    CHECK(d == NULL && msg && strstr(msg, "root element is <urlset>"));
    free(msg);
}

/* libxml2 must never write to stderr by itself: messages go through sd_err. */
TEST(libxml2_is_silent)
{
    fflush(stderr);
    FILE *tmp = tmpfile();
    CHECK(tmp != NULL);
    if (!tmp)
        return;
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    const char *broken[] = {
        "<rss version=\"2.0\"><channel><title>x</titl></channel></rss>",
        "<rss version=\"2.0\"><channel><item><title>&undefined; < & </title></item>",
        "<?xml version=\"1.0\"?><rss><channel><item><title>\xC3</title></item></channel></rss>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>a</title></entry><junk/>",
    };
    for (size_t i = 0; i < SD_ARRAY_LEN(broken); i++) {
        char *msg;
        feed_doc *d = parse_mem(broken[i], NULL, &msg);
        feed_doc_free(d);
        free(msg);
    }
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    CHECK_INT(ftell(tmp), 0);
    fclose(tmp);
}

int main(void)
{
    RUN(rss2);
    RUN(rss091_with_doctype_and_html_entities);
    RUN(rdf_rss1);
    RUN(rss090_and_ttl);
    RUN(atom1);
    RUN(atom03);
    RUN(json_feed_11);
    RUN(json_feed_10);
    RUN(japanese_encodings);
    RUN(wrong_declarations_recovered);
    RUN(transport_charset);
    RUN(cp932_only_characters);
    RUN(windows_1252);
    RUN(dates_of_every_kind);
    RUN(date_parser_direct);
    RUN(quirks_of_real_feeds);
    RUN(xml_base_in_rss);
    RUN(feed_url_is_the_base);
    RUN(items_without_ids_and_dates);
    RUN(security_titles_keep_tags_they_mention);
    RUN(broken_attribute_values_repaired);
    RUN(hostile_documents_refused);
    RUN(truncated_document_keeps_items);
    RUN(size_limit_checked_before_parsing);
    RUN(huge_attribute_refused);
    RUN(item_count_bounded);
    RUN(depth_limit_is_configurable);
    RUN(json_hostile_and_not_feeds);
    RUN(empty_and_compressed);
    RUN(libxml2_is_silent);
    return test_report();
}
