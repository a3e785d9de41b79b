/*
 * The bundled reference data (data/glossary.tsv, data/guidance.tsv and
 * the data/lexicon TSV files) checked strictly against the formats the loaders read:
 * every line ends with a newline, valid NFC UTF-8 without control characters,
 * exact column counts, no empty fields, known kinds and categories, sorted
 * where the format says so, no duplicate names, weights 1..5, definitions and
 * guidance that read like dictionary sentences and carry no URL.
 *
 * Every problem is printed as file:line: reason, so one run lists them all.
 * The first test feeds the checker broken input, so a checker that accepts
 * anything cannot pass.
 */
#include "test.h"

#include <stdarg.h>
#include <stdlib.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------------- */
/* Reading a TSV file into rows                                            */
/* ---------------------------------------------------------------------- */

#define MAX_FIELDS 8

typedef struct tsv_row {
    int line;
    int nfields;
    char *f[MAX_FIELDS];
} tsv_row;

typedef struct tsv {
    const char *name;
    char *buf; /* owned copy, fields point into it */
    tsv_row *rows;
    size_t nrows;
    int errors;
    int quiet; /* 1: count errors without printing (for the self-test) */
} tsv;

static void tsv_error(tsv *t, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void tsv_error(tsv *t, int line, const char *fmt, ...)
{
    t->errors++;
    if (t->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s:%d: ", t->name, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    size_t len;
    uint32_t c, min;
    if ((s[0] & 0xE0) == 0xC0) {
        len = 2, c = s[0] & 0x1F, min = 0x80;
    } else if ((s[0] & 0xF0) == 0xE0) {
        len = 3, c = s[0] & 0x0F, min = 0x800;
    } else if ((s[0] & 0xF8) == 0xF0) {
        len = 4, c = s[0] & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

/* Checks one line's text (without its newline): UTF-8, NFC, no controls. */
static int line_text_ok(tsv *t, int line, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = utf8_seq(u + i, n - i, &cp);
        if (len == 0) {
            tsv_error(t, line, "invalid UTF-8 at byte %zu", i);
            return 0;
        }
        if ((cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            tsv_error(t, line, "control character U+%04X", (unsigned)cp);
            return 0;
        }
        if (cp == 0xFEFF) {
            tsv_error(t, line, "byte order mark / U+FEFF");
            return 0;
        }
        i += len;
    }
    utf8proc_uint8_t *nfc = NULL;
    char *copy = malloc(n + 1);
    if (!copy)
        abort();
    memcpy(copy, s, n);
    copy[n] = '\0';
    nfc = utf8proc_NFC((const utf8proc_uint8_t *)copy);
    int ok = nfc && strcmp((const char *)nfc, copy) == 0;
    if (!ok)
        tsv_error(t, line, "text is not in Unicode NFC");
    free(nfc);
    free(copy);
    return ok;
}

static int is_space_edge(const char *f)
{
    size_t n = strlen(f);
    if (n == 0)
        return 0;
    if (f[0] == ' ' || f[n - 1] == ' ')
        return 1;
    /* U+3000 IDEOGRAPHIC SPACE is E3 80 80 */
    if (n >= 3 && (memcmp(f, "\xE3\x80\x80", 3) == 0 || memcmp(f + n - 3, "\xE3\x80\x80", 3) == 0))
        return 1;
    return 0;
}

/*
 * Parses buf (len bytes) as a TSV of exactly nfields columns.  '#' lines are
 * comments; blank lines are errors (the loaders read one record per line).
 */
static tsv *tsv_parse(const char *name, const char *buf, size_t len, int nfields, int quiet)
{
    tsv *t = calloc(1, sizeof *t);
    if (!t)
        abort();
    t->name = name;
    t->quiet = quiet;
    t->buf = malloc(len + 1);
    if (!t->buf)
        abort();
    memcpy(t->buf, buf, len);
    t->buf[len] = '\0';
    size_t cap = 64;
    t->rows = malloc(cap * sizeof *t->rows);
    if (!t->rows)
        abort();

    if (len == 0) {
        tsv_error(t, 0, "file is empty");
        return t;
    }
    if (memchr(buf, '\0', len))
        tsv_error(t, 0, "file contains a NUL byte");
    if (t->buf[len - 1] != '\n')
        tsv_error(t, 0, "last line does not end with a newline");

    int line = 0;
    char *p = t->buf, *end = t->buf + len;
    while (p < end) {
        line++;
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *eol = nl ? nl : end;
        size_t n = (size_t)(eol - p);
        *eol = '\0';
        char *next = nl ? nl + 1 : end;

        if (n > 0 && p[n - 1] == '\r') {
            tsv_error(t, line, "CR before newline (use LF line ends)");
            p = next;
            continue;
        }
        if (!line_text_ok(t, line, p, n)) {
            p = next;
            continue;
        }
        if (n == 0) {
            tsv_error(t, line, "blank line");
            p = next;
            continue;
        }
        if (p[0] == '#') {
            p = next;
            continue;
        }

        tsv_row r;
        memset(&r, 0, sizeof r);
        r.line = line;
        char *f = p;
        for (;;) {
            char *tab = strchr(f, '\t');
            if (r.nfields < MAX_FIELDS)
                r.f[r.nfields] = f;
            r.nfields++;
            if (!tab)
                break;
            *tab = '\0';
            f = tab + 1;
        }
        if (r.nfields != nfields) {
            tsv_error(t, line, "%d columns, want %d", r.nfields, nfields);
            p = next;
            continue;
        }
        int bad = 0;
        for (int i = 0; i < nfields; i++) {
            if (r.f[i][0] == '\0') {
                tsv_error(t, line, "column %d is empty", i + 1);
                bad = 1;
            } else if (is_space_edge(r.f[i])) {
                tsv_error(t, line, "column %d has leading or trailing space", i + 1);
                bad = 1;
            }
        }
        if (!bad) {
            if (t->nrows == cap) {
                cap *= 2;
                t->rows = realloc(t->rows, cap * sizeof *t->rows);
                if (!t->rows)
                    abort();
            }
            t->rows[t->nrows++] = r;
        }
        p = next;
    }
    return t;
}

static void tsv_free(tsv *t)
{
    if (!t)
        return;
    free(t->buf);
    free(t->rows);
    free(t);
}

static char *path_join(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = malloc(la + lb + 2);
    if (!s)
        abort();
    memcpy(s, a, la);
    s[la] = '/';
    memcpy(s + la + 1, b, lb + 1);
    return s;
}

/* Loads <SRCDIR>/<rel>; NULL (and a failed check) if it cannot be read. */
static tsv *tsv_load(const char *rel, int nfields)
{
    const char *src = getenv("SRCDIR");
    if (!src || !*src)
        src = "..";
    char *path = path_join(src, rel);
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "%s: cannot open\n", path);
        free(path);
        CHECK(!"reference data file missing");
        return NULL;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        abort();
    size_t got;
    while ((got = fread(buf + len, 1, cap - len, fp)) > 0) {
        len += got;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf)
                abort();
        }
    }
    CHECK(!ferror(fp));
    fclose(fp);
    free(path);
    tsv *t = tsv_parse(rel, buf, len, nfields, 0);
    free(buf);
    return t;
}

/* ---------------------------------------------------------------------- */
/* Field checks shared by several files                                    */
/* ---------------------------------------------------------------------- */

static int in_set(const char *s, const char *const *set)
{
    for (; *set; set++)
        if (strcmp(s, *set) == 0)
            return 1;
    return 0;
}

/* A name list: "-" or items separated by '|', none empty or space-edged. */
static int alias_list_ok(tsv *t, int line, const char *list, int dash_allowed)
{
    if (strcmp(list, "-") == 0) {
        if (!dash_allowed)
            tsv_error(t, line, "\"-\" not allowed here: at least one form is required");
        return dash_allowed;
    }
    const char *p = list;
    for (;;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n == 0) {
            tsv_error(t, line, "empty item in list '%s'", list);
            return 0;
        }
        if (p[0] == ' ' || p[n - 1] == ' ') {
            tsv_error(t, line, "item with leading/trailing space in '%s'", list);
            return 0;
        }
        if (n == 1 && p[0] == '-') {
            tsv_error(t, line, "\"-\" inside a list '%s'", list);
            return 0;
        }
        if (!bar)
            return 1;
        p = bar + 1;
    }
}

