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
 *    scripts stay whole; attributes the extractor never reads go (libxml2
 *    spends more on them than on anything else in a typical page); and since
 *    libxml2 2.9 checks each new attribute of a tag against all earlier ones
 *    (a tag with a hundred thousand attributes costs minutes), all attributes
 *    past a limit go.
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

/* ---- the sanitiser ---------------------------------------------------------------------------
 *
 * It rewrites markup only, so it has to find the markup exactly where libxml2 2.9's HTML
 * parser will, or it would rewrite what the parser takes for text.  What libxml2 does, and
 * so what this pass does:
 *  - '<' and an ASCII letter starts a tag (attributes below);
 *  - "</" and a name is an end tag, which runs to the first '>', whatever it holds;
 *  - "<?" and a name is a processing instruction, also to the first '>';
 *  - "<!--" is a comment, to "-->" or "--!>";
 *  - "<!DOCTYPE" is a declaration: a name, perhaps SYSTEM or PUBLIC and quoted literals
 *    (which may hold '>'), then up to the next '>';
 *  - any other '<' is text;
 *  - blanks are space, tab, CR and LF; a form feed is not one.
 */

/* libxml2's IS_BLANK_CH. */
static int is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int ascii_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The characters of tag and attribute names (htmlParseHTMLName). */
static int name_start(unsigned char c)
{
    return ascii_letter(c) || c == '_' || c == ':' || c == '.';
}

static int name_char(unsigned char c)
{
    return name_start(c) || (c >= '0' && c <= '9') || c == '-';
}

/* libxml2 reads at most this many characters of a name; the rest of a longer run is read as
 * the next attribute. */
#define NAME_MAX_LEN 100

static int ci_prefix(const char *s, size_t n, const char *lit)
{
    size_t l = strlen(lit);
    return n >= l && strncasecmp(s, lit, l) == 0;
}

/*
 * The attributes the extractor reads; every other one is removed before parsing.
 *
 * Why: libxml2's HTML parser costs about 100 instructions per byte of markup (about 140 per
 * character of an attribute value), and for each attribute it also allocates the name and
 * value, compares the name with every earlier one of the tag, and builds an attribute node with
 * a text child.  On real pages most attributes are ones nothing here looks at (data-*, srcset,
 * sizes, on*, aria-label, alt, title, width, height, loading...), often most of the markup of
 * navigation menus and image lists.
 *
 * The list: xattr() calls and the attribute loop of classify() in extract_dom.c; meta_tag()
 * and xmeta_collect() in extract_meta.c (<html lang>, <meta>, <link rel=canonical href>,
 * <base href>, <script type> for JSON-LD, <time datetime pubdate>, itemprop and content on
 * any element, <a rel=author>); charset and http-equiv, which libxml2 itself reads on <meta>
 * (htmlCheckMeta; our parser ignores them, the page being UTF-8 already, but they cost
 * nothing).  An attribute read anywhere must be added here, or it will never be seen.
 *
 * Some are read on one kind of tag only, and go from all others:
 *  - href: its value only on <link> and <base> (the canonical URL, the base of relative
 *    ones); on <a> only whether it is there (a link), so elsewhere it stays without its value.
 *    Link targets are an eighth of the bytes of a typical page;
 *  - name, property, charset and http-equiv: on <meta> only.
 */
enum attr_use { ATTR_DROP, ATTR_KEEP, ATTR_NAME_ONLY };

/* Tags whose attributes are read apart (see above). */
enum tag_kind { TAG_OTHER, TAG_META, TAG_LINK_OR_BASE };

enum { ON_ANY, ON_META, HREF_RULE };

static const struct { const char *name; size_t len; int on; } kept_attrs[] = {
#define KEPT(s, on) {s, sizeof s - 1, on}
    KEPT("id", ON_ANY),        KEPT("rel", ON_ANY),       KEPT("lang", ON_ANY),
    KEPT("name", ON_META),     KEPT("href", HREF_RULE),   KEPT("role", ON_ANY),
    KEPT("type", ON_ANY),      KEPT("class", ON_ANY),     KEPT("style", ON_ANY),
    KEPT("hidden", ON_ANY),    KEPT("content", ON_ANY),   KEPT("charset", ON_META),
    KEPT("pubdate", ON_ANY),   KEPT("itemprop", ON_ANY),  KEPT("property", ON_META),
    KEPT("datetime", ON_ANY),  KEPT("xml:lang", ON_ANY),  KEPT("http-equiv", ON_META),
    KEPT("aria-hidden", ON_ANY),
#undef KEPT
};

