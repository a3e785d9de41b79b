/*
 * extract_meta: title, publication time, author, language and canonical URL
 * of a page, from what the page declares, best source first:
 *
 *   title      og:title, JSON-LD headline, twitter:title, <title>; the site's
 *              name (og:site_name, application-name, JSON-LD publisher) is cut
 *              off wherever it stands ("記事 | サイト", "Site - Story")
 *   published  JSON-LD datePublished, article:published_time and the other
 *              usual meta names, itemprop=datePublished, <time pubdate>;
 *              then (extract.c) dates written in the page near the article
 *   author     JSON-LD author, meta author, itemprop=author, rel=author,
 *              byline elements
 *   language   lang/xml:lang, Content-Language, og:locale, JSON-LD
 *              inLanguage, checked against the script of the text
 *   canonical  <link rel=canonical>, og:url, JSON-LD url, made absolute
 *
 * JSON-LD is parsed with cJSON (its own nesting limit); the search through
 * it is bounded in depth.
 */
#include "extract/extract_internal.h"
#include "text/markup.h"
#include "text/url.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* strcasestr is a GNU extension; this is its portable, ASCII-only equivalent. */
static const char *ci_strstr(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return hay;
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0)
            return hay;
    return NULL;
}

#define LD_MAX_BYTES (2u * 1024u * 1024u)
#define LD_MAX_DEPTH 8

/* Text of a node's children (title, script), concatenated, not collapsed. */
static char *node_raw_text(const xnode *n)
{
    strbuf sb = STRBUF_INIT;
    for (const xnode *c = n->children; c; c = c->next)
        if (c->type == XN_TEXT && c->content)
            strbuf_puts(&sb, c->content);
    return strbuf_detach(&sb);
}

static char *clean_text(const char *s)
{
    if (!s)
        return NULL;
    char *dec = markup_decode_entities(s, strlen(s));
    char *c = text_collapse_space(dec, strlen(dec));
    free(dec);
    if (!*c) {
        free(c);
        return NULL;
    }
    return c;
}

static void set_once(char **dst, const char *v)
{
    if (*dst || !v)
        return;
    *dst = clean_text(v);
}

/* ---- JSON-LD ------------------------------------------------------------------------------ */

typedef struct ldinfo {
    int rank;
    char *headline, *published, *author, *body, *lang, *url, *publisher;
    char *site_name; /* WebSite.name */
} ldinfo;

static int ld_type_rank(const cJSON *obj)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(obj, "@type");
    static const struct { const char *type; int rank; } types[] = {
        {"NewsArticle", 4}, {"ReportageNewsArticle", 4}, {"AnalysisNewsArticle", 4},
        {"OpinionNewsArticle", 4}, {"BackgroundNewsArticle", 4}, {"ReviewNewsArticle", 4},
        {"Article", 3}, {"BlogPosting", 3}, {"TechArticle", 3}, {"Report", 3},
        {"ScholarlyArticle", 3}, {"LiveBlogPosting", 3}, {"SocialMediaPosting", 2},
        {"DiscussionForumPosting", 2}, {"WebPage", 1}, {"ItemPage", 1},
    };
    int best = 0;
    const cJSON *one = t;
    int is_array = cJSON_IsArray(t);
    const cJSON *it = is_array ? t->child : one;
    for (; it; it = is_array ? it->next : NULL) {
        if (!cJSON_IsString(it) || !it->valuestring)
            continue;
        const char *name = it->valuestring;
        const char *slash = strrchr(name, '/'); /* "http://schema.org/NewsArticle" */
        if (slash)
            name = slash + 1;
        for (size_t k = 0; k < SD_ARRAY_LEN(types); k++)
            if (strcmp(name, types[k].type) == 0 && types[k].rank > best)
                best = types[k].rank;
    }
    return best;
}

static int ld_is_type(const cJSON *obj, const char *type)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(obj, "@type");
    if (cJSON_IsString(t))
        return strcmp(t->valuestring, type) == 0;
    if (cJSON_IsArray(t))
        for (const cJSON *it = t->child; it; it = it->next)
            if (cJSON_IsString(it) && strcmp(it->valuestring, type) == 0)
                return 1;
    return 0;
}

static const char *ld_str(const cJSON *obj, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (cJSON_IsString(v) && v->valuestring && *v->valuestring)
        return v->valuestring;
    if (cJSON_IsArray(v) && cJSON_IsString(v->child) && v->child->valuestring)
        return v->child->valuestring;
    return NULL;
}

static void ld_names(const cJSON *v, strbuf *sb, int depth)
{
    if (!v || depth > 3)
        return;
    if (cJSON_IsString(v) && v->valuestring && *v->valuestring) {
        if (strncmp(v->valuestring, "http", 4) == 0)
            return;
        if (sb->len)
            strbuf_puts(sb, ", ");
        strbuf_puts(sb, v->valuestring);
    } else if (cJSON_IsArray(v)) {
        for (const cJSON *it = v->child; it; it = it->next)
            ld_names(it, sb, depth + 1);
    } else if (cJSON_IsObject(v)) {
        const char *name = ld_str(v, "name");
        if (name) {
            if (sb->len)
                strbuf_puts(sb, ", ");
            strbuf_puts(sb, name);
        }
    }
}

