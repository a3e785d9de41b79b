/*
 * refdata: the glossary (glossary.tsv) and the defensive guidance
 * (guidance.tsv) the extractive writer adds to what the articles say, read
 * from the bundled data folder and then from the user's folder, which adds
 * records and replaces bundled ones by key (data/README.md): a glossary term
 * replaces the bundled term of the same name; any guidance line for a
 * (category, kind) pair replaces all bundled lines of that pair.
 *
 * Also owns finding which glossary terms a text uses: every spelling (term
 * and aliases) compared after NFKC, acronyms case-sensitively, other Latin
 * spellings ignoring ASCII case, as whole words; a katakana spelling does not
 * match inside a longer katakana word.  One pass over the text whatever the
 * size of the glossary (spellings are bucketed by their first two bytes).
 */
#include "compose/compose_internal.h"
#include "core/log.h"
#include "text/normalize.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Data files are small; anything bigger is not ours. */
#define REFDATA_MAX_FILE (8u << 20)

static char *expand_home(const char *dir)
{
    if (dir && dir[0] == '~' && (dir[1] == '/' || dir[1] == '\0')) {
        const char *home = getenv("HOME");
        if (home && *home)
            return xasprintf("%s%s", home, dir + 1);
    }
    return xstrdup(dir);
}

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Split one line into TAB-separated fields in place; returns the count (up to max). */
static size_t split_tabs(char *line, char **f, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    return n;
}

typedef int (*line_fn)(refdata *rd, char **f, size_t nf, const char *path, int lineno, int user, void *ctx);

static int read_tsv(refdata *rd, const char *path, int user, line_fn fn, void *ctx, sd_err *err)
{
    char *data = NULL;
    size_t len = 0;
    if (sd_read_file(path, REFDATA_MAX_FILE, &data, &len, err) != 0)
        return -1;
    int lineno = 0;
    char *p = data, *end = data + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *e = nl ? nl : end;
        lineno++;
        if (e > p && e[-1] == '\r')
            e[-1] = '\0';
        *e = '\0';
        if (*p && *p != '#') {
            if (!text_is_nfc(p, strlen(p))) {
                log_warn("%s:%d: not valid NFC UTF-8; line skipped", path, lineno);
            } else {
                char *f[6];
                size_t nf = split_tabs(p, f, SD_ARRAY_LEN(f));
                fn(rd, f, nf, path, lineno, user, ctx);
            }
        }
        p = e + 1;
    }
    free(data);
    return 0;
}

static void gloss_entry_clear(gloss_entry *g)
{
    free(g->term);
    free(g->definition);
    for (size_t i = 0; i < g->nspellings; i++)
        free(g->spellings[i]);
    free(g->spellings);
    memset(g, 0, sizeof *g);
}

static int glossary_line(refdata *rd, char **f, size_t nf, const char *path, int lineno, int user, void *ctx)
{
    (void)ctx;
    (void)user;
    if (nf != 4 || !*f[0] || !*f[2] || !*f[3]) {
        log_warn("%s:%d: a glossary line needs 4 non-empty fields (term, reading, aliases, definition); skipped",
                 path, lineno);
        return -1;
    }
    gloss_entry g = {0};
    g.term = xstrdup(f[0]);
    g.definition = xstrdup(f[3]);
    size_t cap = 0;
    g.spellings = xgrow(NULL, &cap, 1, sizeof *g.spellings);
    g.spellings[g.nspellings++] = xstrdup(f[0]);
    if (strcmp(f[2], "-") != 0) {
        char *p = f[2];
        while (p) {
            char *bar = strchr(p, '|');
            if (bar)
                *bar = '\0';
            if (*p) {
                g.spellings = xgrow(g.spellings, &cap, g.nspellings + 1, sizeof *g.spellings);
                g.spellings[g.nspellings++] = xstrdup(p);
            }
            p = bar ? bar + 1 : NULL;
        }
    }
    /* Key: the term.  A later record (the user's) replaces the earlier one. */
    for (size_t i = 0; i < rd->ngloss; i++) {
        if (strcmp(rd->gloss[i].term, g.term) == 0) {
            gloss_entry_clear(&rd->gloss[i]);
            rd->gloss[i] = g;
            return 0;
        }
    }
    rd->gloss = xgrow(rd->gloss, &rd->gloss_cap, rd->ngloss + 1, sizeof *rd->gloss);
    rd->gloss[rd->ngloss++] = g;
    return 0;
}

static const char *const guide_kinds[] = {"background", "impact", "countermeasure", "outlook"};

/* ctx: for the user file, which (category, kind) pairs it has replaced so far. */
typedef struct pair_list {
    char **v;
    size_t n, cap;
} pair_list;

