#include "analyze/entities.h"
#include "analyze/analyze_internal.h"

#include "text/normalize.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CANDIDATES 65536
#define MAX_NAMES 512
#define MAX_CVES 1024
#define MAX_AMOUNTS 128
#define MAX_SIGNALS 64
#define MAX_SCORES 256
#define MAX_FORM_ORGS 256

/* ---- small helpers on the folded text ------------------------------------------------ */

typedef struct span {
    size_t a, b; /* folded offsets */
    int japan;   /* the lexicon name there is a Japan signal */
} span;

typedef struct score_at {
    double value;
    size_t at; /* folded offset of the number */
} score_at;

typedef struct cve_mention {
    size_t at;
    size_t idx;
} cve_mention;

typedef struct form_org {
    size_t a, b;      /* folded span of the whole form (for containment) */
    size_t na, nb;    /* folded span of the name part (tested against lexicon names) */
    size_t da, db;    /* folded span shown as the name */
    enum entity_kind kind;
    int japan;
    int rule;         /* when a lexicon name makes it redundant: enum form_rule */
} form_org;

enum form_rule {
    FORM_ANY_OVERLAP,   /* X社, X Inc.: the lexicon's X is the same organisation */
    FORM_JAPAN_OVERLAP, /* 株式会社X: redundant only when the lexicon knows X is Japanese */
    FORM_COVERED,       /* 大阪府堺市, 東京都立大学: only when a lexicon name covers all of it */
};

typedef struct ctx {
    const lexicon *lex;
    const char *orig;
    size_t olen;
    const char *s; /* folded */
    size_t len;
    const size_t *src;
    entities *out;

    lexicon_match *cand;
    size_t ncand, cand_cap;
    uint32_t *seen_kw;
    size_t nseen_kw, seen_kw_cap;
    span *lex_spans; /* accepted lexicon name spans, in order */
    size_t nlex_spans, lex_spans_cap;
    cve_mention *mentions;
    size_t nmentions, mentions_cap;
    score_at *scores;
    size_t nscores, scores_cap;
    form_org *forms;
    size_t nforms, forms_cap;
} ctx;

static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Length of `lit` when s[i..] starts with it, else 0. */
static size_t lit_at(const ctx *c, size_t i, const char *lit)
{
    if (i >= c->len || c->s[i] != lit[0])
        return 0;
    size_t n = strlen(lit);
    return (i <= c->len && c->len - i >= n && memcmp(c->s + i, lit, n) == 0) ? n : 0;
}

/* As lit_at, and the literal must not run on into a letter or digit. */
static size_t word_at(const ctx *c, size_t i, const char *lit)
{
    size_t n = lit_at(c, i, lit);
    if (n && i + n < c->len && is_alnum((unsigned char)c->s[i + n]))
        return 0;
    return n;
}

/* s[..i) ends with lit? */
static size_t lit_before(const ctx *c, size_t i, const char *lit)
{
    size_t n = strlen(lit);
    return (i >= n && memcmp(c->s + i - n, lit, n) == 0) ? n : 0;
}

static int32_t cp_at(const ctx *c, size_t i, size_t *cl)
{
    int32_t cp;
    size_t n = an_utf8_decode(c->s, c->len, i, &cp);
    if (cl)
        *cl = n;
    return cp;
}

static int32_t cp_before(const ctx *c, size_t i, size_t *at)
{
    size_t p = text_utf8_char_start(c->s, c->len, i - 1);
    if (at)
        *at = p;
    return cp_at(c, p, NULL);
}

/* First occurrence of lit in folded [from, to), or NULL. */
static const char *find_in(const ctx *c, size_t from, size_t to, const char *lit)
{
    size_t n = strlen(lit);
    if (to > c->len)
        to = c->len;
    if (from >= to || to - from < n)
        return NULL;
    const char *h = c->s + from, *end = c->s + to - n + 1;
    while (h < end) {
        const char *q = memchr(h, lit[0], (size_t)(end - h));
        if (!q)
            return NULL;
        if (memcmp(q, lit, n) == 0)
            return q;
        h = q + 1;
    }
    return NULL;
}

/* Input span of folded [a, b). */
static void orig_span(const ctx *c, size_t a, size_t b, size_t *off, size_t *len)
{
    size_t oa = c->src[a], ob = c->src[b];
    if (ob < oa)
        ob = oa;
    *off = oa;
    *len = ob - oa;
}

/* A sentence or clause boundary at folded offset i (for "nearby" tests). */
static int boundary_at(const ctx *c, size_t i)
{
    unsigned char ch = (unsigned char)c->s[i];
    if (ch == '\n' || ch == '!' || ch == '?')
        return 1;
    if (ch == '.' && (i + 1 >= c->len || c->s[i + 1] == ' ' || c->s[i + 1] == '\n') &&
        !(i > 0 && is_digit((unsigned char)c->s[i - 1]) && i + 2 < c->len && is_digit((unsigned char)c->s[i + 2])))
        return 1;
    return ch == 0xE3 && i + 2 < c->len && (unsigned char)c->s[i + 1] == 0x80 && (unsigned char)c->s[i + 2] == 0x82;
}

static int same_sentence(const ctx *c, size_t a, size_t b)
{
    if (a > b) {
        size_t t = a;
        a = b;
        b = t;
    }
    if (b - a > 600)
        return 0;
    for (size_t i = a; i < b; i++)
        if (boundary_at(c, i))
            return 0;
    return 1;
}

/* ---- results ------------------------------------------------------------------------ */

entities *entities_create(void) { return xcalloc(1, sizeof(entities)); }

void entities_clear(entities *e)
{
    for (size_t i = 0; i < e->ncves; i++)
        free(e->cves[i].id);
    for (size_t i = 0; i < e->nnames; i++)
        free(e->names[i].name);
    for (size_t i = 0; i < e->ncategories; i++)
        free(e->categories[i].id);
    e->ncves = e->nnames = e->namounts = e->nsignals = e->ncategories = 0;
    e->cvss_max = 0;
    e->exploited = e->exploitation_denied = e->zero_day = e->kev = e->ransomware = 0;
    e->japan_signals = 0;
    e->japan_score = 0;
    e->truncated = 0;
}

void entities_free(entities *e)
{
    if (!e)
        return;
    entities_clear(e);
    free(e->cves);
    free(e->names);
    free(e->amounts);
    free(e->signals);
    free(e->categories);
    free(e);
}

const char *entity_kind_name(enum entity_kind kind)
{
    static const char *const names[ENTITY_KIND_COUNT] = {
        "vendor", "product", "actor", "malware", "ransomware", "name",
        "org",    "gov",     "place", "domain",  "word"};
    return (unsigned)kind < ENTITY_KIND_COUNT ? names[kind] : "unknown";
}

const char *amount_unit_name(enum amount_unit unit)
{
    static const char *const names[AMOUNT_UNIT_COUNT] = {
        "records", "people", "accounts", "organizations", "devices",
        "vulnerabilities", "bytes", "USD", "JPY", "EUR"};
    return (unsigned)unit < AMOUNT_UNIT_COUNT ? names[unit] : "unknown";
}

double entities_largest(const entities *e, enum amount_unit unit)
{
    double best = 0;
    for (size_t i = 0; e && i < e->namounts; i++)
        if (e->amounts[i].unit == unit && e->amounts[i].value > best)
            best = e->amounts[i].value;
    return best;
}

const entity_name *entities_first_of(const entities *e, enum entity_kind kind)
{
    for (size_t i = 0; e && i < e->nnames; i++)
        if (e->names[i].kind == kind)
            return &e->names[i];
    return NULL;
}

static entity_name *add_name(ctx *c, const char *name, enum entity_kind kind, int japan, int32_t entry,
                             size_t fa, size_t fb)
{
    entities *o = c->out;
    for (size_t i = 0; i < o->nnames; i++) {
        entity_name *n = &o->names[i];
        if (n->kind == kind && (entry >= 0 ? n->entry == entry : (n->entry < 0 && strcmp(n->name, name) == 0))) {
            n->count++;
            size_t off, len;
            orig_span(c, fa, fb, &off, &len);
            if (off < n->off) {
                n->off = off;
                n->len = len;
            }
            return n;
        }
    }
    if (o->nnames >= MAX_NAMES)
        return NULL;
    o->names = xgrow(o->names, &o->names_cap, o->nnames + 1, sizeof *o->names);
    entity_name *n = &o->names[o->nnames++];
    n->name = xstrdup(name);
    n->kind = kind;
    n->japan = japan;
    n->entry = entry;
    n->count = 1;
    orig_span(c, fa, fb, &n->off, &n->len);
    return n;
}

