#include "text/url.h"
#include "test.h"

#include <stdlib.h>

static void check_resolve(const char *base, const char *ref, const char *want, int line)
{
    char *got = url_resolve(base, ref);
    test_checks++;
    if (!((got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0))) {
        test_failures++;
        fprintf(stderr, "test_url.c:%d: [%s] resolve(%s, %s)\n   got: %s\n  want: %s\n", line, test_current,
                base ? base : "NULL", ref ? ref : "NULL", got ? got : "NULL", want ? want : "NULL");
    }
    free(got);
}

static void check_canon(const char *in, const char *want, int line)
{
    char *got = url_canonical(in);
    test_checks++;
    if (!((got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0))) {
        test_failures++;
        fprintf(stderr, "test_url.c:%d: [%s] canonical(%s)\n   got: %s\n  want: %s\n", line, test_current,
                in ? in : "NULL", got ? got : "NULL", want ? want : "NULL");
    }
    free(got);
}

#define RESOLVE(base, ref, want) check_resolve(base, ref, want, __LINE__)
#define CANON(in, want) check_canon(in, want, __LINE__)

static const char *const rfc_base = "http://a/b/c/d;p?q";

TEST(rfc3986_normal_examples)
{
    /* RFC 3986 section 5.4.1 */
    RESOLVE(rfc_base, "g:h", "g:h");
    RESOLVE(rfc_base, "g", "http://a/b/c/g");
    RESOLVE(rfc_base, "./g", "http://a/b/c/g");
    RESOLVE(rfc_base, "g/", "http://a/b/c/g/");
    RESOLVE(rfc_base, "/g", "http://a/g");
    RESOLVE(rfc_base, "//g", "http://g");
    RESOLVE(rfc_base, "?y", "http://a/b/c/d;p?y");
    RESOLVE(rfc_base, "g?y", "http://a/b/c/g?y");
    RESOLVE(rfc_base, "#s", "http://a/b/c/d;p?q#s");
    RESOLVE(rfc_base, "g#s", "http://a/b/c/g#s");
    RESOLVE(rfc_base, "g?y#s", "http://a/b/c/g?y#s");
    RESOLVE(rfc_base, ";x", "http://a/b/c/;x");
    RESOLVE(rfc_base, "g;x", "http://a/b/c/g;x");
    RESOLVE(rfc_base, "g;x?y#s", "http://a/b/c/g;x?y#s");
    RESOLVE(rfc_base, "", "http://a/b/c/d;p?q");
    RESOLVE(rfc_base, ".", "http://a/b/c/");
    RESOLVE(rfc_base, "./", "http://a/b/c/");
    RESOLVE(rfc_base, "..", "http://a/b/");
    RESOLVE(rfc_base, "../", "http://a/b/");
    RESOLVE(rfc_base, "../g", "http://a/b/g");
    RESOLVE(rfc_base, "../..", "http://a/");
    RESOLVE(rfc_base, "../../", "http://a/");
    RESOLVE(rfc_base, "../../g", "http://a/g");
}

TEST(rfc3986_abnormal_examples)
{
    /* RFC 3986 section 5.4.2 */
    RESOLVE(rfc_base, "../../../g", "http://a/g");
    RESOLVE(rfc_base, "../../../../g", "http://a/g");
    RESOLVE(rfc_base, "/./g", "http://a/g");
    RESOLVE(rfc_base, "/../g", "http://a/g");
    RESOLVE(rfc_base, "g.", "http://a/b/c/g.");
    RESOLVE(rfc_base, ".g", "http://a/b/c/.g");
    RESOLVE(rfc_base, "g..", "http://a/b/c/g..");
    RESOLVE(rfc_base, "..g", "http://a/b/c/..g");
    RESOLVE(rfc_base, "./../g", "http://a/b/g");
    RESOLVE(rfc_base, "./g/.", "http://a/b/c/g/");
    RESOLVE(rfc_base, "g/./h", "http://a/b/c/g/h");
    RESOLVE(rfc_base, "g/../h", "http://a/b/c/h");
    RESOLVE(rfc_base, "g;x=1/./y", "http://a/b/c/g;x=1/y");
    RESOLVE(rfc_base, "g;x=1/../y", "http://a/b/c/y");
    RESOLVE(rfc_base, "g?y/./x", "http://a/b/c/g?y/./x");
    RESOLVE(rfc_base, "g?y/../x", "http://a/b/c/g?y/../x");
    RESOLVE(rfc_base, "g#s/./x", "http://a/b/c/g#s/./x");
    RESOLVE(rfc_base, "g#s/../x", "http://a/b/c/g#s/../x");
    RESOLVE(rfc_base, "http:g", "http:g"); /* strict parser */
}

