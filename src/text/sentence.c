#include "text/sentence.h"

#include "text/normalize.h"

#include <stdlib.h>
#include <string.h>

void sentence_list_init(sentence_list *l)
{
    l->items = NULL;
    l->count = l->cap = 0;
}

void sentence_list_free(sentence_list *l)
{
    free(l->items);
    sentence_list_init(l);
}

/* ---- character helpers ------------------------------------------------------ */

typedef struct splitter {
    const char *t;
    size_t len;
    sentence_list *out;
} splitter;

static int32_t cp_at(const splitter *sp, size_t i, size_t *cl)
{
    int32_t cp;
    size_t n = text_utf8_decode(sp->t, sp->len, i, &cp);
    if (cl)
        *cl = n;
    return cp;
}

/* Code point ending just before i (i > start), and where it starts. */
static int32_t cp_before(const splitter *sp, size_t start, size_t i, size_t *at)
{
    size_t p = text_utf8_char_start(sp->t, sp->len, i - 1);
    if (p < start)
        p = start;
    if (at)
        *at = p;
    return cp_at(sp, p, NULL);
}

static int is_line_break(int32_t cp) { return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85; }
static int is_ascii_lower(int32_t cp) { return cp >= 'a' && cp <= 'z'; }
static int is_ascii_alnum(int32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
}
static int is_digit_any(int32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

static int is_closer(int32_t cp)
{
    switch (cp) {
    case 0x300D: case 0x300F: case 0xFF09: case ')': case 0x3011: case ']': case 0xFF3D:
    case 0x201D: case 0x2019: case '"': case '\'': case 0x3009: case 0x300B: case 0x3015:
    case 0xFF63: case 0x3017: case 0x3019: case 0x301F: case 0x00BB:
        return 1;
    default:
        return 0;
    }
}

static int is_opener(int32_t cp)
{
    switch (cp) {
    case 0x300C: case 0x300E: case 0xFF08: case '(': case 0x3010: case '[': case 0xFF3B:
    case 0x201C: case 0x2018: case '"': case '\'': case 0x3008: case 0x300A: case 0x3014:
    case 0xFF62: case 0x00AB:
        return 1;
    default:
        return 0;
    }
}

static int is_ja_stop(int32_t cp) { return cp == 0x3002 || cp == 0xFF61 || cp == 0xFF01 || cp == 0xFF1F; }
static int is_any_terminator(int32_t cp)
{
    return is_ja_stop(cp) || cp == '.' || cp == '!' || cp == '?' || cp == 0xFF0E || cp == 0x2026;
}

/* ---- emitting -------------------------------------------------------------------- */

static void emit(splitter *sp, size_t a, size_t b, unsigned flags)
{
    /* Trim white space (including U+3000) on both ends. */
    while (a < b) {
        size_t cl;
        int32_t cp = cp_at(sp, a, &cl);
        if (!text_is_space(cp))
            break;
        a += cl;
    }
    while (b > a) {
        size_t p;
        int32_t cp = cp_before(sp, a, b, &p);
        if (!text_is_space(cp))
            break;
        b = p;
    }
    if (a >= b)
        return;
    int content = 0;
    for (size_t i = a; i < b && !content;) {
        size_t cl;
        int32_t cp = cp_at(sp, i, &cl);
        if (is_ascii_alnum(cp) || text_is_japanese(cp) ||
            (cp >= 0x80 && cp != 0xFFFD && (text_is_latin_letter(cp) || is_digit_any(cp) ||
                                              text_is_upper(cp) || (cp >= 0x370 && cp < 0x2000) ||
                                              (cp >= 0xAC00 && cp <= 0xD7A3))))
            content = 1;
        i += cl;
    }
    if (!content)
        return;
    sentence_list *l = sp->out;
    l->items = xgrow(l->items, &l->cap, l->count + 1, sizeof *l->items);
    l->items[l->count].off = a;
    l->items[l->count].len = b - a;
    l->items[l->count].flags = flags;
    l->count++;
}

/* ---- bullets ------------------------------------------------------------------------ */

/* If the line [a,b) starts with a bullet marker, return where its text starts. */
static size_t skip_bullet(const splitter *sp, size_t a, size_t b, int *bullet)
{
    *bullet = 0;
    size_t i = a, cl;
    while (i < b) {
        int32_t cp = cp_at(sp, i, &cl);
        if (!text_is_space(cp))
            break;
        i += cl;
    }
    if (i >= b)
        return a;
    int32_t cp = cp_at(sp, i, &cl);
    size_t after = i + cl;
    int32_t next = after < b ? cp_at(sp, after, NULL) : 0;
    int found = 0;
    switch (cp) {
    case 0x30FB: case 0xFF65: case 0x25CF: case 0x25CB: case 0x25C6: case 0x25C7: case 0x25A0:
    case 0x25A1: case 0x25AA: case 0x25AB: case 0x2022: case 0x2023: case 0x25E6: case 0x25CE:
    case 0x2605: case 0x2606: case 0x25B6: case 0x25B7: case 0x25BA: case 0x25B8: case 0x203B:
    case 0x2192: case 0x21D2: case 0x2713: case 0x2714:
        found = 1;
        break;
    case '-': case '*': case '+': case 0x2013: case 0x2014:
        found = text_is_space(next) && !is_line_break(next);
        break;
    default:
        if ((cp >= 0x2460 && cp <= 0x249B) || (cp >= 0x2776 && cp <= 0x2789))
            found = 1;
        break;
    }
    if (!found) {
        /* "1. ", "12) ", "(3) ", "４．", "（５）" */
        size_t j = i;
        int paren = 0;
        int32_t c = cp_at(sp, j, &cl);
        if (c == '(' || c == 0xFF08) {
            paren = 1;
            j += cl;
        }
        int digits = 0;
        while (j < b && digits < 3) {
            c = cp_at(sp, j, &cl);
            if (!is_digit_any(c))
                break;
            digits++;
            j += cl;
        }
        if (digits >= 1 && digits <= 2 && j < b) {
            c = cp_at(sp, j, &cl);
            int32_t n2 = j + cl < b ? cp_at(sp, j + cl, NULL) : 0;
            if (paren ? (c == ')' || c == 0xFF09)
                      : ((c == '.' || c == ')') ? (text_is_space(n2) && !is_line_break(n2))
                                                : (c == 0xFF0E || c == 0xFF09))) {
                found = 1;
                after = j + cl;
            }
        }
    }
    if (!found)
        return a;
    *bullet = 1;
    while (after < b) {
        int32_t c = cp_at(sp, after, &cl);
        if (!text_is_space(c))
            break;
        after += cl;
    }
    return after;
}

/* ---- English abbreviations ------------------------------------------------------------- */

enum abbrev_kind { ABBR_NONE, ABBR_ALWAYS, ABBR_NUMBER, ABBR_MONTH, ABBR_AMBIGUOUS };

static int word_in(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(w, list[k]) == 0)
            return 1;
    return 0;
}