static int guidance_line(refdata *rd, char **f, size_t nf, const char *path, int lineno, int user, void *ctx)
{
    if (nf != 3 || !*f[0] || !*f[1] || !*f[2]) {
        log_warn("%s:%d: a guidance line needs 3 non-empty fields (category, kind, text); skipped", path, lineno);
        return -1;
    }
    int kind_ok = 0;
    for (size_t k = 0; k < SD_ARRAY_LEN(guide_kinds); k++)
        kind_ok |= strcmp(f[1], guide_kinds[k]) == 0;
    enum story_category c;
    if (!kind_ok || (strcmp(f[0], "general") != 0 && story_category_from_id(f[0], &c) != 0)) {
        log_warn("%s:%d: unknown category or kind \"%s\" / \"%s\"; skipped", path, lineno, f[0], f[1]);
        return -1;
    }
    if (user) {
        pair_list *pl = ctx;
        char *key = xasprintf("%s\t%s", f[0], f[1]);
        int seen = 0;
        for (size_t i = 0; i < pl->n && !seen; i++)
            seen = strcmp(pl->v[i], key) == 0;
        if (!seen) {
            /* First user line of this pair: the bundled lines of the pair go. */
            size_t w = 0;
            for (size_t i = 0; i < rd->nguide; i++) {
                guide_line *g = &rd->guide[i];
                if (strcmp(g->category, f[0]) == 0 && strcmp(g->kind, f[1]) == 0) {
                    free(g->category);
                    free(g->kind);
                    free(g->text);
                } else {
                    rd->guide[w++] = *g;
                }
            }
            rd->nguide = w;
            pl->v = xgrow(pl->v, &pl->cap, pl->n + 1, sizeof *pl->v);
            pl->v[pl->n++] = key;
        } else {
            free(key);
        }
    }
    rd->guide = xgrow(rd->guide, &rd->guide_cap, rd->nguide + 1, sizeof *rd->guide);
    rd->guide[rd->nguide++] = (guide_line){xstrdup(f[0]), xstrdup(f[1]), xstrdup(f[2])};
    return 0;
}

int refdata_load(refdata *rd, const char *data_dir, const char *user_dir, sd_err *err)
{
    memset(rd, 0, sizeof *rd);
    static const char *const files[] = {"glossary.tsv", "guidance.tsv"};
    for (int user = 0; user <= 1; user++) {
        const char *dir0 = user ? user_dir : data_dir;
        if (!dir0 || !*dir0)
            continue;
        char *dir = expand_home(dir0);
        for (size_t k = 0; k < SD_ARRAY_LEN(files); k++) {
            char *path = xasprintf("%s/%s", dir, files[k]);
            if (!file_exists(path)) {
                if (!user) {
                    sd_err_set(err, "%s: missing bundled reference data", path);
                    free(path);
                    free(dir);
                    refdata_free(rd);
                    return -1;
                }
                free(path);
                continue;
            }
            pair_list pl = {0};
            int rc = read_tsv(rd, path, user, k == 0 ? glossary_line : guidance_line, &pl, err);
            for (size_t i = 0; i < pl.n; i++)
                free(pl.v[i]);
            free(pl.v);
            if (rc != 0) {
                sd_err_prefix(err, "%s", path);
                free(path);
                free(dir);
                refdata_free(rd);
                return -1;
            }
            free(path);
        }
        free(dir);
    }
    return 0;
}

void refdata_free(refdata *rd)
{
    for (size_t i = 0; i < rd->ngloss; i++)
        gloss_entry_clear(&rd->gloss[i]);
    free(rd->gloss);
    for (size_t i = 0; i < rd->nguide; i++) {
        free(rd->guide[i].category);
        free(rd->guide[i].kind);
        free(rd->guide[i].text);
    }
    free(rd->guide);
    memset(rd, 0, sizeof *rd);
}

size_t refdata_guidance(const refdata *rd, const char *category, const char *kind, const char ***lines)
{
    *lines = NULL;
    for (int pass = 0; pass < 2; pass++) {
        const char *cat = pass == 0 ? category : "general";
        size_t n = 0;
        for (size_t i = 0; i < rd->nguide; i++)
            n += strcmp(rd->guide[i].category, cat) == 0 && strcmp(rd->guide[i].kind, kind) == 0;
        if (n == 0)
            continue;
        const char **v = xcalloc(n, sizeof *v);
        size_t k = 0;
        for (size_t i = 0; i < rd->nguide; i++)
            if (strcmp(rd->guide[i].category, cat) == 0 && strcmp(rd->guide[i].kind, kind) == 0)
                v[k++] = rd->guide[i].text;
        *lines = v;
        return n;
    }
    return 0;
}

/* ---- which terms a text uses ---------------------------------------------- */

typedef struct spelling {
    char *s;          /* NFKC */
    size_t len;
    size_t entry;     /* index into rd->gloss */
    int exact_case;   /* an acronym: compare case-sensitively */
    int next;         /* next spelling in the same bucket, -1 at the end */
} spelling;

static unsigned char lower_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }
static int ascii_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static unsigned key2(const char *s)
{
    return (unsigned)lower_ascii((unsigned char)s[0]) << 8 | lower_ascii((unsigned char)s[1]);
}

static unsigned key3(const char *s)
{
    uint32_t h = (uint32_t)lower_ascii((unsigned char)s[0]) * 0x9E3779B1u;
    h ^= (uint32_t)lower_ascii((unsigned char)s[1]) * 0x85EBCA77u;
    h ^= (uint32_t)lower_ascii((unsigned char)s[2]) * 0xC2B2AE3Du;
    return (h ^ (h >> 16)) & 0xFFFFu;
}