TEST(resolve_as_feeds_use_it)
{
    /* protocol-relative links take the base's scheme */
    RESOLVE("https://news.example.jp/rss.xml", "//cdn.example.jp/a.html", "https://cdn.example.jp/a.html");
    RESOLVE("http://news.example.jp/rss.xml", "//cdn.example.jp/a.html", "http://cdn.example.jp/a.html");
    /* query-only and fragment-only */
    RESOLVE("https://ex.jp/list.php?page=2", "?page=3", "https://ex.jp/list.php?page=3");
    RESOLVE("https://ex.jp/list.php?page=2#top", "#item5", "https://ex.jp/list.php?page=2#item5");
    /* a base with an authority and no path */
    RESOLVE("https://ex.jp", "news/1.html", "https://ex.jp/news/1.html");
    /* absolute refs ignore the base, and need none */
    RESOLVE(NULL, "https://ex.jp/a/../b", "https://ex.jp/b");
    RESOLVE(NULL, "news/1.html", NULL);
    RESOLVE("not a base", "news/1.html", NULL);
    /* surrounding whitespace from <link>\n  ...\n</link> is trimmed */
    RESOLVE("https://ex.jp/feed", "\n  /2025/11/18/a.html \t\n", "https://ex.jp/2025/11/18/a.html");
    /* the scheme is case-insensitive and comes out lower-case; the host is kept */
    RESOLVE(NULL, "HTTPS://Ex.JP/A", "https://Ex.JP/A");
    /* IDN host kept as given (UTF-8) */
    RESOLVE("https://\xE4\xBE\x8B\xE3\x81\x88.jp/news/", "a.html",
            "https://\xE4\xBE\x8B\xE3\x81\x88.jp/news/a.html");
    /* a colon in a first segment that is no scheme */
    RESOLVE("https://ex.jp/d/", "a_b:c", "https://ex.jp/d/a_b:c");
}

TEST(resolve_rejects_hostile_input)
{
    RESOLVE(rfc_base, NULL, NULL);
    RESOLVE(rfc_base, "a b.html", NULL);
    RESOLVE(rfc_base, "a\tb", NULL);
    RESOLVE(rfc_base, "a\x01" "b", NULL);
    RESOLVE(rfc_base, "a\x7f", NULL);
    char *big = malloc(9000);
    memcpy(big, "https://ex.jp/", 14);
    memset(big + 14, 'a', 9000 - 15);
    big[8999] = '\0';
    RESOLVE(NULL, big, NULL);
    CHECK(url_canonical(big) == NULL);
    CHECK(!url_is_http(big));
    big[8000] = '\0'; /* under the bound: accepted */
    char *ok = url_resolve(NULL, big);
    CHECK(ok != NULL && strlen(ok) == 8000);
    free(ok);
    free(big);
}

TEST(canonical_scheme_host_port_fragment)
{
    CANON("HTTP://WWW.Example.COM/Path/Case", "http://www.example.com/Path/Case");
    CANON("https://example.com:443/a", "https://example.com/a");
    CANON("http://example.com:80/a", "http://example.com/a");
    CANON("https://example.com:80/a", "https://example.com:80/a");
    CANON("http://example.com:8080/a", "http://example.com:8080/a");
    CANON("http://example.com:/a", "http://example.com/a");
    CANON("http://example.com:0443/a", "http://example.com:443/a");
    CANON("https://example.com/a#section-2", "https://example.com/a");
    CANON("https://example.com", "https://example.com/");
    CANON("https://example.com?x=1", "https://example.com/?x=1");
    CANON("https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a");
}

TEST(canonical_tracking_parameters)
{
    CANON("https://ex.jp/news/1?utm_source=twitter&id=42&utm_medium=social",
          "https://ex.jp/news/1?id=42");
    CANON("https://ex.jp/news/1?utm_source=rss&utm_medium=rss&utm_campaign=x", "https://ex.jp/news/1");
    CANON("https://ex.jp/a?b=2&fbclid=IwAR0abc&a=1&gclid=xyz", "https://ex.jp/a?b=2&a=1");
    CANON("https://ex.jp/a?UTM_Source=x&p=1", "https://ex.jp/a?p=1");
    CANON("https://ex.jp/a?mc_cid=1&mc_eid=2&msclkid=3&yclid=4&dclid=5&_hsenc=6&_hsmi=7&igshid=8"
          "&ref_src=9&spm=10",
          "https://ex.jp/a");
    /* similar names that are real parameters stay */
    CANON("https://ex.jp/a?ref=top&utm=1&source=rss", "https://ex.jp/a?ref=top&utm=1&source=rss");
    /* empty "?" and empty pairs disappear; valueless params stay */
    CANON("https://ex.jp/a?", "https://ex.jp/a");
    CANON("https://ex.jp/a?&&x&", "https://ex.jp/a?x");
    CANON("https://ex.jp/a?x=1#utm_source=y", "https://ex.jp/a?x=1");
}

