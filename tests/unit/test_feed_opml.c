/* opml: feed lists in (OPML 1.0/2.0, nested folders) and out (OPML 2.0). */
#include "feed/feed.h"
#include "test.h"

#include <stdlib.h>

static opml_doc *load_opml(const char *name, char **msg)
{
    const char *dir = getenv("TESTDATA");
    char *path = xasprintf("%s/feeds/%s", dir && *dir ? dir : "data", name);
    char *data = NULL;
    size_t len = 0;
    sd_err e = SD_ERR_INIT;
    opml_doc *doc = NULL;
    *msg = NULL;
    if (sd_read_file(path, 0, &data, &len, &e) != 0 || opml_parse(data, len, name, &doc, &e) != 0)
        *msg = xstrdup(sd_err_msg(&e));
    sd_err_clear(&e);
    free(data);
    free(path);
    return doc;
}

static opml_doc *parse_str(const char *s, char **msg)
{
    sd_err e = SD_ERR_INIT;
    opml_doc *doc = NULL;
    *msg = NULL;
    if (opml_parse(s, strlen(s), "test", &doc, &e) != 0)
        *msg = xstrdup(sd_err_msg(&e));
    sd_err_clear(&e);
    return doc;
}

TEST(opml2_nested_folders)
{
    char *msg;
    opml_doc *d = load_opml("opml2-nested.opml", &msg);
    CHECK(d != NULL);
    if (!d) {
        fprintf(stderr, "%s\n", msg);
        free(msg);
        return;
    }
    CHECK_STR(d->title, "観測フィード一覧");
    /* 8 outlines with xmlUrl: one duplicate and one ftp: URL are left out. */
    CHECK_INT(d->count, 6);
    if (d->count == 6) {
        opml_outline *o = d->outlines;
        CHECK_STR(o[0].title, "架空CERT 注意喚起");
        CHECK_STR(o[0].xml_url, "https://cert.secwatch.example/rss/alerts.rdf");
        CHECK_STR(o[0].html_url, "https://cert.secwatch.example/");
        CHECK_STR(o[0].language, "ja");
        CHECK_STR(o[0].category, "Japan/CERT");
        CHECK_STR(o[1].title, "Title attribute only");
        CHECK_STR(o[1].category, "Japan/CERT");
        CHECK(o[1].language == NULL && o[1].html_url == NULL);
        CHECK_STR(o[2].title, "Japanese news & more");
        CHECK_STR(o[2].category, "Japan");
        /* Spaces around the URL trimmed; a '/' in a folder name is not a level. */
        CHECK_STR(o[3].xml_url, "https://wire.secwatch.example/feed.xml");
        CHECK_STR(o[3].category, "World-Global");
        CHECK_STR(o[3].language, "en");
        /* feed:// is http://; the category attribute's first path is used. */
        CHECK_STR(o[4].xml_url, "http://top.secwatch.example/atom.xml");
        CHECK_STR(o[4].category, "Research/Labs");
        /* xmlUrl in any letter case; no folder, no category. */
        CHECK_STR(o[5].xml_url, "https://nofolder.secwatch.example/rss");
        CHECK(o[5].category == NULL);
    }
    opml_doc_free(d);
}

TEST(opml1)
{
    char *msg;
    opml_doc *d = load_opml("opml1.opml", &msg);
    CHECK(d != NULL);
    if (d) {
        CHECK_STR(d->title, "Old list");
        CHECK_INT(d->count, 2);
        if (d->count == 2) {
            CHECK_STR(d->outlines[0].title, "Caf\xC3\xA9 Feeds");
            CHECK_STR(d->outlines[0].xml_url, "http://cafe.secwatch.example/rss.xml");
            CHECK_STR(d->outlines[1].title, "Second");
        }
    }
    opml_doc_free(d);
    free(msg);
}

