#include "text/tokenize.h"

#include "core/log.h"
#include "text/normalize.h"

#include <mecab.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

struct tokenizer {
    tokenizer_opts opts;
    mecab_t *mecab;
    char *dicdir;
    int base_field; /* index of the dictionary form in a node's features, -1 if unknown */
    text_norm norm; /* reused between runs */
};

void tokenizer_opts_init(tokenizer_opts *o)
{
    memset(o, 0, sizeof *o);
    o->base_forms = 1;
    o->stem = 1;
    o->keep_numbers = 1;
}

uint64_t token_hash(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

void token_list_init(token_list *l)
{
    l->items = NULL;
    l->count = l->cap = 0;
    strbuf_init(&l->buf);
}

void token_list_free(token_list *l)
{
    free(l->items);
    strbuf_free(&l->buf);
    token_list_init(l);
}

const char *token_list_text(const token_list *l, size_t i)
{
    return i < l->count ? l->buf.data + l->items[i].text : NULL;
}

/* ---- MeCab ---------------------------------------------------------------------------------- */

static int dict_is_utf8(mecab_t *m)
{
    const mecab_dictionary_info_t *d = mecab_dictionary_info(m);
    if (!d || !d->charset)
        return 0;
    return strcasecmp(d->charset, "utf-8") == 0 || strcasecmp(d->charset, "utf8") == 0;
}

/* Where the dictionary form sits in a node's features: found by parsing
 * した and looking for する (ipadic: 6, juman: 4). */
static int probe_base_field(mecab_t *m)
{
    const mecab_node_t *n = mecab_sparse_tonode2(m, "した", strlen("した"));
    for (; n; n = n->next) {
        if (n->stat != MECAB_NOR_NODE || !n->feature)
            continue;
        int field = 0;
        const char *f = n->feature;
        while (*f) {
            const char *e = strchr(f, ',');
            size_t len = e ? (size_t)(e - f) : strlen(f);
            if (len == strlen("する") && memcmp(f, "する", len) == 0)
                return field;
            if (!e)
                break;
            f = e + 1;
            field++;
        }
        break;
    }
    return -1;
}

static mecab_t *try_mecab(const char *dicdir, int no_rc, char **why)
{
    char *argv[6];
    int argc = 0;
    argv[argc++] = (char *)"mecab";
    if (no_rc) {
        /* Without a mecabrc MeCab refuses to start even with -d; an empty one will do. */
        argv[argc++] = (char *)"-r";
        argv[argc++] = (char *)"/dev/null";
    }
    if (dicdir) {
        argv[argc++] = (char *)"-d";
        argv[argc++] = (char *)dicdir;
    }
    argv[argc] = NULL;
    mecab_t *m = mecab_new(argc, argv);
    if (!m) {
        free(*why);
        const char *e = mecab_strerror(NULL);
        *why = xasprintf("%s: %s", dicdir ? dicdir : "default dictionary", e && *e ? e : "cannot start");
        return NULL;
    }
    if (!dict_is_utf8(m)) {
        free(*why);
        const mecab_dictionary_info_t *d = mecab_dictionary_info(m);
        *why = xasprintf("%s: dictionary is %s, not UTF-8", dicdir ? dicdir : "default dictionary",
                         d && d->charset ? d->charset : "of unknown charset");
        mecab_destroy(m);
        return NULL;
    }
    return m;
}

static int has_sys_dic(const char *dir)
{
    char *p = xasprintf("%s/sys.dic", dir);
    struct stat st;
    int ok = stat(p, &st) == 0;
    free(p);
    return ok;
}

static void open_mecab(tokenizer *t)
{
    static const char *const candidates[] = {
        "/var/lib/mecab/dic/ipadic-utf8",                 /* Debian, Ubuntu */
        "/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic-utf8", /* mecab-config --dicdir (Debian) */
        "/usr/lib/aarch64-linux-gnu/mecab/dic/ipadic-utf8",
        "/usr/lib/mecab/dic/ipadic-utf8",
        "/usr/lib64/mecab/dic/ipadic",                    /* Fedora */
        "/usr/local/lib/mecab/dic/ipadic-utf8",           /* source builds */
        "/usr/local/lib/mecab/dic/ipadic",
        "/opt/homebrew/lib/mecab/dic/ipadic",
    };
    char *why = NULL;
    mecab_t *m = NULL;
    if (t->opts.mecab_dicdir) {
        m = try_mecab(t->opts.mecab_dicdir, 0, &why);
        if (!m)
            m = try_mecab(t->opts.mecab_dicdir, 1, &why);
        if (m)
            t->dicdir = xstrdup(t->opts.mecab_dicdir);
    } else {
        m = try_mecab(NULL, 0, &why);
        if (m) {
            const mecab_dictionary_info_t *d = mecab_dictionary_info(m);
            t->dicdir = xstrdup(d && d->filename ? d->filename : "(mecabrc default)");
            char *slash = strrchr(t->dicdir, '/');
            if (slash && strcmp(slash, "/sys.dic") == 0)
                *slash = '\0';
        }
        for (size_t i = 0; !m && i < SD_ARRAY_LEN(candidates); i++) {
            if (!has_sys_dic(candidates[i]))
                continue;
            m = try_mecab(candidates[i], 1, &why);
            if (m)
                t->dicdir = xstrdup(candidates[i]);
        }
    }
    if (!m) {
        log_warn("MeCab is not usable (%s); Japanese words will be approximated by character pairs",
                 why ? why : "no dictionary found");
        free(why);
        return;
    }
    free(why);
    t->mecab = m;
    t->base_field = probe_base_field(m);
}

tokenizer *tokenizer_create(const tokenizer_opts *opts)
{
    tokenizer *t = xcalloc(1, sizeof *t);
    if (opts)
        t->opts = *opts;
    else
        tokenizer_opts_init(&t->opts);
    t->base_field = -1;
    text_norm_init(&t->norm);
    if (!t->opts.no_mecab)
        open_mecab(t);
    t->opts.mecab_dicdir = NULL; /* the caller's string: only read while creating */
    return t;
}

void tokenizer_free(tokenizer *t)
{
    if (!t)
        return;
    if (t->mecab)
        mecab_destroy(t->mecab);
    free(t->dicdir);
    text_norm_free(&t->norm);
    free(t);
}

int tokenizer_has_mecab(const tokenizer *t) { return t && t->mecab != NULL; }
const char *tokenizer_dicdir(const tokenizer *t) { return t ? t->dicdir : NULL; }

/* ---- emitting ----------------------------------------------------------------------------------- */

typedef struct run_ctx {
    tokenizer *t;
    token_list *out;
    const char *orig;
    size_t olen;
} run_ctx;

static void emit(run_ctx *r, const char *s, size_t n, enum token_kind kind, size_t na, size_t nb)
{
    if (n == 0 || n > TOKENIZE_MAX_TOKEN)
        return;
    token_list *l = r->out;
    l->items = xgrow(l->items, &l->cap, l->count + 1, sizeof *l->items);
    token *tk = &l->items[l->count++];
    tk->text = l->buf.len;
    tk->len = (uint32_t)n;
    tk->kind = kind;
    tk->hash = token_hash(s, n);
    const size_t *src = r->t->norm.src;
    size_t oa = src[na], ob = src[nb];
    tk->off = oa;
    tk->src_len = ob > oa ? ob - oa : 0;
    strbuf_append(&l->buf, s, n);
    strbuf_putc(&l->buf, '\0');
}

/* ---- English-like words ------------------------------------------------------------------------- */

static int word_in_list(const char *w, size_t n, const char *const *list, size_t count)
{
    /* The first byte decides almost every comparison, before any strlen. */
    for (size_t k = 0; k < count; k++)
        if (list[k][0] == w[0] && strlen(list[k]) == n && memcmp(list[k], w, n) == 0)
            return 1;
    return 0;
}

static int english_stop_word(const char *w, size_t n)
{
    static const char *const stop[] = {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
        "but", "by", "can", "could", "did", "do", "does", "doing", "don", "down", "during", "each",
        "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "him", "his", "how", "however", "i", "if", "in", "into", "is", "isn", "it", "its", "itself",
        "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "said",
        "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "upon", "very", "via", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
        "s", "t", "doesn", "didn", "wasn", "aren", "won", "according", "new", "one", "two",
    };
    return word_in_list(w, n, stop, SD_ARRAY_LEN(stop));
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

static int has_vowel(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_vowel(w[i]) || (w[i] == 'y' && i > 0))
            return 1;
    return 0;
}

/* Plural -s, -ed, -ing and a final -e, so that patch/patches/patched/patching
 * and release/released/releases agree.  w is ASCII lower case; returns the new length. */
static size_t light_stem(char *w, size_t n)
{
    static const char *const keep[] = {"news", "this", "its", "was", "has", "is", "us", "series",
                                       "status", "access", "process", "across", "always", "ios",
                                       "macos", "windows", "analysis", "business", "less", "ransom"};
    if (n <= 3 || word_in_list(w, n, keep, SD_ARRAY_LEN(keep)))
        return n;
    if (n > 4 && memcmp(w + n - 3, "ies", 3) == 0) {
        n -= 2;
        w[n - 1] = 'y';
    } else if (n > 4 && memcmp(w + n - 4, "sses", 4) == 0) {
        n -= 2;
    } else if (n > 4 && memcmp(w + n - 2, "es", 2) == 0 &&
               (w[n - 3] == 's' || w[n - 3] == 'x' || w[n - 3] == 'z' ||
                (n > 5 && (memcmp(w + n - 4, "ch", 2) == 0 || memcmp(w + n - 4, "sh", 2) == 0)))) {
        n -= 2;
    } else if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i') {
        n -= 1;
    }
    size_t suffix = 0;
    if (n > 5 && memcmp(w + n - 3, "ing", 3) == 0 && has_vowel(w, n - 3))
        suffix = 3;
    else if (n > 4 && memcmp(w + n - 2, "ed", 2) == 0 && has_vowel(w, n - 2))
        suffix = 2;
    if (suffix) {
        n -= suffix;
        /* stopped -> stop, but not call(ed) -> cal */
        if (n > 3 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) && w[n - 1] != 'l' &&
            w[n - 1] != 's' && w[n - 1] != 'z')
            n--;
    }
    if (n > 4 && w[n - 1] == 'e')
        n--;
    w[n] = '\0';
    return n;
}

