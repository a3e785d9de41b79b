/*
 * compose_digest, the extractive writer: hand-built analyses (Japanese,
 * English-only and mixed stories; empty, one-article, English-only and
 * thousand-story days; hostile source text) composed, rendered and checked
 * with the project's own checker (digest_check must find nothing), plus the
 * things a reader would notice: key points in the analysis's order, each
 * story citing exactly its articles, a glossary of terms the text really
 * uses, Japanese headlines for English-only stories built from their facts,
 * measured trends from the archive, user reference data, byte-identical
 * output for identical input, and the bundled sample day.
 *
 * All article texts here are our own writing about fictional organisations.
 *
 * For a look at the output: COMPOSE_DUMP=file (fixture day), COMPOSE_SAMPLE_DUMP=file
 * (sample day), COMPOSE_DUMP_GARBAGE=prefix (a garbage round with defects),
 * COMPOSE_ONLY=test_name (run one test, e.g. under perf).
 */
#include "compose/compose.h"
#include "compose/compose_internal.h"
#include "render/check.h"
#include "render/render.h"
#include "text/normalize.h"
#include "test.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- building a day_analysis by hand ------------------------------------- */

typedef struct tart {
    const char *feed, *lang, *title, *link, *text;
} tart;

typedef struct tstory {
    const char *id;
    enum story_group group;
    enum story_category cat;
    double score;
    int exploited, ransomware;
    const char *cves[4];
    int arts[8];
    int narts;
} tstory;

static char *dup_or_null(const char *s) { return s ? xstrdup(s) : NULL; }

static day_analysis *make_day(const tart *arts, size_t na, const tstory *st, size_t ns, const size_t *kp, size_t nkp)
{
    day_analysis *a = xcalloc(1, sizeof *a);
    a->nitems = a->narticles = na;
    a->items = xcalloc(na ? na : 1, sizeof *a->items);
    a->articles = xcalloc(na ? na : 1, sizeof *a->articles);
    for (size_t i = 0; i < na; i++) {
        store_item *it = &a->items[i];
        it->id = (int64_t)i + 1;
        it->feed_id = 1;
        it->feed_title = dup_or_null(arts[i].feed);
        it->feed_language = dup_or_null(arts[i].lang);
        it->title = dup_or_null(arts[i].title);
        it->link = dup_or_null(arts[i].link);
        it->text = dup_or_null(arts[i].text);
        it->published = 1763420400 + (int64_t)i * 60;
        it->updated = SD_TIME_NONE;
        it->first_seen = it->published;
        article *ar = &a->articles[i];
        ar->item = it;
        ar->text = it->text;
        ar->lang = dup_or_null(arts[i].lang);
    }
    a->nstories = ns;
    a->stories = xcalloc(ns ? ns : 1, sizeof *a->stories);
    for (size_t s = 0; s < ns; s++) {
        story *x = &a->stories[s];
        x->id = xstrdup(st[s].id);
        x->group = st[s].group;
        x->category = st[s].cat;
        x->score = st[s].score;
        x->exploited = st[s].exploited;
        x->ransomware = st[s].ransomware;
        x->narticles = (size_t)st[s].narts;
        x->articles = xcalloc((size_t)st[s].narts + 1, sizeof *x->articles);
        for (int k = 0; k < st[s].narts; k++) {
            x->articles[k] = (size_t)st[s].arts[k];
            a->articles[st[s].arts[k]].story = s;
        }
        for (size_t k = 0; k < 4 && st[s].cves[k]; k++) {
            x->cves = xrealloc(x->cves, (x->ncves + 1) * sizeof *x->cves);
            x->cves[x->ncves++] = xstrdup(st[s].cves[k]);
        }
        x->nreasons = 1;
        x->reasons = xcalloc(1, sizeof *x->reasons);
        x->reasons[0].what = xasprintf("%d independent sources", st[s].narts);
        x->reasons[0].points = 1.5 * st[s].narts;
    }
    a->nkey_points = nkp;
    a->key_points = xcalloc(nkp ? nkp : 1, sizeof *a->key_points);
    for (size_t i = 0; i < nkp; i++)
        a->key_points[i] = kp[i];
    return a;
}

static void free_day(day_analysis *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->narticles; i++) {
        free(a->articles[i].lang);
        free(a->articles[i].norm_title);
        for (size_t k = 0; k < a->articles[i].ncves; k++)
            free(a->articles[i].cves[k]);
        free(a->articles[i].cves);
    }
    free(a->articles);
    store_items_free(a->items, a->nitems);
    for (size_t s = 0; s < a->nstories; s++) {
        story *x = &a->stories[s];
        free(x->id);
        free(x->articles);
        for (size_t k = 0; k < x->nreasons; k++)
            free(x->reasons[k].what);
        free(x->reasons);
        for (size_t k = 0; k < x->ncves; k++)
            free(x->cves[k]);
        free(x->cves);
        for (size_t k = 0; k < x->norgs; k++)
            free(x->orgs[k]);
        free(x->orgs);
        free(x->continues);
    }
    free(a->stories);
    free(a->key_points);
    free(a);
}

static char *data_dir(void)
{
    const char *src = getenv("SRCDIR");
    return xasprintf("%s/data", src ? src : "..");
}

static void default_opts(compose_opts *o, const char *dd)
{
    memset(o, 0, sizeof *o);
    o->date = "2026-11-18";
    o->data_dir = dd;
    o->timezone = "Asia/Tokyo";
    o->day_start = 1763391600;
    o->day_end = 1763478000;
    o->key_points = 3;
    o->version = "test";
}

/* Compose, render, and check: the count of defects (printed when any). */
static digest *compose_checked(store *st, const day_analysis *a, const compose_opts *o, char **md_out, int *defects)
{
    digest *d = NULL;
    sd_err err = SD_ERR_INIT;
    int rc = compose_digest(st, a, o, &d, &err);
    CHECK_INT(rc, 0);
    if (rc != 0) {
        fprintf(stderr, "compose: %s\n", sd_err_msg(&err));
        sd_err_clear(&err);
        *defects = -1;
        *md_out = xstrdup("");
        return NULL;
    }
    strbuf md = STRBUF_INIT;
    render_markdown(d, &md);
    check_report r;
    CHECK_INT(digest_check(strbuf_cstr(&md), md.len, NULL, &r, &err), 0);
    *defects = (int)r.count;
    for (size_t i = 0; i < r.count; i++)
        fprintf(stderr, "  defect line %d: %s\n", r.defects[i].line, r.defects[i].what);
    check_report_free(&r);
    *md_out = strbuf_detach(&md);
    return d;
}

/* ---- the fixture day: five stories ---------------------------------------- */

