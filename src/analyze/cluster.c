/*
 * cluster: reports of the same event, across sources and languages, merged
 * into stories -- without comparing all pairs.
 *
 * Candidate pairs come from cheap sources, each a radix sort of (key,
 * article) entries into groups:
 *   - LSH: the MinHash sketch cut into LSH_BANDS bands of LSH_ROWS values;
 *     articles sharing a band are candidates (near-duplicates and reports
 *     written from one press release);
 *   - anchors: articles sharing an anchor (a CVE id, an organisation, a
 *     katakana name, an amount in a title or lead...).  An anchor carried by
 *     more than CAND_DF_MAX articles proposes nothing: "Microsoft" alone is
 *     no story;
 *   - the canonical link, the exact normalised title + lead, and the title
 *     skeleton (the title without bracketed parts and punctuation).
 * A group of up to CAND_ALL articles proposes all its pairs; a bigger one (a
 * feed repeating an item a thousand times) proposes a star on its first
 * member plus the chain of consecutive members, so its cost is linear.
 *
 * Each candidate pair gets a score in [0, 1] (pair_score_sets), and pairs
 * at or above MERGE_MIN are merged strongest first (ties by article index)
 * with union-find.  Guard against chaining (A~B, B~C, A and C unrelated):
 * two clusters of more than two articles together merge only when a sample
 * of their cross pairs (up to SUPPORT_SAMPLE members of each side) averages
 * at least SUPPORT_MIN, so one bridging pair cannot glue two stories.
 *
 * Pair score:
 *   text    = clamp((J - 0.08) / 0.30, 0, 1), J the MinHash Jaccard estimate
 *             of the title + lead shingles left after boilerplate (features.c),
 *             scaled down below TEXT_MIN_SHINGLES shingles;
 *   cover   = geometric mean over both articles of the share (by weight) of
 *             its title/lead anchors found anywhere in the other article
 *             (title anchors weigh 1.5x; COVER_PRIOR is added to each total,
 *             so that one shared name between two thin articles is no proof);
 *   anch    = cover * (0.4 + 0.6 * min(1, shared / 5)), shared the summed
 *             weight of the anchors both carry; 0 when shared < 1.2;
 *   subject: a name of a subject kind (organisation, product, identifier,
 *             quoted or Latin name -- not an actor, a vendor, a place) in
 *             at most SUBJECT_DF_MAX feeds, in one title and the other's
 *             title or lead, with no other such name in either title:
 *             anch >= SUBJECT_SCORE; a CVE id in one title and the other's
 *             title or lead: anch >= CVE_SCORE;
 *   conflict: both titles name a subject of their own that the other never
 *             mentions (two victims of one actor): anch and text x 0.5; only
 *             one title does: text x 0.7;
 *   J below TEXT_ALONE_J and shared anchors weighing less than 1: text x 0.5
 *             (a shared template is not a shared event);
 *   score   = 1 - (1 - text)(1 - anch)  (either kind of evidence suffices,
 *             both together are stronger);
 *   both name CVE ids and share none: score x 0.3 (two flaws of one vendor
 *             are two stories);
 *   the same title skeleton: score >= 0.85; the same canonical link from
 *             two different feeds: score >= 0.9.
 * Weights of anchors: features.c (kind weight x rarity in feeds).
 */
#include "analyze/analyze_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define CAND_ALL 12       /* groups up to this size propose all pairs */
#define CAND_DF_MAX 200   /* anchors on more articles propose nothing */
#define MERGE_MIN 0.50
#define SUPPORT_MIN 0.30
#define SUPPORT_SAMPLE 6
#define CONTINUE_MIN 0.30 /* a story continues an earlier one from this pair score */
#define SUBJECT_DF_MAX 8  /* a name in more feeds is no story's own subject */
#define SUBJECT_SCORE 0.60
#define TEXT_MIN_SHINGLES 12
#define TEXT_ALONE_J 0.5
#define COVER_PRIOR 0.5
#define CVE_SCORE 0.70

/* Kinds that name what a report is about: an organisation, a product, an
 * identifier -- not an actor (one actor, many victims), a vendor (one
 * vendor, many flaws), a place, an amount or a date. */
