/*
 * The analysis engine on input made in the test: determinism, story ids,
 * scores that add up to their reasons, key points, and bad input (articles
 * with no text, absurd lengths, a feed repeating itself thousands of times,
 * mixed or undetectable language, invalid UTF-8) -- bounded time, nothing
 * lost, the day still produced.  The judged days (labelled day, sample days)
 * are in test_analyze_days.c.
 */
#include "test.h"

#include "analyze/analyze.h"
#include "analyze/analyze_internal.h"
#include "core/core.h"
#include "text/normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define DAY0 1773241200 /* 2026-03-12 00:00 JST */

static const char *srcdir(void)
{
    const char *s = getenv("SRCDIR");
    return s ? s : "..";
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A growable list of items made by the tests. */
typedef struct items {
    store_item *v;
    size_t n, cap;
} items;

static store_item *add(items *l, int64_t feed, const char *feed_title, const char *title, const char *text,
                       const char *link, int64_t published)
{
    l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
    store_item *it = &l->v[l->n];
    memset(it, 0, sizeof *it);
    it->id = (int64_t)l->n + 1;
    it->feed_id = feed;
    it->feed_title = xstrdup(feed_title);
    it->title = xstrdup(title);
    it->link = xstrdup(link);
    it->canonical_link = xstrdup(link);
    it->published = published;
    it->updated = SD_TIME_NONE;
    it->first_seen = published == SD_TIME_NONE ? DAY0 + 3600 : published;
    it->text = xstrdup(text);
    l->n++;
    return it;
}

static analyze_opts opts(char **data_dir)
{
    analyze_opts o;
    memset(&o, 0, sizeof o);
    *data_dir = xasprintf("%s/data", srcdir());
    o.data_dir = *data_dir;
    o.day_start = DAY0;
    o.day_end = DAY0 + 86400;
    o.timezone = "Asia/Tokyo";
    return o;
}

static day_analysis *run(items *l)
{
    char *dd;
    analyze_opts o = opts(&dd);
    day_analysis *a = NULL;
    sd_err err = SD_ERR_INIT;
    if (analyze_items(NULL, &o, l->v, l->n, &a, &err) != 0) {
        fprintf(stderr, "analyze_items: %s\n", sd_err_msg(&err));
        sd_err_clear(&err);
    }
    l->v = NULL; /* owned by the analysis now */
    l->n = l->cap = 0;
    free(dd);
    return a;
}

/* A small day in both languages: three stories and one lone report. */
static void small_day(items *l, int reverse)
{
    static const struct {
        int64_t feed;
        const char *feed_title, *title, *text, *link;
        int minute;
    } d[] = {
        /* a name with a katakana and a Latin form in the bundled names_ja_latin.tsv */
        {1, "テスト時報", "ミナトロジスティクスがランサムウェア被害、2倉庫で出荷停止",
         "物流会社の株式会社ミナトロジスティクス（本社：横浜市）は、ランサムウェアによる攻撃でサーバー31台が暗号化され、2倉庫の出荷を止めたと発表した。",
         "https://a.example/1", 60},
        {2, "テスト通信", "ミナトロジスティクスにランサムウェア攻撃、サーバー31台が暗号化",
         "横浜市のミナトロジスティクスは、ランサムウェア攻撃を受けてサーバー31台のデータが暗号化されたと明らかにした。出荷は2倉庫で止まっている。",
         "https://b.example/2", 90},
        {3, "Test Wire", "Minato Logistics halts two warehouses after ransomware encrypts 31 servers",
         "Japanese logistics firm Minato Logistics said a ransomware attack encrypted 31 servers and halted shipments at two warehouses near Yokohama.",
         "https://c.example/3", 120},
        {3, "Test Wire", "Brightmoor Bank warns 250,000 customers of data breach",
         "Brightmoor Bank said intruders copied the names and account numbers of 250,000 customers from a reporting server.",
         "https://c.example/4", 200},
        {4, "Other Desk", "Brightmoor Bank breach exposes data of 250,000 customers",
         "The personal data of 250,000 Brightmoor Bank customers was exposed after attackers reached a reporting server.",
         "https://d.example/5", 260},
        {4, "Other Desk", "Corvane patches critical flaw CVE-2026-31337 in its file gateway",
         "Corvane released fixes for CVE-2026-31337, which has a CVSS score of 9.8, in its file gateway product.",
         "https://d.example/6", 300},
        {1, "テスト時報", "中小企業向けの新しい監視サービスを提供開始",
         "セキュリティ会社が中小企業向けの監視サービスを4月に提供開始すると発表した。",
         "https://a.example/7", 400},
    };
    size_t n = SD_ARRAY_LEN(d);
    for (size_t k = 0; k < n; k++) {
        size_t i = reverse ? n - 1 - k : k;
        add(l, d[i].feed, d[i].feed_title, d[i].title, d[i].text, d[i].link, DAY0 + 60 * d[i].minute);
    }
}

static size_t story_of_link(const day_analysis *a, const char *link)
{
    for (size_t i = 0; i < a->narticles; i++)
        if (strcmp(a->articles[i].item->link, link) == 0)
            return a->articles[i].story;
    return SIZE_MAX;
}

TEST(clusters_small_day_and_ids)
{
    items l = {0};
    small_day(&l, 0);
    day_analysis *a = run(&l);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_INT(a->narticles, 7);
    /* the Japanese and English reports of one event are one story */
    size_t s1 = story_of_link(a, "https://a.example/1");
    CHECK(s1 == story_of_link(a, "https://b.example/2"));
    CHECK(s1 == story_of_link(a, "https://c.example/3"));
    CHECK(story_of_link(a, "https://c.example/4") == story_of_link(a, "https://d.example/5"));
    CHECK(s1 != story_of_link(a, "https://c.example/4"));
    CHECK(story_of_link(a, "https://d.example/6") != story_of_link(a, "https://d.example/5"));
    CHECK_INT(a->nstories, 4);
    /* ids: "20260312-" + 8 hex digits, unique */
    for (size_t s = 0; s < a->nstories; s++) {
        const char *id = a->stories[s].id;
        CHECK(strlen(id) == 17 && strncmp(id, "20260312-", 9) == 0);
        for (size_t t = 0; t < s; t++)
            CHECK(strcmp(a->stories[t].id, id) != 0);
    }
    /* the story with three sources in both languages is the domestic ransomware case, and first */
    const story *top = &a->stories[s1];
    CHECK_INT(top->narticles, 3);
    CHECK_INT(top->languages, 3);
    CHECK(top->group == STORY_GROUP_DOMESTIC);
    CHECK(top->category == STORY_CAT_RANSOMWARE);
    CHECK_INT(s1, 0);
    /* best source first: a Japanese article */
    CHECK_STR(a->articles[top->articles[0]].lang, "ja");
    /* the bank breach: abroad, a data breach, 250,000 records */
    const story *bank = &a->stories[story_of_link(a, "https://c.example/4")];
    CHECK(bank->group == STORY_GROUP_OVERSEAS);
    CHECK(bank->category == STORY_CAT_DATA_BREACH);
    CHECK_INT(bank->records, 250000);
    /* the CVE */
    const story *cve = &a->stories[story_of_link(a, "https://d.example/6")];
    CHECK_INT(cve->ncves, 1);
    CHECK(cve->ncves == 1 && strcmp(cve->cves[0], "CVE-2026-31337") == 0);
    CHECK(cve->cvss_max >= 9.7 && cve->cvss_max <= 9.9);
    /* the product announcement */
    const story *prod = &a->stories[story_of_link(a, "https://a.example/7")];
    CHECK(prod->category == STORY_CAT_PRODUCT);
    CHECK(prod->group == STORY_GROUP_OTHER);
    /* scores: sorted, and each the sum of its reasons */
    for (size_t s = 0; s < a->nstories; s++) {
        double sum = 0;
        for (size_t r = 0; r < a->stories[s].nreasons; r++) {
            sum += a->stories[s].reasons[r].points;
            CHECK(a->stories[s].reasons[r].what && *a->stories[s].reasons[r].what);
            CHECK(text_is_nfc(a->stories[s].reasons[r].what, strlen(a->stories[s].reasons[r].what)));
        }
        CHECK(sum > a->stories[s].score - 1e-6 && sum < a->stories[s].score + 1e-6);
        if (s > 0)
            CHECK(a->stories[s - 1].score >= a->stories[s].score);
    }
    /* the sources reason says how many */
    int found = 0;
    for (size_t r = 0; r < top->nreasons; r++)
        found |= strstr(top->reasons[r].what, "独立した情報源3件") != NULL;
    CHECK(found);
    CHECK_INT(a->nkey_points, 3);
    day_analysis_free(a);
}

/* The same articles in another order give the same stories, ids, scores and order. */
TEST(deterministic_whatever_the_input_order)
{
    items l1 = {0}, l2 = {0};
    small_day(&l1, 0);
    small_day(&l2, 1);
    day_analysis *a = run(&l1), *b = run(&l2);
    CHECK(a && b);
    if (a && b) {
        CHECK_INT(a->nstories, b->nstories);
        for (size_t s = 0; s < a->nstories && s < b->nstories; s++) {
            CHECK_STR(a->stories[s].id, b->stories[s].id);
            CHECK(a->stories[s].score == b->stories[s].score);
            CHECK_INT(a->stories[s].narticles, b->stories[s].narticles);
            CHECK_INT(a->stories[s].group, b->stories[s].group);
            CHECK_INT(a->stories[s].category, b->stories[s].category);
            for (size_t k = 0; k < a->stories[s].narticles && k < b->stories[s].narticles; k++)
                CHECK_STR(a->articles[a->stories[s].articles[k]].item->link,
                          b->articles[b->stories[s].articles[k]].item->link);
        }
        for (size_t k = 0; k < a->nkey_points && k < b->nkey_points; k++)
            CHECK_INT(a->key_points[k], b->key_points[k]);
    }
    day_analysis_free(a);
    day_analysis_free(b);
}

TEST(empty_day)
{
    items l = {0};
    day_analysis *a = run(&l);
    CHECK(a != NULL);
    if (a) {
        CHECK_INT(a->nstories, 0);
        CHECK_INT(a->nkey_points, 0);
    }
    day_analysis_free(a);
}

/* Articles with no text, no title, no date, no link, junk bytes, other scripts. */
TEST(bad_articles_are_kept)
{
    items l = {0};
    small_day(&l, 0);
    add(&l, 5, NULL, "", "", NULL, DAY0 + 100);
    add(&l, 5, NULL, NULL, NULL, NULL, SD_TIME_NONE);
    add(&l, 6, "Junk", "\xff\xfe\x80 broken \xc3", "\x01\x02\x03\xf0\x9f\x98", "https://junk.example/1", DAY0 + 5);
    add(&l, 6, "Junk", "보안 업데이트 공지", "랜섬웨어 공격으로 서버가 암호화되었다.", "https://junk.example/2", DAY0 + 6);
    add(&l, 6, "Junk", "Обновление безопасности", "Атака программы-вымогателя зашифровала серверы.",
        "https://junk.example/3", DAY0 + 7);
    add(&l, 6, "Junk", "Title only, no text at all", NULL, "https://junk.example/4", DAY0 + 8);
    size_t n = l.n;
    day_analysis *a = run(&l);
    CHECK(a != NULL);
    if (!a)
        return;
    CHECK_INT(a->narticles, n);
    size_t total = 0;
    for (size_t s = 0; s < a->nstories; s++)
        total += a->stories[s].narticles;
    CHECK_INT(total, n); /* nothing lost */
    for (size_t i = 0; i < a->narticles; i++) {
        CHECK(strcmp(a->articles[i].lang, "ja") == 0 || strcmp(a->articles[i].lang, "en") == 0);
        CHECK(a->articles[i].norm_title != NULL);
        CHECK(a->articles[i].text != NULL);
        CHECK(a->articles[i].story < a->nstories);
    }
    day_analysis_free(a);
}

/* A huge text and a huge title: bounded time, the article analysed. */
TEST(absurd_lengths)
{
    items l = {0};
    small_day(&l, 0);
    strbuf big = STRBUF_INIT, title = STRBUF_INIT;
    for (int i = 0; i < 60000; i++) {
        strbuf_puts(&big, "ランサムウェアの被害が続いている。Attackers encrypted servers. ");
        if (i == 1000) /* beyond what entity extraction reads, within the tail scan */
            strbuf_puts(&big, " The fixed flaws are CVE-2026-11111 and cve-2026-22222. ");
    }
    for (int i = 0; i < 20000; i++)
        strbuf_puts(&title, "長い見出し ");
    add(&l, 7, "Huge", title.data, big.data, "https://huge.example/1", DAY0 + 50);
    add(&l, 7, "Huge", "CVE-2026-11111 in a long advisory", big.data, "https://huge.example/2", DAY0 + 51);
    strbuf_free(&big);
    strbuf_free(&title);
    double t0 = now();
    day_analysis *a = run(&l);
    double dt = now() - t0;
    CHECK(a != NULL);
    CHECK(dt < 5.0);
    if (a) {
        CHECK_INT(a->narticles, 9);
        size_t s = story_of_link(a, "https://huge.example/2");
        /* the second id is far beyond what entity extraction reads: found by the tail scan */
        CHECK(s < a->nstories && a->stories[s].ncves == 2);
    }
    day_analysis_free(a);
}

/* A feed repeating one item thousands of times with tiny changes. */
TEST(feed_repeating_itself)
{
    items l = {0};
    small_day(&l, 0);
    for (int i = 0; i < 3000; i++) {
        char *title = xasprintf("Orvell Water confirms ransomware attack on billing systems%s",
                                i % 2 ? " [updated]" : "");
        char *text = xasprintf("Orvell Water, a utility serving 400,000 homes, said ransomware disrupted billing. (rev %d)", i);
        char *link = xasprintf("https://repeat.example/item?id=9&rev=%d", i);
        add(&l, 9, "Repeater", title, text, link, DAY0 + 3600 + i);
        free(title);
        free(text);
        free(link);
    }
    double t0 = now();
    day_analysis *a = run(&l);
    double dt = now() - t0;
    CHECK(a != NULL);
    CHECK(dt < 10.0);
    if (a) {
        size_t s = story_of_link(a, "https://repeat.example/item?id=9&rev=0");
        CHECK(s < a->nstories);
        if (s < a->nstories) {
            CHECK_INT(a->stories[s].narticles, 3000);
            /* one feed is one source, however often it repeats itself */
            int many = 0;
            for (size_t r = 0; r < a->stories[s].nreasons; r++)
                many |= strstr(a->stories[s].reasons[r].what, "独立した情報源") != NULL;
            CHECK(!many);
        }
        /* the rest of the day is untouched */
        CHECK(story_of_link(a, "https://a.example/1") == story_of_link(a, "https://c.example/3"));
        CHECK(story_of_link(a, "https://a.example/1") != s);
    }
    day_analysis_free(a);
}

/* Key points: the top three, unless they are all of one group and another group has a story. */
TEST(key_points_mix_groups)
{
    day_analysis a;
    memset(&a, 0, sizeof a);
    story st[5];
    memset(st, 0, sizeof st);
    enum story_group g[5] = {STORY_GROUP_DOMESTIC, STORY_GROUP_DOMESTIC, STORY_GROUP_DOMESTIC,
                             STORY_GROUP_DOMESTIC, STORY_GROUP_OVERSEAS};
    for (int i = 0; i < 5; i++) {
        st[i].group = g[i];
        st[i].score = 10 - i;
    }
    a.stories = st;
    a.nstories = 5;
    choose_key_points(&a, 3);
    CHECK_INT(a.nkey_points, 3);
    CHECK_INT(a.key_points[0], 0);
    CHECK_INT(a.key_points[1], 1);
    CHECK_INT(a.key_points[2], 4);
    free(a.key_points);
    /* a day with nothing else keeps three of one group */
    a.nstories = 4;
    choose_key_points(&a, 3);
    CHECK_INT(a.key_points[2], 2);
    free(a.key_points);
    /* mixed already: plain top three */
    st[1].group = STORY_GROUP_OTHER;
    a.nstories = 5;
    choose_key_points(&a, 3);
    CHECK_INT(a.key_points[2], 2);
    free(a.key_points);
    /* fewer stories than key points */
    a.nstories = 2;
    choose_key_points(&a, 3);
    CHECK_INT(a.nkey_points, 2);
    free(a.key_points);
}

/* Two flaws of one vendor on one day are two stories; one flaw in two reports is one. */
TEST(two_cves_of_one_vendor)
{
    items l = {0};
    add(&l, 1, "A", "Corvane fixes CVE-2026-40001 in Corvane Gateway",
        "Corvane has fixed CVE-2026-40001, an authentication bypass in Corvane Gateway rated 9.1.",
        "https://a.example/g1", DAY0 + 100);
    add(&l, 2, "B", "Corvane Gateway flaw CVE-2026-40001 lets attackers bypass login",
        "A flaw in Corvane Gateway, CVE-2026-40001, lets remote attackers bypass the login page.",
        "https://b.example/g2", DAY0 + 200);
    add(&l, 3, "C", "Corvane fixes CVE-2026-40077 in Corvane Gateway",
        "Corvane has fixed CVE-2026-40077, a denial-of-service bug in Corvane Gateway rated 5.3.",
        "https://c.example/g3", DAY0 + 300);
    add(&l, 4, "D", "Corvane製ゲートウェイの脆弱性CVE-2026-40001に注意",
        "認証を回避される脆弱性CVE-2026-40001が見つかった。修正版への更新が推奨される。",
        "https://d.example/g4", DAY0 + 400);
    day_analysis *a = run(&l);
    CHECK(a != NULL);
    if (a) {
        size_t s1 = story_of_link(a, "https://a.example/g1");
        CHECK(s1 == story_of_link(a, "https://b.example/g2"));
        CHECK(s1 == story_of_link(a, "https://d.example/g4"));
        CHECK(s1 != story_of_link(a, "https://c.example/g3"));
        CHECK_INT(a->nstories, 2);
    }
    day_analysis_free(a);
}

/* Pair scores are symmetric and in [0, 1]. */
TEST(pair_score_symmetric)
{
    items l = {0};
    small_day(&l, 0);
    sd_err err = SD_ERR_INIT;
    char *dir = xasprintf("%s/data/lexicon", srcdir());
    lexicon *lex = lexicon_load(dir, NULL, &err);
    free(dir);
    CHECK(lex != NULL);
    if (!lex) {
        sd_err_clear(&err);
        store_items_free(l.v, l.n);
        return;
    }
    feature_ctx *fc = feature_ctx_create(lex);
    article *arts = xcalloc(l.n, sizeof *arts);
    features F;
    features_build(fc, l.v, l.n, arts, &F);
    for (size_t i = 0; i < l.n; i++)
        for (size_t j = 0; j < l.n; j++) {
            double x = pair_score(&F, i, j, NULL), y = pair_score(&F, j, i, NULL);
            CHECK(x == y);
            CHECK(x >= 0 && x <= 1.0);
        }
    for (size_t i = 0; i < l.n; i++) {
        free(arts[i].lang);
        free(arts[i].norm_title);
        for (size_t k = 0; k < arts[i].ncves; k++)
            free(arts[i].cves[k]);
        free(arts[i].cves);
    }
    free(arts);
    features_free(&F);
    feature_ctx_free(fc);
    lexicon_free(lex);
    store_items_free(l.v, l.n);
}

/* A broken user lexicon is an error that names the file; a missing user folder is fine. */
TEST(user_lexicon_errors)
{
    char tmpl[] = "/tmp/sd-analyze-lex-XXXXXX";
    char *dir = mkdtemp(tmpl);
    CHECK(dir != NULL);
    if (!dir)
        return;
    char *lexdir = xasprintf("%s/lexicon", dir);
    sd_err err = SD_ERR_INIT;
    CHECK(sd_mkdirs(lexdir, &err) == 0);
    char *bad = xasprintf("%s/actors.tsv", lexdir);
    CHECK(sd_write_file(bad, "only-one-field\n", 15, &err) == 0);
    char *dd;
    analyze_opts o = opts(&dd);
    o.user_data_dir = dir;
    items l = {0};
    small_day(&l, 0);
    day_analysis *a = NULL;
    CHECK_INT(analyze_items(NULL, &o, l.v, l.n, &a, &err), -1);
    l.v = NULL; /* taken (and freed) by analyze_items either way */
    l.n = l.cap = 0;
    CHECK(a == NULL);
    CHECK(err.msg && strstr(err.msg, "actors.tsv") != NULL);
    sd_err_clear(&err);
    remove(bad);
    o.user_data_dir = "/nonexistent/secdigest-user-data";
    small_day(&l, 0);
    CHECK_INT(analyze_items(NULL, &o, l.v, l.n, &a, &err), 0);
    l.v = NULL;
    l.n = l.cap = 0;
    CHECK(a != NULL && a->nstories == 4);
    day_analysis_free(a);
    rmdir(lexdir);
    rmdir(dir);
    free(bad);
    free(lexdir);
    free(dd);
}

int main(void)
{
    RUN(clusters_small_day_and_ids);
    RUN(deterministic_whatever_the_input_order);
    RUN(empty_day);
    RUN(bad_articles_are_kept);
    RUN(absurd_lengths);
    RUN(feed_repeating_itself);
    RUN(key_points_mix_groups);
    RUN(two_cves_of_one_vendor);
    RUN(pair_score_symmetric);
    RUN(user_lexicon_errors);
    return test_report();
}
