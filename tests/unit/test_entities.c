/* Entities and facts of one text: CVEs, scores, names, organisations, amounts, signals. */
#include "test.h"

#include "analyze/entities.h"

#include <math.h>
#include <stdlib.h>
#include <time.h>

static lexicon *LEX;
static entities *E;
static const char *T;

static void extract(const char *t)
{
    T = t;
    entities_extract(LEX, t, strlen(t), E);
}

static const entity_name *name_of(const char *name)
{
    for (size_t i = 0; i < E->nnames; i++)
        if (strcmp(E->names[i].name, name) == 0)
            return &E->names[i];
    return NULL;
}

static int has_name(const char *name, enum entity_kind kind)
{
    const entity_name *n = name_of(name);
    return n && n->kind == kind;
}

static const entity_amount *amount_of(enum amount_unit unit, double value)
{
    for (size_t i = 0; i < E->namounts; i++)
        if (E->amounts[i].unit == unit && fabs(E->amounts[i].value - value) < 1e-6 * (value > 1 ? value : 1))
            return &E->amounts[i];
    return NULL;
}

/* The input text of a span. */
static int span_is(size_t off, size_t len, const char *want)
{
    return len == strlen(want) && memcmp(T + off, want, len) == 0;
}

TEST(cve_ids)
{
    extract("ＣＶＥ－２０２６－１２３４５を修正。cve-2026-0001 も。");
    CHECK_INT(E->ncves, 2);
    CHECK_STR(E->cves[0].id, "CVE-2026-12345");
    CHECK(span_is(E->cves[0].off, E->cves[0].len, "ＣＶＥ－２０２６－１２３４５"));
    CHECK_STR(E->cves[1].id, "CVE-2026-0001");
    /* deduplicated, in order of first mention, counted */
    extract("CVE-2026-2222 first, then CVE-2026-1111, then CVE-2026-2222 again (CVE‐2026‐2222).");
    CHECK_INT(E->ncves, 2);
    CHECK_STR(E->cves[0].id, "CVE-2026-2222");
    CHECK_INT(E->cves[0].count, 3);
    CHECK_STR(E->cves[1].id, "CVE-2026-1111");
    /* not CVE IDs */
    extract("CVE-26-1234 CVE-2026-123 CVE-2026-12345678 XCVE-2026-1234 CVE-1998-1234 CVE-2026-1234x");
    CHECK_INT(E->ncves, 0);
    /* in URLs they count */
    extract("https://nvd.nist.gov/vuln/detail/CVE-2026-7777");
    CHECK_INT(E->ncves, 1);
}

TEST(cvss_scores)
{
    extract("Fortinet fixed CVE-2026-1111 (CVSSv3.1 base score of 9.8) and cve-2026-2222 (CVSS 7.5).");
    CHECK_INT(E->ncves, 2);
    CHECK(E->cves[0].cvss == 9.8);
    CHECK(E->cves[1].cvss == 7.5);
    CHECK(E->cvss_max == 9.8);
    /* a CVSS version number is not the score */
    extract("CVE-2026-3000 has a CVSS 3.1 base score 8.1.");
    CHECK(E->cves[0].cvss == 8.1);
    extract("CVE-2026-3001: CVSS 4.0 (9.3)");
    CHECK(E->cves[0].cvss == 9.3);
    extract("CVE-2026-3002 CVSS 10.0");
    CHECK(E->cves[0].cvss == 10.0);
    /* Japanese phrasings */
    extract("脆弱性（CVE-2026-4000）のCVSSスコアは9.8である。");
    CHECK(E->cves[0].cvss == 9.8);
    /* a score in another sentence goes to the only CVE of the text */
    extract("CVE-2026-4001が公開された。深刻度「緊急」(9.8)とされる。");
    CHECK(E->cves[0].cvss == 9.8);
    /* the score before the CVE in one sentence */
    extract("CVSS 9.1の脆弱性CVE-2026-3333が見つかった。別にCVE-2026-3334もある。");
    CHECK(E->cves[0].cvss == 9.1);
    CHECK(E->cves[1].cvss == 0);
    /* two CVEs elsewhere: the score is kept for the text but tied to neither */
    extract("CVE-2026-5001 was fixed. CVE-2026-5002 was fixed. The worst has a CVSS score of 8.8.");
    CHECK(E->cves[0].cvss == 0 && E->cves[1].cvss == 0);
    CHECK(E->cvss_max == 8.8);
    /* a vector string has no score; 11 is no score */
    extract("CVE-2026-6000 CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H. CVSS 11.");
    CHECK(E->cves[0].cvss == 0);
    CHECK(E->cvss_max == 0);
}