static int subject_kind(int k)
{
    /* not ANC_KANA: a katakana word outside the lexicon is as often a
     * generic word (エネルギー) as a name */
    return k == ANC_NAME || k == ANC_ORG || k == ANC_GOV || k == ANC_DOMAIN || k == ANC_IDENT ||
           k == ANC_LATIN || k == ANC_PRODUCT;
}

/* ---- sorting (key, index) entries: LSD radix sort, stable ---- */

typedef struct kv {
    uint64_t key;
    uint32_t idx;
    uint32_t aux;
} kv;

/* LSD radix sort on the 64-bit key, six passes of 11 bits; stable, so
 * entries with equal keys keep their (article) order. */
#define RADIX_BITS 11
#define RADIX_SIZE (1u << RADIX_BITS)

static void radix_sort_kv(kv *a, size_t n)
{
    if (n < 2)
        return;
    if (n < 64) {
        for (size_t i = 1; i < n; i++) {
            kv x = a[i];
            size_t j = i;
            while (j > 0 && a[j - 1].key > x.key) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
        return;
    }
    kv *tmp = xmalloc(n * sizeof *tmp);
    size_t cnt[RADIX_SIZE];
    kv *src = a, *dst = tmp;
    for (unsigned shift = 0; shift < 64; shift += RADIX_BITS) {
        memset(cnt, 0, sizeof cnt);
        for (size_t i = 0; i < n; i++)
            cnt[(src[i].key >> shift) & (RADIX_SIZE - 1)]++;
        size_t sum = 0;
        for (size_t b = 0; b < RADIX_SIZE; b++) {
            size_t c = cnt[b];
            cnt[b] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++)
            dst[cnt[(src[i].key >> shift) & (RADIX_SIZE - 1)]++] = src[i];
        kv *t = src;
        src = dst;
        dst = t;
    }
    /* six passes: the result is back in `a` */
    free(tmp);
}

static void radix_sort_u64(uint64_t *a, size_t n)
{
    if (n < 2)
        return;
    uint64_t *tmp = xmalloc(n * sizeof *tmp);
    size_t cnt[RADIX_SIZE];
    uint64_t *src = a, *dst = tmp;
    for (unsigned shift = 0; shift < 64; shift += RADIX_BITS) {
        memset(cnt, 0, sizeof cnt);
        for (size_t i = 0; i < n; i++)
            cnt[(src[i] >> shift) & (RADIX_SIZE - 1)]++;
        size_t sum = 0;
        for (size_t b = 0; b < RADIX_SIZE; b++) {
            size_t c = cnt[b];
            cnt[b] = sum;
            sum += c;
        }
        for (size_t i = 0; i < n; i++)
            dst[cnt[(src[i] >> shift) & (RADIX_SIZE - 1)]++] = src[i];
        uint64_t *t = src;
        src = dst;
        dst = t;
    }
    free(tmp);
}

/* ---- pair score ---- */

double sketch_jaccard(const uint32_t *a, const uint32_t *b)
{
    int same = 0;
    for (int k = 0; k < MH_K; k++)
        same += a[k] == b[k];
    return (double)same / MH_K;
}

static double title_factor(const anchor *x) { return (x->where & ANC_IN_TITLE) ? 1.5 : 1.0; }

static double pair_score_sets(const afeat *A, const anchor *aa, const afeat *B, const anchor *bb,
                              pair_eval *ev)
{
    pair_eval e;
    memset(&e, 0, sizeof e);
    double J = 0;
    if (A->nshingles > 0 && B->nshingles > 0)
        J = sketch_jaccard(A->sig, B->sig);
    e.jaccard = J;

    double shared = 0, numA = 0, denA = 0, numB = 0, denB = 0;
    int cveA = 0, cveB = 0, cve_shared = 0;
    int subject = 0, cve_head = 0;         /* a rare name (a CVE id) in a title and the other's head */
    int subjA = 0, subjB = 0;              /* each has a rare name of its own in its title */
    size_t i = 0, j = 0;
    while (i < A->nanc || j < B->nanc) {
        const anchor *x = i < A->nanc ? &aa[i] : NULL;
        const anchor *y = j < B->nanc ? &bb[j] : NULL;
        if (x && y && x->key == y->key) {
            double w = x->w < y->w ? x->w : y->w;
            int head = (x->where | y->where) & ANC_IN_HEAD;
            shared += head ? w : 0.5 * w;
            if (x->where & ANC_IN_HEAD) {
                numA += x->w * title_factor(x);
                denA += x->w * title_factor(x);
            }
            if (y->where & ANC_IN_HEAD) {
                numB += y->w * title_factor(y);
                denB += y->w * title_factor(y);
            }
            if (x->kind == ANC_CVE || y->kind == ANC_CVE) {
                cve_shared = 1;
                cveA = cveB = 1;
            }
            int title_head = ((x->where & ANC_IN_TITLE) && (y->where & ANC_IN_HEAD)) ||
                             ((y->where & ANC_IN_TITLE) && (x->where & ANC_IN_HEAD));
            if (title_head && x->dff <= SUBJECT_DF_MAX) {
                if (subject_kind(x->kind) && subject_kind(y->kind))
                    subject = 1;
                if (x->kind == ANC_CVE)
                    cve_head = 1;
            }
            i++;
            j++;
        } else if (x && (!y || x->key < y->key)) {
            if (x->where & ANC_IN_HEAD)
                denA += x->w * title_factor(x);
            if (x->kind == ANC_CVE)
                cveA = 1;
            if ((x->where & ANC_IN_TITLE) && subject_kind(x->kind) && x->dff <= SUBJECT_DF_MAX)
                subjA = 1;
            i++;
        } else {
            if (y->where & ANC_IN_HEAD)
                denB += y->w * title_factor(y);
            if (y->kind == ANC_CVE)
                cveB = 1;
            if ((y->where & ANC_IN_TITLE) && subject_kind(y->kind) && y->dff <= SUBJECT_DF_MAX)
                subjB = 1;
            j++;
        }
    }
    /* COVER_PRIOR: as if each article had one more anchor the other lacks, so
     * that one shared name between two thin articles is not "everything" */
    double covA = numA / (denA + COVER_PRIOR);
    double covB = numB / (denB + COVER_PRIOR);
    double cover = sqrt(covA * covB);
    double anch = shared >= 1.2 ? cover * (0.4 + 0.6 * fmin(1.0, shared / 5.0)) : 0;
    /* Both titles name a subject of their own that the other never mentions:
     * two victims of one actor, two products of one vendor. */
    int conflict = subjA && subjB && !subject;
    if (conflict)
        anch *= 0.5;
    else if (subject && !subjA && !subjB)
        anch = fmax(anch, SUBJECT_SCORE);
    if (cve_head && !conflict)
        anch = fmax(anch, CVE_SCORE);
    double text = fmin(1.0, fmax(0.0, (J - 0.08) / 0.30));
    /* a sketch of a handful of shingles says little */
    uint32_t nmin = A->nshingles < B->nshingles ? A->nshingles : B->nshingles;
    if (nmin < TEXT_MIN_SHINGLES)
        text *= (double)nmin / TEXT_MIN_SHINGLES;
    /* with two different subjects, similar wording is a shared template
     * (〇〇製品における複数の脆弱性), not a shared event */
    if (conflict)
        text *= 0.5;
    else if (subjA != subjB && !subject)
        text *= 0.7; /* one title names a subject the other article never mentions */
    /* below near-duplicate level, similar wording needs a shared name or number */
    if (J < TEXT_ALONE_J && shared < 1.0)
        text *= 0.5;
    double s = 1.0 - (1.0 - text) * (1.0 - anch);
    if (cveA && cveB && !cve_shared) {
        e.cve_conflict = 1;
        s *= 0.3;
    }
    if (A->skeleton && A->skeleton == B->skeleton && !e.cve_conflict && s < 0.85)
        s = 0.85; /* the same title, give or take an update marker */
    if (A->link_hash && A->link_hash == B->link_hash && A->feed_id != B->feed_id) {
        e.same_link = 1;
        if (s < 0.9)
            s = 0.9;
    }
    e.anchor = anch;
    e.shared_w = shared;
    e.subject = subject;
    e.own_subject_a = subjA;
    e.own_subject_b = subjB;
    e.cve_head = cve_head;
    e.cover = cover;
    e.score = s;
    if (ev)
        *ev = e;
    return s;
}

double pair_score(const features *F, size_t i, size_t j, pair_eval *ev)
{
    const afeat *A = &F->a[i], *B = &F->a[j];
    return pair_score_sets(A, F->anchors + A->anc_off, B, F->anchors + B->anc_off, ev);
}

/* ---- candidates ---- */

typedef struct pairvec {
    uint64_t *p;
    size_t n, cap;
} pairvec;

static void pv_add(pairvec *v, uint32_t i, uint32_t j)
{
    if (i == j)
        return;
    if (i > j) {
        uint32_t t = i;
        i = j;
        j = t;
    }
    v->p = xgrow(v->p, &v->cap, v->n + 1, sizeof *v->p);
    v->p[v->n++] = ((uint64_t)i << 32) | j;
}

/* Propose pairs within each group of equal keys (entries sorted by key, then index). */
static void propose_groups(const kv *e, size_t n, size_t df_max, pairvec *out)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && e[j].key == e[i].key)
            j++;
        size_t m = j - i;
        if (m >= 2 && m <= df_max) {
            if (m <= CAND_ALL) {
                for (size_t a = i; a < j; a++)
                    for (size_t b = a + 1; b < j; b++)
                        pv_add(out, e[a].idx, e[b].idx);
            } else {
                for (size_t a = i + 1; a < j; a++) {
                    pv_add(out, e[i].idx, e[a].idx);
                    pv_add(out, e[a - 1].idx, e[a].idx);
                }
            }
        }
        i = j;
    }
}

