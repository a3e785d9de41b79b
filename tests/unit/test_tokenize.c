/* Tokens of Japanese (MeCab, or bigrams without it) and English text. */
#include "test.h"

#include "text/tokenize.h"

#include <stdlib.h>
#include <time.h>

static token_list L;
static const char *T;

static size_t run(tokenizer *t, const char *text)
{
    T = text;
    return tokenizer_run(t, text, strlen(text), &L);
}

/* All tokens joined by spaces, as a static string. */
static const char *joined(void)
{
    static char buf[8192];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < L.count; i++) {
        const char *s = token_list_text(&L, i);
        size_t k = strlen(s);
        if (n + k + 2 >= sizeof buf)
            break;
        if (i)
            buf[n++] = ' ';
        memcpy(buf + n, s, k);
        n += k;
        buf[n] = '\0';
    }
    return buf;
}

/* Does token i come from exactly `src` in the input? */
static int from(size_t i, const char *src)
{
    return i < L.count && L.items[i].src_len == strlen(src) && memcmp(T + L.items[i].off, src, strlen(src)) == 0;
}

TEST(hash_is_fnv1a)
{
    /* The published FNV-1a 64-bit test vectors. */
    CHECK(token_hash("", 0) == 0xcbf29ce484222325ull);
    CHECK(token_hash("a", 1) == 0xaf63dc4c8601ec8cull);
    CHECK(token_hash("foobar", 6) == 0x85944171f73967e8ull);
}

TEST(english_words)
{
    tokenizer_opts o;
    tokenizer_opts_init(&o);
    o.no_mecab = 1;
    tokenizer *t = tokenizer_create(&o);
    run(t, "Microsoft's patches were released; attackers exploited CVE-2026-1234 in FortiOS 7.2.5 via "
           "setup.exe from example.com.");
    CHECK_STR(joined(), "microsoft patch releas attacker exploit cve-2026-1234 fortio 7.2.5 setup.exe example.com");
    CHECK(from(0, "Microsoft"));
    CHECK(from(5, "CVE-2026-1234"));
    CHECK_INT(L.items[7].kind, TOKEN_NUMBER); /* 7.2.5 */
    CHECK_INT(L.items[0].kind, TOKEN_WORD);
    for (size_t i = 0; i < L.count; i++)
        CHECK(L.items[i].hash == token_hash(token_list_text(&L, i), L.items[i].len));
    /* release / released / releases / releasing agree; stopped -> stop */
    run(t, "release released releases releasing stopped vulnerabilities vulnerability patches");
    CHECK_STR(joined(), "releas releas releas releas stop vulnerability vulnerability patch");
    tokenizer_free(t);

    o.stem = 0;
    o.keep_numbers = 0;
    t = tokenizer_create(&o);
    run(t, "The Attackers EXPLOITED 2 flaws in 2026, version 3.1.4!");
    CHECK_STR(joined(), "attackers exploited flaws version");
    tokenizer_free(t);

    o.keep_stopwords = 1;
    t = tokenizer_create(&o);
    run(t, "It is the end");
    CHECK_STR(joined(), "it is the end");
    tokenizer_free(t);
}

TEST(full_width_latin_is_normalised)
{
    tokenizer_opts o;
    tokenizer_opts_init(&o);
    o.no_mecab = 1;
    tokenizer *t = tokenizer_create(&o);
    run(t, "ＣＶＥ－２０２６－１２３４５ Ｆｏｒｔｉｎｅｔ");
    CHECK_STR(joined(), "cve-2026-12345 fortinet");
    CHECK(from(0, "ＣＶＥ－２０２６－１２３４５"));
    CHECK(from(1, "Ｆｏｒｔｉｎｅｔ"));
    tokenizer_free(t);
}

TEST(bigrams_without_mecab)
{
    tokenizer_opts o;
    tokenizer_opts_init(&o);
    o.no_mecab = 1;
    tokenizer *t = tokenizer_create(&o);
    CHECK(!tokenizer_has_mecab(t));
    run(t, "脆弱性を悪用");
    /* 脆弱 弱性 性を を悪 悪用: no pair is two hiragana */
    CHECK_STR(joined(), "脆弱 弱性 性を を悪 悪用");
    CHECK_INT(L.items[0].kind, TOKEN_JA_BIGRAM);
    CHECK(from(4, "悪用"));
    /* これは: both pairs are hiragana only */
    CHECK_INT(run(t, "これは"), 0);
    /* one kanji alone is a token; half-width katakana are normalised first */
    run(t, "株、ｻｰﾊﾞ");
    CHECK_STR(joined(), "株 サー ーバ");
    CHECK(from(1, "ｻｰ"));
    tokenizer_free(t);
}