static const tart fixture_arts[] = {
    /* 0, 1: Japanese ransomware story (two sources) */
    {"セキュリティタイムズ", "ja", "【速報】カスミ精工でランサムウェア被害、工場の生産が停止 | セキュリティタイムズ",
     "https://times.example/news/2026/11/kasumi-ransomware",
     "精密部品メーカーの株式会社カスミ精工は11月17日、社内のサーバーがランサムウェアに感染し、国内の3工場で生産を停止したと発表した。\n\n"
     "同社によると、16日深夜にファイルサーバーのデータが暗号化されているのを従業員が見つけた。"
     "侵入の経路は、保守用に設置していたVPN装置の脆弱性を突かれた可能性が高いという。\n\n"
     "取引先の情報が流出した可能性もあり、同社は外部の専門家と調査を進めている。"
     "同社は取引先に対し、同社を装った不審なメールに注意するよう呼びかけている。"},
    {"デイリーサイバー", "ja", "カスミ精工、ランサムウェア攻撃で3工場停止", "https://daily-cyber.example/a/1001",
     "株式会社カスミ精工が、ランサムウェア攻撃を受けて国内3工場の生産を止めた。\n"
     "暗号化されたのはファイルサーバーと生産管理システムで、復旧には少なくとも1週間かかる見込みだ。\n"
     "同社はVPN装置のアップデートを適用しておらず、攻撃者はその弱点から社内ネットワークに入ったとみられる。\n"
     "警察にも被害を相談しており、身代金の要求には応じない方針だ。"},
    /* 2, 3: English-only exploited vulnerability */
    {"Patch Notes Daily", "en", "Hackers exploit SecureGate VPN flaw CVE-2026-41234 - Patch Notes Daily",
     "https://patchnotes.example/2026/11/securegate-exploited",
     "Attackers are actively exploiting a critical authentication bypass in SecureGate VPN appliances, the vendor "
     "Nimbus Networks said on Tuesday.\n\nThe flaw, tracked as CVE-2026-41234, lets a remote attacker run commands "
     "on the device without logging in. Nimbus Networks released fixed versions and urged customers to install "
     "them immediately.\n\nResearchers counted roughly 18,000 exposed portals on the internet."},
    {"Edge Weekly", "en", "Nimbus warns of exploited SecureGate VPN zero-day", "https://edgeweekly.example/p/8812",
     "Nimbus Networks has confirmed that a zero-day vulnerability in its SecureGate VPN product is being exploited "
     "in the wild.\n\nCustomers should apply the update and check their devices for signs of compromise. The "
     "company did not say how many customers were affected."},
    /* 4, 5: mixed Japanese and English data breach */
    {"ITニュース速報", "ja", "オンライン書店「ほしぞら書房」で会員情報約12万件が流出の恐れ",
     "https://itnews.example/articles/2611/18/hoshizora.html",
     "オンライン書店を運営するほしぞら書房は11月18日、不正アクセスにより会員情報約12万件が流出した恐れがあると発表した。"
     "流出した可能性があるのは氏名、メールアドレス、購入履歴で、クレジットカード情報は含まれていないという。"
     "同社は全会員のパスワードをリセットし、再設定を求めている。"},
    {"Breach Ledger", "en", "Japanese online bookstore Hoshizora Shobo reports breach of 120,000 accounts",
     "https://breachledger.example/p/hoshizora-shobo",
     "Hoshizora Shobo, an online bookstore in Japan, said attackers may have accessed data on about 120,000 "
     "members. The company reset all member passwords and asked customers to choose new ones. No payment card "
     "data was stored on the affected server, according to the company."},
    /* 6: Japanese policy, one source */
    {"行政セキュリティ通信", "ja", "中小企業向けサイバー対策の指針案を公表", "https://gov-sec.example/2026/1118.html",
     "政府は11月18日、中小企業向けのサイバーセキュリティ対策の指針案を公表した。"
     "指針案では、多要素認証の導入とバックアップの定期的な確認を最低限の対策として挙げている。"
     "意見募集は12月20日まで行われる。"},
    /* 7, 8: English-only ransomware at a clinic */
    {"Health IT Wire", "en", "Northvale Regional Clinic hit by ransomware, appointments cancelled",
     "https://healthitwire.example/news/northvale-ransomware",
     "Northvale Regional Clinic said a ransomware attack encrypted its scheduling systems on Sunday, forcing staff "
     "to cancel hundreds of appointments. The clinic said it had notified law enforcement and was restoring "
     "systems from backups. Patient records may have been accessed, the clinic said in a statement."},
    {"Care Security News", "en", "Ransomware attack disrupts Northvale Regional Clinic",
     "https://caresec.example/2026/11/18/northvale",
     "A ransomware attack has disrupted operations at Northvale Regional Clinic for a second day. The clinic has "
     "not said which group was behind the intrusion. Emergency services continued to operate normally "
     "throughout the outage."},
};

static const tstory fixture_stories[] = {
    {"20261118-kasumi", STORY_GROUP_DOMESTIC, STORY_CAT_RANSOMWARE, 9.5, 0, 1, {NULL}, {0, 1}, 2},
    /* No CVE from the analysis: the writer must find it in the text. */
    {"20261118-securegate", STORY_GROUP_OVERSEAS, STORY_CAT_ACTIVE_EXPLOITATION, 9.0, 1, 0, {NULL}, {2, 3}, 2},
    {"20261118-northvale", STORY_GROUP_OVERSEAS, STORY_CAT_RANSOMWARE, 7.0, 0, 1, {NULL}, {7, 8}, 2},
    {"20261118-hoshizora", STORY_GROUP_DOMESTIC, STORY_CAT_DATA_BREACH, 6.5, 0, 0, {NULL}, {4, 5}, 2},
    {"20261118-guideline", STORY_GROUP_OTHER, STORY_CAT_POLICY, 3.0, 0, 0, {NULL}, {6}, 1},
};

static day_analysis *fixture_day(void)
{
    static const size_t kp[] = {0, 1, 2};
    return make_day(fixture_arts, SD_ARRAY_LEN(fixture_arts), fixture_stories, SD_ARRAY_LEN(fixture_stories), kp, 3);
}

static const digest_story *find_story(const digest *d, const char *id)
{
    for (size_t i = 0; i < d->nstories; i++)
        if (strcmp(d->stories[i].id, id) == 0)
            return &d->stories[i];
    return NULL;
}

/* The part of md between two headings (or to the end). */
static char *section(const char *md, const char *from, const char *to)
{
    const char *a = strstr(md, from);
    if (!a)
        return xstrdup("");
    const char *b = to ? strstr(a + strlen(from), to) : NULL;
    return b ? xstrndup(a, (size_t)(b - a)) : xstrdup(a);
}

/* ---- tests ------------------------------------------------------------------ */