static int anchor_proposes(const anchor *x)
{
    if (x->kind == ANC_PLACE || x->kind == ANC_DATE)
        return 0;
    if (x->kind == ANC_AMOUNT || x->kind == ANC_LATIN || x->kind == ANC_KANA || x->kind == ANC_VENDOR ||
        x->kind == ANC_GOV)
        return (x->where & ANC_IN_HEAD) != 0;
    return 1;
}

static void candidates(const features *F, pairvec *out)
{
    size_t n = F->n;
    /* LSH bands */
    kv *e = xmalloc((n * LSH_BANDS + 1) * sizeof *e);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        const afeat *a = &F->a[i];
        if (a->nshingles == 0)
            continue;
        for (int b = 0; b < LSH_BANDS; b++) {
            uint64_t h = an_hash(&a->sig[b * LSH_ROWS], LSH_ROWS * sizeof(uint32_t), (uint64_t)b + 1);
            e[m].key = h;
            e[m].idx = (uint32_t)i;
            e[m].aux = 0;
            m++;
        }
    }
    radix_sort_kv(e, m);
    propose_groups(e, m, SIZE_MAX, out);
    free(e);

    /* anchors */
    size_t cap = F->nanchors + 1;
    e = xmalloc(cap * sizeof *e);
    m = 0;
    for (size_t i = 0; i < n; i++) {
        const afeat *a = &F->a[i];
        const anchor *an = F->anchors + a->anc_off;
        for (uint32_t k = 0; k < a->nanc; k++) {
            if (an[k].df < 2 || !anchor_proposes(&an[k]))
                continue;
            e[m].key = an[k].key;
            e[m].idx = (uint32_t)i;
            e[m].aux = 0;
            m++;
        }
    }
    radix_sort_kv(e, m);
    propose_groups(e, m, CAND_DF_MAX, out);
    free(e);

    /* links and exact text */
    e = xmalloc((2 * n + 1) * sizeof *e);
    m = 0;
    for (size_t i = 0; i < n; i++) {
        if (F->a[i].link_hash) {
            e[m].key = F->a[i].link_hash;
            e[m].idx = (uint32_t)i;
            m++;
        }
    }
    radix_sort_kv(e, m);
    propose_groups(e, m, SIZE_MAX, out);
    m = 0;
    for (size_t i = 0; i < n; i++) {
        e[m].key = F->a[i].text_hash;
        e[m].idx = (uint32_t)i;
        m++;
    }
    radix_sort_kv(e, m);
    propose_groups(e, m, SIZE_MAX, out);
    m = 0;
    for (size_t i = 0; i < n; i++) {
        if (!F->a[i].skeleton)
            continue;
        e[m].key = F->a[i].skeleton;
        e[m].idx = (uint32_t)i;
        m++;
    }
    radix_sort_kv(e, m);
    propose_groups(e, m, SIZE_MAX, out);
    free(e);

    radix_sort_u64(out->p, out->n);
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++)
        if (w == 0 || out->p[w - 1] != out->p[i])
            out->p[w++] = out->p[i];
    out->n = w;
}

