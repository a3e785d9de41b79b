/* markup: HTML fragments to plain text, entities, whitespace. */
#include "test.h"
#include "text/markup.h"

#include <stdlib.h>

static char *m1(const char *s) { return markup_to_text(s, strlen(s), 0); }
static char *mp(const char *s) { return markup_to_text(s, strlen(s), 1); }

#define CHECK_CONV(fn, in, want)                                                                   \
    do {                                                                                           \
        char *got_ = fn(in);                                                                       \
        CHECK_STR(got_, want);                                                                     \
        free(got_);                                                                                \
    } while (0)

TEST(tags_removed_text_kept)
{
    CHECK_CONV(m1, "<b>Bold</b> and <a href=\"https://x.example/?a=1&b=2\">a link</a>", "Bold and a link");
    CHECK_CONV(m1, "<span class='x>y'>quoted > inside</span> ok", "quoted > inside ok");
    CHECK_CONV(m1, "", "");
    CHECK_CONV(m1, "   \n\t ", "");
    CHECK_CONV(m1, "plain", "plain");
}

TEST(paragraphs_and_lines)
{
    CHECK_CONV(mp, "<p>One</p><p>Two</p>", "One\n\nTwo");
    CHECK_CONV(mp, "<p>One<br>line two<br/>line three</p>", "One\nline two\nline three");
    CHECK_CONV(mp, "a<br><br>b", "a\n\nb");
    CHECK_CONV(mp, "<ul><li>x</li><li>y</li></ul><p>after</p>", "x\ny\n\nafter");
    CHECK_CONV(mp, "<h2>Title</h2>Body text", "Title\n\nBody text");
    CHECK_CONV(mp, "<div><p>nested</p></div><div>next</div>", "nested\n\nnext");
    CHECK_CONV(mp, "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc");
    /* Without paragraphs every break is one space and the result is one line. */
    CHECK_CONV(m1, "<p>One</p><p>Two<br>Three</p>", "One Two Three");
    CHECK_CONV(mp, "<p></p><p>  </p><p>only</p><p></p>", "only");
}

TEST(scripts_styles_comments_dropped)
{
    CHECK_CONV(m1, "a<script>var x = '<p>no</p>';</script>b", "a b");
    CHECK_CONV(m1, "a<SCRIPT type=x>alert(1)</SCRIPT >b", "a b");
    CHECK_CONV(m1, "<style>p{color:red}</style>text", "text");
    CHECK_CONV(m1, "x<!-- a <b>comment</b> -->y", "xy");
    CHECK_CONV(m1, "x<!-- never closed", "x");
    CHECK_CONV(m1, "<noscript>enable js</noscript>visible", "visible");
    CHECK_CONV(m1, "<![CDATA[a < b & c]]>", "a < b & c");
    CHECK_CONV(m1, "<?php echo 1; ?>z", "z");
    /* A script element never closed is text that names one. */
    CHECK_CONV(m1, "Attackers inject <script> tags into pages", "Attackers inject <script> tags into pages");
    CHECK_CONV(mp, "<p>Use <iframe sandbox> wisely</p>", "Use <iframe sandbox> wisely");
}