/* ---- lexicon matches ------------------------------------------------------------------ */

static int in_window_word(const ctx *c, size_t a, size_t b, const char *const *words, size_t nw)
{
    size_t i = a;
    while (i < b) {
        while (i < b && !is_alpha((unsigned char)c->s[i]) && c->s[i] != '\'')
            i++;
        size_t j = i;
        while (j < b && (is_alpha((unsigned char)c->s[j]) || c->s[j] == '\''))
            j++;
        if (j > i) {
            size_t n = j - i;
            if (n >= 3 && memcmp(c->s + j - 3, "n't", 3) == 0)
                return 1;
            for (size_t k = 0; k < nw; k++)
                if (strlen(words[k]) == n && memcmp(words[k], c->s + i, n) == 0)
                    return 1;
        }
        i = j;
    }
    return 0;
}

/* "no evidence ... has been exploited", "is not aware of any active exploitation" */
static int english_negated(const ctx *c, size_t start)
{
    static const char *const neg[] = {"not", "no", "never", "unaware", "nor", "without", "neither"};
    size_t a = start > 80 ? start - 80 : 0;
    for (size_t i = start; i > a; i--) {
        char ch = c->s[i - 1];
        if (ch == ',' || ch == ';' || ch == ':' || boundary_at(c, i - 1)) {
            a = i;
            break;
        }
    }
    return in_window_word(c, a, start, neg, SD_ARRAY_LEN(neg));
}

/* After a Japanese exploitation phrase: 1 reported, 0 conditional (悪用された場合), -1 denied. */
static int japanese_exploitation(const ctx *c, size_t end)
{
    size_t b = end;
    size_t limit = end + 45 < c->len ? end + 45 : c->len;
    while (b < limit) {
        size_t cl;
        int32_t cp = cp_at(c, b, &cl);
        if (cp == 0x3002 || cp == 0x3001 || cp == '!' || cp == '?' || cp == '\n' || cp == ',')
            break;
        b += cl;
    }
    static const char *const conditional_start[] = {"とき", "時", "際", "ら", "恐れ", "おそれ", "可能性", "危険"};
    for (size_t k = 0; k < SD_ARRAY_LEN(conditional_start); k++)
        if (lit_at(c, end, conditional_start[k]))
            return 0;
    if (find_in(c, end, end + 9 + strlen("場合"), "場合"))
        return 0;
    static const char *const negation[] = {"ない", "ません", "なし", "無し", "未確認", "ず"};
    for (size_t k = 0; k < SD_ARRAY_LEN(negation); k++) {
        if (find_in(c, end, b, negation[k]))
            return -1;
    }
    return 1;
}

static void signal_hit(ctx *c, const lexicon_match *m, const lexicon_entry *e)
{
    entities *o = c->out;
    enum entity_signal_kind kind;
    int negated = 0;
    switch ((enum lexicon_signal)e->signal) {
    case LEX_SIG_EXPLOITED_EN:
        kind = SIGNAL_EXPLOITED;
        negated = english_negated(c, m->off);
        break;
    case LEX_SIG_EXPLOITED_JA: {
        kind = SIGNAL_EXPLOITED;
        int r = japanese_exploitation(c, m->off + m->len);
        if (r == 0)
            return;
        negated = r < 0;
        break;
    }
    case LEX_SIG_ZERO_DAY:
        kind = SIGNAL_ZERO_DAY;
        break;
    case LEX_SIG_KEV:
        kind = SIGNAL_KEV;
        break;
    case LEX_SIG_RANSOMWARE:
        kind = SIGNAL_RANSOMWARE;
        break;
    default:
        return;
    }
    size_t off, len;
    orig_span(c, m->off, m->off + m->len, &off, &len);
    /* Overlapping phrases of one kind ("has been exploited in the wild") count once. */
    for (size_t i = 0; i < o->nsignals; i++) {
        entity_signal *s = &o->signals[i];
        if (s->kind == kind && off < s->off + s->len && s->off < off + len) {
            if (negated)
                s->negated = 1;
            return;
        }
    }
    if (o->nsignals >= MAX_SIGNALS)
        return;
    o->signals = xgrow(o->signals, &o->signals_cap, o->nsignals + 1, sizeof *o->signals);
    entity_signal *s = &o->signals[o->nsignals++];
    s->kind = kind;
    s->negated = negated;
    s->off = off;
    s->len = len;
}

static void category_hit(ctx *c, const lexicon_match *m, const lexicon_entry *e)
{
    entities *o = c->out;
    const char *id = lexicon_category_name(c->lex, e->category);
    if (!id)
        return;
    entity_category *cat = NULL;
    for (size_t i = 0; i < o->ncategories; i++)
        if (strcmp(o->categories[i].id, id) == 0)
            cat = &o->categories[i];
    if (!cat) {
        o->categories = xgrow(o->categories, &o->categories_cap, o->ncategories + 1, sizeof *o->categories);
        cat = &o->categories[o->ncategories++];
        cat->id = xstrdup(id);
        cat->score = 0;
        cat->hits = 0;
    }
    cat->hits++;
    for (size_t i = 0; i < c->nseen_kw; i++)
        if (c->seen_kw[i] == m->entry)
            return;
    c->seen_kw = xgrow(c->seen_kw, &c->seen_kw_cap, c->nseen_kw + 1, sizeof *c->seen_kw);
    c->seen_kw[c->nseen_kw++] = m->entry;
    cat->score += e->weight;
}

static int on_match(const lexicon_match *m, void *vctx)
{
    ctx *c = vctx;
    const lexicon_entry *e = lexicon_entry_get(c->lex, m->entry);
    if (!e)
        return 0;
    if (e->kind == LEX_CATEGORY) {
        category_hit(c, m, e);
    } else if (e->kind == LEX_SIGNAL) {
        signal_hit(c, m, e);
    } else if (c->ncand < MAX_CANDIDATES) {
        c->cand = xgrow(c->cand, &c->cand_cap, c->ncand + 1, sizeof *c->cand);
        c->cand[c->ncand++] = *m;
    }
    return 0;
}