TEST(lexicon_names)
{
    extract("フォーティネット社は、FortiOSの脆弱性を修正した。Hidden Cobraとエモテットも話題に。");
    CHECK(has_name("Fortinet", ENTITY_VENDOR));
    CHECK(has_name("FortiOS", ENTITY_PRODUCT));
    CHECK(has_name("Lazarus Group", ENTITY_ACTOR));
    CHECK(has_name("Emotet", ENTITY_MALWARE));
    /* the name's span is where the text wrote it */
    const entity_name *n = name_of("Fortinet");
    CHECK(n && span_is(n->off, n->len, "フォーティネット"));
    CHECK(n && n->entry >= 0 && !n->japan);
    /* フォーティネット社 is the vendor, not another organisation */
    CHECK_INT(E->nnames, 4);
    /* names are in order of first mention */
    CHECK_STR(E->names[0].name, "Fortinet");
    CHECK_STR(E->names[1].name, "FortiOS");

    /* the longest name wins: Microsoft Exchange, not Microsoft */
    extract("Attackers targeted Microsoft Exchange servers.");
    CHECK(has_name("Microsoft Exchange", ENTITY_PRODUCT));
    CHECK(name_of("Microsoft") == NULL);
    /* a ransomware name sets the ransomware flag; mentions are counted */
    extract("LockBit 3.0 hit a hospital. LockBit later posted the data. ロックビットは…");
    CHECK(has_name("LockBit", ENTITY_RANSOMWARE));
    CHECK_INT(name_of("LockBit")->count, 3);
    CHECK(E->ransomware);
    /* a Latin name written in katakana */
    extract("アサヒのシステムが停止した。");
    CHECK(has_name("Asahi", ENTITY_NAME));
}

TEST(organisations_by_form)
{
    extract("株式会社サンプル電機とテスト工業株式会社、Acme社、トレンドテスト社が発表。");
    CHECK(has_name("サンプル電機", ENTITY_ORG)); /* from the lexicon (japan.tsv) */
    CHECK(name_of("株式会社サンプル電機") == NULL);
    CHECK(has_name("テスト工業株式会社", ENTITY_ORG));
    CHECK(has_name("Acme", ENTITY_ORG));
    CHECK(has_name("トレンドテスト", ENTITY_ORG));
    CHECK(name_of("テスト工業株式会社")->japan);
    CHECK(!name_of("Acme")->japan);
    extract("（株）ミナトが公表。株式会社 Example Japanも。");
    CHECK(has_name("(株)ミナト", ENTITY_ORG));
    CHECK(has_name("株式会社 Example Japan", ENTITY_ORG));

    extract("東京大学と横浜市立大学附属病院、北関東銀行が被害。総務省と金融庁、大阪府堺市、千葉県も。米国務省も警告。");
    CHECK(has_name("東京大学", ENTITY_ORG));
    CHECK(has_name("横浜市立大学附属病院", ENTITY_ORG));
    CHECK(name_of("横浜市立大学") == NULL); /* inside the hospital's name */
    CHECK(has_name("北関東銀行", ENTITY_ORG));
    CHECK(has_name("総務省", ENTITY_GOV));
    CHECK(has_name("金融庁", ENTITY_GOV));
    CHECK(has_name("大阪府堺市", ENTITY_PLACE));
    CHECK(has_name("千葉県", ENTITY_PLACE));
    CHECK(has_name("米国務省", ENTITY_GOV));
    CHECK(!name_of("米国務省")->japan);
    CHECK(name_of("東京大学")->japan);

    /* a count of companies is not a company called "200" */
    extract("約200社が被害を受けた。");
    CHECK_INT(E->nnames, 0);
    CHECK(amount_of(AMOUNT_ORGS, 200) != NULL);
    /* words that only look like the forms */
    extract("同社と当社、都市の株式市場、社会、大手銀行、同市、都道府県、中央省庁。");
    CHECK_INT(E->nnames, 0);

    extract("The attack on Example Corp and Acme Widgets Inc. was claimed. Example, Inc. denied it. "
            "Bank of Testland Ltd was not hit. The Sample Holdings board met.");
    CHECK(has_name("Example Corp", ENTITY_ORG));
    CHECK(has_name("Acme Widgets Inc", ENTITY_ORG));
    CHECK(has_name("Example, Inc", ENTITY_ORG));
    CHECK(has_name("Bank of Testland Ltd", ENTITY_ORG));
    CHECK(has_name("Sample Holdings", ENTITY_ORG));
    const entity_name *n = name_of("Acme Widgets Inc");
    CHECK(n && span_is(n->off, n->len, "Acme Widgets Inc"));
    /* lower-case words are not names; the lexicon vendor is not repeated as an org */
    extract("the corp said so. Ivanti Inc. patched it.");
    CHECK_INT(E->nnames, 1);
    CHECK(has_name("Ivanti", ENTITY_VENDOR));
}