static enum abbrev_kind abbrev_kind_of(const char *w)
{
    static const char *const always[] = {
        "mr", "mrs", "ms", "dr", "prof", "sr", "st", "gen", "gov", "sen", "rep", "lt", "col",
        "capt", "sgt", "rev", "hon", "messrs", "mt", "ft", "e.g", "i.e", "cf", "vs", "v",
        "approx", "fig", "figs", "vol", "eds", "pp", "ch", "sec", "dept", "est", "ver", "incl",
        "al", "ca", "resp", "viz", "esp", "min", "max", "avg", "ref", "refs", "art", "para",
    };
    static const char *const number[] = {"no", "nos", "op", "p", "pt"};
    static const char *const months[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                         "sep", "sept", "oct", "nov", "dec"};
    static const char *const ambiguous[] = {"inc", "ltd", "corp", "co", "llc", "plc", "etc",
                                            "bros", "jr", "gmbh", "ag", "pty", "u.s", "u.k",
                                            "u.n", "e.u", "a.m", "p.m", "s.a", "n.v"};
    if (word_in(w, always, SD_ARRAY_LEN(always)))
        return ABBR_ALWAYS;
    if (word_in(w, number, SD_ARRAY_LEN(number)))
        return ABBR_NUMBER;
    if (word_in(w, months, SD_ARRAY_LEN(months)))
        return ABBR_MONTH;
    if (word_in(w, ambiguous, SD_ARRAY_LEN(ambiguous)))
        return ABBR_AMBIGUOUS;
    /* Dotted initials: "u.s.a", "j.r.r" */
    size_t n = strlen(w);
    if (n >= 3 && n % 2 == 1) {
        int dotted = 1;
        for (size_t k = 0; k < n && dotted; k++)
            dotted = (k % 2 == 0) ? (w[k] >= 'a' && w[k] <= 'z') : w[k] == '.';
        if (dotted)
            return ABBR_AMBIGUOUS;
    }
    return ABBR_NONE;
}

