/*
 * analyze: the day's articles into ranked stories (see analyze.h).
 *
 * Order of work: load the lexicons; sort the day's items into a canonical
 * order (so that the result does not depend on the order they were given
 * in); compute each article's features; cluster them into stories; fill
 * each story's facts; classify; look back at the previous ANALYZE_LOOKBACK_DAYS
 * days in the store (clustered the same way) for the story each one
 * continues and whether it brings news; score; sort; choose key points.
 *
 * Story ids: "YYYYMMDD-" + 8 hex digits of a hash of the canonical link of
 * the story's earliest article (earliest by date, then by link), YYYYMMDD
 * being the day analysed.  The same articles give the same id on every run
 * and machine, and an earlier day's story gets back the id it was given on
 * its own day (its articles have not moved: an item keeps its first date).
 */
#include "analyze/analyze_internal.h"

#include "core/log.h"
#include "core/timeutil.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ANALYZE_LOOKBACK_DAYS 7
#define ANALYZE_LOOKBACK_MAX_ITEMS 50000 /* bounded time for a huge archive */

void story_add_reason(story *s, double points, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf sb = STRBUF_INIT;
    strbuf_vprintf(&sb, fmt, ap);
    va_end(ap);
    s->reasons = xrealloc(s->reasons, (s->nreasons + 1) * sizeof *s->reasons);
    s->reasons[s->nreasons].what = strbuf_detach(&sb);
    s->reasons[s->nreasons].points = points;
    s->nreasons++;
    s->score += points;
}

/* ---- lexicon ---- */

static lexicon *load_lexicon(const analyze_opts *o, sd_err *err)
{
    char *bundled = o->data_dir ? xasprintf("%s/lexicon", o->data_dir) : NULL;
    char *user = o->user_data_dir ? xasprintf("%s/lexicon", o->user_data_dir) : NULL;
    lexicon *lex = lexicon_create();
    int rc = 0;
    if (bundled)
        rc = lexicon_add_dir(lex, bundled, 0, err);
    if (rc == 0 && user)
        rc = lexicon_add_dir(lex, user, 1, err);
    if (rc == 0)
        rc = lexicon_compile(lex, err);
    free(bundled);
    free(user);
    if (rc != 0) {
        lexicon_free(lex);
        return NULL;
    }
    return lex;
}

static void add_glossaries(feature_ctx *fc, const analyze_opts *o)
{
    const char *dirs[2] = {o->data_dir, o->user_data_dir};
    for (int i = 0; i < 2; i++) {
        if (!dirs[i])
            continue;
        char *p = xasprintf("%s/glossary.tsv", dirs[i]);
        feature_ctx_add_glossary(fc, p);
        free(p);
    }
}

/* ---- canonical order of items ---- */

static int64_t item_time(const store_item *it) { return it->published != SD_TIME_NONE ? it->published : it->first_seen; }

static const char *item_link(const store_item *it)
{
    return it->canonical_link ? it->canonical_link : it->link ? it->link : "";
}

static int item_cmp(const void *x, const void *y)
{
    const store_item *a = x, *b = y;
    int64_t ta = item_time(a), tb = item_time(b);
    if (ta != tb)
        return ta < tb ? -1 : 1;
    int c = strcmp(item_link(a), item_link(b));
    if (c)
        return c;
    c = strcmp(a->title ? a->title : "", b->title ? b->title : "");
    if (c)
        return c;
    return a->id < b->id ? -1 : a->id > b->id;
}

/* ---- dates ---- */

static void day_label(const analyze_opts *o, int64_t start, int64_t end, char out[9])
{
    int y = 1970, m = 1, d = 1;
    sd_err err = SD_ERR_INIT;
    int ok = 0;
    if (o->timezone && time_local_date(o->timezone, start + (end - start) / 2, &y, &m, &d, &err) == 0)
        ok = 1;
    sd_err_clear(&err);
    if (!ok) {
        /* the UTC date of the middle of the day is the local date for any
         * zone within 12 hours of UTC */
        int64_t mid = start + (end - start) / 2;
        int64_t days = mid >= 0 ? mid / 86400 : -((-mid + 86399) / 86400);
        /* civil from days (H. Hinnant) */
        int64_t z = days + 719468;
        int64_t era = (z >= 0 ? z : z - 146096) / 146097;
        int64_t doe = z - era * 146097;
        int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        int64_t yy = yoe + era * 400;
        int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        int64_t mp = (5 * doy + 2) / 153;
        int64_t dd = doy - (153 * mp + 2) / 5 + 1;
        int64_t mm = mp < 10 ? mp + 3 : mp - 9;
        y = (int)(yy + (mm <= 2));
        m = (int)mm;
        d = (int)dd;
    }
    if (y < 0 || y > 9999)
        y = 1970;
    snprintf(out, 9, "%04d%02d%02d", y, m, d);
}

