/* Sentence splitting of Japanese and English text. */
#include "test.h"

#include "text/sentence.h"

#include <stdlib.h>
#include <time.h>

static sentence_list L;
static const char *T;

static size_t split(const char *t)
{
    T = t;
    return sentence_split(t, strlen(t), &L);
}

/* The text of sentence i, as a static copy for CHECK_STR. */
static const char *sent(size_t i)
{
    static char buf[4096];
    if (i >= L.count)
        return NULL;
    size_t n = L.items[i].len < sizeof buf - 1 ? L.items[i].len : sizeof buf - 1;
    memcpy(buf, T + L.items[i].off, n);
    buf[n] = '\0';
    return buf;
}

TEST(japanese_stops)
{
    CHECK_INT(split("脆弱性が見つかった。修正版が公開された！今すぐ更新すべきか？はい。"), 4);
    CHECK_STR(sent(0), "脆弱性が見つかった。");
    CHECK_STR(sent(1), "修正版が公開された！");
    CHECK_STR(sent(2), "今すぐ更新すべきか？");
    CHECK_STR(sent(3), "はい。");
    /* half-width ! and ? typed in Japanese text, and the half-width stop ｡ */
    CHECK_INT(split("注意してください!詳細は後日?続報を待つ｡以上"), 4);
    CHECK_STR(sent(1), "詳細は後日?");
    CHECK_STR(sent(2), "続報を待つ｡");
    CHECK_STR(sent(3), "以上");
    /* a run of stops is one end: ！？ */
    CHECK_INT(split("本当に！？そうだ。"), 2);
    CHECK_STR(sent(0), "本当に！？");
}

TEST(japanese_quotes)
{
    /* A short quote with stops inside stays in its sentence. */
    CHECK_INT(split("同社は「原因を調査中です。詳細は後日公表します。」と述べた。被害は確認されていない。"), 2);
    CHECK_STR(sent(0), "同社は「原因を調査中です。詳細は後日公表します。」と述べた。");
    CHECK_STR(sent(1), "被害は確認されていない。");
    /* 『』 too, nested inside 「」 */
    CHECK_INT(split("彼は「『緊急』と書かれた通知が届いた。」と話した。"), 1);
    /* a closing bracket right after the stop stays with the sentence */
    CHECK_INT(split("（詳細は後述。）次の項目へ。"), 2);
    CHECK_STR(sent(0), "（詳細は後述。）");
    /* an unclosed 「 does not swallow the rest */
    CHECK_INT(split("彼は「始まりだけ。次の文。その次の文。"), 3);
    CHECK_STR(sent(1), "次の文。");
}

TEST(long_quote_is_split)
{
    /* A quote longer than SENTENCE_QUOTE_MAX characters is split normally. */
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "「");
    for (int i = 0; i < 60; i++)
        strbuf_puts(&sb, "あいう。"); /* 4 characters each: 240 in all */
    strbuf_puts(&sb, "」と述べた。");
    size_t n = sentence_split(sb.data, sb.len, &L);
    T = sb.data;
    /* 60 pieces of the quote, the last keeping its 」, then what follows it */
    CHECK_INT(n, 61);
    CHECK_STR(sent(0), "「あいう。");
    CHECK_STR(sent(59), "あいう。」");
    CHECK_STR(sent(60), "と述べた。");
    strbuf_free(&sb);
}

TEST(full_width_period)
{
    /* ． ends a sentence, except between digits or Latin letters (ver７．２．５) */
    CHECK_INT(split("ＶＥＲ７．２．５を確認．次へ"), 2);
    CHECK_STR(sent(0), "ＶＥＲ７．２．５を確認．");
    CHECK_STR(sent(1), "次へ");
}

TEST(english_abbreviations)
{
    CHECK_INT(split("Fortinet Inc. said on Nov. 18 that FortiOS 7.2.5 is affected."), 1);
    CHECK_INT(split("Dr. Smith met Mr. Jones. They talked."), 2);
    CHECK_STR(sent(0), "Dr. Smith met Mr. Jones.");
    CHECK_INT(split("Use a tool, e.g. Nmap, i.e., a scanner. Then stop."), 2);
    CHECK_STR(sent(0), "Use a tool, e.g. Nmap, i.e., a scanner.");
    CHECK_INT(split("It was fixed in No. 5 of the series. Good."), 2);
    CHECK_INT(split("Apple vs. Google is old news. Now this."), 2);
    /* Company/place abbreviations end a sentence before a common opener only */
    CHECK_INT(split("The flaw was found by Example Corp. The company fixed it."), 2);
    CHECK_STR(sent(0), "The flaw was found by Example Corp.");
    CHECK_INT(split("Officials in the U.S. Treasury were told."), 1);
    CHECK_INT(split("The attack hit firms in the U.S. It spread fast."), 2);
    CHECK_INT(split("Patch now, etc. However, wait."), 2);
    /* Initials */
    CHECK_INT(split("The report by J. R. Smith was published."), 1);
    /* a lower-case next word never starts a sentence */
    CHECK_INT(split("It costs approx. half as much."), 1);
}

TEST(english_dots_in_words)
{
    CHECK_INT(split("Update to v2.0 from example.com and run setup.exe now. Version 3.1.4 is next."), 2);
    CHECK_STR(sent(0), "Update to v2.0 from example.com and run setup.exe now.");
    CHECK_STR(sent(1), "Version 3.1.4 is next.");
    /* a sentence may end in a version or a domain */
    CHECK_INT(split("Upgrade to 7.2.6. Details are at example.com. Thanks."), 3);
    CHECK_STR(sent(0), "Upgrade to 7.2.6.");
    CHECK_STR(sent(1), "Details are at example.com.");
    /* decimals */
    CHECK_INT(split("The score is 9.8 out of 10. Bad."), 2);
}