/* ---- union-find with member lists ---- */

typedef struct uf {
    uint32_t *parent, *size, *next, *tail;
} uf;

static uint32_t uf_find(uf *u, uint32_t x)
{
    while (u->parent[x] != x) {
        u->parent[x] = u->parent[u->parent[x]];
        x = u->parent[x];
    }
    return x;
}

static void uf_union(uf *u, uint32_t a, uint32_t b)
{
    /* the root with the smaller index stays root: determinism */
    if (b < a) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    u->parent[b] = a;
    u->size[a] += u->size[b];
    u->next[u->tail[a]] = b;
    u->tail[a] = u->tail[b];
}

static size_t members(const uf *u, uint32_t root, uint32_t *out, size_t max)
{
    size_t n = 0;
    uint32_t x = root;
    while (n < max) {
        out[n++] = x;
        if (x == u->tail[root])
            break;
        x = u->next[x];
    }
    return n;
}

typedef struct scored_pair {
    double s;
    uint32_t i, j;
} scored_pair;

static int scored_cmp(const void *x, const void *y)
{
    const scored_pair *a = x, *b = y;
    if (a->s != b->s)
        return a->s > b->s ? -1 : 1;
    if (a->i != b->i)
        return a->i < b->i ? -1 : 1;
    return a->j < b->j ? -1 : a->j > b->j;
}