TEST(entities_named_numeric)
{
    CHECK_CONV(m1, "AT&amp;T &lt;tag&gt; &quot;q&quot; &apos;a&apos;", "AT&T <tag> \"q\" 'a'");
    CHECK_CONV(m1, "caf&eacute; &copy; &hellip; &mdash; &euro;", "café © … — €");
    CHECK_CONV(m1, "&#233;&#xE9;&#XE9;", "ééé");
    CHECK_CONV(m1, "&#x1F512;", "\xF0\x9F\x94\x92");
    /* HTML5: references to C1 controls mean Windows-1252 characters. */
    CHECK_CONV(m1, "&#150; &#147;q&#148;", "\xE2\x80\x93 \xE2\x80\x9Cq\xE2\x80\x9D");
    CHECK_CONV(m1, "&#0;&#xD800;&#x110000;", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    /* HTML5 names beyond HTML4, and one that expands to two code points. */
    CHECK_CONV(m1, "&rightarrow; &nvlt;", "\xE2\x86\x92 <\xE2\x83\x92");
    /* Legacy names without ';' but not inside what looks like a query string. */
    CHECK_CONV(m1, "&amp &copy 2025", "& © 2025");
    CHECK_CONV(m1, "?a=1&copy=2&b", "?a=1&copy=2&b");
    /* Not references. */
    CHECK_CONV(m1, "AT&T & co &unknown; &#; &#x;", "AT&T & co &unknown; &#; &#x;");
    /* Decoded once only. */
    CHECK_CONV(m1, "&amp;amp;", "&amp;");
    CHECK_CONV(m1, "&amp;lt;b&amp;gt;", "&lt;b&gt;");
}

TEST(whitespace_collapsed)
{
    CHECK_CONV(m1, "  many   spaces\t\tand\n\nnewlines  ", "many spaces and newlines");
    CHECK_CONV(m1, "non&nbsp;breaking&nbsp;&nbsp;space", "non breaking space");
    /* U+3000 inside text is kept, at the ends it goes. */
    CHECK_CONV(m1, "\xE3\x80\x80\xE6\x9C\xAC\xE6\x96\x87\xE3\x80\x80\xE7\xB6\x9A\xE3\x81\x8D\xE3\x80\x80",
               "\xE6\x9C\xAC\xE6\x96\x87\xE3\x80\x80\xE7\xB6\x9A\xE3\x81\x8D");
    /* A line break between Japanese characters is no space at all... */
    CHECK_CONV(m1, "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\n\xE6\x96\x87\xE7\xAB\xA0",
               "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE6\x96\x87\xE7\xAB\xA0");
    /* ...but a space typed between them stays, and so does one next to Latin text. */
    CHECK_CONV(m1, "\xE6\x97\xA5 \xE6\x9C\xAC", "\xE6\x97\xA5 \xE6\x9C\xAC");
    CHECK_CONV(m1, "\xE6\x97\xA5\nabc", "\xE6\x97\xA5 abc");
    /* Invisible characters go: BOM, soft hyphen, zero-width space, C1 controls. */
    CHECK_CONV(m1, "a\xEF\xBB\xBF" "b\xC2\xAD" "c\xE2\x80\x8B" "d\xC2\x80" "e\x01" "f", "abcdef");
}

TEST(pre_keeps_lines)
{
    CHECK_CONV(mp, "<pre>line 1\nline 2</pre>after", "line 1\nline 2\n\nafter");
}

TEST(not_markup)
{
    CHECK_CONV(m1, "1 < 2 and 3 > 2", "1 < 2 and 3 > 2");
    CHECK_CONV(m1, "a <b", "a <b");
    CHECK_CONV(m1, "x</", "x</");
    CHECK_CONV(m1, "<", "<");
    /* Invalid UTF-8 never crashes: each bad byte is U+FFFD. */
    CHECK_CONV(m1, "a\xFF" "b\xE3\x81", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(decode_entities_only)
{
    char *s = markup_decode_entities("<p>x &amp; y &#x41;</p>  z", 26);
    CHECK_STR(s, "<p>x & y A</p>  z");
    free(s);
    s = markup_decode_entities(NULL, 0);
    CHECK_STR(s, "");
    free(s);
}

TEST(collapse_and_paragraphs)
{
    char *s = text_collapse_space("  a \n b\t\tc  ", 12);
    CHECK_STR(s, "a b c");
    free(s);
    const char *t = "\xE3\x80\x80 \xE9\x96\x8B\xE5\xA7\x8B \xE3\x80\x80";
    s = text_collapse_space(t, strlen(t));
    CHECK_STR(s, "\xE9\x96\x8B\xE5\xA7\x8B");
    free(s);
    const char *p = "First line\nsame paragraph.\n\n\n  Second   paragraph &amp; more.\r\n\r\nThird.";
    s = text_to_paragraphs(p, strlen(p), 0);
    CHECK_STR(s, "First line same paragraph.\n\nSecond paragraph &amp; more.\n\nThird.");
    free(s);
    s = text_to_paragraphs(p, strlen(p), 1);
    CHECK_STR(s, "First line same paragraph.\n\nSecond paragraph & more.\n\nThird.");
    free(s);
    /* Plain text: tags are text. */
    s = text_to_paragraphs("a <b> c", 7, 0);
    CHECK_STR(s, "a <b> c");
    free(s);
}

TEST(looks_like_html)
{
    CHECK(markup_looks_like_html("<p>x</p>", 8));
    CHECK(markup_looks_like_html("x <b>bold</b>", 13));
    CHECK(markup_looks_like_html("a<br/>b", 7));
    CHECK(markup_looks_like_html("x</span>", 8));
    CHECK(markup_looks_like_html("<!-- c -->", 10));
    CHECK(!markup_looks_like_html("1 < 2", 5));
    CHECK(!markup_looks_like_html("a <tags> b", 10));
    CHECK(!markup_looks_like_html("Use <Enter>", 11));
    CHECK(!markup_looks_like_html("", 0));
}

TEST(entity_lookup)
{
    uint32_t cp[2];
    CHECK_INT(markup_entity_lookup("nbsp", 4, cp), 1);
    CHECK_INT(cp[0], 0xA0);
    CHECK_INT(markup_entity_lookup("apos", 4, cp), 1);
    CHECK_INT(cp[0], '\'');
    CHECK_INT(markup_entity_lookup("Aacute", 6, cp), 1);
    CHECK_INT(cp[0], 0xC1);
    CHECK_INT(markup_entity_lookup("aacute", 6, cp), 1);
    CHECK_INT(cp[0], 0xE1);
    CHECK_INT(markup_entity_lookup("zwnj", 4, cp), 1);
    CHECK_INT(cp[0], 0x200C);
    CHECK_INT(markup_entity_lookup("nope", 4, cp), 0);
    CHECK_INT(markup_entity_lookup("nbs", 3, cp), 0);
    CHECK_INT(markup_entity_lookup("nbspx", 5, cp), 0);
}

TEST(long_input_linear)
{
    /* 2 MB of mixed markup: must finish quickly and keep every word. */
    strbuf sb = STRBUF_INIT;
    for (int i = 0; i < 40000; i++)
        strbuf_puts(&sb, "<p>word &amp; \xE8\xA8\x80\xE8\x91\x89</p>\n");
    char *s = markup_to_text(sb.data, sb.len, 1);
    size_t words = 0;
    for (const char *p = s; (p = strstr(p, "word & \xE8\xA8\x80\xE8\x91\x89")); p++)
        words++;
    CHECK_INT(words, 40000);
    free(s);
    strbuf_free(&sb);
}

int main(void)
{
    RUN(tags_removed_text_kept);
    RUN(paragraphs_and_lines);
    RUN(scripts_styles_comments_dropped);
    RUN(entities_named_numeric);
    RUN(whitespace_collapsed);
    RUN(pre_keeps_lines);
    RUN(not_markup);
    RUN(decode_entities_only);
    RUN(collapse_and_paragraphs);
    RUN(looks_like_html);
    RUN(entity_lookup);
    RUN(long_input_linear);
    return test_report();
}
