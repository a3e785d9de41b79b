/*
 * classify: a story's category and its digest group.
 *
 * Category (one of eight).  Each article contributes the keyword scores of
 * data/lexicon/categories.tsv (plus a few built-in hints, features.c
 * cat_hints: reports and surveys, malicious packages, service launches)
 * found in its title (counted twice) and in its text; the story's score per
 * category is the mean over its articles, plus what the facts say:
 *   - ransomware named in a title: ransomware +6; reported in the title or
 *     lead of most articles: +3;
 *   - a CVE id: vulnerability +3;
 *   - a stated count of records or people (not only of accounts, which is
 *     account takeover): data_breach +2;
 *   - an actor or malware (not ransomware) named in a title: threat_actor +3;
 *   - a government body named in a title: policy +2.
 * A story whose exploitation is reported (not denied) by at least half of
 * its articles, with CVE ids or a vulnerability in a title (and no stated
 * count of records: then the flaw was the way in to a breach), and no
 * ransomware in a title, is active_exploitation outright.  Otherwise the highest score wins; a tie
 * goes to the category with more title keywords, then to the one listed
 * first in analyze.h.  With no keyword at all: vulnerability when there is a
 * CVE id, data_breach when there is a count, else threat_actor.
 *
 * Group.  国内セキュリティ動向 when the story is about Japan: the mean over
 * its articles of
 *     2 x Japan relevance of the title + Japan relevance of the title and
 *     lead - 1.5 x foreign markers (米〇〇, countries named in title/lead)
 *     and, for a Japanese article, +4 when its title names its subject in
 *     Japanese script (雲井製薬, a japan.tsv name), -3 when it names it only
 *     in Latin letters (Orbis Software) or with a foreign marker, +3 when it
 *     shows no foreign sign at all
 * reaches DOMESTIC_MIN.  Japan relevance counts Japanese organisations,
 * government bodies and places (data/lexicon/japan.tsv, and Latin names of
 * Japanese organisations), and in English text the words Japan, Japanese and
 * Japanese place names.  For a vulnerability the subject is the product: it
 * is 国内 only when a Japanese title names it in Japanese script or a
 * Japanese vendor (カスミネット製, 「ミヤビ勤怠」), or when a title says it
 * concerns Japan (国内で悪用) and names no foreign product.  A product or service
 * announcement is never 国内 or 海外: it goes to その他.
 * Otherwise 海外重大事例 when the story is serious (story_severity reaches
 * SERIOUS_MIN), else その他インシデント.
 * Severity: exploitation of a flaw (or an active_exploitation story) +3; CVSS >= 9 +3 (>= 7 +2); "critical",
 * 深刻, 緊急 in a title +2 (the press's own judgement, when no score is
 * stated); remote code execution +1; a ransomware case +3; an actor with a
 * victim or 2+ sources +1; records >= 1,000,000 +3 (>= 10,000 +2, >= 1,000
 * +1); money >= USD 1M +2; 10,000+ devices exposed +1; critical
 * infrastructure +1; 2+ independent sources +1, 3+ +1 more; reported in both
 * languages +1.
 */
#include "analyze/analyze_internal.h"

#include <math.h>
#include <string.h>

#define DOMESTIC_MIN 3.0
#define SERIOUS_MIN 3.0

static size_t independent_sources(const day_analysis *a, const story *s)
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

static double story_severity(const day_analysis *a, const features *F, const story *s)
{
    double sev = 0;
    int actor = 0, victim = 0, infra = 0, critical = 0, rce = 0;
    double money = 0, devices = 0;
    for (size_t k = 0; k < s->narticles; k++) {
        const afacts *f = &F->a[s->articles[k]].f;
        actor |= f->has_actor;
        victim |= f->has_victim_org;
        infra |= f->critical_infra;
        critical |= f->critical_title;
        rce |= f->rce;
        if (f->money_usd > money)
            money = f->money_usd;
        if (f->devices > devices)
            devices = f->devices;
    }
    size_t src = independent_sources(a, s);
    if (s->category == STORY_CAT_ACTIVE_EXPLOITATION || (s->exploited && s->category == STORY_CAT_VULNERABILITY))
        sev += 3;
    if (s->cvss_max >= 9.0)
        sev += 3;
    else if (s->cvss_max >= 7.0)
        sev += 2;
    if (critical)
        sev += 2; /* the press's own severity judgement, in place of a CVSS score */
    if (rce && (s->category == STORY_CAT_VULNERABILITY || s->category == STORY_CAT_ACTIVE_EXPLOITATION))
        sev += 1;
    if (s->category == STORY_CAT_RANSOMWARE)
        sev += 3; /* a victim's systems encrypted or its data held to ransom */
    if (actor && (victim || src >= 2) && s->category != STORY_CAT_RANSOMWARE)
        sev += 1;
    if (s->records >= 1000000)
        sev += 3;
    else if (s->records >= 10000)
        sev += 2;
    else if (s->records >= 1000)
        sev += 1;
    if (money >= 1e6)
        sev += 2;
    if (devices >= 10000)
        sev += 1;
    if (infra)
        sev += 1;
    if (src >= 2)
        sev += 1;
    if (src >= 3)
        sev += 1;
    if ((s->languages & 3) == 3)
        sev += 1;
    return sev;
}

