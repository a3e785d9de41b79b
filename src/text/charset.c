/*
 * charset: bytes in any encoding a Japanese or English site uses, to UTF-8.
 *
 * Declarations are only evidence.  Real feeds say UTF-8 and send Shift_JIS,
 * say Shift_JIS and send EUC-JP, or come with a server default of
 * ISO-8859-1.  So the candidates that matter here (UTF-8, CP932, EUC-JP,
 * Windows-1252, plus whatever was declared) are each decoded on a sample
 * and scored by what the decoded text looks like: hiragana, katakana,
 * common kanji and Japanese punctuation score high, half-width katakana,
 * private-use characters and C1 controls score low, invalid sequences
 * score very low, a Latin-1 letter scores high only next to ASCII letters.
 * The declared charsets get a bonus, so a declaration is overruled only
 * when the bytes plainly say otherwise.
 *
 * Valid UTF-8 with a declaration of UTF-8 (or none) never goes through the
 * scoring: that is the common case and costs one validation pass.
 */
#include "text/charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#define SAMPLE_BYTES (256u * 1024u)

/* ---- names ---------------------------------------------------------------- */

typedef struct charset_alias {
    const char *key; /* lower case, letters and digits only */
    const char *canonical;
} charset_alias;

/* Sorted by key for binary search. */
static const charset_alias aliases[] = {
    {"ansix341968", "WINDOWS-1252"},
    {"ascii", "WINDOWS-1252"},
    {"big5", "BIG5"},
    {"big5hkscs", "BIG5-HKSCS"},
    {"cp1250", "WINDOWS-1250"},
    {"cp1251", "WINDOWS-1251"},
    {"cp1252", "WINDOWS-1252"},
    {"cp1253", "WINDOWS-1253"},
    {"cp1254", "WINDOWS-1254"},
    {"cp1255", "WINDOWS-1255"},
    {"cp1256", "WINDOWS-1256"},
    {"cp1257", "WINDOWS-1257"},
    {"cp1258", "WINDOWS-1258"},
    {"cp367", "WINDOWS-1252"},
    {"cp819", "WINDOWS-1252"},
    {"cp874", "WINDOWS-874"},
    {"cp932", "CP932"},
    {"cp936", "GBK"},
    {"cp949", "CP949"},
    {"csascii", "WINDOWS-1252"},
    {"csbig5", "BIG5"},
    {"cseucpkdfmtjapanese", "EUC-JP"},
    {"csiso2022jp", "ISO-2022-JP"},
    {"csisolatin1", "WINDOWS-1252"},
    {"csshiftjis", "CP932"},
    {"cswindows31j", "CP932"},
    {"euccn", "GBK"},
    {"eucjis2004", "EUC-JISX0213"},
    {"eucjisx0213", "EUC-JISX0213"},
    {"eucjp", "EUC-JP"},
    {"eucjpms", "EUC-JP"},
    {"eucjpopen", "EUC-JP"},
    {"eucjpwin", "EUC-JP"},
    {"euckr", "CP949"},
    {"gb18030", "GB18030"},
    {"gb2312", "GBK"},
    {"gbk", "GBK"},
    {"ibm367", "WINDOWS-1252"},
    {"ibm819", "WINDOWS-1252"},
    {"ibm943", "CP932"},
    {"iso2022jp", "ISO-2022-JP"},
    {"iso2022jp1", "ISO-2022-JP"},
    {"iso2022jp2", "ISO-2022-JP"},
    {"iso2022jp3", "ISO-2022-JP"},
    {"iso646us", "WINDOWS-1252"},
    {"iso88591", "WINDOWS-1252"},
    {"iso885910", "ISO-8859-10"},
    {"iso885911", "WINDOWS-874"},
    {"iso885911987", "WINDOWS-1252"},
    {"iso885913", "ISO-8859-13"},
    {"iso885914", "ISO-8859-14"},
    {"iso885915", "ISO-8859-15"},
    {"iso885916", "ISO-8859-16"},
    {"iso88592", "ISO-8859-2"},
    {"iso88593", "ISO-8859-3"},
    {"iso88594", "ISO-8859-4"},
    {"iso88595", "ISO-8859-5"},
    {"iso88596", "ISO-8859-6"},
    {"iso88597", "ISO-8859-7"},
    {"iso88598", "ISO-8859-8"},
    {"iso88599", "WINDOWS-1254"},
    {"isoir100", "WINDOWS-1252"},
    {"jis", "ISO-2022-JP"},
    {"koi8", "KOI8-R"},
    {"koi8r", "KOI8-R"},
    {"koi8u", "KOI8-U"},
    {"ksc56011987", "CP949"},
    {"l1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"},
    {"latin2", "ISO-8859-2"},
    {"ms932", "CP932"},
    {"ms936", "GBK"},
    {"mskanji", "CP932"},
    {"shiftjis", "CP932"},
    {"shiftjis2004", "SHIFT_JISX0213"},
    {"shiftjisx0213", "SHIFT_JISX0213"},
    {"sjis", "CP932"},
    {"sjisopen", "CP932"},
    {"sjiswin", "CP932"},
    {"tis620", "WINDOWS-874"},
    {"ucs2", "UTF-16"},
    {"ujis", "EUC-JP"},
    {"unicode11utf8", "UTF-8"},
    {"unicode20utf8", "UTF-8"},
    {"us", "WINDOWS-1252"},
    {"usascii", "WINDOWS-1252"},
    {"utf16", "UTF-16"},
    {"utf16be", "UTF-16BE"},
    {"utf16le", "UTF-16LE"},
    {"utf32", "UTF-32"},
    {"utf32be", "UTF-32BE"},
    {"utf32le", "UTF-32LE"},
    {"utf8", "UTF-8"},
    {"windows1250", "WINDOWS-1250"},
    {"windows1251", "WINDOWS-1251"},
    {"windows1252", "WINDOWS-1252"},
    {"windows1253", "WINDOWS-1253"},
    {"windows1254", "WINDOWS-1254"},
    {"windows1255", "WINDOWS-1255"},
    {"windows1256", "WINDOWS-1256"},
    {"windows1257", "WINDOWS-1257"},
    {"windows1258", "WINDOWS-1258"},
    {"windows31j", "CP932"},
    {"windows874", "WINDOWS-874"},
    {"windows932", "CP932"},
    {"windows949", "CP949"},
    {"xcp1252", "WINDOWS-1252"},
    {"xeucjp", "EUC-JP"},
    {"xgbk", "GBK"},
    {"xmscp932", "CP932"},
    {"xsjis", "CP932"},
    {"xunicode20utf8", "UTF-8"},
    {"xxbig5", "BIG5"},
};

