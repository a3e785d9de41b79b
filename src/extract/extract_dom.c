/*
 * extract_dom: the page flattened into arrays, and the search for the article
 * in them.
 *
 * The method is Readability's, which is known to work, adapted to Japanese
 * pages and made linear:
 *  1. drop what is never article text (by tag, hidden, role, and in the
 *     strict pass by class/id tokens in English and Japanese naming);
 *  2. score every block of text by length and punctuation of both scripts
 *     and let the score flow to five levels of ancestors;
 *  3. take the best ancestor discounted by its link density, climb when the
 *     text is spread over several containers, join siblings that score
 *     nearly as well;
 *  4. clean inside: blocks that are mostly links, forms, image strips,
 *     boilerplate lines, bylines, dates, a heading repeating the title,
 *     and what follows a "related" or "comments" heading.
 * Every sweep is over the element array in document order or its reverse;
 * removals subtract from at most max_depth ancestors.
 */
#include "extract/extract_internal.h"

#include <libxml/HTMLparser.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- tags ------------------------------------------------------------------------------ */

typedef struct tag_info {
    const char *name;
    uint8_t tag;
    uint8_t props;
} tag_info;

#define IN XP_INLINE
#define DR XP_DROP
#define PA XP_PARA
#define HD (XP_PARA | XP_HEADING)

/* Sorted by name (bsearch). */
static const tag_info tag_table[] = {
    {"a", X_A, IN},           {"abbr", X_OTHER, IN},     {"acronym", X_OTHER, IN},
    {"address", X_ADDRESS, PA}, {"applet", X_OBJECT, DR}, {"area", X_OTHER, DR},
    {"article", X_ARTICLE, 0}, {"aside", X_ASIDE, DR},   {"audio", X_AUDIO, DR},
    {"b", X_B, IN},           {"base", X_OTHER, DR},     {"bdi", X_OTHER, IN},
    {"bdo", X_OTHER, IN},     {"big", X_OTHER, IN},      {"blink", X_OTHER, IN},
    {"blockquote", X_BLOCKQUOTE, PA}, {"body", X_BODY, 0}, {"br", X_BR, IN},
    {"button", X_BUTTON, DR}, {"canvas", X_CANVAS, DR},  {"caption", X_CAPTION, PA},
    {"center", X_CENTER, 0},  {"cite", X_OTHER, IN},     {"code", X_CODE, IN},
    {"col", X_OTHER, DR},     {"colgroup", X_OTHER, DR}, {"data", X_OTHER, IN},
    {"datalist", X_OTHER, DR}, {"dd", X_DD, PA},         {"del", X_OTHER, IN},
    {"details", X_DETAILS, 0}, {"dfn", X_OTHER, IN},     {"dialog", X_DIALOG, DR},
    {"dir", X_UL, 0},         {"div", X_DIV, 0},         {"dl", X_DL, 0},
    {"dt", X_DT, PA},         {"em", X_EM, IN},          {"embed", X_EMBED, DR},
    {"fieldset", X_FIELDSET, 0}, {"figcaption", X_FIGCAPTION, DR}, {"figure", X_FIGURE, DR},
    {"font", X_FONT, IN},     {"footer", X_FOOTER, DR},  {"form", X_FORM, 0},
    {"frame", X_OTHER, DR},   {"frameset", X_OTHER, DR}, {"h1", X_H1, HD},
    {"h2", X_H2, HD},         {"h3", X_H3, HD},          {"h4", X_H4, HD},
    {"h5", X_H5, HD},         {"h6", X_H6, HD},          {"head", X_HEAD, DR},
    {"header", X_HEADER, 0},  {"hgroup", X_OTHER, 0},    {"hr", X_HR, 0},
    {"html", X_HTML, 0},      {"i", X_I, IN},            {"iframe", X_IFRAME, DR},
    {"img", X_IMG, IN},       {"input", X_INPUT, DR},    {"ins", X_OTHER, IN},
    {"kbd", X_OTHER, IN},     {"label", X_LABEL, IN},    {"legend", X_OTHER, DR},
    {"li", X_LI, PA},         {"link", X_LINK, DR},      {"listing", X_PRE, PA},
    {"main", X_MAIN, 0},      {"map", X_OTHER, DR},      {"mark", X_OTHER, IN},
    {"marquee", X_OTHER, DR}, {"math", X_MATH, DR},      {"menu", X_MENU, DR},
    {"meta", X_META, DR},     {"meter", X_OTHER, DR},    {"nav", X_NAV, DR},
    {"nobr", X_OTHER, IN},    {"noembed", X_OTHER, DR},  {"noframes", X_OTHER, DR},
    {"noscript", X_NOSCRIPT, DR}, {"object", X_OBJECT, DR}, {"ol", X_OL, 0},
    {"optgroup", X_OTHER, DR}, {"option", X_OPTION, DR}, {"output", X_OTHER, DR},
    {"p", X_P, PA},           {"param", X_OTHER, DR},    {"picture", X_PICTURE, IN},
    {"plaintext", X_PRE, PA}, {"pre", X_PRE, PA},        {"progress", X_OTHER, DR},
    {"q", X_OTHER, IN},       {"rp", X_OTHER, DR},       {"rt", X_OTHER, DR},
    {"rtc", X_OTHER, DR},     {"ruby", X_OTHER, IN},     {"s", X_OTHER, IN},
    {"samp", X_OTHER, IN},    {"script", X_SCRIPT, DR},  {"search", X_OTHER, DR},
    {"section", X_SECTION, 0}, {"select", X_SELECT, DR}, {"slot", X_OTHER, DR},
    {"small", X_OTHER, IN},   {"source", X_OTHER, DR},   {"span", X_SPAN, IN},
    {"strike", X_OTHER, IN},  {"strong", X_STRONG, IN},  {"style", X_STYLE, DR},
    {"sub", X_OTHER, IN},     {"summary", X_SUMMARY, PA}, {"sup", X_OTHER, IN},
    {"svg", X_SVG, DR},       {"table", X_TABLE, 0},     {"tbody", X_TBODY, 0},
    {"td", X_TD, 0},          {"template", X_TEMPLATE, DR}, {"textarea", X_TEXTAREA, DR},
    {"tfoot", X_TFOOT, 0},    {"th", X_TH, 0},           {"thead", X_THEAD, 0},
    {"time", X_TIME, IN},     {"title", X_TITLE, DR},    {"tr", X_TR, 0},
    {"track", X_OTHER, DR},   {"tt", X_OTHER, IN},       {"u", X_OTHER, IN},
    {"ul", X_UL, 0},          {"var", X_OTHER, IN},      {"video", X_VIDEO, DR},
    {"wbr", X_OTHER, IN},     {"xmp", X_PRE, PA},
};

#undef IN
#undef DR
#undef PA
#undef HD

/*
 * Both tables are searched by hash rather than by bsearch: every element's name and every
 * word of every class and id is looked up, and eight strcmp calls a lookup were 3% of all
 * the work.  Open addressing over a power-of-two array of indexes into the sorted table
 * (index + 1; 0 is an empty slot), built once for the whole process.  The keys are
 * the tables' own names, so no stranger picks what collides.
 */
#define NAME_SLOTS 1024

typedef struct name_index {
    uint16_t slot[NAME_SLOTS];
} name_index;

static name_index tag_index, tok_index;
static pthread_once_t name_index_once = PTHREAD_ONCE_INIT;

static uint32_t name_hash(const char *s, size_t n)
{
    return sd_fnv1a32(SD_FNV32_INIT, s, n);
}

static void name_index_add(name_index *ix, const char *name, size_t k)
{
    uint32_t at = name_hash(name, strlen(name)) & (NAME_SLOTS - 1);
    while (ix->slot[at])
        at = (at + 1) & (NAME_SLOTS - 1);
    ix->slot[at] = (uint16_t)(k + 1);
}

static void name_index_build(void);

/* The entry of the table named `name` (n bytes) through its index, or -1. */
#define NAME_FIND(ix, table, field, name, n, out)                                                  \
    do {                                                                                           \
        (out) = -1;                                                                                \
        pthread_once(&name_index_once, name_index_build);                                          \
        uint32_t at_ = name_hash((name), (n)) & (NAME_SLOTS - 1);                                  \
        for (uint16_t e_; (e_ = (ix).slot[at_]) != 0; at_ = (at_ + 1) & (NAME_SLOTS - 1)) {       \
            const char *c_ = (table)[e_ - 1].field;                                                \
            if (strncmp(c_, (name), (n)) == 0 && c_[(n)] == '\0') {                                \
                (out) = e_ - 1;                                                                    \
                break;                                                                             \
            }                                                                                      \
        }                                                                                          \
    } while (0)

static const tag_info *tag_lookup(const xnode *n)
{
    if (!n->name)
        return NULL;
    int k;
    NAME_FIND(tag_index, tag_table, name, n->name, strlen(n->name), k);
    return k >= 0 ? &tag_table[k] : NULL;
}

enum xtag xtag_of(const xnode *n)
{
    const tag_info *t = tag_lookup(n);
    return t ? (enum xtag)t->tag : X_OTHER;
}

const char *xattr(const xnode *n, const char *name)
{
    if (!n->attrs)
        return NULL;
    for (const char **a = n->attrs; a[0]; a += 2)
        if (strcmp(a[0], name) == 0)
            return a[1];
    return NULL;
}

/* ---- class and id tokens ------------------------------------------------------------------ */

