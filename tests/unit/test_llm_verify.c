/* The LLM writer's verification (compose/llm_verify.c), SHA-256, settings and cache table. */
#include "compose/llm.h"
#include "core/config.h"
#include "store/store.h"
#include "test.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Evidence of a made-up story, in our own words. */
static const char *const SOURCE_JA =
    "物流大手のミナトロジスティクスは11月18日、ランサムウェア「ShadowLynx」による被害を正式に認めた。"
    "従業員など約4,300人分の情報が流出した可能性がある。約60台のサーバーが暗号化され、"
    "顧客情報約12万件の確認を進めている。CISAはCVE-2026-41234をKEVカタログに追加した。CVSSスコアは9.8。";
static const char *const SOURCE_EN =
    "Kestrel Exchange said attackers stole 3.4 million dollars from a hot wallet. Version 2.4.1 fixes the flaw.";

static llm_evidence *evidence(void)
{
    llm_evidence *ev = llm_evidence_create();
    llm_evidence_add(ev, "2026年11月18日");
    llm_evidence_add(ev, SOURCE_JA);
    llm_evidence_add(ev, SOURCE_EN);
    llm_evidence_add_term(ev, "ランサムウェア");
    return ev;
}

/* Verify `answer` with 2 sources, 200 characters; returns the reason (or "ok"), text in *text. */
static char *verdict_r(const char *answer, const llm_rules *r, char **text)
{
    llm_evidence *ev = evidence();
    char *why = NULL, *t = NULL;
    int rc = llm_verify_answer(answer, r, ev, &t, NULL, NULL, &why);
    llm_evidence_free(ev);
    if (text)
        *text = t;
    else
        free(t);
    if (rc == 0) {
        free(why);
        return xstrdup("ok");
    }
    return why ? why : xstrdup("(no reason)");
}

static char *verdict(const char *answer)
{
    llm_rules r;
    llm_rules_init(&r, 2, 200);
    r.max_sentences = 2;
    return verdict_r(answer, &r, NULL);
}

#define CHECK_VERDICT(answer, want)                                                                \
    do {                                                                                           \
        char *v_ = verdict(answer);                                                                \
        CHECK_STR(v_, want);                                                                       \
        free(v_);                                                                                  \
    } while (0)

TEST(sha256_vectors)
{
    char hex[65];
    llm_sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    llm_sha256_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    llm_sha256_hex(two, strlen(two), hex);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* a million 'a', fed in uneven pieces (exercises the partial-block path) */
    llm_sha256 c;
    llm_sha256_init(&c);
    char chunk[777];
    memset(chunk, 'a', sizeof chunk);
    size_t left = 1000000;
    while (left) {
        size_t n = left < sizeof chunk ? left : sizeof chunk;
        llm_sha256_update(&c, chunk, n);
        left -= n;
    }
    unsigned char d[32];
    llm_sha256_final(&c, d);
    CHECK(d[0] == 0xcd && d[1] == 0xc7 && d[2] == 0x6e && d[31] == 0xd0);
}

TEST(strip_wrapping)
{
    char *why = NULL;
    char *s = llm_strip_wrapping("<think>考え中 {\"x\":1}</think>\n{\"text\":\"a\"}", &why);
    CHECK_STR(s, "{\"text\":\"a\"}");
    free(s);
    s = llm_strip_wrapping("ここまで推論</think>{\"text\":\"b\"}", &why);
    CHECK_STR(s, "{\"text\":\"b\"}");
    free(s);
    s = llm_strip_wrapping("```json\n{\"text\":\"c\"}\n```", &why);
    CHECK_STR(s, "{\"text\":\"c\"}");
    free(s);
    s = llm_strip_wrapping("<THINKING>x</THINKING>```\n{}\n```  ", &why);
    CHECK_STR(s, "{}");
    free(s);
    s = llm_strip_wrapping("<think>never closed {\"text\":\"d\"}", &why);
    CHECK(s == NULL);
    CHECK_STR(why, "unfinished <think> reasoning block");
    free(why);
    why = NULL;
    s = llm_strip_wrapping("```json\n{\"text\":\"e\"}", &why);
    CHECK(s == NULL);
    CHECK_STR(why, "unclosed code fence");
    free(why);
    why = NULL;
    s = llm_strip_wrapping("<|channel|>analysis<|message|>thinking<|end|><|channel|>final<|message|>{\"t\":1}", &why);
    CHECK_STR(s, "{\"t\":1}");
    free(s);
}