static void ld_take(ldinfo *ld, const cJSON *obj, int rank)
{
    ld->rank = rank;
    free(ld->headline);
    free(ld->published);
    free(ld->author);
    free(ld->body);
    free(ld->lang);
    free(ld->url);
    const char *h = ld_str(obj, "headline");
    if (!h)
        h = ld_str(obj, "name");
    ld->headline = xstrdup(h);
    ld->published = xstrdup(ld_str(obj, "datePublished"));
    if (!ld->published)
        ld->published = xstrdup(ld_str(obj, "dateCreated"));
    strbuf sb = STRBUF_INIT;
    ld_names(cJSON_GetObjectItemCaseSensitive(obj, "author"), &sb, 0);
    if (!sb.len)
        ld_names(cJSON_GetObjectItemCaseSensitive(obj, "creator"), &sb, 0);
    ld->author = sb.len ? strbuf_detach(&sb) : NULL;
    strbuf_free(&sb);
    ld->body = xstrdup(ld_str(obj, "articleBody"));
    if (!ld->body && rank >= 2)
        ld->body = xstrdup(ld_str(obj, "text"));
    const cJSON *lang = cJSON_GetObjectItemCaseSensitive(obj, "inLanguage");
    if (cJSON_IsObject(lang))
        ld->lang = xstrdup(ld_str(lang, "alternateName"));
    else
        ld->lang = xstrdup(ld_str(obj, "inLanguage"));
    const char *u = ld_str(obj, "url");
    const cJSON *me = cJSON_GetObjectItemCaseSensitive(obj, "mainEntityOfPage");
    if (!u && cJSON_IsObject(me))
        u = ld_str(me, "@id");
    if (!u && cJSON_IsString(me))
        u = me->valuestring;
    ld->url = xstrdup(u);
    const cJSON *pub = cJSON_GetObjectItemCaseSensitive(obj, "publisher");
    if (cJSON_IsObject(pub) && ld_str(pub, "name") && !ld->publisher)
        ld->publisher = xstrdup(ld_str(pub, "name"));
}

static void ld_visit(ldinfo *ld, const cJSON *v, int depth)
{
    if (!v || depth > LD_MAX_DEPTH)
        return;
    if (cJSON_IsArray(v)) {
        for (const cJSON *it = v->child; it; it = it->next)
            ld_visit(ld, it, depth + 1);
        return;
    }
    if (!cJSON_IsObject(v))
        return;
    int rank = ld_type_rank(v);
    if (rank > ld->rank)
        ld_take(ld, v, rank);
    if (ld_is_type(v, "WebSite") && !ld->site_name && ld_str(v, "name"))
        ld->site_name = xstrdup(ld_str(v, "name"));
    ld_visit(ld, cJSON_GetObjectItemCaseSensitive(v, "@graph"), depth + 1);
    ld_visit(ld, cJSON_GetObjectItemCaseSensitive(v, "mainEntity"), depth + 1);
}

/* Raw JSON-LD as pages write it: inside comments or CDATA, with raw line breaks in strings. */
static void ld_parse(ldinfo *ld, const char *raw)
{
    size_t n = strlen(raw);
    if (n == 0 || n > LD_MAX_BYTES)
        return;
    const char *s = raw;
    while (*s && *s != '{' && *s != '[')
        s++;
    const char *e = raw + n;
    while (e > s && e[-1] != '}' && e[-1] != ']')
        e--;
    if (e <= s)
        return;
    strbuf sb = STRBUF_INIT;
    strbuf_grow(&sb, (size_t)(e - s) + 16);
    int in_str = 0, esc = 0;
    for (const char *p = s; p < e; p++) {
        char c = *p;
        if (in_str) {
            if (esc)
                esc = 0;
            else if (c == '\\')
                esc = 1;
            else if (c == '"')
                in_str = 0;
            else if (c == '\n') {
                strbuf_puts(&sb, "\\n");
                continue;
            } else if (c == '\r') {
                continue;
            } else if (c == '\t') {
                strbuf_puts(&sb, "\\t");
                continue;
            }
        } else if (c == '"') {
            in_str = 1;
        }
        strbuf_putc(&sb, c);
    }
    cJSON *j = cJSON_ParseWithLength(strbuf_cstr(&sb), sb.len);
    strbuf_free(&sb);
    if (!j)
        return;
    ld_visit(ld, j, 0);
    cJSON_Delete(j);
}

static void ld_free(ldinfo *ld)
{
    free(ld->headline);
    free(ld->published);
    free(ld->author);
    free(ld->body);
    free(ld->lang);
    free(ld->url);
    free(ld->publisher);
    free(ld->site_name);
}

/* ---- titles ------------------------------------------------------------------------------- */

static const char *const title_seps[] = {
    " | ", " - ", " – ", " — ", " :: ", " : ", " / ", " · ", " » ", " « ", " ｜ ", "｜", " │ ",
    "│", "|", "：", " ‐ ", " ― ", "―",
};

