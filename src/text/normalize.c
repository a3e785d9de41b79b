#include "text/normalize.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- UTF-8 -------------------------------------------------------------- */

/* Inlined in this file's hot loops; text_utf8_decode is the exported copy. */
static inline size_t utf8_decode(const char *str, size_t len, size_t i, int32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (len - i <= need) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k <= need; k++) {
        unsigned char d = s[i + k];
        if ((d & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (d & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return need + 1;
}

size_t text_utf8_decode(const char *str, size_t len, size_t i, int32_t *cp)
{
    return utf8_decode(str, len, i, cp);
}

size_t text_utf8_encode(int32_t cp, char out[4])
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t text_utf8_char_start(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return len;
    size_t back = 0;
    while (i > 0 && back < 3 && ((unsigned char)s[i] & 0xC0) == 0x80) {
        i--;
        back++;
    }
    return i;
}

/* ---- character classes ---------------------------------------------------- */

int text_is_hiragana(int32_t cp) { return cp >= 0x3041 && cp <= 0x309F; }

int text_is_katakana(int32_t cp)
{
    return (cp >= 0x30A1 && cp <= 0x30FF && cp != 0x30FB) || (cp >= 0x31F0 && cp <= 0x31FF) ||
           (cp >= 0xFF66 && cp <= 0xFF9F);
}

int text_is_kanji(int32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F) || cp == 0x3005 ||
           cp == 0x3006;
}

int text_is_kana(int32_t cp) { return text_is_hiragana(cp) || text_is_katakana(cp); }
int text_is_japanese(int32_t cp) { return text_is_kana(cp) || text_is_kanji(cp); }

int text_is_latin_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    if (cp >= 0xC0 && cp <= 0x24F)
        return cp != 0xD7 && cp != 0xF7;
    return (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
}

int text_is_space(int32_t cp)
{
    return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000;
}

int text_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* ---- normalisation engine -------------------------------------------------- */

/* Characters NFKC and case folding leave alone, that never combine with the
 * character before them: they can be copied as they are.  U+3008/3009 are
 * left out because lumping turns them into < >. */
static int fast_stable(int32_t cp)
{
    if (cp < 0x80)
        return cp != 0;
    if (cp < 0x3001)
        return 0;
    return (cp <= 0x3007) || (cp >= 0x300A && cp <= 0x3011) || (cp >= 0x3041 && cp <= 0x3096) ||
           cp == 0x309D || cp == 0x309E || (cp >= 0x30A1 && cp <= 0x30FE) ||
           (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

/* Does a character whose decomposition starts with cp combine with what
 * precedes it?  Non-starters do; so do Hangul vowel/trailing jamo and the
 * few starters that are second parts of canonical compositions. */
static int combines_backward(int32_t cp)
{
    if (cp < 0x300)
        return 0;
    if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2))
        return 1;
    switch (cp) {
    case 0x09BE: case 0x09D7: case 0x0B3E: case 0x0B56: case 0x0B57: case 0x0BBE:
    case 0x0BD7: case 0x0CC2: case 0x0CD5: case 0x0CD6: case 0x0D3E: case 0x0D57:
    case 0x0DCF: case 0x0DDF: case 0x102E: case 0x1B35: case 0x110BA: case 0x11127:
    case 0x1133E: case 0x11357: case 0x114B0: case 0x114BA: case 0x114BD: case 0x115AF:
    case 0x11930:
        return 1;
    default:
        return utf8proc_get_property(cp)->combining_class != 0;
    }
}

#define UNIT_MAX_CHARS 31 /* a starter + 30 non-starters (UAX #15 stream-safe) */
#define UNIT_CP_CAP 1024  /* 31 characters x the longest decomposition (18) fits */

typedef struct norm_out {
    char *s;
    size_t len, cap;
    size_t *map;
    size_t mapcap;
    int want_map;
} norm_out;

static void out_reserve(norm_out *o, size_t extra)
{
    if (extra > SIZE_MAX - o->len - 1)
        die("string too large");
    o->s = xgrow(o->s, &o->cap, o->len + extra + 1, 1);
    if (o->want_map)
        o->map = xgrow(o->map, &o->mapcap, o->len + extra + 1, sizeof(size_t));
}

static void out_bytes(norm_out *o, const char *b, size_t n, size_t origin)
{
    out_reserve(o, n);
    memcpy(o->s + o->len, b, n);
    if (o->want_map)
        for (size_t k = 0; k < n; k++)
            o->map[o->len + k] = origin;
    o->len += n;
}

typedef struct norm_unit {
    int32_t cps[UNIT_CP_CAP];
    size_t ncp;
    size_t nchars;
    size_t in_start; /* input offset of the unit's first character */
    size_t out_start;
    int active;      /* a unit is open (fast or slow) */
    int slow;        /* its code points are in cps and not yet written */
} norm_unit;

static utf8proc_option_t decompose_options(unsigned flags, int compat)
{
    utf8proc_option_t o = UTF8PROC_COMPOSE | UTF8PROC_STABLE;
    if (compat)
        o |= UTF8PROC_COMPAT | UTF8PROC_IGNORE;
    if (flags & TEXT_NORM_CASEFOLD)
        o |= UTF8PROC_CASEFOLD;
    if (flags & TEXT_NORM_LUMP)
        o |= UTF8PROC_LUMP;
    return o;
}

/* Canonical ordering: stable sort of each run of non-starters by class. */
static void canonical_order(int32_t *cps, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        int32_t c = cps[i];
        int cc = utf8proc_get_property(c)->combining_class;
        if (cc == 0)
            continue;
        size_t j = i;
        while (j > 0) {
            int pc = utf8proc_get_property(cps[j - 1])->combining_class;
            if (pc <= cc)
                break;
            cps[j] = cps[j - 1];
            j--;
        }
        cps[j] = c;
    }
}

static void unit_flush(norm_unit *u, norm_out *o)
{
    if (!u->active || !u->slow) {
        u->active = 0;
        return;
    }
    canonical_order(u->cps, u->ncp);
    utf8proc_ssize_t n = (utf8proc_ssize_t)u->ncp;
    if (n > 0) {
        n = utf8proc_normalize_utf32(u->cps, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (n < 0)
            n = 0;
    }
    for (utf8proc_ssize_t k = 0; k < n; k++) {
        char b[4];
        int32_t c = u->cps[k] == 0 ? ' ' : u->cps[k];
        size_t bl = text_utf8_encode(c, b);
        out_bytes(o, b, bl, u->in_start);
    }
    u->active = 0;
    u->slow = 0;
    u->ncp = 0;
}

/* Decompose cp into tmp; returns the count (0 for ignorables). */
static size_t decompose(int32_t cp, int32_t *tmp, size_t cap, utf8proc_option_t opt)
{
    int bc = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, tmp, (utf8proc_ssize_t)cap, opt, &bc);
    if (n < 0 || (size_t)n > cap) {
        tmp[0] = 0xFFFD;
        return 1;
    }
    return (size_t)n;
}

static void normalize_core(const char *s, size_t len, unsigned flags, int compat, norm_out *o)
{
    /* On the stack and not zeroed: cps is only read below ncp, and this runs
     * once per string (a zeroed 4 KB calloc per call was about 7% of the analysis). */
    norm_unit unit;
    norm_unit *u = &unit;
    u->ncp = 0;
    u->nchars = 0;
    u->in_start = 0;
    u->out_start = 0;
    u->active = 0;
    u->slow = 0;
    utf8proc_option_t opt = decompose_options(flags, compat);
    int fold = (flags & TEXT_NORM_CASEFOLD) != 0;
    int32_t tmp[64];
    out_reserve(o, len + len / 4 + 16);

    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        /* ASCII runs: the common case, copied without decoding. */
        if (c < 0x80 && c != 0) {
            size_t j = i;
            while (j < len && (unsigned char)s[j] < 0x80 && s[j] != 0)
                j++;
            /* The last ASCII character opens a unit that a combining mark may join. */
            size_t run_end = j - 1;
            unit_flush(u, o);
            out_reserve(o, j - i);
            for (size_t k = i; k < j; k++) {
                char ch = s[k];
                if (fold && ch >= 'A' && ch <= 'Z')
                    ch = (char)(ch + 32);
                o->s[o->len] = ch;
                if (o->want_map)
                    o->map[o->len] = k;
                o->len++;
            }
            u->active = 1;
            u->slow = 0;
            u->in_start = run_end;
            u->out_start = o->len - 1;
            u->nchars = 1;
            i = j;
            continue;
        }
        int32_t cp;
        size_t cl = utf8_decode(s, len, i, &cp);
        if (cp == 0) {
            unit_flush(u, o);
            out_bytes(o, " ", 1, i);
            u->active = 1;
            u->slow = 0;
            u->in_start = i;
            u->out_start = o->len - 1;
            u->nchars = 1;
            i += cl;
            continue;
        }
        if (fast_stable(cp)) {
            /* A run of kana, kanji and CJK punctuation: copied as a block. */
            unit_flush(u, o);
            size_t j = i + cl, last = i;
            while (j < len && (unsigned char)s[j] >= 0x80) {
                int32_t cp2;
                size_t cl2;
                const unsigned char *p = (const unsigned char *)s + j;
                /* U+3000..U+9FFF (kana, kanji, CJK punctuation): always valid
                 * when well formed, so decoded here without the general checks. */
                if (p[0] >= 0xE3 && p[0] <= 0xE9 && len - j >= 3 && (p[1] & 0xC0) == 0x80 &&
                    (p[2] & 0xC0) == 0x80) {
                    cp2 = ((int32_t)(p[0] & 0x0F) << 12) | ((int32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
                    cl2 = 3;
                } else {
                    cl2 = utf8_decode(s, len, j, &cp2);
                }
                if (!fast_stable(cp2))
                    break;
                last = j;
                j += cl2;
            }
            out_reserve(o, j - i);
            memcpy(o->s + o->len, s + i, j - i);
            if (o->want_map) {
                size_t start = i;
                for (size_t k = i; k < j; k++) {
                    if (((unsigned char)s[k] & 0xC0) != 0x80)
                        start = k;
                    o->map[o->len + (k - i)] = start;
                }
            }
            o->len += j - i;
            /* The last character opens a unit that a combining mark may join. */
            u->active = 1;
            u->slow = 0;
            u->in_start = last;
            u->out_start = o->len - (j - last);
            u->nchars = 1;
            i = j;
            continue;
        }
        size_t n = decompose(cp, tmp, SD_ARRAY_LEN(tmp), opt);
        int attach = u->active && u->nchars < UNIT_MAX_CHARS && u->ncp + n <= UNIT_CP_CAP &&
                     (n == 0 || combines_backward(tmp[0]));
        if (attach && !u->slow) {
            /* Take back the fast character(s) just written and redo them here. */
            size_t from = u->in_start;
            o->len = u->out_start;
            u->ncp = 0;
            while (from < i) {
                int32_t pc;
                size_t pl = utf8_decode(s, len, from, &pc);
                if (pc == 0)
                    pc = ' ';
                int32_t ptmp[64];
                size_t pn = decompose(pc, ptmp, SD_ARRAY_LEN(ptmp), opt);
                if (u->ncp + pn <= UNIT_CP_CAP) {
                    memcpy(u->cps + u->ncp, ptmp, pn * sizeof(int32_t));
                    u->ncp += pn;
                }
                from += pl;
            }
            u->slow = 1;
        }
        if (attach) {
            memcpy(u->cps + u->ncp, tmp, n * sizeof(int32_t));
            u->ncp += n;
            u->nchars++;
        } else {
            unit_flush(u, o);
            u->active = 1;
            u->slow = 1;
            u->in_start = i;
            u->out_start = o->len;
            u->nchars = 1;
            memcpy(u->cps, tmp, n * sizeof(int32_t));
            u->ncp = n;
        }
        i += cl;
    }
    unit_flush(u, o);
    out_reserve(o, 0);
    o->s[o->len] = '\0';
    if (o->want_map)
        o->map[o->len] = len;
}

void text_norm_init(text_norm *n)
{
    n->s = NULL;
    n->len = 0;
    n->src = NULL;
}

void text_norm_free(text_norm *n)
{
    free(n->s);
    free(n->src);
    text_norm_init(n);
}

void text_normalize(const char *s, size_t len, unsigned flags, text_norm *out)
{
    norm_out o = {0};
    o.want_map = (flags & TEXT_NORM_MAP) != 0;
    text_norm_free(out);
    normalize_core(s ? s : "", s ? len : 0, flags, 1, &o);
    out->s = o.s;
    out->len = o.len;
    out->src = o.map;
}

char *text_fold(const char *s, size_t len)
{
    norm_out o = {0};
    normalize_core(s ? s : "", s ? len : 0, TEXT_NORM_MATCH, 1, &o);
    return o.s;
}

char *text_nfkc(const char *s, size_t len)
{
    norm_out o = {0};
    normalize_core(s ? s : "", s ? len : 0, 0, 1, &o);
    return o.s;
}

char *text_nfc(const char *s, size_t len)
{
    norm_out o = {0};
    normalize_core(s ? s : "", s ? len : 0, 0, 0, &o);
    return o.s;
}

int text_is_nfc(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t cl = text_utf8_decode(s, len, i, &cp);
        if (cp == 0xFFFD && !(cl == 3 && (unsigned char)s[i] == 0xEF))
            return 0;
        if (cp == 0)
            return 0;
        i += cl;
    }
    char *n = text_nfc(s, len);
    int same = strlen(n) == len && memcmp(n, s, len) == 0;
    free(n);
    return same;
}

/* ---- script mix and language --------------------------------------------------- */

void text_script_mix_of(const char *s, size_t len, text_script_mix *m)
{
    memset(m, 0, sizeof *m);
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t cl = utf8_decode(s, len, i, &cp);
        i += cl;
        if (cp < 0x80) {
            if ((cp | 32) >= 'a' && (cp | 32) <= 'z')
                m->latin++;
            else if (cp >= '0' && cp <= '9')
                m->digits++;
            continue;
        }
        if (cp == 0xFFFD)
            m->invalid++;
        else if (cp == 0x30FC || cp == 0xFF70)
            continue; /* the long-vowel mark is a letter of no script in particular */
        else if (text_is_kana(cp))
            m->kana++;
        else if (text_is_kanji(cp))
            m->kanji++;
        else if (text_is_latin_letter(cp)) {
            m->latin++;
            if (cp < 0xFF00)
                m->latin_accented++;
        } else if (cp >= 0xFF10 && cp <= 0xFF19)
            m->digits++;
        else if (utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
                 utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO)
            m->other_letters++;
    }
    size_t letters = m->kana + m->kanji + m->latin + m->other_letters;
    if (letters) {
        m->ja_share = (double)(m->kana + m->kanji) / (double)letters;
        m->latin_share = (double)m->latin / (double)letters;
    }
}

