#include "compose/digest.h"
#include "render/check.h"
#include "render/render.h"
#include "test.h"

#include <stdlib.h>

static char **strs1(const char *a)
{
    char **v = xcalloc(1, sizeof *v);
    v[0] = xstrdup(a);
    return v;
}

/* A small but complete digest, built by hand: two stories, one empty group. */
static digest *sample_digest(void)
{
    digest *d = xcalloc(1, sizeof *d);
    d->date = xstrdup("2026-11-18");
    d->date_heading = xstrdup("2026-11-18");
    d->version = xstrdup("test");
    d->writer = "extractive";
    d->nstories = 2;
    d->stories = xcalloc(2, sizeof *d->stories);
    digest_story *a = &d->stories[0], *b = &d->stories[1];
    a->id = xstrdup("20261118-aaaa");
    a->headline = xstrdup("物流大手にランサムウェア攻撃");
    a->group = STORY_GROUP_DOMESTIC;
    a->category = STORY_CAT_RANSOMWARE;
    a->score = 12.345;
    a->summary = xstrdup("配送システムが停止した。");
    a->entry = xstrdup("物流大手にランサムウェア攻撃、配送が停止");
    a->nparagraphs = 1;
    a->paragraphs = strs1("11月17日未明に攻撃を受け、配送システムが停止した。\n復旧の見通しは立っていない。");
    a->nsources = 2;
    a->sources = xcalloc(2, sizeof *a->sources);
    a->sources[0] = (digest_source){xstrdup("セキュリティウォッチ"), xstrdup("物流大手で障害 <script>"),
                                    xstrdup("https://news.example/a?id=1"), 1763458200, xstrdup("ja")};
    a->sources[1] = (digest_source){xstrdup("CyberWire Example"), xstrdup("Logistics firm hit [update]"),
                                    xstrdup("https://cw.example/b_(1)?q=[x]"), SD_TIME_NONE, xstrdup("en")};
    a->writer = "extractive";
    b->id = xstrdup("20261118-bbbb");
    b->headline = xstrdup("VPN製品の脆弱性が悪用");
    b->group = STORY_GROUP_OVERSEAS;
    b->category = STORY_CAT_ACTIVE_EXPLOITATION;
    b->summary = xstrdup("CVE-2026-41234が悪用されている。");
    b->nparagraphs = 1;
    b->paragraphs = strs1("2026. 年の最初の事例ではない。");
    b->ncves = 1;
    b->cves = strs1("CVE-2026-41234");
    b->nsources = 1;
    b->sources = xcalloc(1, sizeof *b->sources);
    b->sources[0] = (digest_source){xstrdup("CyberWire Example"), xstrdup("VPN flaw exploited"),
                                    xstrdup("https://cw.example/c"), 1763458200, xstrdup("en")};
    b->writer = "extractive";
    d->nkey_points = 1;
    d->key_points = xcalloc(1, sizeof *d->key_points);
    d->key_points[0] = (digest_key_point){.headline = xstrdup("物流大手にランサムウェア攻撃"), .summary = xstrdup("配送が止まった。"), .story = 0};
    d->group_stories[0] = xcalloc(1, sizeof(size_t));
    d->group_stories[0][0] = 0;
    d->ngroup_stories[0] = 1;
    d->group_stories[1] = xcalloc(1, sizeof(size_t));
    d->group_stories[1][0] = 1;
    d->ngroup_stories[1] = 1;
    d->group_empty[2] = xstrdup("この日、その他のインシデントはありませんでした。");
    d->deep_topic = xstrdup("物流を止めるランサムウェア");
    d->deep_body = xstrdup("背景を説明する。");
    d->ndeep_sections = 2;
    d->deep_sections = xcalloc(2, sizeof *d->deep_sections);
    d->deep_sections[0] = (digest_section){.title = xstrdup("背景"), .body = xstrdup("背景の本文。")};
    d->deep_sections[1] = (digest_section){.title = xstrdup("対策"), .body = xstrdup("対策の本文。")};
    d->nglossary = 1;
    d->glossary = xcalloc(1, sizeof *d->glossary);
    d->glossary[0] = (digest_term){.term = xstrdup("ランサムウェア"), .definition = xstrdup("データを暗号化して身代金を要求するマルウェア。")};
    d->outlook = xstrdup("今後も注意が必要である。");
    d->conclusion = xstrdup("二つの事例があった。");
    d->ncitations = 3;
    d->citations = xcalloc(3, sizeof *d->citations);
    d->citations[0] = (digest_citation){xstrdup("物流大手で障害 <script>"), xstrdup("セキュリティウォッチ"), xstrdup("https://news.example/a?id=1")};
    d->citations[1] = (digest_citation){xstrdup("Logistics firm hit [update]"), xstrdup("CyberWire Example"), xstrdup("https://cw.example/b_(1)?q=[x]")};
    d->citations[2] = (digest_citation){xstrdup("VPN flaw exploited"), xstrdup("CyberWire Example"), xstrdup("https://cw.example/c")};
    return d;
}

