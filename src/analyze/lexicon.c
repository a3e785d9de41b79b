#include "analyze/lexicon.h"

#include "text/normalize.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define LEX_MAX_FILE_BYTES (32u << 20)
#define LEX_MAX_PATTERN_BYTES 256
#define NONE32 UINT32_MAX

/* ---- a small string -> u32 map (open addressing) ---------------------------------- */

typedef struct strmap {
    char **keys;
    size_t *klens;
    uint32_t *vals;
    size_t cap, count;
} strmap;

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h ^ (h >> 29);
}

static void strmap_free(strmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->klens);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

static size_t strmap_slot(const strmap *m, const char *k, size_t n)
{
    size_t mask = m->cap - 1;
    size_t i = (size_t)hash_bytes(k, n) & mask;
    while (m->keys[i] && !(m->klens[i] == n && memcmp(m->keys[i], k, n) == 0))
        i = (i + 1) & mask;
    return i;
}

static int strmap_get(const strmap *m, const char *k, size_t n, uint32_t *v)
{
    if (!m->cap)
        return 0;
    size_t i = strmap_slot(m, k, n);
    if (!m->keys[i])
        return 0;
    *v = m->vals[i];
    return 1;
}

static void strmap_put(strmap *m, const char *k, size_t n, uint32_t v)
{
    if ((m->count + 1) * 2 > m->cap) {
        strmap old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        m->keys = xcalloc(m->cap, sizeof *m->keys);
        m->klens = xcalloc(m->cap, sizeof *m->klens);
        m->vals = xcalloc(m->cap, sizeof *m->vals);
        m->count = 0;
        for (size_t i = 0; i < old.cap; i++) {
            if (!old.keys[i])
                continue;
            size_t s = strmap_slot(m, old.keys[i], old.klens[i]);
            m->keys[s] = old.keys[i];
            m->klens[s] = old.klens[i];
            m->vals[s] = old.vals[i];
            m->count++;
        }
        free(old.keys);
        free(old.klens);
        free(old.vals);
    }
    size_t s = strmap_slot(m, k, n);
    if (!m->keys[s]) {
        m->keys[s] = xstrndup(k, n);
        m->klens[s] = n;
        m->count++;
    }
    m->vals[s] = v;
}

/* ---- the lexicon ---------------------------------------------------------------------- */

typedef struct raw_entry {
    lexicon_entry pub;
    char *name;      /* owned; pub.name points here */
    int file;        /* enum lexicon_file, or LEX_FILE_COUNT for built-ins */
    char **aliases;  /* as written */
    size_t nalias;
    int removed;
} raw_entry;

typedef struct pattern_ref {
    char *text; /* folded */
    size_t len;
    uint32_t entry;
} pattern_ref;

typedef struct ac_node {
    uint32_t fail;
    uint32_t dict;      /* nearest node on the fail chain that ends a pattern, 0 if none */
    uint32_t pattern;   /* pattern ending here, or NONE32 */
    uint32_t first_edge;
    uint32_t nedges;
} ac_node;

struct lexicon {
    raw_entry *entries;
    size_t nentries, entries_cap;
    strmap keys; /* file-qualified folded key -> entry id */
    char **categories;
    size_t ncategories, categories_cap;
    int compiled;

    /* compiled */
    ac_node *nodes;
    size_t nnodes;
    unsigned char *edge_byte;
    uint32_t *edge_target;
    size_t nedges;
    uint32_t root_next[256];
    uint32_t *pat_len;
    uint8_t *pat_flags;
    uint32_t *pat_first; /* into pat_entries */
    uint32_t *pat_count;
    uint32_t *pat_entries;
    size_t npatterns;
    strmap patterns; /* folded pattern -> pattern id */

    /* The automaton as a dense table, for lexicon_scan: row s, column
     * byte_class[c] is next_state(s, c), failure links already followed.
     * Bytes that no pattern contains share class 0 (back to the root); as
     * patterns are C strings, NUL is never in one and 256 classes suffice.
     * 16-bit states when they fit, which halves the table. */
    uint8_t byte_class[256];
    size_t nclasses;
    uint16_t *dfa16;
    uint32_t *dfa32;
    uint32_t *report; /* first node on s's dictionary chain that ends a pattern, or 0 */
};

enum { PAT_BOUND_LEFT = 1, PAT_BOUND_RIGHT = 2, PAT_KATA_LEFT = 4 };

static const char *const file_names[LEX_FILE_COUNT] = {
    "actors.tsv", "vendors.tsv", "names_ja_latin.tsv", "japan.tsv", "categories.tsv",
};

const char *lexicon_kind_name(enum lexicon_kind kind)
{
    static const char *const names[] = {"actor",    "malware",   "ransomware", "vendor", "product",
                                        "name",     "jp_org",    "jp_gov",     "jp_place",
                                        "jp_domain", "jp_word",  "category",   "signal", "stop"};
    return (unsigned)kind < SD_ARRAY_LEN(names) ? names[kind] : "unknown";
}