typedef struct name_ref {
    char *name; /* owned */
    int line;
} name_ref;

typedef struct name_set {
    name_ref *v;
    size_t n, cap;
} name_set;

static void names_add(name_set *s, const char *name, size_t n, int line)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 256;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            abort();
    }
    char *c = malloc(n + 1);
    if (!c)
        abort();
    memcpy(c, name, n);
    c[n] = '\0';
    s->v[s->n].name = c;
    s->v[s->n].line = line;
    s->n++;
}

static void names_add_list(name_set *s, const char *list, int line)
{
    if (strcmp(list, "-") == 0)
        return;
    const char *p = list;
    for (;;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        names_add(s, p, n, line);
        if (!bar)
            return;
        p = bar + 1;
    }
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(((const name_ref *)a)->name, ((const name_ref *)b)->name);
}

/* Reports every name that occurs twice; frees the set. */
static void names_check_unique(tsv *t, name_set *s)
{
    qsort(s->v, s->n, sizeof *s->v, name_cmp);
    for (size_t i = 1; i < s->n; i++)
        if (strcmp(s->v[i - 1].name, s->v[i].name) == 0)
            tsv_error(t, s->v[i].line, "'%s' also appears on line %d", s->v[i].name,
                      s->v[i - 1].line);
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i].name);
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}