TEST(find_url)
{
    char *u;
    u = llm_find_url("詳しくは https://example.com/a を参照");
    CHECK_STR(u, "https://example.com/a");
    free(u);
    u = llm_find_url("www.minato-logi.example で告知");
    CHECK_STR(u, "www.minato-logi.example");
    free(u);
    u = llm_find_url("公式サイトsupport.nimbus.example.comに掲載");
    CHECK_STR(u, "support.nimbus.example.com");
    free(u);
    u = llm_find_url("example.com を偽装");
    CHECK_STR(u, "example.com");
    free(u);
    /* full-width: folded before matching */
    u = llm_find_url("ｈｔｔｐｓ：／／ｅｖｉｌ．ｊｐ");
    CHECK(u != NULL);
    free(u);
    CHECK(llm_find_url("バージョン3.1.4で修正") == NULL);
    CHECK(llm_find_url("Node.jsのパッケージ") == NULL);
    CHECK(llm_find_url("請求書.pdf.lnkというファイル") == NULL);
    CHECK(llm_find_url("U.S.の当局") == NULL);
    CHECK(llm_find_url("CVSSは9.8") == NULL);
}

TEST(tokens_and_chars)
{
    CHECK_INT(llm_char_count("日本語abc"), 6);
    CHECK_INT(llm_estimate_tokens("abcdefgh", 8), 2);
    CHECK_INT(llm_estimate_tokens("日本語", strlen("日本語")), 3); /* 9 bytes / 3 */
}

TEST(accepts_grounded_answers)
{
    CHECK_VERDICT("{\"text\": \"ミナトロジスティクスがランサムウェア被害を認め、約4,300人分の情報が流出した可能性があります。\", "
                  "\"sources\": [1]}",
                  "ok");
    /* 4300 written without the separator, 12万 as 120,000, a date whose parts occur */
    CHECK_VERDICT("{\"text\": \"11月18日の発表では、従業員など4300人分と顧客情報約120,000件が対象です。\", \"sources\": [1,2]}",
                  "ok");
    /* one number in two pieces: 11万9,872 = 119,872; 3億8000万 = 3.8億 */
    {
        llm_evidence *ev = llm_evidence_create();
        llm_evidence_add(ev, "顧客情報11万9,872件が流出し、不正取引は3億8000万円に上った。");
        llm_rules r;
        llm_rules_init(&r, 1, 200);
        char *tx = NULL, *why = NULL;
        CHECK_INT(llm_verify_answer("{\"text\": \"流出は119,872件、被害額は約3.8億円です。\", \"sources\": [1]}", &r, ev, &tx,
                                    NULL, NULL, &why),
                  0);
        free(tx);
        free(why);
        why = NULL;
        CHECK_INT(llm_verify_answer("{\"text\": \"流出は11万9872件、被害額は3億8,000万円です。\", \"sources\": [1]}", &r, ev,
                                    &tx, NULL, NULL, &why),
                  0);
        free(tx);
        free(why);
        why = NULL;
        /* the pieces must still be right */
        CHECK_INT(llm_verify_answer("{\"text\": \"流出は11万9,873件と発表されました。\", \"sources\": [1]}", &r, ev, &tx, NULL,
                                    NULL, &why),
                  -1);
        CHECK_STR(why, "invented number 9,873");
        free(why);
        llm_evidence_free(ev);
    }
    /* 3.4 million -> 340万; CVSS 9.8; a version string as written */
    CHECK_VERDICT("{\"text\": \"Kestrel Exchangeから約340万ドルが盗まれました。バージョン2.4.1で修正されています。\", \"sources\": [2]}",
                  "ok");
    /* full-width CVE id matches the source's half-width one; generic acronyms need no source */
    CHECK_VERDICT("{\"text\": \"ＣＶＥ－２０２６－４１２３４はVPN製品の深刻な脆弱性で、CVSSスコアは9.8と評価されています。\", \"sources\": [1]}", "ok");
    /* a katakana compound of known words */
    CHECK_VERDICT("{\"text\": \"ランサムウェアグループによる攻撃で、サーバーが暗号化されました。\", \"sources\": [1]}", "ok");
    /* fenced, with reasoning before it */
    CHECK_VERDICT("<think>出典1を使う</think>\n```json\n{\"text\": \"CISAがKEVカタログに脆弱性を追加しました。\", \"sources\": [1]}\n```",
                  "ok");
}