static int cand_cmp(const void *x, const void *y)
{
    const lexicon_match *a = x, *b = y;
    if (a->off != b->off)
        return a->off < b->off ? -1 : 1;
    if (a->len != b->len)
        return a->len > b->len ? -1 : 1;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static int entity_kind_of(enum lexicon_kind k, int *japan)
{
    *japan = 0;
    switch (k) {
    case LEX_ACTOR: return ENTITY_ACTOR;
    case LEX_MALWARE: return ENTITY_MALWARE;
    case LEX_RANSOMWARE: return ENTITY_RANSOMWARE;
    case LEX_VENDOR: return ENTITY_VENDOR;
    case LEX_PRODUCT: return ENTITY_PRODUCT;
    case LEX_NAME: return ENTITY_NAME;
    case LEX_JP_ORG: *japan = 1; return ENTITY_ORG;
    case LEX_JP_GOV: *japan = 1; return ENTITY_GOV;
    case LEX_JP_PLACE: *japan = 1; return ENTITY_PLACE;
    case LEX_JP_DOMAIN: *japan = 1; return ENTITY_DOMAIN;
    case LEX_JP_WORD: *japan = 1; return ENTITY_WORD;
    default: return -1;
    }
}

/* Start of the host name whose last labels begin at folded offset a
 * ("www." left out); a itself when no label comes before. */
static size_t host_start(const ctx *c, size_t a)
{
    size_t h = a;
    while (h > 0 && a - h < 253 &&
           (is_alnum((unsigned char)c->s[h - 1]) || c->s[h - 1] == '-' || c->s[h - 1] == '.'))
        h--;
    while (h < a && (c->s[h] == '.' || c->s[h] == '-'))
        h++;
    if (a - h > 4 && memcmp(c->s + h, "www.", 4) == 0)
        h += 4;
    return h;
}

/* Leftmost-longest: among overlapping names the one starting first wins, then the longest. */
static void resolve_names(ctx *c)
{
    if (c->ncand == 0)
        return;
    qsort(c->cand, c->ncand, sizeof *c->cand, cand_cmp);
    size_t covered = 0, acc_off = SIZE_MAX, acc_len = 0;
    for (size_t i = 0; i < c->ncand; i++) {
        const lexicon_match *m = &c->cand[i];
        if (m->off == acc_off && m->len == acc_len) {
            /* another entry of the accepted pattern */
        } else if (m->off >= covered) {
            acc_off = m->off;
            acc_len = m->len;
            covered = m->off + m->len;
            c->lex_spans = xgrow(c->lex_spans, &c->lex_spans_cap, c->nlex_spans + 1, sizeof *c->lex_spans);
            c->lex_spans[c->nlex_spans].a = m->off;
            c->lex_spans[c->nlex_spans].b = m->off + m->len;
            c->lex_spans[c->nlex_spans].japan = 0;
            c->nlex_spans++;
        } else {
            continue;
        }
        const lexicon_entry *e = lexicon_entry_get(c->lex, m->entry);
        int japan;
        int kind = entity_kind_of(e->kind, &japan);
        if (kind < 0)
            continue; /* LEX_STOP */
        if (japan)
            c->lex_spans[c->nlex_spans - 1].japan = 1;
        if (kind == ENTITY_DOMAIN) {
            /* A DNS suffix (.co.jp) names the host it ends. */
            size_t h = host_start(c, m->off);
            if (h < m->off) {
                char *host = xstrndup(c->s + h, m->off + m->len - h);
                add_name(c, host, ENTITY_DOMAIN, 1, -1, h, m->off + m->len);
                free(host);
                continue;
            }
        }
        add_name(c, e->name, (enum entity_kind)kind, japan, (int32_t)m->entry, m->off, m->off + m->len);
        if (kind == ENTITY_RANSOMWARE)
            c->out->ransomware = 1;
    }
}

/* Is a name found by its form at folded [a, b) already named by the lexicon? */
static int named_by_lexicon(const ctx *c, size_t a, size_t b, int rule)
{
    for (size_t i = 0; i < c->nlex_spans; i++) {
        const span *l = &c->lex_spans[i];
        if (!(l->a < b && a < l->b))
            continue;
        if (rule == FORM_ANY_OVERLAP || (rule == FORM_JAPAN_OVERLAP && l->japan) ||
            (rule == FORM_COVERED && l->a <= a && b <= l->b))
            return 1;
    }
    return 0;
}

/* ---- CVE IDs and CVSS scores ----------------------------------------------------------- */

/* A CVE ID starting at folded offset i ("cve-" already seen); returns where it ends, or i + 1. */
static size_t cve_at(ctx *c, size_t i)
{
    entities *o = c->out;
    if (i > 0 && is_alnum((unsigned char)c->s[i - 1]))
        return i + 1;
    size_t j = i + 4;
    size_t y = 0;
    while (j < c->len && is_digit((unsigned char)c->s[j]) && y < 5)
        j++, y++;
    if (y != 4 || j >= c->len || c->s[j] != '-')
        return i + 1;
    int year = atoi(c->s + i + 4);
    if (year < 1999 || year > 2099)
        return i + 1;
    size_t k = j + 1, n = 0;
    while (k < c->len && is_digit((unsigned char)c->s[k]) && n < 9)
        k++, n++;
    if (n < 4 || n > 7 || (k < c->len && is_alnum((unsigned char)c->s[k])))
        return i + 1;
    char id[32];
    snprintf(id, sizeof id, "CVE-%.4s-%.*s", c->s + i + 4, (int)n, c->s + j + 1);
    size_t idx = o->ncves;
    for (size_t q = 0; q < o->ncves; q++)
        if (strcmp(o->cves[q].id, id) == 0)
            idx = q;
    if (idx == o->ncves) {
        if (o->ncves >= MAX_CVES)
            return k;
        o->cves = xgrow(o->cves, &o->cves_cap, o->ncves + 1, sizeof *o->cves);
        entity_cve *cv = &o->cves[o->ncves++];
        cv->id = xstrdup(id);
        cv->cvss = 0;
        cv->count = 0;
        orig_span(c, i, k, &cv->off, &cv->len);
    }
    o->cves[idx].count++;
    c->mentions = xgrow(c->mentions, &c->mentions_cap, c->nmentions + 1, sizeof *c->mentions);
    c->mentions[c->nmentions].at = i;
    c->mentions[c->nmentions].idx = idx;
    c->nmentions++;
    return k;
}

/* A score-like number at i: 1-2 digits, optional .d or .dd, at most 10. */
static int parse_score(const ctx *c, size_t i, double *val, size_t *end, int *has_dot)
{
    if (i > 0) {
        unsigned char pc = (unsigned char)c->s[i - 1];
        if (is_alnum(pc) || pc == '.' || pc == '-' || pc == ',')
            return 0;
    }
    size_t j = i;
    int v = 0, nd = 0;
    while (j < c->len && is_digit((unsigned char)c->s[j]) && nd < 3)
        v = v * 10 + (c->s[j++] - '0'), nd++;
    if (nd == 0 || nd > 2)
        return 0;
    double d = v;
    *has_dot = 0;
    if (j + 1 < c->len && c->s[j] == '.' && is_digit((unsigned char)c->s[j + 1])) {
        j++;
        int f = 0, nf = 0;
        while (j < c->len && is_digit((unsigned char)c->s[j]) && nf < 3)
            f = f * 10 + (c->s[j++] - '0'), nf++;
        if (nf > 2)
            return 0;
        d += f / (nf == 1 ? 10.0 : 100.0);
        *has_dot = 1;
    }
    if (j < c->len && (is_alnum((unsigned char)c->s[j]) || (c->s[j] == '.' && j + 1 < c->len && is_digit((unsigned char)c->s[j + 1]))))
        return 0;
    if (d > 10.0)
        return 0;
    *val = d;
    *end = j;
    return 1;
}

static void add_score(ctx *c, double v, size_t at)
{
    for (size_t i = 0; i < c->nscores; i++)
        if (c->scores[i].at == at)
            return;
    if (c->nscores >= MAX_SCORES)
        return;
    c->scores = xgrow(c->scores, &c->scores_cap, c->nscores + 1, sizeof *c->scores);
    c->scores[c->nscores].value = v;
    c->scores[c->nscores].at = at;
    c->nscores++;
}

/* Numbers in [from, window end), up to `max`. */
static size_t window_numbers(const ctx *c, size_t from, size_t span_bytes, double *vals, size_t *ats,
                             size_t *ends, int *dots, size_t max)
{
    size_t limit = from + span_bytes < c->len ? from + span_bytes : c->len;
    size_t n = 0;
    for (size_t i = from; i < limit && n < max;) {
        if (boundary_at(c, i) || lit_at(c, i, "cve-"))
            break;
        if (is_digit((unsigned char)c->s[i])) {
            double v;
            size_t e;
            int dot;
            if (parse_score(c, i, &v, &e, &dot)) {
                vals[n] = v;
                ats[n] = i;
                ends[n] = e;
                dots[n] = dot;
                n++;
                i = e;
                continue;
            }
            while (i < limit && (is_digit((unsigned char)c->s[i]) || c->s[i] == '.'))
                i++;
            continue;
        }
        i++;
    }
    return n;
}

/* "cvss" at i: the score stated after it (skipping a version: CVSS 3.1 base score 9.8). */
static void cvss_at(ctx *c, size_t i)
{
    if (i > 0 && is_alpha((unsigned char)c->s[i - 1]))
        return;
    size_t k = i + 4;
    while (k < c->len && (c->s[k] == ' ' || c->s[k] == ':'))
        k++;
    int has_v = 0;
    if (k < c->len && c->s[k] == 'v') {
        has_v = 1;
        k++;
    }
    double v[3];
    size_t at[3], end[3];
    int dot[3];
    size_t n = window_numbers(c, k, 90, v, at, end, dot, 3);
    if (n == 0)
        return;
    size_t pick = 0;
    int version_like = v[0] == 2 || v[0] == 3 || v[0] == 4 || v[0] == 3.1 || v[0] == 2.0;
    if (version_like && at[0] == k &&
        (has_v || n > 1 || (end[0] < c->len && (c->s[end[0]] == '/' || c->s[end[0]] == ')')))) {
        if (n < 2)
            return;
        pick = 1;
    }
    add_score(c, v[pick], at[pick]);
}

/* 深刻度, 重要度, severity, base score, 基本値 ending at `from`: the first
 * decimal number after it (深刻度「緊急」(9.8)). */
static void severity_at(ctx *c, size_t from)
{
    double v[3];
    size_t at[3], end[3];
    int dot[3];
    size_t n = window_numbers(c, from, 60, v, at, end, dot, 3);
    for (size_t q = 0; q < n; q++) {
        if (dot[q] || v[q] == 10) {
            add_score(c, v[q], at[q]);
            return;
        }
    }
}

static void attach_scores(ctx *c)
{
    entities *o = c->out;
    for (size_t s = 0; s < c->nscores; s++) {
        double v = c->scores[s].value;
        size_t at = c->scores[s].at;
        if (v > o->cvss_max)
            o->cvss_max = v;
        long target = -1;
        /* The nearest CVE mentioned before it in the same sentence... */
        for (size_t m = c->nmentions; m-- > 0;) {
            if (c->mentions[m].at < at) {
                if (same_sentence(c, c->mentions[m].at, at))
                    target = (long)c->mentions[m].idx;
                break;
            }
        }
        /* ...else the nearest after it in the same sentence... */
        if (target < 0) {
            for (size_t m = 0; m < c->nmentions; m++) {
                if (c->mentions[m].at > at) {
                    if (same_sentence(c, at, c->mentions[m].at))
                        target = (long)c->mentions[m].idx;
                    break;
                }
            }
        }
        /* ...else the only CVE of the text. */
        if (target < 0 && o->ncves == 1)
            target = 0;
        if (target >= 0 && v > o->cves[target].cvss)
            o->cves[target].cvss = v;
    }
}

/* ---- counts and amounts ---------------------------------------------------------------- */

typedef struct number {
    double value;
    size_t end;
} number;

/* Digits with optional thousands separators and a decimal part. */
static int parse_plain_number(const ctx *c, size_t i, number *out)
{
    uint64_t mant = 0;
    int digits = 0, dec = 0;
    size_t j = i;
    while (j < c->len) {
        unsigned char ch = (unsigned char)c->s[j];
        if (is_digit(ch)) {
            if (digits < 18)
                mant = mant * 10 + (uint64_t)(ch - '0');
            else
                return 0;
            digits++;
            j++;
        } else if (ch == ',' && j + 3 < c->len + 1 && digits > 0 && j + 3 <= c->len &&
                   is_digit((unsigned char)c->s[j + 1]) && is_digit((unsigned char)c->s[j + 2]) &&
                   is_digit((unsigned char)c->s[j + 3]) &&
                   (j + 4 >= c->len || !is_digit((unsigned char)c->s[j + 4]))) {
            j++;
        } else {
            break;
        }
    }
    if (digits == 0)
        return 0;
    if (j + 1 < c->len && c->s[j] == '.' && is_digit((unsigned char)c->s[j + 1])) {
        j++;
        while (j < c->len && is_digit((unsigned char)c->s[j])) {
            if (digits >= 18)
                return 0;
            mant = mant * 10 + (uint64_t)(c->s[j] - '0');
            digits++;
            dec++;
            j++;
        }
        /* 7.2.5 is a version, not a number. */
        if (j + 1 < c->len && c->s[j] == '.' && is_digit((unsigned char)c->s[j + 1]))
            return 0;
    }
    double v = (double)mant;
    for (int k = 0; k < dec; k++)
        v /= 10;
    out->value = v;
    out->end = j;
    return 1;
}

static double ja_multiplier(const ctx *c, size_t i, size_t *n)
{
    static const struct {
        const char *s;
        double m;
    } mult[] = {{"兆", 1e12}, {"億", 1e8}, {"万", 1e4}, {"千", 1e3}};
    for (size_t k = 0; k < SD_ARRAY_LEN(mult); k++)
        if ((*n = lit_at(c, i, mult[k].s)) != 0)
            return mult[k].m;
    return 0;
}

/* 12, 3,400, 1.5, 1万2000, 2億5000万: the value and where it ends. */
static int parse_number(const ctx *c, size_t i, number *out, int *ja_mult)
{
    number part;
    if (!parse_plain_number(c, i, &part))
        return 0;
    double total = 0, cur = part.value;
    size_t p = part.end;
    *ja_mult = 0;
    for (;;) {
        size_t ml;
        double m = ja_multiplier(c, p, &ml);
        if (m == 0)
            break;
        total += cur * m;
        cur = 0;
        p += ml;
        *ja_mult = 1;
        if (p < c->len && is_digit((unsigned char)c->s[p]) && parse_plain_number(c, p, &part)) {
            cur = part.value;
            p = part.end;
        } else {
            break;
        }
    }
    out->value = total + cur;
    out->end = p;
    return 1;
}

static const struct {
    const char *word;
    double mult;
    int attached_only; /* "5m" yes, "5 m" no */
} en_multipliers[] = {
    {"thousand", 1e3, 0}, {"million", 1e6, 0}, {"billion", 1e9, 0}, {"trillion", 1e12, 0},
    {"mn", 1e6, 0},       {"bn", 1e9, 0},      {"tn", 1e12, 0},     {"k", 1e3, 1},
    {"m", 1e6, 1},        {"b", 1e9, 1},
};

static const struct {
    const char *word;
    double mult;
} byte_units[] = {
    {"kib", 1024.0}, {"mib", 1048576.0}, {"gib", 1073741824.0}, {"tib", 1099511627776.0},
    {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12}, {"pb", 1e15},
    {"kilobytes", 1e3}, {"megabytes", 1e6}, {"gigabytes", 1e9}, {"terabytes", 1e12}, {"petabytes", 1e15},
    {"bytes", 1}, {"byte", 1},
    {"キロバイト", 1e3}, {"メガバイト", 1e6}, {"ギガバイト", 1e9}, {"テラバイト", 1e12},
    {"ペタバイト", 1e15}, {"バイト", 1},
};

static const struct {
    const char *word;
    enum amount_unit unit;
} en_count_words[] = {
    {"records", AMOUNT_RECORDS}, {"record", AMOUNT_RECORDS}, {"entries", AMOUNT_RECORDS},
    {"rows", AMOUNT_RECORDS}, {"people", AMOUNT_PEOPLE}, {"persons", AMOUNT_PEOPLE},
    {"individuals", AMOUNT_PEOPLE}, {"customers", AMOUNT_PEOPLE}, {"users", AMOUNT_PEOPLE},
    {"patients", AMOUNT_PEOPLE}, {"employees", AMOUNT_PEOPLE}, {"members", AMOUNT_PEOPLE},
    {"students", AMOUNT_PEOPLE}, {"citizens", AMOUNT_PEOPLE}, {"residents", AMOUNT_PEOPLE},
    {"clients", AMOUNT_PEOPLE}, {"consumers", AMOUNT_PEOPLE}, {"subscribers", AMOUNT_PEOPLE},
    {"accounts", AMOUNT_ACCOUNTS}, {"companies", AMOUNT_ORGS}, {"organizations", AMOUNT_ORGS},
    {"organisations", AMOUNT_ORGS}, {"firms", AMOUNT_ORGS}, {"businesses", AMOUNT_ORGS},
    {"institutions", AMOUNT_ORGS}, {"devices", AMOUNT_DEVICES}, {"servers", AMOUNT_DEVICES},
    {"systems", AMOUNT_DEVICES}, {"routers", AMOUNT_DEVICES}, {"endpoints", AMOUNT_DEVICES},
    {"machines", AMOUNT_DEVICES}, {"hosts", AMOUNT_DEVICES}, {"computers", AMOUNT_DEVICES},
    {"instances", AMOUNT_DEVICES}, {"appliances", AMOUNT_DEVICES},
    {"vulnerabilities", AMOUNT_VULNS}, {"flaws", AMOUNT_VULNS}, {"bugs", AMOUNT_VULNS},
    {"cves", AMOUNT_VULNS}, {"zero-days", AMOUNT_VULNS},
};

static int en_filler(const char *w, size_t n)
{
    static const char *const stop[] = {"the", "a", "an", "of", "and", "or", "in", "on", "at", "to",
                                       "by", "for", "from", "with", "as", "that", "which", "is",
                                       "are", "was", "were", "has", "have", "had", "be", "been",
                                       "it", "its", "their", "than", "more", "over"};
    for (size_t k = 0; k < SD_ARRAY_LEN(stop); k++)
        if (strlen(stop[k]) == n && memcmp(stop[k], w, n) == 0)
            return 0;
    return 1;
}

/* "customer records", "critical vulnerabilities": the unit within three words. */
static int en_count_unit(const ctx *c, size_t q, enum amount_unit *unit, size_t *end)
{
    for (int w = 0; w < 3; w++) {
        if (q >= c->len || !is_alpha((unsigned char)c->s[q]))
            return 0;
        size_t e = q;
        while (e < c->len && (is_alpha((unsigned char)c->s[e]) || c->s[e] == '-'))
            e++;
        for (size_t k = 0; k < SD_ARRAY_LEN(en_count_words); k++) {
            size_t n = strlen(en_count_words[k].word);
            if (e - q == n && memcmp(c->s + q, en_count_words[k].word, n) == 0) {
                *unit = en_count_words[k].unit;
                *end = e;
                return 1;
            }
        }
        if (!en_filler(c->s + q, e - q))
            return 0;
        if (e >= c->len || c->s[e] != ' ')
            return 0;
        q = e + 1;
    }
    return 0;
}

static unsigned qualifier_before(const ctx *c, size_t i, size_t *start)
{
    *start = i;
    /* Every qualifier ends in a space, '~' or a Japanese character. */
    if (i == 0 || !(c->s[i - 1] == ' ' || c->s[i - 1] == '~' || (unsigned char)c->s[i - 1] >= 0x80))
        return 0;
    static const struct {
        const char *s;
        unsigned q;
    } before[] = {
        {"約", AMOUNT_APPROX}, {"およそ", AMOUNT_APPROX}, {"推定", AMOUNT_APPROX},
        {"最大", AMOUNT_AT_MOST}, {"少なくとも", AMOUNT_AT_LEAST}, {"approximately ", AMOUNT_APPROX},
        {"about ", AMOUNT_APPROX}, {"around ", AMOUNT_APPROX}, {"roughly ", AMOUNT_APPROX},
        {"nearly ", AMOUNT_APPROX}, {"almost ", AMOUNT_APPROX}, {"an estimated ", AMOUNT_APPROX},
        {"estimated ", AMOUNT_APPROX}, {"some ", AMOUNT_APPROX}, {"~", AMOUNT_APPROX},
        {"more than ", AMOUNT_AT_LEAST}, {"over ", AMOUNT_AT_LEAST}, {"at least ", AMOUNT_AT_LEAST},
        {"upwards of ", AMOUNT_AT_LEAST}, {"in excess of ", AMOUNT_AT_LEAST},
        {"up to ", AMOUNT_AT_MOST}, {"as many as ", AMOUNT_AT_MOST},
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(before); k++) {
        size_t n = lit_before(c, i, before[k].s);
        if (n && (before[k].s[0] & 0x80 || i == n || !is_alpha((unsigned char)c->s[i - n - 1]))) {
            *start = i - n;
            return before[k].q;
        }
    }
    *start = i;
    return 0;
}

static unsigned qualifier_after(const ctx *c, size_t *end)
{
    static const struct {
        const char *s;
        unsigned q;
    } after[] = {{"以上", AMOUNT_AT_LEAST}, {"超", AMOUNT_AT_LEAST}, {"余り", AMOUNT_APPROX},
                 {"あまり", AMOUNT_APPROX}, {"近く", AMOUNT_APPROX}, {"程度", AMOUNT_APPROX}};
    for (size_t k = 0; k < SD_ARRAY_LEN(after); k++) {
        size_t n = lit_at(c, *end, after[k].s);
        if (n) {
            *end += n;
            return after[k].q;
        }
    }
    return 0;
}

static void add_amount(ctx *c, enum amount_unit unit, double value, unsigned q, size_t fa, size_t fb)
{
    entities *o = c->out;
    if (!(value > 0) || value > 1e17)
        return;
    for (size_t i = 0; i < o->namounts; i++)
        if (o->amounts[i].unit == unit && o->amounts[i].value == value)
            return;
    if (o->namounts >= MAX_AMOUNTS)
        return;
    o->amounts = xgrow(o->amounts, &o->amounts_cap, o->namounts + 1, sizeof *o->amounts);
    entity_amount *a = &o->amounts[o->namounts++];
    a->unit = unit;
    a->value = value;
    a->qualifier = q;
    orig_span(c, fa, fb, &a->off, &a->len);
}

/* Currency written before the number: $, US$, USD, €, EUR, ¥, JPY. */
static int currency_before(const ctx *c, size_t i, enum amount_unit *unit, size_t *start)
{
    if (i == 0 || is_digit((unsigned char)c->s[i - 1]))
        return 0;
    static const struct {
        const char *s;
        enum amount_unit u;
    } cur[] = {{"us$", AMOUNT_USD}, {"$", AMOUNT_USD}, {"usd ", AMOUNT_USD}, {"usd", AMOUNT_USD},
               {"€", AMOUNT_EUR},   {"eur ", AMOUNT_EUR}, {"¥", AMOUNT_JPY}, {"jpy ", AMOUNT_JPY}};
    for (size_t k = 0; k < SD_ARRAY_LEN(cur); k++) {
        size_t n = lit_before(c, i, cur[k].s);
        if (n && (i == n || !is_alpha((unsigned char)c->s[i - n - 1]) || cur[k].s[0] == '$')) {
            *unit = cur[k].u;
            *start = i - n;
            return 1;
        }
    }
    return 0;
}

static void scan_amount_at(ctx *c, size_t i, size_t *next)
{
    number num;
    int ja_mult;
    *next = i + 1;
    if (!parse_number(c, i, &num, &ja_mult)) {
        while (*next < c->len && is_digit((unsigned char)c->s[*next]))
            (*next)++;
        return;
    }
    *next = num.end > i ? num.end : i + 1;
    double value = num.value;
    size_t p = num.end;
    size_t start = i;
    enum amount_unit unit;
    int have_currency = currency_before(c, i, &unit, &start);
    unsigned q = qualifier_before(c, start, &start);
    int plus = 0;
    if (p < c->len && c->s[p] == '+') {
        plus = 1;
        q |= AMOUNT_AT_LEAST;
        p++;
    }
    size_t sp = p;
    if (sp < c->len && c->s[sp] == ' ')
        sp++;
    /* Bytes. */
    for (size_t k = 0; k < SD_ARRAY_LEN(byte_units); k++) {
        size_t at = byte_units[k].word[0] & 0x80 ? p : sp;
        size_t n = (byte_units[k].word[0] & 0x80) ? lit_at(c, at, byte_units[k].word)
                                                   : word_at(c, at, byte_units[k].word);
        if (n && !have_currency) {
            add_amount(c, AMOUNT_BYTES, value * byte_units[k].mult, q, start, at + n);
            *next = at + n;
            return;
        }
    }
    /* English multipliers. */
    int en_mult = 0;
    for (size_t k = 0; k < SD_ARRAY_LEN(en_multipliers) && !ja_mult && !plus; k++) {
        size_t at = en_multipliers[k].attached_only ? p : sp;
        size_t n = word_at(c, at, en_multipliers[k].word);
        if (n) {
            value *= en_multipliers[k].mult;
            p = at + n;
            en_mult = 1;
            break;
        }
    }
    if (p < c->len && c->s[p] == '+' && !plus) {
        q |= AMOUNT_AT_LEAST;
        p++;
    }
    size_t end = p;
    if (have_currency) {
        add_amount(c, unit, value, q, start, end);
        *next = end;
        return;
    }
    /* Japanese units, written right after the number. */
    static const struct {
        const char *s;
        enum amount_unit u;
    } ja_units[] = {{"円", AMOUNT_JPY},         {"米ドル", AMOUNT_USD}, {"ドル", AMOUNT_USD},
                    {"ユーロ", AMOUNT_EUR},     {"件", AMOUNT_RECORDS}, {"人", AMOUNT_PEOPLE},
                    {"名", AMOUNT_PEOPLE},      {"アカウント", AMOUNT_ACCOUNTS}, {"社", AMOUNT_ORGS},
                    {"団体", AMOUNT_ORGS},      {"組織", AMOUNT_ORGS},  {"台", AMOUNT_DEVICES}};
    size_t ja_at = p;
    unsigned mid = 0;
    /* 12万超の..., 1000以上の... are not followed by a unit directly: leave them. */
    for (size_t k = 0; k < SD_ARRAY_LEN(ja_units); k++) {
        size_t n = lit_at(c, ja_at, ja_units[k].s);
        if (!n)
            continue;
        enum amount_unit u = ja_units[k].u;
        size_t e = ja_at + n;
        if (u == AMOUNT_DEVICES && lit_at(c, e, "湾"))
            continue;
        if (u == AMOUNT_RECORDS && lit_at(c, e, "の脆弱"))
            u = AMOUNT_VULNS;
        q |= qualifier_after(c, &e) | mid;
        add_amount(c, u, value, q, start, e);
        *next = e;
        return;
    }
    /* English currency and count words after the number. */
    static const struct {
        const char *s;
        enum amount_unit u;
    } en_currency[] = {{"dollars", AMOUNT_USD}, {"usd", AMOUNT_USD}, {"yen", AMOUNT_JPY},
                       {"jpy", AMOUNT_JPY},     {"euros", AMOUNT_EUR}, {"eur", AMOUNT_EUR}};
    size_t q0 = (p < c->len && c->s[p] == ' ') ? p + 1 : p;
    for (size_t k = 0; k < SD_ARRAY_LEN(en_currency); k++) {
        size_t n = word_at(c, q0, en_currency[k].s);
        if (n) {
            add_amount(c, en_currency[k].u, value, q, start, q0 + n);
            *next = q0 + n;
            return;
        }
    }
    if (q0 == p + 1 || (en_mult && q0 < c->len && c->s[q0] != ' ')) {
        size_t e;
        if (en_count_unit(c, q0, &unit, &e)) {
            /* "Windows 11 users": small bare numbers before a plural are usually
             * names; "in 2026 systems": so are years. */
            int bare = !en_mult && !q && num.end - i <= 4;
            if (bare && ((num.value < 100 && unit != AMOUNT_VULNS && unit != AMOUNT_ORGS) ||
                         (num.value >= 1900 && num.value <= 2100)))
                return;
            add_amount(c, unit, value, q, start, e);
            *next = e;
        }
    }
}


/* ---- organisations by their form -------------------------------------------------------- */

enum { CL_KANJI = 1, CL_KATA = 2, CL_LATIN = 4 };

static int char_class(int32_t cp)
{
    if (text_is_kanji(cp))
        return CL_KANJI;
    if (text_is_katakana(cp) || cp == 0x30FB)
        return CL_KATA;
    if (cp < 0x80 && is_alnum((unsigned char)cp))
        return CL_LATIN;
    return 0;
}

/* Extend a name backwards from b over characters of `mask`; returns its start
 * or SIZE_MAX when it is empty or longer than max_chars. */
static size_t name_back(const ctx *c, size_t b, int mask, size_t max_chars, size_t *nchars)
{
    size_t a = b, n = 0;
    int saw_latin = 0;
    while (a > 0) {
        size_t p;
        int32_t cp = cp_before(c, a, &p);
        int cl = char_class(cp);
        if (cl && (cl & mask)) {
            if (cl == CL_KANJI && saw_latin)
                break; /* 日本NCR: the Latin name starts where Latin starts */
            if (cl == CL_LATIN)
                saw_latin = 1;
        } else if ((mask & CL_LATIN) && saw_latin && (cp == ' ' || cp == '&' || cp == '.' || cp == '-') &&
                   p > 0 && is_alnum((unsigned char)c->s[p - 1])) {
            /* connector inside a Latin name */
        } else {
            break;
        }
        a = p;
        if (++n > max_chars)
            return SIZE_MAX;
    }
    *nchars = n;
    return n ? a : SIZE_MAX;
}

static size_t name_forward(const ctx *c, size_t a, int mask, size_t max_chars, size_t *nchars)
{
    size_t b = a, n = 0;
    if (b < c->len && c->s[b] == ' ')
        a = b = b + 1;
    while (b < c->len) {
        size_t cl;
        int32_t cp = cp_at(c, b, &cl);
        int k = char_class(cp);
        if (!(k && (k & mask))) {
            if ((mask & CL_LATIN) && (cp == ' ' || cp == '&' || cp == '.' || cp == '-') && b > a &&
                is_alnum((unsigned char)c->s[b - 1]) && b + 1 < c->len && is_alnum((unsigned char)c->s[b + 1])) {
                /* connector */
            } else {
                break;
            }
        }
        b += cl;
        if (++n > max_chars)
            return SIZE_MAX;
    }
    *nchars = n;
    return n ? b : SIZE_MAX;
}

static int stop_prefix(const ctx *c, size_t a, size_t b)
{
    static const char *const stops[] = {
        "同", "当", "各", "本", "全", "他", "両", "某", "都", "地", "近", "隣", "子", "親", "新", "旧",
        "元", "前", "現", "弊", "貴", "御", "自", "関連", "大手", "中堅", "複数", "一部", "国立", "公立",
        "私立", "県立", "市立", "総合", "地方", "地域", "主要", "大規模", "中小", "都市", "都道府", "市町",
        "ネット", "グループ", "政令指定", "政令", "指定", "中央", "関係", "所管", "海外", "国内",
        "ex", "the",
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(stops); k++)
        if (strlen(stops[k]) == b - a && memcmp(stops[k], c->s + a, b - a) == 0)
            return 1;
    return 0;
}

/* Foreign-country markers written before a name in Japanese news (米国務省). */
static int foreign_marker(const ctx *c, size_t a)
{
    static const char *const marks[] = {"米", "英", "独", "仏", "中国", "露", "韓", "台湾", "伊", "加",
                                        "豪", "蘭", "印", "北朝鮮", "ロシア", "イスラエル", "欧州"};
    for (size_t k = 0; k < SD_ARRAY_LEN(marks); k++)
        if (lit_at(c, a, marks[k]))
            return 1;
    return 0;
}

static void add_form(ctx *c, size_t a, size_t b, size_t na, size_t nb, size_t da, size_t db,
                     enum entity_kind kind, int japan, enum form_rule rule)
{
    if (c->nforms >= MAX_FORM_ORGS)
        return;
    c->forms = xgrow(c->forms, &c->forms_cap, c->nforms + 1, sizeof *c->forms);
    form_org *f = &c->forms[c->nforms++];
    f->a = a;
    f->b = b;
    f->na = na;
    f->nb = nb;
    f->da = da;
    f->db = db;
    f->kind = kind;
    f->japan = japan;
    f->rule = rule;
}

enum ja_form {
    FORM_KABUSHIKI, FORM_YUGEN, FORM_GODO, FORM_KABU_PAREN, FORM_SHA, FORM_DAIGAKU, FORM_BYOIN,
    FORM_GINKO, FORM_SHINKIN, FORM_KIKO, FORM_KYOKAI, FORM_SHO, FORM_CHO, FORM_SHI, FORM_KEN,
    FORM_COUNT
};

static const struct {
    const char *suffix;
    enum entity_kind kind;
    int mask;
    size_t min_chars, max_chars;
    int legal;       /* 株式会社: also written before the name */
    int strict_next; /* the next kanji must be one of a few (市場 is not a city) */
} ja_forms[FORM_COUNT] = {
    [FORM_KABUSHIKI] = {"株式会社", ENTITY_ORG, CL_KANJI | CL_KATA | CL_LATIN, 1, 24, 1, 0},
    [FORM_YUGEN] = {"有限会社", ENTITY_ORG, CL_KANJI | CL_KATA | CL_LATIN, 1, 24, 1, 0},
    [FORM_GODO] = {"合同会社", ENTITY_ORG, CL_KANJI | CL_KATA | CL_LATIN, 1, 24, 1, 0},
    [FORM_KABU_PAREN] = {"(株)", ENTITY_ORG, CL_KANJI | CL_KATA | CL_LATIN, 1, 24, 1, 0},
    [FORM_SHA] = {"社", ENTITY_ORG, CL_KATA | CL_LATIN, 2, 24, 0, 0},
    [FORM_DAIGAKU] = {"大学", ENTITY_ORG, CL_KANJI | CL_KATA, 2, 12, 0, 0},
    [FORM_BYOIN] = {"病院", ENTITY_ORG, CL_KANJI | CL_KATA, 2, 14, 0, 0},
    [FORM_GINKO] = {"銀行", ENTITY_ORG, CL_KANJI | CL_KATA, 2, 10, 0, 0},
    [FORM_SHINKIN] = {"信用金庫", ENTITY_ORG, CL_KANJI | CL_KATA, 2, 10, 0, 0},
    [FORM_KIKO] = {"機構", ENTITY_ORG, CL_KANJI | CL_KATA, 2, 14, 0, 0},
    [FORM_KYOKAI] = {"協会", ENTITY_ORG, CL_KANJI | CL_KATA, 2, 14, 0, 0},
    [FORM_SHO] = {"省", ENTITY_GOV, CL_KANJI, 2, 8, 0, 1},
    [FORM_CHO] = {"庁", ENTITY_GOV, CL_KANJI | CL_KATA, 2, 8, 0, 1},
    [FORM_SHI] = {"市", ENTITY_PLACE, CL_KANJI, 1, 6, 0, 1},
    [FORM_KEN] = {"県", ENTITY_PLACE, CL_KANJI, 1, 4, 0, 1},
};

/* A name has a letter, kana or kanji: 200社 is a count, not a company. */
static int has_letter(const ctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        unsigned char ch = (unsigned char)c->s[i];
        if (ch >= 0x80 || is_alpha(ch))
            return 1;
    }
    return 0;
}