/* What becomes of an attribute of a tag of the given kind (ASCII case-insensitive, as HTML
 * names are).  The name is made of name characters only, for which c | 0x20 is the lower case. */
static enum attr_use attr_use_of(const char *name, size_t n, enum tag_kind tag)
{
    for (size_t k = 0; k < SD_ARRAY_LEN(kept_attrs); k++) {
        if (kept_attrs[k].len != n || (name[0] | 0x20) != kept_attrs[k].name[0])
            continue;
        size_t c = 1;
        while (c < n && (name[c] | 0x20) == kept_attrs[k].name[c])
            c++;
        if (c < n)
            continue;
        switch (kept_attrs[k].on) {
        case ON_META:
            return tag == TAG_META ? ATTR_KEEP : ATTR_DROP;
        case HREF_RULE:
            return tag == TAG_LINK_OR_BASE ? ATTR_KEEP : ATTR_NAME_ONLY;
        default:
            return ATTR_KEEP;
        }
    }
    return ATTR_DROP;
}

static enum tag_kind tag_kind_of(const char *name, size_t n)
{
    if (n == 4 && strncasecmp(name, "meta", 4) == 0)
        return TAG_META;
    if (n == 4 && (strncasecmp(name, "link", 4) == 0 || strncasecmp(name, "base", 4) == 0))
        return TAG_LINK_OR_BASE;
    return TAG_OTHER;
}

/* Is s[j] the end of a start tag: '>' or "/>" (or the end of the text)? */
static int tag_ends(const char *s, size_t len, size_t j)
{
    return j >= len || s[j] == '>' || (s[j] == '/' && j + 1 < len && s[j + 1] == '>');
}

/* One attribute of a start tag as libxml2 reads it (htmlParseAttribute), from s[at], which is
 * neither blank nor the end of the tag.  Returns the end of the attribute and in *name_len the
 * length of its name, 0 for junk (a run that does not start like a name: libxml2 skips it, up
 * to a blank, '>' or "/>", quotes or not).  A name is followed, after optional blanks, by '='
 * and a value, or it has none.  A quoted value runs to the same quote, '>' and blanks
 * included, or to the end of the text; an unquoted one to a blank or '>' ("<a href=x/>" is
 * href="x/"). */
static size_t attr_end(const char *s, size_t len, size_t at, size_t *name_len)
{
    size_t j = at;
    if (!name_start((unsigned char)s[j])) {
        *name_len = 0;
        while (j < len && !is_blank((unsigned char)s[j]) && !tag_ends(s, len, j))
            j++;
        return j;
    }
    while (j < len && j - at < NAME_MAX_LEN && name_char((unsigned char)s[j]))
        j++;
    *name_len = j - at;
    size_t k = j;
    while (k < len && is_blank((unsigned char)s[k]))
        k++;
    if (k >= len || s[k] != '=')
        return j;
    k++;
    while (k < len && is_blank((unsigned char)s[k]))
        k++;
    if (k < len && (s[k] == '"' || s[k] == '\'')) {
        const char *q = memchr(s + k + 1, s[k], len - k - 1);
        return q ? (size_t)(q - s) + 1 : len;
    }
    while (k < len && !is_blank((unsigned char)s[k]) && s[k] != '>')
        k++;
    return k;
}

/* Append html[from, to) at html[*w] (w <= from: the text only ever gets shorter, so what is
 * written never overtakes what is still to be read).  Nothing when w is NULL. */
static void emit(char *html, size_t *w, size_t from, size_t to)
{
    if (!w || to <= from)
        return;
    if (*w != from)
        memmove(html + *w, html + from, to - from);
    *w += to - from;
}

typedef struct start_tag {
    size_t end;       /* one past its '>', or the end of the text */
    int self_closing; /* ends in "/>" */
    int cut;          /* had more than max_attrs attributes */
    size_t cut_from;  /* where the attributes past max_attrs start (end when none) */
} start_tag;