void classify_story(const day_analysis *a, const features *F, story *s)
{
    size_t n = s->narticles ? s->narticles : 1;
    double score[STORY_CAT_COUNT] = {0}, title[STORY_CAT_COUNT] = {0};
    int ransom_title = 0, ransom_head = 0, exploited = 0, cves = 0, records = 0, actor_title = 0;
    int accounts = 0, gov_title = 0, latin_subject = 0, title_japan = 0;
    double dom = 0;
    int jp_subject = 0;
    for (size_t k = 0; k < s->narticles; k++) {
        const afeat *af = &F->a[s->articles[k]];
        const afacts *f = &af->f;
        for (int c = 0; c < STORY_CAT_COUNT; c++) {
            score[c] += (2.0 * f->cat_title[c] + f->cat_text[c]) / (double)n;
            title[c] += f->cat_title[c];
        }
        ransom_title |= f->ransomware_title;
        ransom_head += f->ransomware_head;
        exploited += f->exploited;
        cves += a->articles[s->articles[k]].ncves > 0;
        records += f->records >= 100;
        accounts += f->records >= 100 && f->cat_text[STORY_CAT_FRAUD_PHISHING] > 0;
        actor_title |= f->actor_title;
        jp_subject |= f->jp_vendor || f->ja_subject;
        gov_title |= f->gov_title;
        latin_subject |= f->latin_subject;
        title_japan |= f->japan_title > 0;
        double d = 2.0 * f->japan_title + f->japan_head - 1.5 * f->foreign_head;
        if (af->lang == 0) {
            if (f->ja_subject)
                d += 4;
            if (f->latin_subject)
                d -= 3;
            else if (f->foreign_head == 0)
                d += 3;
        }
        dom += d;
    }
    dom /= (double)n;

    /* ---- category ---- */
    if (ransom_title)
        score[STORY_CAT_RANSOMWARE] += 6;
    else if (2 * (size_t)ransom_head > s->narticles)
        score[STORY_CAT_RANSOMWARE] += 3;
    if (cves)
        score[STORY_CAT_VULNERABILITY] += 3;
    if (records > accounts)
        score[STORY_CAT_DATA_BREACH] += 2;
    if (actor_title)
        score[STORY_CAT_THREAT_ACTOR] += 3;
    if (gov_title)
        score[STORY_CAT_POLICY] += 2; /* a government body is the subject */
    int best = -1;
    /* exploitation of a flaw; a flaw exploited to steal stated records is a breach */
    if (!ransom_title && exploited > 0 && 2 * (size_t)exploited >= s->narticles &&
        (cves || (title[STORY_CAT_VULNERABILITY] > 0 && !records)))
        best = STORY_CAT_ACTIVE_EXPLOITATION;
    if (best < 0) {
        best = 0;
        for (int c = 1; c < STORY_CAT_COUNT; c++)
            if (score[c] > score[best] + 1e-9 || (fabs(score[c] - score[best]) <= 1e-9 && title[c] > title[best]))
                best = c;
        if (score[best] <= 0)
            best = cves ? STORY_CAT_VULNERABILITY : records ? STORY_CAT_DATA_BREACH : STORY_CAT_THREAT_ACTOR;
    }
    s->category = (enum story_category)best;

    /* ---- group ---- */
    int vuln = s->category == STORY_CAT_VULNERABILITY || s->category == STORY_CAT_ACTIVE_EXPLOITATION;
    if (s->category == STORY_CAT_PRODUCT)
        s->group = STORY_GROUP_OTHER;
    else if (dom >= DOMESTIC_MIN && (!vuln || jp_subject || (title_japan && !latin_subject)))
        s->group = STORY_GROUP_DOMESTIC;
    else if (story_severity(a, F, s) >= SERIOUS_MIN)
        s->group = STORY_GROUP_OVERSEAS;
    else
        s->group = STORY_GROUP_OTHER;
}