static int is_word_char(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    if (text_is_japanese(cp) || cp == 0xFFFD || text_is_space(cp))
        return 0;
    return text_is_latin_letter(cp) ||
           (cp >= 0x370 && cp < 0x2000 && cp != 0x37E && cp != 0x387) ||  /* Greek, Cyrillic... */
           (cp >= 0xAC00 && cp <= 0xD7A3);                                 /* Hangul */
}

static int ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/* A word starting at i; returns where it ends. */
static size_t word_run(run_ctx *r, size_t i)
{
    const char *s = r->t->norm.s;
    size_t len = r->t->norm.len;
    size_t j = i;
    int all_digits = 1;
    while (j < len) {
        int32_t cp;
        size_t cl = text_utf8_decode(s, len, j, &cp);
        if (is_word_char(cp)) {
            if (!(cp >= '0' && cp <= '9'))
                all_digits = 0;
            j += cl;
            continue;
        }
        if (j + 1 < len && j > i) {
            unsigned char prev = (unsigned char)s[j - 1], next = (unsigned char)s[j + 1];
            if ((cp == '.' || cp == ',') && ascii_alnum(prev) && ascii_alnum(next) &&
                (cp == '.' || (prev >= '0' && prev <= '9' && next >= '0' && next <= '9'))) {
                j++;
                continue;
            }
            if (cp == '-' && ascii_alnum(next) &&
                ((prev >= '0' && prev <= '9') || (next >= '0' && next <= '9') ||
                 (j - i == 3 && memcmp(s + i, "cve", 3) == 0))) {
                j++;
                continue;
            }
        }
        break;
    }
    size_t n = j - i;
    char buf[TOKENIZE_MAX_TOKEN + 1];
    if (n == 0 || n > TOKENIZE_MAX_TOKEN)
        return j > i ? j : i + 1;
    memcpy(buf, s + i, n);
    buf[n] = '\0';
    int number = all_digits;
    if (!number) {
        number = 1;
        for (size_t k = 0; k < n && number; k++)
            number = (buf[k] >= '0' && buf[k] <= '9') || buf[k] == '.' || buf[k] == ',';
    }
    if (number) {
        if (r->t->opts.keep_numbers && n >= 2)
            emit(r, buf, n, TOKEN_NUMBER, i, j);
        return j;
    }
    /* "microsoft's" is "microsoft" */
    if (j + 1 < len && s[j] == '\'' && s[j + 1] == 's' && (j + 2 >= len || !ascii_alnum((unsigned char)s[j + 2])))
        j += 2;
    int ascii_alpha = 1;
    for (size_t k = 0; k < n && ascii_alpha; k++)
        ascii_alpha = buf[k] >= 'a' && buf[k] <= 'z';
    if (ascii_alpha) {
        if (!r->t->opts.keep_stopwords && english_stop_word(buf, n))
            return j;
        size_t orig_n = n;
        if (r->t->opts.stem)
            n = light_stem(buf, n);
        if (n < 2)
            return j;
        emit(r, buf, n, TOKEN_WORD, i, i + orig_n);
        return j;
    }
    if (n >= 2)
        emit(r, buf, n, TOKEN_WORD, i, i + n);
    return j;
}