size_t cluster_articles(const features *F, size_t *story_of)
{
    size_t n = F->n;
    if (n == 0)
        return 0;
    pairvec pv = {0};
    candidates(F, &pv);

    scored_pair *sp = pv.n ? xmalloc(pv.n * sizeof *sp) : NULL;
    size_t ns = 0;
    for (size_t k = 0; k < pv.n; k++) {
        uint32_t i = (uint32_t)(pv.p[k] >> 32), j = (uint32_t)pv.p[k];
        double s = pair_score(F, i, j, NULL);
        if (s >= MERGE_MIN) {
            sp[ns].s = s;
            sp[ns].i = i;
            sp[ns].j = j;
            ns++;
        }
    }
    free(pv.p);
    if (ns > 1)
        qsort(sp, ns, sizeof *sp, scored_cmp);

    uf u;
    u.parent = xmalloc(n * sizeof *u.parent);
    u.size = xmalloc(n * sizeof *u.size);
    u.next = xmalloc(n * sizeof *u.next);
    u.tail = xmalloc(n * sizeof *u.tail);
    for (size_t i = 0; i < n; i++) {
        u.parent[i] = u.next[i] = u.tail[i] = (uint32_t)i;
        u.size[i] = 1;
    }
    for (size_t k = 0; k < ns; k++) {
        uint32_t ra = uf_find(&u, sp[k].i), rb = uf_find(&u, sp[k].j);
        if (ra == rb)
            continue;
        if (u.size[ra] + u.size[rb] > 2) {
            uint32_t ma[SUPPORT_SAMPLE], mb[SUPPORT_SAMPLE];
            size_t na = members(&u, ra, ma, SUPPORT_SAMPLE), nb = members(&u, rb, mb, SUPPORT_SAMPLE);
            double sum = 0;
            for (size_t x = 0; x < na; x++)
                for (size_t y = 0; y < nb; y++)
                    sum += pair_score(F, ma[x], mb[y], NULL);
            if (sum / (double)(na * nb) < SUPPORT_MIN)
                continue;
        }
        uf_union(&u, ra, rb);
    }
    free(sp);

    /* dense story numbers in order of each story's smallest article index */
    size_t *num = xmalloc(n * sizeof *num);
    for (size_t i = 0; i < n; i++)
        num[i] = SIZE_MAX;
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t r = uf_find(&u, (uint32_t)i);
        if (num[r] == SIZE_MAX)
            num[r] = count++;
        story_of[i] = num[r];
    }
    free(num);
    free(u.parent);
    free(u.size);
    free(u.next);
    free(u.tail);
    return count;
}

/* ---- earlier days ---- */

/*
 * A story of today continues an earlier story when one of its articles and
 * one of the earlier story's articles score at least CONTINUE_MIN and share
 * a title/lead anchor that names something (not a place or an amount).
 * Among several, the best summed score wins, then the most recent day, then
 * the smaller id.
 */