static uint32_t entry_new(lexicon *lex, int file, const char *name, enum lexicon_kind kind)
{
    lex->entries = xgrow(lex->entries, &lex->entries_cap, lex->nentries + 1, sizeof *lex->entries);
    raw_entry *e = &lex->entries[lex->nentries];
    memset(e, 0, sizeof *e);
    e->name = xstrdup(name);
    e->file = file;
    e->pub.name = e->name;
    e->pub.kind = kind;
    e->pub.category = -1;
    e->pub.signal = -1;
    return (uint32_t)lex->nentries++;
}

static void entry_clear_aliases(raw_entry *e)
{
    for (size_t i = 0; i < e->nalias; i++)
        free(e->aliases[i]);
    free(e->aliases);
    e->aliases = NULL;
    e->nalias = 0;
}

static void entry_add_alias(raw_entry *e, const char *a, size_t n)
{
    e->aliases = xrealloc(e->aliases, (e->nalias + 1) * sizeof *e->aliases);
    e->aliases[e->nalias++] = xstrndup(a, n);
}

/* Built-in phrases, written folded (lower case, NFKC). */
static const struct {
    enum lexicon_signal signal;
    const char *phrase;
} builtin_signals[] = {
    {LEX_SIG_EXPLOITED_EN, "actively exploited"},
    {LEX_SIG_EXPLOITED_EN, "active exploitation"},
    {LEX_SIG_EXPLOITED_EN, "exploited in the wild"},
    {LEX_SIG_EXPLOITED_EN, "exploitation in the wild"},
    {LEX_SIG_EXPLOITED_EN, "in-the-wild exploitation"},
    {LEX_SIG_EXPLOITED_EN, "in the wild exploitation"},
    {LEX_SIG_EXPLOITED_EN, "exploited in attacks"},
    {LEX_SIG_EXPLOITED_EN, "exploited in limited"},
    {LEX_SIG_EXPLOITED_EN, "exploited in targeted"},
    {LEX_SIG_EXPLOITED_EN, "being exploited"},
    {LEX_SIG_EXPLOITED_EN, "been exploited"},
    {LEX_SIG_EXPLOITED_EN, "under active attack"},
    {LEX_SIG_EXPLOITED_EN, "exploitation detected"},
    {LEX_SIG_EXPLOITED_EN, "exploited as a zero-day"},
    {LEX_SIG_EXPLOITED_EN, "exploited as zero-day"},
    {LEX_SIG_EXPLOITED_EN, "exploited zero-day"},
    {LEX_SIG_EXPLOITED_JA, "悪用を確認"},
    {LEX_SIG_EXPLOITED_JA, "悪用が確認"},
    {LEX_SIG_EXPLOITED_JA, "悪用も確認"},
    {LEX_SIG_EXPLOITED_JA, "悪用は確認"},
    {LEX_SIG_EXPLOITED_JA, "悪用の事実"},
    {LEX_SIG_EXPLOITED_JA, "悪用されてい"},
    {LEX_SIG_EXPLOITED_JA, "悪用された"},
    {LEX_SIG_EXPLOITED_JA, "悪用が報告"},
    {LEX_SIG_EXPLOITED_JA, "悪用の報告"},
    {LEX_SIG_EXPLOITED_JA, "悪用を観測"},
    {LEX_SIG_EXPLOITED_JA, "悪用が観測"},
    {LEX_SIG_EXPLOITED_JA, "悪用を検知"},
    {LEX_SIG_EXPLOITED_JA, "悪用が検知"},
    {LEX_SIG_EXPLOITED_JA, "悪用する攻撃"},
    {LEX_SIG_EXPLOITED_JA, "悪用した攻撃"},
    {LEX_SIG_EXPLOITED_JA, "攻撃に悪用"},
    {LEX_SIG_EXPLOITED_JA, "攻撃に利用されてい"},
    {LEX_SIG_EXPLOITED_JA, "攻撃に利用された"},
    {LEX_SIG_EXPLOITED_JA, "悪用事例"},
    {LEX_SIG_EXPLOITED_JA, "悪用が始ま"},
    {LEX_SIG_EXPLOITED_JA, "悪用が相次"},
    {LEX_SIG_EXPLOITED_JA, "悪用が活発"},
    {LEX_SIG_EXPLOITED_JA, "実際に悪用"},
    {LEX_SIG_EXPLOITED_JA, "悪用を試み"},
    {LEX_SIG_EXPLOITED_JA, "悪用の試み"},
    {LEX_SIG_EXPLOITED_JA, "悪用が試み"},
    {LEX_SIG_ZERO_DAY, "zero-day"},
    {LEX_SIG_ZERO_DAY, "zero day"},
    {LEX_SIG_ZERO_DAY, "zeroday"},
    {LEX_SIG_ZERO_DAY, "0-day"},
    {LEX_SIG_ZERO_DAY, "0day"},
    {LEX_SIG_ZERO_DAY, "ゼロデイ"},
    {LEX_SIG_KEV, "kev"},
    {LEX_SIG_KEV, "known exploited vulnerabilities"},
    {LEX_SIG_KEV, "known exploited vulnerability"},
    {LEX_SIG_KEV, "既知の悪用された脆弱性"},
    {LEX_SIG_KEV, "悪用が確認された脆弱性カタログ"},
    {LEX_SIG_RANSOMWARE, "ransomware"},
    {LEX_SIG_RANSOMWARE, "ransom note"},
    {LEX_SIG_RANSOMWARE, "ransom demand"},
    {LEX_SIG_RANSOMWARE, "ransom payment"},
    {LEX_SIG_RANSOMWARE, "ランサム"},
    {LEX_SIG_RANSOMWARE, "身代金"},
};