/* ---- stories ---- */

/* Best source first: Japanese before English (the digest is Japanese), an
 * extracted body before a feed summary, a longer text (up to 6,000 bytes)
 * before a shorter one, then the earlier report, then the item order. */
typedef struct best_key {
    int quality;
    int64_t t;
    size_t idx;
} best_key;

static int article_quality(const day_analysis *a, size_t i)
{
    const article *ar = &a->articles[i];
    int q = 0;
    if (strcmp(ar->lang, "ja") == 0)
        q += 100000;
    if (ar->item->text && *ar->item->text && !ar->item->extract_fallback)
        q += 50000;
    size_t len = strlen(ar->text);
    q += (int)(len > 6000 ? 6000 : len);
    return q;
}

static int best_key_cmp(const void *x, const void *y)
{
    const best_key *a = x, *b = y;
    if (a->quality != b->quality)
        return a->quality > b->quality ? -1 : 1;
    if (a->t != b->t)
        return a->t < b->t ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static void add_unique_str(char ***list, size_t *n, const char *s, size_t max)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*list)[i], s) == 0)
            return;
    if (*n >= max)
        return;
    *list = xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] = xstrdup(s);
}

/* The story's earliest article: the first in canonical order (date, link,
 * title, item id), which is the order of a->articles.  Its link is the
 * story's identity. */
static size_t earliest_article(const story *s)
{
    size_t best = s->articles[0];
    for (size_t k = 1; k < s->narticles; k++)
        if (s->articles[k] < best)
            best = s->articles[k];
    return best;
}

static char *story_id(const char *day, const store_item *it)
{
    const char *link = item_link(it);
    uint64_t h = *link ? an_hash(link, strlen(link), 0) : an_hash(it->title ? it->title : "", it->title ? strlen(it->title) : 0, 1);
    return xasprintf("%s-%08x", day, (unsigned)(h >> 32));
}

/* Make ids unique (two stories whose earliest article shares a link: a feed
 * pointing several entries at one page) by a suffix in story order. */
static void dedupe_ids(char **ids, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int dup = 0;
        for (size_t j = 0; j < i && !dup; j++)
            dup = strcmp(ids[i], ids[j]) == 0;
        if (!dup)
            continue;
        for (unsigned k = 2;; k++) {
            char *cand = xasprintf("%s-%u", ids[i], k);
            int taken = 0;
            for (size_t j = 0; j < n && !taken; j++)
                taken = j != i && strcmp(ids[j], cand) == 0;
            if (!taken) {
                free(ids[i]);
                ids[i] = cand;
                break;
            }
            free(cand);
        }
    }
}

/* ids must be unique in practice; the quadratic check only runs over
 * colliding hashes, found by sorting. */