static int shares_named_head_anchor(const afeat *A, const anchor *aa, const afeat *B, const anchor *bb)
{
    size_t i = 0, j = 0;
    while (i < A->nanc && j < B->nanc) {
        if (aa[i].key == bb[j].key) {
            int k = aa[i].kind;
            if (((aa[i].where | bb[j].where) & ANC_IN_HEAD) && k != ANC_PLACE && k != ANC_AMOUNT &&
                k != ANC_GOV)
                return 1;
            i++;
            j++;
        } else if (aa[i].key < bb[j].key) {
            i++;
        } else {
            j++;
        }
    }
    return 0;
}

/* Anchors of `A` that name a fact (CVE, amount, actor, identifier) absent from every article of the earlier story. */
static int new_fact_anchors(const afeat *A, const anchor *aa, const features *P, const size_t *arts, size_t narts)
{
    int count = 0;
    for (uint32_t k = 0; k < A->nanc; k++) {
        const anchor *x = &aa[k];
        if (!(x->where & ANC_IN_HEAD))
            continue;
        if (x->kind != ANC_CVE && x->kind != ANC_AMOUNT && x->kind != ANC_ACTOR && x->kind != ANC_IDENT &&
            x->kind != ANC_PRODUCT)
            continue;
        int found = 0;
        for (size_t p = 0; p < narts && !found; p++) {
            const afeat *B = &P->a[arts[p]];
            const anchor *bb = P->anchors + B->anc_off;
            size_t lo = 0, hi = B->nanc;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (bb[mid].key < x->key)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            found = lo < B->nanc && bb[lo].key == x->key;
        }
        count += !found;
    }
    return count;
}

typedef struct hit {
    size_t ts, ps;
    double sum;
    double best_j;
} hit;

static int hit_cmp(const void *x, const void *y)
{
    const hit *a = x, *b = y;
    if (a->ts != b->ts)
        return a->ts < b->ts ? -1 : 1;
    if (a->ps != b->ps)
        return a->ps < b->ps ? -1 : 1;
    return a->sum > b->sum ? -1 : a->sum < b->sum;
}