/* ---- Japanese ----------------------------------------------------------------------------------------- */

static int ja_run_char(int32_t cp) { return text_is_japanese(cp) || cp == 0x30F6 || cp == 0x30F5; }

static void bigrams(run_ctx *r, size_t a, size_t b)
{
    const char *s = r->t->norm.s;
    size_t len = r->t->norm.len;
    size_t prev = SIZE_MAX;
    int32_t prev_cp = 0;
    size_t count = 0;
    for (size_t i = a; i < b;) {
        int32_t cp;
        size_t cl = text_utf8_decode(s, len, i, &cp);
        if (prev != SIZE_MAX && !(text_is_hiragana(prev_cp) && text_is_hiragana(cp)))
            emit(r, s + prev, i + cl - prev, TOKEN_JA_BIGRAM, prev, i + cl);
        prev = i;
        prev_cp = cp;
        i += cl;
        count++;
    }
    /* A lone kanji or katakana character still says something. */
    if (count == 1 && !text_is_hiragana(prev_cp))
        emit(r, s + a, b - a, TOKEN_JA_BIGRAM, a, b);
}

/* Field k (0-based) of a MeCab feature string. */
static int feature_field(const char *f, int k, const char **p, size_t *n)
{
    for (int i = 0; i < k; i++) {
        f = strchr(f, ',');
        if (!f)
            return 0;
        f++;
    }
    const char *e = strchr(f, ',');
    *p = f;
    *n = e ? (size_t)(e - f) : strlen(f);
    return 1;
}

