/*
 * extract_prescan: looks at the raw bytes before the parser does.
 *
 *  - the charset= of an HTTP Content-Type (the <meta> prescan is
 *    charset_decode's own);
 *  - bytes that are plainly not a page (images, archives, executables), and
 *    decoded text that is mostly control characters or undecodable;
 *  - a sanitiser for the decoded text, one pass before parsing: NUL bytes
 *    become spaces; comments and the content of scripts, styles, SVG and
 *    the like go (they are never text and are often most of a page's bytes,
 *    which the parser would otherwise read character by character); JSON-LD
 *    scripts stay whole; and since libxml2 2.9 checks each new attribute of a
 *    tag against all earlier ones (a tag with a hundred thousand attributes
 *    costs minutes), attributes past a limit are blanked.
 */
#include "extract/extract_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The value after "charset=" in s (bounded by n), or NULL. */
static char *charset_param(const char *s, size_t n)
{
    for (size_t i = 0; i + 7 < n; i++) {
        if (strncasecmp(s + i, "charset", 7) != 0)
            continue;
        size_t j = i + 7;
        while (j < n && is_space((unsigned char)s[j]))
            j++;
        if (j >= n || s[j] != '=')
            continue;
        j++;
        while (j < n && is_space((unsigned char)s[j]))
            j++;
        char q = 0;
        if (j < n && (s[j] == '"' || s[j] == '\''))
            q = s[j++];
        size_t k = j;
        while (k < n && s[k] != q && s[k] != ';' && !(q == 0 && is_space((unsigned char)s[k])) &&
               s[k] != '"' && s[k] != '\'' && s[k] != '>')
            k++;
        if (k > j && k - j < 64)
            return xstrndup(s + j, k - j);
        return NULL;
    }
    return NULL;
}

char *xprescan_content_type_charset(const char *ct)
{
    if (!ct)
        return NULL;
    return charset_param(ct, strlen(ct));
}

const char *xprescan_binary(const char *data, size_t len)
{
    const unsigned char *u = (const unsigned char *)data;
    static const struct { const char *magic; size_t len; size_t at; const char *what; } magics[] = {
        {"\x89PNG\r\n\x1a\n", 8, 0, "a PNG image"},
        {"GIF87a", 6, 0, "a GIF image"},
        {"GIF89a", 6, 0, "a GIF image"},
        {"\xff\xd8\xff", 3, 0, "a JPEG image"},
        {"%PDF-", 5, 0, "a PDF document"},
        {"PK\x03\x04", 4, 0, "a ZIP archive (or an Office document)"},
        {"\x1f\x8b", 2, 0, "gzip-compressed data"},
        {"BZh", 3, 0, "bzip2-compressed data"},
        {"\xfd" "7zXZ", 5, 0, "xz-compressed data"},
        {"7z\xbc\xaf\x27\x1c", 6, 0, "a 7-Zip archive"},
        {"\x7f" "ELF", 4, 0, "an ELF executable"},
        {"\0asm", 4, 0, "WebAssembly"},
        {"OggS", 4, 0, "Ogg media"},
        {"WEBP", 4, 8, "a WebP image"},
        {"ftyp", 4, 4, "MP4 media"},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, 0, "an OLE document"},
        {"\x28\xb5\x2f\xfd", 4, 0, "zstd-compressed data"},
    };
    for (size_t k = 0; k < SD_ARRAY_LEN(magics); k++)
        if (len >= magics[k].at + magics[k].len &&
            memcmp(u + magics[k].at, magics[k].magic, magics[k].len) == 0)
            return magics[k].what;
    return NULL;
}

/* Word-at-a-time counting for xprescan_garbage (eight bytes in a uint64_t, loaded with memcpy):
 * a byte is flagged by its high bit. */
#define HIGH_BITS 0x8080808080808080ull
#define ONES 0x0101010101010101ull

/* How many bytes of m are flagged: the multiply adds the eight 0/1 flags up in the top byte. */
static size_t count_flags(uint64_t m)
{
    return (size_t)(((m >> 7) * ONES) >> 56);
}

/* Nonzero unless all eight bytes are printable ASCII (20-7E), as most words of a page are.
 * w - 0x20.. sets the high bit of a byte below 0x20 or from 0xA0 up, w + 0x01.. that of a byte
 * from 0x7F to 0xFE.  A borrow or carry from the byte below moves a byte by one: that can flag
 * a printable byte (the word is then counted exactly), never unflag the others (0xA0 less one
 * is still caught by the addition, 0xFE plus one by the subtraction). */
static uint64_t unprintable(uint64_t w)
{
    return ((w - 0x20 * ONES) | (w + ONES)) & HIGH_BITS;
}