enum tok_kind {
    K_AD = 1,      /* advertising */
    K_SHARE,       /* share buttons, social */
    K_RELATED,     /* related, recommended, ranking lists */
    K_COMMENT,     /* comment threads */
    K_CHROME,      /* breadcrumbs, pagers, cookie banners, newsletters, tag clouds */
    K_LAYOUT,      /* sidebars, headers, footers, menus */
    K_POS,         /* article body */
    K_META,        /* article furniture: meta lines, author boxes */
    K_BYLINE,      /* author */
    K_DATE,        /* date or time */
};

typedef struct tok_info {
    const char *tok;
    uint8_t kind;
} tok_info;

/* Sorted (bsearch).  Tokens are the lower-cased pieces of a class or id split at
 * anything but letters and digits, at lower-to-upper case and letter-digit changes
 * ("articleBody" -> article body, "ad300" -> ad 300, "c-ranking__list" -> c ranking list).
 * Japanese naming is romanised: kanren (related), osusume (recommended), ninki (popular),
 * koukoku (ad), bnr (banner), pankuzu (breadcrumbs), honbun (body text), kiji (article). */
static const tok_info tok_table[] = {
    {"ad", K_AD},             {"adarea", K_AD},         {"adbox", K_AD},
    {"addthis", K_SHARE},     {"adframe", K_AD},        {"admax", K_AD},
    {"ads", K_AD},            {"adsbygoogle", K_AD},    {"adsense", K_AD},
    {"adslot", K_AD},         {"adspace", K_AD},        {"adstir", K_AD},
    {"adunit", K_AD},         {"adv", K_AD},            {"advert", K_AD},
    {"advertise", K_AD},      {"advertisement", K_AD},  {"advertising", K_AD},
    {"adverts", K_AD},        {"adwrap", K_AD},         {"affiliate", K_AD},
    {"article", K_POS},       {"articlebody", K_POS},   {"articles", K_POS},
    {"author", K_BYLINE},     {"authors", K_BYLINE},    {"banner", K_AD},
    {"bio", K_META},          {"blog", K_POS},          {"bnr", K_AD},
    {"body", K_POS},          {"breadcrumb", K_CHROME}, {"breadcrumbs", K_CHROME},
    {"byline", K_BYLINE},     {"cmp", K_CHROME},        {"column", K_POS},
    {"comment", K_COMMENT},   {"commentarea", K_COMMENT}, {"commentlist", K_COMMENT},
    {"comments", K_COMMENT},  {"consent", K_CHROME},    {"contact", K_CHROME},
    {"content", K_POS},       {"contents", K_POS},      {"cookie", K_CHROME},
    {"cookies", K_CHROME},    {"copyright", K_CHROME},  {"credit", K_CHROME},
    {"crumb", K_CHROME},      {"crumbs", K_CHROME},     {"date", K_DATE},
    {"dateline", K_DATE},     {"datetime", K_DATE},     {"detail", K_POS},
    {"dfp", K_AD},            {"disqus", K_COMMENT},    {"entry", K_POS},
    {"entrybody", K_POS},     {"entrycontent", K_POS},  {"facebook", K_SHARE},
    {"feedback", K_CHROME},   {"foot", K_LAYOUT},       {"footer", K_LAYOUT},
    {"ftr", K_LAYOUT},        {"gdpr", K_CHROME},       {"globalnav", K_LAYOUT},
    {"gnav", K_LAYOUT},       {"gnavi", K_LAYOUT},      {"gnb", K_LAYOUT},
    {"googlead", K_AD},       {"gpt", K_AD},            {"hatebu", K_SHARE},
    {"hatena", K_SHARE},      {"hdr", K_LAYOUT},        {"header", K_LAYOUT},
    {"honbun", K_POS},        {"hontai", K_POS},        {"inquiry", K_CHROME},
    {"kanren", K_RELATED},    {"kiji", K_POS},          {"kijibody", K_POS},
    {"kisha", K_BYLINE},      {"koukoku", K_AD},        {"lightbox", K_CHROME},
    {"lnav", K_LAYOUT},       {"lnavi", K_LAYOUT},      {"login", K_CHROME},
    {"mailmag", K_CHROME},    {"main", K_POS},          {"maincontent", K_POS},
    {"maintext", K_POS},      {"masthead", K_LAYOUT},   {"menu", K_LAYOUT},
    {"menubar", K_LAYOUT},    {"meta", K_META},         {"modal", K_CHROME},
    {"mostread", K_RELATED},  {"mostviewed", K_RELATED}, {"nav", K_LAYOUT},
    {"navi", K_LAYOUT},       {"navigation", K_LAYOUT}, {"newsbody", K_POS},
    {"newsletter", K_CHROME}, {"ninki", K_RELATED},     {"osusume", K_RELATED},
    {"outbrain", K_AD},       {"overlay", K_CHROME},    {"pagenation", K_CHROME},
    {"pagenav", K_CHROME},    {"pager", K_CHROME},      {"pagination", K_CHROME},
    {"paging", K_CHROME},     {"pankuzu", K_CHROME},    {"pickup", K_RELATED},
    {"pocket", K_SHARE},      {"popular", K_RELATED},   {"popup", K_CHROME},
    {"post", K_POS},          {"postbody", K_POS},      {"postcontent", K_POS},
    {"posted", K_DATE},       {"pr", K_LAYOUT},         {"print", K_CHROME},
    {"profile", K_META},      {"promo", K_AD},          {"promoted", K_AD},
    {"promotion", K_AD},      {"pubdate", K_DATE},      {"published", K_DATE},
    {"rank", K_RELATED},      {"ranking", K_RELATED},   {"ranklist", K_RELATED},
    {"readmore", K_RELATED},  {"recommend", K_RELATED}, {"recommendation", K_RELATED},
    {"recommended", K_RELATED}, {"recommends", K_RELATED}, {"related", K_RELATED},
    {"relatedposts", K_RELATED}, {"relation", K_RELATED},  {"relations", K_RELATED},
    {"replies", K_COMMENT},   {"reply", K_COMMENT},     {"respond", K_COMMENT},
    {"rss", K_CHROME},        {"search", K_CHROME},     {"searchbox", K_CHROME},
    {"share", K_SHARE},       {"sharebox", K_SHARE},    {"sharebtn", K_SHARE},
    {"sharebutton", K_SHARE}, {"shares", K_SHARE},      {"sharing", K_SHARE},
    {"side", K_LAYOUT},       {"sidebar", K_LAYOUT},    {"sidebox", K_LAYOUT},
    {"sidemenu", K_LAYOUT},   {"sidenav", K_LAYOUT},    {"signup", K_CHROME},
    {"skip", K_CHROME},       {"snav", K_LAYOUT},       {"sns", K_SHARE},
    {"social", K_SHARE},      {"socialbar", K_SHARE},   {"socials", K_SHARE},
    {"sponsor", K_AD},        {"sponsored", K_AD},      {"sponsors", K_AD},
    {"sponsorship", K_AD},    {"story", K_POS},         {"storybody", K_POS},
    {"subscribe", K_CHROME},  {"subscription", K_CHROME}, {"survey", K_CHROME},
    {"taboola", K_AD},        {"tagcloud", K_CHROME},   {"taglist", K_CHROME},
    {"tags", K_CHROME},       {"time", K_DATE},         {"timestamp", K_DATE},
    {"toolbar", K_CHROME},    {"trackback", K_COMMENT}, {"trackbacks", K_COMMENT},
    {"trending", K_RELATED},  {"tweet", K_SHARE},       {"twitter", K_SHARE},
    {"txt", K_POS},           {"widget", K_LAYOUT},     {"widgets", K_LAYOUT},
    {"writer", K_BYLINE},     {"yads", K_AD},
};

int xdom_tables_sorted(void)
{
    for (size_t k = 1; k < SD_ARRAY_LEN(tag_table); k++)
        if (strcmp(tag_table[k - 1].name, tag_table[k].name) >= 0)
            return 0;
    for (size_t k = 1; k < SD_ARRAY_LEN(tok_table); k++)
        if (strcmp(tok_table[k - 1].tok, tok_table[k].tok) >= 0)
            return 0;
    return 1;
}

static void name_index_build(void)
{
    _Static_assert(SD_ARRAY_LEN(tag_table) < NAME_SLOTS / 2 && SD_ARRAY_LEN(tok_table) < NAME_SLOTS / 2,
                   "name indexes at most half full");
    for (size_t k = 0; k < SD_ARRAY_LEN(tag_table); k++)
        name_index_add(&tag_index, tag_table[k].name, k);
    for (size_t k = 0; k < SD_ARRAY_LEN(tok_table); k++)
        name_index_add(&tok_index, tok_table[k].tok, k);
}

static int tok_kind_of(const char *tok, size_t n)
{
    int k;
    NAME_FIND(tok_index, tok_table, tok, tok, n, k);
    return k >= 0 ? tok_table[k].kind : 0;
}

