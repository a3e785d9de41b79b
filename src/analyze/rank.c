/*
 * rank: how important a story is, with the reasons, and the key points.
 *
 * The score is a sum of points; every term that adds (or takes away)
 * something is one reason, shown to readers in `digest --format json` as
 * "what (+points)".  Terms:
 *
 *   sources      3.0 x (independent sources - 1), at most 15: independent
 *                sources are distinct feeds (a feed repeating itself counts
 *                once);
 *   languages    +2.0 when reported in both Japanese and English;
 *   exploitation for a vulnerability story: +6.0 exploitation reported;
 *                +2.0 zero-day; +2.0 in CISA's KEV catalogue;
 *   CVSS         +4.0 for a stated score >= 9.0, +2.0 for >= 7.0;
 *   ransomware   +4.0 when the story is a ransomware case;
 *   exposure     2.0 x log10(records / 100), at most 8 (1,000 records: +2,
 *                100,000: +6), for stated records, people or accounts (not
 *                for announcements and policies);
 *   money        1.5 x log10(USD / 100,000), at most 5 (JPY at 150 per USD, EUR
 *                at 1.1), shown in the currency stated;
 *   infra        +2.0 when an incident touches critical infrastructure or
 *                essential services (hospitals, energy, logistics...);
 *   Japan        +4.0 for a 国内 story; +1.5 when another story names Japan
 *                in its titles or leads;
 *   category     ransomware and active exploitation +2, data breach,
 *                vulnerability, threat actor, fraud +1, policy 0, product
 *                announcement -1;
 *   recency      up to +1.0, by how late in the day the latest report came;
 *   novelty      a follow-up of an earlier day's story: +1.0 when it brings
 *                new facts (CVE ids, amounts, actors, identifiers not reported
 *                before); -8.0 when it repeats the earlier story without news.
 *
 * Stories are sorted by score, highest first, ties by id.  Key points: the
 * top N stories (N = 3 by default), except that N stories of one group give
 * way, for the last place, to the best story of another group when the day
 * has one.
 */
#include "analyze/analyze_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static size_t count_sources(const day_analysis *a, const story *s)
{
    int64_t seen[64];
    size_t n = 0;
    for (size_t k = 0; k < s->narticles; k++) {
        int64_t f = a->articles[s->articles[k]].item->feed_id;
        size_t i = 0;
        while (i < n && seen[i] != f)
            i++;
        if (i == n && n < SD_ARRAY_LEN(seen))
            seen[n++] = f;
    }
    return n;
}

/* 119872 -> "119,872" */
static void group_digits(double v, char *buf, size_t size)
{
    char raw[32];
    snprintf(raw, sizeof raw, "%.0f", v);
    size_t len = strlen(raw), o = 0;
    for (size_t i = 0; i < len && o + 2 < size; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = raw[i];
    }
    buf[o] = 0;
}

/* 380000000 JPY -> "約3.8億円", 41000000 USD -> "約4,100万ドル", as Japanese news writes them. */
static void money_text(double v, int unit, char *buf, size_t size)
{
    const char *cur = unit == AMOUNT_JPY ? "円" : unit == AMOUNT_EUR ? "ユーロ" : "ドル";
    if (v >= 1e8)
        snprintf(buf, size, "約%.3g億%s", v / 1e8, cur);
    else if (v >= 1e4) {
        char d[40];
        group_digits(floor(v / 1e4 + 0.5), d, sizeof d);
        snprintf(buf, size, "約%s万%s", d, cur);
    } else {
        char d[40];
        group_digits(v, d, sizeof d);
        snprintf(buf, size, "%s%s", d, cur);
    }
}

static const char *const category_ja[STORY_CAT_COUNT] = {
    "ランサムウェア", "情報漏えい", "脆弱性", "脆弱性の悪用", "攻撃グループ・マルウェア",
    "詐欺・フィッシング", "政策・制度", "製品・サービス",
};
static const double category_points[STORY_CAT_COUNT] = {2, 1, 1, 2, 1, 1, 0, -1};