/* Rows strictly increasing by column col (byte order): sorted and unique. */
static void check_sorted_unique(tsv *t, int col)
{
    for (size_t i = 1; i < t->nrows; i++)
        if (strcmp(t->rows[i - 1].f[col], t->rows[i].f[col]) >= 0)
            tsv_error(t, t->rows[i].line, "'%s' is not after '%s' (sort by column %d, no duplicates)",
                      t->rows[i].f[col], t->rows[i - 1].f[col], col + 1);
}

static int has_url(const char *s)
{
    return strstr(s, "://") || strstr(s, "www.") || strstr(s, "http:") || strstr(s, "https:");
}

static size_t count_substr(const char *s, const char *needle)
{
    size_t n = 0, l = strlen(needle);
    for (const char *p = strstr(s, needle); p; p = strstr(p + l, needle))
        n++;
    return n;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

/* One or two Japanese sentences, each closed by "。", no URL. */
static void check_sentences(tsv *t, int line, const char *what, const char *s)
{
    if (!ends_with(s, "。"))
        tsv_error(t, line, "%s does not end with 。", what);
    size_t n = count_substr(s, "。");
    if (n < 1 || n > 2)
        tsv_error(t, line, "%s has %zu sentences, want 1 or 2", what, n);
    if (has_url(s))
        tsv_error(t, line, "%s contains a URL", what);
    if (strlen(s) < 30)
        tsv_error(t, line, "%s is too short to explain anything", what);
}

/* Hiragana, katakana, prolonged sound mark and middle dot only. */
static int is_kana_reading(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = utf8_seq(u + i, n - i, &cp);
        if (len == 0)
            return 0;
        int ok = (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FB ||
                 cp == 0x30FC;
        if (!ok)
            return 0;
        i += len;
    }
    return n > 0;
}

static const tsv_row *find_row(const tsv *t, int col, const char *value)
{
    for (size_t i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].f[col], value) == 0)
            return &t->rows[i];
    return NULL;
}

static int list_has(const char *list, const char *item)
{
    size_t n = strlen(item);
    for (const char *p = list; *p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        if (len == n && memcmp(p, item, n) == 0)
            return 1;
        if (!bar)
            break;
        p = bar + 1;
    }
    return 0;
}