const char *charset_canonical(const char *name)
{
    if (!name)
        return NULL;
    char key[40];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (n + 1 >= sizeof key)
                return NULL;
            key[n++] = (char)c;
        } else if (c != '-' && c != '_' && c != ' ' && c != '.' && c != ':' && c != '"' && c != '\'') {
            return NULL;
        }
    }
    key[n] = '\0';
    if (n == 0)
        return NULL;
    size_t lo = 0, hi = SD_ARRAY_LEN(aliases);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(key, aliases[mid].key);
        if (c == 0)
            return aliases[mid].canonical;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

static int is_utf16_or_32(const char *cs)
{
    return cs && (strncmp(cs, "UTF-16", 6) == 0 || strncmp(cs, "UTF-32", 6) == 0);
}

/* ---- UTF-8 ---------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at p, or 0. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0];
    if (c < 0x80)
        return 1;
    size_t avail = (size_t)(end - p);
    if (c >= 0xC2 && c <= 0xDF)
        return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0;
        if (c == 0xED && p[1] >= 0xA0)
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

static int all_ascii8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return (w & 0x8080808080808080ull) == 0;
}

/*
 * UTF-8 validation as a small state machine: one table step per byte and no
 * branch on the bytes' values, which matters on Japanese text where ASCII
 * and three-byte characters alternate at every word.
 *
 * States: 0 accept, 1 reject, 2 one continuation byte due, 3 two due,
 * 4 after E0 (A0-BF due), 5 after ED (80-9F due: no surrogates), 6 three
 * due, 7 after F0 (90-BF due: no overlongs), 8 after F4 (80-8F due: nothing
 * past U+10FFFF).
 *
 * A state is kept as a bit offset, 6 * state, and each byte's table entry
 * packs the next state for every current state in 6-bit fields, so a step is
 * a load that does not depend on the state and one shift that does: the
 * chain from one byte to the next is a single shift, where a table indexed
 * by state and byte would put a load on it.
 */
#define U8_ACCEPT 0u
#define U8_REJECT 6u
#define U8_ROW(s0, s1, s2, s3, s4, s5, s6, s7, s8)                                                              \
    ((uint64_t)(s0)*6 << 0 | (uint64_t)(s1)*6 << 6 | (uint64_t)(s2)*6 << 12 | (uint64_t)(s3)*6 << 18 |          \
     (uint64_t)(s4)*6 << 24 | (uint64_t)(s5)*6 << 30 | (uint64_t)(s6)*6 << 36 | (uint64_t)(s7)*6 << 42 |        \
     (uint64_t)(s8)*6 << 48)
/* By byte class, the next state from states 0..8. */
#define U8_ASCII U8_ROW(0, 1, 1, 1, 1, 1, 1, 1, 1) /* 00-7F */
#define U8_C80 U8_ROW(1, 1, 0, 2, 1, 2, 3, 1, 3)   /* 80-8F */
#define U8_C90 U8_ROW(1, 1, 0, 2, 1, 2, 3, 3, 1)   /* 90-9F */
#define U8_CA0 U8_ROW(1, 1, 0, 2, 2, 1, 3, 3, 1)   /* A0-BF */
#define U8_BAD U8_ROW(1, 1, 1, 1, 1, 1, 1, 1, 1)   /* C0, C1, F5-FF */
#define U8_L2 U8_ROW(2, 1, 1, 1, 1, 1, 1, 1, 1)    /* C2-DF */
#define U8_E0 U8_ROW(4, 1, 1, 1, 1, 1, 1, 1, 1)
#define U8_L3 U8_ROW(3, 1, 1, 1, 1, 1, 1, 1, 1) /* E1-EC, EE, EF */
#define U8_ED U8_ROW(5, 1, 1, 1, 1, 1, 1, 1, 1)
#define U8_F0 U8_ROW(7, 1, 1, 1, 1, 1, 1, 1, 1)
#define U8_L4 U8_ROW(6, 1, 1, 1, 1, 1, 1, 1, 1) /* F1-F3 */
#define U8_F4 U8_ROW(8, 1, 1, 1, 1, 1, 1, 1, 1)
#define U8_X4(r) r, r, r, r
#define U8_X16(r) U8_X4(r), U8_X4(r), U8_X4(r), U8_X4(r)