static size_t count_defects(const char *md, const char *needle, int *line)
{
    check_report r;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(digest_check(md, strlen(md), NULL, &r, &err), 0);
    size_t n = 0;
    for (size_t i = 0; i < r.count; i++) {
        if (!needle)
            fprintf(stderr, "  defect line %d: %s\n", r.defects[i].line, r.defects[i].what);
        if (!needle || strstr(r.defects[i].what, needle)) {
            n++;
            if (line)
                *line = r.defects[i].line;
        }
    }
    check_report_free(&r);
    return n;
}

static char *replace(const char *s, const char *from, const char *to)
{
    const char *p = strstr(s, from);
    if (!p)
        return NULL;
    strbuf sb = STRBUF_INIT;
    strbuf_append(&sb, s, (size_t)(p - s));
    strbuf_puts(&sb, to);
    strbuf_puts(&sb, p + strlen(from));
    return strbuf_detach(&sb);
}

TEST(markdown_has_the_format_and_checks_clean)
{
    digest *d = sample_digest();
    strbuf md = STRBUF_INIT;
    render_markdown(d, &md);
    const char *m = strbuf_cstr(&md);
    const char *head = "# 2026-11-18 サイバーセキュリティニュースまとめ\n\n## 主要ポイント\n\n"
                       "*   **物流大手にランサムウェア攻撃**：配送が止まった。\n";
    CHECK(strncmp(m, head, strlen(head)) == 0);
    CHECK(strstr(m, "## その他インシデント\n\nこの日、その他のインシデントはありませんでした。\n") != NULL);
    CHECK(strstr(m, "\n---\n\n# 2026-11-18 サイバーセキュリティニュース詳細\n") != NULL);
    CHECK(strstr(m, "### 1. 物流大手にランサムウェア攻撃\n") != NULL);
    CHECK(strstr(m, "### 2. VPN製品の脆弱性が悪用\n") != NULL);
    /* Markup from a source title is escaped, never raw. */
    CHECK(strstr(m, "[出典: セキュリティウォッチ - 物流大手で障害 \\<script\\>](https://news.example/a?id=1)\n") != NULL);
    /* Brackets in a title and parentheses in a URL cannot break the link. */
    CHECK(strstr(m, "[出典: CyberWire Example - Logistics firm hit \\[update\\]](https://cw.example/b_%281%29?q=[x])\n") != NULL);
    /* A URL with brackets stays one intact link in 主要引用. */
    CHECK(strstr(m, ": [https://cw.example/b\\_%281%29?q=\\[x\\]](https://cw.example/b_%281%29?q=[x])\n") != NULL);
    /* A paragraph starting like an ordered list stays a paragraph. */
    CHECK(strstr(m, "\n2026\\. 年の最初の事例ではない。\n") != NULL);
    /* A line break in a paragraph becomes a paragraph break. */
    CHECK(strstr(m, "停止した。\n\n復旧の見通し") != NULL);
    CHECK(strstr(m, "*   **ランサムウェア**: データを暗号化") != NULL);
    CHECK(strstr(m, "*   VPN flaw exploited - CyberWire Example: [https://cw.example/c](https://cw.example/c)\n") != NULL);
    CHECK_INT(count_defects(m, NULL, NULL), 0);

    strbuf md2 = STRBUF_INIT;
    render_markdown(d, &md2);
    CHECK_STR(strbuf_cstr(&md2), m); /* deterministic */
    strbuf_free(&md2);
    strbuf_free(&md);
    digest_free(d);
}

TEST(html_page_is_escaped_and_script_free)
{
    digest *d = sample_digest();
    strbuf md = STRBUF_INIT, html = STRBUF_INIT;
    render_markdown(d, &md);
    sd_err err = SD_ERR_INIT;
    CHECK_INT(render_html(d, strbuf_cstr(&md), &html, &err), 0);
    const char *h = strbuf_cstr(&html);
    CHECK(strstr(h, "<script") == NULL);
    CHECK(strstr(h, "&lt;script&gt;") != NULL);
    CHECK(strstr(h, "<h2>主要ポイント</h2>") != NULL);
    CHECK(strstr(h, "<a href=\"https://news.example/a?id=1\">") != NULL);
    CHECK(strstr(h, "Content-Security-Policy") != NULL);
    CHECK(strstr(h, "http://") == NULL || strstr(h, "src=\"http") == NULL);
    strbuf_free(&md);
    strbuf_free(&html);
    digest_free(d);
}

TEST(html_renderer_drops_raw_html_even_if_markdown_has_it)
{
    digest *d = sample_digest();
    const char *md = "# 2026-11-18 x\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n";
    strbuf html = STRBUF_INIT;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(render_html(d, md, &html, &err), 0);
    CHECK(strstr(strbuf_cstr(&html), "<script>alert") == NULL);
    CHECK(strstr(strbuf_cstr(&html), "javascript:") == NULL);
    strbuf_free(&html);
    digest_free(d);
}