void rank_story(const day_analysis *a, const features *F, story *s, const prior_match *pm,
                const rank_input *ri)
{
    size_t src = count_sources(a, s);
    if (src > 1) {
        double p = 3.0 * (double)(src - 1);
        if (p > 15)
            p = 15;
        story_add_reason(s, p, "独立した情報源%zu件", src);
    }
    if ((s->languages & 3) == 3)
        story_add_reason(s, 2.0, "日本語と英語の両方で報道");

    int zero_day = 0, kev = 0, infra = 0;
    double money = 0, money_value = 0, japan_head = 0;
    int money_unit = -1;
    int64_t latest = INT64_MIN;
    for (size_t k = 0; k < s->narticles; k++) {
        const afeat *af = &F->a[s->articles[k]];
        zero_day |= af->f.zero_day;
        kev |= af->f.kev;
        infra |= af->f.critical_infra;
        if (af->f.money_usd > money) {
            money = af->f.money_usd;
            money_value = af->f.money_value;
            money_unit = af->f.money_unit;
        }
        japan_head += af->f.japan_head;
        if (af->t > latest)
            latest = af->t;
    }
    int vuln = s->category == STORY_CAT_ACTIVE_EXPLOITATION || s->category == STORY_CAT_VULNERABILITY;
    if (s->exploited && vuln)
        story_add_reason(s, 6.0, "悪用を確認");
    if (zero_day && vuln)
        story_add_reason(s, 2.0, "ゼロデイ脆弱性");
    if (kev && vuln)
        story_add_reason(s, 2.0, "CISAのKEVカタログに追加");
    if (s->cvss_max >= 9.0)
        story_add_reason(s, 4.0, "CVSS %.1f（緊急）", s->cvss_max);
    else if (s->cvss_max >= 7.0)
        story_add_reason(s, 2.0, "CVSS %.1f（重要）", s->cvss_max);
    if (s->category == STORY_CAT_RANSOMWARE && s->ransomware)
        story_add_reason(s, 4.0, "ランサムウェア被害");
    /* counts stated in an announcement or a policy are not victims */
    int counts = s->category != STORY_CAT_PRODUCT && s->category != STORY_CAT_POLICY;
    if (counts && s->records >= 126) { /* from 0.2 points */
        double p = 2.0 * log10((double)s->records / 100.0);
        if (p > 8)
            p = 8;
        char num[40];
        group_digits((double)s->records, num, sizeof num);
        story_add_reason(s, p, "影響を受けた件数・人数 %s", num);
    }
    if (money >= 1e5 * 1.2589) { /* from 0.15 points */
        double p = 1.5 * log10(money / 1e5);
        if (p > 5)
            p = 5;
        char num[64];
        money_text(money_value, money_unit, num, sizeof num);
        story_add_reason(s, p, "金額 %s", num);
    }
    int incident = s->category == STORY_CAT_RANSOMWARE || s->category == STORY_CAT_DATA_BREACH ||
                   s->category == STORY_CAT_ACTIVE_EXPLOITATION || s->category == STORY_CAT_THREAT_ACTOR;
    if (infra && incident)
        story_add_reason(s, 2.0, "重要インフラ・社会基盤に関わる被害");
    if (s->group == STORY_GROUP_DOMESTIC)
        story_add_reason(s, 4.0, "国内の組織・事案");
    else if (japan_head / (double)(s->narticles ? s->narticles : 1) >= 1.0)
        story_add_reason(s, 1.5, "日本への影響に言及");
    if (category_points[s->category] != 0)
        story_add_reason(s, category_points[s->category], "分類: %s", category_ja[s->category]);
    if (ri && ri->day_end > ri->day_start && latest != INT64_MIN) {
        double r = (double)(latest - ri->day_start) / (double)(ri->day_end - ri->day_start);
        if (r > 1)
            r = 1;
        if (r >= 0.05)
            story_add_reason(s, floor(r * 10.0 + 0.5) / 10.0, "当日の新しい報道");
    }
    if (pm && pm->story >= 0) {
        if (pm->repeated)
            story_add_reason(s, -8.0, "前日までの報道の繰り返し（新情報なし）");
        else
            story_add_reason(s, 1.0, "続報（新たな事実%d件）", pm->new_facts);
    }
}

void choose_key_points(day_analysis *a, int want)
{
    if (want <= 0)
        want = 3;
    size_t n = a->nstories < (size_t)want ? a->nstories : (size_t)want;
    a->key_points = n ? xcalloc(n, sizeof *a->key_points) : NULL;
    a->nkey_points = n;
    for (size_t i = 0; i < n; i++)
        a->key_points[i] = i;
    if (n < 2)
        return;
    enum story_group g = a->stories[0].group;
    for (size_t i = 1; i < n; i++)
        if (a->stories[i].group != g)
            return;
    for (size_t i = n; i < a->nstories; i++) {
        if (a->stories[i].group != g) {
            a->key_points[n - 1] = i;
            return;
        }
    }
}