TEST(english_bang_question_quotes)
{
    CHECK_INT(split("Is it patched? Yes! Check it."), 3);
    CHECK_STR(sent(1), "Yes!");
    CHECK_INT(split("Yahoo! Japan was not affected."), 1);
    CHECK_INT(split("He said \"It is broken.\" Then he left."), 2);
    CHECK_STR(sent(0), "He said \"It is broken.\"");
    CHECK_INT(split("The end is near... The next one."), 2);
    CHECK_INT(split("Wait... what happened?"), 1);
    /* ? inside a URL is not a stop */
    CHECK_INT(split("See https://example.com/?q=1 for more."), 1);
}

TEST(bullets)
{
    const char *t = "■概要\n・顧客情報が流出\n・対象は約12万件\n- first item\n* second item\n"
                    "① 最初\n1. numbered item\n(2) paren item\n３．全角番号\n----\n";
    CHECK_INT(split(t), 9);
    CHECK_STR(sent(0), "概要");
    CHECK_STR(sent(1), "顧客情報が流出");
    CHECK_STR(sent(2), "対象は約12万件");
    CHECK_STR(sent(3), "first item");
    CHECK_STR(sent(4), "second item");
    CHECK_STR(sent(5), "最初");
    CHECK_STR(sent(6), "numbered item");
    CHECK_STR(sent(7), "paren item");
    CHECK_STR(sent(8), "全角番号");
    for (size_t i = 0; i < L.count; i++)
        CHECK(L.items[i].flags & SENTENCE_BULLET);
    /* "2026. " is a year, not a list number; "-1" is not a bullet */
    CHECK_INT(split("2026. A year.\n-1 is negative."), 3);
    CHECK_STR(sent(0), "2026.");
    CHECK(!(L.items[0].flags & SENTENCE_BULLET));
    CHECK_STR(sent(2), "-1 is negative.");
    /* a middle dot inside a line is not a bullet */
    CHECK_INT(split("ゲーム・アプリを更新した。"), 1);
    CHECK(!(L.items[0].flags & SENTENCE_BULLET));
}

TEST(lines_and_paragraphs)
{
    CHECK_INT(split("見出し\n本文の一文目。二文目。\n\n次の段落。"), 4);
    CHECK_STR(sent(0), "見出し");
    CHECK(L.items[0].flags & SENTENCE_PARAGRAPH);
    CHECK(!(L.items[1].flags & SENTENCE_PARAGRAPH));
    CHECK(L.items[3].flags & SENTENCE_PARAGRAPH);
    /* a hard-wrapped English sentence is joined across the break */
    CHECK_INT(split("This sentence was hard\nwrapped by a mail client.\nNew line here."), 2);
    CHECK_STR(sent(0), "This sentence was hard\nwrapped by a mail client.");
    /* CRLF, and U+3000 around sentences is trimmed */
    CHECK_INT(split("\xE3\x80\x80一行目\r\n二行目\xE3\x80\x80\r\n"), 2);
    CHECK_STR(sent(0), "一行目");
    CHECK_STR(sent(1), "二行目");
}

TEST(spans_are_exact)
{
    const char *t = "  First one.  Second one.  ";
    CHECK_INT(split(t), 2);
    CHECK_INT(L.items[0].off, 2);
    CHECK_INT(L.items[0].len, 10);
    CHECK_INT(L.items[1].off, 14);
    CHECK_INT(L.items[1].len, 11);
}

TEST(empty_and_hostile)
{
    CHECK_INT(sentence_split("", 0, &L), 0);
    CHECK_INT(sentence_split(NULL, 10, &L), 0);
    CHECK_INT(split("   \n\n \xE3\x80\x80 "), 0);
    CHECK_INT(split("■\n----\n!!!"), 0);
    /* invalid UTF-8 is kept inside the span */
    CHECK_INT(split("abc\xFF def. ghi"), 1);
    /* One huge unpunctuated text: cut into pieces of at most SENTENCE_MAX_BYTES, at spaces. */
    size_t n = 1u << 20;
    char *big = malloc(n + 1);
    for (size_t i = 0; i < n; i++)
        big[i] = (i % 7 == 6) ? ' ' : 'x';
    big[n] = '\0';
    clock_t t0 = clock();
    size_t count = sentence_split(big, n, &L);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(secs < 2.0);
    CHECK(count >= n / SENTENCE_MAX_BYTES);
    int ok = 1;
    for (size_t i = 0; i < L.count; i++) {
        if (L.items[i].len > SENTENCE_MAX_BYTES || big[L.items[i].off + L.items[i].len - 1] == ' ')
            ok = 0;
    }
    CHECK(ok);
    CHECK(L.items[0].flags & SENTENCE_CUT);
    /* the same with Japanese (3-byte characters) and no spaces: cut at characters */
    for (size_t i = 0; i + 3 <= n; i += 3)
        memcpy(big + i, "あ", 3);
    count = sentence_split(big, n - n % 3, &L);
    ok = 1;
    for (size_t i = 0; i < L.count; i++)
        if (L.items[i].len % 3 != 0)
            ok = 0;
    CHECK(ok);
    free(big);
}

int main(void)
{
    sentence_list_init(&L);
    RUN(japanese_stops);
    RUN(japanese_quotes);
    RUN(long_quote_is_split);
    RUN(full_width_period);
    RUN(english_abbreviations);
    RUN(english_dots_in_words);
    RUN(english_bang_question_quotes);
    RUN(bullets);
    RUN(lines_and_paragraphs);
    RUN(spans_are_exact);
    RUN(empty_and_hostile);
    sentence_list_free(&L);
    return test_report();
}