TEST(amounts_japanese)
{
    extract("約12万件、約1万2000件、１２万件超、3,400人、500万円、4億5000万円、3件の脆弱性、200社、5000万ドル、最大1万人、1.2テラバイト");
    const entity_amount *a = amount_of(AMOUNT_RECORDS, 120000);
    CHECK(a && a->qualifier == AMOUNT_APPROX && span_is(a->off, a->len, "約12万件"));
    a = amount_of(AMOUNT_RECORDS, 12000);
    CHECK(a && span_is(a->off, a->len, "約1万2000件"));
    /* １２万件 is 120000 records again: the same unit and value is kept once */
    CHECK_INT(E->namounts, 10);
    a = amount_of(AMOUNT_PEOPLE, 3400);
    CHECK(a && a->qualifier == 0 && span_is(a->off, a->len, "3,400人"));
    CHECK(amount_of(AMOUNT_JPY, 5000000) != NULL);
    CHECK(amount_of(AMOUNT_JPY, 450000000) != NULL);
    CHECK(amount_of(AMOUNT_VULNS, 3) != NULL);
    CHECK(amount_of(AMOUNT_ORGS, 200) != NULL);
    CHECK(amount_of(AMOUNT_USD, 50000000) != NULL);
    a = amount_of(AMOUNT_PEOPLE, 10000);
    CHECK(a && a->qualifier == AMOUNT_AT_MOST);
    CHECK(amount_of(AMOUNT_BYTES, 1.2e12) != NULL);
    CHECK(entities_largest(E, AMOUNT_RECORDS) == 120000);
    CHECK(entities_largest(E, AMOUNT_ACCOUNTS) == 0);

    extract("１２万件超の情報");
    a = amount_of(AMOUNT_RECORDS, 120000);
    CHECK(a && a->qualifier == AMOUNT_AT_LEAST && span_is(a->off, a->len, "１２万件超"));
    /* numbers that are not amounts */
    extract("2026年3月10日、バージョン7.2.5でCVSS 9.8の問題を修正。10Gbpsの回線。台湾2台湾");
    CHECK_INT(E->namounts, 0);
}

TEST(amounts_english)
{
    extract("The gang leaked 1.2TB of data, including 2.3 million records and details of 3,400 employees. "
            "The firm paid $4.5 million; analysts put losses at $1.5bn, €3m and 700 million yen.");
    CHECK(amount_of(AMOUNT_BYTES, 1.2e12) != NULL);
    const entity_amount *a = amount_of(AMOUNT_RECORDS, 2300000);
    CHECK(a && span_is(a->off, a->len, "2.3 million records"));
    CHECK(amount_of(AMOUNT_PEOPLE, 3400) != NULL);
    a = amount_of(AMOUNT_USD, 4500000);
    CHECK(a && span_is(a->off, a->len, "$4.5 million"));
    CHECK(amount_of(AMOUNT_USD, 1.5e9) != NULL);
    CHECK(amount_of(AMOUNT_EUR, 3e6) != NULL);
    CHECK(amount_of(AMOUNT_JPY, 7e8) != NULL);
    CHECK_INT(E->namounts, 7);

    extract("More than 10,000 customers and 1,000+ organizations; up to 50,000 accounts; about 2 GiB; "
            "an estimated 1.5 million customer records; 5 critical vulnerabilities.");
    a = amount_of(AMOUNT_PEOPLE, 10000);
    CHECK(a && a->qualifier == AMOUNT_AT_LEAST);
    a = amount_of(AMOUNT_ORGS, 1000);
    CHECK(a && a->qualifier == AMOUNT_AT_LEAST);
    a = amount_of(AMOUNT_ACCOUNTS, 50000);
    CHECK(a && a->qualifier == AMOUNT_AT_MOST);
    a = amount_of(AMOUNT_BYTES, 2147483648.0);
    CHECK(a && a->qualifier == AMOUNT_APPROX);
    a = amount_of(AMOUNT_RECORDS, 1500000);
    CHECK(a && a->qualifier == AMOUNT_APPROX);
    CHECK(amount_of(AMOUNT_VULNS, 5) != NULL);

    /* small bare numbers before plurals are usually product names or dates */
    extract("Windows 11 users and iOS 17 devices, in 2026 systems. Version 3.1.4 records.");
    CHECK_INT(E->namounts, 0);
}