static int sentence_opener(const char *w)
{
    static const char *const openers[] = {
        "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
        "in", "on", "at", "a", "an", "but", "however", "and", "as", "for", "according",
        "after", "before", "also", "there", "meanwhile", "if", "when", "while", "although",
        "some", "many", "most", "our", "their", "his", "her", "researchers", "officials",
        "no", "so", "since", "to", "with", "by", "from", "earlier", "last", "this", "other",
        "both", "all", "one", "two", "separately", "additionally", "further", "furthermore",
        "moreover", "then", "now", "today", "yesterday", "what", "who", "how", "why", "you",
    };
    return word_in(w, openers, SD_ARRAY_LEN(openers));
}

/* Lower-cased ASCII copy of the word ending at `end` (back to white space or
 * an opening bracket), at most cap-1 bytes; "" when too long or not ASCII. */
static void word_before(const splitter *sp, size_t start, size_t end, char *w, size_t cap)
{
    size_t a = end;
    while (a > start) {
        unsigned char c = (unsigned char)sp->t[a - 1];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '[' || c == '"' ||
            c >= 0x80)
            break;
        a--;
    }
    size_t n = end - a;
    if (n == 0 || n >= cap) {
        w[0] = '\0';
        return;
    }
    for (size_t k = 0; k < n; k++) {
        char c = sp->t[a + k];
        w[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    w[n] = '\0';
}

static void word_at(const splitter *sp, size_t i, size_t b, char *w, size_t cap)
{
    size_t n = 0;
    while (i + n < b && n + 1 < cap) {
        char c = sp->t[i + n];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            break;
        w[n] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        n++;
    }
    if (i + n < b && n + 1 >= cap)
        n = 0;
    w[n] = '\0';
}

/* ---- boundary decisions ------------------------------------------------------------------ */

/* Skip closing brackets/quotes from i; returns the offset after them. */
static size_t skip_closers(const splitter *sp, size_t i, size_t b)
{
    while (i < b) {
        size_t cl;
        int32_t cp = cp_at(sp, i, &cl);
        if (!is_closer(cp))
            break;
        i += cl;
    }
    return i;
}

static size_t skip_spaces(const splitter *sp, size_t i, size_t b)
{
    while (i < b) {
        size_t cl;
        int32_t cp = cp_at(sp, i, &cl);
        if (!text_is_space(cp))
            break;
        i += cl;
    }
    return i;
}

/* Is the period-like character at i (ending at j) a sentence end? */
static int period_ends(const splitter *sp, size_t seg, size_t i, size_t j, size_t b, int32_t cp)
{
    int32_t prev = i > seg ? cp_before(sp, seg, i, NULL) : 0;
    if (cp == 0xFF0E) {
        int32_t next = j < b ? cp_at(sp, j, NULL) : 0;
        if ((is_digit_any(prev) && is_digit_any(next)) ||
            (text_is_latin_letter(prev) && (text_is_latin_letter(next) || is_digit_any(next))))
            return 0;
        return 1;
    }
    /* A run of dots (or an ellipsis) is one mark. */
    int ellipsis = cp == 0x2026;
    while (j < b && (sp->t[j] == '.' || (j + 3 <= b && memcmp(sp->t + j, "\xE2\x80\xA6", 3) == 0))) {
        ellipsis = 1;
        j += sp->t[j] == '.' ? 1 : 3;
    }
    size_t k = skip_closers(sp, j, b);
    if (k >= b)
        return 1;
    size_t ncl;
    int32_t next = cp_at(sp, k, &ncl);
    if (!text_is_space(next)) {
        if (k == j && text_is_japanese(next))
            return !ellipsis && text_is_japanese(prev);
        return 0; /* 3.1.4, example.com, U.S.-based, "word.)x" */
    }
    k = skip_spaces(sp, k, b);
    if (k >= b)
        return 1;
    next = cp_at(sp, k, &ncl);
    if (is_ascii_lower(next))
        return 0;
    if (ellipsis)
        return text_is_upper(next) || is_opener(next) || text_is_japanese(next);
    char w[24];
    word_before(sp, seg, i, w, sizeof w);
    if (w[0] == '\0')
        return 1;
    if (w[1] == '\0' && w[0] >= 'a' && w[0] <= 'z')
        return 0; /* an initial: "J. Smith", "Plan B. The" loses */
    switch (abbrev_kind_of(w)) {
    case ABBR_ALWAYS:
        return 0;
    case ABBR_NUMBER:
    case ABBR_MONTH:
        return !is_digit_any(next);
    case ABBR_AMBIGUOUS: {
        if (text_is_japanese(next) || is_opener(next))
            return 1;
        char nw[24];
        word_at(sp, k, b, nw, sizeof nw);
        return nw[0] && sentence_opener(nw);
    }
    case ABBR_NONE:
        break;
    }
    return 1;
}

/* '!' or '?' at i, ending at j. */
static int bang_ends(const splitter *sp, size_t seg, size_t i, size_t j, size_t b)
{
    while (j < b && (sp->t[j] == '!' || sp->t[j] == '?'))
        j++;
    size_t k = skip_closers(sp, j, b);
    if (k >= b)
        return 1;
    int32_t next = cp_at(sp, k, NULL);
    int32_t prev = i > seg ? cp_before(sp, seg, i, NULL) : 0;
    if (text_is_space(next)) {
        char w[24];
        word_before(sp, seg, i, w, sizeof w);
        if (strcmp(w, "yahoo") == 0)
            return 0;
        return 1;
    }
    /* Half-width ! ? typed in Japanese text end the sentence whatever follows;
     * after Latin text without a space they are part of a word or URL. */
    return text_is_japanese(prev);
}

/* After a terminator ending at j: take further stops and closing brackets. */
static size_t sentence_tail(const splitter *sp, size_t j, size_t b)
{
    while (j < b) {
        size_t cl;
        int32_t cp = cp_at(sp, j, &cl);
        if (!is_any_terminator(cp) && !is_closer(cp))
            break;
        j += cl;
    }
    return j;
}

/* Offset just past the bracket closing the one opened at i, or 0 when it does
 * not close within SENTENCE_QUOTE_MAX characters before b. */
static size_t quote_end(const splitter *sp, size_t i, size_t b, int32_t open)
{
    int32_t close = open == 0x300C ? 0x300D : 0x300F;
    int depth = 0;
    size_t chars = 0;
    while (i < b && chars <= SENTENCE_QUOTE_MAX + 1) {
        size_t cl;
        int32_t cp = cp_at(sp, i, &cl);
        if (cp == open)
            depth++;
        else if (cp == close && --depth == 0)
            return i + cl;
        i += cl;
        chars++;
    }
    return 0;
}

/* Where to cut an over-long sentence [start, i): the last space or comma in
 * its second half, else i. */
static size_t cut_point(const splitter *sp, size_t start, size_t i)
{
    size_t floor_ = start + (i - start) / 2;
    size_t p = i;
    while (p > floor_) {
        size_t q;
        int32_t cp = cp_before(sp, start, p, &q);
        if (text_is_space(cp) || cp == 0x3001 || cp == 0xFF0C || cp == ',')
            return p;
        p = q;
    }
    return i;
}

static void split_segment(splitter *sp, size_t seg, size_t b, unsigned flags)
{
    size_t start = seg, i = seg, protect_until = 0;
    while (i < b) {
        size_t cl;
        int32_t cp = cp_at(sp, i, &cl);
        if (i - start >= SENTENCE_MAX_BYTES) {
            size_t cut = cut_point(sp, start, i);
            emit(sp, start, cut, flags | SENTENCE_CUT);
            flags &= ~(unsigned)SENTENCE_PARAGRAPH;
            start = cut;
            if (cut < i)
                continue;
        }
        if (i >= protect_until && (cp == 0x300C || cp == 0x300E)) {
            size_t e = quote_end(sp, i, b, cp);
            if (e)
                protect_until = e;
        }
        if (i < protect_until) {
            i += cl;
            continue;
        }
        int ends = 0;
        if (is_ja_stop(cp))
            ends = 1;
        else if (cp == '.' || cp == 0xFF0E || cp == 0x2026)
            ends = period_ends(sp, seg, i, i + cl, b, cp);
        else if (cp == '!' || cp == '?')
            ends = bang_ends(sp, seg, i, i + cl, b);
        if (ends) {
            size_t end = sentence_tail(sp, i + cl, b);
            emit(sp, start, end, flags);
            flags &= ~(unsigned)SENTENCE_PARAGRAPH;
            start = i = end;
            continue;
        }
        i += cl;
    }
    emit(sp, start, b, flags);
}

/* ---- lines --------------------------------------------------------------------------------- */

/* End of the line starting at i (offset of its break, or len); *next is where
 * the following line starts. */
static size_t line_end(const splitter *sp, size_t i, size_t *next)
{
    const char *t = sp->t;
    size_t len = sp->len;
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        if (c == '\n') {
            *next = i + 1;
            return i;
        }
        if (c == '\r') {
            *next = (i + 1 < len && t[i + 1] == '\n') ? i + 2 : i + 1;
            return i;
        }
        if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
            ((unsigned char)t[i + 2] == 0xA8 || (unsigned char)t[i + 2] == 0xA9)) {
            *next = i + 3;
            return i;
        }
        i++;
    }
    *next = len;
    return len;
}