/* Longer phrases that must not count as the shorter name inside them. */
static const char *const builtin_stops[] = {
    "日本時間", "日本語", "国内外", "米国内", "英国内", "韓国内", "中国国内", "同国内", "国内総生産",
};

lexicon *lexicon_create(void)
{
    lexicon *lex = xcalloc(1, sizeof *lex);
    static const char *const signal_names[] = {"exploited (en)", "exploited (ja)", "zero-day",
                                               "kev", "ransomware"};
    uint32_t sig_entry[SD_ARRAY_LEN(signal_names)];
    for (size_t s = 0; s < SD_ARRAY_LEN(signal_names); s++) {
        sig_entry[s] = entry_new(lex, LEX_FILE_COUNT, signal_names[s], LEX_SIGNAL);
        lex->entries[sig_entry[s]].pub.signal = (int)s;
    }
    for (size_t i = 0; i < SD_ARRAY_LEN(builtin_signals); i++) {
        raw_entry *e = &lex->entries[sig_entry[builtin_signals[i].signal]];
        entry_add_alias(e, builtin_signals[i].phrase, strlen(builtin_signals[i].phrase));
    }
    uint32_t stop = entry_new(lex, LEX_FILE_COUNT, "stop", LEX_STOP);
    for (size_t i = 0; i < SD_ARRAY_LEN(builtin_stops); i++)
        entry_add_alias(&lex->entries[stop], builtin_stops[i], strlen(builtin_stops[i]));
    return lex;
}

void lexicon_free(lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->nentries; i++) {
        free(lex->entries[i].name);
        entry_clear_aliases(&lex->entries[i]);
    }
    free(lex->entries);
    strmap_free(&lex->keys);
    for (size_t i = 0; i < lex->ncategories; i++)
        free(lex->categories[i]);
    free(lex->categories);
    free(lex->nodes);
    free(lex->edge_byte);
    free(lex->edge_target);
    free(lex->pat_len);
    free(lex->pat_flags);
    free(lex->pat_first);
    free(lex->pat_count);
    free(lex->pat_entries);
    free(lex->dfa16);
    free(lex->dfa32);
    free(lex->report);
    strmap_free(&lex->patterns);
    free(lex);
}

/* ---- parsing ---------------------------------------------------------------------------- */

#define MAX_FIELDS 4

typedef struct field {
    const char *p;
    size_t n;
} field;

static void trim_field(field *f)
{
    while (f->n && (f->p[0] == ' ' || f->p[0] == '\r'))
        f->p++, f->n--;
    while (f->n && (f->p[f->n - 1] == ' ' || f->p[f->n - 1] == '\r'))
        f->n--;
}

static int field_is(const field *f, const char *s) { return f->n == strlen(s) && memcmp(f->p, s, f->n) == 0; }

/* The key that decides what a later file overrides. */
static char *entry_key(int file, const char *a, size_t an, const char *b, size_t bn)
{
    char *fa = text_fold(a, an);
    strbuf sb = STRBUF_INIT;
    strbuf_printf(&sb, "%d\x1f%s", file, fa);
    free(fa);
    if (b) {
        char *fb = text_fold(b, bn);
        strbuf_printf(&sb, "\x1f%s", fb);
        free(fb);
    }
    return strbuf_detach(&sb);
}

/* Find or make the entry for `key`; a found entry is emptied for replacement. */
static raw_entry *entry_for_key(lexicon *lex, char *key, int file, const char *name, size_t namelen,
                                enum lexicon_kind kind)
{
    uint32_t id;
    raw_entry *e;
    if (strmap_get(&lex->keys, key, strlen(key), &id)) {
        e = &lex->entries[id];
        entry_clear_aliases(e);
        free(e->name);
        e->name = xstrndup(name, namelen);
        e->pub.name = e->name;
        e->pub.kind = kind;
        e->removed = 0;
    } else {
        char *nm = xstrndup(name, namelen);
        id = entry_new(lex, file, nm, kind);
        free(nm);
        strmap_put(&lex->keys, key, strlen(key), id);
        e = &lex->entries[id];
    }
    free(key);
    return e;
}

static void remove_key(lexicon *lex, char *key)
{
    uint32_t id;
    if (strmap_get(&lex->keys, key, strlen(key), &id))
        lex->entries[id].removed = 1;
    free(key);
}

static int add_aliases(raw_entry *e, const field *f, const char *name, int line, sd_err *err)
{
    size_t i = 0;
    while (i <= f->n) {
        size_t j = i;
        while (j < f->n && f->p[j] != '|')
            j++;
        field a = {f->p + i, j - i};
        trim_field(&a);
        if (a.n > LEX_MAX_PATTERN_BYTES)
            return sd_err_set(err, "%s:%d: alias longer than %d bytes", name, line, LEX_MAX_PATTERN_BYTES);
        if (a.n)
            entry_add_alias(e, a.p, a.n);
        i = j + 1;
    }
    return 0;
}