TEST(exploitation_signals)
{
    extract("同社は脆弱性が悪用されていることを確認した。");
    CHECK(E->exploited && !E->exploitation_denied);
    CHECK_INT(E->nsignals, 1);
    CHECK(span_is(E->signals[0].off, E->signals[0].len, "悪用されてい"));
    extract("現時点で悪用は確認されていない。");
    CHECK(!E->exploited && E->exploitation_denied);
    CHECK(E->nsignals == 1 && E->signals[0].negated);
    extract("悪用の事実は確認されておりません。");
    CHECK(!E->exploited && E->exploitation_denied);
    /* conditional: what happens if it is exploited is no report */
    extract("悪用された場合、任意のコードが実行される恐れがある。");
    CHECK(!E->exploited && !E->exploitation_denied && E->nsignals == 0);
    extract("攻撃に悪用されていると発表したが、被害はないという。");
    CHECK(E->exploited);

    extract("Fortinet said the flaw is being actively exploited in the wild.");
    CHECK(E->exploited);
    CHECK_INT(E->nsignals, 1); /* overlapping phrases count once */
    extract("There is no evidence that it has been exploited.");
    CHECK(!E->exploited && E->exploitation_denied);
    extract("The vendor is not aware of any active exploitation.");
    CHECK(!E->exploited && E->exploitation_denied);
    extract("Although there is no patch, it has been exploited in attacks.");
    CHECK(E->exploited);
    /* one positive report wins over a denial elsewhere */
    extract("CVE-A has not been exploited. CVE-B was actively exploited.");
    CHECK(E->exploited && !E->exploitation_denied);

    extract("A zero-day and a 0-day, and ゼロデイ.");
    CHECK(E->zero_day && !E->exploited);
    extract("CISA added it to the Known Exploited Vulnerabilities catalog.");
    CHECK(E->kev && E->exploited);
    extract("KEVに追加された。");
    CHECK(E->kev);
    extract("Kevin reviewed the kevlar report.");
    CHECK(!E->kev);
    extract("身代金を要求された。");
    CHECK(E->ransomware);
    extract("ランサムウェア攻撃を受けた。");
    CHECK(E->ransomware);
    extract("The ransom was not about ransomware-free systems.");
    CHECK(E->ransomware);
}

TEST(japan_relevance)
{
    extract("日本の株式会社ミナトが東京都の拠点で被害。詳細は https://www.minato.co.jp/ で。");
    /* 日本 (word 1) + 株式会社ミナト (org 3) + 東京都 (place 2) + minato.co.jp (domain 2) */
    CHECK_INT(E->japan_signals, 4);
    CHECK(E->japan_score == 8);
    CHECK(has_name("minato.co.jp", ENTITY_DOMAIN));
    CHECK(has_name("日本", ENTITY_WORD));
    /* 日本時間 is a time zone, not a signal; 米国内 is not 国内 */
    extract("米国時間10日（日本時間11日）に公開。米国内で被害。");
    CHECK_INT(E->japan_signals, 0);
    CHECK(name_of("日本") == NULL);
    CHECK(name_of("国内") == NULL);
    extract("The attack hit hospitals in Ohio.");
    CHECK_INT(E->japan_signals, 0);
    CHECK(E->japan_score == 0);
    /* a lexicon DNS suffix (.go.jp) names the host it ends: one signal, not two */
    extract("See www.example.go.jp and example.go.jp/path for details.");
    CHECK(has_name("example.go.jp", ENTITY_DOMAIN));
    CHECK(name_of(".go.jp") == NULL);
    CHECK_INT(E->japan_signals, 1);
    CHECK_INT(name_of("example.go.jp")->count, 2);
    /* not a host: a file name or a longer word */
    extract("Open photo.jpg or visit example.jpn.");
    CHECK_INT(E->japan_signals, 0);
}