static int is_alnum_ascii(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
static int is_digit_ascii(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_upper_ascii(unsigned char c) { return c >= 'A' && c <= 'Z'; }

#define KB(k) (1u << (k))
/* Not in the table: set when a class or id name ends in a comment word. */
#define K_COMMENT_HEAD 31

/* Bit set of token kinds in an attribute value (bit k for kind k). */
static unsigned tokens_kinds(const char *v)
{
    unsigned kinds = 0;
    char tok[48];
    size_t n = 0;
    int ntok = 0;
    int head = 0; /* kind of the last known token of the current name */
    for (const unsigned char *p = (const unsigned char *)v;; p++) {
        unsigned char c = *p;
        int boundary = !is_alnum_ascii(c);
        if (!boundary && n > 0) {
            unsigned char prev = p[-1];
            if (is_upper_ascii(c) && !is_upper_ascii(prev) && !is_digit_ascii(prev))
                boundary = 2; /* camelCase */
            else if (is_digit_ascii(c) != is_digit_ascii(prev))
                boundary = 2;
        }
        if (boundary && n > 0) {
            if (n < sizeof tok) {
                int kind = tok_kind_of(tok, n);
                kinds |= 1u << kind;
                if (kind)
                    head = kind;
            }
            n = 0;
            if (++ntok > 64)
                break; /* a class attribute is not a document */
        }
        /* End of one class name: in compound names the last word is what the element
         * is ("blog-article-replies" holds replies; "comment-body" is a body). */
        if (c == '\0' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (head == K_COMMENT)
                kinds |= KB(K_COMMENT_HEAD);
            head = 0;
        }
        if (c == '\0')
            break;
        if (is_alnum_ascii(c)) {
            if (n < sizeof tok)
                tok[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            n++;
        }
    }
    return kinds & ~1u;
}

#define K_NEGATIVE (KB(K_AD) | KB(K_SHARE) | KB(K_RELATED) | KB(K_COMMENT) | KB(K_CHROME) | \
                    KB(K_LAYOUT) | KB(K_META) | KB(K_BYLINE))

/* Whole class names that hide an element (Tailwind's "hidden md:block" shows it again). */
static int class_hides(const char *v)
{
    int hidden = 0, responsive = 0;
    const char *p = v;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
            p++;
        const char *s = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f')
            p++;
        size_t n = (size_t)(p - s);
        if (n == 0)
            break;
        if (memchr(s, ':', n))
            responsive = 1;
#define IS(lit) (n == sizeof(lit) - 1 && strncasecmp(s, lit, n) == 0)
        if (IS("hidden") || IS("hide") || IS("sr-only") || IS("visually-hidden") ||
            IS("visuallyhidden") || IS("screen-reader-text") || IS("is-hidden") ||
            IS("u-hidden") || IS("invisible") || IS("d-none") || IS("display-none"))
            hidden = 1;
#undef IS
    }
    return hidden && !responsive;
}

/* style="display: none" / "visibility: hidden" */
static int style_hides(const char *v)
{
    char buf[256];
    size_t n = 0;
    for (const char *p = v; *p && n < sizeof buf - 1; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            buf[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    buf[n] = '\0';
    return strstr(buf, "display:none") != NULL || strstr(buf, "visibility:hidden") != NULL;
}

static int role_drops(const char *v)
{
    static const char *const roles[] = {"navigation", "banner",  "contentinfo", "complementary",
                                        "menu",       "menubar", "search",      "dialog",
                                        "alert",      "alertdialog", "toolbar", "tablist"};
    for (size_t i = 0; i < SD_ARRAY_LEN(roles); i++)
        if (strcasecmp(v, roles[i]) == 0)
            return 1;
    return 0;
}

/* ---- measuring text ------------------------------------------------------------------------ */

size_t xutf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
        (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return len;
}

int xtext_is_cjk(uint32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x2FDF) ||   /* radicals */
           (cp >= 0x3000 && cp <= 0x30FF) ||   /* CJK punctuation, hiragana, katakana */
           (cp >= 0x3100 && cp <= 0x31FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
           (cp >= 0x20000 && cp <= 0x2FFFF);
}

static int is_space_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0x0B ||
           cp == 0xA0 || cp == 0x3000 || cp == 0x200B || cp == 0xFEFF;
}

/* Every text node and every candidate body is measured, so this runs over the page's
 * text several times: plain ASCII, ASCII white space and well-formed three-byte
 * sequences (all of Japanese) are handled inline; anything else goes through the
 * general decoder.  The counts are the same either way. */
void xtext_measure(const char *s, size_t n, uint32_t *wlen, uint32_t *comma, uint32_t *sent)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t w = 0, c = 0, st = 0;
    int in_space = 1; /* leading white space is not counted */
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        unsigned char c0 = u[i];
        if (c0 < 0x80) {
            i++;
            if (c0 == ' ' || c0 == '\n' || c0 == '\t' || c0 == '\r' || c0 == '\f' || c0 == 0x0B) {
                if (!in_space)
                    w++;
                in_space = 1;
                continue;
            }
            in_space = 0;
            w++;
            if (c0 == ',') {
                c++;
            } else if (c0 == '.' || c0 == '!' || c0 == '?') {
                /* "e.g" and "1.5" are not sentence ends; "end." and "end. Next" are */
                unsigned char next = i < n ? u[i] : ' ';
                if (next == ' ' || next == '\n' || next == '\t' || next == '\r' || next == '"' ||
                    next == ')' || next == '\'')
                    st++;
            }
            continue;
        }
        if (c0 >= 0xE1 && c0 <= 0xEF && c0 != 0xED && i + 2 < n && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80) {
            /* no overlong form starts with E1..EF, no surrogate but with ED */
            cp = ((uint32_t)(c0 & 0x0F) << 12) | ((uint32_t)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
            i += 3;
        } else {
            i += xutf8_decode(u + i, n - i, &cp);
        }
        if (is_space_cp(cp)) {
            if (!in_space)
                w++;
            in_space = 1;
            continue;
        }
        in_space = 0;
        if (xtext_is_cjk(cp)) {
            w += 3;
            if (cp == 0x3001 || cp == 0xFF0C || cp == 0xFF64)
                c++;
            else if (cp == 0x3002 || cp == 0xFF0E || cp == 0xFF61 || cp == 0xFF01 || cp == 0xFF1F)
                st++;
        } else {
            w++;
        }
    }
    if (in_space && w > 0)
        w--; /* trailing white space */
    *wlen = w;
    *comma = c;
    *sent = st;
}

/* ---- building the arrays ------------------------------------------------------------------ */

static void classify(xpage *pg, int32_t i)
{
    xel *e = &pg->el[i];
    const xnode *n = e->node;
    const tag_info *ti = tag_lookup(n);
    e->tag = ti ? ti->tag : X_OTHER;
    e->props = ti ? ti->props : XP_INLINE;
    if (!ti && n->name && strncmp(n->name, "amp-", 4) == 0 &&
        (strstr(n->name, "-ad") || strstr(n->name, "embed")))
        e->props = XP_DROP;
    if (e->props & XP_DROP)
        e->flags |= XF_DROP_STATIC;

    int weight = 0;
    for (const char **a = n->attrs; a && a[0]; a += 2) {
        const char *an = a[0];
        const char *v = a[1];
        if (strcmp(an, "class") == 0 || strcmp(an, "id") == 0) {
            unsigned k = tokens_kinds(v);
            if (k & K_NEGATIVE)
                weight -= 25;
            if (k & KB(K_POS)) {
                weight += 25;
                e->flags |= XF_POSITIVE;
            }
            if (k & (KB(K_AD) | KB(K_SHARE) | KB(K_RELATED) | KB(K_CHROME)))
                e->flags |= XF_UNLIKELY;
            if (k & KB(K_COMMENT))
                e->flags |= XF_COMMENTS;
            if (k & KB(K_COMMENT_HEAD))
                e->flags |= XF_COMMENTS_HEAD;
            if (k & KB(K_LAYOUT))
                e->flags |= XF_LAYOUT;
            if (k & (KB(K_META) | KB(K_BYLINE) | KB(K_DATE)))
                e->flags |= XF_META_HINT;
            if (k & KB(K_BYLINE))
                e->flags |= XF_BYLINE_HINT;
            if (k & KB(K_DATE))
                e->flags |= XF_DATE_HINT;
            if (an[0] == 'c' && class_hides(v))
                e->flags |= XF_DROP_STATIC | XF_HIDDEN;
        } else if (strcmp(an, "style") == 0) {
            if (style_hides(v))
                e->flags |= XF_DROP_STATIC | XF_HIDDEN;
        } else if (strcmp(an, "hidden") == 0) {
            e->flags |= XF_DROP_STATIC | XF_HIDDEN;
        } else if (strcmp(an, "aria-hidden") == 0) {
            if (strcasecmp(v, "true") == 0)
                e->flags |= XF_DROP_STATIC | XF_HIDDEN;
        } else if (strcmp(an, "role") == 0) {
            if (role_drops(v))
                e->flags |= XF_DROP_STATIC;
            else if (strcasecmp(v, "main") == 0 || strcasecmp(v, "article") == 0) {
                weight += 25;
                e->flags |= XF_POSITIVE;
            }
        } else if (strcmp(an, "itemprop") == 0) {
            if (strstr(v, "articleBody") || strstr(v, "articlebody")) {
                weight += 50;
                e->flags |= XF_POSITIVE | XF_ARTICLE_BODY;
            } else if (strstr(v, "author")) {
                e->flags |= XF_META_HINT | XF_BYLINE_HINT;
            } else if (strstr(v, "datePublished") || strstr(v, "dateModified")) {
                e->flags |= XF_META_HINT | XF_DATE_HINT;
            }
        } else if (strcmp(an, "rel") == 0 && e->tag == X_A) {
            if (strstr(v, "author"))
                e->flags |= XF_META_HINT | XF_BYLINE_HINT;
        } else if (strcmp(an, "type") == 0 && e->tag == X_INPUT) {
            /* counted as form input either way */
        }
    }
    if (e->tag == X_HEADER)
        e->flags |= XF_LAYOUT;
    e->weight = (int16_t)weight;

    if (e->parent >= 0) {
        const xel *p = &pg->el[e->parent];
        e->flags |= p->flags & (XF_DROP_STATIC | XF_HIDDEN | XF_LINK | XF_IN_PRE | XF_IN_FIGURE);
    }
    if (e->tag == X_A && xattr(n, "href"))
        e->flags |= XF_LINK;
    if (e->tag == X_PRE)
        e->flags |= XF_IN_PRE;
    if (e->tag == X_FIGURE)
        e->flags |= XF_IN_FIGURE;
    if (e->tag == X_BODY || e->tag == X_HTML)
        e->flags &= ~(uint32_t)(XF_UNLIKELY | XF_LAYOUT | XF_COMMENTS | XF_DROP_STATIC | XF_HIDDEN);
    if (e->tag == X_SCRIPT || e->tag == X_STYLE || e->tag == X_TEMPLATE || e->tag == X_NOSCRIPT)
        e->flags |= XF_HIDDEN; /* never read for metadata either (JSON-LD is read apart) */
}

static void add_text(xpage *pg, xnode *t, int32_t owner)
{
    if (!t->content || (pg->el[owner].flags & XF_DROP_STATIC))
        return;
    uint32_t w, c, s;
    xtext_measure(t->content, strlen(t->content), &w, &c, &s);
    if (w == 0)
        return;
    pg->tx = xgrow(pg->tx, &pg->txcap, pg->ntx + 1, sizeof *pg->tx);
    xtext *x = &pg->tx[pg->ntx++];
    x->node = t;
    x->owner = owner;
    x->wlen = w;
    x->comma = c > 0xFFFF ? 0xFFFF : (uint16_t)c;
    x->sent = s > 0xFFFF ? 0xFFFF : (uint16_t)s;
    /* Text comes in document order: the first one reaching an element is its first. */
    for (int32_t a = owner; a >= 0 && pg->el[a].first_tx < 0; a = pg->el[a].parent)
        pg->el[a].first_tx = (int32_t)(pg->ntx - 1);
}

/* The element arrays from the tree: a pre-order walk (iterative, so no depth can
 * exhaust the stack), then subtree ends and text totals children before parents. */
static int xpage_index(xpage *pg, int max_depth)
{
    xnode *root = pg->root;
    if (!root)
        return 0;

    /* Iterative pre-order walk: children, then next sibling, else climb. */
    xnode *n = root;
    int32_t cur = -1; /* index of n's parent element */
    int depth = 0;
    while (n) {
        int descend = 0;
        if (n->type == XN_ELEMENT) {
            pg->el = xgrow(pg->el, &pg->elcap, pg->nel + 1, sizeof *pg->el);
            int32_t i = (int32_t)pg->nel++;
            xel *e = &pg->el[i];
            memset(e, 0, sizeof *e);
            e->node = n;
            e->parent = cur;
            e->depth = (uint16_t)depth;
            e->end = i + 1;
            e->first_tx = -1;
            n->index = i;
            classify(pg, i);
            e = &pg->el[i];
            e->block = (e->props & XP_INLINE) && cur >= 0 ? pg->el[cur].block : i;
            if (e->tag == X_BODY && pg->body < 0)
                pg->body = i;
            if (n->children && depth + 1 < max_depth) {
                descend = 1;
                cur = i;
            }
        } else if (n->type == XN_TEXT && cur >= 0) {
            add_text(pg, n, cur);
        }
        if (descend) {
            n = n->children;
            depth++;
            continue;
        }
        while (n && !n->next) {
            n = n->parent;
            depth--;
            if (!n || n == root) {
                n = NULL;
                break;
            }
            cur = pg->el[cur].parent;
        }
        if (n)
            n = n->next;
    }
    if (pg->nel == 0)
        return 0;
    pg->html = 0;
    if (pg->body < 0)
        pg->body = 0;

    /* Subtree ends and block structure, children before parents. */
    for (size_t k = pg->nel; k-- > 1;) {
        xel *e = &pg->el[k];
        xel *p = &pg->el[e->parent];
        if (e->end > p->end)
            p->end = e->end;
        int is_block = !(e->props & XP_INLINE) && !(e->flags & XF_DROP_STATIC);
        int table_part = e->tag == X_TR || e->tag == X_TD || e->tag == X_TH ||
                         e->tag == X_TBODY || e->tag == X_THEAD || e->tag == X_TFOOT ||
                         e->tag == X_CAPTION;
        if ((is_block && !table_part) || (e->flags & XF_HAS_BLOCK))
            p->flags |= XF_HAS_BLOCK;
    }
    for (size_t k = 0; k < pg->nel; k++) {
        xel *e = &pg->el[k];
        if (e->tag == X_TABLE && !(e->flags & XF_HAS_BLOCK))
            e->flags |= XF_DATA_TABLE;
    }
    /* List items led by a link with a summary after it are the shape of "latest news",
     * ranking and related-article lists; their text is not the prose of whatever holds
     * them (it still is the text of an article that contains such a list).  The scan
     * looks at the first 64 text nodes of an item. */
    for (size_t k = 0; k < pg->nel; k++) {
        xel *e = &pg->el[k];
        if (e->tag != X_LI || e->first_tx < 0 || !(pg->el[pg->tx[e->first_tx].owner].flags & XF_LINK))
            continue;
        uint32_t link = 0, plain = 0;
        for (size_t j = (size_t)e->first_tx; j < pg->ntx && j < (size_t)e->first_tx + 64; j++) {
            const xtext *t = &pg->tx[j];
            if (t->owner < (int32_t)k || t->owner >= e->end)
                break;
            if (pg->el[t->owner].flags & XF_LINK)
                link += t->wlen;
            else
                plain += t->wlen;
        }
        if (link >= 15 && plain >= 25)
            e->flags |= XF_TEASER;
    }
    /* Text and paragraph text before any class-based dropping, for the wrapper guard:
     * an element that holds most of the page's prose is not a sidebar, whatever its
     * class says. */
    uint32_t *direct = xcalloc(pg->nel, sizeof *direct);
    for (size_t k = 0; k < pg->ntx; k++) {
        const xel *o = &pg->el[pg->tx[k].owner];
        pg->el[pg->tx[k].owner].raw_text += pg->tx[k].wlen;
        if (!(o->flags & XF_LINK) && !(pg->el[o->block].flags & XF_TEASER))
            direct[o->block] += pg->tx[k].wlen;
    }
    for (size_t k = 0; k < pg->nel; k++)
        pg->el[k].raw_ptext = direct[k] >= 25 && !(pg->el[k].flags & XF_DROP_STATIC) ? direct[k] : 0;
    free(direct);
    for (size_t k = pg->nel; k-- > 1;) {
        if (!(pg->el[k].flags & XF_DROP_STATIC)) {
            pg->el[pg->el[k].parent].raw_text += pg->el[k].raw_text;
            pg->el[pg->el[k].parent].raw_ptext += pg->el[k].raw_ptext;
        }
    }
    pg->total_raw = pg->el[pg->body].raw_text;
    pg->total_ptext = pg->el[pg->body].raw_ptext;
    return 0;
}

/* ---- building the tree from libxml2's SAX events ------------------------------------- */

/*
 * libxml2 does the hard part of HTML -- tokenising, entities, implied and
 * auto-closed elements, recovery from broken markup -- and reports it as SAX
 * events; we build the small tree the extractor needs instead of libxml2's own
 * (which allocates every node, attribute and string separately and spends as
 * much time building and freeing it as parsing).  Adjacent text events (the
 * parser reports long text in pieces) become one text node.
 */

/* libxml2's own tree stops at this depth (its xmlParserMaxDepth); we do too, so a
 * page nested ten thousand deep costs what one nested 256 deep does. */
#define XDEPTH_STOP 256

typedef struct xbuilder {
    xpage *pg;
    htmlParserCtxtPtr ctxt;
    xnode *cur;     /* the open element new nodes go into; NULL before the root */
    int depth;      /* open elements in the tree */
    int skip;       /* open elements below max_depth, not kept */
    int max_depth;
    strbuf text;    /* text not yet made a node, for cur */
} xbuilder;

static void xb_append(xnode *parent, xnode *child)
{
    child->parent = parent;
    if (parent->last)
        parent->last->next = child;
    else
        parent->children = child;
    parent->last = child;
}

static void xb_flush_text(xbuilder *b)
{
    if (b->text.len == 0)
        return;
    if (b->cur) {
        xnode *t = sd_arena_calloc(&b->pg->arena, sizeof *t);
        t->type = XN_TEXT;
        t->index = -1;
        t->content = sd_arena_strndup(&b->pg->arena, b->text.data, b->text.len);
        xb_append(b->cur, t);
    }
    strbuf_reset(&b->text);
}

static void xb_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    xbuilder *b = ((htmlParserCtxtPtr)ctx)->_private;
    if (b->skip) {
        b->skip++;
        return;
    }
    if (b->depth >= b->max_depth || b->depth >= XDEPTH_STOP) {
        b->pg->truncated = 1;
        if (b->depth >= XDEPTH_STOP)
            xmlStopParser(b->ctxt); /* no more events: the rest of the page is not read */
        else
            b->skip = 1;
        return;
    }
    xb_flush_text(b);
    sd_arena *ar = &b->pg->arena;
    xnode *n = sd_arena_calloc(ar, sizeof *n);
    n->type = XN_ELEMENT;
    n->index = -1;
    n->name = sd_arena_strndup(ar, (const char *)name, strlen((const char *)name));
    if (atts && atts[0]) {
        size_t k = 0;
        while (atts[k])
            k += 2;
        const char **a = sd_arena_alloc(ar, (k + 1) * sizeof *a);
        for (size_t j = 0; j < k; j += 2) {
            a[j] = sd_arena_strndup(ar, (const char *)atts[j], strlen((const char *)atts[j]));
            /* an attribute written without a value (<div hidden>) has the value "" */
            const char *v = atts[j + 1] ? (const char *)atts[j + 1] : "";
            a[j + 1] = sd_arena_strndup(ar, v, strlen(v));
        }
        a[k] = NULL;
        n->attrs = a;
    }
    if (b->cur)
        xb_append(b->cur, n);
    else if (b->pg->root)
        xb_append(b->pg->root, n); /* content after </html>: still the page's */
    else
        b->pg->root = n;
    b->cur = n;
    b->depth++;
}