static const uint64_t u8_dfa[] = {
    U8_X16(U8_ASCII), U8_X16(U8_ASCII), U8_X16(U8_ASCII), U8_X16(U8_ASCII), /* 00-3F */
    U8_X16(U8_ASCII), U8_X16(U8_ASCII), U8_X16(U8_ASCII), U8_X16(U8_ASCII), /* 40-7F */
    U8_X16(U8_C80),   U8_X16(U8_C90),   U8_X16(U8_CA0),   U8_X16(U8_CA0),   /* 80-BF */
    U8_BAD, U8_BAD, U8_L2, U8_L2, U8_X4(U8_L2), U8_X4(U8_L2), U8_X4(U8_L2), /* C0-CF */
    U8_X16(U8_L2),                                                          /* D0-DF */
    U8_E0, U8_L3, U8_L3, U8_L3, U8_X4(U8_L3), U8_X4(U8_L3), U8_L3, U8_ED, U8_L3, U8_L3, /* E0-EF */
    U8_F0, U8_L4, U8_L4, U8_L4, U8_F4, U8_BAD, U8_BAD, U8_BAD, U8_X4(U8_BAD), U8_X4(U8_BAD), /* F0-FF */
};
_Static_assert(sizeof u8_dfa / sizeof u8_dfa[0] == 256, "one entry per byte");

/* The next state is in the low six bits; the bits above are left over from
 * the table entry and ignored (the & 63 costs nothing on x86, whose shifts
 * use only the low six bits of the count anyway). */
static uint64_t u8_step(uint64_t state, unsigned char c)
{
    return u8_dfa[c] >> (state & 63);
}

/* Two words at once: most bytes of any page (markup, Latin text) are ASCII. */
static int all_ascii16(const unsigned char *p)
{
    uint64_t a, b;
    memcpy(&a, p, 8);
    memcpy(&b, p + 8, 8);
    return ((a | b) & 0x8080808080808080ull) == 0;
}

/*
 * Is this valid UTF-8?  Sixteen ASCII bytes at a time (markup is most of a
 * page), the state machine only on blocks with a byte >= 0x80.  Reject is a
 * final state, so the check stops at the first bad block: legacy text fails
 * within its first non-ASCII character.
 */
int charset_is_utf8(const char *data, size_t len)
{
    if (len == 0)
        return 1;
    const unsigned char *p = (const unsigned char *)data, *end = p + len;
    uint64_t state = U8_ACCEPT;
    while (end - p >= 16) {
        if (all_ascii16(p)) {
            /* Fine, unless a continuation byte was due. */
            if ((state & 63) != U8_ACCEPT)
                return 0;
        } else {
            for (int i = 0; i < 16; i++)
                state = u8_step(state, p[i]);
            if ((state & 63) == U8_REJECT)
                return 0;
        }
        p += 16;
    }
    while (p < end)
        state = u8_step(state, *p++);
    return (state & 63) == U8_ACCEPT;
}

/* Copy UTF-8, replacing each invalid byte with U+FFFD. */
static size_t utf8_repair(const unsigned char *p, size_t len, strbuf *out)
{
    const unsigned char *end = p + len, *run = p;
    size_t invalid = 0;
    strbuf_grow(out, len + 1);
    while (p < end) {
        if (end - p >= 8 && all_ascii8(p)) {
            p += 8;
            continue;
        }
        size_t n = utf8_seq(p, end);
        if (n) {
            p += n;
            continue;
        }
        strbuf_append(out, run, (size_t)(p - run));
        strbuf_append(out, "\xEF\xBF\xBD", 3);
        invalid++;
        p++;
        run = p;
    }
    strbuf_append(out, run, (size_t)(end - run));
    return invalid;
}

static void put_cp(strbuf *out, uint32_t cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    strbuf_append(out, b, n);
}

/* ---- Windows-1252 (also what ISO-8859-1 and US-ASCII mean on the web) ----- */

static const uint16_t w1252_high[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

static size_t decode_1252(const unsigned char *p, size_t len, strbuf *out)
{
    const unsigned char *end = p + len, *run = p;
    strbuf_grow(out, len + len / 4 + 1);
    while (p < end) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        strbuf_append(out, run, (size_t)(p - run));
        uint32_t cp = *p < 0xA0 ? w1252_high[*p - 0x80] : *p;
        put_cp(out, cp);
        p++;
        run = p;
    }
    strbuf_append(out, run, (size_t)(end - run));
    return 0;
}

/* ---- iconv ------------------------------------------------------------------ */

static iconv_t open_decoder(const char *canonical)
{
    iconv_t cd = (iconv_t)-1;
    if (strcmp(canonical, "EUC-JP") == 0) {
        cd = iconv_open("UTF-8", "EUC-JP-MS");
        if (cd == (iconv_t)-1)
            cd = iconv_open("UTF-8", "EUC-JP");
    } else if (strcmp(canonical, "CP932") == 0) {
        cd = iconv_open("UTF-8", "CP932");
        if (cd == (iconv_t)-1)
            cd = iconv_open("UTF-8", "SHIFT_JIS");
    } else {
        cd = iconv_open("UTF-8", canonical);
    }
    return cd;
}

/*
 * Convert with iconv, replacing what cannot be decoded by U+FFFD.  When
 * `partial` (a sample cut anywhere), an incomplete sequence at the very end
 * is dropped rather than counted.  Returns the number of invalid sequences,
 * or (size_t)-1 if the charset is not available.
 */
static size_t iconv_decode(const char *canonical, const unsigned char *in, size_t len, int partial, strbuf *out)
{
    iconv_t cd = open_decoder(canonical);
    if (cd == (iconv_t)-1)
        return (size_t)-1;
    size_t invalid = 0;
    char *inp = (char *)in;
    size_t inleft = len;
    strbuf_grow(out, len + len / 2 + 16);
    for (;;) {
        size_t room = out->cap - out->len - 1;
        if (room < 16) {
            strbuf_grow(out, out->cap);
            room = out->cap - out->len - 1;
        }
        char *outp = out->data + out->len;
        size_t outleft = room;
        size_t r = iconv(cd, inleft ? &inp : NULL, &inleft, &outp, &outleft);
        out->len += room - outleft;
        out->data[out->len] = '\0';
        if (r != (size_t)-1) {
            if (inleft == 0) {
                /* Flush the state of stateful encodings. */
                room = out->cap - out->len - 1;
                outp = out->data + out->len;
                outleft = room;
                iconv(cd, NULL, NULL, &outp, &outleft);
                out->len += room - outleft;
                out->data[out->len] = '\0';
                break;
            }
            continue;
        }
        if (errno == E2BIG) {
            strbuf_grow(out, out->cap);
            continue;
        }
        if (errno == EINVAL) {
            if (!partial) {
                strbuf_append(out, "\xEF\xBF\xBD", 3);
                invalid++;
            }
            break;
        }
        /* EILSEQ (or anything else): replace one byte and go on. */
        strbuf_append(out, "\xEF\xBF\xBD", 3);
        invalid++;
        inp++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL);
        if (inleft == 0)
            break;
    }
    iconv_close(cd);
    return invalid;
}