/* The form suffix `f` (verified by the caller) at folded s0. */
static void ja_form_at(ctx *c, size_t s0, enum ja_form f)
{
    static const char *const next_ok = "内長役民立議職営令警教";
    size_t s1 = s0 + strlen(ja_forms[f].suffix);
    if (ja_forms[f].strict_next && s1 < c->len) {
        size_t cl;
        int32_t nx = cp_at(c, s1, &cl);
        if (text_is_kanji(nx)) {
            char nb[5] = {0};
            memcpy(nb, c->s + s1, cl < 4 ? cl : 4);
            if (!strstr(next_ok, nb))
                return;
        }
    }
    if (f == FORM_SHA && lit_at(c, s1, "会"))
        return; /* 社会 */
    /* 省庁 (ministries and agencies) is a common noun, not a body */
    if (f == FORM_CHO && lit_before(c, s0, "省"))
        return;
    size_t nchars;
    size_t a = name_back(c, s0, ja_forms[f].mask, ja_forms[f].max_chars, &nchars);
    if (a != SIZE_MAX && nchars >= ja_forms[f].min_chars && has_letter(c, a, s0) && !stop_prefix(c, a, s0)) {
        int japan = ja_forms[f].legal || ja_forms[f].kind != ENTITY_ORG || text_is_kanji(cp_at(c, a, NULL));
        if (f == FORM_SHA || foreign_marker(c, a))
            japan = 0;
        if (f == FORM_SHA)
            add_form(c, a, s1, a, s0, a, s0, ja_forms[f].kind, japan, FORM_ANY_OVERLAP); /* without 社 */
        else
            add_form(c, a, s1, a, s0, a, s1, ja_forms[f].kind, japan,
                     ja_forms[f].legal ? FORM_JAPAN_OVERLAP : FORM_COVERED);
        return;
    }
    if (ja_forms[f].legal) {
        size_t b = name_forward(c, s1, ja_forms[f].mask, ja_forms[f].max_chars, &nchars);
        if (b != SIZE_MAX && nchars >= ja_forms[f].min_chars && has_letter(c, s1, b))
            add_form(c, s0, b, s1, b, s0, b, ENTITY_ORG, 1, FORM_JAPAN_OVERLAP);
    }
}