static int weighted(const char *s, size_t n)
{
    uint32_t w, c, st;
    xtext_measure(s, n, &w, &c, &st);
    return (int)w;
}

static int same_name(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    while (an > 0 && a[an - 1] == ' ')
        an--;
    while (an > 0 && *a == ' ')
        a++, an--;
    if (an == 0 || bn == 0)
        return 0;
    if (an == bn && strncasecmp(a, b, an) == 0)
        return 1;
    /* "Example News" vs "Example News Japan": one contains the other as a whole. */
    if (an >= 3 && bn >= 3) {
        char *x = xstrndup(a, an);
        int r = ci_strstr(b, x) != NULL || (ci_strstr(x, b) != NULL && bn * 2 >= an);
        free(x);
        return r;
    }
    return 0;
}

/* Cut a site name off either end of a title. */
static char *strip_site(const char *title, char *const *names, size_t nnames)
{
    char *t = xstrdup(title);
    for (int round = 0; round < 3; round++) {
        int changed = 0;
        for (size_t s = 0; s < SD_ARRAY_LEN(title_seps) && !changed; s++) {
            const char *sep = title_seps[s];
            size_t sl = strlen(sep);
            /* suffix: the last separator */
            const char *last = NULL;
            for (const char *p = strstr(t, sep); p; p = strstr(p + 1, sep))
                last = p;
            if (last && last != t) {
                const char *suf = last + sl;
                for (size_t k = 0; k < nnames && !changed; k++) {
                    if (names[k] && same_name(suf, strlen(suf), names[k])) {
                        char *nt = xstrndup(t, (size_t)(last - t));
                        free(t);
                        t = nt;
                        changed = 1;
                    }
                }
            }
            const char *first = strstr(t, sep);
            if (!changed && first && first != t) {
                for (size_t k = 0; k < nnames && !changed; k++) {
                    if (names[k] && same_name(t, (size_t)(first - t), names[k]) && first[sl]) {
                        char *nt = xstrdup(first + sl);
                        free(t);
                        t = nt;
                        changed = 1;
                    }
                }
            }
        }
        if (!changed)
            break;
    }
    char *c = text_collapse_space(t, strlen(t));
    free(t);
    return c;
}

/* <title> with no site name known: keep the longer side of the last separator, or
 * the side the page's <h1> repeats. */
static char *guess_title(const char *title, const char *h1)
{
    if (h1 && *h1 && strstr(title, h1))
        return xstrdup(h1);
    for (size_t s = 0; s < SD_ARRAY_LEN(title_seps); s++) {
        const char *sep = title_seps[s];
        const char *last = NULL;
        for (const char *p = strstr(title, sep); p; p = strstr(p + 1, sep))
            last = p;
        if (!last || last == title)
            continue;
        const char *b = last + strlen(sep);
        int wa = weighted(title, (size_t)(last - title)), wb = weighted(b, strlen(b));
        if (wb == 0)
            continue;
        char *pick = wa >= wb ? xstrndup(title, (size_t)(last - title)) : xstrdup(b);
        char *c = text_collapse_space(pick, strlen(pick));
        free(pick);
        return c;
    }
    return xstrdup(title);
}

/* ---- collecting --------------------------------------------------------------------------- */

typedef struct rawmeta {
    char *og_title, *tw_title, *og_site, *app_name, *og_url, *og_locale, *canonical, *base;
    char *html_lang, *content_lang, *meta_lang, *title_tag, *h1, *itemprop_headline;
    char *dates[12];     /* published, best first */
    char *authors[7];    /* best first */
} rawmeta;

enum { D_LD = 0, D_ARTICLE, D_ITEMPROP_META, D_NAMED, D_DC, D_TIME, D_ITEMPROP_EL };
enum { A_LD = 0, A_META, A_ITEMPROP, A_REL, A_DC, A_BYLINE, A_TEXT };

static int inside_comments(const xpage *pg, int32_t i)
{
    for (int32_t a = i; a >= 0; a = pg->el[a].parent)
        if (pg->el[a].flags & XF_COMMENTS)
            return 1;
    return 0;
}

/* Does the element's text start inside a link ("<a>By Date</a>" is navigation)? */
static int first_text_in_link(const xpage *pg, int32_t i)
{
    int32_t t = pg->el[i].first_tx;
    return t >= 0 && (pg->el[pg->tx[t].owner].flags & XF_LINK) != 0;
}

static int is_url(const char *s)
{
    return s && (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0 || s[0] == '/');
}