/*
 * ISO-2022-JP (mail-style Japanese) to EUC-JP, then EUC-JP-MS decodes it:
 * that one table covers JIS X 0208, the NEC row 13 (①, ㈱...) that
 * Microsoft's ISO-2022-JP writes, JIS X 0212, and half-width katakana
 * selected by ESC ( I or SO/SI, which glibc's ISO-2022-JP refuses.
 */
static size_t decode_iso2022jp(const unsigned char *p, size_t len, int partial, strbuf *out)
{
    strbuf euc = STRBUF_INIT;
    strbuf_grow(&euc, len + 1);
    const unsigned char *end = p + len;
    enum { G_ASCII, G_ROMAN, G_KANA, G_0208, G_0212 } g = G_ASCII;
    int shift_out = 0;
    size_t invalid = 0;
    while (p < end) {
        unsigned c = *p;
        if (c == 0x1B) {
            size_t avail = (size_t)(end - p);
            if (avail >= 3 && p[1] == '(' && (p[2] == 'B')) {
                g = G_ASCII;
                p += 3;
            } else if (avail >= 3 && p[1] == '(' && p[2] == 'J') {
                g = G_ROMAN;
                p += 3;
            } else if (avail >= 3 && p[1] == '(' && p[2] == 'I') {
                g = G_KANA;
                p += 3;
            } else if (avail >= 3 && p[1] == '$' && (p[2] == 'B' || p[2] == '@')) {
                g = G_0208;
                p += 3;
            } else if (avail >= 4 && p[1] == '$' && p[2] == '(' && (p[3] == 'B' || p[3] == 'Q' || p[3] == 'O')) {
                g = G_0208;
                p += 4;
            } else if (avail >= 4 && p[1] == '$' && p[2] == '(' && p[3] == 'D') {
                g = G_0212;
                p += 4;
            } else if (avail >= 4 && p[1] == '&' && p[2] == '@' && p[3] == 0x1B) {
                p += 3; /* JIS X 0208-1990 announcer: the designation follows */
            } else {
                if (partial && avail < 4)
                    break;
                strbuf_putc(&euc, '?');
                invalid++;
                p++;
            }
            continue;
        }
        if (c == 0x0E) {
            shift_out = 1;
            p++;
            continue;
        }
        if (c == 0x0F) {
            shift_out = 0;
            p++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            /* Each line starts in ASCII in practice; keep the designation
             * anyway (some writers only reset at the end). */
            strbuf_putc(&euc, (char)c);
            p++;
            continue;
        }
        if (c >= 0x80) {
            strbuf_putc(&euc, '?');
            invalid++;
            p++;
            continue;
        }
        if (shift_out || g == G_KANA) {
            if (c >= 0x21 && c <= 0x5F) {
                strbuf_putc(&euc, (char)0x8E);
                strbuf_putc(&euc, (char)(c | 0x80));
            } else {
                strbuf_putc(&euc, (char)c);
            }
            p++;
            continue;
        }
        if (g == G_0208 || g == G_0212) {
            if (c >= 0x21 && c <= 0x7E) {
                if (end - p < 2) {
                    if (!partial) {
                        strbuf_putc(&euc, '?');
                        invalid++;
                    }
                    p++;
                    continue;
                }
                if (p[1] >= 0x21 && p[1] <= 0x7E) {
                    if (g == G_0212)
                        strbuf_putc(&euc, (char)0x8F);
                    strbuf_putc(&euc, (char)(c | 0x80));
                    strbuf_putc(&euc, (char)(p[1] | 0x80));
                    p += 2;
                    continue;
                }
                strbuf_putc(&euc, '?');
                invalid++;
                p++;
                continue;
            }
        }
        strbuf_putc(&euc, (char)c);
        p++;
    }
    size_t inv2 = iconv_decode("EUC-JP", (const unsigned char *)strbuf_cstr(&euc), euc.len, partial, out);
    strbuf_free(&euc);
    if (inv2 == (size_t)-1)
        return (size_t)-1;
    return invalid + inv2;
}

static int has_iso2022_escapes(const unsigned char *p, size_t len)
{
    const unsigned char *end = p + len;
    int found = 0;
    if (!memchr(p, 0x1B, len))
        return 0;
    for (; p < end; p++) {
        if (*p >= 0x80)
            return 0;
        if (*p == 0x1B && end - p >= 3 && ((p[1] == '$' && (p[2] == 'B' || p[2] == '@' || p[2] == '(')) ||
                                          (p[1] == '(' && (p[2] == 'J' || p[2] == 'I'))))
            found = 1;
    }
    return found;
}

