/* Unicode normalisation for matching, NFC, script mix and language guess. */
#include "test.h"

#include "text/normalize.h"

#include <stdlib.h>
#include <time.h>

static char *fold(const char *s) { return text_fold(s, strlen(s)); }

#define CHECK_FOLD(in, want)                                                                       \
    do {                                                                                           \
        char *f_ = fold(in);                                                                       \
        CHECK_STR(f_, want);                                                                       \
        free(f_);                                                                                  \
    } while (0)

TEST(half_width_katakana)
{
    CHECK_FOLD("ｶﾀｶﾅ", "カタカナ");
    CHECK_FOLD("ｱ", "ア");
    /* ｶﾞ is two half-width characters that compose into one: ガ */
    CHECK_FOLD("ｶﾞｷﾞｸﾞ", "ガギグ");
    CHECK_FOLD("ﾊﾟｽﾜｰﾄﾞ", "パスワード");
    /* hiragana + combining voiced mark composes too */
    CHECK_FOLD("か\xE3\x82\x99", "が");
}

TEST(full_width_latin_and_digits)
{
    CHECK_FOLD("ＣＶＥ－２０２６－１２３４５", "cve-2026-12345");
    char *n = text_nfkc("ＣＶＥ－２０２６－１２３４５", strlen("ＣＶＥ－２０２６－１２３４５"));
    CHECK_STR(n, "CVE-2026-12345");
    free(n);
    CHECK_FOLD("Ｆｏｒｔｉｎｅｔ", "fortinet");
    /* ideographic space becomes a plain space; full-width parentheses ASCII */
    CHECK_FOLD("（株）\xE3\x80\x80テスト", "(株) テスト");
    CHECK_FOLD("㈱サンプル", "(株)サンプル");
    CHECK_FOLD("①②", "12");
}

TEST(case_fold_and_lumping)
{
    CHECK_FOLD("Microsoft EXCHANGE", "microsoft exchange");
    CHECK_FOLD("Straße", "strasse");
    /* U+2010 hyphen, U+2013 en dash, U+2212 minus all become '-' */
    CHECK_FOLD("CVE\xE2\x80\x90" "2026\xE2\x80\x93" "1\xE2\x88\x92" "2", "cve-2026-1-2");
    /* curly apostrophe */
    CHECK_FOLD("Microsoft\xE2\x80\x99s", "microsoft's");
    /* soft hyphen and zero-width space are default ignorables */
    CHECK_FOLD("Fort\xC2\xADi\xE2\x80\x8Bnet", "fortinet");
    /* accents survive (NFKC, not stripping): É -> é (C3 A9) */
    CHECK_FOLD("E\xCC\x81" "cole", "\xC3\xA9" "cole");
    /* Japanese text is unchanged */
    CHECK_FOLD("不正アクセスにより個人情報が流出。", "不正アクセスにより個人情報が流出。");
}