static int english_function_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "the", "a", "an", "of", "to", "in", "and", "is", "are", "was", "were", "for", "on",
        "that", "with", "by", "as", "it", "its", "this", "has", "have", "had", "be", "been",
        "from", "at", "or", "which", "said", "will", "not", "but", "they", "their", "who",
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(words); k++)
        if (words[k][0] == w[0] && strlen(words[k]) == n && strncmp(words[k], w, n) == 0)
            return 1;
    return 0;
}

const char *text_language_guess(const char *s, size_t len)
{
    if (!s)
        return NULL;
    if (len > 65536)
        len = text_utf8_char_start(s, len, 65536);
    text_script_mix m;
    text_script_mix_of(s, len, &m);
    size_t ja = m.kana + m.kanji;
    size_t letters = ja + m.latin + m.other_letters;
    if (letters < 2)
        return NULL;
    if (m.kana >= 1 && ja >= 2 && m.ja_share >= 0.10)
        return "ja";
    if (m.latin < 3 || m.latin_share < 0.8 || (double)m.latin_accented > 0.03 * (double)m.latin)
        return NULL;
    /* English function words among ASCII words (lower-cased compare). */
    size_t words = 0, function = 0;
    char w[16];
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (!((c | 32) >= 'a' && (c | 32) <= 'z')) {
            i++;
            continue;
        }
        size_t j = i, n = 0;
        while (j < len && (((unsigned char)s[j] | 32) >= 'a' && ((unsigned char)s[j] | 32) <= 'z')) {
            if (n < sizeof w)
                w[n] = (char)(s[j] | 32);
            n++;
            j++;
        }
        words++;
        if (n <= sizeof w && english_function_word(w, n))
            function++;
        i = j;
    }
    if (words >= 8 && (double)function < 0.08 * (double)words)
        return NULL;
    return "en";
}