TEST(fixture_day_is_valid_and_complete)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    day_analysis *a = fixture_day();
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    if (getenv("COMPOSE_DUMP")) {
        FILE *f = fopen(getenv("COMPOSE_DUMP"), "w");
        if (f) {
            fputs(md, f);
            fclose(f);
        }
    }
    if (d) {
        CHECK_INT(d->nstories, 5);
        CHECK_STR(d->date_heading, "2026-11-18");
        CHECK(strncmp(md, "# 2026-11-18 サイバーセキュリティニュースまとめ\n", strlen("# 2026-11-18 サイバーセキュリティニュースまとめ\n")) == 0);
        /* Key points: the analysis's, in its order. */
        CHECK_INT(d->nkey_points, 3);
        const char *want[] = {"20261118-kasumi", "20261118-securegate", "20261118-northvale"};
        for (size_t i = 0; i < d->nkey_points && i < 3; i++) {
            CHECK_STR(d->stories[d->key_points[i].story].id, want[i]);
            CHECK_STR(d->key_points[i].headline, d->stories[d->key_points[i].story].headline);
            CHECK(d->key_points[i].summary && *d->key_points[i].summary);
        }
        /* Headline of a Japanese story: the best source's title without its tag and site name. */
        const digest_story *k = find_story(d, "20261118-kasumi");
        CHECK(k != NULL);
        if (k) {
            CHECK_STR(k->headline, "カスミ精工でランサムウェア被害、工場の生産が停止");
            CHECK_STR(k->entry, "カスミ精工でランサムウェア被害、工場の生産が停止（2件の報道）");
            CHECK(k->nparagraphs >= 1 && k->nparagraphs <= 3);
            /* The lead of the best source comes first. */
            CHECK(k->nparagraphs && strncmp(k->paragraphs[0], "精密部品メーカーの株式会社カスミ精工は11月17日",
                                            strlen("精密部品メーカーの株式会社カスミ精工は11月17日")) == 0);
            /* Every sentence printed is a source sentence: no paragraph is longer than the cap. */
            for (size_t p = 0; p < k->nparagraphs; p++)
                CHECK(utf8_chars(k->paragraphs[p], strlen(k->paragraphs[p])) <= 300);
        }
        /* Each story cites exactly its articles' URLs, best first. */
        for (size_t s = 0; s < SD_ARRAY_LEN(fixture_stories); s++) {
            const digest_story *ds = find_story(d, fixture_stories[s].id);
            CHECK(ds != NULL);
            if (!ds)
                continue;
            CHECK_INT(ds->nsources, fixture_stories[s].narts);
            for (int j = 0; j < fixture_stories[s].narts && (size_t)j < ds->nsources; j++) {
                const tart *t = &fixture_arts[fixture_stories[s].arts[j]];
                CHECK_STR(ds->sources[j].url, t->link);
                CHECK_STR(ds->sources[j].name, t->feed);
            }
        }
        /* Citations: all nine URLs once, in order of first citation. */
        CHECK_INT(d->ncitations, 9);
        if (d->ncitations == 9) {
            CHECK_STR(d->citations[0].url, fixture_arts[0].link);
            CHECK_STR(d->citations[1].url, fixture_arts[1].link);
            CHECK_STR(d->citations[2].url, fixture_arts[2].link);
        }
        /* Groups: one entry per story, in the right group; none empty here. */
        CHECK_INT(d->ngroup_stories[STORY_GROUP_DOMESTIC], 2);
        CHECK_INT(d->ngroup_stories[STORY_GROUP_OVERSEAS], 2);
        CHECK_INT(d->ngroup_stories[STORY_GROUP_OTHER], 1);
        /* Deep dive: on the day's theme (two ransomware key points), with the three subsections. */
        CHECK(d->deep_topic && strstr(d->deep_topic, "ランサムウェア") != NULL);
        CHECK_INT(d->deep_story, 0);
        CHECK_INT(d->ndeep_sections, 3);
        if (d->ndeep_sections == 3) {
            CHECK_STR(d->deep_sections[0].title, "背景");
            CHECK_STR(d->deep_sections[1].title, "影響");
            CHECK_STR(d->deep_sections[2].title, "対策");
            /* The story's own cause sentence (侵入/経路) is in 背景. */
            CHECK(strstr(d->deep_sections[0].body, "VPN装置") != NULL);
        }
        CHECK(d->outlook && *d->outlook);
        /* No archive: no trend sentence. */
        CHECK(strstr(d->outlook, "前日まで") == NULL);
        /* Conclusion from counts. */
        CHECK(strstr(d->conclusion, "本日は国内2件、海外2件、その他1件の計5件のニュースを取り上げました。") != NULL);
        CHECK(strstr(d->conclusion, "このうち1件では、実際の攻撃での悪用が報じられています。") != NULL);
        CHECK_STR(d->writer, "extractive");
        CHECK(d->empty_reason == NULL);
    }
    free(md);
    digest_free(d);
    free_day(a);
    free(dd);
}

TEST(english_only_story_gets_japanese_headline_and_quotation)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    day_analysis *a = fixture_day();
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    const digest_story *s = d ? find_story(d, "20261118-securegate") : NULL;
    CHECK(s != NULL);
    if (s) {
        /* Product from the lexicon, CVE and exploitation from the sources. */
        CHECK_STR(s->headline, "SecureGate VPNの脆弱性（CVE-2026-41234）が悪用");
        CHECK(s->nparagraphs == 2);
        if (s->nparagraphs == 2) {
            CHECK(strncmp(s->paragraphs[0], "英語の報道（Patch Notes Daily、Edge Weekly）によると、",
                          strlen("英語の報道（Patch Notes Daily、Edge Weekly）によると、")) == 0);
            CHECK(strstr(s->paragraphs[0], "SecureGate VPNの脆弱性（CVE-2026-41234）が、実際の攻撃で悪用されています。") != NULL);
            const char *q = "報道によると（英語記事より引用）：「";
            CHECK(strncmp(s->paragraphs[1], q, strlen(q)) == 0);
            /* The quotation is the source's words, untranslated. */
            CHECK(strstr(s->paragraphs[1], "Attackers are actively exploiting a critical authentication bypass") != NULL);
        }
        /* The key point summary is our Japanese lead, not English. */
        CHECK(d->nkey_points >= 2 && strncmp(d->key_points[1].summary, "英語の報道", strlen("英語の報道")) == 0);
    }
    const digest_story *nv = d ? find_story(d, "20261118-northvale") : NULL;
    CHECK(nv != NULL);
    if (nv) {
        /* The organisation both titles name. */
        CHECK_STR(nv->headline, "Northvale Regional Clinicでランサムウェア被害");
        CHECK(strstr(nv->paragraphs[0], "Northvale Regional Clinicがランサムウェアによる攻撃を受けました。") != NULL);
    }
    /* A mixed story keeps its Japanese headline and adds one marked English quotation. */
    const digest_story *hz = d ? find_story(d, "20261118-hoshizora") : NULL;
    CHECK(hz != NULL);
    if (hz) {
        CHECK_STR(hz->headline, "オンライン書店「ほしぞら書房」で会員情報約12万件が流出の恐れ");
        int quoted = 0;
        for (size_t p = 0; p < hz->nparagraphs; p++)
            quoted += strncmp(hz->paragraphs[p], "海外の報道（英語記事より引用）：「", strlen("海外の報道（英語記事より引用）：「")) == 0;
        CHECK_INT(quoted, 1);
    }
    free(md);
    digest_free(d);
    free_day(a);
    free(dd);
}