static int category_index(lexicon *lex, const char *c, size_t n)
{
    for (size_t i = 0; i < lex->ncategories; i++)
        if (strlen(lex->categories[i]) == n && memcmp(lex->categories[i], c, n) == 0)
            return (int)i;
    lex->categories = xgrow(lex->categories, &lex->categories_cap, lex->ncategories + 1,
                            sizeof *lex->categories);
    lex->categories[lex->ncategories] = xstrndup(c, n);
    return (int)lex->ncategories++;
}

static int parse_line(lexicon *lex, enum lexicon_file file, field *f, int nf, const char *name,
                      int line, sd_err *err)
{
    static const int want_min[LEX_FILE_COUNT] = {2, 2, 2, 2, 3};
    static const int want_max[LEX_FILE_COUNT] = {3, 3, 2, 2, 3};
    static const char *const shape[LEX_FILE_COUNT] = {
        "canonical, kind, aliases", "canonical, kind, aliases", "latin, forms", "term, kind",
        "category, weight, keyword"};
    if (nf < want_min[file] || nf > want_max[file])
        return sd_err_set(err, "%s:%d: expected %d tab-separated fields (%s), got %d", name, line,
                          want_max[file], shape[file], nf);
    if (f[0].n == 0)
        return sd_err_set(err, "%s:%d: empty first field", name, line);
    if (f[0].n > LEX_MAX_PATTERN_BYTES)
        return sd_err_set(err, "%s:%d: name longer than %d bytes", name, line, LEX_MAX_PATTERN_BYTES);

    switch (file) {
    case LEX_FILE_ACTORS:
    case LEX_FILE_VENDORS: {
        static const struct {
            const char *word;
            enum lexicon_kind kind;
            enum lexicon_file file;
        } kinds[] = {{"actor", LEX_ACTOR, LEX_FILE_ACTORS},
                     {"malware", LEX_MALWARE, LEX_FILE_ACTORS},
                     {"ransomware", LEX_RANSOMWARE, LEX_FILE_ACTORS},
                     {"vendor", LEX_VENDOR, LEX_FILE_VENDORS},
                     {"product", LEX_PRODUCT, LEX_FILE_VENDORS}};
        char *key = entry_key(file, f[0].p, f[0].n, NULL, 0);
        if (field_is(&f[1], "none")) {
            remove_key(lex, key);
            return 0;
        }
        int k = -1;
        for (size_t i = 0; i < SD_ARRAY_LEN(kinds); i++)
            if (kinds[i].file == file && field_is(&f[1], kinds[i].word))
                k = (int)i;
        if (k < 0) {
            free(key);
            return sd_err_set(err, "%s:%d: unknown kind '%.*s' (expected %s or none)", name, line,
                              (int)f[1].n, f[1].p,
                              file == LEX_FILE_ACTORS ? "actor, malware, ransomware" : "vendor, product");
        }
        raw_entry *e = entry_for_key(lex, key, file, f[0].p, f[0].n, kinds[k].kind);
        return nf == 3 ? add_aliases(e, &f[2], name, line, err) : 0;
    }
    case LEX_FILE_NAMES: {
        char *key = entry_key(file, f[0].p, f[0].n, NULL, 0);
        if (field_is(&f[1], "-")) {
            remove_key(lex, key);
            return 0;
        }
        raw_entry *e = entry_for_key(lex, key, file, f[0].p, f[0].n, LEX_NAME);
        return add_aliases(e, &f[1], name, line, err);
    }
    case LEX_FILE_JAPAN: {
        static const struct {
            const char *word;
            enum lexicon_kind kind;
        } kinds[] = {{"org", LEX_JP_ORG},       {"gov", LEX_JP_GOV}, {"place", LEX_JP_PLACE},
                     {"domain", LEX_JP_DOMAIN}, {"word", LEX_JP_WORD}};
        char *key = entry_key(file, f[0].p, f[0].n, NULL, 0);
        if (field_is(&f[1], "none")) {
            remove_key(lex, key);
            return 0;
        }
        for (size_t i = 0; i < SD_ARRAY_LEN(kinds); i++) {
            if (field_is(&f[1], kinds[i].word)) {
                entry_for_key(lex, key, file, f[0].p, f[0].n, kinds[i].kind);
                return 0;
            }
        }
        free(key);
        return sd_err_set(err, "%s:%d: unknown kind '%.*s' (expected org, gov, place, domain, word or none)",
                          name, line, (int)f[1].n, f[1].p);
    }
    case LEX_FILE_CATEGORIES: {
        for (size_t i = 0; i < f[0].n; i++)
            if (!((f[0].p[i] >= 'a' && f[0].p[i] <= 'z') || f[0].p[i] == '_'))
                return sd_err_set(err, "%s:%d: category id '%.*s' is not [a-z_]+", name, line,
                                  (int)f[0].n, f[0].p);
        char num[64];
        if (f[1].n == 0 || f[1].n >= sizeof num)
            return sd_err_set(err, "%s:%d: weight is not a number", name, line);
        memcpy(num, f[1].p, f[1].n);
        num[f[1].n] = '\0';
        char *end;
        errno = 0;
        double w = strtod(num, &end);
        if (*end || errno || !isfinite(w) || w < -1000 || w > 1000)
            return sd_err_set(err, "%s:%d: weight '%s' is not a number in [-1000, 1000]", name, line, num);
        if (f[2].n == 0)
            return sd_err_set(err, "%s:%d: empty keyword", name, line);
        if (f[2].n > LEX_MAX_PATTERN_BYTES)
            return sd_err_set(err, "%s:%d: keyword longer than %d bytes", name, line, LEX_MAX_PATTERN_BYTES);
        char *key = entry_key(file, f[0].p, f[0].n, f[2].p, f[2].n);
        if (w == 0) {
            remove_key(lex, key);
            return 0;
        }
        raw_entry *e = entry_for_key(lex, key, file, f[2].p, f[2].n, LEX_CATEGORY);
        e->pub.category = category_index(lex, f[0].p, f[0].n);
        e->pub.weight = w;
        return 0;
    }
    case LEX_FILE_COUNT:
        break;
    }
    return sd_err_set(err, "%s: unknown lexicon file", name);
}