static int contains_digit(const char *s)
{
    for (const char *p = s; *p; p++)
        if (*p >= '0' && *p <= '9')
            return 1;
    /* FULLWIDTH DIGIT ZERO..NINE: EF BC 90..99 */
    for (const char *p = strstr(s, "\xEF\xBC"); p; p = strstr(p + 1, "\xEF\xBC"))
        if ((unsigned char)p[2] >= 0x90 && (unsigned char)p[2] <= 0x99)
            return 1;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Tests                                                                   */
/* ---------------------------------------------------------------------- */

static int parse_errors(const char *text, int nfields)
{
    tsv *t = tsv_parse("selftest", text, strlen(text), nfields, 1);
    int e = t->errors;
    tsv_free(t);
    return e;
}

TEST(checker_rejects_broken_input)
{
    CHECK_INT(parse_errors("# c\na\tb\n", 2), 0);
    CHECK(parse_errors("a\tb", 2) > 0);                  /* no final newline */
    CHECK(parse_errors("a\tb\tc\n", 2) > 0);             /* extra column */
    CHECK(parse_errors("a\n", 2) > 0);                   /* missing column */
    CHECK(parse_errors("a\t\n", 2) > 0);                 /* empty field */
    CHECK(parse_errors("a\tb\n\nc\td\n", 2) > 0);        /* blank line */
    CHECK(parse_errors("a\tb\r\n", 2) > 0);              /* CRLF */
    CHECK(parse_errors("a\t\xff\n", 2) > 0);             /* invalid UTF-8 */
    CHECK(parse_errors("a\t\xc0\xaf\n", 2) > 0);         /* overlong */
    CHECK(parse_errors("a\t\xed\xa0\x80\n", 2) > 0);     /* surrogate */
    CHECK(parse_errors("a\tb\x01\n", 2) > 0);            /* control char */
    CHECK(parse_errors("\xEF\xBB\xBF" "a\tb\n", 2) > 0); /* BOM */
    CHECK(parse_errors("a\t\xe3\x83\x8f\xe3\x82\x9a\n", 2) > 0); /* ハ + combining ゚: not NFC */
    CHECK(parse_errors("a\t b\n", 2) > 0);               /* space-edged field */

    tsv *t = tsv_parse("selftest", "b\t1\na\t2\na\t3\n", 12, 2, 1);
    check_sorted_unique(t, 0);
    CHECK_INT(t->errors, 2);
    CHECK(!alias_list_ok(t, 1, "x||y", 1));
    CHECK(!alias_list_ok(t, 1, "-", 0));
    CHECK(alias_list_ok(t, 1, "-", 1));
    CHECK(alias_list_ok(t, 1, "x|y", 0));
    tsv_free(t);

    CHECK(is_kana_reading("ぜいじゃくせい"));
    CHECK(is_kana_reading("あくせす・むがいかそち"));
    CHECK(!is_kana_reading("zei"));
    CHECK(!is_kana_reading("脆弱性"));
    CHECK(contains_digit("第\xEF\xBC\x93条"));
    CHECK(!contains_digit("数字なし"));
    CHECK(has_url("see https://x.example/"));
}

TEST(glossary)
{
    tsv *t = tsv_load("data/glossary.tsv", 4);
    if (!t)
        return;
    check_sorted_unique(t, 0);
    name_set names = {0};
    for (size_t i = 0; i < t->nrows; i++) {
        const tsv_row *r = &t->rows[i];
        const char *term = r->f[0], *reading = r->f[1], *aliases = r->f[2], *def = r->f[3];
        if (strcmp(reading, "-") != 0 && !is_kana_reading(reading))
            tsv_error(t, r->line, "reading '%s' is not kana (or \"-\")", reading);
        if (strchr(term, '|'))
            tsv_error(t, r->line, "term contains '|'");
        if (alias_list_ok(t, r->line, aliases, 1))
            names_add_list(&names, aliases, r->line);
        names_add(&names, term, strlen(term), r->line);
        check_sentences(t, r->line, "definition", def);
        if (strstr(def, "です") || strstr(def, "ます。") || strstr(def, "ました。"))
            tsv_error(t, r->line, "definition uses desu/masu; write dictionary style");
    }
    names_check_unique(t, &names);
    CHECK(t->nrows >= 150);
    if (t->nrows < 150)
        fprintf(stderr, "data/glossary.tsv: %zu entries, want at least 150\n", t->nrows);

    /* Terms the digest explains most often must be there. */
    static const char *const must[] = {
        "ランサムウェア", "脆弱性", "ゼロデイ脆弱性", "フィッシング", "標的型攻撃",
        "サプライチェーン攻撃", "能動的サイバー防御", "EDR", "SOC", "CSIRT", "KEV", "CVSS",
        "CVE", "VPN", "多要素認証", "二重恐喝", "初期アクセスブローカー", "ビジネスメール詐欺",
        "SQLインジェクション", "クロスサイトスクリプティング", "リモートコード実行", "権限昇格",
        "ゼロトラスト", "SBOM", "パッチ", "脅威インテリジェンス", "APT", "ボットネット",
        "DDoS攻撃", "情報窃取型マルウェア", "クレデンシャルスタッフィング",
        "ブルートフォース攻撃", "個人情報保護委員会", "国家サイバー統括室", "NISC",
        "JPCERT/CC", "IPA", "JVN", "個人情報保護法", "経済安全保障推進法",
        "サイバー対処能力強化法", NULL};
    for (const char *const *m = must; *m; m++) {
        if (!find_row(t, 0, *m)) {
            fprintf(stderr, "data/glossary.tsv: no entry for '%s'\n", *m);
            CHECK(!"required glossary term missing");
        }
    }
    const tsv_row *bec = find_row(t, 0, "ビジネスメール詐欺");
    CHECK(bec && list_has(bec->f[2], "BEC"));
    const tsv_row *zd = find_row(t, 0, "ゼロデイ脆弱性");
    CHECK(zd && list_has(zd->f[2], "ゼロデイ") && list_has(zd->f[2], "0day"));
    const tsv_row *ph = find_row(t, 0, "フィッシング");
    CHECK(ph && list_has(ph->f[2], "phishing"));
    CHECK_INT(t->errors, 0);
    tsv_free(t);
}

static const char *const categories9[] = {"active_exploitation", "data_breach", "fraud_phishing",
                                          "general", "policy", "product", "ransomware",
                                          "threat_actor", "vulnerability", NULL};
static const char *const guidance_kinds[] = {"background", "countermeasure", "impact", "outlook",
                                             NULL};

TEST(guidance)
{
    tsv *t = tsv_load("data/guidance.tsv", 3);
    if (!t)
        return;
    int counts[9][4];
    memset(counts, 0, sizeof counts);
    name_set texts = {0};
    for (size_t i = 0; i < t->nrows; i++) {
        const tsv_row *r = &t->rows[i];
        int c = -1, k = -1;
        for (int j = 0; categories9[j]; j++)
            if (strcmp(r->f[0], categories9[j]) == 0)
                c = j;
        for (int j = 0; guidance_kinds[j]; j++)
            if (strcmp(r->f[1], guidance_kinds[j]) == 0)
                k = j;
        if (c < 0)
            tsv_error(t, r->line, "unknown category '%s'", r->f[0]);
        if (k < 0)
            tsv_error(t, r->line, "unknown kind '%s'", r->f[1]);
        if (c >= 0 && k >= 0)
            counts[c][k]++;
        check_sentences(t, r->line, "text", r->f[2]);
        if (contains_digit(r->f[2]))
            tsv_error(t, r->line, "text contains a number; guidance must hold for any story");
        if (strstr(r->f[2], "です") || strstr(r->f[2], "ます。"))
            tsv_error(t, r->line, "text uses desu/masu; write plain style");
        names_add(&texts, r->f[2], strlen(r->f[2]), r->line);
        if (i > 0) {
            const tsv_row *p = &t->rows[i - 1];
            int cc = strcmp(p->f[0], r->f[0]);
            if (cc > 0 || (cc == 0 && strcmp(p->f[1], r->f[1]) > 0))
                tsv_error(t, r->line, "not sorted by category, then kind");
        }
    }
    names_check_unique(t, &texts);
    for (int c = 0; categories9[c]; c++) {
        for (int k = 0; guidance_kinds[k]; k++) {
            int want = strcmp(guidance_kinds[k], "countermeasure") == 0 ? 4 : 2;
            if (counts[c][k] < want) {
                fprintf(stderr, "data/guidance.tsv: %s/%s has %d lines, want at least %d\n",
                        categories9[c], guidance_kinds[k], counts[c][k], want);
                CHECK(!"too few guidance lines");
            }
        }
    }
    CHECK_INT(t->errors, 0);
    tsv_free(t);
}

/* canonical<TAB>kind<TAB>aliases, every name once in the file. */
static tsv *check_named_lexicon(const char *rel, const char *const *kinds)
{
    tsv *t = tsv_load(rel, 3);
    if (!t)
        return NULL;
    check_sorted_unique(t, 0);
    name_set names = {0};
    for (size_t i = 0; i < t->nrows; i++) {
        const tsv_row *r = &t->rows[i];
        if (!in_set(r->f[1], kinds))
            tsv_error(t, r->line, "unknown kind '%s'", r->f[1]);
        if (strchr(r->f[0], '|'))
            tsv_error(t, r->line, "canonical name contains '|'");
        names_add(&names, r->f[0], strlen(r->f[0]), r->line);
        if (alias_list_ok(t, r->line, r->f[2], 0))
            names_add_list(&names, r->f[2], r->line);
    }
    names_check_unique(t, &names);
    return t;
}

TEST(actors)
{
    static const char *const kinds[] = {"actor", "malware", "ransomware", NULL};
    tsv *t = check_named_lexicon("data/lexicon/actors.tsv", kinds);
    if (!t)
        return;
    CHECK(t->nrows >= 80);
    const tsv_row *r;
    r = find_row(t, 0, "LockBit");
    CHECK(r && strcmp(r->f[1], "ransomware") == 0);
    r = find_row(t, 0, "Lazarus Group");
    CHECK(r && strcmp(r->f[1], "actor") == 0 && list_has(r->f[2], "ラザルス"));
    r = find_row(t, 0, "Emotet");
    CHECK(r && strcmp(r->f[1], "malware") == 0 && list_has(r->f[2], "エモテット"));
    r = find_row(t, 0, "MirrorFace");
    CHECK(r && list_has(r->f[2], "Earth Kasha"));
    /* The sample corpus's fictional ransomware. */
    r = find_row(t, 0, "ShadowLynx");
    CHECK(r && strcmp(r->f[1], "ransomware") == 0 && list_has(r->f[2], "シャドウリンクス"));
    CHECK_INT(t->errors, 0);
    tsv_free(t);
}

TEST(vendors)
{
    static const char *const kinds[] = {"vendor", "product", NULL};
    tsv *t = check_named_lexicon("data/lexicon/vendors.tsv", kinds);
    if (!t)
        return;
    CHECK(t->nrows >= 100);
    const tsv_row *r;
    r = find_row(t, 0, "Fortinet");
    CHECK(r && strcmp(r->f[1], "vendor") == 0 && list_has(r->f[2], "フォーティネット"));
    r = find_row(t, 0, "FortiOS");
    CHECK(r && strcmp(r->f[1], "product") == 0);
    r = find_row(t, 0, "SecureGate VPN");
    CHECK(r && strcmp(r->f[1], "product") == 0);
    r = find_row(t, 0, "Nimbus Networks");
    CHECK(r && strcmp(r->f[1], "vendor") == 0);
    CHECK_INT(t->errors, 0);
    tsv_free(t);
}

TEST(names_ja_latin)
{
    tsv *t = tsv_load("data/lexicon/names_ja_latin.tsv", 2);
    if (!t)
        return;
    check_sorted_unique(t, 0);
    name_set forms = {0};
    for (size_t i = 0; i < t->nrows; i++) {
        const tsv_row *r = &t->rows[i];
        if (strchr(r->f[0], '|'))
            tsv_error(t, r->line, "latin name contains '|'");
        if (!alias_list_ok(t, r->line, r->f[1], 0))
            continue;
        names_add_list(&forms, r->f[1], r->line);
        /* Every form is how Japanese text writes it: not pure ASCII. */
        const char *p = r->f[1];
        for (;;) {
            const char *bar = strchr(p, '|');
            size_t n = bar ? (size_t)(bar - p) : strlen(p);
            int non_ascii = 0;
            for (size_t j = 0; j < n; j++)
                if ((unsigned char)p[j] >= 0x80)
                    non_ascii = 1;
            if (!non_ascii)
                tsv_error(t, r->line, "form '%.*s' is pure ASCII", (int)n, p);
            if (!bar)
                break;
            p = bar + 1;
        }
    }
    names_check_unique(t, &forms);
    CHECK(t->nrows >= 150);
    const tsv_row *r;
    r = find_row(t, 0, "Microsoft");
    CHECK(r && list_has(r->f[1], "マイクロソフト"));
    r = find_row(t, 0, "United States");
    CHECK(r && list_has(r->f[1], "米国") && list_has(r->f[1], "アメリカ"));
    r = find_row(t, 0, "Minato Logistics");
    CHECK(r && list_has(r->f[1], "ミナトロジスティクス"));
    CHECK_INT(t->errors, 0);
    tsv_free(t);
}

TEST(japan)
{
    tsv *t = tsv_load("data/lexicon/japan.tsv", 2);
    if (!t)
        return;
    check_sorted_unique(t, 0);
    static const char *const kinds[] = {"org", "gov", "place", "domain", "word", NULL};
    for (size_t i = 0; i < t->nrows; i++) {
        const tsv_row *r = &t->rows[i];
        if (!in_set(r->f[1], kinds))
            tsv_error(t, r->line, "unknown kind '%s'", r->f[1]);
        int is_domain = strcmp(r->f[1], "domain") == 0;
        if (is_domain != (r->f[0][0] == '.'))
            tsv_error(t, r->line, "domains (and only domains) start with '.'");
        if (is_domain && !ends_with(r->f[0], "jp"))
            tsv_error(t, r->line, "domain '%s' is not under .jp", r->f[0]);
    }
    static const char *const prefectures[] = {
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県",
        "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県",
        "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
        "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県",
        "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
        "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県", NULL};
    int n = 0;
    for (const char *const *p = prefectures; *p; p++, n++) {
        const tsv_row *r = find_row(t, 0, *p);
        if (!r || strcmp(r->f[1], "place") != 0) {
            fprintf(stderr, "data/lexicon/japan.tsv: prefecture %s missing or not a place\n", *p);
            CHECK(!"prefecture missing");
        }
    }
    CHECK_INT(n, 47);
    static const char *const must[][2] = {
        {"国家サイバー統括室", "gov"}, {"警察庁", "gov"}, {"個人情報保護委員会", "gov"},
        {"JPCERT/CC", "gov"},         {"日本", "word"},  {".jp", "domain"},
        {".go.jp", "domain"},         {"トヨタ", "org"}, {"KADOKAWA", "org"},
    };
    for (size_t i = 0; i < sizeof must / sizeof must[0]; i++) {
        const tsv_row *r = find_row(t, 0, must[i][0]);
        CHECK(r && strcmp(r->f[1], must[i][1]) == 0);
    }
    CHECK_INT(t->errors, 0);
    tsv_free(t);
}

/* ASCII-case-insensitive compare: keywords are matched on case-folded text. */
static int ascii_casecmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int ca = (unsigned char)*a, cb = (unsigned char)*b;
        if (ca >= 'A' && ca <= 'Z')
            ca += 'a' - 'A';
        if (cb >= 'A' && cb <= 'Z')
            cb += 'a' - 'A';
        if (ca != cb || ca == 0)
            return ca - cb;
    }
}