static void xb_end(void *ctx, const xmlChar *name)
{
    (void)name; /* libxml2 balances the events itself, implied and auto-closed ends included */
    xbuilder *b = ((htmlParserCtxtPtr)ctx)->_private;
    if (b->skip) {
        b->skip--;
        return;
    }
    xb_flush_text(b);
    if (b->cur) {
        b->cur = b->cur->parent;
        b->depth--;
    }
}

static void xb_text(void *ctx, const xmlChar *ch, int len)
{
    xbuilder *b = ((htmlParserCtxtPtr)ctx)->_private;
    if (b->skip || !b->cur || len <= 0)
        return;
    strbuf_append(&b->text, ch, (size_t)len);
}

int xpage_parse(xpage *pg, const char *html, size_t len, int max_depth, sd_err *err)
{
    memset(pg, 0, sizeof *pg);
    sd_arena_init(&pg->arena);
    pg->max_depth = max_depth;
    pg->body = -1;
    pg->html = -1;
    if (len > (size_t)INT32_MAX)
        return sd_err_set(err, "page too large for the parser");

    xmlInitParser();
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html, (int)len);
    if (!ctxt)
        return sd_err_set(err, "cannot create an HTML parser");
    int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                  HTML_PARSE_IGNORE_ENC;
    htmlCtxtUseOptions(ctxt, options);
    /* The text is UTF-8 already.  Saying so this way keeps libxml2 from guessing from the
     * page's <meta> (it would, for a context without a charset) and from running every
     * byte through a converter (it does when an encoding is named), which doubles the
     * parsing time. */
    ctxt->charset = XML_CHAR_ENCODING_UTF8;

    /* Only the events we build from; no document, DTD, comments or PIs. */
    htmlSAXHandlerPtr sax = ctxt->sax;
    sax->internalSubset = NULL;
    sax->externalSubset = NULL;
    sax->startDocument = NULL;
    sax->endDocument = NULL;
    sax->startElement = xb_start;
    sax->endElement = xb_end;
    sax->characters = xb_text;
    sax->cdataBlock = xb_text; /* script and style content: JSON-LD is read from it */
    sax->ignorableWhitespace = xb_text;
    sax->comment = NULL;
    sax->processingInstruction = NULL;
    sax->reference = NULL;

    xbuilder b;
    memset(&b, 0, sizeof b);
    b.pg = pg;
    b.ctxt = ctxt;
    b.max_depth = max_depth > 0 ? max_depth : XDEPTH_STOP;
    strbuf_init(&b.text);
    ctxt->_private = &b;
    htmlParseDocument(ctxt);
    xb_flush_text(&b);
    strbuf_free(&b.text);
    htmlFreeParserCtxt(ctxt);
    return xpage_index(pg, b.max_depth);
}