static void meta_tag(rawmeta *r, const xnode *n)
{
    const char *content = xattr(n, "content");
    if (!content)
        return;
    const char *prop = xattr(n, "property");
    const char *name = xattr(n, "name");
    const char *ip = xattr(n, "itemprop");
    const char *he = xattr(n, "http-equiv");
    const char *keys[3] = {prop, name, ip};
    for (int k = 0; k < 3; k++) {
        const char *key = keys[k];
        if (!key)
            continue;
        if (strcasecmp(key, "og:title") == 0)
            set_once(&r->og_title, content);
        else if (strcasecmp(key, "twitter:title") == 0)
            set_once(&r->tw_title, content);
        else if (strcasecmp(key, "og:site_name") == 0)
            set_once(&r->og_site, content);
        else if (strcasecmp(key, "application-name") == 0 || strcasecmp(key, "apple-mobile-web-app-title") == 0)
            set_once(&r->app_name, content);
        else if (strcasecmp(key, "og:url") == 0)
            set_once(&r->og_url, content);
        else if (strcasecmp(key, "og:locale") == 0)
            set_once(&r->og_locale, content);
        else if (strcasecmp(key, "language") == 0 || strcasecmp(key, "dc.language") == 0)
            set_once(&r->meta_lang, content);
        else if (strcasecmp(key, "headline") == 0)
            set_once(&r->itemprop_headline, content);
        else if (strcasecmp(key, "article:published_time") == 0 ||
                 strcasecmp(key, "og:article:published_time") == 0 ||
                 strcasecmp(key, "og:published_time") == 0)
            set_once(&r->dates[D_ARTICLE], content);
        else if (strcasecmp(key, "datePublished") == 0)
            set_once(&r->dates[D_ITEMPROP_META], content);
        else if (strcasecmp(key, "pubdate") == 0 || strcasecmp(key, "publishdate") == 0 ||
                 strcasecmp(key, "publish_date") == 0 || strcasecmp(key, "publish-date") == 0 ||
                 strcasecmp(key, "pub_date") == 0 || strcasecmp(key, "sailthru.date") == 0 ||
                 strcasecmp(key, "parsely-pub-date") == 0 || strcasecmp(key, "article.published") == 0 ||
                 strcasecmp(key, "citation_publication_date") == 0 ||
                 strcasecmp(key, "originalpublicationdate") == 0 || strcasecmp(key, "date") == 0 ||
                 strcasecmp(key, "release_date") == 0)
            set_once(&r->dates[D_NAMED], content);
        else if (strcasecmp(key, "dc.date.issued") == 0 || strcasecmp(key, "dcterms.issued") == 0 ||
                 strcasecmp(key, "dc.date") == 0 || strcasecmp(key, "dcterms.created") == 0 ||
                 strcasecmp(key, "dcterms.date") == 0)
            set_once(&r->dates[D_DC], content);
        else if (strcasecmp(key, "author") == 0 || strcasecmp(key, "article:author") == 0 ||
                 strcasecmp(key, "byl") == 0 || strcasecmp(key, "parsely-author") == 0 ||
                 strcasecmp(key, "sailthru.author") == 0) {
            if (!is_url(content))
                set_once(&r->authors[A_META], content);
        } else if (strcasecmp(key, "dc.creator") == 0 || strcasecmp(key, "dcterms.creator") == 0)
            set_once(&r->authors[A_DC], content);
    }
    if (he && strcasecmp(he, "content-language") == 0)
        set_once(&r->content_lang, content);
}

static void rawmeta_free(rawmeta *r)
{
    char **all[] = {&r->og_title, &r->tw_title, &r->og_site, &r->app_name, &r->og_url,
                    &r->og_locale, &r->canonical, &r->base, &r->html_lang, &r->content_lang,
                    &r->meta_lang, &r->title_tag, &r->h1, &r->itemprop_headline};
    for (size_t k = 0; k < SD_ARRAY_LEN(all); k++)
        free(*all[k]);
    for (size_t k = 0; k < SD_ARRAY_LEN(r->dates); k++)
        free(r->dates[k]);
    for (size_t k = 0; k < SD_ARRAY_LEN(r->authors); k++)
        free(r->authors[k]);
}

/* "By Jane Doe", "文：山田太郎", "Jane Doe | Nov 18, 2025": the name alone. */
static char *clean_author(const char *s)
{
    if (!s)
        return NULL;
    char *c = clean_text(s);
    if (!c)
        return NULL;
    static const char *const prefixes[] = {
        "By ", "by ", "BY ", "Written by ", "written by ", "Posted by ", "posted by ", "Author: ",
        "Author:", "文：", "文・", "文/", "著者：", "著者:", "筆者：", "執筆者：", "執筆：",
        "記者：", "投稿者：", "投稿者:", "投稿者 ", "取材・文：", "取材・文/", "Text: ",
    };
    char *p = c;
    for (int again = 1; again;) {
        again = 0;
        for (size_t k = 0; k < SD_ARRAY_LEN(prefixes); k++) {
            size_t l = strlen(prefixes[k]);
            if (strncmp(p, prefixes[k], l) == 0) {
                p += l;
                while (*p == ' ')
                    p++;
                again = 1;
            }
        }
    }
    /* cut at a separator followed by a date or other matter */
    static const char *const cuts[] = {" | ", "｜", " - ", " – ", " — ", " on ", "　", " 20", ", 20",
                                       " : ", " ：", " at "};
    for (size_t k = 0; k < SD_ARRAY_LEN(cuts); k++) {
        char *q = strstr(p, cuts[k]);
        if (q && q != p)
            *q = '\0';
    }
    size_t n = strlen(p);
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ',' || p[n - 1] == '|'))
        p[--n] = '\0';
    char *r = n > 0 && n <= 120 ? xstrdup(p) : NULL;
    free(c);
    return r;
}

