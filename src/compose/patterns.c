/*
 * patterns: our own fixed Japanese wording, filled only with facts that were
 * found in the sources.
 *
 * Owns: the Japanese labels of the categories; headlines made from source
 * titles (tags such as 【速報】 and the site-name suffix removed, length
 * limited without cutting an English word); numbers written the Japanese way
 * (万, 億); the facts of an English-only story (names from the lexicon and
 * the names its sources repeat, CVE IDs, exploitation, counts) and the
 * headline and lead sentence built from them.  A pattern is used only when
 * its facts were found; otherwise the neutral "海外報道：{English title}".
 */
#include "compose/compose_internal.h"
#include "text/normalize.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *pattern_category_label(enum story_category c)
{
    switch (c) {
    case STORY_CAT_RANSOMWARE: return "ランサムウェア";
    case STORY_CAT_DATA_BREACH: return "情報漏えい";
    case STORY_CAT_VULNERABILITY: return "脆弱性";
    case STORY_CAT_ACTIVE_EXPLOITATION: return "脆弱性の悪用";
    case STORY_CAT_THREAT_ACTOR: return "攻撃グループの活動";
    case STORY_CAT_FRAUD_PHISHING: return "フィッシング・詐欺";
    case STORY_CAT_POLICY: return "政策・制度";
    case STORY_CAT_PRODUCT: return "製品・サービス";
    default: return "セキュリティ";
    }
}

/* ---- titles -------------------------------------------------------------- */

static int is_latin_text(const char *s)
{
    text_script_mix m;
    text_script_mix_of(s, strlen(s), &m);
    return m.kana == 0 && m.latin > 0 && m.latin_share >= 0.5;
}

/* Remove a leading tag such as 【速報】, ［PR］ or [Update] (short contents only). */
static int strip_leading_tag(char **t)
{
    static const char *const pairs[][2] = {{"【", "】"}, {"［", "］"}, {"[", "]"}, {"〈", "〉"}, {"《", "》"}};
    for (size_t k = 0; k < SD_ARRAY_LEN(pairs); k++) {
        size_t ol = strlen(pairs[k][0]);
        if (strncmp(*t, pairs[k][0], ol) != 0)
            continue;
        const char *close = strstr(*t + ol, pairs[k][1]);
        if (!close || utf8_chars(*t + ol, (size_t)(close - *t - ol)) > 12)
            continue;
        const char *rest = close + strlen(pairs[k][1]);
        while (*rest == ' ')
            rest++;
        if (!*rest)
            return 0;
        char *n = xstrdup(rest);
        free(*t);
        *t = n;
        return 1;
    }
    return 0;
}

static int strip_trailing_tag(char **t)
{
    size_t n = strlen(*t);
    static const char *const pairs[][2] = {{"【", "】"}, {"［", "］"}};
    for (size_t k = 0; k < SD_ARRAY_LEN(pairs); k++) {
        size_t cl = strlen(pairs[k][1]);
        if (n < cl || strcmp(*t + n - cl, pairs[k][1]) != 0)
            continue;
        char *open = NULL;
        for (char *p = strstr(*t, pairs[k][0]); p; p = strstr(p + 1, pairs[k][0]))
            open = p;
        if (!open || open == *t || utf8_chars(open, (size_t)(*t + n - open)) > 14)
            continue;
        size_t e = (size_t)(open - *t);
        while (e > 0 && (*t)[e - 1] == ' ')
            e--;
        (*t)[e] = '\0';
        return 1;
    }
    return 0;
}

/* The site-name suffix: "Title | Site", "Title - Site", "Title｜Site". */
static void strip_site_suffix(char *t, const char *site)
{
    static const char *const seps[] = {" | ", "｜", " - ", " – ", " — ", " :: ", " ― "};
    size_t n = strlen(t);
    for (size_t k = 0; k < SD_ARRAY_LEN(seps); k++) {
        char *last = NULL;
        for (char *p = strstr(t, seps[k]); p; p = strstr(p + 1, seps[k]))
            last = p;
        if (!last || last == t)
            continue;
        const char *suffix = last + strlen(seps[k]);
        while (*suffix == ' ')
            suffix++;
        size_t sl = strlen(suffix), pl = (size_t)(last - t);
        int is_site = site && *site && sl > 0 &&
                      (strcmp(suffix, site) == 0 || strstr(site, suffix) != NULL || strstr(suffix, site) != NULL);
        int pipe = k < 2;
        if (is_site || (pipe && utf8_chars(suffix, sl) <= 20 && utf8_chars(t, pl) >= 8)) {
            size_t e = pl;
            while (e > 0 && t[e - 1] == ' ')
                e--;
            t[e] = '\0';
            (void)n;
            return;
        }
    }
}