TEST(evidence_in_words_and_names)
{
    llm_evidence *ev = llm_evidence_create();
    llm_evidence_add(ev, "Larkspur Regional Health System, which runs nine hospitals, diverted ambulances from "
                         "three emergency departments. Nimbus Networks patched SecureGate VPN.");
    llm_evidence_add(ev, "アクセスが集中し、チームが対応した。被害は二件、影響は十二人に及んだ。");
    llm_rules r;
    llm_rules_init(&r, 1, 200);
    char *t = NULL, *why = NULL;
    /* "nine" and "three" in an English source support 9 and 3; 二件 and 十二人 support 2 and 12 */
    CHECK_INT(llm_verify_answer("{\"text\": \"9つの病院を運営するLarkspur Regional Healthで、3つの救急部門が受け入れを止めました。"
                                "被害は2件、影響は12人です。\", \"sources\": [1]}",
                                &r, ev, &t, NULL, NULL, &why),
              0);
    CHECK_STR(why, NULL);
    free(t);
    free(why);
    why = NULL;
    /* names spelled in Latin letters do not make a Japanese sentence English */
    CHECK_INT(llm_verify_answer("{\"text\": \"Nimbus Networks製SecureGate VPNに脆弱性\", \"sources\": [1]}", &r, ev, &t,
                                NULL, NULL, &why),
              0);
    free(t);
    free(why);
    why = NULL;
    /* ...but English words do */
    CHECK_INT(llm_verify_answer("{\"text\": \"Nimbus Networks patched SecureGate VPNの脆弱性\", \"sources\": [1]}", &r, ev,
                                &t, NULL, NULL, &why),
              -1);
    CHECK(why && strncmp(why, "not Japanese", 12) == 0);
    free(why);
    why = NULL;
    /* a katakana name is not made of pieces of other words (アク of アクセス, ーム of チーム) */
    CHECK_INT(llm_verify_answer("{\"text\": \"アクアストームと名乗る集団が関与しました。\", \"sources\": [1]}", &r, ev, &t, NULL,
                                NULL, &why),
              -1);
    CHECK_STR(why, "invented name アクアストーム");
    free(why);
    llm_evidence_free(ev);
}

TEST(rejects_shape)
{
    CHECK_VERDICT("ミナトロジスティクスが被害を認めました。", "not JSON");
    CHECK_VERDICT("Here is the JSON: {\"text\": \"被害を認めました。\", \"sources\": [1]}", "text outside the JSON object");
    CHECK_VERDICT("{\"text\": \"被害を認めました。\", \"sources\": [1]", "text outside the JSON object");
    CHECK_VERDICT("{\"text\": \"被害を認めました。\" \"sources\": [1]}", "invalid JSON");
    CHECK_VERDICT("[1, 2]", "not JSON");
    CHECK_VERDICT("{\"summary\": \"被害を認めました。\", \"sources\": [1]}", "no \"text\" string");
    CHECK_VERDICT("{\"text\": \"被害を認めたと発表しました。\", \"sources\": []}", "cites no source");
    CHECK_VERDICT("{\"text\": \"被害を認めたと発表しました。\"}", "cites no source");
    CHECK_VERDICT("{\"text\": \"被害を認めたと発表しました。\", \"sources\": [3]}", "cites source 3, given 1-2");
    CHECK_VERDICT("{\"text\": \"被害を認めたと発表しました。\", \"sources\": [\"1\"]}", "\"sources\" is not a list of numbers");
    CHECK_VERDICT("", "empty answer");
    CHECK_VERDICT("<think>ずっと考えている", "unfinished <think> reasoning block");
}