/* The name in a line that starts like a byline, or NULL. */
static char *byline_name(const char *line)
{
    static const char *const ja[] = {"投稿者", "文：", "文・", "執筆者", "執筆：", "記者：", "筆者：",
                                     "著者：", "取材・文"};
    static const char *const en[] = {"By ", "Posted by ", "Written by ", "Author: "};
    int is_ja = 0, is_en = 0;
    for (size_t k = 0; k < SD_ARRAY_LEN(ja); k++)
        if (strncmp(line, ja[k], strlen(ja[k])) == 0)
            is_ja = 1;
    for (size_t k = 0; k < SD_ARRAY_LEN(en); k++)
        if (strncmp(line, en[k], strlen(en[k])) == 0)
            is_en = 1;
    if (!is_ja && !is_en)
        return NULL;
    char *name = clean_author(line);
    if (!name)
        return NULL;
    /* A name, not a sentence: short, no sentence punctuation; in English, capitalised words. */
    int ok = strlen(name) <= 90 && !strpbrk(name, ".!?") && !strstr(name, "。") && !strstr(name, "、");
    if (ok && is_en) {
        int words = 0;
        for (const char *p = name; *p;) {
            while (*p == ' ')
                p++;
            if (!*p)
                break;
            words++;
            if (!(*p >= 'A' && *p <= 'Z') && strncmp(p, "and ", 4) != 0 && *p != '&')
                ok = 0;
            while (*p && *p != ' ')
                p++;
        }
        if (words > 6)
            ok = 0;
    }
    if (!ok) {
        free(name);
        return NULL;
    }
    return name;
}

static char *primary_subtag(const char *lang)
{
    if (!lang)
        return NULL;
    while (*lang == ' ')
        lang++;
    size_t n = 0;
    while (lang[n] && ((lang[n] >= 'a' && lang[n] <= 'z') || (lang[n] >= 'A' && lang[n] <= 'Z')))
        n++;
    if (n < 2 || n > 3)
        return NULL;
    char *r = xstrndup(lang, n);
    for (char *p = r; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    return r;
}

static int has_japanese(const char *s)
{
    if (!s)
        return 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += xutf8_decode(u + i, n - i, &cp);
        if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF))
            return 1;
    }
    return 0;
}

