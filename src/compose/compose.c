/*
 * compose: the extractive writer's digest, part by part (digest-format.md).
 *
 *  - stories (ニュース紹介): sources = the story's articles with an http(s)
 *    link, best first, one per URL; headline = the best Japanese source's
 *    title, cleaned, or for a story with only English sources our pattern
 *    from its facts; paragraphs = the most central sentences (writer.c),
 *    plus, for English sources, a paragraph marked as quotation;
 *  - key points = the analysis's key points, in order (headline, summary);
 *  - groups: one entry per story, a fixed sentence for an empty group;
 *  - deep dive on key point #1 (or on the category it shares with other key
 *    points): the story's own sentences about cause, impact and mitigation,
 *    then our guidance lines for the category, chosen by a hash of the date;
 *  - glossary = the terms the digest's text uses (refdata.c);
 *  - outlook = guidance outlook lines for the top categories, and trends
 *    counted from the archive's earlier digests (store_digest_*);
 *  - conclusion = our fixed wording filled with the day's counts;
 *  - citations = every cited source once, in order of first citation.
 *
 * Nothing depends on time of day, locale, pointers or hash seeds: ties are
 * broken by index, numbers are printed without the locale.
 */
#include "compose/compose.h"
#include "compose/compose_internal.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "text/normalize.h"
#include "text/url.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifndef SECDIGEST_DATADIR_BUILD
#define SECDIGEST_DATADIR_BUILD "data"
#endif

/* Budgets (Japanese characters; English bytes). */
#define HEADLINE_MAX_CHARS 80
#define EN_TITLE_MAX_CHARS 90
#define PAR_MAX_SENTENCES 6
#define PAR_TOTAL_CHARS 600
#define PAR_CHARS 300
#define QUOTE_BYTES 600
#define SUMMARY_CHARS 120
#define GLOSSARY_MAX 8
#define HISTORY_DAYS 7
/*
 * MeCab reads about a megabyte of Japanese a second through the tokenizer:
 * the stories a reader sees first (the top ones by score, and every key
 * point) get MeCab words; the long tail of a very large day gets character
 * bigrams (text/tokenize without MeCab), which keeps a thousand-story day
 * well under a second.  Which story gets which depends only on its rank.
 */
#define MECAB_STORIES 60
/* Sentences read per article: the top stories are written at length (and
 * may be the deep dive); a tail story prints a few sentences at most. */
#define SENTENCES_TOP 16
#define SENTENCES_TAIL 8

typedef struct story_work {
    cpool ja, en;
    int english_only;
    size_t digest_index;  /* SIZE_MAX: not in the digest (no citable source) */
} story_work;

typedef struct ctx {
    const day_analysis *a;
    const compose_opts *o;
    const char *data_dir;
    refdata rd;
    tokenizer *tk;       /* MeCab words */
    tokenizer *tk_fast;  /* character bigrams, for the long tail */
    lexicon *lex;
    int lex_tried;
    entities *ent;
    uint32_t date_hash;
} ctx;

/* ---- small helpers -------------------------------------------------------- */

static uint32_t fnv1a(const char *s)
{
    return sd_fnv1a32(SD_FNV32_INIT, s, s ? strlen(s) : 0);
}

static char *fmt_points(double v)
{
    long long t = llround(fabs(v) * 10.0);
    return xasprintf("%c%lld.%lld", v < 0 ? '-' : '+', t / 10, t % 10);
}