/* Decode with a canonical charset name.  Returns invalid count or (size_t)-1. */
static size_t decode_as(const char *canonical, const unsigned char *p, size_t len, int partial, strbuf *out)
{
    if (strcmp(canonical, "UTF-8") == 0) {
        if (!partial)
            return utf8_repair(p, len, out);
        /* Samples: do not count a sequence cut by the end of the sample. */
        size_t cut = len;
        for (size_t k = 1; k <= 3 && k <= len; k++) {
            unsigned c = p[len - k];
            if (c < 0x80)
                break;
            if (c >= 0xC0) {
                size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                if (need > k)
                    cut = len - k;
                break;
            }
        }
        return utf8_repair(p, cut, out);
    }
    if (strcmp(canonical, "WINDOWS-1252") == 0)
        return decode_1252(p, len, out);
    if (strcmp(canonical, "ISO-2022-JP") == 0)
        return decode_iso2022jp(p, len, partial, out);
    return iconv_decode(canonical, p, len, partial, out);
}

/* ---- scoring ------------------------------------------------------------------ */

static int latin_like(uint32_t cp)
{
    return (cp >= 0xA0 && cp <= 0xFF) || cp == 0x152 || cp == 0x153 || cp == 0x160 || cp == 0x161 ||
           cp == 0x178 || cp == 0x17D || cp == 0x17E || cp == 0x192 || cp == 0x2C6 || cp == 0x2DC ||
           (cp >= 0x2013 && cp <= 0x2022) || cp == 0x2026 || cp == 0x2030 || cp == 0x2039 ||
           cp == 0x203A || cp == 0x20AC || cp == 0x2122;
}

/* Score of one non-ASCII code point, in tenths. */
static int cp_score(uint32_t cp, uint32_t prev, uint32_t next)
{
    if ((cp >= 0x3041 && cp <= 0x30FF) || (cp >= 0x3000 && cp <= 0x303F))
        return 10;
    if (cp >= 0x4E00 && cp <= 0x9FFF)
        return 8;
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return 9;
    if (cp >= 0xFFE0 && cp <= 0xFFE6)
        return 8;
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return 9;
    if (cp == 0xFFFD)
        return -30;
    if (latin_like(cp))
        return (prev < 0x80 || next < 0x80) ? 10 : 1;
    if (cp >= 0xFF61 && cp <= 0xFF9F)
        return 2;
    if ((cp >= 0x2150 && cp <= 0x26FF) || (cp >= 0x3200 && cp <= 0x33FF))
        return 6;
    if (cp >= 0xF900 && cp <= 0xFAFF)
        return 3;
    if ((cp >= 0x391 && cp <= 0x3C9) || (cp >= 0x401 && cp <= 0x451))
        return 3;
    if (cp >= 0x80 && cp <= 0x9F)
        return -10;
    if (cp >= 0xE000 && cp <= 0xF8FF)
        return -5;
    return 2;
}

typedef struct score {
    long sum;    /* tenths */
    long count;  /* non-ASCII code points */
} score;