TEST(glossary_only_terms_that_occur)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    day_analysis *a = fixture_day();
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    refdata rd;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(refdata_load(&rd, dd, NULL, &err), 0);
    /* Everything above 用語解説 is the text the glossary explains. */
    char *body = NULL;
    const char *g = strstr(md, "#### 用語解説");
    body = g ? xstrndup(md, (size_t)(g - md)) : xstrdup(md);
    const char *after = strstr(md, "#### 今後の展望");
    char *tail = after ? xstrdup(after) : xstrdup("");
    int has_ransomware = 0;
    CHECK(d && d->nglossary > 0 && d->nglossary <= 8);
    for (size_t i = 0; d && i < d->nglossary; i++) {
        has_ransomware |= strcmp(d->glossary[i].term, "ランサムウェア") == 0;
        const gloss_entry *ge = NULL;
        for (size_t k = 0; k < rd.ngloss; k++)
            if (strcmp(rd.gloss[k].term, d->glossary[i].term) == 0)
                ge = &rd.gloss[k];
        CHECK(ge != NULL);
        int occurs = 0;
        for (size_t k = 0; ge && k < ge->nspellings && !occurs; k++)
            occurs = strstr(body, ge->spellings[k]) != NULL || strstr(tail, ge->spellings[k]) != NULL;
        if (!occurs)
            fprintf(stderr, "  glossary term not in the text: %s\n", d->glossary[i].term);
        CHECK(occurs);
        CHECK_STR(d->glossary[i].definition, ge ? ge->definition : NULL);
    }
    CHECK(has_ransomware);
    /* A term the day never mentions is not explained, nor one that is only part of
     * a source's name ("Patch Notes Daily" is not a mention of パッチ). */
    for (size_t i = 0; d && i < d->nglossary; i++) {
        CHECK(strcmp(d->glossary[i].term, "BYOVD") != 0);
        CHECK(strcmp(d->glossary[i].term, "パッチ") != 0);
    }
    free(body);
    free(tail);
    refdata_free(&rd);
    free(md);
    digest_free(d);
    free_day(a);
    free(dd);
}

TEST(glossary_matching_rules)
{
    char *dd = data_dir();
    refdata rd;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(refdata_load(&rd, dd, NULL, &err), 0);
    size_t idx[8];
    /* DDoS攻撃 must not also count as DoS攻撃; "apt" in English prose is not the acronym APT. */
    const char *t = "大規模なDDoS攻撃が続いた。an apt description of the event.";
    size_t n = refdata_glossary_in(&rd, t, strlen(t), 8, idx);
    int ddos = 0, dos = 0, apt = 0;
    for (size_t i = 0; i < n; i++) {
        ddos |= strcmp(rd.gloss[idx[i]].term, "DDoS攻撃") == 0;
        dos |= strcmp(rd.gloss[idx[i]].term, "DoS攻撃") == 0;
        apt |= strcmp(rd.gloss[idx[i]].term, "APT") == 0;
    }
    CHECK(ddos);
    CHECK(!dos);
    CHECK(!apt);
    /* Order of first occurrence; full-width spellings match after NFKC. */
    const char *t2 = "ＣＶＥの番号が付いた。その後ランサムウェアに感染した。";
    n = refdata_glossary_in(&rd, t2, strlen(t2), 8, idx);
    CHECK(n >= 2);
    if (n >= 2) {
        CHECK_STR(rd.gloss[idx[0]].term, "CVE");
        CHECK_STR(rd.gloss[idx[1]].term, "ランサムウェア");
    }
    refdata_free(&rd);
    free(dd);
}

TEST(empty_day_says_why)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    o.empty_reason = "この日の記事は収集されていません。購読するフィードが登録されていないためです。";
    day_analysis *a = make_day(NULL, 0, NULL, 0, NULL, 0);
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    if (d) {
        CHECK_INT(d->nstories, 0);
        CHECK_INT(d->nkey_points, 0);
        CHECK_INT(d->ncitations, 0);
        CHECK_STR(d->empty_reason, o.empty_reason);
        /* Said in 主要ポイント, in ニュース紹介 and in the deep dive. */
        char *kp = section(md, "## 主要ポイント", "## 国内セキュリティ動向");
        CHECK(strstr(kp, "購読するフィードが登録されていないため") != NULL);
        free(kp);
        char *news = section(md, "## ニュース紹介", "## 深掘り");
        CHECK(strstr(news, "購読するフィードが登録されていないため") != NULL);
        free(news);
        CHECK(strstr(md, "この日は国内の動向として取り上げるニュースはありませんでした。") != NULL);
        CHECK(d->ndeep_sections >= 2);
    }
    free(md);
    digest_free(d);
    /* A NULL analysis is an empty day too, with our default reason. */
    d = compose_checked(NULL, NULL, &o, &md, &defects);
    CHECK_INT(defects, 0);
    free(md);
    digest_free(d);
    o.empty_reason = NULL;
    d = compose_checked(NULL, NULL, &o, &md, &defects);
    CHECK_INT(defects, 0);
    CHECK(d && d->empty_reason && strstr(d->empty_reason, "収集されていません") != NULL);
    free(md);
    digest_free(d);
    free_day(a);
    free(dd);
}

TEST(one_article_day)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    o.date_style_ja = 1;
    static const tstory st[] = {{"20261118-only", STORY_GROUP_OTHER, STORY_CAT_POLICY, 1.0, 0, 0, {NULL}, {6}, 1}};
    static const size_t kp[] = {0};
    day_analysis *a = make_day(fixture_arts, SD_ARRAY_LEN(fixture_arts), st, 1, kp, 1);
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    if (d) {
        CHECK_STR(d->date_heading, "2026年11月18日");
        CHECK(strstr(md, "# 2026年11月18日 サイバーセキュリティニュースまとめ\n") == md);
        CHECK(strstr(md, "# 2026年11月18日 サイバーセキュリティニュース詳細\n") != NULL);
        CHECK_INT(d->nstories, 1);
        CHECK_INT(d->nkey_points, 1);
        CHECK_INT(d->ncitations, 1);
        CHECK(strstr(md, "この日は海外の重大事例として取り上げるニュースはありませんでした。") != NULL);
        CHECK(d->ndeep_sections >= 2);
        /* The policy story's own mitigation sentence is in 対策. */
        int found = 0;
        for (size_t i = 0; i < d->ndeep_sections; i++)
            found |= strcmp(d->deep_sections[i].title, "対策") == 0 && strstr(d->deep_sections[i].body, "多要素認証") != NULL;
        CHECK(found);
    }
    free(md);
    digest_free(d);
    free_day(a);
    free(dd);
}

TEST(english_only_day_and_no_pattern)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    static const tart arts[] = {
        {"World Policy Desk", "en", "Lawmakers debate a new breach notification bill for hospitals",
         "https://policydesk.example/bill",
         "Lawmakers on Tuesday debated a bill that would require hospitals to report cyber incidents within three "
         "days. Supporters said faster reporting would help regulators warn other hospitals sooner. Opponents said "
         "small clinics lacked the staff to meet the deadline."},
    };
    static const tstory st[] = {{"20261118-bill", STORY_GROUP_OVERSEAS, STORY_CAT_POLICY, 2.0, 0, 0, {NULL}, {0}, 1}};
    static const size_t kp[] = {0};
    day_analysis *a = make_day(arts, 1, st, 1, kp, 1);
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    if (d && d->nstories == 1) {
        /* No fact to build a pattern from: the neutral form, never the English title alone. */
        CHECK_STR(d->stories[0].headline, "海外報道：Lawmakers debate a new breach notification bill for hospitals");
        CHECK(strstr(d->stories[0].paragraphs[0], "この話題は英語の報道（World Policy Desk）で伝えられています。") != NULL);
    }
    free(md);
    digest_free(d);
    free_day(a);
    free(dd);
}