char *pattern_clean_title(const char *title, const char *site, size_t max_chars)
{
    char *t = clean_text(title ? title : "", title ? strlen(title) : 0);
    char *site_clean = site ? clean_text(site, strlen(site)) : NULL;
    while (strip_leading_tag(&t))
        ;
    strip_site_suffix(t, site_clean);
    while (strip_trailing_tag(&t))
        ;
    free(site_clean);
    size_t n = strlen(t), chars = utf8_chars(t, n);
    if (chars <= max_chars)
        return t;
    /* Cut: Japanese at a character boundary, Latin text at a word boundary. */
    size_t keep = 0, c = 0;
    while (keep < n && c + 1 < max_chars) {
        int32_t cp;
        keep += text_utf8_decode(t, n, keep, &cp);
        c++;
    }
    if (is_latin_text(t)) {
        size_t sp = keep;
        while (sp > 0 && t[sp] != ' ')
            sp--;
        if (sp > keep / 2)
            keep = sp;
        while (keep > 0 && (t[keep - 1] == ' ' || t[keep - 1] == ',' || t[keep - 1] == ':' || t[keep - 1] == ';' ||
                            t[keep - 1] == '-'))
            keep--;
    }
    strbuf sb = STRBUF_INIT;
    strbuf_append(&sb, t, keep);
    strbuf_puts(&sb, "…");
    free(t);
    return strbuf_detach(&sb);
}

/* ---- numbers ------------------------------------------------------------- */