TEST(mecab_japanese)
{
    tokenizer *t = tokenizer_create(NULL);
    if (!tokenizer_has_mecab(t)) {
        printf("skip mecab_japanese: MeCab with a UTF-8 dictionary is not installed\n");
        tokenizer_free(t);
        return;
    }
    CHECK(tokenizer_dicdir(t) != NULL);
    /* particles (を, が), auxiliaries (た), する/いる and the stop are dropped;
     * 相次い is given as its dictionary form 相次ぐ; 脆弱+性 are one word */
    run(t, "ゼロデイ脆弱性を悪用したランサムウェア攻撃が相次いでいる。");
    CHECK_STR(joined(), "ゼロデイ 脆弱性 悪用 ランサムウェア 攻撃 相次ぐ");
    CHECK(from(1, "脆弱性"));
    CHECK(from(5, "相次い"));
    CHECK_INT(L.items[0].kind, TOKEN_JA);
    /* half-width katakana reach MeCab as full-width; the suffix 市 joins 横浜 */
    run(t, "横浜市のｻｰﾊﾞｰが停止した。");
    CHECK_STR(joined(), "横浜市 サーバー 停止");
    CHECK(from(1, "ｻｰﾊﾞｰ"));
    /* Latin and numbers inside Japanese text are words of their own; the
     * counter 年 after 2026 is not a word */
    run(t, "2026年にFortinetがCVE-2026-1234を修正");
    CHECK_STR(joined(), "2026 fortinet cve-2026-1234 修正");
    tokenizer_free(t);

    tokenizer_opts o;
    tokenizer_opts_init(&o);
    o.base_forms = 0;
    t = tokenizer_create(&o);
    run(t, "攻撃が相次いでいる。");
    CHECK_STR(joined(), "攻撃 相次い");
    tokenizer_free(t);
}

TEST(missing_dictionary_falls_back)
{
    tokenizer_opts o;
    tokenizer_opts_init(&o);
    o.mecab_dicdir = "/nonexistent/mecab/dic";
    tokenizer *t = tokenizer_create(&o); /* warns once, does not fail */
    CHECK(!tokenizer_has_mecab(t));
    run(t, "悪用");
    CHECK_STR(joined(), "悪用");
    tokenizer_free(t);
}

TEST(reuse_and_bounds)
{
    tokenizer *t = tokenizer_create(NULL);
    CHECK_INT(tokenizer_run(t, "", 0, &L), 0);
    CHECK_INT(tokenizer_run(t, NULL, 5, &L), 0);
    CHECK_INT(run(t, "。、「」！？ ... ---"), 0);
    /* the same text twice gives the same tokens */
    run(t, "Fortinet fixed FortiOS. 攻撃を確認した。");
    char first[256];
    snprintf(first, sizeof first, "%s", joined());
    run(t, "Fortinet fixed FortiOS. 攻撃を確認した。");
    CHECK_STR(joined(), first);
    /* invalid UTF-8 is skipped, not fatal */
    run(t, "abc\xFF\xFE def");
    CHECK_STR(joined(), "abc def");
    /* a token longer than TOKENIZE_MAX_TOKEN bytes is dropped */
    char longw[200];
    memset(longw, 'q', sizeof longw - 1);
    longw[sizeof longw - 1] = '\0';
    CHECK_INT(run(t, longw), 0);
    /* 3 MiB of Japanese without punctuation: only the first 1 MiB is read, in bounded time */
    size_t n = 3u << 20;
    char *big = malloc(n + 1);
    const char *unit = "攻撃者がサーバーに侵入";
    size_t ul = strlen(unit);
    for (size_t i = 0; i < n; i++)
        big[i] = unit[i % ul];
    n -= n % ul;
    big[n] = '\0';
    clock_t t0 = clock();
    size_t count = tokenizer_run(t, big, n, &L);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(count > 0);
    CHECK(secs < 10.0);
    int inside = 1;
    for (size_t i = 0; i < L.count; i++)
        if (L.items[i].off + L.items[i].src_len > TOKENIZE_MAX_INPUT)
            inside = 0;
    CHECK(inside);
    free(big);
    tokenizer_free(t);
}

int main(void)
{
    token_list_init(&L);
    RUN(hash_is_fnv1a);
    RUN(english_words);
    RUN(full_width_latin_is_normalised);
    RUN(bigrams_without_mecab);
    RUN(mecab_japanese);
    RUN(missing_dictionary_falls_back);
    RUN(reuse_and_bounds);
    token_list_free(&L);
    return test_report();
}