static int line_blank(const splitter *sp, size_t a, size_t b) { return skip_spaces(sp, a, b) >= b; }

/* Does the line [a,b) continue a hard-wrapped English sentence that ended
 * (without a stop) with `last`? */
static int continues_wrap(const splitter *sp, int32_t last, size_t a, size_t b)
{
    if (!(is_ascii_lower(last) || last == ',' || last == ';'))
        return 0;
    size_t k = skip_spaces(sp, a, b);
    if (k >= b || !is_ascii_lower(cp_at(sp, k, NULL)))
        return 0;
    int bullet;
    skip_bullet(sp, a, b, &bullet);
    return !bullet;
}

size_t sentence_split(const char *text, size_t len, sentence_list *out)
{
    out->count = 0;
    if (!text || len == 0)
        return 0;
    splitter sp = {text, len, out};
    size_t pos = 0;
    int paragraph = 1;
    while (pos < len) {
        size_t next;
        size_t le = line_end(&sp, pos, &next);
        if (line_blank(&sp, pos, le)) {
            paragraph = 1;
            pos = next;
            continue;
        }
        int bullet;
        size_t body = skip_bullet(&sp, pos, le, &bullet);
        size_t seg_end = le;
        if (!bullet) {
            while (next < len) {
                size_t trimmed = seg_end;
                int32_t last = 0;
                while (trimmed > body) {
                    size_t p;
                    last = cp_before(&sp, body, trimmed, &p);
                    if (!text_is_space(last))
                        break;
                    trimmed = p;
                }
                size_t n2;
                size_t le2 = line_end(&sp, next, &n2);
                if (!continues_wrap(&sp, last, next, le2))
                    break;
                seg_end = le2;
                next = n2;
            }
        }
        unsigned flags = (bullet ? SENTENCE_BULLET : 0) | (paragraph ? SENTENCE_PARAGRAPH : 0);
        size_t before = out->count;
        split_segment(&sp, body, seg_end, flags);
        if (out->count > before)
            paragraph = 0;
        pos = next;
    }
    return out->count;
}