void xmeta_collect(const xpage *pg, const char *base_url, int64_t now, xmeta *m)
{
    memset(m, 0, sizeof *m);
    m->published = SD_TIME_NONE;
    rawmeta r;
    memset(&r, 0, sizeof r);
    ldinfo ld;
    memset(&ld, 0, sizeof ld);

    for (size_t k = 0; k < pg->nel; k++) {
        const xel *e = &pg->el[k];
        const xnode *n = e->node;
        const char *nm = n->name;
        switch (e->tag) {
        case X_HTML:
            if (!r.html_lang) {
                const char *l = xattr(n, "lang");
                if (!l)
                    l = xattr(n, "xml:lang");
                set_once(&r.html_lang, l);
            }
            break;
        case X_TITLE:
            if (!r.title_tag) {
                char *t = node_raw_text(n);
                r.title_tag = clean_text(t);
                free(t);
            }
            break;
        case X_META:
            meta_tag(&r, n);
            break;
        case X_LINK: {
            const char *rel = xattr(n, "rel");
            if (rel && ci_strstr(rel, "canonical"))
                set_once(&r.canonical, xattr(n, "href"));
            break;
        }
        case X_SCRIPT: {
            const char *type = xattr(n, "type");
            if (type && ci_strstr(type, "ld+json")) {
                char *t = node_raw_text(n);
                ld_parse(&ld, t);
                free(t);
            }
            break;
        }
        case X_H1:
            if (!r.h1 && !(e->flags & XF_DROP_STATIC)) {
                char *t = xtext_inline(pg, (int32_t)k, 0);
                if (*t)
                    r.h1 = t;
                else
                    free(t);
            }
            break;
        case X_TIME:
            if (!(e->flags & XF_DROP_STATIC) && (xattr(n, "pubdate") || (xattr(n, "itemprop") &&
                                                  strstr(xattr(n, "itemprop"), "datePublished"))))
                set_once(&r.dates[D_TIME], xattr(n, "datetime"));
            break;
        default:
            if (nm && strcmp(nm, "base") == 0)
                set_once(&r.base, xattr(n, "href"));
            break;
        }
        if (e->tag != X_META && !(e->flags & XF_HIDDEN)) {
            const char *ip = xattr(n, "itemprop");
            if (ip && strstr(ip, "datePublished") && !r.dates[D_ITEMPROP_EL]) {
                const char *v = xattr(n, "datetime");
                if (!v)
                    v = xattr(n, "content");
                if (v)
                    set_once(&r.dates[D_ITEMPROP_EL], v);
                else {
                    char *t = xtext_inline(pg, (int32_t)k, 0);
                    set_once(&r.dates[D_ITEMPROP_EL], t);
                    free(t);
                }
            }
            if (ip && strstr(ip, "author") && !r.authors[A_ITEMPROP]) {
                /* itemprop=author, or its itemprop=name inside */
                int32_t pick = (int32_t)k;
                for (int32_t j = (int32_t)k + 1; j < e->end; j++) {
                    const char *ipn = xattr(pg->el[j].node, "itemprop");
                    if (ipn && strcmp(ipn, "name") == 0) {
                        pick = j;
                        break;
                    }
                }
                const char *c = xattr(pg->el[pick].node, "content");
                if (c)
                    set_once(&r.authors[A_ITEMPROP], c);
                else {
                    char *t = xtext_inline(pg, pick, 0);
                    if (strlen(t) <= 200)
                        set_once(&r.authors[A_ITEMPROP], t);
                    free(t);
                }
            }
            if (ip && strcmp(ip, "headline") == 0 && !r.itemprop_headline) {
                char *t = xtext_inline(pg, (int32_t)k, 0);
                set_once(&r.itemprop_headline, t);
                free(t);
            }
            if (e->tag == X_A && !r.authors[A_REL]) {
                const char *rel = xattr(n, "rel");
                if (rel && strstr(rel, "author")) {
                    char *t = xtext_inline(pg, (int32_t)k, 0);
                    if (strlen(t) <= 120)
                        set_once(&r.authors[A_REL], t);
                    free(t);
                }
            }
            if ((e->flags & XF_BYLINE_HINT) && !r.authors[A_BYLINE] && !inside_comments(pg, (int32_t)k) &&
                e->end - (int32_t)k < 20) {
                char *t = xtext_inline(pg, (int32_t)k, 0);
                if (strlen(t) <= 200)
                    set_once(&r.authors[A_BYLINE], t);
                free(t);
            }
        }
    }
    /* Last resort: a short line that starts like a byline ("投稿者 速報デスク : 13:05",
     * "By Jane Doe"), outside comment threads. */
    if (!r.authors[A_LD] && !r.authors[A_META] && !r.authors[A_ITEMPROP] && !r.authors[A_REL] &&
        !r.authors[A_BYLINE] && !ld.author) {
        size_t tried = 0;
        for (size_t k = 0; k < pg->nel && tried < 400 && !r.authors[A_TEXT]; k++) {
            const xel *e = &pg->el[k];
            if ((e->props & XP_INLINE) || (e->flags & (XF_HAS_BLOCK | XF_HIDDEN)) || e->raw_text == 0 ||
                e->raw_text > 150 || inside_comments(pg, (int32_t)k) || e->tag == X_TABLE ||
                e->tag == X_TR || e->tag == X_TBODY || e->tag == X_UL || e->tag == X_OL ||
                e->tag == X_DL || first_text_in_link(pg, (int32_t)k))
                continue;
            tried++;
            char *t = xtext_inline(pg, (int32_t)k, 0);
            char *name = byline_name(t);
            if (name)
                r.authors[A_TEXT] = name;
            free(t);
        }
    }
    set_once(&r.dates[D_LD], ld.published);
    set_once(&r.authors[A_LD], ld.author);

    /* Site names, for cutting them out of titles. */
    char *names[4] = {r.og_site, r.app_name, ld.publisher, ld.site_name};
    m->site_name = xstrdup(r.og_site ? r.og_site : ld.publisher ? ld.publisher : ld.site_name);

    /* Title. */
    char *ld_head = clean_text(ld.headline);
    const char *declared_title = r.og_title ? r.og_title : ld_head ? ld_head : r.tw_title ? r.tw_title
                                                                              : r.itemprop_headline;
    if (declared_title) {
        m->title = strip_site(declared_title, names, SD_ARRAY_LEN(names));
        /* og:title carrying the same site suffix as <title>, with no site name declared */
        if (r.title_tag && strcmp(m->title, declared_title) == 0) {
            char *g = guess_title(r.title_tag, NULL);
            if (strcmp(g, r.title_tag) != 0 && strstr(m->title, g) == m->title &&
                strlen(m->title) > strlen(g)) {
                const char *rest = m->title + strlen(g);
                int sep_follows = 0;
                for (size_t s = 0; s < SD_ARRAY_LEN(title_seps); s++)
                    if (strncmp(rest, title_seps[s], strlen(title_seps[s])) == 0)
                        sep_follows = 1;
                if (sep_follows) {
                    free(m->title);
                    m->title = g;
                    g = NULL;
                }
            }
            free(g);
        }
    } else if (r.title_tag) {
        char *s = strip_site(r.title_tag, names, SD_ARRAY_LEN(names));
        if (strcmp(s, r.title_tag) == 0) {
            m->title = guess_title(s, r.h1);
            free(s);
        } else {
            m->title = s;
        }
    } else if (r.h1) {
        m->title = xstrdup(r.h1);
    }
    if (m->title && !*m->title) {
        free(m->title);
        m->title = NULL;
    }
    free(ld_head);

    /* Language as declared. */
    const char *decl = r.html_lang ? r.html_lang : r.content_lang ? r.content_lang
                       : ld.lang ? ld.lang : r.meta_lang ? r.meta_lang : r.og_locale;
    m->declared_lang = primary_subtag(decl);

    /* Publication time: zone-less values are in the page's zone. */
    int ja = (m->declared_lang && strcmp(m->declared_lang, "ja") == 0) || has_japanese(m->title);
    int tz = ja ? 9 * 3600 : 0;
    m->tz_offset = tz;
    for (size_t k = 0; k < SD_ARRAY_LEN(r.dates) && m->published == SD_TIME_NONE; k++) {
        int64_t t;
        if (r.dates[k] && xdate_parse(r.dates[k], tz, now, &t) == 0)
            m->published = t;
    }

    /* Author. */
    for (size_t k = 0; k < SD_ARRAY_LEN(r.authors) && !m->author; k++)
        m->author = clean_author(r.authors[k]);

    /* Canonical URL, absolute. */
    char *base = NULL;
    if (r.base)
        base = base_url ? url_resolve(base_url, r.base) : (url_is_http(r.base) ? xstrdup(r.base) : NULL);
    const char *against = base ? base : base_url;
    const char *cands[3] = {r.canonical, r.og_url, ld.url};
    for (int k = 0; k < 3 && !m->canonical; k++) {
        if (!cands[k] || !*cands[k])
            continue;
        char *abs = against ? url_resolve(against, cands[k]) : NULL;
        if (!abs && url_is_http(cands[k]))
            abs = xstrdup(cands[k]);
        if (abs && url_is_http(abs))
            m->canonical = abs;
        else
            free(abs);
    }
    free(base);

    /* JSON-LD articleBody, in the text format of the module. */
    if (ld.body) {
        char *plain;
        if (strchr(ld.body, '<') && strchr(ld.body, '>'))
            plain = markup_to_text(ld.body, strlen(ld.body), 1);
        else
            plain = markup_decode_entities(ld.body, strlen(ld.body));
        m->ld_body = xtext_normalize_plain(plain);
        free(plain);
        if (!*m->ld_body) {
            free(m->ld_body);
            m->ld_body = NULL;
        }
    }
    rawmeta_free(&r);
    ld_free(&ld);
}