/* Articles listed story by story: list[off[s] .. off[s+1]) are story s's, in index order. */
static void group_by_story(const size_t *story_of, size_t n, size_t nstories, size_t **off_out, size_t **list_out)
{
    size_t *off = xcalloc(nstories + 2, sizeof *off);
    size_t *list = xmalloc((n + 1) * sizeof *list);
    for (size_t i = 0; i < n; i++)
        off[story_of[i] + 1]++;
    for (size_t s = 0; s < nstories; s++)
        off[s + 1] += off[s];
    size_t *fill = xmalloc((nstories + 1) * sizeof *fill);
    memcpy(fill, off, (nstories + 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++)
        list[fill[story_of[i]]++] = i;
    free(fill);
    *off_out = off;
    *list_out = list;
}

void match_prior(const features *T, const size_t *story_of, size_t nstories, const prior_set *prior,
                 prior_match *out)
{
    for (size_t s = 0; s < nstories; s++) {
        out[s].story = -1;
        out[s].score = 0;
        out[s].new_facts = 0;
        out[s].repeated = 0;
    }
    if (!prior || prior->nstories == 0 || T->n == 0)
        return;
    const features *P = &prior->F;
    size_t nt = T->n, np = P->n;

    /* candidate pairs (today, earlier) from shared anchors and LSH bands */
    size_t cap = T->nanchors + P->nanchors + (nt + np) * LSH_BANDS + 1;
    kv *e = xmalloc(cap * sizeof *e);
    size_t m = 0;
    for (int side = 0; side < 2; side++) {
        const features *X = side ? P : T;
        for (size_t i = 0; i < X->n; i++) {
            const afeat *a = &X->a[i];
            const anchor *an = X->anchors + a->anc_off;
            for (uint32_t k = 0; k < a->nanc; k++) {
                if (!anchor_proposes(&an[k]) || !(an[k].where & ANC_IN_HEAD))
                    continue;
                e[m].key = an[k].key;
                e[m].idx = (uint32_t)i;
                e[m].aux = (uint32_t)side;
                m++;
            }
            if (a->nshingles == 0)
                continue;
            for (int b = 0; b < LSH_BANDS; b++) {
                e[m].key = an_hash(&a->sig[b * LSH_ROWS], LSH_ROWS * sizeof(uint32_t), (uint64_t)b + 1);
                e[m].idx = (uint32_t)i;
                e[m].aux = (uint32_t)side;
                m++;
            }
        }
    }
    radix_sort_kv(e, m);
    pairvec pv = {0};
    size_t i = 0;
    while (i < m) {
        size_t j = i;
        while (j < m && e[j].key == e[i].key)
            j++;
        if (j - i <= CAND_DF_MAX) {
            size_t taken = 0;
            for (size_t a = i; a < j; a++) {
                if (e[a].aux != 0)
                    continue;
                for (size_t b = i; b < j && taken < 4 * CAND_ALL * CAND_ALL; b++) {
                    if (e[b].aux != 1)
                        continue;
                    pv.p = xgrow(pv.p, &pv.cap, pv.n + 1, sizeof *pv.p);
                    pv.p[pv.n++] = ((uint64_t)e[a].idx << 32) | e[b].idx;
                    taken++;
                }
            }
        }
        i = j;
    }
    free(e);
    radix_sort_u64(pv.p, pv.n);

    /* per (today story, earlier story): summed score of qualifying pairs */
    hit *hits = NULL;
    size_t nh = 0, hcap = 0;
    for (size_t k = 0; k < pv.n; k++) {
        if (k > 0 && pv.p[k] == pv.p[k - 1])
            continue;
        uint32_t ti = (uint32_t)(pv.p[k] >> 32), pi = (uint32_t)pv.p[k];
        const afeat *A = &T->a[ti], *B = &P->a[pi];
        const anchor *aa = T->anchors + A->anc_off, *bb = P->anchors + B->anc_off;
        pair_eval ev;
        double s = pair_score_sets(A, aa, B, bb, &ev);
        if (s < CONTINUE_MIN || (!shares_named_head_anchor(A, aa, B, bb) && ev.jaccard < 0.5))
            continue;
        hits = xgrow(hits, &hcap, nh + 1, sizeof *hits);
        hits[nh].ts = story_of[ti];
        hits[nh].ps = prior->story_of[pi];
        hits[nh].sum = s;
        hits[nh].best_j = ev.jaccard;
        nh++;
    }
    free(pv.p);
    if (nh > 1)
        qsort(hits, nh, sizeof *hits, hit_cmp);
    size_t a = 0;
    while (a < nh) {
        size_t b = a;
        double best = 0;
        while (b < nh && hits[b].ts == hits[a].ts && hits[b].ps == hits[a].ps) {
            if (hits[b].sum > best)
                best = hits[b].sum;
            b++;
        }
        size_t ts = hits[a].ts, ps = hits[a].ps;
        prior_match *o = &out[ts];
        /* the latest earlier story (a chain of follow-ups links each to the
         * one before), then the best pair, then the smaller id */
        int better = 0;
        if (o->story < 0) {
            better = 1;
        } else {
            const prior_story *cur = &prior->stories[o->story], *cand = &prior->stories[ps];
            if (cand->day_start != cur->day_start)
                better = cand->day_start > cur->day_start;
            else if (fabs(best - o->score) > 1e-9)
                better = best > o->score;
            else
                better = strcmp(cand->id, cur->id) < 0;
        }
        if (better) {
            o->story = (long)ps;
            o->score = best;
        }
        a = b;
    }
    free(hits);

    /* What is new: anchors naming facts (CVE, amount, actor, identifier,
     * product) in today's titles and leads that no article of the earlier
     * story carried.  None: the earlier story repeated without news. */
    size_t *poff = NULL, *plist = NULL, *toff = NULL, *tlist = NULL;
    group_by_story(prior->story_of, np, prior->nstories, &poff, &plist);
    group_by_story(story_of, nt, nstories, &toff, &tlist);
    for (size_t s = 0; s < nstories; s++) {
        if (out[s].story < 0)
            continue;
        size_t ps = (size_t)out[s].story;
        int nf = 0;
        for (size_t k = toff[s]; k < toff[s + 1]; k++) {
            size_t t = tlist[k];
            nf += new_fact_anchors(&T->a[t], T->anchors + T->a[t].anc_off, P, plist + poff[ps],
                                   poff[ps + 1] - poff[ps]);
        }
        out[s].new_facts = nf;
        out[s].repeated = nf == 0;
    }
    free(poff);
    free(plist);
    free(toff);
    free(tlist);
}