static int is_acronym(const char *s)
{
    int upper = 0;
    for (const char *p = s; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            return 0;
        upper |= *p >= 'A' && *p <= 'Z';
    }
    return upper;
}

static int spelling_at(const spelling *sp, const char *t, size_t tlen, size_t i)
{
    if (i + sp->len > tlen)
        return 0;
    if (sp->exact_case) {
        if (memcmp(t + i, sp->s, sp->len) != 0)
            return 0;
    } else {
        for (size_t k = 0; k < sp->len; k++)
            if (lower_ascii((unsigned char)t[i + k]) != lower_ascii((unsigned char)sp->s[k]))
                return 0;
    }
    unsigned char first = (unsigned char)sp->s[0], last = (unsigned char)sp->s[sp->len - 1];
    if (ascii_alnum(first) && i > 0 && ascii_alnum((unsigned char)t[i - 1]))
        return 0;
    if (ascii_alnum(last) && i + sp->len < tlen && ascii_alnum((unsigned char)t[i + sp->len]))
        return 0;
    int32_t cp0, prev;
    text_utf8_decode(sp->s, sp->len, 0, &cp0);
    if (text_is_katakana(cp0) && i > 0) {
        size_t ps = text_utf8_char_start(t, tlen, i - 1);
        text_utf8_decode(t, tlen, ps, &prev);
        if (text_is_katakana(prev))
            return 0;
    }
    return 1;
}

typedef struct found {
    size_t entry;
    size_t pos;
} found;

static int found_cmp(const void *a, const void *b, const refdata *rd)
{
    const found *x = a, *y = b;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return strcmp(rd->gloss[x->entry].term, rd->gloss[y->entry].term);
}

size_t refdata_glossary_in(const refdata *rd, const char *text, size_t len, size_t max, size_t *idx)
{
    if (rd->ngloss == 0 || max == 0 || len == 0)
        return 0;
    /* Spellings of two bytes are found by their two bytes, longer ones by their first three. */
    enum { BUCKETS = 1 << 16 };
    int *head2 = xmalloc(BUCKETS * sizeof *head2), *head3 = xmalloc(BUCKETS * sizeof *head3);
    for (size_t i = 0; i < BUCKETS; i++)
        head2[i] = head3[i] = -1;
    spelling *sp = NULL;
    size_t nsp = 0, cap = 0;
    for (size_t e = 0; e < rd->ngloss; e++) {
        for (size_t k = 0; k < rd->gloss[e].nspellings; k++) {
            const char *s = rd->gloss[e].spellings[k];
            char *n = text_nfkc(s, strlen(s));
            size_t nl = strlen(n);
            if (nl < 2) {
                free(n);
                continue;
            }
            sp = xgrow(sp, &cap, nsp + 1, sizeof *sp);
            int *head = nl == 2 ? head2 : head3;
            unsigned key = nl == 2 ? key2(n) : key3(n);
            sp[nsp] = (spelling){n, nl, e, is_acronym(n), head[key]};
            head[key] = (int)nsp;
            nsp++;
        }
    }
    size_t *first = xmalloc(rd->ngloss * sizeof *first);
    for (size_t e = 0; e < rd->ngloss; e++)
        first[e] = SIZE_MAX;
    char *t = text_nfkc(text, len);
    size_t tlen = strlen(t);
    for (size_t i = 0; i + 1 < tlen; i++) {
        if (((unsigned char)t[i] & 0xC0) == 0x80)
            continue;
        for (int j = head2[key2(t + i)]; j >= 0; j = sp[j].next)
            if (first[sp[j].entry] == SIZE_MAX && spelling_at(&sp[j], t, tlen, i))
                first[sp[j].entry] = i;
        if (i + 2 < tlen)
            for (int j = head3[key3(t + i)]; j >= 0; j = sp[j].next)
                if (first[sp[j].entry] == SIZE_MAX && spelling_at(&sp[j], t, tlen, i))
                    first[sp[j].entry] = i;
    }
    found *fv = xmalloc(rd->ngloss * sizeof *fv);
    size_t nf = 0;
    for (size_t e = 0; e < rd->ngloss; e++)
        if (first[e] != SIZE_MAX)
            fv[nf++] = (found){e, first[e]};
    /* Insertion sort: the list is short and the order must be total. */
    for (size_t i = 1; i < nf; i++) {
        found x = fv[i];
        size_t j = i;
        while (j > 0 && found_cmp(&fv[j - 1], &x, rd) > 0) {
            fv[j] = fv[j - 1];
            j--;
        }
        fv[j] = x;
    }
    size_t out = nf < max ? nf : max;
    for (size_t i = 0; i < out; i++)
        idx[i] = fv[i].entry;
    free(fv);
    free(t);
    free(first);
    for (size_t i = 0; i < nsp; i++)
        free(sp[i].s);
    free(sp);
    free(head2);
    free(head3);
    return out;
}