TEST(canonical_paths_and_percent)
{
    CANON("https://ex.jp/a/./b/../c/", "https://ex.jp/a/c/");
    CANON("https://ex.jp/../../a", "https://ex.jp/a");
    /* unreserved escapes decoded, others upper-cased */
    CANON("https://ex.jp/%7Euser/%41%62%2d%2E%5f", "https://ex.jp/~user/Ab-._");
    CANON("https://ex.jp/a%2fb%3a?q=%e3%81%82", "https://ex.jp/a%2Fb%3A?q=%E3%81%82");
    /* raw UTF-8 and its encoded spelling come out the same */
    CANON("https://ex.jp/\xE3\x81\x82", "https://ex.jp/%E3%81%82");
    CANON("https://ex.jp/%e3%81%82", "https://ex.jp/%E3%81%82");
    /* an escaped dot segment is still a dot segment */
    CANON("https://ex.jp/a/%2E%2E/b", "https://ex.jp/b");
    /* a '%' that starts no escape is left alone */
    CANON("https://ex.jp/100%", "https://ex.jp/100%");
    /* reserved escapes in the query keep their meaning */
    CANON("https://ex.jp/s?q=a%26b%3dc", "https://ex.jp/s?q=a%26b%3Dc");
}

TEST(canonical_spellings_agree)
{
    const char *a[] = {
        "https://www.ex.jp/news/2025/1118.html",
        "HTTPS://WWW.EX.JP:443/news/2025/1118.html#main",
        "https://www.ex.jp/news/./2025/1118.html?utm_source=rss&utm_medium=feed",
        "  https://www.Ex.jp/news/2025/%31118.html?fbclid=1\n",
    };
    char *c0 = url_canonical(a[0]);
    CHECK_STR(c0, "https://www.ex.jp/news/2025/1118.html");
    for (size_t i = 1; i < SD_ARRAY_LEN(a); i++) {
        char *ci = url_canonical(a[i]);
        CHECK_STR(ci, c0);
        free(ci);
    }
    free(c0);
}

TEST(canonical_rejects)
{
    CANON("ftp://ex.jp/a", NULL);
    CANON("javascript:alert(1)", NULL);
    CANON("mailto:a@ex.jp", NULL);
    CANON("/relative/path", NULL);
    CANON("http:g", NULL);
    CANON("http://", NULL);
    CANON("http:///a", NULL);
    CANON("http://ex.jp:99999/", NULL);
    CANON("http://ex.jp:8o/", NULL);
    CANON("http://ex .jp/", NULL);
    CANON("http://ex.jp/a\nb", NULL);
    CANON("http://ex<jp/", NULL);
    CANON("", NULL);
    CANON(NULL, NULL);
}

TEST(is_http_and_host)
{
    CHECK(url_is_http("http://ex.jp/"));
    CHECK(url_is_http("HTTPS://ex.jp"));
    CHECK(!url_is_http("ftp://ex.jp/"));
    CHECK(!url_is_http("ex.jp/feed"));
    CHECK(!url_is_http("https:///feed"));
    CHECK(!url_is_http(NULL));
    char *h = url_host("https://user:pw@News.Example.JP:8443/x?y#z");
    CHECK_STR(h, "news.example.jp");
    free(h);
    h = url_host("http://[::1]:8080/");
    CHECK_STR(h, "::1");
    free(h);
    h = url_host("https://\xE4\xBE\x8B.JP/");
    CHECK_STR(h, "\xE4\xBE\x8B.jp");
    free(h);
    CHECK(url_host("/no/host") == NULL);
    CHECK(url_host("https://") == NULL);
}

int main(void)
{
    RUN(rfc3986_normal_examples);
    RUN(rfc3986_abnormal_examples);
    RUN(resolve_as_feeds_use_it);
    RUN(resolve_rejects_hostile_input);
    RUN(canonical_scheme_host_port_fragment);
    RUN(canonical_tracking_parameters);
    RUN(canonical_paths_and_percent);
    RUN(canonical_spellings_agree);
    RUN(canonical_rejects);
    RUN(is_http_and_host);
    return test_report();
}