TEST(opml_refuses)
{
    char *msg;
    opml_doc *d = load_opml("rss2-basic.xml", &msg);
    CHECK(d == NULL && msg && strstr(msg, "not an OPML document: the root element is <rss>"));
    free(msg);
    d = load_opml("binary-junk.bin", &msg);
    CHECK(d == NULL && msg && strstr(msg, "not an OPML document: binary data"));
    free(msg);
    d = parse_str("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                  "<opml><body><outline text=\"&b;\" xmlUrl=\"https://x.example/\"/></body></opml>",
                  &msg);
    CHECK(d == NULL && msg && strstr(msg, "DOCTYPE declares entities"));
    free(msg);
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "<opml><body>");
    for (int i = 0; i < 100; i++)
        strbuf_puts(&sb, "<outline text=\"f\">");
    strbuf_puts(&sb, "</body></opml>");
    d = parse_str(sb.data, &msg);
    CHECK(d == NULL && msg && strstr(msg, "nested deeper than"));
    free(msg);
    strbuf_free(&sb);
    d = parse_str("", &msg);
    CHECK(d == NULL && msg && strstr(msg, "empty"));
    free(msg);
    /* Truncated, but feeds were read: kept. */
    d = parse_str("<opml><body><outline text=\"a\" xmlUrl=\"https://a.secwatch.example/f\"/><outline te", &msg);
    CHECK(d != NULL && d->count == 1);
    opml_doc_free(d);
    free(msg);
}

TEST(opml_write_round_trip)
{
    opml_outline in[] = {
        {"Alerts \"JP\" & <more>", "https://cert.secwatch.example/rss", "https://cert.secwatch.example/", "ja",
         "Japan/CERT"},
        {"World", "https://wire.secwatch.example/feed?a=1&b=2", NULL, "en", NULL},
        {"Second CERT", "https://cert2.secwatch.example/rss", NULL, NULL, "/Japan//CERT/"},
        {"Vendor", "https://vendor.secwatch.example/rss", NULL, NULL, "Japan"},
        {"No URL", NULL, NULL, NULL, NULL},
    };
    char *xml = opml_write("My feeds & co", in, SD_ARRAY_LEN(in));
    CHECK(strstr(xml, "<opml version=\"2.0\">") != NULL);
    CHECK(strstr(xml, "<title>My feeds &amp; co</title>") != NULL);
    CHECK(strstr(xml, "text=\"Alerts &quot;JP&quot; &amp; &lt;more&gt;\"") != NULL);
    sd_err e = SD_ERR_INIT;
    opml_doc *d = NULL;
    CHECK_INT(opml_parse(xml, strlen(xml), "round-trip", &d, &e), 0);
    if (d) {
        CHECK_STR(d->title, "My feeds & co");
        CHECK_INT(d->count, 4);
        if (d->count == 4) {
            /* Folders are written in order of first appearance, outlines within them in order. */
            CHECK_STR(d->outlines[0].title, "Alerts \"JP\" & <more>");
            CHECK_STR(d->outlines[0].category, "Japan/CERT");
            CHECK_STR(d->outlines[0].language, "ja");
            CHECK_STR(d->outlines[0].html_url, "https://cert.secwatch.example/");
            CHECK_STR(d->outlines[1].title, "Second CERT");
            CHECK_STR(d->outlines[1].category, "Japan/CERT");
            CHECK_STR(d->outlines[2].title, "Vendor");
            CHECK_STR(d->outlines[2].category, "Japan");
            CHECK_STR(d->outlines[3].title, "World");
            CHECK(d->outlines[3].category == NULL);
            CHECK_STR(d->outlines[3].xml_url, "https://wire.secwatch.example/feed?a=1&b=2");
        }
    }
    opml_doc_free(d);
    sd_err_clear(&e);
    free(xml);
    xml = opml_write(NULL, NULL, 0);
    CHECK(strstr(xml, "<body>\n  </body>") != NULL);
    free(xml);
}

int main(void)
{
    RUN(opml2_nested_folders);
    RUN(opml1);
    RUN(opml_refuses);
    RUN(opml_write_round_trip);
    return test_report();
}