static void score_utf8(const unsigned char *p, size_t len, score *s)
{
    const unsigned char *end = p + len;
    uint32_t prev = ' ', cur = 0;
    int have = 0;
    s->sum = 0;
    s->count = 0;
    while (p < end) {
        if (*p < 0x80 && !have) {
            /* Markup and Latin text: skip ASCII eight bytes at a time. */
            while (end - p >= 8 && all_ascii8(p))
                p += 8;
            if (p >= end || *p >= 0x80) {
                prev = p[-1];
                continue;
            }
            prev = *p++;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_seq(p, end);
        if (!n) {
            cp = 0xFFFD;
            n = 1;
        } else if (n == 1) {
            cp = *p;
        } else if (n == 2) {
            cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
        } else if (n == 3) {
            cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        } else {
            cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
                 ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        }
        p += n;
        /* Score the previous pending code point now that its neighbour is known. */
        if (have) {
            s->sum += cp_score(cur, prev, cp);
            s->count++;
            prev = cur;
            have = 0;
        }
        if (cp >= 0x80) {
            cur = cp;
            have = 1;
        } else {
            prev = cp;
        }
    }
    if (have) {
        s->sum += cp_score(cur, prev, ' ');
        s->count++;
    }
}

/* Quality in hundredths: the average score per non-ASCII character. */
static long quality(const score *s)
{
    if (s->count == 0)
        return 100;
    return s->sum * 10 / s->count;
}

static size_t sample_len(const unsigned char *p, size_t len)
{
    if (len <= SAMPLE_BYTES)
        return len;
    /* Cut after a newline: never inside a multibyte character. */
    for (size_t i = SAMPLE_BYTES; i > SAMPLE_BYTES / 2; i--)
        if (p[i - 1] == '\n')
            return i;
    return SAMPLE_BYTES;
}

typedef struct candidate {
    const char *cs;
    long q;         /* hundredths, bonus included */
} candidate;

/*
 * Score `cs` on the sample.  Charsets outside the Japanese/Western family are
 * scored by validity alone (their text is not what cp_score knows).
 * `valid_utf8` says whether the sample is valid UTF-8 (known to the caller).
 */
static long evaluate(const char *cs, const unsigned char *p, size_t len, int valid_utf8, int *available,
                     strbuf *keep)
{
    strbuf tmp = STRBUF_INIT;
    score s;
    *available = 1;
    if (strcmp(cs, "UTF-8") == 0) {
        score_utf8(p, len, &s);
        long q = quality(&s);
        if (s.count && valid_utf8)
            q += 30; /* valid multi-byte UTF-8 hardly happens by accident */
        return q;
    }
    size_t inv = decode_as(cs, p, len, len < SAMPLE_BYTES ? 0 : 1, &tmp);
    if (inv == (size_t)-1) {
        strbuf_free(&tmp);
        *available = 0;
        return -1000;
    }
    int family = strcmp(cs, "CP932") == 0 || strcmp(cs, "EUC-JP") == 0 || strcmp(cs, "WINDOWS-1252") == 0 ||
                 strcmp(cs, "ISO-2022-JP") == 0;
    long q;
    if (family) {
        score_utf8((const unsigned char *)strbuf_cstr(&tmp), tmp.len, &s);
        q = quality(&s);
    } else {
        score_utf8((const unsigned char *)strbuf_cstr(&tmp), tmp.len, &s);
        q = s.count ? 100 - (long)(300 * inv) / s.count : 100;
    }
    if (keep) {
        strbuf_free(keep);
        *keep = tmp;
    } else {
        strbuf_free(&tmp);
    }
    return q;
}

static const char *const family[] = {"UTF-8", "CP932", "EUC-JP", "WINDOWS-1252"};

/* The best charset for the bytes; `decl1`, `decl2` are canonical declared names or NULL. */
static const char *choose(const unsigned char *p, size_t len, const char *decl1, const char *decl2, strbuf *keep,
                          int *kept)
{
    if (kept)
        *kept = 0;
    size_t n = sample_len(p, len);
    candidate cands[6];
    size_t nc = 0;
    for (size_t i = 0; i < SD_ARRAY_LEN(family); i++)
        cands[nc++] = (candidate){family[i], 0};
    const char *decls[2] = {decl1, decl2};
    for (int d = 0; d < 2; d++) {
        if (!decls[d] || is_utf16_or_32(decls[d]) || strcmp(decls[d], "ISO-2022-JP") == 0)
            continue;
        int seen = 0;
        for (size_t i = 0; i < nc; i++)
            if (strcmp(cands[i].cs, decls[d]) == 0)
                seen = 1;
        if (!seen)
            cands[nc++] = (candidate){decls[d], 0};
    }
    /*
     * A charset outside the family declared for bytes that are valid UTF-8
     * with several multi-byte characters: the declaration is a leftover
     * (legacy text is practically never valid UTF-8 beyond a few bytes).
     */
    int other_declared = 0;
    for (int d = 0; d < 2; d++) {
        if (!decls[d])
            continue;
        int in_family = strcmp(decls[d], "ISO-2022-JP") == 0 || is_utf16_or_32(decls[d]);
        for (size_t i = 0; i < SD_ARRAY_LEN(family); i++)
            if (strcmp(decls[d], family[i]) == 0)
                in_family = 1;
        if (!in_family && d == 0)
            other_declared = 1;
    }
    /* Whether the sample is valid UTF-8: asked by the rule below, by UTF-8's
     * score and by its bound, answered once (it stops at the first error). */
    int sample_utf8 = charset_is_utf8((const char *)p, n);
    if (other_declared && sample_utf8) {
        size_t multi = 0;
        for (size_t i = 0; i < n && multi < 4; i++)
            multi += p[i] >= 0xC2;
        if (multi >= 4)
            return "UTF-8";
    }
    /*
     * The winner is the first candidate with the highest score.  A quality
     * is at most 100 (UTF-8 gets +30 more only when the sample is valid), so
     * once the declared charsets are scored, a candidate whose best possible
     * score is below the best so far cannot win or tie and is not decoded.
     *
     * The order of scoring only decides what is skipped, never the winner.
     * The declared charsets go first: with their bonus they usually win, and
     * the others are then skipped.  But when the sample is valid UTF-8,
     * UTF-8 goes first: it needs no conversion, it is never skipped then
     * anyway (a declared charset scores at most 125), and once it scores
     * 125 or more (text mostly in kana, say) a wrongly declared CP932 or
     * EUC-JP cannot win and costs no iconv pass.
     */
    size_t order[6];
    size_t no = 0;
    if (sample_utf8)
        order[no++] = 0; /* cands[0] is UTF-8 */
    for (int d = 0; d < 2; d++)
        for (size_t i = 0; i < nc; i++)
            if (decls[d] && strcmp(cands[i].cs, decls[d]) == 0) {
                int dup = 0;
                for (size_t k = 0; k < no; k++)
                    dup |= order[k] == i;
                if (!dup)
                    order[no++] = i;
            }
    for (size_t i = 0; i < nc; i++) {
        int dup = 0;
        for (size_t k = 0; k < no; k++)
            dup |= order[k] == i;
        if (!dup)
            order[no++] = i;
    }
    /* Only a whole document decoded as it will be decoded again is worth keeping. */
    int whole = keep && n == len && n < SAMPLE_BYTES;
    strbuf tmp = STRBUF_INIT;
    long best_q = -100000;
    size_t best_i = nc;
    for (size_t k = 0; k < no; k++) {
        size_t i = order[k];
        long bonus = 0;
        /* A declaration is overruled only by clearly better evidence. */
        if (decl1 && strcmp(cands[i].cs, decl1) == 0)
            bonus = 25;
        else if (decl2 && strcmp(cands[i].cs, decl2) == 0)
            bonus = 20;
        if (best_i < nc) {
            long bound = 100 + bonus;
            if (strcmp(cands[i].cs, "UTF-8") == 0 && sample_utf8)
                bound += 30;
            /* Below the best, or level with it but listed after it: a tie goes to the first. */
            if (bound < best_q || (bound == best_q && i > best_i))
                continue;
        }
        int available;
        long q = evaluate(cands[i].cs, p, n, sample_utf8, &available, whole ? &tmp : NULL);
        if (!available)
            continue;
        q += bonus;
        cands[i].q = q;
        if (q > best_q || (q == best_q && i < best_i)) {
            best_q = q;
            best_i = i;
            if (whole) {
                strbuf_free(keep);
                *keep = tmp;
                memset(&tmp, 0, sizeof tmp);
                *kept = 1;
            }
        }
    }
    strbuf_free(&tmp);
    if (whole && best_i < nc && strcmp(cands[best_i].cs, "UTF-8") == 0) {
        strbuf_free(keep);
        *kept = 0;
    }
    return best_i < nc ? cands[best_i].cs : "UTF-8";
}

const char *charset_guess(const char *data, size_t len)
{
    const unsigned char *p = (const unsigned char *)data;
    if (!data || len == 0)
        return "UTF-8";
    if (has_iso2022_escapes(p, len < SAMPLE_BYTES ? len : SAMPLE_BYTES))
        return "ISO-2022-JP";
    if (charset_is_utf8(data, len))
        return "UTF-8";
    return choose(p, len, NULL, NULL, NULL, NULL);
}

/* ---- declarations ------------------------------------------------------------ */

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static char *take_name(const unsigned char *p, const unsigned char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (p < end && (*p == '"' || *p == '\''))
        p++;
    const unsigned char *s = p;
    while (p < end && p - s < 40 &&
           ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
            *p == '_' || *p == '.' || *p == ':'))
        p++;
    if (p == s)
        return NULL;
    return xstrndup((const char *)s, (size_t)(p - s));
}