TEST(rejects_inventions)
{
    CHECK_VERDICT("{\"text\": \"詳細は https://minato.example/news に掲載されています。\", \"sources\": [1]}",
                  "contains a URL (https://minato.example/news)");
    CHECK_VERDICT("{\"text\": \"詳細はminato-logi.co.jpで告知されています。\", \"sources\": [1]}",
                  "contains a URL (minato-logi.co.jp)");
    CHECK_VERDICT("{\"text\": \"CVE-2026-9999も悪用されています。\", \"sources\": [1]}", "invented CVE-2026-9999");
    /* a longer id that merely starts like a known one */
    CHECK_VERDICT("{\"text\": \"CVE-2026-412345も悪用されています。\", \"sources\": [1]}", "invented CVE-2026-412345");
    CHECK_VERDICT("{\"text\": \"約5,000人分の情報が流出した可能性があります。\", \"sources\": [1]}", "invented number 5,000");
    CHECK_VERDICT("{\"text\": \"約13万件の顧客情報が対象です。\", \"sources\": [1]}", "invented number 13");
    CHECK_VERDICT("{\"text\": \"修正はバージョン2.4.2で行われました。\", \"sources\": [2]}", "invented number 2.4.2");
    CHECK_VERDICT("{\"text\": \"攻撃にはBlackHarborが関与したとみられます。\", \"sources\": [1]}", "invented name BlackHarbor");
    CHECK_VERDICT("{\"text\": \"FBIも捜査に加わったと報じられています。\", \"sources\": [1]}", "invented name FBI");
    CHECK_VERDICT("{\"text\": \"攻撃グループのクロウリンクスが関与したとみられます。\", \"sources\": [1]}",
                  "invented name クロウリンクス");
    CHECK_VERDICT("{\"text\": \"攻撃ツール「夜鷹」が使われたとみられます。\", \"sources\": [1]}",
                  "quoted name not in the sources 「夜鷹」");
}

TEST(rejects_form)
{
    CHECK_VERDICT("{\"text\": \"Minato Logistics confirmed a ransomware attack by ShadowLynx.\", \"sources\": [1]}",
                  "not Japanese (Japanese share 0.00)");
    CHECK_VERDICT("{\"text\": \"被害。\", \"sources\": [1]}", "too short (3 characters)");
    CHECK_VERDICT("{\"text\": \"被害を認めました。流出の可能性があります。調査が続いています。\", \"sources\": [1]}",
                  "3 sentences, at most 2");
    CHECK_VERDICT("{\"text\": \"## 被害を認めました。\", \"sources\": [1]}", "markup residue '#'");
    CHECK_VERDICT("{\"text\": \"<b>被害</b>を認めました。\", \"sources\": [1]}", "markup residue '<'");
    CHECK_VERDICT("{\"text\": \"- 被害を認めました\\n- 流出の可能性\", \"sources\": [1]}", "markup residue (a list)");
    CHECK_VERDICT("{\"text\": \"被害を\\u0007認めました。\", \"sources\": [1]}", "control characters");
    /* 201 characters */
    strbuf sb = STRBUF_INIT;
    strbuf_puts(&sb, "{\"text\": \"");
    for (int i = 0; i < 200; i++)
        strbuf_puts(&sb, "あ");
    strbuf_puts(&sb, "。\", \"sources\": [1]}");
    CHECK_VERDICT(sb.data, "too long (201 characters, at most 200)");
    strbuf_free(&sb);
}

TEST(cleans_harmless_markup)
{
    llm_rules r;
    llm_rules_init(&r, 2, 200);
    char *t = NULL;
    char *v = verdict_r("{\"text\": \"**ミナトロジスティクス**が被害を認めました[1]。流出の可能性があります【2】。\", "
                        "\"sources\": [1, 2, 1]}",
                        &r, &t);
    CHECK_STR(v, "ok");
    CHECK_STR(t, "ミナトロジスティクスが被害を認めました。流出の可能性があります。");
    free(v);
    free(t);

    /* one paragraph expected: line breaks joined (no space between Japanese, one between words) */
    v = verdict_r("{\"text\": \"ミナトロジスティクスが\\n被害を認めました。\\n\\nKestrel\\nExchangeでも被害がありました。\", \"sources\": [1]}",
                  &r, &t);
    CHECK_STR(v, "ok");
    CHECK_STR(t, "ミナトロジスティクスが被害を認めました。Kestrel Exchangeでも被害がありました。");
    free(v);
    free(t);

    /* paragraphs kept, and counted */
    r.max_paragraphs = 2;
    v = verdict_r("{\"text\": \"被害を認めました。\\n\\n流出の可能性があります。\", \"sources\": [1]}", &r, &t);
    CHECK_STR(v, "ok");
    CHECK_STR(t, "被害を認めました。\n流出の可能性があります。");
    free(v);
    free(t);
    v = verdict_r("{\"text\": \"被害を認めました。\\n\\n流出の可能性があります。\\n\\n調査が続いています。\", \"sources\": [1]}",
                  &r, NULL);
    CHECK_STR(v, "3 paragraphs, at most 2");
    free(v);

    /* a headline loses its final stop */
    llm_rules h;
    llm_rules_init(&h, 1, 60);
    h.no_final_stop = 1;
    h.min_chars = 5;
    v = verdict_r("{\"text\": \"Kestrel Exchangeのホットウォレットから暗号資産が盗まれる。\", \"sources\": [1]}", &h, &t);
    CHECK_STR(v, "ok");
    CHECK_STR(t, "Kestrel Exchangeのホットウォレットから暗号資産が盗まれる");
    free(v);
    free(t);
}