void xpage_free(xpage *pg)
{
    if (!pg)
        return;
    free(pg->el);
    free(pg->tx);
    sd_arena_free(&pg->arena);
    pg->el = NULL;
    pg->tx = NULL;
    pg->root = NULL;
    pg->nel = pg->ntx = 0;
}

/* ---- one pass --------------------------------------------------------------------------- */

static int is_ancestor(const xpage *pg, int32_t a, int32_t b)
{
    return a < b && b < pg->el[a].end;
}

/* Does a class-based drop take this element in this pass? */
static int pass_drops(const xpage *pg, const xel *e, enum xpass pass)
{
    if (e->tag == X_BODY || e->tag == X_HTML || e->tag == X_MAIN || (e->flags & XF_ARTICLE_BODY))
        return 0;
    uint64_t total = pg->total_ptext ? pg->total_ptext : 1;
    /* "comment-body" wraps the article on some code hosts; real threads have a
     * comments container above their "comment-body" entries.  A thread is never the
     * article unless it is nearly all the page's prose (then it is a wrapper). */
    if ((e->flags & XF_COMMENTS) && (!(e->flags & XF_POSITIVE) || (e->flags & XF_COMMENTS_HEAD)))
        return (uint64_t)e->raw_ptext * 100 < total * 85;
    if (pass != XPASS_STRICT)
        return 0;
    /* A wrapper that holds most of the page's prose is not a sidebar, whatever its
     * class says ("content-sidebar-wrap", "has-share-buttons"); otherwise the class
     * wins over a positive one too ("entry-header", "related-articles"). */
    int guarded = (uint64_t)e->raw_ptext * 2 >= total && pg->total_ptext > 0;
    if (e->flags & (XF_UNLIKELY | XF_LAYOUT))
        return !guarded;
    return 0;
}

static void compute_stats(xpage *pg, enum xpass pass)
{
    for (size_t k = 0; k < pg->nel; k++) {
        xel *e = &pg->el[k];
        e->flags &= ~(uint32_t)(XF_DROP | XF_REMOVED | XF_CANDIDATE | XF_CONTENT);
        int drop = (e->flags & XF_DROP_STATIC) || (e->parent >= 0 && (pg->el[e->parent].flags & XF_DROP)) ||
                   pass_drops(pg, e, pass);
        if (drop)
            e->flags |= XF_DROP;
        memset(&e->sub, 0, sizeof e->sub);
        e->direct = e->direct_comma = e->direct_sent = 0;
        e->score = 0;
        /* Form controls and embeds are dropped by tag but still counted, as Readability does. */
        int parent_kept = e->parent < 0 || !(pg->el[e->parent].flags & XF_DROP);
        if (parent_kept) {
            switch (e->tag) {
            case X_INPUT: case X_SELECT: case X_TEXTAREA: case X_BUTTON:
                e->sub.ninput = 1;
                break;
            case X_IFRAME: case X_EMBED: case X_OBJECT: case X_VIDEO:
                e->sub.nembed = 1;
                break;
            default:
                break;
            }
        }
        if (!drop) {
            if (e->tag == X_P)
                e->sub.np = 1;
            else if (e->tag == X_IMG)
                e->sub.nimg = 1;
            else if (e->tag == X_LI)
                e->sub.nli = 1;
        }
    }
    for (size_t k = 0; k < pg->ntx; k++) {
        const xtext *t = &pg->tx[k];
        xel *o = &pg->el[t->owner];
        if (o->flags & XF_DROP)
            continue;
        o->sub.text += t->wlen;
        o->sub.comma += t->comma;
        o->sub.sent += t->sent;
        if (o->flags & XF_LINK)
            o->sub.link += t->wlen;
        xel *b = &pg->el[o->block];
        b->direct += t->wlen;
        b->direct_comma += t->comma;
        b->direct_sent += t->sent;
    }
    for (size_t k = pg->nel; k-- > 0;) {
        xel *e = &pg->el[k];
        if (e->props & XP_HEADING)
            e->sub.nhead_text = e->sub.text;
        if (k == 0 || (e->flags & XF_DROP)) {
            if (k > 0 && (e->sub.ninput || e->sub.nembed) && !(pg->el[e->parent].flags & XF_DROP)) {
                pg->el[e->parent].sub.ninput += e->sub.ninput;
                pg->el[e->parent].sub.nembed += e->sub.nembed;
            }
            continue;
        }
        xstats *p = &pg->el[e->parent].sub;
        p->text += e->sub.text;
        p->link += e->sub.link;
        p->comma += e->sub.comma;
        p->sent += e->sub.sent;
        p->np += e->sub.np;
        p->nimg += e->sub.nimg;
        p->nli += e->sub.nli;
        p->ninput += e->sub.ninput;
        p->nembed += e->sub.nembed;
        p->nhead_text += e->sub.nhead_text;
    }
}

static double link_density(const xel *e)
{
    return e->sub.text ? (double)e->sub.link / (double)e->sub.text : 0.0;
}

static double tag_base_score(const xel *e)
{
    switch (e->tag) {
    case X_DIV: return 5;
    case X_ARTICLE: return 5;
    case X_PRE: case X_TD: case X_BLOCKQUOTE: return 3;
    case X_ADDRESS: case X_OL: case X_UL: case X_DL: case X_DD: case X_DT: case X_LI:
    case X_FORM: return -3;
    case X_H1: case X_H2: case X_H3: case X_H4: case X_H5: case X_H6: case X_TH: return -5;
    default: return 0;
    }
}

static void init_candidate(xpage *pg, int32_t i, enum xpass pass)
{
    xel *e = &pg->el[i];
    if (e->flags & XF_CANDIDATE)
        return;
    e->flags |= XF_CANDIDATE;
    e->score = (float)(tag_base_score(e) + (pass != XPASS_BARE ? e->weight : 0));
}