TEST(hostile_source_text)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    static const tart arts[] = {
        {"Bad\x01" "Feed [x]", "ja", "<script>alert(1)</script>【PR】{title}を更新、、した",
         "https://bad.example/a?x=1&y=(2)",
         "# 見出しのような行。\n"
         "本文には{placeholder}という文字列が入っていた。\n"
         "[cite: 1]のような残骸を含む文章も、そのまま載せてはいけない。\n"
         "制御文字\x07" "を含む文でも、出力には残らないようにする必要がある。\n"
         "1. 番号付きの行として始まる文章も、段落として扱われるべきである。\n"
         "<b>太字</b>のタグを含む文章は、本文として表示されるが、タグとしては働かない。\n"
         "同じ句読点が、、続く文章は、一つにまとめて出力される。。"},
        {"No Link Feed", "ja", "リンクのない記事", NULL, "リンクのない記事の本文である。この記事は引用できない。"},
        {"Odd Scheme", "ja", "javascriptリンクの記事", "javascript:alert(1)", "スキームが不正な記事の本文である。"},
    };
    static const tstory st[] = {
        {"20261118-bad", STORY_GROUP_DOMESTIC, STORY_CAT_PRODUCT, 2.0, 0, 0, {NULL}, {0, 1}, 2},
        {"20261118-nolink", STORY_GROUP_OTHER, STORY_CAT_PRODUCT, 1.0, 0, 0, {NULL}, {1, 2}, 2},
    };
    static const size_t kp[] = {0, 1};
    day_analysis *a = make_day(arts, SD_ARRAY_LEN(arts), st, 2, kp, 2);
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    if (d) {
        /* The story whose articles have no http(s) link cannot be cited: it is left out. */
        CHECK_INT(d->nstories, 1);
        CHECK_INT(d->nkey_points, 1);
        CHECK(strchr(md, '\x01') == NULL && strchr(md, '\x07') == NULL);
        CHECK(strstr(md, "javascript:") == NULL);
        CHECK(strstr(md, "、、") == NULL);
    }
    free(md);
    digest_free(d);
    free_day(a);
    free(dd);
}

/* Deterministic garbage: any byte but NUL, with a bias toward markup and punctuation. */
static char *garbage(unsigned *seed, size_t n)
{
    static const char *const bits[] = {"[", "]", "(", ")", "{x}", "<b>", "&amp;", "。", "、、", ",,", "\n", "\t", "#",
                                       "- ", "1. ", "*", "_", "`", "|", "\\", "CVE-2026-1234", "ランサムウェア",
                                       "\xE3\x80\x80", "\xEF\xBB\xBF", "\xC3", "\x80", "\x1B", "\x7F",
                                       "\xE2\x80\x8B", "e\xCC\x81", "ｶﾀｶﾅ", "Ｆｕｌｌ", "http://x.example/", "。"};
    strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        *seed = *seed * 1103515245u + 12345u;
        unsigned r = (*seed >> 16) & 0x7FFF;
        if (r % 3 == 0)
            strbuf_puts(&sb, bits[r % SD_ARRAY_LEN(bits)]);
        else if (r % 3 == 1)
            strbuf_putc(&sb, (char)(1 + r % 255));
        else
            strbuf_puts(&sb, "日本語の文章と English words が混ざる。");
    }
    return strbuf_detach(&sb);
}

TEST(garbage_input_never_breaks_the_format)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    unsigned seed = 20261118;
    for (int round = 0; round < 40; round++) {
        enum { NA = 6 };
        tart arts[NA];
        char *bufs[NA][4];
        static const char *const links[] = {"https://g.example/a](b", "https://g.example/[x]", "https://g.example/a b",
                                            "https://g.example/<p>", "https://g.example/ok?q=(1)", "http://g.example/`t`"};
        for (int i = 0; i < NA; i++) {
            bufs[i][0] = garbage(&seed, 4);
            bufs[i][1] = garbage(&seed, 6);
            bufs[i][2] = xasprintf("%s%d", links[(i + round) % SD_ARRAY_LEN(links)], round);
            bufs[i][3] = garbage(&seed, 60);
            arts[i] = (tart){bufs[i][0], i % 2 ? "en" : "ja", bufs[i][1], bufs[i][2], bufs[i][3]};
        }
        tstory st[3] = {
            {"g1", STORY_GROUP_DOMESTIC, STORY_CAT_RANSOMWARE, 3, 1, 1, {"CVE-2026-1234"}, {0, 1}, 2},
            {"g2", STORY_GROUP_OVERSEAS, STORY_CAT_DATA_BREACH, 2, 0, 0, {NULL}, {3, 5}, 2},
            {"g3", STORY_GROUP_OTHER, (enum story_category)(round % STORY_CAT_COUNT), 1, 0, 0, {NULL}, {2, 4}, 2},
        };
        size_t kp[] = {0, 1, 2};
        day_analysis *a = make_day(arts, NA, st, 3, kp, 3);
        char *md = NULL;
        int defects = 0;
        digest *d = compose_checked(NULL, a, &o, &md, &defects);
        CHECK_INT(defects, 0);
        if (defects) {
            fprintf(stderr, "  (round %d)\n", round);
            if (getenv("COMPOSE_DUMP_GARBAGE")) {
                char *gp = xasprintf("%s.%d", getenv("COMPOSE_DUMP_GARBAGE"), round);
                FILE *f = fopen(gp, "w");
                free(gp);
                if (f) {
                    fputs(md, f);
                    fclose(f);
                }
            }
        }
        free(md);
        digest_free(d);
        free_day(a);
        for (int i = 0; i < NA; i++)
            for (int k = 0; k < 4; k++)
                free(bufs[i][k]);
    }
    free(dd);
}

TEST(user_data_overrides)
{
    char *dd = data_dir();
    char tmpl[] = "/tmp/test_compose_XXXXXX";
    char *dir = mkdtemp(tmpl);
    CHECK(dir != NULL);
    if (!dir) {
        free(dd);
        return;
    }
    char *gl = xasprintf("%s/glossary.tsv", dir);
    char *gu = xasprintf("%s/guidance.tsv", dir);
    const char *gtext = "# ours\n"
                        "ランサムウェア\tらんさむうぇあ\tランサム攻撃\t利用者が独自に書いた定義のこと。\n"
                        "精密部品\tせいみつぶひん\t-\t高い精度で作られる部品のこと。\n"
                        "壊れた行\tこわれたぎょう\n"; /* skipped with a warning */
    const char *utext = "ransomware\tcountermeasure\t利用者の組織で決めた独自の対策を最優先で実施する。\n";
    sd_err err = SD_ERR_INIT;
    CHECK_INT(sd_write_file(gl, gtext, strlen(gtext), &err), 0);
    CHECK_INT(sd_write_file(gu, utext, strlen(utext), &err), 0);
    compose_opts o;
    default_opts(&o, dd);
    o.user_data_dir = dir;
    day_analysis *a = fixture_day();
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    int replaced = 0, added = 0;
    for (size_t i = 0; d && i < d->nglossary; i++) {
        if (strcmp(d->glossary[i].term, "ランサムウェア") == 0)
            replaced = strcmp(d->glossary[i].definition, "利用者が独自に書いた定義のこと。") == 0;
        added |= strcmp(d->glossary[i].term, "精密部品") == 0;
    }
    CHECK(replaced);
    CHECK(added);
    /* The user's only countermeasure line replaces the bundled ransomware ones. */
    CHECK(d && d->ndeep_sections == 3 && strstr(d->deep_sections[2].body, "利用者の組織で決めた独自の対策") != NULL);
    free(md);
    digest_free(d);
    free_day(a);
    unlink(gl);
    unlink(gu);
    rmdir(dir);
    free(gl);
    free(gu);
    free(dd);
}