TEST(settings_from_config)
{
    unsetenv("SECDIGEST_LLM_URL");
    unsetenv("SECDIGEST_LLM_MODEL");
    unsetenv("SECDIGEST_LLM_API_KEY");
    unsetenv("OPENAI_API_KEY");
    config *cfg = config_create();
    llm_writer *w = (llm_writer *)1;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(llm_writer_from_env(cfg, 0, &w, &err), 0);
    CHECK(w == NULL); /* nothing configured: no writer */

    config_set(cfg, "llm", "url", "http://127.0.0.1:9/v1");
    CHECK_INT(llm_writer_from_env(cfg, 0, &w, &err), -1); /* no model */
    CHECK(err.msg && strstr(err.msg, "model"));
    sd_err_clear(&err);

    config_set(cfg, "llm", "model", "test-model");
    config_set(cfg, "llm", "timeout", "0");
    CHECK_INT(llm_writer_from_env(cfg, 0, &w, &err), -1);
    CHECK(err.msg && strstr(err.msg, "timeout"));
    sd_err_clear(&err);

    config_set(cfg, "llm", "timeout", "5");
    CHECK_INT(llm_writer_from_env(cfg, 1, &w, &err), 0);
    CHECK(w != NULL);
    llm_writer_free(w);

    setenv("SECDIGEST_LLM_URL", "file:///etc/passwd", 1);
    CHECK_INT(llm_writer_from_env(cfg, 0, &w, &err), -1);
    CHECK(err.msg && strstr(err.msg, "http"));
    sd_err_clear(&err);
    unsetenv("SECDIGEST_LLM_URL");
    config_free(cfg);

    char *r = llm_redact_url("https://user:secret@api.example.com/v1?key=abc");
    CHECK_STR(r, "https://api.example.com/v1");
    free(r);
}

TEST(cache_table)
{
    char dir[] = "/tmp/secdigest-llm-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char *path = xasprintf("%s/t.db", dir);
    store *st = NULL;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(store_open(path, &st, &err), 0);
    if (st) {
        sqlite3 *db = store_db(st);
        CHECK_INT(sqlite3_exec(db, "INSERT INTO llm_cache(key, model, created_at, answer) VALUES ('k', 'm', 1, 'a')",
                               NULL, NULL, NULL),
                  SQLITE_OK);
        /* the key is unique */
        CHECK(sqlite3_exec(db, "INSERT INTO llm_cache(key, model, created_at, answer) VALUES ('k', 'm', 2, 'b')",
                           NULL, NULL, NULL) != SQLITE_OK);
        store_close(st);
    }
    static const char *const sufs[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < SD_ARRAY_LEN(sufs); i++) {
        char *p = xasprintf("%s%s", path, sufs[i]);
        unlink(p);
        free(p);
    }
    rmdir(dir);
    free(path);
    sd_err_clear(&err);
}

int main(void)
{
    RUN(sha256_vectors);
    RUN(strip_wrapping);
    RUN(find_url);
    RUN(tokens_and_chars);
    RUN(accepts_grounded_answers);
    RUN(evidence_in_words_and_names);
    RUN(rejects_shape);
    RUN(rejects_inventions);
    RUN(rejects_form);
    RUN(cleans_harmless_markup);
    RUN(settings_from_config);
    RUN(cache_table);
    return test_report();
}