TEST(categories)
{
    extract("ランサムウェアにより個人情報が流出。ランサムウェアの被害は拡大。");
    const entity_category *r = NULL, *d = NULL;
    for (size_t i = 0; i < E->ncategories; i++) {
        if (strcmp(E->categories[i].id, "ransomware") == 0)
            r = &E->categories[i];
        if (strcmp(E->categories[i].id, "data_breach") == 0)
            d = &E->categories[i];
    }
    /* a keyword counts its weight once however often it appears */
    CHECK(r && r->score == 3 && r->hits == 2);
    /* 流出 (2) + 個人情報 (1) */
    CHECK(d && d->score == 3 && d->hits == 2);
}

TEST(bad_input)
{
    extract("");
    CHECK(E->ncves == 0 && E->nnames == 0 && E->namounts == 0 && E->nsignals == 0);
    entities_extract(LEX, NULL, 10, E);
    CHECK(E->ncves == 0 && !E->truncated);
    /* lexicon NULL: CVEs and amounts still found */
    entities_extract(NULL, "CVE-2026-1234 約12万件", strlen("CVE-2026-1234 約12万件"), E);
    CHECK_INT(E->ncves, 1);
    CHECK_INT(E->namounts, 1);
    /* invalid UTF-8 around facts */
    extract("\xFF\xFE CVE-2026-1234 \xC3 約12万件\xE3\x81");
    CHECK_INT(E->ncves, 1);
    CHECK(span_is(E->cves[0].off, E->cves[0].len, "CVE-2026-1234"));
    CHECK(amount_of(AMOUNT_RECORDS, 120000) != NULL);

    /* 4 MiB of arbitrary bytes with facts: only the first 1 MiB is read, quickly */
    size_t n = 4u << 20;
    char *big = malloc(n + 1);
    unsigned x = 12345;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        big[i] = (char)(x >> 16);
    }
    memcpy(big + 100, " CVE-2026-9999 ", 15);
    memcpy(big + (2u << 20), " CVE-2026-8888 ", 15);
    big[n] = '\0';
    clock_t t0 = clock();
    entities_extract(LEX, big, n, E);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(E->truncated);
    CHECK(secs < 2.0);
    CHECK(E->ncves >= 1 && strcmp(E->cves[0].id, "CVE-2026-9999") == 0);
    for (size_t i = 0; i < E->ncves; i++)
        CHECK(strcmp(E->cves[i].id, "CVE-2026-8888") != 0);
    /* lists are capped: 5000 distinct CVEs keep at most 1024 */
    strbuf sb = STRBUF_INIT;
    for (int i = 0; i < 5000; i++)
        strbuf_printf(&sb, "CVE-2026-%05d 約%d万件 ", 10000 + i, i + 1);
    entities_extract(LEX, sb.data, sb.len, E);
    CHECK_INT(E->ncves, 1024);
    CHECK(E->namounts <= 128);
    strbuf_free(&sb);
    free(big);
}

TEST(reuse)
{
    extract("CVE-2026-1234 LockBit 悪用を確認");
    CHECK(E->ncves == 1 && E->exploited && E->ransomware);
    extract("nothing here");
    CHECK(E->ncves == 0 && !E->exploited && !E->ransomware && E->nnames == 0 && E->nsignals == 0);
    entities_clear(E);
    CHECK(E->ncves == 0);
}

int main(void)
{
    const char *td = getenv("TESTDATA");
    char *dir = xasprintf("%s/lexicon", td ? td : "data");
    sd_err err = SD_ERR_INIT;
    LEX = lexicon_load(dir, NULL, &err);
    free(dir);
    if (!LEX) {
        fprintf(stderr, "cannot load the test lexicon: %s\n", sd_err_msg(&err));
        return 1;
    }
    E = entities_create();
    RUN(cve_ids);
    RUN(cvss_scores);
    RUN(lexicon_names);
    RUN(organisations_by_form);
    RUN(amounts_japanese);
    RUN(amounts_english);
    RUN(exploitation_signals);
    RUN(japan_relevance);
    RUN(categories);
    RUN(bad_input);
    RUN(reuse);
    entities_free(E);
    lexicon_free(LEX);
    return test_report();
}