TEST(invalid_utf8_and_nul)
{
    /* each bad byte is one U+FFFD (EF BF BD) */
    const char bad[] = "a\xFF" "b\xC3";
    char *f = text_fold(bad, 4);
    CHECK_STR(f, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    free(f);
    /* an overlong '/' (C0 AF) and a surrogate (ED A0 80) are invalid */
    f = text_fold("\xC0\xAF\xED\xA0\x80", 5);
    CHECK_STR(f, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    free(f);
    /* NUL becomes a space so the result is a safe C string */
    f = text_fold("a\0b", 3);
    CHECK_STR(f, "a b");
    free(f);
    f = text_fold(NULL, 5);
    CHECK_STR(f, "");
    free(f);
}

TEST(offset_map)
{
    text_norm n;
    text_norm_init(&n);
    /* ＣＶＥ－２: every character is 3 bytes in and 1 byte out */
    text_normalize("ＣＶＥ－２", strlen("ＣＶＥ－２"), TEXT_NORM_MATCH | TEXT_NORM_MAP, &n);
    CHECK_STR(n.s, "cve-2");
    CHECK(n.src != NULL);
    if (n.src) {
        CHECK_INT(n.src[0], 0);
        CHECK_INT(n.src[1], 3);
        CHECK_INT(n.src[3], 9);
        CHECK_INT(n.src[4], 12);
        CHECK_INT(n.src[5], 15); /* end maps to the input length */
    }
    /* "abｶﾞ": a=0 b=1, ｶ at 2..5 and ﾞ at 5..8 make ガ (3 bytes) from offset 2 */
    text_normalize("abｶﾞ", strlen("abｶﾞ"), TEXT_NORM_MATCH | TEXT_NORM_MAP, &n);
    CHECK_STR(n.s, "abガ");
    if (n.src) {
        CHECK_INT(n.src[1], 1);
        CHECK_INT(n.src[2], 2);
        CHECK_INT(n.src[4], 2);
        CHECK_INT(n.src[5], 8);
    }
    /* Without TEXT_NORM_MAP there is no map */
    text_normalize("abc", 3, TEXT_NORM_CASEFOLD, &n);
    CHECK(n.src == NULL);
    CHECK_STR(n.s, "abc");
    text_norm_free(&n);
}

TEST(nfc)
{
    char *n = text_nfc("e\xCC\x81", 3);
    CHECK_STR(n, "\xC3\xA9");
    free(n);
    /* NFC leaves compatibility characters alone */
    n = text_nfc("ｶﾀｶﾅ①", strlen("ｶﾀｶﾅ①"));
    CHECK_STR(n, "ｶﾀｶﾅ①");
    free(n);
    /* but composes kana + combining mark */
    n = text_nfc("か\xE3\x82\x99", 6);
    CHECK_STR(n, "が");
    free(n);
    CHECK(text_is_nfc("が", strlen("が")));
    CHECK(!text_is_nfc("か\xE3\x82\x99", 6));
    CHECK(!text_is_nfc("\xFF", 1));
    CHECK(text_is_nfc("", 0));
}

TEST(combining_marks_are_bounded)
{
    /* 'a' followed by 100000 combining acute accents (CC 81): linear, no blow-up */
    size_t marks = 100000;
    char *s = malloc(1 + marks * 2);
    s[0] = 'a';
    for (size_t i = 0; i < marks; i++) {
        s[1 + 2 * i] = '\xCC';
        s[2 + 2 * i] = '\x81';
    }
    clock_t t0 = clock();
    char *f = text_fold(s, 1 + marks * 2);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(secs < 2.0);
    /* á (C3 A1) then the remaining marks: 3 + (marks-1)*2 bytes */
    CHECK_INT(strlen(f), 2 + (marks - 1) * 2);
    CHECK(memcmp(f, "\xC3\xA1", 2) == 0);
    free(f);
    free(s);
}

TEST(script_mix)
{
    text_script_mix m;
    text_script_mix_of("アサヒABC漢字12ー", strlen("アサヒABC漢字12ー"), &m);
    CHECK_INT(m.kana, 3); /* ー is not counted as a letter */
    CHECK_INT(m.latin, 3);
    CHECK_INT(m.kanji, 2);
    CHECK_INT(m.digits, 2);
    /* 5 of 8 letters are Japanese */
    CHECK(m.ja_share > 0.62 && m.ja_share < 0.63);
    text_script_mix_of("ｶﾀｶﾅ\xFF", strlen("ｶﾀｶﾅ") + 1, &m);
    CHECK_INT(m.kana, 4);
    CHECK_INT(m.invalid, 1);
}

TEST(language_guess)
{
    const char *ja = "株式会社サンプルは脆弱性を修正した。";
    CHECK_STR(text_language_guess(ja, strlen(ja)), "ja");
    /* Mostly Latin letters, but kana make it Japanese */
    const char *mixed = "Microsoft、Windowsの脆弱性CVE-2026-1234を修正";
    CHECK_STR(text_language_guess(mixed, strlen(mixed)), "ja");
    const char *en = "Fortinet patched a critical flaw in FortiOS that was exploited in attacks.";
    CHECK_STR(text_language_guess(en, strlen(en)), "en");
    const char *title = "Fortinet patches FortiOS flaw";
    CHECK_STR(text_language_guess(title, strlen(title)), "en");
    /* Chinese: kanji without kana is not Japanese */
    const char *zh = "腾讯发布安全公告";
    CHECK(text_language_guess(zh, strlen(zh)) == NULL);
    /* German: one accent, no English function words among 9 words */
    const char *de = "Die Sicherheitslücke wurde von Forschern entdeckt und gemeldet";
    CHECK(text_language_guess(de, strlen(de)) == NULL);
    CHECK(text_language_guess("", 0) == NULL);
    CHECK(text_language_guess("12345 !!!", 9) == NULL);
    CHECK(text_language_guess(NULL, 3) == NULL);
}

TEST(char_classes)
{
    CHECK(text_is_katakana(0x30A2));  /* ア */
    CHECK(text_is_katakana(0xFF71));  /* ｱ */
    CHECK(text_is_katakana(0x30FC));  /* ー */
    CHECK(!text_is_katakana(0x30FB)); /* ・ is punctuation */
    CHECK(text_is_hiragana(0x3042));
    CHECK(text_is_kanji(0x6F22));     /* 漢 */
    CHECK(text_is_kanji(0x3005));     /* 々 */
    CHECK(text_is_space(0x3000));
    CHECK(text_is_upper(0xFF23));     /* Ｃ */
    CHECK(!text_is_upper('c'));
    char b[4];
    CHECK_INT(text_utf8_encode(0x30A2, b), 3);
    CHECK(memcmp(b, "ア", 3) == 0);
    CHECK_INT(text_utf8_encode(0xD800, b), 3); /* surrogate -> U+FFFD */
    int32_t cp;
    CHECK_INT(text_utf8_decode("ア", 3, 0, &cp), 3);
    CHECK_INT(cp, 0x30A2);
    CHECK_INT(text_utf8_decode("\xE3\x82", 2, 0, &cp), 1); /* truncated */
    CHECK_INT(cp, 0xFFFD);
    CHECK_INT(text_utf8_char_start("アイ", 6, 4), 3);
}

int main(void)
{
    RUN(half_width_katakana);
    RUN(full_width_latin_and_digits);
    RUN(case_fold_and_lumping);
    RUN(invalid_utf8_and_nul);
    RUN(offset_map);
    RUN(nfc);
    RUN(combining_marks_are_bounded);
    RUN(script_mix);
    RUN(language_guess);
    RUN(char_classes);
    return test_report();
}