/* encoding="..." of an XML declaration at the start (after whitespace). */
static char *xml_declared(const unsigned char *p, size_t len)
{
    const unsigned char *end = p + (len < 1024 ? len : 1024);
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    if (end - p < 6 || memcmp(p, "<?xml", 5) != 0)
        return NULL;
    const unsigned char *close = p;
    while (close + 1 < end && !(close[0] == '?' && close[1] == '>'))
        close++;
    for (const unsigned char *q = p + 5; q + 8 < close; q++) {
        if (memcmp(q, "encoding", 8) != 0)
            continue;
        q += 8;
        while (q < close && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r'))
            q++;
        if (q >= close || *q != '=')
            return NULL;
        return take_name(q + 1, close);
    }
    return NULL;
}

/* charset of a <meta charset> or <meta http-equiv content="...; charset=..."> near the start. */
static char *html_declared(const unsigned char *p, size_t len)
{
    const unsigned char *end = p + (len < 8192 ? len : 8192);
    for (const unsigned char *q = p; q + 5 < end; q++) {
        /* memchr to the next '<' (one that leaves room for "<meta" and a byte more). */
        q = memchr(q, '<', (size_t)(end - 5 - q));
        if (!q)
            return NULL;
        if (lower(q[1]) != 'm' || lower(q[2]) != 'e' || lower(q[3]) != 't' || lower(q[4]) != 'a')
            continue;
        const unsigned char *gt = memchr(q, '>', (size_t)(end - q));
        if (!gt)
            return NULL;
        for (const unsigned char *r = q + 5; r + 7 <= gt; r++) {
            if (lower(r[0]) == 'c' && lower(r[1]) == 'h' && lower(r[2]) == 'a' && lower(r[3]) == 'r' &&
                lower(r[4]) == 's' && lower(r[5]) == 'e' && lower(r[6]) == 't') {
                const unsigned char *s = r + 7;
                while (s < gt && (*s == ' ' || *s == '\t'))
                    s++;
                if (s < gt && *s == '=')
                    return take_name(s + 1, gt);
            }
        }
        q = gt;
    }
    return NULL;
}

/* UTF-16/32 without a BOM, from how ASCII characters look in it. */
static const char *wide_pattern(const unsigned char *p, size_t len)
{
    if (len >= 4) {
        if (p[0] == '<' && p[1] == 0 && p[2] == 0 && p[3] == 0)
            return "UTF-32LE";
        if (p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == '<')
            return "UTF-32BE";
        if (p[0] == '<' && p[1] == 0 && p[2] != 0 && p[3] == 0)
            return "UTF-16LE";
        if (p[0] == 0 && p[1] == '<' && p[2] == 0 && p[3] != 0)
            return "UTF-16BE";
    }
    size_t n = len < 1024 ? len : 1024;
    if (n < 16)
        return NULL;
    size_t zeros_even = 0, zeros_odd = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        zeros_even += p[i] == 0;
        zeros_odd += p[i + 1] == 0;
    }
    size_t pairs = n / 2;
    if (zeros_odd * 10 > pairs * 4 && zeros_even * 20 < pairs)
        return "UTF-16LE";
    if (zeros_even * 10 > pairs * 4 && zeros_odd * 20 < pairs)
        return "UTF-16BE";
    return NULL;
}

static int same_charset(const char *a, const char *b)
{
    if (!a || !b)
        return 0;
    if (strcmp(a, b) == 0)
        return 1;
    return strncmp(a, "UTF-16", 6) == 0 && strncmp(b, "UTF-16", 6) == 0;
}

static int all_ascii(const unsigned char *p, size_t len)
{
    size_t i = 0;
    for (; i + 8 <= len; i += 8)
        if (!all_ascii8(p + i))
            return 0;
    for (; i < len; i++)
        if (p[i] >= 0x80)
            return 0;
    return 1;
}

/* ---- the public functions ---------------------------------------------------- */

void charset_result_free(charset_result *r)
{
    if (!r)
        return;
    free(r->utf8);
    free(r->charset);
    free(r->declared);
    memset(r, 0, sizeof *r);
}