void xmeta_free(xmeta *m)
{
    if (!m)
        return;
    free(m->title);
    free(m->author);
    free(m->language);
    free(m->canonical);
    free(m->site_name);
    free(m->ld_body);
    free(m->declared_lang);
    memset(m, 0, sizeof *m);
}

/* ---- language ----------------------------------------------------------------------------- */

static int english_words(const char *s, size_t n)
{
    static const char *const stop[] = {"the", "and", "of", "to", "in", "is", "a", "for",
                                       "that", "with", "on", "was", "are", "by", "it", "as"};
    size_t words = 0, hits = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
            i++;
        size_t st = i;
        while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
            i++;
        if (i == st)
            break;
        words++;
        size_t l = i - st;
        for (size_t k = 0; k < SD_ARRAY_LEN(stop); k++)
            if (strlen(stop[k]) == l && strncasecmp(s + st, stop[k], l) == 0) {
                hits++;
                break;
            }
    }
    return words >= 5 && hits * 100 >= words * 8;
}

char *xmeta_language(const char *declared, const char *text)
{
    const char *detected = NULL;
    if (text) {
        size_t n = strlen(text);
        if (n > 6000)
            n = 6000;
        size_t kana = 0, han = 0, hangul = 0, latin = 0, other = 0;
        const unsigned char *u = (const unsigned char *)text;
        for (size_t i = 0; i < n;) {
            uint32_t cp;
            i += xutf8_decode(u + i, n - i, &cp);
            if (cp >= 0x3040 && cp <= 0x30FF)
                kana++;
            else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))
                han++;
            else if (cp >= 0xAC00 && cp <= 0xD7AF)
                hangul++;
            else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F))
                latin++;
            else if (cp > 0x24F && !xtext_is_cjk(cp) && cp != 0xFFFD)
                other++;
        }
        size_t total = kana + han + hangul + latin + other;
        if (total >= 10) {
            if ((kana + han) * 5 >= total && kana * 10 >= kana + han && kana > 0)
                detected = "ja";
            else if (hangul * 10 >= total * 3)
                detected = "ko";
            else if (han * 10 >= total * 3 && kana == 0)
                detected = "zh";
            else if (latin * 2 >= total && english_words(text, n))
                detected = "en";
            else if (latin * 2 >= total)
                detected = "latin";
        }
    }
    char *decl = primary_subtag(declared);
    if (!detected)
        return decl;
    if (!decl)
        return strcmp(detected, "latin") == 0 ? NULL : xstrdup(detected);
    int decl_cjk = strcmp(decl, "ja") == 0 || strcmp(decl, "zh") == 0 || strcmp(decl, "ko") == 0;
    if (strcmp(detected, "latin") == 0) {
        if (!decl_cjk)
            return decl;
        free(decl);
        return NULL;
    }
    if (strcmp(detected, decl) == 0)
        return decl;
    if (strcmp(detected, "en") == 0 && !decl_cjk)
        return decl; /* English-looking text on a page declared in another Latin language */
    free(decl);
    return xstrdup(detected);
}