static void put_grouped(strbuf *sb, long long v)
{
    char digits[32];
    int n = 0;
    unsigned long long u = v < 0 ? 0ULL : (unsigned long long)v;
    do {
        digits[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u && n < 30);
    for (int i = n - 1; i >= 0; i--) {
        strbuf_putc(sb, digits[i]);
        if (i > 0 && i % 3 == 0)
            strbuf_putc(sb, ',');
    }
}

char *pattern_number_ja(double v, int *rounded)
{
    *rounded = 0;
    if (!(v >= 0) || v > 9e15)
        v = 0;
    long long n = llround(v);
    if ((double)n != v)
        *rounded = 1;
    strbuf sb = STRBUF_INIT;
    const long long man = 10000LL, oku = 100000000LL;
    if (n < man) {
        put_grouped(&sb, n);
    } else if (n < oku) {
        long long m = n / man, r = n % man;
        if (r == 0) {
            put_grouped(&sb, m);
            strbuf_puts(&sb, "万");
        } else if (m < 100 && r % 100 == 0) {
            put_grouped(&sb, m);
            strbuf_puts(&sb, "万");
            put_grouped(&sb, r);
        } else {
            long long mr = (n + man / 2) / man;
            *rounded = 1;
            put_grouped(&sb, mr);
            strbuf_puts(&sb, "万");
        }
    } else {
        long long o = n / oku, r = n % oku;
        put_grouped(&sb, o);
        strbuf_puts(&sb, "億");
        if (r != 0) {
            long long mr = (r + man / 2) / man;
            if (r % man != 0)
                *rounded = 1;
            if (mr > 0 && mr < 10000) {
                put_grouped(&sb, mr);
                strbuf_puts(&sb, "万");
            }
        }
    }
    return strbuf_detach(&sb);
}

char *pattern_decimal1(double v)
{
    if (!(v >= 0) || v > 1e9)
        v = 0;
    long long t = llround(v * 10.0);
    return xasprintf("%lld.%lld", t / 10, t % 10);
}

/* ---- facts of an English-only story --------------------------------------- */

typedef struct fact_name {
    char *name;
    enum entity_kind kind;
    double weight;    /* mentions, plus a bonus for each title naming it */
    size_t first;     /* order of first sighting */
} fact_name;

typedef struct name_tally {
    fact_name *v;
    size_t n, cap;
} name_tally;

static void tally_add(name_tally *t, const char *name, enum entity_kind kind, double w)
{
    for (size_t i = 0; i < t->n; i++) {
        if (t->v[i].kind == kind && strcmp(t->v[i].name, name) == 0) {
            t->v[i].weight += w;
            return;
        }
    }
    t->v = xgrow(t->v, &t->cap, t->n + 1, sizeof *t->v);
    t->v[t->n] = (fact_name){xstrdup(name), kind, w, t->n};
    t->n++;
}

static const char *tally_best(const name_tally *t, enum entity_kind kind, double min_weight)
{
    const fact_name *best = NULL;
    for (size_t i = 0; i < t->n; i++) {
        const fact_name *f = &t->v[i];
        if (f->kind != kind || f->weight < min_weight)
            continue;
        if (!best || f->weight > best->weight || (f->weight == best->weight && f->first < best->first))
            best = f;
    }
    return best ? best->name : NULL;
}

/* Words that start a title without naming anyone ("Critical", "Hackers"...). */
static const char *const not_names[] = {
    "A", "An", "The", "New", "Critical", "Hackers", "Attackers", "Researchers", "Police", "Ransomware", "Data",
    "Crypto", "Espionage", "Malware", "Phishing", "Security", "Cyber", "Cyberattack", "Breach", "Update", "Patch",
    "Exclusive", "Report", "Breaking", "US", "U.S.", "UK", "EU", "Japan", "Japanese", "China", "Chinese", "Russia",
    "Russian", "North", "South", "Federal", "State", "Global", "Major", "Popular", "Zero-Day", "Microsoft's",
    "CISA", "FBI", "Warning", "Alert", "How", "Why", "What", "When", "After", "Over", "More", "Some", "Two",
    "Three", "Several", "Many", "Millions", "Thousands", "Ohio", "California", "Texas", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "November", "December", "January", "October",
};
static const char *const not_org_words[] = {
    "Agency", "Commission", "Police", "Bureau", "Catalog", "Vulnerabilities", "Office", "Ministry", "Government",
    "Department", "Center", "Centre", "Team", "Week", "Day", "Known", "Exploited", "Ransomware", "Security Agency",
};

static int word_in(const char *w, size_t n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

static int cap_word(const char *w, size_t n)
{
    return n > 0 && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9' && n > 1 && w[n - 1] >= 'A'));
}

/* Whole-word occurrences of phrase in text. */
static size_t count_phrase(const char *text, const char *phrase)
{
    size_t n = 0, pl = strlen(phrase);
    if (!pl)
        return 0;
    for (const char *p = strstr(text, phrase); p; p = strstr(p + pl, phrase)) {
        unsigned char before = p > text ? (unsigned char)p[-1] : ' ';
        unsigned char after = (unsigned char)p[pl];
        int wb = !((before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
        int wa = !((after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z') || (after >= '0' && after <= '9'));
        n += wb && wa;
    }
    return n;
}

/* Runs of two or more capitalised words in a title ("Larkspur Regional Health"). */
static void title_phrases(const char *title, name_tally *out)
{
    const char *p = title;
    const char *run_start = NULL, *run_end = NULL;
    size_t run_words = 0;
    for (;;) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - w);
        /* Trim punctuation around the word; a possessive ends the run after it. */
        const char *ws = w;
        size_t wn = n;
        while (wn > 0 && (ws[0] == '"' || ws[0] == '\'' || ws[0] == '(')) {
            ws++;
            wn--;
        }
        int ends_run = 0;
        while (wn > 0 && strchr(",:;\"')!?.", ws[wn - 1])) {
            ends_run = 1;
            wn--;
        }
        if (wn > 2 && ws[wn - 2] == '\'' && ws[wn - 1] == 's') {
            wn -= 2;
            ends_run = 1;
        }
        int cap = n > 0 && cap_word(ws, wn);
        int lead_common = cap && run_words == 0 && word_in(ws, wn, not_names, SD_ARRAY_LEN(not_names));
        if (cap && !lead_common) {
            if (!run_start)
                run_start = ws;
            run_end = ws + wn;
            run_words++;
        }
        if (!cap || lead_common || ends_run || !*p) {
            if (run_start && run_words >= 2) {
                char *ph = xstrndup(run_start, (size_t)(run_end - run_start));
                int bad = 0;
                for (size_t k = 0; k < SD_ARRAY_LEN(not_org_words) && !bad; k++)
                    bad = count_phrase(ph, not_org_words[k]) > 0;
                if (!bad)
                    tally_add(out, ph, ENTITY_ORG, 0);
                free(ph);
            }
            run_start = run_end = NULL;
            run_words = 0;
        }
        if (!*p)
            break;
    }
}

void story_facts_free(story_facts *f)
{
    free(f->victim);
    free(f->product);
    free(f->vendor);
    free(f->actor);
    free(f->malware);
    free(f->ransomware);
    for (size_t i = 0; i < f->ncves; i++)
        free(f->cves[i]);
    free(f->cves);
    memset(f, 0, sizeof *f);
}

static void add_cve(story_facts *f, const char *id)
{
    for (size_t i = 0; i < f->ncves; i++)
        if (strcmp(f->cves[i], id) == 0)
            return;
    f->cves = xrealloc(f->cves, (f->ncves + 1) * sizeof *f->cves);
    f->cves[f->ncves++] = xstrdup(id);
}

void story_facts_gather(story_facts *f, const lexicon *lex, entities *e, const day_analysis *a, const story *s)
{
    memset(f, 0, sizeof *f);
    name_tally names = {0}, phrases = {0};
    strbuf all = STRBUF_INIT; /* titles and texts, for counting phrases */
    int any_exploited = 0, any_denied = 0;
    for (size_t i = 0; i < s->ncves; i++)
        add_cve(f, s->cves[i]);
    for (size_t k = 0; k < s->narticles && k < WRITER_MAX_ARTICLES; k++) {
        if (s->articles[k] >= a->narticles)
            continue;
        const article *art = &a->articles[s->articles[k]];
        const char *title = art->item && art->item->title ? art->item->title : "";
        const char *text = art->text ? art->text : "";
        size_t tlen = strlen(text);
        /* The facts a headline needs are in the first paragraphs. */
        if (tlen > 6000)
            tlen = text_utf8_char_start(text, tlen, 6000);
        /* The title without its site name ("… - Patch Notes Daily" names no victim). */
        char *ct = pattern_clean_title(title, art->item ? art->item->feed_title : NULL, 400);
        title_phrases(ct, &phrases);
        strbuf_puts(&all, ct);
        strbuf_puts(&all, "\n");
        strbuf_append(&all, text, tlen);
        strbuf_puts(&all, "\n");
        for (int part = 0; part < 2; part++) {
            if (part == 0)
                entities_extract(lex, ct, strlen(ct), e);
            else
                entities_extract(lex, text, tlen, e);
            for (size_t i = 0; i < e->nnames; i++)
                tally_add(&names, e->names[i].name, e->names[i].kind, part == 0 ? 3.0 : (double)e->names[i].count);
            for (size_t i = 0; i < e->ncves; i++) {
                add_cve(f, e->cves[i].id);
                if (e->cves[i].cvss > f->cvss)
                    f->cvss = e->cves[i].cvss;
            }
            if (e->cvss_max > f->cvss)
                f->cvss = e->cvss_max;
            any_exploited |= e->exploited;
            any_denied |= e->exploitation_denied;
            f->ransom |= e->ransomware;
            static const enum amount_unit units[] = {AMOUNT_RECORDS, AMOUNT_PEOPLE, AMOUNT_ACCOUNTS};
            for (size_t i = 0; i < e->namounts; i++) {
                const entity_amount *am = &e->amounts[i];
                for (size_t u = 0; u < SD_ARRAY_LEN(units); u++) {
                    if (am->unit == units[u] && am->value > f->amount) {
                        f->amount = am->value;
                        f->amount_unit = am->unit;
                        f->amount_qual = am->qualifier;
                    }
                }
            }
        }
        free(ct);
    }
    if (s->cvss_max > f->cvss)
        f->cvss = s->cvss_max;
    f->exploited = any_exploited || s->exploited;
    f->denied = !f->exploited && any_denied;
    f->ransom |= s->ransomware;

    const char *v;
    if ((v = tally_best(&names, ENTITY_PRODUCT, 1)))
        f->product = xstrdup(v);
    if ((v = tally_best(&names, ENTITY_VENDOR, 1)))
        f->vendor = xstrdup(v);
    if ((v = tally_best(&names, ENTITY_ACTOR, 1)))
        f->actor = xstrdup(v);
    if ((v = tally_best(&names, ENTITY_MALWARE, 1)))
        f->malware = xstrdup(v);
    if ((v = tally_best(&names, ENTITY_RANSOMWARE, 1)))
        f->ransomware = xstrdup(v);

    /* The affected organisation: a capitalised name from the titles that the
     * sources repeat, which is not a product, vendor, actor or family. */
    const char *text_all = strbuf_cstr(&all);
    for (size_t i = 0; i < phrases.n; i++) {
        fact_name *ph = &phrases.v[i];
        ph->weight = (double)count_phrase(text_all, ph->name);
        for (size_t k = 0; k < s->narticles && k < WRITER_MAX_ARTICLES && ph->weight > 0; k++) {
            const store_item *it = s->articles[k] < a->narticles ? a->articles[s->articles[k]].item : NULL;
            if (it && it->feed_title && strstr(it->feed_title, ph->name))
                ph->weight = 0;
        }
        for (size_t k = 0; k < names.n && ph->weight > 0; k++) {
            enum entity_kind kd = names.v[k].kind;
            if (kd != ENTITY_PRODUCT && kd != ENTITY_ACTOR && kd != ENTITY_MALWARE && kd != ENTITY_RANSOMWARE)
                continue;
            if (strstr(ph->name, names.v[k].name) || strstr(names.v[k].name, ph->name))
                ph->weight = 0;
        }
    }
    if ((v = tally_best(&phrases, ENTITY_ORG, 2)))
        f->victim = xstrdup(v);
    else if ((v = tally_best(&names, ENTITY_ORG, 2)))
        f->victim = xstrdup(v);

    strbuf_free(&all);
    for (size_t i = 0; i < names.n; i++)
        free(names.v[i].name);
    free(names.v);
    for (size_t i = 0; i < phrases.n; i++)
        free(phrases.v[i].name);
    free(phrases.v);
}

/* "CVE-2026-41234" or "CVE-2026-40301ほか1件". */
static void put_cves(strbuf *sb, const story_facts *f)
{
    strbuf_puts(sb, f->cves[0]);
    if (f->ncves > 1)
        strbuf_printf(sb, "ほか%zu件", f->ncves - 1);
}

static void put_amount(strbuf *sb, const story_facts *f)
{
    int rounded = 0;
    char *num = pattern_number_ja(f->amount, &rounded);
    const char *unit = f->amount_unit == AMOUNT_PEOPLE ? "人分" : f->amount_unit == AMOUNT_ACCOUNTS ? "アカウント分" : "件";
    if (f->amount_qual & AMOUNT_AT_MOST)
        strbuf_printf(sb, "最大%s%s", num, unit);
    else if ((f->amount_qual & AMOUNT_AT_LEAST) && !rounded)
        strbuf_printf(sb, "%s%s以上", num, unit);
    else if ((f->amount_qual & AMOUNT_APPROX) || rounded)
        strbuf_printf(sb, "約%s%s", num, unit);
    else
        strbuf_printf(sb, "%s%s", num, unit);
    free(num);
}

/* What the vulnerability is in: the product, else the vendor's products. */
static int put_target(strbuf *sb, const story_facts *f)
{
    if (f->product) {
        strbuf_puts(sb, f->product);
        return 1;
    }
    if (f->vendor) {
        strbuf_printf(sb, "%s製品", f->vendor);
        return 1;
    }
    return 0;
}

char *pattern_headline_en(const story_facts *f, enum story_category cat, const char *title)
{
    strbuf sb = STRBUF_INIT;
    int vuln = cat == STORY_CAT_VULNERABILITY || cat == STORY_CAT_ACTIVE_EXPLOITATION;
    int has_target = f->product || f->vendor;
    if (vuln && f->exploited && (has_target || f->ncves)) {
        if (put_target(&sb, f)) {
            strbuf_puts(&sb, "の脆弱性");
            if (f->ncves) {
                strbuf_puts(&sb, "（");
                put_cves(&sb, f);
                strbuf_puts(&sb, "）");
            }
        } else {
            strbuf_puts(&sb, "脆弱性");
            put_cves(&sb, f);
        }
        strbuf_puts(&sb, "が悪用");
    } else if (vuln && (has_target || f->ncves)) {
        const char *sev = f->cvss >= 9.0 ? "深刻な" : "";
        if (put_target(&sb, f)) {
            strbuf_printf(&sb, "に%s脆弱性", sev);
            if (f->ncves) {
                strbuf_puts(&sb, "（");
                put_cves(&sb, f);
                strbuf_puts(&sb, "）");
            }
        } else {
            strbuf_printf(&sb, "%s脆弱性", sev);
            put_cves(&sb, f);
            strbuf_puts(&sb, "の報告");
        }
    } else if (cat == STORY_CAT_RANSOMWARE && f->victim) {
        strbuf_printf(&sb, "%sでランサムウェア被害", f->victim);
    } else if (cat == STORY_CAT_RANSOMWARE && f->ransomware) {
        strbuf_printf(&sb, "ランサムウェア%sの活動", f->ransomware);
    } else if (cat == STORY_CAT_DATA_BREACH && f->victim) {
        strbuf_printf(&sb, "%sで", f->victim);
        if (f->amount > 0) {
            put_amount(&sb, f);
            strbuf_puts(&sb, "の");
        }
        strbuf_puts(&sb, "情報漏えいの恐れ");
    } else if (cat == STORY_CAT_THREAT_ACTOR && f->actor) {
        strbuf_printf(&sb, "攻撃グループ%sの活動", f->actor);
    } else if (cat == STORY_CAT_THREAT_ACTOR && f->malware) {
        strbuf_printf(&sb, "マルウェア%sに関する報告", f->malware);
    } else {
        strbuf_printf(&sb, "海外報道：%s", title && *title ? title : "英語の記事");
    }
    return strbuf_detach(&sb);
}

char *pattern_lead_en(const story_facts *f, enum story_category cat, char **names, size_t nnames)
{
    strbuf who = STRBUF_INIT;
    for (size_t i = 0; i < nnames && i < 3; i++) {
        if (i)
            strbuf_puts(&who, "、");
        strbuf_puts(&who, names[i]);
    }
    if (nnames > 3)
        strbuf_puts(&who, "ほか");

    /* Facts, each its own short sentence. */
    strbuf facts = STRBUF_INIT;
    int vuln_said = 0;
    if (cat == STORY_CAT_RANSOMWARE && f->victim)
        strbuf_printf(&facts, "%sがランサムウェアによる攻撃を受けました。", f->victim);
    else if (cat == STORY_CAT_DATA_BREACH && f->victim)
        strbuf_printf(&facts, "%sで情報漏えいの恐れがある事案が起きました。", f->victim);
    if ((cat == STORY_CAT_VULNERABILITY || cat == STORY_CAT_ACTIVE_EXPLOITATION || f->ncves) &&
        (f->product || f->vendor || f->ncves)) {
        if (put_target(&facts, f))
            strbuf_puts(&facts, "の");
        strbuf_puts(&facts, f->cvss >= 9.0 ? "深刻な脆弱性" : "脆弱性");
        if (f->ncves) {
            strbuf_puts(&facts, "（");
            for (size_t i = 0; i < f->ncves && i < 5; i++) {
                if (i)
                    strbuf_puts(&facts, "、");
                strbuf_puts(&facts, f->cves[i]);
            }
            if (f->ncves > 5)
                strbuf_printf(&facts, "ほか%zu件", f->ncves - 5);
            strbuf_puts(&facts, "）");
        }
        if (f->exploited)
            strbuf_puts(&facts, "が、実際の攻撃で悪用されています。");
        else if (f->denied)
            strbuf_puts(&facts, "が報告されています。現時点で悪用は確認されていないとされています。");
        else
            strbuf_puts(&facts, "が報告されています。");
        vuln_said = 1;
        if (f->cvss > 0) {
            char *c = pattern_decimal1(f->cvss);
            strbuf_printf(&facts, "CVSSスコアは最大%sとされています。", c);
            free(c);
        }
    }
    if (f->exploited && !vuln_said && cat == STORY_CAT_ACTIVE_EXPLOITATION)
        strbuf_puts(&facts, "実際の攻撃での悪用が報告されています。");
    if (f->amount > 0 && (cat == STORY_CAT_DATA_BREACH || cat == STORY_CAT_RANSOMWARE)) {
        strbuf_puts(&facts, "影響の規模は");
        put_amount(&facts, f);
        strbuf_puts(&facts, "と伝えられています。");
    }
    if (f->ransomware && cat == STORY_CAT_RANSOMWARE)
        strbuf_printf(&facts, "記事ではランサムウェア%sの名前が挙げられています。", f->ransomware);
    if (f->actor && (cat == STORY_CAT_THREAT_ACTOR || !vuln_said))
        strbuf_printf(&facts, "記事では攻撃グループ%sの名前が挙げられています。", f->actor);
    if (f->malware && cat == STORY_CAT_THREAT_ACTOR)
        strbuf_printf(&facts, "マルウェア%sについても触れられています。", f->malware);

    strbuf sb = STRBUF_INIT;
    if (facts.len > 0)
        strbuf_printf(&sb, "英語の報道（%s）によると、%s", strbuf_cstr(&who), strbuf_cstr(&facts));
    else
        strbuf_printf(&sb, "この話題は英語の報道（%s）で伝えられています。", strbuf_cstr(&who));
    strbuf_free(&facts);
    strbuf_free(&who);
    return strbuf_detach(&sb);
}