static void strv_push(char ***v, size_t *n, char *s)
{
    *v = xrealloc(*v, (*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

static const char *article_lang(const article *art)
{
    if (art->lang && *art->lang)
        return art->lang;
    if (art->item && art->item->language)
        return art->item->language;
    if (art->item && art->item->feed_language)
        return art->item->feed_language;
    return "";
}

static int has_kana(const char *s)
{
    text_script_mix m;
    text_script_mix_of(s, strlen(s), &m);
    return m.kana > 0;
}

static int has_japanese(const char *s)
{
    text_script_mix m;
    text_script_mix_of(s, strlen(s), &m);
    return m.kana + m.kanji > 0;
}

/* Join sentences of one language as a paragraph. */
static void put_sentences(strbuf *sb, const cpool *p, const size_t *idx, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i && !p->v[idx[i]].ja)
            strbuf_putc(sb, ' ');
        strbuf_puts(sb, p->v[idx[i]].text);
    }
}

/* English sentences as our quotation paragraph. */
static char *quote_paragraph(const char *intro, const cpool *p, const size_t *idx, size_t n)
{
    strbuf sb = STRBUF_INIT;
    strbuf_printf(&sb, "%s「", intro);
    put_sentences(&sb, p, idx, n);
    strbuf_puts(&sb, "」");
    return strbuf_detach(&sb);
}

/* The first one or two sentences (。-terminated) of our own text. */
static char *first_sentences(const char *s, int count)
{
    const char *p = s;
    for (int i = 0; i < count; i++) {
        const char *e = strstr(p, "。");
        if (!e)
            return xstrdup(s);
        p = e + strlen("。");
    }
    return xstrndup(s, (size_t)(p - s));
}

static lexicon *ctx_lexicon(ctx *c)
{
    if (!c->lex_tried) {
        c->lex_tried = 1;
        sd_err err = SD_ERR_INIT;
        char *bundled = xasprintf("%s/lexicon", c->data_dir);
        char *user = c->o->user_data_dir ? xasprintf("%s/lexicon", c->o->user_data_dir) : NULL;
        if (user && user[0] == '~' && user[1] == '/' && getenv("HOME")) {
            char *x = xasprintf("%s%s", getenv("HOME"), user + 1);
            free(user);
            user = x;
        }
        c->lex = lexicon_load(bundled, user, &err);
        if (!c->lex) {
            /* Names then come only from their form (X Inc.); patterns fall back to neutral. */
            log_warn("compose: lexicon: %s", sd_err_msg(&err));
            sd_err_clear(&err);
        }
        free(user);
        free(bundled);
    }
    return c->lex;
}

/* ---- one story ------------------------------------------------------------ */

static void add_source(digest_story *ds, const store_item *it, const char *lang)
{
    const char *url = it->link && url_is_http(it->link) ? it->link
                      : it->canonical_link && url_is_http(it->canonical_link) ? it->canonical_link : NULL;
    if (!url)
        return;
    for (size_t i = 0; i < ds->nsources; i++)
        if (strcmp(ds->sources[i].url, url) == 0)
            return;
    digest_source src;
    memset(&src, 0, sizeof src);
    char *name = it->feed_title ? clean_text(it->feed_title, strlen(it->feed_title)) : xstrdup("");
    if (!*name) {
        free(name);
        name = url_host(url);
        if (!name)
            name = xstrdup("出典");
    }
    char *title = it->title ? clean_text(it->title, strlen(it->title)) : xstrdup("");
    if (!*title) {
        free(title);
        title = xstrdup("無題の記事");
    }
    src.name = name;
    src.title = title;
    src.url = xstrdup(url);
    src.published = it->published;
    src.language = lang && *lang ? xstrdup(lang) : NULL;
    ds->sources = xrealloc(ds->sources, (ds->nsources + 1) * sizeof *ds->sources);
    ds->sources[ds->nsources++] = src;
}

/* Fixed fallback when no sentence of the sources could be used. */
static char *title_sentence(const digest_story *ds)
{
    return xasprintf("%sが「%s」と題して報じています。詳しくは出典の記事を参照してください。", ds->sources[0].name,
                     ds->sources[0].title);
}

static int is_key_point(const day_analysis *a, size_t si)
{
    for (size_t i = 0; i < a->nkey_points; i++)
        if (a->key_points[i] == si)
            return 1;
    return 0;
}

static int top_story(const ctx *c, size_t si) { return si < MECAB_STORIES || is_key_point(c->a, si); }

static tokenizer *story_tokenizer(ctx *c, size_t si)
{
    if (top_story(c, si)) {
        if (!c->tk)
            c->tk = tokenizer_create(NULL);
        return c->tk;
    }
    if (!c->tk_fast) {
        tokenizer_opts o;
        tokenizer_opts_init(&o);
        o.no_mecab = 1;
        c->tk_fast = tokenizer_create(&o);
    }
    return c->tk_fast;
}

static int build_story(ctx *c, size_t si, digest_story *ds, story_work *w)
{
    const day_analysis *a = c->a;
    const story *s = &a->stories[si];
    memset(ds, 0, sizeof *ds);

    const article *best_ja = NULL, *best_en = NULL;
    for (size_t k = 0; k < s->narticles; k++) {
        if (s->articles[k] >= a->narticles)
            continue;
        const article *art = &a->articles[s->articles[k]];
        if (!art->item)
            continue;
        add_source(ds, art->item, article_lang(art));
        const char *title = art->item->title ? art->item->title : "";
        int ja = strcmp(article_lang(art), "ja") == 0 || has_kana(title);
        if (ja && !best_ja && has_japanese(title))
            best_ja = art;
        if (!ja && !best_en)
            best_en = art;
    }
    if (ds->nsources == 0) {
        log_debug("compose: story %s has no article with an http(s) link; left out", s->id ? s->id : "?");
        return 0;
    }

    ds->id = s->id && *s->id ? xstrdup(s->id) : xasprintf("%.4s%.2s%.2s-%06zu", c->o->date, c->o->date + 5,
                                                         c->o->date + 8, si);
    ds->group = (unsigned)s->group < STORY_GROUP_COUNT ? s->group : STORY_GROUP_OTHER;
    ds->category = (unsigned)s->category < STORY_CAT_COUNT ? s->category : STORY_CAT_VULNERABILITY;
    ds->score = s->score;
    ds->writer = "extractive";
    for (size_t i = 0; i < s->nreasons; i++) {
        char *pts = fmt_points(s->reasons[i].points);
        char *what = clean_text(s->reasons[i].what ? s->reasons[i].what : "", s->reasons[i].what ? strlen(s->reasons[i].what) : 0);
        strv_push(&ds->reasons, &ds->nreasons, xasprintf("%s (%s)", what, pts));
        free(what);
        free(pts);
    }
    for (size_t i = 0; i < s->ncves; i++)
        if (s->cves[i])
            strv_push(&ds->cves, &ds->ncves, xstrdup(s->cves[i]));

    cpool_build(&w->ja, &w->en, story_tokenizer(c, si), a, s, top_story(c, si) ? SENTENCES_TOP : SENTENCES_TAIL);
    w->english_only = !best_ja && w->ja.n == 0;

    size_t sel[PAR_MAX_SENTENCES > 3 ? PAR_MAX_SENTENCES : 3];
    if (!w->english_only) {
        if (best_ja) {
            ds->headline = pattern_clean_title(best_ja->item->title, best_ja->item->feed_title, HEADLINE_MAX_CHARS);
        }
        if (!ds->headline || !*ds->headline) {
            free(ds->headline);
            ds->headline = writer_summary(&w->ja, 60);
        }
        size_t n = writer_select(&w->ja, PAR_MAX_SENTENCES, PAR_TOTAL_CHARS, 3, sel);
        writer_paragraphs(&w->ja, sel, n, PAR_CHARS, 3, &ds->paragraphs, &ds->nparagraphs);
        if (w->en.n > 0 && ds->nparagraphs < 3) {
            size_t ne = writer_select(&w->en, 2, QUOTE_BYTES / 2 + 100, 1, sel);
            if (ne > 0) {
                strv_push(&ds->paragraphs, &ds->nparagraphs,
                          quote_paragraph("海外の報道（英語記事より引用）：", &w->en, sel, ne));
                for (size_t i = 0; i < ne; i++)
                    w->en.v[sel[i]].used = 1;
            }
        }
        if (ds->nparagraphs == 0)
            strv_push(&ds->paragraphs, &ds->nparagraphs, title_sentence(ds));
        ds->summary = writer_summary(&w->ja, SUMMARY_CHARS);
        if (!ds->summary) {
            const char *name = best_ja && best_ja->item->feed_title ? best_ja->item->feed_title : ds->sources[0].name;
            char *nm = clean_text(name, strlen(name));
            ds->summary = xasprintf("%sが「%s」と報じています。", *nm ? nm : ds->sources[0].name, ds->headline);
            free(nm);
        }
    } else {
        story_facts f;
        story_facts_gather(&f, ctx_lexicon(c), c->ent, a, s);
        const store_item *bi = best_en ? best_en->item : NULL;
        char *title = pattern_clean_title(bi ? bi->title : NULL, bi ? bi->feed_title : NULL, EN_TITLE_MAX_CHARS);
        ds->headline = pattern_headline_en(&f, ds->category, title);
        char **names = xcalloc(ds->nsources, sizeof *names);
        size_t nn = 0;
        for (size_t i = 0; i < ds->nsources; i++) {
            int dup = 0;
            for (size_t k = 0; k < nn && !dup; k++)
                dup = strcmp(names[k], ds->sources[i].name) == 0;
            if (!dup)
                names[nn++] = ds->sources[i].name;
        }
        char *lead = pattern_lead_en(&f, ds->category, names, nn);
        free(names);
        ds->summary = first_sentences(lead, 2);
        strv_push(&ds->paragraphs, &ds->nparagraphs, lead);
        size_t ne = writer_select(&w->en, 3, QUOTE_BYTES, 2, sel);
        if (ne > 0) {
            strv_push(&ds->paragraphs, &ds->nparagraphs, quote_paragraph("報道によると（英語記事より引用）：", &w->en, sel, ne));
            for (size_t i = 0; i < ne; i++)
                w->en.v[sel[i]].used = 1;
        } else if (*title) {
            strv_push(&ds->paragraphs, &ds->nparagraphs,
                      xasprintf("%sの記事の見出しは「%s」です。", ds->sources[0].name, title));
        }
        free(title);
        story_facts_free(&f);
    }
    if (!ds->headline || !*ds->headline) {
        free(ds->headline);
        ds->headline = xasprintf("%sの報道", ds->sources[0].name);
    }
    ds->entry = ds->nsources >= 2 ? xasprintf("%s（%zu件の報道）", ds->headline, ds->nsources) : xstrdup(ds->headline);
    return 1;
}

/* ---- history -------------------------------------------------------------- */

typedef struct history {
    int days[2];                       /* digests found: [0] last 7 days, [1] the 7 before */
    int cat[2][STORY_CAT_COUNT];       /* stories per category */
    int total[2];
} history;

static int64_t day_number(const char *ymd)
{
    int y, m, d;
    if (!ymd || time_parse_ymd(ymd, &y, &m, &d) != 0)
        return INT64_MIN;
    return time_days_from_civil(y, (unsigned)m, (unsigned)d);
}

/* Counts from the archive's earlier digests (their JSON "stories[].category"). */
static void history_load(store *st, const char *date, history *h)
{
    memset(h, 0, sizeof *h);
    if (!st)
        return;
    int64_t today = day_number(date);
    store_digest *days = NULL;
    size_t n = 0;
    sd_err err = SD_ERR_INIT;
    if (store_digest_list(st, &days, &n, &err) != 0) {
        log_warn("compose: archive not read, no trends: %s", sd_err_msg(&err));
        sd_err_clear(&err);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int64_t dn = day_number(days[i].date);
        if (dn == INT64_MIN || dn >= today || dn < today - 2 * HISTORY_DAYS)
            continue;
        int win = dn >= today - HISTORY_DAYS ? 0 : 1;
        store_digest full;
        memset(&full, 0, sizeof full);
        int found = 0;
        if (store_digest_get(st, days[i].date, &full, &found, &err) != 0) {
            log_warn("compose: archive day %s not read: %s", days[i].date, sd_err_msg(&err));
            sd_err_clear(&err);
            continue;
        }
        cJSON *root = found && full.json ? cJSON_Parse(full.json) : NULL;
        cJSON *stories = root ? cJSON_GetObjectItemCaseSensitive(root, "stories") : NULL;
        if (cJSON_IsArray(stories)) {
            h->days[win]++;
            cJSON *it;
            cJSON_ArrayForEach(it, stories)
            {
                cJSON *cat = cJSON_GetObjectItemCaseSensitive(it, "category");
                enum story_category sc;
                h->total[win]++;
                if (cJSON_IsString(cat) && story_category_from_id(cat->valuestring, &sc) == 0)
                    h->cat[win][sc]++;
            }
        } else if (found) {
            log_warn("compose: archive day %s has no readable digest JSON; not counted", days[i].date);
        }
        cJSON_Delete(root);
        store_digest_clear(&full);
    }
    store_digests_free(days, n);
}

/*
 * The measured trend of the given categories, one sentence each:
 * "前日までの7日間に取り上げたランサムウェア関連の話題は5件で、その前の7日間（2件）から増えています。"
 * A window the archive covers only in part says how many days it holds.
 */
static void put_trends(strbuf *sb, const history *h, const enum story_category *cats, size_t nc)
{
    if (h->days[0] == 0)
        return;
    for (size_t i = 0; i < (nc ? nc : 1); i++) {
        const char *label = nc ? pattern_category_label(cats[i]) : NULL;
        int recent = nc ? h->cat[0][cats[i]] : h->total[0];
        int before = nc ? h->cat[1][cats[i]] : h->total[1];
        if (i == 0) {
            strbuf_printf(sb, "前日までの%d日間", HISTORY_DAYS);
            if (h->days[0] < HISTORY_DAYS)
                strbuf_printf(sb, "（記録のある%d日分）", h->days[0]);
            strbuf_puts(sb, "に取り上げた");
        }
        if (label)
            strbuf_printf(sb, "%s関連の", label);
        strbuf_printf(sb, "話題は%d件", recent);
        if (h->days[1] == 0) {
            strbuf_puts(sb, i + 1 < nc ? "、" : "でした。");
            continue;
        }
        strbuf_printf(sb, "で、その前の%d日間", HISTORY_DAYS);
        if (recent == before) {
            strbuf_puts(sb, h->days[1] < HISTORY_DAYS ? "（" : "");
            if (h->days[1] < HISTORY_DAYS)
                strbuf_printf(sb, "記録のある%d日分）", h->days[1]);
            strbuf_puts(sb, "と同じ件数です。");
            continue;
        }
        strbuf_puts(sb, "（");
        if (h->days[1] < HISTORY_DAYS)
            strbuf_printf(sb, "記録のある%d日分、", h->days[1]);
        strbuf_printf(sb, "%d件）から%s。", before, recent > before ? "増えています" : "減っています");
    }
}

/* ---- deep dive ------------------------------------------------------------ */

/* `count` guidance lines of (category, kind), starting at a place chosen by the date. */
static void put_guidance(ctx *c, strbuf *sb, const char *cat, const char *kind, size_t count, unsigned salt)
{
    const char **lines = NULL;
    size_t n = refdata_guidance(&c->rd, cat, kind, &lines);
    if (n == 0) {
        free(lines);
        return;
    }
    size_t start = (size_t)((c->date_hash ^ (salt * 2654435761u)) % n);
    for (size_t i = 0; i < count && i < n; i++)
        strbuf_puts(sb, lines[(start + i) % n]);
    free(lines);
}

static void add_section(digest *d, const char *title, strbuf *body)
{
    if (body->len == 0) {
        strbuf_free(body);
        return;
    }
    d->deep_sections = xrealloc(d->deep_sections, (d->ndeep_sections + 1) * sizeof *d->deep_sections);
    d->deep_sections[d->ndeep_sections++] = (digest_section){xstrdup(title), strbuf_detach(body), NULL};
}

/* Fixed wording when the guidance files lack a kind (a user may have removed it). */
static const char *const builtin_guidance[CUE_COUNT] = {
    "攻撃者は公開されている情報や設定の不備、利用者の油断など、最も守りの薄いところから侵入を試みる。",
    "被害は直接の損害にとどまらず、業務の停止や調査の費用、取引先や利用者からの信頼の低下にも及ぶ。",
    "使用している製品の更新を速やかに適用し、多要素認証の導入とバックアップの確保を進めることが基本となる。",
};

static void deep_dive(ctx *c, digest *d, story_work *work, const size_t *dmap)
{
    static const char *const cue_titles[CUE_COUNT] = {"背景", "影響", "対策"};
    static const char *const cue_kinds[CUE_COUNT] = {"background", "impact", "countermeasure"};
    size_t main = d->nkey_points ? d->key_points[0].story : 0;
    const digest_story *ms = &d->stories[main];
    enum story_category cat = ms->category;
    const char *label = pattern_category_label(cat);
    d->deep_story = main;

    /* The theme: key points sharing the first one's category. */
    size_t members[16];
    size_t nm = 0;
    members[nm++] = main;
    for (size_t i = 1; i < d->nkey_points && nm < SD_ARRAY_LEN(members); i++) {
        size_t k = d->key_points[i].story;
        if (d->stories[k].category == cat && k != main)
            members[nm++] = k;
    }

    strbuf sb = STRBUF_INIT;
    if (nm >= 2)
        d->deep_topic = xasprintf("相次ぐ%sの報道：%sほか%zu件", label, ms->headline, nm - 1);
    else
        d->deep_topic = xasprintf("%s：%sの背景と対策", ms->headline, label);
    if (nm >= 2) {
        strbuf_printf(&sb, "本日の主要ポイントのうち%zu件が%sに関する話題でした（", nm, label);
        for (size_t i = 0; i < nm; i++)
            strbuf_printf(&sb, "%s「%s」", i ? "、" : "", d->stories[members[i]].headline);
        strbuf_puts(&sb, "）。ここでは最も重要度の高い一つ目を中心に、背景、影響、対策を整理します。");
    } else {
        strbuf_printf(&sb, "本日最も重要度が高いと判断した「%s」を取り上げ、%sの背景、影響、対策を整理します。",
                      ms->headline, label);
    }

    for (int cue = 0; cue < CUE_COUNT; cue++) {
        strbuf body = STRBUF_INIT;
        size_t got = 0;
        for (size_t m = 0; m < nm; m++) {
            story_work *w = &work[dmap[members[m]]];
            cpool *p = w->english_only ? &w->en : &w->ja;
            size_t want = m == 0 ? 2 : 1;
            size_t cs[2];
            size_t k = writer_cue_sentences(p, (enum writer_cue)cue, want, cs);
            if (k == 0)
                continue;
            if (body.len)
                strbuf_putc(&body, '\n');
            if (w->english_only) {
                char *intro = xasprintf("%sについて、英語の報道は次のように伝えています（引用）：",
                                        d->stories[members[m]].headline);
                char *q = quote_paragraph(intro, p, cs, k);
                strbuf_puts(&body, q);
                free(q);
                free(intro);
            } else {
                put_sentences(&body, p, cs, k);
            }
            for (size_t i = 0; i < k; i++)
                p->v[cs[i]].deep = 1;
            got += k;
        }
        if (body.len)
            strbuf_putc(&body, '\n');
        size_t before = body.len;
        put_guidance(c, &body, story_category_id(cat), cue_kinds[cue], cue == CUE_COUNTERMEASURE ? 2 : (got ? 1 : 2), (unsigned)cue + 1);
        if (body.len == before)
            strbuf_puts(&body, builtin_guidance[cue]);
        add_section(d, cue_titles[cue], &body);
    }
    /* Then the body: central sentences printed neither in the story's
     * paragraphs nor in the subsections. */
    story_work *mw = &work[dmap[main]];
    cpool *mp = mw->english_only ? &mw->en : &mw->ja;
    size_t idx[2];
    size_t n = 0;
    n = writer_fresh(mp, 2, mw->english_only ? QUOTE_BYTES / 2 : 200, idx);
    if (n > 0) {
        strbuf_putc(&sb, '\n');
        if (mw->english_only) {
            char *q = quote_paragraph("報道では次のようにも伝えられています（英語記事より引用）：", mp, idx, n);
            strbuf_puts(&sb, q);
            free(q);
        } else {
            put_sentences(&sb, mp, idx, n);
        }
        for (size_t i = 0; i < n; i++)
            mp->v[idx[i]].deep = 1;
    }
    d->deep_body = strbuf_detach(&sb);
}

static void deep_dive_empty(ctx *c, digest *d)
{
    d->deep_topic = xstrdup("収集の状況と日頃の備え");
    d->deep_body = xstrdup("この日は個別の事例を解説できないため、収集の状況と、どの組織にも当てはまる基本的な備えをまとめます。");
    strbuf b1 = STRBUF_INIT;
    strbuf_puts(&b1, d->empty_reason);
    add_section(d, "収集の状況", &b1);
    strbuf b2 = STRBUF_INIT;
    put_guidance(c, &b2, "general", "countermeasure", 2, 3);
    if (b2.len == 0)
        strbuf_puts(&b2, builtin_guidance[CUE_COUNTERMEASURE]);
    add_section(d, "日頃の備え", &b2);
}

/* ---- the whole digest ----------------------------------------------------- */

static void put_group_empty(digest *d)
{
    static const char *const empty[STORY_GROUP_COUNT] = {
        "この日は国内の動向として取り上げるニュースはありませんでした。",
        "この日は海外の重大事例として取り上げるニュースはありませんでした。",
        "この日はその他のインシデントとして取り上げるニュースはありませんでした。",
    };
    for (int g = 0; g < STORY_GROUP_COUNT; g++)
        if (d->ngroup_stories[g] == 0)
            d->group_empty[g] = xstrdup(empty[g]);
}

static void outlook(ctx *c, store *st, digest *d)
{
    history h;
    history_load(st, c->o->date, &h);
    strbuf sb = STRBUF_INIT;
    enum story_category cats[2];
    size_t nc = 0;
    for (size_t i = 0; i < d->nkey_points && nc < 2; i++) {
        enum story_category k = d->stories[d->key_points[i].story].category;
        if (nc == 0 || cats[0] != k)
            cats[nc++] = k;
    }
    if (nc == 0 && d->nstories > 0)
        cats[nc++] = d->stories[0].category;
    for (size_t i = 0; i < nc; i++)
        put_guidance(c, &sb, story_category_id(cats[i]), "outlook", 1, 11u + (unsigned)i);
    if (nc == 0)
        put_guidance(c, &sb, "general", "outlook", 1, 11u);
    if (sb.len == 0)
        strbuf_puts(&sb, "攻撃の手口は変化し続けるため、公的機関や開発元からの情報を継続的に確認することが求められる。");
    if (h.days[0] > 0) {
        strbuf trend = STRBUF_INIT;
        put_trends(&trend, &h, cats, nc);
        if (trend.len) {
            strbuf_putc(&sb, '\n');
            strbuf_puts(&sb, strbuf_cstr(&trend));
        }
        strbuf_free(&trend);
    }
    d->outlook = strbuf_detach(&sb);
}

static void conclusion(const ctx *c, digest *d)
{
    strbuf sb = STRBUF_INIT;
    if (d->nstories == 0) {
        strbuf_puts(&sb, "この日は取り上げるニュースがありませんでした。収集の状況は冒頭に記したとおりです。");
        strbuf_puts(&sb, "記事が収集されれば、次の回から通常の構成でお伝えします。");
        d->conclusion = strbuf_detach(&sb);
        return;
    }
    strbuf_printf(&sb, "本日は国内%zu件、海外%zu件、その他%zu件の計%zu件のニュースを取り上げました。",
                  d->ngroup_stories[STORY_GROUP_DOMESTIC], d->ngroup_stories[STORY_GROUP_OVERSEAS],
                  d->ngroup_stories[STORY_GROUP_OTHER], d->nstories);
    if (d->nkey_points >= 1)
        strbuf_printf(&sb, "最も重要度が高いと判断したのは「%s」です。", d->key_points[0].headline);
    if (d->nkey_points >= 2) {
        strbuf_puts(&sb, "続いて");
        for (size_t i = 1; i < d->nkey_points; i++)
            strbuf_printf(&sb, "「%s」", d->key_points[i].headline);
        strbuf_puts(&sb, "を主要ポイントに挙げています。");
    }
    size_t per[STORY_CAT_COUNT] = {0};
    for (size_t i = 0; i < d->nstories; i++)
        per[d->stories[i].category]++;
    int order[STORY_CAT_COUNT];
    int no = 0;
    for (int k = 0; k < STORY_CAT_COUNT; k++)
        if (per[k])
            order[no++] = k;
    for (int i = 1; i < no; i++) {
        int x = order[i], j = i;
        while (j > 0 && per[order[j - 1]] < per[x]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = x;
    }
    if (no > 1) {
        strbuf_puts(&sb, "分野別では");
        for (int i = 0; i < no; i++)
            strbuf_printf(&sb, "%s%s%zu件", i ? "、" : "", pattern_category_label((enum story_category)order[i]),
                          per[order[i]]);
        strbuf_puts(&sb, "でした。");
    }
    size_t exploited = 0;
    for (size_t i = 0; c->a && i < c->a->nstories; i++)
        exploited += c->a->stories[i].exploited != 0;
    if (exploited)
        strbuf_printf(&sb, "このうち%zu件では、実際の攻撃での悪用が報じられています。", exploited);
    strbuf_puts(&sb, "該当する製品やサービスを利用している場合は、各記事で示された対応を確認してください。");
    d->conclusion = strbuf_detach(&sb);
}

static void citations(digest *d)
{
    /* URLs seen, in an open-addressed table (a day may cite thousands). */
    size_t total = 0;
    for (size_t i = 0; i < d->nstories; i++)
        total += d->stories[i].nsources;
    size_t nb = 16;
    while (nb < 2 * total + 1)
        nb *= 2;
    const char **seen = xcalloc(nb, sizeof *seen);
    d->citations = xcalloc(total ? total : 1, sizeof *d->citations);
    for (size_t i = 0; i < d->nstories; i++) {
        const digest_story *s = &d->stories[i];
        for (size_t k = 0; k < s->nsources; k++) {
            const digest_source *src = &s->sources[k];
            size_t h = fnv1a(src->url) & (nb - 1);
            int dup = 0;
            while (seen[h] && !(dup = strcmp(seen[h], src->url) == 0))
                h = (h + 1) & (nb - 1);
            if (dup)
                continue;
            seen[h] = src->url;
            d->citations[d->ncitations++] = (digest_citation){xstrdup(src->title), xstrdup(src->name), xstrdup(src->url)};
        }
    }
    free(seen);
}

/* Append text + "\n"; a source's name in it ("Patch Notes Daily") is blanked,
 * as a name is not a use of a term. */
static void put_prose(strbuf *sb, const char *text, const digest_story *s)
{
    size_t at = sb->len;
    strbuf_printf(sb, "%s\n", text ? text : "");
    for (size_t k = 0; s && k < s->nsources; k++) {
        size_t nl = strlen(s->sources[k].name);
        if (nl < 2)
            continue;
        for (char *q = strstr(sb->data + at, s->sources[k].name); q; q = strstr(q + nl, s->sources[k].name))
            memset(q, ' ', nl);
    }
}

/* The digest's prose in the order it is printed, for the glossary. */
static char *digest_prose(const digest *d)
{
    strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < d->nkey_points; i++) {
        const digest_story *s = &d->stories[d->key_points[i].story];
        put_prose(&sb, d->key_points[i].headline, s);
        put_prose(&sb, d->key_points[i].summary, s);
    }
    for (int g = 0; g < STORY_GROUP_COUNT; g++)
        for (size_t k = 0; k < d->ngroup_stories[g]; k++)
            put_prose(&sb, d->stories[d->group_stories[g][k]].entry, NULL);
    for (size_t i = 0; i < d->nstories; i++) {
        const digest_story *s = &d->stories[i];
        put_prose(&sb, s->headline, NULL);
        for (size_t p = 0; p < s->nparagraphs; p++)
            put_prose(&sb, s->paragraphs[p], s);
    }
    put_prose(&sb, d->deep_topic, NULL);
    put_prose(&sb, d->deep_body, NULL);
    for (size_t i = 0; i < d->ndeep_sections; i++) {
        put_prose(&sb, d->deep_sections[i].title, NULL);
        put_prose(&sb, d->deep_sections[i].body, NULL);
    }
    put_prose(&sb, d->outlook, NULL);
    put_prose(&sb, d->conclusion, NULL);
    return strbuf_detach(&sb);
}

static void glossary(ctx *c, digest *d)
{
    char *prose = digest_prose(d);
    size_t idx[GLOSSARY_MAX];
    size_t n = refdata_glossary_in(&c->rd, prose, strlen(prose), GLOSSARY_MAX, idx);
    free(prose);
    if (n == 0)
        return;
    d->glossary = xcalloc(n, sizeof *d->glossary);
    for (size_t i = 0; i < n; i++)
        d->glossary[i] = (digest_term){xstrdup(c->rd.gloss[idx[i]].term), xstrdup(c->rd.gloss[idx[i]].definition), NULL};
    d->nglossary = n;
}

int compose_digest(store *st, const day_analysis *a, const compose_opts *opts, digest **out, sd_err *err)
{
    *out = NULL;
    int y, m, dd;
    if (!opts || !opts->date || strlen(opts->date) != 10 || time_parse_ymd(opts->date, &y, &m, &dd) != 0)
        return sd_err_set(err, "compose: the date must be YYYY-MM-DD (got \"%s\")",
                          opts && opts->date ? opts->date : "(none)");
    ctx c;
    memset(&c, 0, sizeof c);
    c.a = a;
    c.o = opts;
    c.data_dir = opts->data_dir && *opts->data_dir ? opts->data_dir : SECDIGEST_DATADIR_BUILD;
    c.date_hash = fnv1a(opts->date);
    if (refdata_load(&c.rd, c.data_dir, opts->user_data_dir, err) != 0) {
        sd_err_prefix(err, "compose");
        return -1;
    }

    digest *d = xcalloc(1, sizeof *d);
    d->date = xstrdup(opts->date);
    d->date_heading = opts->date_style_ja ? xasprintf("%d年%d月%d日", y, m, dd) : xstrdup(opts->date);
    d->version = xstrdup(opts->version ? opts->version : "");
    d->writer = "extractive";
    d->deep_writer = "extractive";

    size_t nst = a ? a->nstories : 0;
    story_work *work = xcalloc(nst ? nst : 1, sizeof *work);
    size_t *dmap = xcalloc(nst ? nst : 1, sizeof *dmap); /* digest index -> analysis index */
    if (nst) {
        c.ent = entities_create();
        d->stories = xcalloc(nst, sizeof *d->stories);
    }
    for (size_t i = 0; i < nst; i++) {
        work[i].digest_index = SIZE_MAX;
        if (build_story(&c, i, &d->stories[d->nstories], &work[i])) {
            work[i].digest_index = d->nstories;
            dmap[d->nstories] = i;
            d->nstories++;
        } else {
            digest_story *ds = &d->stories[d->nstories];
            free(ds->sources);
            memset(ds, 0, sizeof *ds);
        }
    }

    /* Key points: the analysis's, in order; else the top stories. */
    size_t want = opts->key_points > 0 ? (size_t)opts->key_points : 3;
    d->key_points = xcalloc(want + (a ? a->nkey_points : 0) + 1, sizeof *d->key_points);
    if (a && a->nkey_points > 0) {
        for (size_t i = 0; i < a->nkey_points; i++) {
            size_t si = a->key_points[i];
            if (si >= nst || work[si].digest_index == SIZE_MAX)
                continue;
            size_t di = work[si].digest_index;
            int dup = 0;
            for (size_t k = 0; k < d->nkey_points && !dup; k++)
                dup = d->key_points[k].story == di;
            if (!dup)
                d->key_points[d->nkey_points++] = (digest_key_point){NULL, NULL, di, NULL};
        }
    } else {
        for (size_t i = 0; i < d->nstories && i < want; i++)
            d->key_points[d->nkey_points++] = (digest_key_point){NULL, NULL, i, NULL};
    }
    for (size_t i = 0; i < d->nkey_points; i++) {
        const digest_story *s = &d->stories[d->key_points[i].story];
        d->key_points[i].headline = xstrdup(s->headline);
        d->key_points[i].summary = xstrdup(s->summary);
    }

    for (size_t i = 0; i < d->nstories; i++) {
        int g = d->stories[i].group;
        d->group_stories[g] = xrealloc(d->group_stories[g], (d->ngroup_stories[g] + 1) * sizeof(size_t));
        d->group_stories[g][d->ngroup_stories[g]++] = i;
    }
    put_group_empty(d);

    if (d->nstories == 0) {
        if (opts->empty_reason && *opts->empty_reason)
            d->empty_reason = clean_text(opts->empty_reason, strlen(opts->empty_reason));
        else if (a && a->nitems > 0)
            d->empty_reason = xasprintf("この日に収集した%zu件の記事から、ニュースとしてまとめられるものはありませんでした。",
                                        a->nitems);
        else
            d->empty_reason = xstrdup("この日に公開された記事は収集されていません。");
        deep_dive_empty(&c, d);
    } else {
        deep_dive(&c, d, work, dmap);
    }
    outlook(&c, st, d);
    conclusion(&c, d);
    glossary(&c, d);
    citations(d);

    for (size_t i = 0; i < nst; i++) {
        cpool_free(&work[i].ja);
        cpool_free(&work[i].en);
    }
    free(work);
    free(dmap);
    if (c.tk)
        tokenizer_free(c.tk);
    if (c.tk_fast)
        tokenizer_free(c.tk_fast);
    if (c.ent)
        entities_free(c.ent);
    if (c.lex)
        lexicon_free(c.lex);
    refdata_free(&c.rd);
    *out = d;
    return 0;
}