int charset_decode(const char *data, size_t len, enum charset_doc_kind kind, const char *transport,
                   charset_result *out, sd_err *err)
{
    memset(out, 0, sizeof *out);
    if (!data)
        len = 0;
    const unsigned char *p = (const unsigned char *)(data ? data : "");
    const char *actual = NULL;
    size_t skip = 0;
    int known_valid = 0;
    strbuf sb = STRBUF_INIT;
    int kept = 0;

    char *docdecl = NULL;
    /* The declaration is read after a UTF-8 BOM (UTF-16 ones cannot be read this way). */
    const unsigned char *dp = p;
    size_t dlen = len;
    if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        dp += 3;
        dlen -= 3;
    }
    if (kind == CHARSET_DOC_XML)
        docdecl = xml_declared(dp, dlen);
    else if (kind == CHARSET_DOC_HTML) {
        docdecl = xml_declared(dp, dlen);
        if (!docdecl)
            docdecl = html_declared(dp, dlen);
    }
    if (transport && !*transport)
        transport = NULL;
    const char *tcanon = charset_canonical(transport);
    const char *dcanon = charset_canonical(docdecl);
    out->declared = xstrdup(transport ? transport : docdecl);
    const char *primary = transport ? tcanon : dcanon;
    int unknown = (transport && !tcanon) || (!transport && docdecl && !dcanon);

    /* 1. A byte order mark is the strongest evidence there is. */
    if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        actual = "UTF-8";
        skip = 3;
    } else if (len >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
        actual = "UTF-32LE";
        skip = 4;
    } else if (len >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
        actual = "UTF-32BE";
        skip = 4;
    } else if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
        actual = "UTF-16LE";
        skip = 2;
    } else if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        actual = "UTF-16BE";
        skip = 2;
    }
    /* 2. UTF-16/32 without BOM: the declaration inside could not even be read. */
    if (!actual && kind != CHARSET_DOC_TEXT)
        actual = wide_pattern(p, len);
    if (!actual && kind == CHARSET_DOC_TEXT && is_utf16_or_32(primary))
        actual = wide_pattern(p, len);

    if (!actual) {
        /* A declaration of UTF-16/32 read from ASCII-compatible bytes is false. */
        const char *d1 = is_utf16_or_32(tcanon) ? NULL : tcanon;
        const char *d2 = is_utf16_or_32(dcanon) ? NULL : dcanon;
        const char *first = d1 ? d1 : d2;
        const char *second = d1 ? d2 : NULL;
        if (has_iso2022_escapes(p, len)) {
            actual = "ISO-2022-JP";
        } else if ((!first || strcmp(first, "UTF-8") == 0) && charset_is_utf8((const char *)p, len)) {
            actual = "UTF-8";
            known_valid = 1;
        } else if (all_ascii(p, len)) {
            actual = first ? first : "UTF-8";
            if (strcmp(actual, "ISO-2022-JP") == 0)
                actual = "UTF-8";
        } else {
            actual = choose(p, len, first, second, &sb, &kept);
        }
    }
    if (unknown || (primary && !same_charset(primary, actual)))
        out->recovered = 1;
    /* All-ASCII documents declared as anything ASCII-compatible are fine as they are. */

    size_t inv;
    if (kept) {
        inv = 0; /* the winner's decoding of the whole document, done while choosing */
    } else if (known_valid) {
        strbuf_append(&sb, p + skip, len - skip);
        inv = 0;
    } else {
        inv = decode_as(actual, p + skip, len - skip, 0, &sb);
    }
    if (inv == (size_t)-1) {
        /* The chosen charset is not available here: fall back to a guess. */
        strbuf_free(&sb);
        actual = charset_guess((const char *)p + skip, len - skip);
        out->recovered = 1;
        inv = decode_as(actual, p + skip, len - skip, 0, &sb);
        if (inv == (size_t)-1) {
            strbuf_free(&sb);
            free(docdecl);
            charset_result_free(out);
            return sd_err_set(err, "no converter for charset %s", actual);
        }
    }
    /* A BOM may follow a BOM-less declaration in converted UTF-16: drop U+FEFF at the start. */
    if (sb.len >= 3 && memcmp(sb.data, "\xEF\xBB\xBF", 3) == 0) {
        memmove(sb.data, sb.data + 3, sb.len - 3);
        sb.len -= 3;
        sb.data[sb.len] = '\0';
    }
    out->len = sb.len;
    out->utf8 = strbuf_detach(&sb);
    out->charset = xstrdup(actual);
    free(docdecl);
    return 0;
}

int charset_convert(const char *data, size_t len, const char *from, char **out, size_t *outlen, sd_err *err)
{
    *out = NULL;
    if (outlen)
        *outlen = 0;
    const char *cs = charset_canonical(from);
    strbuf sb = STRBUF_INIT;
    size_t inv;
    if (cs) {
        inv = decode_as(cs, (const unsigned char *)(data ? data : ""), data ? len : 0, 0, &sb);
    } else if (from && *from && strlen(from) < 64) {
        inv = iconv_decode(from, (const unsigned char *)(data ? data : ""), data ? len : 0, 0, &sb);
    } else {
        inv = (size_t)-1;
    }
    if (inv == (size_t)-1) {
        strbuf_free(&sb);
        return sd_err_set(err, "unknown charset '%s'", from ? from : "(none)");
    }
    if (outlen)
        *outlen = sb.len;
    *out = strbuf_detach(&sb);
    return 0;
}

int charset_is_plain_utf8(const char *data, size_t len, enum charset_doc_kind kind, const char *transport,
                          int validate)
{
    const unsigned char *p = (const unsigned char *)data;
    if (!data)
        return len == 0;
    if (len >= 2 && (p[0] == 0xEF || p[0] == 0xFF || p[0] == 0xFE || p[0] == 0 || p[1] == 0))
        return 0;
    if (transport && *transport) {
        const char *t = charset_canonical(transport);
        if (!t || strcmp(t, "UTF-8") != 0)
            return 0;
    }
    if (kind != CHARSET_DOC_TEXT) {
        char *d = xml_declared(p, len);
        if (!d && kind == CHARSET_DOC_HTML)
            d = html_declared(p, len);
        if (d) {
            const char *c = charset_canonical(d);
            free(d);
            if (!c || strcmp(c, "UTF-8") != 0)
                return 0;
        }
    }
    if (memchr(p, 0x1B, len) && has_iso2022_escapes(p, len))
        return 0;
    return validate ? charset_is_utf8(data, len) : 1;
}