static int orig_upper_at(const ctx *c, size_t folded_off)
{
    int32_t cp;
    size_t o = c->src[folded_off];
    if (o >= c->olen)
        return 0;
    an_utf8_decode(c->orig, c->olen, o, &cp);
    return text_is_upper(cp) || (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* A company suffix (Inc, Corp, Ltd...) may start at folded s0, right after a space. */
static void en_form_at(ctx *c, size_t s0)
{
    static const char *const suffixes[] = {"inc", "corp", "corporation", "ltd", "limited", "llc",
                                           "plc", "gmbh", "holdings", "co., ltd", "co.,ltd", "co. ltd"};
    static const char *const lead_stops[] = {"the", "yesterday", "today", "on", "in", "at", "by", "for",
                                             "from", "and", "but", "while", "when", "after", "before",
                                             "according", "said", "says", "rival", "its", "their",
                                             "this", "that", "both", "with", "to", "of", "as", "also"};
    for (size_t f = 0; f < SD_ARRAY_LEN(suffixes); f++) {
        {
            size_t s1 = s0 + lit_at(c, s0, suffixes[f]);
            if (s1 == s0 || (s1 < c->len && is_alnum((unsigned char)c->s[s1])))
                continue;
            if (s0 < 2 || c->s[s0 - 1] != ' ' || !orig_upper_at(c, s0))
                return;
            size_t e = s0 - 1; /* the space */
            if (e > 0 && c->s[e - 1] == ',')
                e--;
            /* Capitalised words before it, joined by "of", "and", "&". */
            size_t first = SIZE_MAX;
            size_t w_end = e;
            for (int words = 0; words < 5 && w_end > 0; words++) {
                size_t w = w_end;
                while (w > 0 && (is_alnum((unsigned char)c->s[w - 1]) || c->s[w - 1] == '&' ||
                                 c->s[w - 1] == '-' || c->s[w - 1] == '\'' || c->s[w - 1] == '.'))
                    w--;
                if (w == w_end)
                    break;
                int connector = (w_end - w == 2 && memcmp(c->s + w, "of", 2) == 0) ||
                                (w_end - w == 1 && c->s[w] == '&');
                /* "Example Corp and Acme Inc": another company's suffix ends the name */
                int other_suffix = 0;
                for (size_t k = 0; k < SD_ARRAY_LEN(suffixes) && !other_suffix; k++)
                    other_suffix = w_end - w == strlen(suffixes[k]) &&
                                   memcmp(c->s + w, suffixes[k], w_end - w) == 0;
                if (other_suffix)
                    break;
                if (!connector && !orig_upper_at(c, w))
                    break;
                if (!connector)
                    first = w;
                if (w == 0 || c->s[w - 1] != ' ')
                    break;
                w_end = w - 1;
            }
            if (first == SIZE_MAX)
                return;
            /* Leading sentence words are not part of the name. */
            for (;;) {
                size_t we = first;
                while (we < e && c->s[we] != ' ')
                    we++;
                int stop = 0;
                for (size_t k = 0; k < SD_ARRAY_LEN(lead_stops) && !stop; k++)
                    stop = we - first == strlen(lead_stops[k]) &&
                           memcmp(c->s + first, lead_stops[k], we - first) == 0;
                if (!stop || we >= e)
                    break;
                first = we + 1;
            }
            if (first >= e)
                return;
            add_form(c, first, s1, first, e, first, s1, ENTITY_ORG, 0, FORM_ANY_OVERLAP);
            return;
        }
    }
}

static void commit_forms(ctx *c)
{
    for (size_t i = 0; i < c->nforms; i++) {
        form_org *f = &c->forms[i];
        int contained = 0;
        for (size_t j = 0; j < c->nforms && !contained; j++) {
            form_org *g = &c->forms[j];
            if (j != i && (g->kind == ENTITY_ORG || g->kind == ENTITY_GOV) && f->kind != ENTITY_PLACE &&
                g->a <= f->a && f->b <= g->b && (g->b - g->a) > (f->b - f->a))
                contained = 1;
        }
        if (contained)
            continue;
        /* The lexicon already names it; a legal form (株式会社X) still tells
         * that X is a Japanese company unless the lexicon said so too. */
        if (named_by_lexicon(c, f->rule == FORM_COVERED ? f->da : f->na, f->rule == FORM_COVERED ? f->db : f->nb,
                             f->rule))
            continue;
        size_t off, len;
        orig_span(c, f->da, f->db, &off, &len);
        char *name = text_nfkc(c->orig + off, len);
        /* "Example Corp." at a sentence end: the stop is not part of the name. */
        size_t nl = strlen(name);
        while (nl && (name[nl - 1] == '.' || name[nl - 1] == ' '))
            name[--nl] = '\0';
        if (nl)
            add_name(c, name, f->kind, f->japan, -1, f->da, f->db);
        free(name);
    }
}

/* ".jp" at folded d: the host name it ends (www.example.co.jp), unless a
 * lexicon suffix (.co.jp) already named it. */
static void jp_domain_at(ctx *c, size_t d)
{
    size_t e = d + 3;
    if (e < c->len && (is_alnum((unsigned char)c->s[e]) || c->s[e] == '-'))
        return;
    size_t a = d;
    while (a > 0 && d - a < 253 && (is_alnum((unsigned char)c->s[a - 1]) || c->s[a - 1] == '-' || c->s[a - 1] == '.'))
        a--;
    while (a < d && (c->s[a] == '.' || c->s[a] == '-'))
        a++;
    if (a >= d)
        return;
    if (d - a > 4 && memcmp(c->s + a, "www.", 4) == 0)
        a += 4;
    for (size_t k = 0; k < c->nlex_spans; k++)
        if (c->lex_spans[k].b == e && c->lex_spans[k].japan)
            return;
    char *host = xstrndup(c->s + a, e - a);
    add_name(c, host, ENTITY_DOMAIN, 1, -1, a, e);
    free(host);
}

/* One pass over the folded text, dispatching on what starts at each place:
 * CVE IDs, CVSS scores, amounts, organisation forms, host names. */
static void scan_text(ctx *c)
{
    const char *s = c->s;
    size_t len = c->len, i = 0;
    while (i < len) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) {
            if (is_digit(b)) {
                unsigned char pc = i > 0 ? (unsigned char)s[i - 1] : ' ';
                if (is_alpha(pc) || pc == '.' || pc == ',' || pc == '-' || pc == '/' || pc == ':' || pc == '_') {
                    while (i < len && (is_alnum((unsigned char)s[i]) || s[i] == '.'))
                        i++;
                    continue;
                }
                size_t next;
                scan_amount_at(c, i, &next);
                i = next > i ? next : i + 1;
                continue;
            }
            switch (b) {
            case 'c':
                if (lit_at(c, i, "cve-")) {
                    i = cve_at(c, i);
                    continue;
                }
                if (lit_at(c, i, "cvss"))
                    cvss_at(c, i);
                break;
            case 's':
                if (lit_at(c, i, "severity"))
                    severity_at(c, i + 8);
                break;
            case 'b':
                if (lit_at(c, i, "base score"))
                    severity_at(c, i + 10);
                break;
            case '.':
                if (lit_at(c, i, ".jp"))
                    jp_domain_at(c, i);
                break;
            case ' ':
                /* inc corp ltd limited llc plc gmbh holdings co. */
                if (i + 1 < len && strchr("iclpgh", s[i + 1]) && s[i + 1] != '\0')
                    en_form_at(c, i + 1);
                break;
            case '(':
                if (lit_at(c, i, "(株)"))
                    ja_form_at(c, i, FORM_KABU_PAREN);
                break;
            default:
                break;
            }
            i++;
            continue;
        }
        size_t cl;
        int32_t cp = cp_at(c, i, &cl);
        int form = -1;
        const char *kw = NULL;
        switch (cp) {
        case 0x682A: if (lit_at(c, i, "株式会社")) form = FORM_KABUSHIKI; break;
        case 0x6709: if (lit_at(c, i, "有限会社")) form = FORM_YUGEN; break;
        case 0x5408: if (lit_at(c, i, "合同会社")) form = FORM_GODO; break;
        case 0x793E: form = FORM_SHA; break;
        case 0x5927: if (lit_at(c, i, "大学")) form = FORM_DAIGAKU; break;
        case 0x75C5: if (lit_at(c, i, "病院")) form = FORM_BYOIN; break;
        case 0x9280: if (lit_at(c, i, "銀行")) form = FORM_GINKO; break;
        case 0x4FE1: if (lit_at(c, i, "信用金庫")) form = FORM_SHINKIN; break;
        case 0x6A5F: if (lit_at(c, i, "機構")) form = FORM_KIKO; break;
        case 0x5354: if (lit_at(c, i, "協会")) form = FORM_KYOKAI; break;
        case 0x7701: form = FORM_SHO; break;
        case 0x5E81: form = FORM_CHO; break;
        case 0x5E02: form = FORM_SHI; break;
        case 0x770C: form = FORM_KEN; break;
        case 0x6DF1: kw = "深刻度"; break;
        case 0x91CD: kw = "重要度"; break;
        case 0x57FA: kw = lit_at(c, i, "基本値") ? "基本値" : "基本スコア"; break;
        default: break;
        }
        if (form >= 0)
            ja_form_at(c, i, (enum ja_form)form);
        else if (kw && lit_at(c, i, kw))
            severity_at(c, i + strlen(kw));
        i += cl;
    }
}