/* ---- dates written in the page ----------------------------------------------------------- */

static int label_score(const char *t)
{
    static const char *const pub[] = {"公開", "掲載", "投稿", "配信", "発表", "発行", "published",
                                      "posted", "Published", "Posted", "公表", "登録"};
    static const char *const upd[] = {"更新", "updated", "Updated", "modified", "Modified",
                                      "改訂", "修正", "Last"};
    for (size_t k = 0; k < SD_ARRAY_LEN(pub); k++)
        if (strstr(t, pub[k]))
            return 2;
    for (size_t k = 0; k < SD_ARRAY_LEN(upd); k++)
        if (strstr(t, upd[k]))
            return -2;
    return 0;
}

static int inside_boilerplate(const xpage *pg, int32_t i)
{
    for (int32_t a = i; a >= 0; a = pg->el[a].parent)
        if (pg->el[a].flags & (XF_COMMENTS | XF_UNLIKELY | XF_DROP_STATIC))
            return 1;
    return 0;
}

int64_t xmeta_text_date(const xpage *pg, int tz_offset, int64_t now, const char *content_text)
{
    int32_t anchor = -1;
    for (size_t k = 0; k < pg->nel; k++)
        if (pg->el[k].flags & XF_CONTENT) {
            anchor = (int32_t)k;
            break;
        }
    /* 1. Elements that say they hold a date, and <time>: best label, then nearest the article. */
    int64_t best = SD_TIME_NONE;
    int best_label = -100;
    long best_dist = 0;
    size_t seen = 0;
    for (size_t k = 0; k < pg->nel && seen < 200; k++) {
        const xel *e = &pg->el[k];
        if (!(e->flags & XF_DATE_HINT) && e->tag != X_TIME)
            continue;
        if (inside_boilerplate(pg, (int32_t)k))
            continue;
        seen++;
        int64_t t = SD_TIME_NONE;
        char *text = xtext_inline(pg, (int32_t)k, 0);
        const char *dt = e->tag == X_TIME ? xattr(e->node, "datetime") : NULL;
        int64_t v;
        size_t st, ln;
        if (dt && xdate_parse(dt, tz_offset, now, &v) == 0)
            t = v;
        else if (strlen(text) <= 300 && xdate_find(text, strlen(text), tz_offset, now, &v, &st, &ln) == 0)
            t = v;
        int label = label_score(text);
        /* the label may stand in the parent: <span>公開日</span><time>...</time> */
        if (label == 0 && e->parent >= 0 && pg->el[e->parent].raw_text <= 120) {
            char *pt = xtext_inline(pg, e->parent, 0);
            label = label_score(pt);
            free(pt);
        }
        free(text);
        if (t == SD_TIME_NONE)
            continue;
        long dist = anchor >= 0 ? labs((long)k - (long)anchor) : (long)k;
        if (label > best_label || (label == best_label && dist < best_dist)) {
            best = t;
            best_label = label;
            best_dist = dist;
        }
    }
    if (best != SD_TIME_NONE)
        return best;
    /* 2. Short text near the start of the article, nearest first: the dateline
     * usually stands just above the body or in its first lines. */
    size_t first_tx = pg->ntx;
    if (anchor >= 0)
        for (size_t k = 0; k < pg->ntx; k++)
            if (pg->tx[k].owner >= anchor && pg->tx[k].owner < pg->el[anchor].end) {
                first_tx = k;
                break;
            }
    if (first_tx < pg->ntx) {
        for (size_t d = 0; d <= 40; d++) {
            for (int side = 0; side < 2; side++) {
                if (side == 1 && d == 0)
                    continue;
                size_t k;
                if (side == 0) { /* before (and at) the start */
                    if (d > first_tx)
                        continue;
                    k = first_tx - d;
                } else {
                    if (d > 15 || first_tx + d >= pg->ntx)
                        continue;
                    k = first_tx + d;
                }
                const xtext *t = &pg->tx[k];
                const char *s = t->node->content;
                size_t n = strlen(s);
                if (n > 200 || inside_boilerplate(pg, t->owner))
                    continue;
                int64_t v;
                size_t st, ln;
                if (xdate_find(s, n, tz_offset, now, &v, &st, &ln) == 0)
                    return v;
            }
        }
    }
    /* 3. The first date in the article's own text. */
    if (content_text) {
        size_t n = strlen(content_text);
        if (n > 4000)
            n = 4000;
        int64_t v;
        size_t st, ln;
        if (xdate_find(content_text, n, tz_offset, now, &v, &st, &ln) == 0)
            return v;
    }
    return SD_TIME_NONE;
}