/* Continuation bytes and control characters of one word.  The sums below work on the low seven
 * bits of each byte (b): at most 0x7F + 0x77, so no carry crosses into the next byte and each
 * flag is exact; `ascii` then keeps the bytes below 0x80. */
static inline void count_word(uint64_t w, size_t *cont, size_t *ctl)
{
    uint64_t ascii = ~w & HIGH_BITS;
    /* 10xxxxxx: bit 7 set and bit 6 (shifted up into bit 7) clear. */
    if (ascii != HIGH_BITS)
        *cont += count_flags(w & ~(w << 1) & HIGH_BITS);
    uint64_t b = w & ~HIGH_BITS;
    uint64_t low = ~(b + 0x60 * ONES) & ascii; /* below 0x20 */
    uint64_t del = (b + ONES) & ascii;         /* 0x7F */
    if (low | del) {
        /* Tab and newline (09-0A), form feed and carriage return (0C-0D) are text. */
        uint64_t ws = ((b + 0x77 * ONES) & ~(b + 0x75 * ONES)) | ((b + 0x74 * ONES) & ~(b + 0x72 * ONES));
        *ctl += count_flags((low & ~ws) | del);
    }
}

const char *xprescan_garbage(const char *utf8, size_t len)
{
    /* Byte-level: characters are the bytes that do not continue a sequence; U+FFFD is
     * EF BF BD. */
    const unsigned char *u = (const unsigned char *)utf8;
    size_t sample = len < 65536 ? len : 65536, cont = 0, ctl = 0, bad = 0, i = 0;
    /* Sixteen bytes at a time: printable ASCII only counts as characters (all bytes but the
     * continuation bytes are), anything else is counted a word at a time. */
    for (; i + 16 <= sample; i += 16) {
        uint64_t a, b;
        memcpy(&a, u + i, 8);
        memcpy(&b, u + i + 8, 8);
        if ((unprintable(a) | unprintable(b)) == 0)
            continue;
        count_word(a, &cont, &ctl);
        count_word(b, &cont, &ctl);
    }
    for (; i < sample; i++) {
        unsigned char c = u[i];
        cont += (c & 0xC0) == 0x80;
        ctl += (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }
    size_t chars = sample - cont;
    /* U+FFFD: memchr finds the lead bytes (EF is rare outside full-width forms). */
    for (const unsigned char *p = u, *end = u + sample; (p = memchr(p, 0xEF, (size_t)(end - p))) != NULL; p++)
        if (end - p >= 3 && p[1] == 0xBF && p[2] == 0xBD)
            bad++;
    if (chars == 0)
        return NULL;
    if (ctl * 20 > chars)
        return "binary data (control characters throughout)";
    if (bad * 5 > chars)
        return "text in an unknown or broken encoding (most characters undecodable)";
    return NULL;
}

static int name_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c == '.';
}

static int name_char(unsigned char c)
{
    return name_start(c) || (c >= '0' && c <= '9') || c == '-';
}

static int ci_prefix(const char *s, size_t n, const char *lit)
{
    size_t l = strlen(lit);
    return n >= l && strncasecmp(s, lit, l) == 0;
}

/* The end of a raw-text element's content: the start of "</name" followed by white space,
 * '/' or '>' (for svg and math, the one that closes the first).  NULL if none. */
static const char *find_close(const char *s, size_t n, const char *name, int nests)
{
    size_t nl = strlen(name);
    int depth = 0;
    const char *end = s + n;
    for (const char *p = s; p < end;) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt)
            return NULL;
        size_t rest = (size_t)(end - lt);
        if (rest >= nl + 2 && lt[1] == '/' && strncasecmp(lt + 2, name, nl) == 0 &&
            (rest == nl + 2 || is_space((unsigned char)lt[nl + 2]) || lt[nl + 2] == '>' ||
             lt[nl + 2] == '/')) {
            if (depth == 0)
                return lt;
            depth--;
        } else if (nests && rest >= nl + 1 && strncasecmp(lt + 1, name, nl) == 0 &&
                   (rest == nl + 1 || is_space((unsigned char)lt[nl + 1]) || lt[nl + 1] == '>')) {
            depth++;
        }
        p = lt + 1;
    }
    return NULL;
}