static int element_children_kept(const xpage *pg, int32_t p)
{
    int n = 0;
    for (int32_t j = p + 1; j < pg->el[p].end; j = pg->el[j].end)
        if (!(pg->el[j].flags & XF_DROP))
            n++;
    return n;
}

#define TOPN 5

static int32_t choose_top(xpage *pg, enum xpass pass)
{
    /* Paragraph text per subtree: how much of the prose an element holds. */
    for (size_t k = 0; k < pg->nel; k++) {
        xel *e = &pg->el[k];
        e->ptext = 0;
        if (!(e->flags & (XF_DROP | XF_TEASER)) && e->direct >= 25 && !(e->flags & XF_LINK)) {
            double ld = link_density(e);
            e->ptext = (uint32_t)(e->direct * (ld < 1 ? 1 - ld : 0));
        }
    }
    for (size_t k = pg->nel; k-- > 1;)
        if (!(pg->el[k].flags & XF_DROP))
            pg->el[pg->el[k].parent].ptext += pg->el[k].ptext;

    /* Score every block of text and let it flow to its ancestors. */
    for (size_t k = 0; k < pg->nel; k++) {
        xel *e = &pg->el[k];
        if ((e->flags & (XF_DROP | XF_TEASER)) || e->direct < 25 || e->tag == X_BODY || e->tag == X_HTML)
            continue;
        if (e->flags & XF_LINK && e->tag == X_A)
            continue;
        double s = 1.0 + e->direct_comma + 0.5 * e->direct_sent;
        double len_pts = e->direct / 100.0;
        s += len_pts > 3 ? 3 : (double)(int)len_pts;
        int32_t a = (e->props & XP_PARA) ? e->parent : (int32_t)k;
        for (int level = 0; a >= 0 && level < 5; level++, a = pg->el[a].parent) {
            if (pg->el[a].tag == X_HTML)
                break;
            init_candidate(pg, a, pass);
            double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            pg->el[a].score += (float)(s / div);
        }
    }
    int32_t top[TOPN];
    int ntop = 0;
    for (size_t k = 0; k < pg->nel; k++) {
        xel *e = &pg->el[k];
        if (!(e->flags & XF_CANDIDATE))
            continue;
        e->score = (float)(e->score * (1.0 - link_density(e)));
        int pos = ntop;
        while (pos > 0 && pg->el[top[pos - 1]].score < e->score)
            pos--;
        if (pos < TOPN) {
            int last = ntop < TOPN ? ntop : TOPN - 1;
            for (int m = last; m > pos; m--)
                top[m] = top[m - 1];
            top[pos] = (int32_t)k;
            if (ntop < TOPN)
                ntop++;
        }
    }
    if (ntop == 0 || pg->el[top[0]].score <= 0)
        return -1;
    int32_t best = top[0];
    const int32_t body = pg->body;

    /* Text spread over several containers: their common ancestor is the article. */
    int nalt = 0;
    int32_t alts[TOPN];
    for (int m = 1; m < ntop; m++)
        if (pg->el[top[m]].score / pg->el[best].score >= 0.75f &&
            pg->el[top[m]].ptext * 4 >= pg->el[best].ptext)
            alts[nalt++] = top[m];
    if (nalt >= 3) {
        for (int32_t p = pg->el[best].parent; p >= 0 && p != body; p = pg->el[p].parent) {
            int containing = 0;
            for (int m = 0; m < nalt; m++)
                if (is_ancestor(pg, p, alts[m]))
                    containing++;
            if (containing >= 3) {
                best = p;
                break;
            }
        }
        init_candidate(pg, best, pass);
    }
    /* Climb while the parent scores better (the article is split into parts). */
    {
        float last = pg->el[best].score;
        float threshold = last / 3;
        for (int32_t p = pg->el[best].parent; p >= 0 && p != body; p = pg->el[p].parent) {
            if (!(pg->el[p].flags & XF_CANDIDATE))
                continue;
            float ps = pg->el[p].score;
            if (ps < threshold)
                break;
            /* Only a parent that holds more of the prose is a better article. */
            if (ps > last && (uint64_t)pg->el[p].ptext * 4 > (uint64_t)pg->el[best].ptext * 5) {
                best = p;
                break;
            }
            last = ps;
        }
    }
    /* The body as the article, when one block holds nearly all of the prose (a mail in
     * <pre> on an archive page): that block alone. */
    if (pg->el[best].tag == X_BODY || best == body) {
        int32_t dom = -1;
        for (int32_t j = best + 1; j < pg->el[best].end; j++) {
            const xel *c = &pg->el[j];
            if (c->flags & XF_DROP) {
                j = c->end - 1;
                continue;
            }
            if (c->direct >= 25 && (uint64_t)c->ptext * 3 >= (uint64_t)pg->el[best].ptext * 2) {
                dom = j;
                break;
            }
        }
        if (dom >= 0) {
            init_candidate(pg, dom, pass);
            return dom;
        }
    }
    /* An only child stands for its parent. */
    for (int32_t p = pg->el[best].parent; p >= 0 && p != body && element_children_kept(pg, p) == 1;
         p = pg->el[best].parent) {
        init_candidate(pg, p, pass);
        best = p;
    }
    return best;
}

static int has_sentence_end(const xel *e) { return e->sub.sent > 0; }

/* Mark the article: the top candidate and the siblings that belong with it. */
static size_t mark_content(xpage *pg, int32_t best)
{
    xel *b = &pg->el[best];
    int32_t parent = b->parent;
    if (best == pg->body || parent < 0 || b->tag == X_BODY) {
        b->flags |= XF_CONTENT;
        return 1;
    }
    double threshold = b->score * 0.2;
    if (threshold < 10)
        threshold = 10;
    const char *best_class = xattr(b->node, "class");
    size_t n = 0;
    for (int32_t j = parent + 1; j < pg->el[parent].end; j = pg->el[j].end) {
        xel *s = &pg->el[j];
        if (s->flags & XF_DROP)
            continue;
        int append = 0;
        if (j == best) {
            append = 1;
        } else {
            double bonus = 0;
            const char *cls = xattr(s->node, "class");
            if (best_class && *best_class && cls && strcmp(cls, best_class) == 0)
                bonus = b->score * 0.2;
            if ((s->flags & XF_CANDIDATE) && s->score + bonus >= threshold) {
                append = 1;
            } else if (s->tag == X_P || ((s->props & XP_PARA) && s->tag != X_LI && !(s->props & XP_HEADING))) {
                double ld = link_density(s);
                uint32_t len = s->sub.text;
                if (len > 80 && ld < 0.25)
                    append = 1;
                else if (len < 80 && len > 0 && ld == 0 && has_sentence_end(s))
                    append = 1;
            }
        }
        if (append) {
            s->flags |= XF_CONTENT;
            n++;
        }
    }
    return n;
}

/* ---- cleaning inside the article ---------------------------------------------------------- */

static void remove_el(xpage *pg, int32_t i, int32_t root)
{
    xel *e = &pg->el[i];
    if (e->flags & (XF_REMOVED | XF_DROP))
        return;
    e->flags |= XF_REMOVED;
    xstats s = e->sub;
    for (int32_t a = e->parent; a >= 0; a = pg->el[a].parent) {
        xstats *p = &pg->el[a].sub;
        p->text -= s.text < p->text ? s.text : p->text;
        p->link -= s.link < p->link ? s.link : p->link;
        p->comma -= s.comma < p->comma ? s.comma : p->comma;
        p->sent -= s.sent < p->sent ? s.sent : p->sent;
        p->np -= s.np < p->np ? s.np : p->np;
        p->nimg -= s.nimg < p->nimg ? s.nimg : p->nimg;
        p->nli -= s.nli < p->nli ? s.nli : p->nli;
        p->ninput -= s.ninput < p->ninput ? s.ninput : p->ninput;
        p->nembed -= s.nembed < p->nembed ? s.nembed : p->nembed;
        p->nhead_text -= s.nhead_text < p->nhead_text ? s.nhead_text : p->nhead_text;
        if (a == root)
            break;
    }
}

static int is_list_like(const xpage *pg, const xel *e, int32_t i)
{
    if (e->tag == X_UL || e->tag == X_OL)
        return 1;
    if (e->tag != X_DIV && e->tag != X_SECTION)
        return 0;
    /* A div whose element children are all lists. */
    int any = 0;
    for (int32_t j = i + 1; j < e->end; j = pg->el[j].end) {
        const xel *c = &pg->el[j];
        if (c->flags & (XF_DROP | XF_REMOVED))
            continue;
        if (c->tag != X_UL && c->tag != X_OL)
            return 0;
        any = 1;
    }
    return any;
}