static int str_ptr_cmp(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

static void make_ids_unique(char **ids, size_t n)
{
    if (n < 2)
        return;
    char **sorted = xmalloc(n * sizeof *sorted);
    memcpy(sorted, ids, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, str_ptr_cmp);
    int any = 0;
    for (size_t i = 1; i < n && !any; i++)
        any = strcmp(sorted[i], sorted[i - 1]) == 0;
    free(sorted);
    if (any)
        dedupe_ids(ids, n);
}

/* Build stories from the clustering of `F` (story_of) into a->stories (unsorted). */
static void build_stories(day_analysis *a, const features *F, const size_t *story_of, size_t nst)
{
    a->stories = nst ? xcalloc(nst, sizeof *a->stories) : NULL;
    a->nstories = nst;
    size_t *count = xcalloc(nst + 1, sizeof *count);
    for (size_t i = 0; i < a->narticles; i++)
        count[story_of[i]]++;
    for (size_t s = 0; s < nst; s++)
        a->stories[s].articles = xmalloc(count[s] * sizeof(size_t));
    for (size_t i = 0; i < a->narticles; i++) {
        story *s = &a->stories[story_of[i]];
        s->articles[s->narticles++] = i;
    }
    free(count);
    best_key *keys = NULL;
    size_t keys_cap = 0;
    for (size_t s = 0; s < nst; s++) {
        story *st = &a->stories[s];
        if (st->narticles > 1) {
            keys = xgrow(keys, &keys_cap, st->narticles, sizeof *keys);
            for (size_t k = 0; k < st->narticles; k++) {
                keys[k].idx = st->articles[k];
                keys[k].quality = article_quality(a, keys[k].idx);
                keys[k].t = F->a[keys[k].idx].t;
            }
            qsort(keys, st->narticles, sizeof *keys, best_key_cmp);
            for (size_t k = 0; k < st->narticles; k++)
                st->articles[k] = keys[k].idx;
        }
        size_t exploited = 0, ransom = 0;
        for (size_t k = 0; k < st->narticles; k++) {
            size_t i = st->articles[k];
            const article *ar = &a->articles[i];
            const afeat *af = &F->a[i];
            for (size_t c = 0; c < ar->ncves; c++)
                add_unique_str(&st->cves, &st->ncves, ar->cves[c], 256);
            if (ar->cvss_max > st->cvss_max)
                st->cvss_max = ar->cvss_max;
            exploited += ar->exploited != 0;
            ransom += ar->ransomware != 0;
            if (ar->records > st->records)
                st->records = ar->records;
            st->languages |= af->lang == 0 ? 1 : 2;
        }
        st->exploited = exploited > 0;
        st->ransomware = 2 * ransom >= st->narticles;
        /* names: those in more articles first, then in order of the best sources */
        typedef struct nc {
            const char *name;
            size_t count, first;
        } nc;
        nc *names = NULL;
        size_t nn = 0, ncap = 0, order = 0;
        for (size_t k = 0; k < st->narticles && nn < 256; k++) {
            const afeat *af = &F->a[st->articles[k]];
            for (size_t m = 0; m < af->nnames; m++) {
                size_t x = 0;
                while (x < nn && strcmp(names[x].name, af->names[m]) != 0)
                    x++;
                if (x == nn) {
                    names = xgrow(names, &ncap, nn + 1, sizeof *names);
                    names[nn].name = af->names[m];
                    names[nn].count = 0;
                    names[nn].first = order++;
                    nn++;
                }
                names[x].count++;
            }
        }
        for (size_t x = 1; x < nn; x++) {
            nc v = names[x];
            size_t y = x;
            while (y > 0 && (names[y - 1].count < v.count ||
                             (names[y - 1].count == v.count && names[y - 1].first > v.first))) {
                names[y] = names[y - 1];
                y--;
            }
            names[y] = v;
        }
        for (size_t x = 0; x < nn && x < 12; x++)
            add_unique_str(&st->orgs, &st->norgs, names[x].name, 12);
        free(names);
    }
    free(keys);
}

static void story_clear(story *s)
{
    free(s->id);
    free(s->articles);
    for (size_t i = 0; i < s->nreasons; i++)
        free(s->reasons[i].what);
    free(s->reasons);
    for (size_t i = 0; i < s->ncves; i++)
        free(s->cves[i]);
    free(s->cves);
    for (size_t i = 0; i < s->norgs; i++)
        free(s->orgs[i]);
    free(s->orgs);
    free(s->continues);
}

static void articles_clear(article *ar, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(ar[i].lang);
        free(ar[i].norm_title);
        for (size_t k = 0; k < ar[i].ncves; k++)
            free(ar[i].cves[k]);
        free(ar[i].cves);
    }
}

void day_analysis_free(day_analysis *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->nstories; i++)
        story_clear(&a->stories[i]);
    free(a->stories);
    articles_clear(a->articles, a->narticles);
    free(a->articles);
    free(a->key_points);
    store_items_free(a->items, a->nitems);
    free(a);
}

/* ---- earlier days ---- */

static void prior_free(prior_set *p)
{
    features_free(&p->F);
    free(p->story_of);
    for (size_t i = 0; i < p->nstories; i++)
        free(p->stories[i].id);
    free(p->stories);
    memset(p, 0, sizeof *p);
}

/*
 * The previous days' stories, each clustered on its own day exactly as that
 * day's digest did (clustering depends only on the day's articles), so that
 * their ids are the ids their digests showed.
 */