int lexicon_add_text(lexicon *lex, enum lexicon_file file, const char *text, size_t len,
                     const char *name, sd_err *err)
{
    if (lex->compiled)
        return sd_err_set(err, "%s: lexicon already compiled", name);
    if ((unsigned)file >= LEX_FILE_COUNT)
        return sd_err_set(err, "%s: unknown lexicon file", name);
    size_t i = 0;
    int line = 0;
    /* A UTF-8 BOM is tolerated. */
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        line++;
        field f[MAX_FIELDS + 1];
        size_t s = i;
        while (s < e && (text[s] == ' ' || text[s] == '\r'))
            s++;
        if (s < e && text[s] != '#') {
            int nf = 0;
            size_t a = i;
            for (;;) {
                size_t b = a;
                while (b < e && text[b] != '\t')
                    b++;
                if (nf <= MAX_FIELDS) {
                    f[nf].p = text + a;
                    f[nf].n = b - a;
                    trim_field(&f[nf]);
                }
                nf++;
                if (b >= e)
                    break;
                a = b + 1;
            }
            if (nf > MAX_FIELDS)
                nf = MAX_FIELDS;
            /* Trailing empty fields (a stray TAB at the end) do not count. */
            while (nf > 1 && f[nf - 1].n == 0)
                nf--;
            if (parse_line(lex, file, f, nf, name, line, err) < 0)
                return -1;
        }
        i = e + 1;
    }
    return 0;
}

int lexicon_add_dir(lexicon *lex, const char *dir, int missing_ok, sd_err *err)
{
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        if (missing_ok)
            return 0;
        return sd_err_set(err, "%s: lexicon folder not found", dir);
    }
    for (int f = 0; f < LEX_FILE_COUNT; f++) {
        char *path = xasprintf("%s/%s", dir, file_names[f]);
        if (stat(path, &st) != 0) {
            free(path);
            continue;
        }
        char *data = NULL;
        size_t len = 0;
        if (sd_read_file(path, LEX_MAX_FILE_BYTES, &data, &len, err) < 0) {
            free(path);
            return -1;
        }
        int rc = lexicon_add_text(lex, (enum lexicon_file)f, data, len, path, err);
        free(data);
        free(path);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* ---- compiling ------------------------------------------------------------------------------ */

static int is_ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

typedef struct pattern_vec {
    pattern_ref *items;
    size_t count, cap;
} pattern_vec;

static void push_pattern(pattern_vec *v, const char *s, size_t n, uint32_t entry)
{
    char *f = text_fold(s, n);
    /* Runs of white space fold to one space, as article text is compared. */
    size_t w = 0;
    for (size_t r = 0; f[r]; r++) {
        if (f[r] == ' ' || f[r] == '\t' || f[r] == '\n' || f[r] == '\r') {
            if (w == 0 || f[w - 1] == ' ')
                continue;
            f[w++] = ' ';
        } else {
            f[w++] = f[r];
        }
    }
    while (w && f[w - 1] == ' ')
        w--;
    f[w] = '\0';
    if (w < 2 || w > LEX_MAX_PATTERN_BYTES) {
        free(f);
        return;
    }
    v->items = xgrow(v->items, &v->cap, v->count + 1, sizeof *v->items);
    v->items[v->count].text = f;
    v->items[v->count].len = w;
    v->items[v->count].entry = entry;
    v->count++;
}

static int pattern_cmp(const void *a, const void *b)
{
    const pattern_ref *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->text, y->text, n);
    if (c)
        return c;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return x->entry < y->entry ? -1 : x->entry > y->entry;
}

static int is_actor_or_vendor(enum lexicon_kind k)
{
    return k == LEX_ACTOR || k == LEX_MALWARE || k == LEX_RANSOMWARE || k == LEX_VENDOR ||
           k == LEX_PRODUCT;
}

