/*
 * Extraction on two corpora, each page against the exact body it must yield:
 *
 *  - tests/data/pages/: 36 pages of our own making that imitate real layouts
 *    (portal news with comments, trade press with inline boxes, WordPress,
 *    CERT and government notices in table layouts, vendor advisories, press
 *    releases, paginated articles, AMP, paywalls with JSON-LD, mail archives,
 *    Shift_JIS / EUC-JP / windows-1252 pages...); manifest.json gives the
 *    expected title, publication time, author, language and canonical URL;
 *  - data/sample/: the sample day's pages, written by another hand, with
 *    their expected bodies and metadata (manifest.json).  The author is checked
 *    where the page itself names it: some sources give the author only in
 *    their feed.
 *
 * Each page is also extracted a second time to check that the result does not
 * depend on anything but the input.
 */
#include "test.h"

#include "core/timeutil.h"
#include "extract/extract.h"
#include "text/charset.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    char *data = NULL;
    size_t n = 0;
    sd_err err = SD_ERR_INIT;
    if (sd_read_file(path, 0, &data, &n, &err) != 0) {
        fprintf(stderr, "  %s\n", sd_err_msg(&err));
        sd_err_clear(&err);
        return NULL;
    }
    if (len)
        *len = n;
    return data;
}

static const char *jstr(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int pages_checked, pages_exact;

/* Compare one page; `check_author` 0 skips the author. */
static void check_page(const char *dir, const cJSON *p, int check_author, int check_canonical)
{
    const char *file = jstr(p, "file");
    const char *expected = jstr(p, "expected");
    if (!file || !expected) {
        CHECK(file && expected);
        return;
    }
    char *path = xasprintf("%s/%s", dir, file);
    char *epath = xasprintf("%s/%s", dir, expected);
    size_t len = 0;
    char *html = slurp(path, &len);
    char *want = slurp(epath, NULL);
    CHECK(html && want);
    if (!html || !want) {
        free(html);
        free(want);
        free(path);
        free(epath);
        return;
    }
    /* expected files may end with a newline; the body never does */
    size_t wl = strlen(want);
    while (wl > 0 && want[wl - 1] == '\n')
        want[--wl] = '\0';

    extract_opts o;
    memset(&o, 0, sizeof o);
    o.url = jstr(p, "url");
    o.content_type = jstr(p, "content_type");
    extract_result *r = NULL;
    sd_err err = SD_ERR_INIT;
    int rc = extract_page(html, len, &o, &r, &err);
    pages_checked++;
    if (rc != 0 || !r) {
        fprintf(stderr, "%s: extract_page failed: %s\n", file, sd_err_msg(&err));
        CHECK(rc == 0);
        sd_err_clear(&err);
    } else {
        int exact = r->text && strcmp(r->text, want) == 0;
        if (!exact)
            fprintf(stderr, "%s: body differs (method %s, reason %s)\n", file, r->method ? r->method : "-",
                    r->reason ? r->reason : "-");
        CHECK_STR(r->text, want);
        pages_exact += exact;
        CHECK_INT(r->credible, 1);
        if (strcmp(r->title ? r->title : "", jstr(p, "title") ? jstr(p, "title") : "") != 0)
            fprintf(stderr, "%s: title\n", file);
        CHECK_STR(r->title, jstr(p, "title"));
        char when[32] = "";
        if (r->published != SD_TIME_NONE)
            time_format_rfc3339(r->published, when);
        if (strcmp(when, jstr(p, "published") ? jstr(p, "published") : "") != 0)
            fprintf(stderr, "%s: published\n", file);
        CHECK_STR(r->published != SD_TIME_NONE ? when : NULL, jstr(p, "published"));
        if (check_author) {
            if (!sd_streq(r->author, jstr(p, "author")))
                fprintf(stderr, "%s: author\n", file);
            CHECK_STR(r->author, jstr(p, "author"));
        }
        if (!sd_streq(r->language, jstr(p, "language")))
            fprintf(stderr, "%s: language\n", file);
        CHECK_STR(r->language, jstr(p, "language"));
        if (check_canonical) {
            const char *c = jstr(p, "canonical_url");
            CHECK_STR(r->url, c ? c : o.url);
        }
        /* the same input gives the same output */
        extract_result *again = NULL;
        CHECK_INT(extract_page(html, len, &o, &again, &err), 0);
        CHECK(again && sd_streq(again->text, r->text) && sd_streq(again->title, r->title) &&
              again->published == r->published);
        extract_result_free(again);
    }
    extract_result_free(r);
    free(html);
    free(want);
    free(path);
    free(epath);
}

static cJSON *load_manifest(const char *path)
{
    char *m = slurp(path, NULL);
    if (!m)
        return NULL;
    cJSON *j = cJSON_Parse(m);
    free(m);
    return j;
}

static const char *testdata(void)
{
    const char *t = getenv("TESTDATA");
    return t && *t ? t : "data";
}

static const char *srcdir(void)
{
    const char *s = getenv("SRCDIR");
    return s && *s ? s : "..";
}

TEST(own_pages)
{
    char *dir = xasprintf("%s/pages", testdata());
    char *mpath = xasprintf("%s/manifest.json", dir);
    cJSON *m = load_manifest(mpath);
    CHECK(m != NULL);
    const cJSON *pages = cJSON_GetObjectItemCaseSensitive(m, "pages");
    int n = cJSON_GetArraySize(pages);
    CHECK(n >= 30);
    int ja = 0, en = 0, legacy = 0;
    for (int i = 0; i < n; i++) {
        const cJSON *p = cJSON_GetArrayItem(pages, i);
        check_page(dir, p, 1, 1);
        if (sd_streq(jstr(p, "language"), "ja"))
            ja++;
        else
            en++;
        if (!sd_streq(jstr(p, "encoding"), "UTF-8"))
            legacy++;
    }
    CHECK(ja >= 10 && en >= 10 && legacy >= 4);
    cJSON_Delete(m);
    free(mpath);
    free(dir);
}

/* The page names the author itself (some sample sources give it only in their feed). */
static int page_names_author(const char *dir, const cJSON *p)
{
    const char *author = jstr(p, "author");
    if (!author)
        return 1;
    /* JIRC's feed calls it "インシデント情報連絡センター"; its pages only show the site's
     * full name "JIRC インシデント情報連絡センター" as a logo and a document header. */
    const char *feed = jstr(p, "feed");
    if (feed && strstr(feed, "jirc.example"))
        return 0;
    char *path = xasprintf("%s/%s", dir, jstr(p, "file"));
    size_t len = 0;
    char *raw = slurp(path, &len);
    free(path);
    if (!raw)
        return 0;
    charset_result cr;
    sd_err err = SD_ERR_INIT;
    int named = 0;
    if (charset_decode(raw, len, CHARSET_DOC_HTML, NULL, &cr, &err) == 0) {
        named = strstr(cr.utf8, author) != NULL;
        charset_result_free(&cr);
    }
    sd_err_clear(&err);
    free(raw);
    return named;
}

TEST(sample_day_pages)
{
    char *dir = xasprintf("%s/data/sample", srcdir());
    char *mpath = xasprintf("%s/manifest.json", dir);
    cJSON *m = load_manifest(mpath);
    if (!m) {
        printf("skip: no sample day at %s\n", mpath);
        free(mpath);
        free(dir);
        return;
    }
    const cJSON *pages = cJSON_GetObjectItemCaseSensitive(m, "pages");
    int n = cJSON_GetArraySize(pages);
    CHECK(n > 0);
    for (int i = 0; i < n; i++) {
        const cJSON *p = cJSON_GetArrayItem(pages, i);
        check_page(dir, p, page_names_author(dir, p), 0);
    }
    cJSON_Delete(m);
    free(mpath);
    free(dir);
}

int main(void)
{
    RUN(own_pages);
    RUN(sample_day_pages);
    printf("%d pages, %d with the exact expected body\n", pages_checked, pages_exact);
    return test_report();
}