size_t xprescan_sanitize(char *html, size_t len, size_t max_attrs, size_t *cut_tags)
{
    static const struct { const char *name; int nests; } raw[] = {
        {"script", 0}, {"style", 0}, {"noscript", 0}, {"template", 0}, {"svg", 1}, {"math", 1},
    };
    size_t cut = 0;
    for (char *z = memchr(html, '\0', len); z; z = memchr(z, '\0', len - (size_t)(z - html)))
        *z = ' ';
    size_t r = 0, w = 0;
    while (r < len) {
        const char *lt = memchr(html + r, '<', len - r);
        size_t i = lt ? (size_t)(lt - html) : len;
        if (w != r)
            memmove(html + w, html + r, i - r);
        w += i - r;
        r = i;
        if (!lt)
            break;
        /* A comment goes, whole (an unclosed one runs to the end, as for the parser). */
        if (ci_prefix(html + i, len - i, "<!--")) {
            const char *end = NULL;
            for (const char *p = html + i + 4; p + 3 <= html + len;) {
                const char *dash = memchr(p, '-', (size_t)(html + len - p));
                if (!dash || dash + 3 > html + len)
                    break;
                if (dash[1] == '-' && dash[2] == '>') {
                    end = dash;
                    break;
                }
                p = dash + 1;
            }
            r = end ? (size_t)(end - html) + 3 : len;
            continue;
        }
        if (i + 1 >= len ||
            !((html[i + 1] >= 'a' && html[i + 1] <= 'z') || (html[i + 1] >= 'A' && html[i + 1] <= 'Z'))) {
            html[w++] = '<';
            r = i + 1;
            continue;
        }
        /* A start tag, read as libxml2 reads it: a name of at most 100 characters (the
         * rest of a longer run reads as further attributes), then attributes whose values
         * are quoted only right after '='.  Attributes past the limit are blanked. */
        size_t j = i + 1, nl = 0;
        while (j < len && name_char((unsigned char)html[j]) && nl < 100)
            j++, nl++;
        size_t name_len = nl;
        size_t attrs = 0, blank_from = 0;
        int self_closing = 0;
        while (j < len && html[j] != '>') {
            unsigned char c = (unsigned char)html[j];
            if (is_space(c)) {
                j++;
                continue;
            }
            if (c == '/' && j + 1 < len && html[j + 1] == '>') {
                self_closing = 1;
                j++;
                break;
            }
            if (!name_start(c)) {
                while (j < len && !is_space((unsigned char)html[j]) && html[j] != '>')
                    j++;
                continue;
            }
            size_t as = j, an = 0;
            while (j < len && name_char((unsigned char)html[j])) {
                j++;
                if (++an % 100 == 0)
                    attrs++;
            }
            if (++attrs > max_attrs && !blank_from)
                blank_from = as;
            size_t k = j;
            while (k < len && is_space((unsigned char)html[k]))
                k++;
            if (k < len && html[k] == '=') {
                k++;
                while (k < len && is_space((unsigned char)html[k]))
                    k++;
                if (k < len && (html[k] == '"' || html[k] == '\'')) {
                    char q = html[k++];
                    const char *qe = memchr(html + k, q, len - k);
                    k = qe ? (size_t)(qe - html) + 1 : len;
                } else {
                    while (k < len && !is_space((unsigned char)html[k]) && html[k] != '>')
                        k++;
                }
                j = k;
            }
        }
        if (blank_from) {
            memset(html + blank_from, ' ', j - blank_from);
            cut++;
        }
        size_t tag_end = j < len ? j + 1 : len;
        int rawk = -1;
        for (size_t k = 0; k < SD_ARRAY_LEN(raw) && rawk < 0; k++)
            if (name_len == strlen(raw[k].name) && strncasecmp(html + i + 1, raw[k].name, name_len) == 0)
                rawk = (int)k;
        /* The content of scripts, styles, SVG...: never text, and often most of a page's
         * bytes.  The elements stay (empty); JSON-LD stays whole (it is metadata). */
        int keep = 1;
        if (rawk >= 0 && !self_closing && tag_end < len) {
            keep = 0;
            if (rawk == 0) {
                for (size_t k = i; k + 7 <= tag_end; k++)
                    if (strncasecmp(html + k, "ld+json", 7) == 0)
                        keep = 1;
            }
        }
        if (w != i)
            memmove(html + w, html + i, tag_end - i);
        w += tag_end - i;
        r = tag_end;
        if (keep)
            continue;
        const char *close = find_close(html + r, len - r, raw[rawk].name, raw[rawk].nests);
        if (!close) {
            r = len; /* unclosed: the rest is its content, as for the parser */
            break;
        }
        r = (size_t)(close - html);
        const char *gt = memchr(html + r, '>', len - r);
        size_t close_end = gt ? (size_t)(gt - html) + 1 : len;
        memmove(html + w, html + r, close_end - r);
        w += close_end - r;
        r = close_end;
    }
    html[w] = '\0';
    if (cut_tags)
        *cut_tags = cut;
    return w;
}