static void collect_patterns(lexicon *lex, pattern_vec *v)
{
    /* Everything except names_ja_latin first. */
    for (uint32_t id = 0; id < lex->nentries; id++) {
        raw_entry *e = &lex->entries[id];
        if (e->removed || e->file == LEX_FILE_NAMES)
            continue;
        if (e->pub.kind != LEX_SIGNAL && e->pub.kind != LEX_STOP)
            push_pattern(v, e->name, strlen(e->name), id);
        for (size_t a = 0; a < e->nalias; a++)
            push_pattern(v, e->aliases[a], strlen(e->aliases[a]), id);
    }
    /* Which actor/vendor entries each folded name or alias belongs to. */
    strmap owner = {0};
    size_t base = v->count;
    for (size_t i = 0; i < base; i++) {
        if (!is_actor_or_vendor(lex->entries[v->items[i].entry].pub.kind))
            continue;
        uint32_t prev;
        /* A name shared by two entries is ambiguous: attach forms to neither. */
        if (strmap_get(&owner, v->items[i].text, v->items[i].len, &prev) && prev != v->items[i].entry)
            strmap_put(&owner, v->items[i].text, v->items[i].len, NONE32);
        else
            strmap_put(&owner, v->items[i].text, v->items[i].len, v->items[i].entry);
    }
    for (uint32_t id = 0; id < lex->nentries; id++) {
        raw_entry *e = &lex->entries[id];
        if (e->removed || e->file != LEX_FILE_NAMES)
            continue;
        char *fl = text_fold(e->name, strlen(e->name));
        uint32_t target;
        int merged = strmap_get(&owner, fl, strlen(fl), &target) && target != NONE32;
        free(fl);
        if (!merged) {
            target = id;
            push_pattern(v, e->name, strlen(e->name), id);
        }
        for (size_t a = 0; a < e->nalias; a++)
            push_pattern(v, e->aliases[a], strlen(e->aliases[a]), target);
    }
    strmap_free(&owner);
}