TEST(categories)
{
    tsv *t = tsv_load("data/lexicon/categories.tsv", 3);
    if (!t)
        return;
    static const char *const cats[] = {"active_exploitation", "data_breach", "fraud_phishing",
                                       "policy", "product", "ransomware", "threat_actor",
                                       "vulnerability", NULL};
    int counts[8] = {0};
    for (size_t i = 0; i < t->nrows; i++) {
        const tsv_row *r = &t->rows[i];
        int c = -1;
        for (int j = 0; cats[j]; j++)
            if (strcmp(r->f[0], cats[j]) == 0)
                c = j;
        if (c < 0)
            tsv_error(t, r->line, "unknown category '%s'", r->f[0]);
        else
            counts[c]++;
        const char *w = r->f[1];
        if (!(w[0] >= '1' && w[0] <= '5' && w[1] == '\0'))
            tsv_error(t, r->line, "weight '%s' is not an integer 1..5", w);
        if (i > 0) {
            const tsv_row *p = &t->rows[i - 1];
            int cc = strcmp(p->f[0], r->f[0]);
            if (cc > 0 || (cc == 0 && strcmp(p->f[2], r->f[2]) >= 0))
                tsv_error(t, r->line, "not sorted by category, then keyword (or duplicate)");
        }
        for (size_t j = 0; j < i; j++) {
            const tsv_row *q = &t->rows[j];
            if (strcmp(q->f[0], r->f[0]) == 0 && ascii_casecmp(q->f[2], r->f[2]) == 0)
                tsv_error(t, r->line, "keyword '%s' repeats line %d in %s", r->f[2], q->line,
                          r->f[0]);
        }
    }
    for (int c = 0; cats[c]; c++) {
        if (counts[c] < 20) {
            fprintf(stderr, "data/lexicon/categories.tsv: %s has %d keywords, want at least 20\n",
                    cats[c], counts[c]);
            CHECK(!"too few keywords");
        }
    }
    CHECK_INT(t->errors, 0);
    tsv_free(t);
}

int main(void)
{
    RUN(checker_rejects_broken_input);
    RUN(glossary);
    RUN(guidance);
    RUN(actors);
    RUN(vendors);
    RUN(names_ja_latin);
    RUN(japan);
    RUN(categories);
    return test_report();
}