/* Readability's _cleanConditionally: blocks that look like furniture, not prose. */
static int looks_like_furniture(const xpage *pg, int32_t i, enum xpass pass)
{
    const xel *e = &pg->el[i];
    switch (e->tag) {
    case X_FORM: case X_FIELDSET: case X_TABLE: case X_UL: case X_OL: case X_DIV: case X_SECTION:
    case X_DL: case X_HEADER: case X_CENTER: case X_DETAILS: case X_ARTICLE: case X_ASIDE:
        break;
    default:
        return 0;
    }
    if (e->flags & XF_ARTICLE_BODY)
        return 0;
    if (e->tag == X_TABLE && (e->flags & XF_DATA_TABLE) && link_density(e) < 0.5)
        return 0;
    int weight = pass != XPASS_BARE ? e->weight : 0;
    double score = (e->flags & XF_CANDIDATE) ? e->score : 0;
    /* Negative by class and not saved by its text.  (Readability also removes lists
     * whose -3 starting score outweighs their items; a list of short items is
     * content as often as not, so only a class can condemn it here.) */
    if (weight < 0 && weight + score < 0)
        return 1;
    if (e->sub.comma >= 10)
        return 0;
    double p = e->sub.np, img = e->sub.nimg, li = (double)e->sub.nli - 100, input = e->sub.ninput;
    double ld = link_density(e);
    uint32_t len = e->sub.text;
    double heading_density = len ? (double)e->sub.nhead_text / len : 0;
    int list = is_list_like(pg, e, i);
    int in_figure = (e->flags & XF_IN_FIGURE) != 0;
    if (img > 1 && p / img < 0.5 && !in_figure)
        return 1;
    if (!list && li > p)
        return 1;
    if (input > (double)(int)(p / 3))
        return 1;
    if (!list && heading_density < 0.9 && len < 25 && (img == 0 || img > 2) && !in_figure)
        return 1;
    if (!list && weight < 25 && ld > 0.2)
        return 1;
    if (weight >= 25 && ld > 0.5)
        return 1;
    /* A list of nothing but links (related articles without a class to say so). */
    if (list && ld > 0.75 && e->sub.nli >= 3 && e->sub.sent == 0)
        return 1;
    if ((e->sub.nembed == 1 && len < 75) || e->sub.nembed > 1)
        return 1;
    return 0;
}

/* Text of an element for the boilerplate checks: collapsed, ends stripped of decoration. */
static char *norm_block_text(const xpage *pg, int32_t i)
{
    char *t = xtext_inline(pg, i, 1);
    /* Strip decoration at both ends: brackets, arrows, bullets, colons, white space. */
    static const char *const deco[] = {" ", "\xe3\x80\x80", "\xe3\x80\x90", "\xe3\x80\x91", "[", "]",
        "(", ")", "\xef\xbc\x88", "\xef\xbc\x89", "<", ">", "\xef\xbc\x9c", "\xef\xbc\x9e",
        "\xc2\xab", "\xc2\xbb", "\xe2\x80\xb9", "\xe2\x80\xba", "\xe2\x86\x92", "\xe2\x86\x90",
        "\xe2\x96\xb6", "\xe2\x96\xb7", "\xe2\x96\xba", "\xe2\x96\xa0", "\xe2\x96\xa1",
        "\xe2\x97\x8f", "\xe2\x97\x8b", "\xe2\x97\x86", "\xe2\x97\x87", "\xe2\x96\xbc",
        "\xe2\x96\xbd", "\xe3\x83\xbb", ":", "\xef\xbc\x9a", "|", "\xef\xbd\x9c", "-",
        "\xe2\x80\x93", "\xe2\x80\x94", "!", "\xef\xbc\x81", "?", "\xef\xbc\x9f", ".",
        "\xe3\x80\x82", "\xe2\x80\xa6", "\xe3\x80\x8c", "\xe3\x80\x8d", "\xe3\x80\x8e",
        "\xe3\x80\x8f", "#", "*", "\xe2\x98\x85", "\xe2\x98\x86", "\xe2\x80\xba"};
    size_t n = strlen(t), s = 0;
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t d = 0; d < SD_ARRAY_LEN(deco); d++) {
            size_t dl = strlen(deco[d]);
            if (n - s >= dl && memcmp(t + s, deco[d], dl) == 0) {
                s += dl;
                changed = 1;
            }
            if (n - s >= dl && memcmp(t + n - dl, deco[d], dl) == 0) {
                n -= dl;
                changed = 1;
            }
        }
    }
    memmove(t, t + s, n - s);
    t[n - s] = '\0';
    for (char *p = t; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    return t;
}

static int in_list(const char *t, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(t, list[k]) == 0)
            return 1;
    return 0;
}

static int starts_with_any(const char *t, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strncmp(t, list[k], strlen(list[k])) == 0)
            return 1;
    return 0;
}

/* Lines that are never article text, whole (after normalisation). */
static const char *const boilerplate_lines[] = {
    "advertisement", "ad", "ads", "sponsored", "sponsored content", "promoted", "pr",
    "広告",
    "スポンサーリンク",
    "スポンサードリンク",
    "share", "share this", "share this article", "share this story", "share this post",
    "share on twitter", "share on facebook", "tweet", "print", "email", "print this article",
    "この記事をシェア",
    "この記事をシェアする",
    "シェア", "シェアする",
    "ツイート", "いいね",
    "ブックマーク", "印刷",
    "read more", "continue reading", "read the full story", "next page", "previous page", "next",
    "previous", "back to top", "top of page",
    "続きを読む",
    "もっと見る",
    "次のページ",
    "前のページ",
    "次へ", "前へ",
    "記事一覧",
    "一覧へ戻る",
    "ページの先頭へ",
    "トップへ戻る",
    "ページトップへ",
    "subscribe", "sign up", "sign up for our newsletter", "subscribe to our newsletter",
    "メルマガ登録",
    "広告の後に記事が続きます",
    "記事は下に続きます",
    "story continues below advertisement", "article continues below", "advertisement - scroll to continue",
};

/* Headings after which the article is over and lists of links follow. */
static const char *const end_link_markers[] = {
    "related", "related articles", "related stories", "related posts", "related news",
    "related content", "related links", "related pages", "read more", "read next", "more from", "more stories",
    "recommended", "recommended for you", "you may also like", "you might also like",
    "popular", "popular articles", "most read", "most popular", "trending", "see also",
    "further reading", "more on this topic", "latest news", "tags", "topics",
    "関連記事",
    "関連リンク",
    "関連ページ",
    "関連サイト",
    "関連ニュース",
    "関連情報",
    "あわせて読みたい",
    "こちらもおすすめ",
    "おすすめ記事",
    "人気記事",
    "アクセスランキング",
    "ランキング",
    "最新記事",
    "新着記事",
    "タグ",
    "注目の記事",
    "注目記事",
    "ピックアップ",
    "人気の記事",
    "よく読まれている記事",
    "編集部のおすすめ",
    "editor's picks", "featured", "more articles", "more news", "latest",
};

/* Headings after which comments follow: everything after them goes. */
static int is_comment_marker(const char *t)
{
    /* Digits, spaces and counters removed: "3 Comments", "コメント（12件）". */
    char buf[96];
    size_t n = 0;
    for (const char *p = t; *p && n < sizeof buf - 1; p++) {
        if ((*p >= '0' && *p <= '9') || *p == ' ' || *p == '(' || *p == ')')
            continue;
        buf[n++] = *p;
    }
    buf[n] = '\0';
    static const char *const fw[] = {"（", "）", "件"}; /* （ ） 件 */
    for (size_t k = 0; k < SD_ARRAY_LEN(fw); k++) {
        char *q;
        size_t fl = strlen(fw[k]);
        while ((q = strstr(buf, fw[k])) != NULL)
            memmove(q, q + fl, strlen(q + fl) + 1);
    }
    static const char *const markers[] = {
        "comments", "comment", "responses", "response", "replies", "leave a reply",
        "leave a comment", "join the discussion", "discussion", "reader comments",
        "コメント",
        "コメント一覧",
        "コメントを書く",
        "コメントする",
        "コメントを残す",
        "読者コメント",
        "みんなの意見",
        /* the author box and the contact box close an article too */
        "この記事を書いた人", "この記事の筆者", "著者プロフィール", "執筆者プロフィール",
        "プロフィール", "著者について", "執筆者", "about the author", "about the authors",
        "about the writer", "お問い合わせ", "お問い合わせ先", "このページに関するお問い合わせ",
        "問い合わせ先", "本件に関するお問い合わせ", "contacts", "media contacts", "media contact",
    };
    return in_list(buf, markers, SD_ARRAY_LEN(markers));
}

/* A one-line link to another article inside the body ("【関連記事】...", "Read more: ..."). */
static const char *const related_prefixes[] = {
    "関連記事",
    "関連",
    "あわせて読みたい",
    "参考記事",
    "read more", "related", "see also", "also read", "read also", "more:", "recommended",
};

static int is_copyright(const char *t)
{
    return strncmp(t, "©", 2) == 0 || strncmp(t, "copyright", 9) == 0 ||
           strncmp(t, "(c) ", 4) == 0 || strstr(t, "all rights reserved") != NULL;
}

/* Byline prefixes: "By ...", "文：...", "執筆者：...". */
static const char *const byline_prefixes[] = {
    "by ", "written by", "posted by", "author:", "reporting by", "words by",
    "文：", "文・", "文/",
    "文 ", "著者", "筆者",
    "執筆", "記者：",
    "投稿者", "取材・文",
};

static size_t utf8_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

int xtext_mostly_date(const char *t)
{
    size_t n = strlen(t), start, len;
    int64_t when;
    if (xdate_find(t, n, 0, 0, &when, &start, &len) != 0)
        return 0;
    /* The rest is a label at most ("公開日：", "Posted", "更新日 ページ番号：123"). */
    size_t rest = utf8_chars(t, n) - utf8_chars(t + start, len);
    return rest <= 20;
}

static int has_time_child(const xpage *pg, int32_t i)
{
    for (int32_t j = i + 1; j < pg->el[i].end; j++)
        if (pg->el[j].tag == X_TIME && !(pg->el[j].flags & (XF_DROP | XF_REMOVED)))
            return 1;
    return 0;
}