static int field_is(const char *p, size_t n, const char *s) { return n == strlen(s) && memcmp(p, s, n) == 0; }

static int ja_empty_word(const char *w, size_t n)
{
    static const char *const empty[] = {"する", "いる", "ある", "なる", "れる", "られる", "できる",
                                        "おる", "こと", "もの", "ため", "よう", "ところ", "とき",
                                        "など", "ない", "いう", "くる", "せる", "させる", "みる"};
    return word_in_list(w, n, empty, SD_ARRAY_LEN(empty));
}

enum ja_keep { JA_DROP, JA_KEEP, JA_SUFFIX };

static enum ja_keep ja_node_keep(const mecab_node_t *nd)
{
    const char *pos, *sub;
    size_t posn, subn;
    if (!nd->feature || !feature_field(nd->feature, 0, &pos, &posn))
        return JA_DROP;
    if (!feature_field(nd->feature, 1, &sub, &subn)) {
        sub = "";
        subn = 0;
    }
    if (field_is(pos, posn, "名詞")) {
        if (field_is(sub, subn, "接尾")) {
            const char *sub2;
            size_t sub2n;
            if (feature_field(nd->feature, 2, &sub2, &sub2n) &&
                (field_is(sub2, sub2n, "一般") || field_is(sub2, sub2n, "サ変接続") ||
                 field_is(sub2, sub2n, "形容動詞語幹") || field_is(sub2, sub2n, "地域")))
                return JA_SUFFIX;
            return JA_DROP;
        }
        if (field_is(sub, subn, "非自立") || field_is(sub, subn, "代名詞") || field_is(sub, subn, "数") ||
            field_is(sub, subn, "特殊") || field_is(sub, subn, "副詞可能") ||
            field_is(sub, subn, "形式名詞") || field_is(sub, subn, "数詞") ||
            field_is(sub, subn, "副詞的名詞") || field_is(sub, subn, "接尾辞"))
            return JA_DROP;
        return JA_KEEP;
    }
    if (field_is(pos, posn, "動詞") || field_is(pos, posn, "形容詞")) {
        if (field_is(sub, subn, "非自立") || field_is(sub, subn, "接尾"))
            return JA_DROP;
        return JA_KEEP;
    }
    if (field_is(pos, posn, "未知語"))
        return JA_KEEP;
    return JA_DROP;
}