/* ---- putting it together ------------------------------------------------------------------ */

static int name_cmp(const void *x, const void *y)
{
    const entity_name *a = x, *b = y;
    if (a->off != b->off)
        return a->off < b->off ? -1 : 1;
    return (int)a->kind - (int)b->kind;
}

void entities_extract(const lexicon *lex, const char *text, size_t len, entities *out)
{
    entities_clear(out);
    if (!text)
        len = 0;
    if (len > ENTITIES_MAX_INPUT) {
        len = text_utf8_char_start(text, len, ENTITIES_MAX_INPUT);
        out->truncated = 1;
    }
    text_norm norm;
    text_norm_init(&norm);
    text_normalize(text ? text : "", len, TEXT_NORM_MATCH | TEXT_NORM_MAP, &norm);
    ctx c;
    memset(&c, 0, sizeof c);
    c.lex = lex;
    c.orig = text ? text : "";
    c.olen = len;
    c.s = norm.s;
    c.len = norm.len;
    c.src = norm.src;
    c.out = out;

    if (lex)
        lexicon_scan(lex, c.s, c.len, on_match, &c);
    resolve_names(&c);
    scan_text(&c);
    attach_scores(&c);
    commit_forms(&c);

    for (size_t i = 0; i < out->nsignals; i++) {
        const entity_signal *s = &out->signals[i];
        switch (s->kind) {
        case SIGNAL_EXPLOITED:
            if (!s->negated)
                out->exploited = 1;
            break;
        case SIGNAL_ZERO_DAY:
            out->zero_day = 1;
            break;
        case SIGNAL_KEV:
            /* CISA lists a flaw in KEV only on evidence of exploitation. */
            out->kev = 1;
            out->exploited = 1;
            break;
        case SIGNAL_RANSOMWARE:
            out->ransomware = 1;
            break;
        case SIGNAL_KIND_COUNT:
            break;
        }
    }
    for (size_t i = 0; i < out->nsignals && !out->exploited; i++)
        if (out->signals[i].kind == SIGNAL_EXPLOITED && out->signals[i].negated)
            out->exploitation_denied = 1;

    if (out->nnames > 1)
        qsort(out->names, out->nnames, sizeof *out->names, name_cmp);
    for (size_t i = 0; i < out->nnames; i++) {
        const entity_name *n = &out->names[i];
        if (!n->japan)
            continue;
        out->japan_signals++;
        switch (n->kind) {
        case ENTITY_ORG:
        case ENTITY_GOV:
            out->japan_score += 3;
            break;
        case ENTITY_PLACE:
        case ENTITY_DOMAIN:
            out->japan_score += 2;
            break;
        default:
            out->japan_score += 1;
            break;
        }
    }

    free(c.cand);
    free(c.seen_kw);
    free(c.lex_spans);
    free(c.mentions);
    free(c.scores);
    free(c.forms);
    text_norm_free(&norm);
}