/* A digest JSON as the archive keeps it, with stories of the given categories. */
static char *archive_json(const char *date, const char *const *cats, size_t n)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "date", date);
    cJSON *arr = cJSON_AddArrayToObject(root, "stories");
    for (size_t i = 0; i < n; i++) {
        cJSON *s = cJSON_CreateObject();
        cJSON_AddStringToObject(s, "category", cats[i]);
        cJSON_AddItemToArray(arr, s);
    }
    char *out = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    char *r = xstrdup(out);
    cJSON_free(out);
    return r;
}

TEST(trends_from_archive)
{
    char *dd = data_dir();
    char tmpl[] = "/tmp/test_compose_db_XXXXXX";
    char *dir = mkdtemp(tmpl);
    CHECK(dir != NULL);
    if (!dir) {
        free(dd);
        return;
    }
    char *path = xasprintf("%s/t.db", dir);
    store *st = NULL;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(store_open(path, &st, &err), 0);
    /* Last 7 days (11-11..11-17): ransomware 2 + 1 = 3; the 7 before (11-04..11-10): 1.
     * 11-18 itself (an earlier run of today) and 11-03 (15 days back) do not count. */
    struct {
        const char *date;
        const char *cats[3];
        size_t n;
    } days[] = {
        {"2026-11-17", {"ransomware", "ransomware", "vulnerability"}, 3},
        {"2026-11-12", {"ransomware", "data_breach"}, 2},
        {"2026-11-11", {"active_exploitation"}, 1},
        {"2026-11-08", {"ransomware", "policy"}, 2},
        {"2026-11-18", {"ransomware", "ransomware", "ransomware"}, 3},
        {"2026-11-03", {"ransomware", "ransomware"}, 2},
    };
    for (size_t i = 0; st && i < SD_ARRAY_LEN(days); i++) {
        char *js = archive_json(days[i].date, days[i].cats, days[i].n);
        store_digest sd = {(char *)days[i].date, 1763000000, "extractive", "t", "s", "# md", "<p>h</p>", js};
        CHECK_INT(store_digest_put(st, &sd, &err), 0);
        free(js);
    }
    compose_opts o;
    default_opts(&o, dd);
    day_analysis *a = fixture_day();
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(st, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    /* Key point categories: ransomware, then active exploitation (1 on 11-11, 0 before).
     * The archive holds 3 of the last 7 days and 1 of the 7 before. */
    CHECK(d && strstr(d->outlook, "前日までの7日間（記録のある3日分）に取り上げたランサムウェア関連の話題は3件で、"
                                  "その前の7日間（記録のある1日分、1件）から増えています。"
                                  "脆弱性の悪用関連の話題は1件で、その前の7日間（記録のある1日分、0件）から増えています。") != NULL);
    if (d && !strstr(d->outlook, "前日まで"))
        fprintf(stderr, "  outlook: %s\n", d->outlook);
    free(md);
    digest_free(d);
    free_day(a);
    store_close(st);
    char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
    unlink(path);
    unlink(wal);
    unlink(shm);
    rmdir(dir);
    free(wal);
    free(shm);
    free(path);
    free(dd);
}

TEST(trends_full_windows)
{
    char *dd = data_dir();
    char tmpl[] = "/tmp/test_compose_db_XXXXXX";
    char *dir = mkdtemp(tmpl);
    CHECK(dir != NULL);
    if (!dir) {
        free(dd);
        return;
    }
    char *path = xasprintf("%s/t.db", dir);
    store *st = NULL;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(store_open(path, &st, &err), 0);
    /* Every day from 11-04 to 11-17 archived.  Ransomware on 11-11, 11-13, 11-14, 11-16, 11-17
     * (5 in the last 7 days) and on 11-05, 11-09 (2 in the 7 before); no active exploitation. */
    for (int day = 4; day <= 17 && st; day++) {
        char date[32];
        snprintf(date, sizeof date, "2026-11-%02d", day % 100);
        int rw = day == 11 || day == 13 || day == 14 || day == 16 || day == 17 || day == 5 || day == 9;
        const char *cats[2] = {rw ? "ransomware" : "data_breach", "policy"};
        char *js = archive_json(date, cats, 2);
        store_digest sd = {date, 1762000000 + day * 86400, "extractive", "t", "s", "# md", "<p>h</p>", js};
        CHECK_INT(store_digest_put(st, &sd, &err), 0);
        free(js);
    }
    compose_opts o;
    default_opts(&o, dd);
    day_analysis *a = fixture_day();
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(st, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    CHECK(d && strstr(d->outlook, "前日までの7日間に取り上げたランサムウェア関連の話題は5件で、その前の7日間（2件）から増えています。"
                                  "脆弱性の悪用関連の話題は0件で、その前の7日間と同じ件数です。") != NULL);
    if (d && !strstr(d->outlook, "前日まで"))
        fprintf(stderr, "  outlook: %s\n", d->outlook);
    free(md);
    digest_free(d);
    free_day(a);
    store_close(st);
    char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);
    unlink(path);
    unlink(wal);
    unlink(shm);
    rmdir(dir);
    free(wal);
    free(shm);
    free(path);
    free(dd);
}

TEST(deterministic_output)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    day_analysis *a1 = fixture_day(), *a2 = fixture_day();
    digest *d1 = NULL, *d2 = NULL;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(compose_digest(NULL, a1, &o, &d1, &err), 0);
    CHECK_INT(compose_digest(NULL, a2, &o, &d2, &err), 0);
    if (d1 && d2) {
        strbuf m1 = STRBUF_INIT, m2 = STRBUF_INIT, j1 = STRBUF_INIT, j2 = STRBUF_INIT, h1 = STRBUF_INIT, h2 = STRBUF_INIT;
        render_markdown(d1, &m1);
        render_markdown(d2, &m2);
        render_json(d1, &j1);
        render_json(d2, &j2);
        CHECK_INT(render_html(d1, strbuf_cstr(&m1), &h1, &err), 0);
        CHECK_INT(render_html(d2, strbuf_cstr(&m2), &h2, &err), 0);
        CHECK(m1.len == m2.len && memcmp(strbuf_cstr(&m1), strbuf_cstr(&m2), m1.len) == 0);
        CHECK(j1.len == j2.len && memcmp(strbuf_cstr(&j1), strbuf_cstr(&j2), j1.len) == 0);
        CHECK(h1.len == h2.len && memcmp(strbuf_cstr(&h1), strbuf_cstr(&h2), h1.len) == 0);
        strbuf_free(&m1);
        strbuf_free(&m2);
        strbuf_free(&j1);
        strbuf_free(&j2);
        strbuf_free(&h1);
        strbuf_free(&h2);
    }
    digest_free(d1);
    digest_free(d2);
    free_day(a1);
    free_day(a2);
    free(dd);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

TEST(thousand_stories)
{
    char *dd = data_dir();
    compose_opts o;
    default_opts(&o, dd);
    enum { N = 1000 };
    tart *arts = xcalloc(N, sizeof *arts);
    tstory *st = xcalloc(N, sizeof *st);
    char **bufs = xcalloc(4 * N, sizeof *bufs);
    for (int i = 0; i < N; i++) {
        int ja = i % 3 != 2;
        bufs[4 * i] = xasprintf("%s %d", ja ? "情報セキュリティ速報" : "Security Wire", i % 17);
        bufs[4 * i + 1] = ja ? xasprintf("架空の企業%d号で不正アクセス、顧客情報%d件が流出の恐れ", i, 100 + i)
                             : xasprintf("Fictional firm %d reports breach affecting %d customers", i, 100 + i);
        bufs[4 * i + 2] = xasprintf("https://bench.example/%d/article-%d", i % 17, i);
        bufs[4 * i + 3] =
            ja ? xasprintf("架空の企業%d号は11月18日、外部からの不正アクセスを受けたと発表した。\n"
                           "顧客情報%d件が流出した恐れがあり、同社は調査を進めている。\n"
                           "侵入の経路はまだ特定されていないが、管理用サーバーの設定に不備があったという。\n"
                           "同社は全利用者のパスワードをリセットし、不審なメールに注意するよう呼びかけている。\n"
                           "業務への影響は限定的で、サービスは通常どおり提供されている。\n"
                           "警察と個人情報保護委員会にはすでに報告したとしている。\n\n"
                           "同社によると、不正アクセスに気付いたのは11月15日の夜で、監視システムが通常と異なる通信を検知した。\n"
                           "調査の結果、攻撃者は管理用サーバーに保存されていた認証情報を使って顧客データベースにアクセスしていた。\n"
                           "流出した可能性があるのは氏名、住所、電話番号、メールアドレスで、クレジットカード情報は含まれていない。\n"
                           "同社は外部の専門会社と協力して、被害の範囲と原因の特定を急いでいる。\n"
                           "再発防止策として、管理用サーバーへのアクセスを制限し、多要素認証を導入する方針だ。\n"
                           "対象となる顧客には、電子メールで個別に連絡するとしている。\n"
                           "同社は問い合わせ窓口を設け、平日の午前9時から午後6時まで対応する。\n"
                           "今回の件による業績への影響は、現時点では軽微とみている。",
                           i, 100 + i)
               : xasprintf("Fictional firm %d said on Tuesday that an intruder accessed a customer database. "
                           "The company said records of %d customers may have been exposed in the incident. "
                           "Investigators have not yet determined how the attacker got in. "
                           "Customers were told to reset their passwords and watch for phishing emails. "
                           "The firm said its services continued to run normally during the investigation.\n\n"
                           "According to the company, its monitoring tools flagged unusual traffic late on November 15. "
                           "The intruder appears to have used credentials stored on an administration server to reach the database. "
                           "Names, postal addresses, phone numbers and email addresses may have been exposed, but no card data. "
                           "An outside incident response firm is helping to establish the scope and the cause of the breach. "
                           "The company plans to restrict access to its administration servers and to require multi-factor login. "
                           "Affected customers will be contacted individually by email over the coming days. "
                           "A support line will answer questions on weekdays from nine in the morning until six in the evening. "
                           "The firm expects the financial impact of the incident to be small.",
                           i, 100 + i);
        arts[i] = (tart){bufs[4 * i], ja ? "ja" : "en", bufs[4 * i + 1], bufs[4 * i + 2], bufs[4 * i + 3]};
        st[i] = (tstory){NULL, (enum story_group)(i % 3), (enum story_category)(i % STORY_CAT_COUNT),
                         1000.0 - i, i % 5 == 0, i % 8 == 0, {NULL}, {i}, 1};
    }
    char **ids = xcalloc(N, sizeof *ids);
    for (int i = 0; i < N; i++) {
        ids[i] = xasprintf("20261118-%06d", i);
        st[i].id = ids[i];
    }
    static const size_t kp[] = {0, 1, 2};
    day_analysis *a = make_day(arts, N, st, N, kp, 3);
    double t0 = now_s(), c0 = cpu_s();
    digest *d = NULL;
    sd_err err = SD_ERR_INIT;
    CHECK_INT(compose_digest(NULL, a, &o, &d, &err), 0);
    double t1 = now_s(), c1 = cpu_s();
    printf("     composed %d stories (%d articles of 14 sentences) in %.3f s (%.3f s CPU)\n", N, N, t1 - t0, c1 - c0);
    if (d) {
        CHECK_INT(d->nstories, N);
        CHECK_INT(d->ncitations, N);
        strbuf md = STRBUF_INIT;
        render_markdown(d, &md);
        check_report r;
        CHECK_INT(digest_check(strbuf_cstr(&md), md.len, NULL, &r, &err), 0);
        CHECK_INT(r.count, 0);
        for (size_t i = 0; i < r.count && i < 5; i++)
            fprintf(stderr, "  defect line %d: %s\n", r.defects[i].line, r.defects[i].what);
        check_report_free(&r);
        strbuf_free(&md);
    }
    /* Generous bound for sanitizer builds; the release figure is printed above. */
    CHECK(t1 - t0 < 10.0);
    digest_free(d);
    free_day(a);
    for (int i = 0; i < 4 * N; i++)
        free(bufs[i]);
    for (int i = 0; i < N; i++)
        free(ids[i]);
    free(ids);
    free(bufs);
    free(st);
    free(arts);
    free(dd);
}

TEST(numbers_and_titles)
{
    int r = 0;
    char *s;
    s = pattern_number_ja(4300, &r);
    CHECK_STR(s, "4,300");
    CHECK_INT(r, 0);
    free(s);
    s = pattern_number_ja(3400000, &r);
    CHECK_STR(s, "340万");
    CHECK_INT(r, 0);
    free(s);
    s = pattern_number_ja(41000000, &r);
    CHECK_STR(s, "4,100万");
    free(s);
    s = pattern_number_ja(18000, &r);
    CHECK_STR(s, "1万8,000");
    CHECK_INT(r, 0);
    free(s);
    s = pattern_number_ja(1234567, &r);
    CHECK_STR(s, "123万");
    CHECK_INT(r, 1);
    free(s);
    s = pattern_number_ja(1200000000, &r);
    CHECK_STR(s, "12億");
    free(s);
    s = pattern_decimal1(9.8);
    CHECK_STR(s, "9.8");
    free(s);
    s = pattern_clean_title("【更新】【速報】A社で障害が発生 ｜ ニュースサイト", "ニュースサイト", 80);
    CHECK_STR(s, "A社で障害が発生");
    free(s);
    s = pattern_clean_title("Big vendor patches twelve flaws in its flagship product line - Example News",
                            "Example News", 40);
    /* Cut at a word boundary, never mid-word. */
    CHECK_STR(s, "Big vendor patches twelve flaws in its…");
    free(s);
    s = pattern_clean_title("あいうえおかきくけこさしすせそ", NULL, 10);
    CHECK_STR(s, "あいうえおかきくけ…");
    free(s);
}

/* The bundled sample day (data/sample) built into an analysis by its story key. */
static day_analysis *sample_day(const char *src)
{
    char *mpath = xasprintf("%s/data/sample/manifest.json", src), *spath = xasprintf("%s/data/sample/stories.json", src);
    char *mtext = NULL, *stext = NULL;
    size_t ml = 0, sl = 0;
    sd_err err = SD_ERR_INIT;
    day_analysis *a = NULL;
    if (sd_read_file(mpath, 0, &mtext, &ml, &err) != 0 || sd_read_file(spath, 0, &stext, &sl, &err) != 0) {
        sd_err_clear(&err);
        goto out;
    }
    cJSON *m = cJSON_Parse(mtext), *sj = cJSON_Parse(stext);
    const char *day = cJSON_GetObjectItem(m, "sample_day")->valuestring;
    cJSON *feeds = cJSON_GetObjectItem(m, "feeds"), *pages = cJSON_GetObjectItem(m, "pages");
    cJSON *stories = cJSON_GetObjectItem(sj, "stories");
    tart arts[128] = {{0}};
    char *texts[128];
    const char *pstory[128];
    size_t na = 0;
    cJSON *p;
    cJSON_ArrayForEach(p, pages)
    {
        if (strcmp(cJSON_GetObjectItem(p, "day")->valuestring, day) != 0 || na >= 128)
            continue;
        const char *feed_url = cJSON_GetObjectItem(p, "feed")->valuestring, *name = "?";
        cJSON *f;
        cJSON_ArrayForEach(f, feeds) if (strcmp(cJSON_GetObjectItem(f, "url")->valuestring, feed_url) == 0) name =
            cJSON_GetObjectItem(f, "name")->valuestring;
        char *tp = xasprintf("%s/data/sample/%s", src, cJSON_GetObjectItem(p, "expected")->valuestring);
        size_t tl = 0;
        texts[na] = NULL;
        if (sd_read_file(tp, 0, &texts[na], &tl, &err) != 0)
            sd_err_clear(&err);
        free(tp);
        arts[na] = (tart){name, cJSON_GetObjectItem(p, "language")->valuestring,
                          cJSON_GetObjectItem(p, "title")->valuestring, cJSON_GetObjectItem(p, "url")->valuestring,
                          texts[na]};
        pstory[na] = cJSON_GetObjectItem(p, "story")->valuestring;
        na++;
    }
    tstory st[64] = {{0}};
    size_t ns = 0;
    cJSON *s;
    cJSON_ArrayForEach(s, stories)
    {
        if (strcmp(cJSON_GetObjectItem(s, "day")->valuestring, day) != 0 || ns >= 64)
            continue;
        tstory *t = &st[ns];
        memset(t, 0, sizeof *t);
        t->id = cJSON_GetObjectItem(s, "id")->valuestring;
        const char *g = cJSON_GetObjectItem(s, "group")->valuestring;
        t->group = strcmp(g, "国内セキュリティ動向") == 0 ? STORY_GROUP_DOMESTIC
                   : strcmp(g, "海外重大事例") == 0     ? STORY_GROUP_OVERSEAS
                                                         : STORY_GROUP_OTHER;
        enum story_category c = STORY_CAT_VULNERABILITY;
        story_category_from_id(cJSON_GetObjectItem(s, "category")->valuestring, &c);
        t->cat = c;
        t->score = 100.0 - cJSON_GetObjectItem(s, "rank")->valuedouble;
        t->exploited = c == STORY_CAT_ACTIVE_EXPLOITATION;
        t->ransomware = c == STORY_CAT_RANSOMWARE;
        cJSON *cv;
        int nc = 0;
        cJSON_ArrayForEach(cv, cJSON_GetObjectItem(s, "cves")) if (nc < 3) t->cves[nc++] = cv->valuestring;
        /* Japanese sources first, in manifest order. */
        for (int pass = 0; pass < 2; pass++)
            for (size_t i = 0; i < na; i++)
                if (strcmp(pstory[i], t->id) == 0 && (strcmp(arts[i].lang, "ja") == 0) == (pass == 0) && t->narts < 8)
                    t->arts[t->narts++] = (int)i;
        ns++;
    }
    /* By rank. */
    for (size_t i = 1; i < ns; i++) {
        tstory x = st[i];
        size_t j = i;
        while (j > 0 && st[j - 1].score < x.score) {
            st[j] = st[j - 1];
            j--;
        }
        st[j] = x;
    }
    size_t kp[3] = {0, 1, 2};
    a = make_day(arts, na, st, ns, kp, ns < 3 ? ns : 3);
    for (size_t i = 0; i < na; i++)
        free(texts[i]);
    cJSON_Delete(m);
    cJSON_Delete(sj);
out:
    free(mtext);
    free(stext);
    free(mpath);
    free(spath);
    return a;
}

TEST(sample_day)
{
    const char *src = getenv("SRCDIR");
    char *dd = data_dir();
    day_analysis *a = sample_day(src ? src : "..");
    CHECK(a != NULL);
    if (!a) {
        free(dd);
        return;
    }
    compose_opts o;
    default_opts(&o, dd);
    char *md = NULL;
    int defects = 0;
    digest *d = compose_checked(NULL, a, &o, &md, &defects);
    CHECK_INT(defects, 0);
    if (getenv("COMPOSE_SAMPLE_DUMP")) {
        FILE *f = fopen(getenv("COMPOSE_SAMPLE_DUMP"), "w");
        if (f) {
            fputs(md, f);
            fclose(f);
        }
    }
    CHECK(d && d->nstories == a->nstories);
    /* Every story has Japanese text: a headline with kana or kanji, not an English title alone. */
    for (size_t i = 0; d && i < d->nstories; i++) {
        text_script_mix mix;
        text_script_mix_of(d->stories[i].headline, strlen(d->stories[i].headline), &mix);
        CHECK(mix.kana + mix.kanji > 0);
    }
    free(md);
    digest_free(d);
    free_day(a);
    free(dd);
}

/* COMPOSE_ONLY=name runs one test (for profiling). */
#define RUN_SEL(name)                                                                                  \
    do {                                                                                           \
        const char *only_ = getenv("COMPOSE_ONLY");                                                \
        if (!only_ || strcmp(only_, #name) == 0)                                                   \
            RUN(name);                                                                             \
    } while (0)

int main(void)
{
    RUN_SEL(fixture_day_is_valid_and_complete);
    RUN_SEL(english_only_story_gets_japanese_headline_and_quotation);
    RUN_SEL(glossary_only_terms_that_occur);
    RUN_SEL(glossary_matching_rules);
    RUN_SEL(empty_day_says_why);
    RUN_SEL(one_article_day);
    RUN_SEL(english_only_day_and_no_pattern);
    RUN_SEL(hostile_source_text);
    RUN_SEL(garbage_input_never_breaks_the_format);
    RUN_SEL(user_data_overrides);
    RUN_SEL(trends_from_archive);
    RUN_SEL(trends_full_windows);
    RUN_SEL(deterministic_output);
    RUN_SEL(thousand_stories);
    RUN_SEL(numbers_and_titles);
    RUN_SEL(sample_day);
    return test_report();
}