static int heading_repeats_title(const char *t, const char *title)
{
    if (!title || !*title)
        return 0;
    size_t tl = strlen(t), nl = strlen(title);
    if (tl == 0)
        return 0;
    /* Compare case-insensitively on ASCII (t is lower-cased already). */
    char *lt = xstrdup(title);
    for (char *p = lt; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    /* equal, or one within the other covering most of it ("Title" vs "Title（通信社）";
     * a subheading that is a word of the title is not a repeat) */
    int same = strcmp(t, lt) == 0 || (tl >= 12 && tl * 10 >= nl * 6 && strstr(lt, t) != NULL) ||
               (nl >= 12 && strstr(t, lt) != NULL && tl < nl + nl / 2);
    free(lt);
    return same;
}

static int32_t content_root_of(const xpage *pg, int32_t i)
{
    for (int32_t a = i; a >= 0; a = pg->el[a].parent)
        if (pg->el[a].flags & XF_CONTENT)
            return a;
    return -1;
}

static void clean_content(xpage *pg, enum xpass pass)
{
    /* Extent of the content: the roots are siblings or one element. */
    int32_t first = -1, last = -1;
    for (size_t k = 0; k < pg->nel; k++) {
        if (pg->el[k].flags & XF_CONTENT) {
            if (first < 0)
                first = (int32_t)k;
            last = pg->el[k].end;
            k = (size_t)pg->el[k].end - 1;
        }
    }
    if (first < 0)
        return;

    /* Bottom-up: inner blocks first so that their removal counts in their parents. */
    for (int32_t k = last - 1; k >= first; k--) {
        xel *e = &pg->el[k];
        if (e->flags & (XF_DROP | XF_REMOVED))
            continue;
        int32_t root = content_root_of(pg, k);
        if (root < 0)
            continue;
        if (k == root) {
            if (pass != XPASS_BARE && k != first && looks_like_furniture(pg, k, pass) &&
                !(e->flags & XF_CANDIDATE))
                remove_el(pg, k, -1);
            continue;
        }
        /* Class-hinted furniture kept by the lenient pass: share bars, bylines. */
        if (pass != XPASS_STRICT && (e->flags & XF_UNLIKELY) && e->sub.text < 500 &&
            !(e->flags & XF_POSITIVE)) {
            remove_el(pg, k, root);
            continue;
        }
        if (pass != XPASS_BARE && looks_like_furniture(pg, k, pass)) {
            remove_el(pg, k, root);
            continue;
        }
        /* Bylines, datelines, author boxes: short blocks that say what they are. */
        if ((e->flags & XF_META_HINT) && !(e->flags & XF_ARTICLE_BODY) && e->sub.text <= 300) {
            /* ...but not a date inside a sentence of running prose */
            const xel *b = &pg->el[e->block];
            int in_prose = (e->props & XP_INLINE) && b->sub.text > 150 && b->sub.sent > 0;
            if (!in_prose) {
                remove_el(pg, k, root);
                continue;
            }
        }
        if ((e->props & XP_HEADING) && pass != XPASS_BARE && e->weight < 0) {
            remove_el(pg, k, root);
            continue;
        }
    }

    /* Top-down: short lines that are boilerplate, and what follows end markers. */
    for (int32_t k = first; k < last; k++) {
        xel *e = &pg->el[k];
        if (e->flags & (XF_DROP | XF_REMOVED)) {
            k = e->end - 1;
            continue;
        }
        int32_t root = content_root_of(pg, k);
        if (root < 0) {
            k = e->end - 1;
            continue;
        }
        int leafish = !(e->flags & XF_HAS_BLOCK) && !(e->props & XP_INLINE);
        int heading = (e->props & XP_HEADING) != 0;
        int item = e->tag == X_LI || e->tag == X_TD || e->tag == X_TH || e->tag == X_DD ||
                   e->tag == X_DT;
        if (!leafish && !heading)
            continue;
        /* Every check below is for short blocks (a one-line related link at most 300). */
        if (e->sub.text == 0 || e->sub.text > 300 ||
            (e->sub.text > 200 && !heading && link_density(e) <= 0.5)) {
            if (!heading)
                k = e->end - 1;
            continue;
        }
        char *t = norm_block_text(pg, k);
        int remove = 0, end_links = 0, end_all = 0;
        double ld = link_density(e);
        if (heading && heading_repeats_title(t, pg->title))
            remove = 1;
        else if (in_list(t, boilerplate_lines, SD_ARRAY_LEN(boilerplate_lines)))
            remove = 1;
        else if (e->sub.text <= 120 && (heading || e->sub.text <= 60) &&
                 in_list(t, end_link_markers, SD_ARRAY_LEN(end_link_markers)))
            remove = end_links = 1;
        else if (e->sub.text <= 120 && is_comment_marker(t))
            remove = end_all = 1;
        else if (ld > 0.5 && e->sub.text <= 300 &&
                 starts_with_any(t, related_prefixes, SD_ARRAY_LEN(related_prefixes)))
            remove = 1;
        else if (e->sub.text <= 200 && is_copyright(t))
            remove = 1;
        else if (!heading && e->sub.text <= 150 && (e->flags & XF_META_HINT))
            remove = 1;
        else if (!heading && !item && e->sub.text <= 150 && xtext_mostly_date(t))
            remove = 1;
        else if (!heading && !item && e->sub.text <= 150 && has_time_child(pg, k))
            remove = 1;
        else if (!heading && !item && e->sub.text <= 120 &&
                 starts_with_any(t, byline_prefixes, SD_ARRAY_LEN(byline_prefixes)) &&
                 e->sub.sent <= 1)
            remove = 1;
        else if (!heading && !item && e->sub.text <= 80 && ld > 0.9)
            remove = 1; /* a lone link: "back to the list", "see the announcement" */
        free(t);
        if (!remove) {
            if (!heading)
                k = e->end - 1;
            continue;
        }
        remove_el(pg, k, root);
        if ((end_links || end_all) && e->parent >= 0) {
            /* The marker heads a wrapper ("関連記事" box, contact box): the wrapper goes. */
            /* Following siblings: link lists after "related", everything after "comments".
             * When the marker is the first thing in a wrapper, the wrapper's siblings go too. */
            int32_t from = k;
            for (int32_t anc = k; anc != root && anc >= 0; anc = pg->el[anc].parent) {
                from = anc;
                int32_t par = pg->el[anc].parent;
                int only = 1;
                for (int32_t j = par + 1; j < anc; j = pg->el[j].end)
                    if (!(pg->el[j].flags & (XF_DROP | XF_REMOVED)) && pg->el[j].sub.text > 0)
                        only = 0;
                if (!only || par == root)
                    break;
            }
            if (from != k && from != root)
                remove_el(pg, from, root);
            int32_t par = pg->el[from].parent;
            for (int32_t j = pg->el[from].end; par >= 0 && j < pg->el[par].end; j = pg->el[j].end) {
                xel *s = &pg->el[j];
                if (s->flags & (XF_DROP | XF_REMOVED))
                    continue;
                if (end_all || link_density(s) > 0.3 || s->tag == X_UL || s->tag == X_OL)
                    remove_el(pg, j, root);
                else
                    break;
            }
            if (pg->el[from].flags & XF_CONTENT) {
                /* The marker is a content root: later roots are after it. */
                for (int32_t j = pg->el[from].end; j < last; j = pg->el[j].end) {
                    xel *s = &pg->el[j];
                    if (!(s->flags & XF_CONTENT))
                        continue;
                    if (end_all || link_density(s) > 0.3)
                        s->flags &= ~(uint32_t)XF_CONTENT;
                    else
                        break;
                }
            }
        }
        k = e->end - 1;
    }
}

/* A heading with nothing after it ("Discussion about this post" above a dropped thread)
 * is not part of the article: drop headings that end the content. */
static void drop_trailing_headings(xpage *pg)
{
    for (size_t k = pg->nel; k-- > 0;) {
        xel *e = &pg->el[k];
        if (e->flags & (XF_DROP | XF_REMOVED) || e->sub.text == 0)
            continue;
        int32_t root = content_root_of(pg, (int32_t)k);
        if (root < 0)
            continue;
        if (e->props & XP_HEADING) {
            if ((int32_t)k != root)
                remove_el(pg, (int32_t)k, root);
            continue;
        }
        if (!(e->flags & XF_HAS_BLOCK) && !(e->props & XP_INLINE))
            return; /* the last block of text is not a heading */
    }
}

size_t xpage_find_content(xpage *pg, enum xpass pass, double *score)
{
    *score = 0;
    if (pg->nel == 0)
        return 0;
    compute_stats(pg, pass);
    int32_t best = choose_top(pg, pass);
    if (best < 0)
        return 0;
    *score = pg->el[best].score;
    size_t n = mark_content(pg, best);
    clean_content(pg, pass);
    drop_trailing_headings(pg);
    size_t roots = 0;
    for (size_t k = 0; k < pg->nel; k++)
        if ((pg->el[k].flags & XF_CONTENT) && !(pg->el[k].flags & XF_REMOVED))
            roots++;
    (void)n;
    return roots;
}

char *xpage_content_text(xpage *pg)
{
    return xtext_serialize(pg);
}

char *xpage_element_text(const xpage *pg, int32_t i, int skip_dropped)
{
    return xtext_inline(pg, i, skip_dropped);
}