/*
 * The start tag at html[i] ('<' and a letter), whose name is name_len long: where it ends and,
 * when w is not NULL, written at html[*w] without the attributes the extractor does not read
 * and without any past max_attrs (libxml2 compares each new attribute of a tag with all the
 * earlier ones: a tag with a hundred thousand attributes costs minutes).
 *
 * An attribute goes together with the blanks after it, so what follows it reads as it did:
 * the next attribute starts where the removed one started, after the same separator.  The
 * one exception is a next "attribute" that starts with '=' (junk such as `x="1"=2`): after
 * `<p hidden title=t =2>` lost `title=t `, hidden would take "2" as its value, so an
 * attribute followed by '=' stays.  Junk stays too (it makes no attribute and is rare).
 * Past max_attrs, everything up to the tag's end goes, junk included; "/>" stays.
 */
static void start_tag_rewrite(char *html, size_t len, size_t i, size_t name_len, size_t max_attrs,
                              size_t *w, start_tag *t)
{
    size_t j = i + 1 + name_len;
    size_t pending = i; /* html[pending, at) is still to be written */
    enum tag_kind tag = tag_kind_of(html + i + 1, name_len);
    size_t attrs = 0;
    int cutting = 0;
    t->cut_from = 0;
    while (j < len && is_blank((unsigned char)html[j]))
        j++;
    while (!tag_ends(html, len, j)) {
        size_t at = j, nl;
        j = attr_end(html, len, at, &nl);
        while (j < len && is_blank((unsigned char)html[j]))
            j++;
        if (cutting || nl == 0)
            continue;
        if (++attrs > max_attrs) {
            emit(html, w, pending, at);
            cutting = 1;
            t->cut_from = at;
            continue;
        }
        if (j < len && html[j] == '=')
            continue; /* see above: it stays as it is */
        enum attr_use use = attr_use_of(html + at, nl, tag);
        if (use == ATTR_DROP) {
            emit(html, w, pending, at);
            pending = j;
        } else if (use == ATTR_NAME_ONLY && at + nl < j) {
            /* The name stays, then one blank unless the tag ends there: `href="..." class`
             * becomes `href class`, `href=x>` becomes `href>`.  That is never longer than what
             * it replaces (a value takes at least '=' and one more byte). */
            int had_value = 0;
            for (size_t k = at + nl; k < j && !had_value; k++)
                had_value = html[k] == '=';
            if (had_value) {
                emit(html, w, pending, at + nl);
                if (w && !tag_ends(html, len, j))
                    html[(*w)++] = ' ';
                pending = j;
            }
        }
    }
    /* j is at the '>' or "/>" that ends the tag, or at the end of the text */
    t->cut = cutting;
    t->self_closing = j < len && html[j] == '/';
    t->end = j < len ? j + 1 + (size_t)t->self_closing : len;
    if (!cutting)
        t->cut_from = t->end;
    emit(html, w, cutting ? j : pending, t->end);
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

/* The end of a construct that runs to the first '>' from html[from] (end tags, processing
 * instructions, declarations): one past it, or the end of the text. */
static size_t past_gt(const char *html, size_t len, size_t from)
{
    const char *gt = from < len ? memchr(html + from, '>', len - from) : NULL;
    return gt ? (size_t)(gt - html) + 1 : len;
}

/* One past a quoted literal at html[j] (to the end of the text if unclosed); j if none. */
static size_t literal_end(const char *html, size_t len, size_t j)
{
    if (j >= len || (html[j] != '"' && html[j] != '\''))
        return j;
    const char *q = memchr(html + j + 1, html[j], len - j - 1);
    return q ? (size_t)(q - html) + 1 : len;
}

static size_t skip_blanks(const char *html, size_t len, size_t j)
{
    while (j < len && is_blank((unsigned char)html[j]))
        j++;
    return j;
}

/* One past the <!DOCTYPE ...> at html[i], read as htmlParseDocTypeDecl does.  A name with
 * other than ASCII in it ends here at the first such byte, where libxml2 may read on: the
 * declaration then ends at a '>' inside a literal, never later than the parser's end (past
 * it, this pass would leave a tag the parser reads untouched: an attribute bomb, say). */
static size_t doctype_end(const char *html, size_t len, size_t i)
{
    size_t j = skip_blanks(html, len, i + 9);
    if (j < len && (ascii_letter((unsigned char)html[j]) || html[j] == '_' || html[j] == ':'))
        while (j < len && name_char((unsigned char)html[j]))
            j++;
    j = skip_blanks(html, len, j);
    if (ci_prefix(html + j, len - j, "SYSTEM")) {
        j = literal_end(html, len, skip_blanks(html, len, j + 6));
    } else if (ci_prefix(html + j, len - j, "PUBLIC")) {
        j = literal_end(html, len, skip_blanks(html, len, j + 6));
        j = literal_end(html, len, skip_blanks(html, len, j));
    }
    return past_gt(html, len, j);
}

/* One past the comment at html[i] ("<!--"): its "-->" or "--!>", which libxml2 also takes
 * for an end; the end of the text if unclosed (the parser reads it to the end too). */
static size_t comment_end(const char *html, size_t len, size_t i)
{
    for (const char *p = html + i + 4; p + 3 <= html + len;) {
        const char *dash = memchr(p, '-', (size_t)(html + len - p));
        if (!dash || dash + 3 > html + len)
            break;
        if (dash[1] == '-' && dash[2] == '>')
            return (size_t)(dash - html) + 3;
        if (dash[1] == '-' && dash[2] == '!' && dash + 4 <= html + len && dash[3] == '>')
            return (size_t)(dash - html) + 4;
        p = dash + 1;
    }
    return len;
}

/* Where libxml2 ends the content of a script, from html[from] (just past its start tag):
 *  - at the first "</script" that is not the start of a longer name (htmlParseScript, then
 *    htmlParseEndTag); a longer one ("</scripts ...>") is skipped to its '>';
 *  - before a <noscript> right at the start or right after such a skipped end tag: there the
 *    parser first asks whether the next tag closes the open element, and <noscript> closes
 *    a script (htmlCheckAutoClose; its name is read without '.', so "<noscript.x" too).
 * The end of the text if none. */
static size_t script_end(const char *html, size_t len, size_t from)
{
    for (size_t p = from;;) {
        if (len - p >= 9 && strncasecmp(html + p, "<noscript", 9) == 0 &&
            (len - p == 9 || html[p + 9] == '.' || !name_char((unsigned char)html[p + 9])))
            return p;
        size_t k = p; /* the next "</script" */
        for (;;) {
            const char *lt = k < len ? memchr(html + k, '<', len - k) : NULL;
            if (!lt)
                return len;
            k = (size_t)(lt - html);
            if (len - k >= 8 && lt[1] == '/' && strncasecmp(lt + 2, "script", 6) == 0)
                break;
            k++;
        }
        if (len - k == 8 || !name_char((unsigned char)html[k + 8]))
            return k;
        p = past_gt(html, len, k + 2);
    }
}

size_t xprescan_sanitize(char *html, size_t len, size_t max_attrs, size_t *cut_tags)
{
    static const struct { const char *name; size_t len; int nests; } raw[] = {
        {"script", 6, 0}, {"style", 5, 0}, {"noscript", 8, 0}, {"template", 8, 0},
        {"svg", 3, 1},    {"math", 4, 1},
    };
    size_t cut = 0;
    for (char *z = memchr(html, '\0', len); z; z = memchr(z, '\0', len - (size_t)(z - html)))
        *z = ' ';
    /* What the parser makes of a '<' can depend on what it read just before, in the text as
     * it will be after this pass:
     *  - a '<' that is text (or a "<?" the parser drops), then a comment: were the comment
     *    removed, the '<' would open whatever follows it ("<<!---->div a=1 ..." would become
     *    a tag, and one this pass has not read as a tag, so it could hold any number of
     *    attributes);
     *  - a <!DOCTYPE> after the prolog: libxml2 reads what follows it at once, without
     *    looking for an end tag or another <!DOCTYPE> (those become text, "<" first); a
     *    comment in between would change that if it were removed.
     * So such a comment stays, and this pass reads the '<' after a late <!DOCTYPE> as the
     * parser will. */
    enum { AFTER_OTHER, AFTER_LT, AFTER_LATE_DOCTYPE } after = AFTER_OTHER;
    int prolog = 1; /* only blanks, comments and processing instructions so far */
    /* One pass with a read index r and a write index w <= r: what is kept is copied down over
     * what was removed, so the whole rewrite is linear. */
    size_t r = 0, w = 0;
    while (r < len) {
        const char *lt = memchr(html + r, '<', len - r);
        size_t i = lt ? (size_t)(lt - html) : len;
        if (i > r) {
            for (size_t k = r; k < i && prolog; k++)
                if (!is_blank((unsigned char)html[k]))
                    prolog = 0;
            after = AFTER_OTHER;
        }
        emit(html, &w, r, i);
        r = i;
        if (!lt)
            break;
        unsigned char c1 = i + 1 < len ? (unsigned char)html[i + 1] : 0;
        int doctype = c1 == '!' && ci_prefix(html + i, len - i, "<!DOCTYPE");
        /* Comments go, whole (but for the cases above). */
        if (c1 == '!' && len - i >= 4 && html[i + 2] == '-' && html[i + 3] == '-') {
            size_t end = comment_end(html, len, i);
            if (after != AFTER_OTHER) {
                emit(html, &w, i, end);
                after = AFTER_OTHER;
            }
            r = end;
            continue;
        }
        if (after == AFTER_LATE_DOCTYPE && (c1 == '/' || doctype)) {
            html[w++] = '<';
            r = i + 1;
            prolog = 0;
            after = AFTER_LT;
            continue;
        }
        /* End tags, processing instructions and <!DOCTYPE>: as they are.  libxml2 ignores
         * whatever else they hold, even what looks like a tag or a comment. */
        size_t end = 0;
        int pi = 0;
        if (c1 == '/' && i + 2 < len && name_start((unsigned char)html[i + 2])) {
            end = past_gt(html, len, i + 2);
        } else if (c1 == '?' && i + 2 < len &&
                   (ascii_letter((unsigned char)html[i + 2]) || html[i + 2] == '_' || html[i + 2] == ':')) {
            end = past_gt(html, len, i + 2);
            pi = 1;
        } else if (doctype) {
            end = doctype_end(html, len, i);
        }
        if (end) {
            emit(html, &w, i, end);
            r = end;
            after = doctype && !prolog ? AFTER_LATE_DOCTYPE : AFTER_OTHER;
            if (!pi)
                prolog = 0;
            continue;
        }
        if (c1 == '?') {
            /* "<?" without a name: the parser drops the two characters and reads on */
            html[w++] = '<';
            html[w++] = '?';
            r = i + 2;
            after = AFTER_LT;
            continue;
        }
        prolog = 0;
        if (!ascii_letter(c1)) {
            html[w++] = '<';
            r = i + 1;
            after = AFTER_LT;
            continue;
        }
        after = AFTER_OTHER;
        /* A start tag: a name of at most 100 characters, then its attributes. */
        size_t name_len = 0;
        while (i + 1 + name_len < len && name_len < NAME_MAX_LEN &&
               name_char((unsigned char)html[i + 1 + name_len]))
            name_len++;
        int rawk = -1;
        for (size_t k = 0; k < SD_ARRAY_LEN(raw) && rawk < 0; k++)
            if (name_len == raw[k].len && strncasecmp(html + i + 1, raw[k].name, name_len) == 0)
                rawk = (int)k;
        /* A script that is JSON-LD: "ld+json" anywhere in the tag before the attributes past
         * max_attrs.  The tag is read once without writing, since the rewrite removes the
         * attributes it may be in. */
        int json_ld = 0;
        if (rawk == 0) {
            start_tag t0;
            start_tag_rewrite(html, len, i, name_len, max_attrs, NULL, &t0);
            for (size_t k = i; k + 7 <= t0.cut_from && !json_ld; k++)
                if (strncasecmp(html + k, "ld+json", 7) == 0)
                    json_ld = 1;
        }
        start_tag t;
        start_tag_rewrite(html, len, i, name_len, max_attrs, &w, &t);
        if (t.cut)
            cut++;
        r = t.end;
        if (rawk < 0 || t.self_closing || t.end >= len)
            continue;
        if (json_ld) {
            /* JSON-LD stays whole (it is metadata), as it is: for the parser, a script's
             * content is not markup. */
            size_t content_end = script_end(html, len, r);
            emit(html, &w, r, content_end);
            r = content_end;
        } else {
            /* The content of scripts, styles, SVG...: never text, and often most of a
             * page's bytes.  The elements stay, empty; an unclosed one's content is all the
             * rest, as for the parser. */
            const char *close = find_close(html + r, len - r, raw[rawk].name, raw[rawk].nests);
            r = close ? (size_t)(close - html) : len;
        }
        /* the end tag is read by the loop */
    }
    html[w] = '\0';
    if (cut_tags)
        *cut_tags = cut;
    return w;
}