static int load_prior(store *st, const analyze_opts *o, feature_ctx *fc, prior_set *p, sd_err *err)
{
    memset(p, 0, sizeof *p);
    int64_t len = o->day_end - o->day_start;
    if (len <= 0)
        return 0;
    int64_t from = o->day_start - ANALYZE_LOOKBACK_DAYS * len;
    store_item *items = NULL;
    size_t n = 0;
    if (store_items_between(st, from, o->day_start, &items, &n, err) != 0)
        return -1;
    if (n == 0) {
        free(items);
        return 0;
    }
    /* the newest items when the archive is huge */
    size_t skip = n > ANALYZE_LOOKBACK_MAX_ITEMS ? n - ANALYZE_LOOKBACK_MAX_ITEMS : 0;
    store_item *use = items + skip;
    size_t nu = n - skip;
    qsort(use, nu, sizeof *use, item_cmp);
    p->story_of = xmalloc(nu * sizeof *p->story_of);
    p->F.a = xcalloc(nu, sizeof *p->F.a);

    /* Day by day, exactly as each day's own analysis did: the same items in
     * the same order give the same features, clusters and ids. */
    size_t i = 0;
    while (i < nu) {
        int64_t t = item_time(&use[i]);
        int64_t k = (o->day_start - t + len - 1) / len; /* 1 = the day before */
        if (k < 1)
            k = 1;
        int64_t ds = o->day_start - k * len;
        size_t j = i;
        while (j < nu && item_time(&use[j]) < ds + len)
            j++;
        if (j == i)
            j = i + 1;
        size_t m = j - i;
        article *arts = xcalloc(m, sizeof *arts);
        features day;
        features_build(fc, use + i, m, arts, &day);
        size_t *so = xmalloc(m * sizeof *so);
        size_t ns = cluster_articles(&day, so);
        char label[9];
        day_label(o, ds, ds + len, label);
        /* each story's id: its earliest article, the first in canonical order */
        size_t *first = xmalloc((ns + 1) * sizeof *first);
        for (size_t s2 = 0; s2 < ns; s2++)
            first[s2] = SIZE_MAX;
        for (size_t x = 0; x < m; x++)
            if (first[so[x]] == SIZE_MAX)
                first[so[x]] = x;
        char **ids = xmalloc((ns + 1) * sizeof *ids);
        for (size_t s2 = 0; s2 < ns; s2++)
            ids[s2] = story_id(label, &use[i + first[s2]]);
        make_ids_unique(ids, ns);
        size_t base = p->nstories;
        p->stories = xrealloc(p->stories, (p->nstories + ns + 1) * sizeof *p->stories);
        for (size_t s2 = 0; s2 < ns; s2++) {
            p->stories[base + s2].id = ids[s2];
            p->stories[base + s2].day_start = ds;
        }
        p->nstories += ns;
        for (size_t x = 0; x < m; x++)
            p->story_of[i + x] = base + so[x];
        /* append the day's features (anchors keep the day's own weights) */
        if (day.nanchors) {
            p->F.anchors = xgrow(p->F.anchors, &p->F.anchors_cap, p->F.nanchors + day.nanchors, sizeof *p->F.anchors);
            memcpy(p->F.anchors + p->F.nanchors, day.anchors, day.nanchors * sizeof *day.anchors);
        }
        for (size_t x = 0; x < m; x++) {
            afeat *d = &p->F.a[i + x];
            *d = day.a[x];
            d->anc_off += (uint32_t)p->F.nanchors;
            /* names are not needed to match earlier days */
            for (size_t q = 0; q < d->nnames; q++)
                free(d->names[q]);
            free(d->names);
            d->names = NULL;
            d->nnames = 0;
            day.a[x].names = NULL;
            day.a[x].nnames = 0;
        }
        p->F.nanchors += day.nanchors;
        p->F.n = i + m;
        free(ids);
        free(first);
        free(so);
        features_free(&day);
        articles_clear(arts, m);
        free(arts);
        i = j;
    }
    store_items_free(items, n);
    return 0;
}

/* ---- the day ---- */

typedef struct order_key {
    double score;
    const char *id;
    size_t idx;
} order_key;

static int order_key_cmp(const void *x, const void *y)
{
    const order_key *a = x, *b = y;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    return strcmp(a->id, b->id);
}