static uint32_t goto_edge(const lexicon *lex, uint32_t s, unsigned char c)
{
    const ac_node *n = &lex->nodes[s];
    const unsigned char *eb = lex->edge_byte + n->first_edge;
    uint32_t lo = 0, hi = n->nedges;
    if (hi <= 8) {
        for (uint32_t k = 0; k < hi; k++)
            if (eb[k] == c)
                return lex->edge_target[n->first_edge + k];
        return 0;
    }
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (eb[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < n->nedges && eb[lo] == c)
        return lex->edge_target[n->first_edge + lo];
    return 0;
}

static uint32_t next_state(const lexicon *lex, uint32_t s, unsigned char c)
{
    for (;;) {
        if (s == 0)
            return lex->root_next[c];
        uint32_t t = goto_edge(lex, s, c);
        if (t)
            return t;
        s = lex->nodes[s].fail;
    }
}

/* The dense table from the goto edges and failure links; `order` is the
 * breadth-first order, so a node's failure target has its row already. */
static void build_dense(lexicon *lex, const uint32_t *order, size_t norder)
{
    unsigned char class_byte[256];
    memset(lex->byte_class, 0, sizeof lex->byte_class);
    size_t nc = 1;
    class_byte[0] = 0;
    for (size_t k = 0; k < lex->nedges; k++) {
        unsigned char c = lex->edge_byte[k];
        if (!lex->byte_class[c]) {
            lex->byte_class[c] = (uint8_t)nc;
            class_byte[nc++] = c;
        }
    }
    lex->nclasses = nc;
    size_t nn = lex->nnodes;
    int narrow = nn <= (size_t)UINT16_MAX + 1;
    uint32_t *row = xmalloc(nc * sizeof *row);
    if (narrow)
        lex->dfa16 = xmalloc(nn * nc * sizeof *lex->dfa16);
    else
        lex->dfa32 = xmalloc(nn * nc * sizeof *lex->dfa32);
    lex->report = xmalloc(nn * sizeof *lex->report);
    for (size_t qi = 0; qi < norder; qi++) {
        uint32_t u = order[qi];
        const ac_node *n = &lex->nodes[u];
        if (u == 0) {
            row[0] = 0;
            for (size_t cl = 1; cl < nc; cl++)
                row[cl] = lex->root_next[class_byte[cl]];
            for (size_t cl = 0; cl < nc; cl++) {
                if (narrow)
                    lex->dfa16[cl] = (uint16_t)row[cl];
                else
                    lex->dfa32[cl] = row[cl];
            }
        } else if (narrow) {
            uint16_t *r = lex->dfa16 + (size_t)u * nc;
            memcpy(r, lex->dfa16 + (size_t)n->fail * nc, nc * sizeof *r);
            for (uint32_t k = 0; k < n->nedges; k++)
                r[lex->byte_class[lex->edge_byte[n->first_edge + k]]] = (uint16_t)lex->edge_target[n->first_edge + k];
        } else {
            uint32_t *r = lex->dfa32 + (size_t)u * nc;
            memcpy(r, lex->dfa32 + (size_t)n->fail * nc, nc * sizeof *r);
            for (uint32_t k = 0; k < n->nedges; k++)
                r[lex->byte_class[lex->edge_byte[n->first_edge + k]]] = lex->edge_target[n->first_edge + k];
        }
        lex->report[u] = n->pattern != NONE32 ? u : n->dict;
    }
    free(row);
}

int lexicon_compile(lexicon *lex, sd_err *err)
{
    if (lex->compiled)
        return 0;
    pattern_vec v = {0};
    collect_patterns(lex, &v);
    if (v.count)
        qsort(v.items, v.count, sizeof *v.items, pattern_cmp);

    /* Group equal strings into patterns. */
    lex->pat_entries = xmalloc((v.count + 1) * sizeof *lex->pat_entries);
    lex->pat_first = xmalloc((v.count + 1) * sizeof *lex->pat_first);
    lex->pat_count = xmalloc((v.count + 1) * sizeof *lex->pat_count);
    lex->pat_len = xmalloc((v.count + 1) * sizeof *lex->pat_len);
    lex->pat_flags = xmalloc(v.count + 1);
    size_t *pat_src = xmalloc((v.count + 1) * sizeof *pat_src); /* first pattern_ref of each */
    size_t np = 0, ne = 0;
    for (size_t i = 0; i < v.count; i++) {
        int same = i > 0 && v.items[i].len == v.items[i - 1].len &&
                   memcmp(v.items[i].text, v.items[i - 1].text, v.items[i].len) == 0;
        if (!same) {
            pat_src[np] = i;
            lex->pat_first[np] = (uint32_t)ne;
            lex->pat_count[np] = 0;
            lex->pat_len[np] = (uint32_t)v.items[i].len;
            const char *t = v.items[i].text;
            size_t n = v.items[i].len;
            uint8_t fl = 0;
            if (is_ascii_alnum((unsigned char)t[0]))
                fl |= PAT_BOUND_LEFT;
            if (is_ascii_alnum((unsigned char)t[n - 1]))
                fl |= PAT_BOUND_RIGHT;
            int32_t cp;
            text_utf8_decode(t, n, 0, &cp);
            if (text_is_katakana(cp))
                fl |= PAT_KATA_LEFT;
            lex->pat_flags[np] = fl;
            strmap_put(&lex->patterns, t, n, (uint32_t)np);
            np++;
        } else if (v.items[i].entry == v.items[i - 1].entry) {
            continue;
        }
        lex->pat_entries[ne++] = v.items[i].entry;
        lex->pat_count[np - 1]++;
    }
    lex->npatterns = np;

    /* Trie, built from the sorted patterns: a node's children arrive in byte
     * order, and only its last child can continue the current pattern. */
    typedef struct build_node {
        uint32_t first_child, last_child, next_sibling;
        unsigned char byte;
    } build_node;
    size_t bcap = 0, nb = 1;
    build_node *bn = NULL;
    bn = xgrow(bn, &bcap, 1, sizeof *bn);
    memset(&bn[0], 0, sizeof bn[0]);
    uint32_t *node_pattern = NULL;
    size_t npcap = 0;
    node_pattern = xgrow(node_pattern, &npcap, 1, sizeof *node_pattern);
    node_pattern[0] = NONE32;
    for (size_t p = 0; p < np; p++) {
        const pattern_ref *r = &v.items[pat_src[p]];
        uint32_t u = 0;
        for (size_t k = 0; k < r->len; k++) {
            unsigned char c = (unsigned char)r->text[k];
            uint32_t lc = bn[u].last_child;
            if (lc && bn[lc].byte == c) {
                u = lc;
                continue;
            }
            bn = xgrow(bn, &bcap, nb + 1, sizeof *bn);
            node_pattern = xgrow(node_pattern, &npcap, nb + 1, sizeof *node_pattern);
            uint32_t w = (uint32_t)nb++;
            memset(&bn[w], 0, sizeof bn[w]);
            bn[w].byte = c;
            node_pattern[w] = NONE32;
            if (lc)
                bn[lc].next_sibling = w;
            else
                bn[u].first_child = w;
            bn[u].last_child = w;
            u = w;
        }
        node_pattern[u] = (uint32_t)p;
    }
    if (nb >= NONE32 / 2) {
        free(bn);
        free(node_pattern);
        free(pat_src);
        for (size_t i = 0; i < v.count; i++)
            free(v.items[i].text);
        free(v.items);
        return sd_err_set(err, "lexicon too large");
    }

    /* Pack edges in breadth-first order and compute failure links. */
    lex->nnodes = nb;
    lex->nodes = xcalloc(nb, sizeof *lex->nodes);
    lex->edge_byte = xmalloc(nb);
    lex->edge_target = xmalloc(nb * sizeof *lex->edge_target);
    uint32_t *queue = xmalloc(nb * sizeof *queue);
    size_t qh = 0, qt = 0, ned = 0;
    queue[qt++] = 0;
    while (qh < qt) {
        uint32_t u = queue[qh++];
        lex->nodes[u].pattern = node_pattern[u];
        lex->nodes[u].first_edge = (uint32_t)ned;
        for (uint32_t c = bn[u].first_child; c; c = bn[c].next_sibling) {
            lex->edge_byte[ned] = bn[c].byte;
            lex->edge_target[ned] = c;
            ned++;
            queue[qt++] = c;
        }
        lex->nodes[u].nedges = (uint32_t)(ned - lex->nodes[u].first_edge);
    }
    lex->nedges = ned;
    memset(lex->root_next, 0, sizeof lex->root_next);
    for (uint32_t k = 0; k < lex->nodes[0].nedges; k++)
        lex->root_next[lex->edge_byte[k]] = lex->edge_target[k];
    /* queue holds the breadth-first order: parents before children. */
    for (size_t qi = 0; qi < qt; qi++) {
        uint32_t u = queue[qi];
        ac_node *n = &lex->nodes[u];
        for (uint32_t k = 0; k < n->nedges; k++) {
            unsigned char c = lex->edge_byte[n->first_edge + k];
            uint32_t child = lex->edge_target[n->first_edge + k];
            uint32_t f = 0;
            if (u != 0)
                f = next_state(lex, n->fail, c);
            lex->nodes[child].fail = f;
            lex->nodes[child].dict = lex->nodes[f].pattern != NONE32 ? f : lex->nodes[f].dict;
        }
    }
    build_dense(lex, queue, qt);
    free(queue);
    free(bn);
    free(node_pattern);
    free(pat_src);
    for (size_t i = 0; i < v.count; i++)
        free(v.items[i].text);
    free(v.items);
    lex->compiled = 1;
    return 0;
}

lexicon *lexicon_load(const char *bundled_dir, const char *user_dir, sd_err *err)
{
    lexicon *lex = lexicon_create();
    if ((bundled_dir && lexicon_add_dir(lex, bundled_dir, 0, err) < 0) ||
        (user_dir && lexicon_add_dir(lex, user_dir, 1, err) < 0) || lexicon_compile(lex, err) < 0) {
        lexicon_free(lex);
        return NULL;
    }
    return lex;
}

/* ---- queries ------------------------------------------------------------------------------------ */

size_t lexicon_entry_count(const lexicon *lex) { return lex ? lex->nentries : 0; }

const lexicon_entry *lexicon_entry_get(const lexicon *lex, uint32_t id)
{
    return (lex && id < lex->nentries) ? &lex->entries[id].pub : NULL;
}

size_t lexicon_category_count(const lexicon *lex) { return lex ? lex->ncategories : 0; }

const char *lexicon_category_name(const lexicon *lex, int category)
{
    return (lex && category >= 0 && (size_t)category < lex->ncategories) ? lex->categories[category] : NULL;
}

size_t lexicon_lookup(const lexicon *lex, const char *name, size_t len, uint32_t *ids, size_t max)
{
    if (!lex || !lex->compiled || !name)
        return 0;
    char *f = text_fold(name, len);
    uint32_t p;
    size_t n = 0;
    if (strmap_get(&lex->patterns, f, strlen(f), &p)) {
        n = lex->pat_count[p];
        for (size_t k = 0; k < n && k < max; k++)
            ids[k] = lex->pat_entries[lex->pat_first[p] + k];
    }
    free(f);
    return n;
}

/* Runs the automaton from *state over text[i..len) and stops on the first
 * byte after which a pattern may end; returns that byte's index, or len.
 * One loop per table width, so that the common path has no branch on it. */
static size_t advance(const lexicon *lex, const char *text, size_t len, size_t i, uint32_t *state)
{
    const uint8_t *cls = lex->byte_class;
    const uint32_t *rep = lex->report;
    size_t nc = lex->nclasses;
    uint32_t s = *state;
    if (lex->dfa16) {
        const uint16_t *d = lex->dfa16;
        for (; i < len; i++) {
            s = d[(size_t)s * nc + cls[(unsigned char)text[i]]];
            if (rep[s])
                break;
        }
    } else {
        const uint32_t *d = lex->dfa32;
        for (; i < len; i++) {
            s = d[(size_t)s * nc + cls[(unsigned char)text[i]]];
            if (rep[s])
                break;
        }
    }
    *state = s;
    return i;
}

size_t lexicon_scan(const lexicon *lex, const char *text, size_t len, lexicon_match_fn fn, void *ctx)
{
    if (!lex || !lex->compiled || !text || lex->npatterns == 0)
        return 0;
    size_t reported = 0;
    uint32_t s = 0;
    const ac_node *nodes = lex->nodes;
    for (size_t i = 0;; i++) {
        i = advance(lex, text, len, i, &s);
        if (i >= len)
            break;
        uint32_t t = lex->report[s];
        while (t) {
            uint32_t p = nodes[t].pattern;
            t = nodes[t].dict;
            size_t end = i + 1, plen = lex->pat_len[p], start = end - plen;
            uint8_t fl = lex->pat_flags[p];
            if ((fl & PAT_BOUND_LEFT) && start > 0 && is_ascii_alnum((unsigned char)text[start - 1]))
                continue;
            if ((fl & PAT_BOUND_RIGHT) && end < len && is_ascii_alnum((unsigned char)text[end]))
                continue;
            if ((fl & PAT_KATA_LEFT) && start > 0) {
                int32_t cp;
                text_utf8_decode(text, len, text_utf8_char_start(text, len, start - 1), &cp);
                if (text_is_katakana(cp))
                    continue;
            }
            for (uint32_t k = 0; k < lex->pat_count[p]; k++) {
                lexicon_match m = {start, plen, lex->pat_entries[lex->pat_first[p] + k]};
                reported++;
                if (fn(&m, ctx))
                    return reported;
            }
        }
    }
    return reported;
}