TEST(json_has_the_cli_shape)
{
    digest *d = sample_digest();
    strbuf js = STRBUF_INIT;
    render_json(d, &js);
    const char *j = strbuf_cstr(&js);
    CHECK(strstr(j, "\"date\":\t\"2026-11-18\"") != NULL);
    CHECK(strstr(j, "\"writer\":\t\"extractive\"") != NULL);
    CHECK(strstr(j, "\"name\":\t\"国内セキュリティ動向\"") != NULL);
    CHECK(strstr(j, "\"story\":\t\"20261118-aaaa\"") != NULL);
    CHECK(strstr(j, "\"score\":\t12.35") != NULL);
    CHECK(strstr(j, "\"published\":\tnull") != NULL);
    CHECK(strstr(j, "\"published\":\t\"2025-11-18T09:30:00Z\"") != NULL);
    CHECK(strstr(j, "\"cves\":\t[\"CVE-2026-41234\"]") != NULL);
    strbuf_free(&js);
    digest_free(d);
}

TEST(check_finds_each_defect_on_its_line)
{
    digest *d = sample_digest();
    strbuf md = STRBUF_INIT;
    render_markdown(d, &md);
    const char *m = strbuf_cstr(&md);
    struct {
        const char *from, *to, *needle;
    } cases[] = {
        {"## 海外重大事例\n", "## 海外の重大事例\n", "unexpected"},
        {"(https://cw.example/c)\n\n", " (https://cw.example/c)\n\n", "broken link"},
        {"二つの事例があった。", "二つの事例があった。[cite: 3]", "citation residue"},
        {"二つの事例があった。", "[日付]の事例があった。", "template residue"},
        {"二つの事例があった。", "{headline}があった。", "placeholder"},
        {"二つの事例があった。", "二つの事例が、、あった。", "stray punctuation"},
        {"二つの事例があった。", "二つの<b>事例</b>があった。", "raw HTML"},
        {"\n*   VPN flaw exploited - CyberWire Example: [https://cw.example/c](https://cw.example/c)", "",
         "missing from 主要引用"},
        {"背景の本文。", "", "empty section"},
        {"### 2. VPN", "### 3. VPN", "story heading"},
        {"二つの事例があった。", "二つの\x01事例", "control character"},
        {"二つの事例があった。", "二つの\xff事例", "invalid UTF-8"},
        {"二つの事例があった。", "カ\xe3\x82\x99", "NFC"}, /* カ + combining dakuten */
        {"[出典: CyberWire Example - VPN flaw exploited](https://cw.example/c)\n", "", "without a 出典"},
        {"(https://cw.example/c)\n\n", "(ftp://cw.example/c)\n\n", "not an http"},
        {"#### 今後の展望\n", "#### 展望\n", "今後の展望"},
    };
    for (size_t i = 0; i < SD_ARRAY_LEN(cases); i++) {
        char *bad = replace(m, cases[i].from, cases[i].to);
        CHECK(bad != NULL);
        if (!bad)
            continue;
        int line = -1;
        size_t n = count_defects(bad, cases[i].needle, &line);
        if (n == 0)
            fprintf(stderr, "  case %zu (%s) not detected\n", i, cases[i].needle);
        CHECK(n >= 1);
        free(bad);
    }
    /* The line number points at the defect. */
    char *bad = replace(m, "二つの事例があった。", "二つの事例 [cite: 1]");
    int line = 0;
    count_defects(bad, "citation residue", &line);
    int want = 1;
    for (const char *p = bad; p < strstr(bad, "[cite: 1]"); p++)
        if (*p == '\n')
            want++;
    CHECK_INT(line, want);
    free(bad);
    strbuf_free(&md);
    digest_free(d);
}

TEST(check_rejects_missing_sections_and_empty_documents)
{
    /* Ends in a decomposed character: its NFC form is shorter than the text
     * (found by fuzz_check; the comparison once read past the NFC copy). */
    const char tail[] = "# 2026-11-18 サイバーセキュリティニュースまとめ\n\nカ\xe3\x82\x99";
    CHECK(count_defects(tail, "NFC", NULL) == 1);
    /* A NUL inside the document is a control character, not its end. */
    const char withnul[] = "# 2026-11-18 サイバーセキュリティニュースまとめ\n\0\nrest";
    check_report r;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(digest_check(withnul, sizeof withnul - 1, NULL, &r, &err), 0);
    int saw_ctrl = 0;
    for (size_t i = 0; i < r.count; i++)
        if (strstr(r.defects[i].what, "U+0000"))
            saw_ctrl = 1;
    CHECK(saw_ctrl);
    check_report_free(&r);
    CHECK(count_defects("", "empty", NULL) >= 1);
    CHECK(count_defects("# 2026-11-18 サイバーセキュリティニュースまとめ\n\n## 主要ポイント\n\n*   **a**：b\n",
                        "missing section", NULL) == 1);
    CHECK(count_defects("# 11/18 サイバーセキュリティニュースまとめ\n", "title must be", NULL) == 1);
}

int main(void)
{
    RUN(markdown_has_the_format_and_checks_clean);
    RUN(html_page_is_escaped_and_script_free);
    RUN(html_renderer_drops_raw_html_even_if_markdown_has_it);
    RUN(json_has_the_cli_shape);
    RUN(check_finds_each_defect_on_its_line);
    RUN(check_rejects_missing_sections_and_empty_documents);
    return test_report();
}