int analyze_items(store *st, const analyze_opts *opts, store_item *items, size_t nitems,
                  day_analysis **out, sd_err *err)
{
    *out = NULL;
    analyze_opts o;
    memset(&o, 0, sizeof o);
    if (opts)
        o = *opts;
    lexicon *lex = load_lexicon(&o, err);
    if (!lex) {
        store_items_free(items, nitems);
        return -1;
    }
    day_analysis *a = xcalloc(1, sizeof *a);
    a->items = items;
    a->nitems = nitems;
    if (nitems > 1)
        qsort(items, nitems, sizeof *items, item_cmp);
    a->articles = nitems ? xcalloc(nitems, sizeof *a->articles) : NULL;
    a->narticles = nitems;

    feature_ctx *fc = feature_ctx_create(lex);
    add_glossaries(fc, &o);
    features F;
    features_build(fc, items, nitems, a->articles, &F);
    size_t *story_of = xmalloc((nitems + 1) * sizeof *story_of);
    size_t nst = cluster_articles(&F, story_of);
    build_stories(a, &F, story_of, nst);
    for (size_t s = 0; s < nst; s++)
        classify_story(a, &F, &a->stories[s]);

    /* ids */
    char day[9];
    day_label(&o, o.day_start, o.day_end, day);
    {
        char **ids = nst ? xmalloc(nst * sizeof *ids) : NULL;
        for (size_t s = 0; s < nst; s++)
            ids[s] = story_id(day, a->articles[earliest_article(&a->stories[s])].item);
        make_ids_unique(ids, nst);
        for (size_t s = 0; s < nst; s++)
            a->stories[s].id = ids[s];
        free(ids);
    }

    /* earlier days */
    prior_match *pm = nst ? xcalloc(nst, sizeof *pm) : NULL;
    for (size_t s = 0; s < nst; s++)
        pm[s].story = -1;
    if (st && nst) {
        prior_set prior;
        if (load_prior(st, &o, fc, &prior, err) != 0) {
            log_warn("analysis: earlier days not used: %s", sd_err_msg(err));
            sd_err_clear(err);
        } else {
            match_prior(&F, story_of, nst, &prior, pm);
            for (size_t s = 0; s < nst; s++)
                if (pm[s].story >= 0)
                    a->stories[s].continues = xstrdup(prior.stories[pm[s].story].id);
            prior_free(&prior);
        }
    }

    rank_input ri = {pm, o.day_start, o.day_end};
    for (size_t s = 0; s < nst; s++)
        rank_story(a, &F, &a->stories[s], &pm[s], &ri);

    /* sort stories: score, then id */
    if (nst > 1) {
        order_key *keys = xmalloc(nst * sizeof *keys);
        for (size_t s = 0; s < nst; s++) {
            keys[s].score = a->stories[s].score;
            keys[s].id = a->stories[s].id;
            keys[s].idx = s;
        }
        qsort(keys, nst, sizeof *keys, order_key_cmp);
        size_t *order = xmalloc(nst * sizeof *order);
        for (size_t s = 0; s < nst; s++)
            order[s] = keys[s].idx;
        free(keys);
        story *sorted = xmalloc(nst * sizeof *sorted);
        size_t *where = xmalloc(nst * sizeof *where);
        for (size_t k = 0; k < nst; k++) {
            sorted[k] = a->stories[order[k]];
            where[order[k]] = k;
        }
        free(a->stories);
        a->stories = sorted;
        for (size_t i = 0; i < nitems; i++)
            story_of[i] = where[story_of[i]];
        free(where);
        free(order);
    }
    for (size_t i = 0; i < nitems; i++)
        a->articles[i].story = story_of[i];
    choose_key_points(a, o.key_points);

    free(pm);
    free(story_of);
    features_free(&F);
    feature_ctx_free(fc);
    lexicon_free(lex);
    *out = a;
    return 0;
}

int analyze_day(store *st, const analyze_opts *opts, day_analysis **out, sd_err *err)
{
    *out = NULL;
    if (!st || !opts)
        return sd_err_set(err, "analysis needs a store and options");
    store_item *items = NULL;
    size_t n = 0;
    if (store_items_between(st, opts->day_start, opts->day_end, &items, &n, err) != 0)
        return -1;
    return analyze_items(st, opts, items, n, out, err);
}