static void mecab_chunk(run_ctx *r, size_t a, size_t b)
{
    tokenizer *t = r->t;
    const char *s = t->norm.s;
    const mecab_node_t *nd = mecab_sparse_tonode2(t->mecab, s + a, b - a);
    if (!nd) {
        bigrams(r, a, b);
        return;
    }
    /* A kept noun and the suffix right after it make one word (脆弱+性, 横浜+市). */
    size_t last_end = SIZE_MAX;    /* normalised offset where the last kept noun ends */
    int last_noun = 0;
    for (; nd; nd = nd->next) {
        if (nd->stat != MECAB_NOR_NODE && nd->stat != MECAB_UNK_NODE)
            continue;
        if (nd->length == 0)
            continue;
        size_t na = (size_t)(nd->surface - s);
        size_t nb = na + nd->length;
        if (na < a || nb > b)
            continue;
        enum ja_keep k = nd->stat == MECAB_UNK_NODE ? JA_KEEP : ja_node_keep(nd);
        if (k == JA_SUFFIX) {
            if (last_noun && last_end == na && r->out->count > 0) {
                token *prev = &r->out->items[r->out->count - 1];
                size_t new_len = prev->len + nd->length;
                if (new_len <= TOKENIZE_MAX_TOKEN && prev->text + prev->len + 1 == r->out->buf.len) {
                    /* extend the previous token in place */
                    r->out->buf.len = prev->text + prev->len;
                    strbuf_append(&r->out->buf, s + na, nd->length);
                    strbuf_putc(&r->out->buf, '\0');
                    prev->len = (uint32_t)new_len;
                    prev->hash = token_hash(r->out->buf.data + prev->text, new_len);
                    size_t ob = t->norm.src[nb];
                    prev->src_len = ob > prev->off ? ob - prev->off : prev->src_len;
                    last_end = nb;
                }
            }
            continue;
        }
        last_noun = 0;
        if (k == JA_DROP)
            continue;
        const char *w = s + na;
        size_t wn = nd->length;
        const char *pos;
        size_t posn;
        int noun = feature_field(nd->feature, 0, &pos, &posn) && field_is(pos, posn, "名詞");
        if (!noun && t->opts.base_forms && t->base_field >= 0) {
            const char *base;
            size_t basen;
            if (feature_field(nd->feature, t->base_field, &base, &basen) && basen > 0 &&
                !field_is(base, basen, "*")) {
                w = base;
                wn = basen;
            }
        }
        if (!t->opts.keep_stopwords && ja_empty_word(w, wn))
            continue;
        /* One hiragana alone is inflection debris; one character right after
         * digits is a counter (2026年, 3人, 500円) that MeCab saw without its number. */
        int32_t cp0;
        size_t cl0 = text_utf8_decode(w, wn, 0, &cp0);
        if (cl0 == wn && (text_is_hiragana(cp0) ||
                          (na > 0 && s[na - 1] >= '0' && s[na - 1] <= '9')))
            continue;
        emit(r, w, wn, TOKEN_JA, na, nb);
        if (noun) {
            last_noun = 1;
            last_end = nb;
        }
    }
}

static void japanese_run(run_ctx *r, size_t a, size_t b)
{
    if (!r->t->mecab) {
        bigrams(r, a, b);
        return;
    }
    while (a < b) {
        size_t e = b;
        if (e - a > TOKENIZE_MECAB_CHUNK)
            e = text_utf8_char_start(r->t->norm.s, r->t->norm.len, a + TOKENIZE_MECAB_CHUNK);
        if (e <= a)
            e = b;
        mecab_chunk(r, a, e);
        a = e;
    }
}

size_t tokenizer_run(tokenizer *t, const char *text, size_t len, token_list *out)
{
    out->count = 0;
    strbuf_reset(&out->buf);
    if (!t || !text || len == 0)
        return 0;
    if (len > TOKENIZE_MAX_INPUT)
        len = text_utf8_char_start(text, len, TOKENIZE_MAX_INPUT);
    text_normalize(text, len, TEXT_NORM_MATCH | TEXT_NORM_MAP, &t->norm);
    run_ctx r = {t, out, text, len};
    const char *s = t->norm.s;
    size_t n = t->norm.len;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (ascii_alnum(c))
                i = word_run(&r, i);
            else
                i++;
            continue;
        }
        int32_t cp;
        size_t cl = text_utf8_decode(s, n, i, &cp);
        if (ja_run_char(cp)) {
            size_t j = i + cl;
            while (j < n) {
                int32_t cp2;
                size_t cl2 = text_utf8_decode(s, n, j, &cp2);
                if (!ja_run_char(cp2))
                    break;
                j += cl2;
            }
            japanese_run(&r, i, j);
            i = j;
        } else if (is_word_char(cp)) {
            i = word_run(&r, i);
        } else {
            i += cl;
        }
    }
    return out->count;
}
