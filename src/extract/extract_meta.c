/*
 * extract_meta: title, publication time, author, language and canonical URL
 * of a page, from what the page declares, best source first:
 *
 *   title      og:title, JSON-LD headline, twitter:title, <title>; the site's
 *              name (og:site_name, application-name, JSON-LD publisher) is cut
 *              off wherever it stands ("記事 | サイト", "Site - Story")
 *   published  JSON-LD datePublished, article:published_time and the other
 *              usual meta names, itemprop=datePublished, <time pubdate>;
 *              then (extract.c) dates written in the page near the article.
 *              A date stated without its time of day (or at 00:00:00 or
 *              12:00:00 UTC, dates in disguise) takes the time another
 *              declaration, a <time datetime>, a date element or a dateline
 *              near the start of the article gives for the same day.  A date
 *              labelled as an update ("更新", "Updated", "(更新)") is never
 *              the publication's.
 *   author     JSON-LD author, meta author, itemprop=author, rel=author,
 *              byline elements (their name without the rank, date,
 *              organisation or bio that child elements add), a byline line
 *              under the headline ("Posted <date> by <name>")
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

/* Drop separators and spaces at the end of a name; returns the new length. */
static size_t trim_name_end(char *p)
{
    size_t n = strlen(p);
    for (;;) {
        if (n > 0 && (p[n - 1] == ' ' || p[n - 1] == ',' || p[n - 1] == '|'))
            n--;
        else if (n >= 2 && memcmp(p + n - 2, "\xC2\xB7", 2) == 0) /* · */
            n -= 2;
        else if (n >= 3 && memcmp(p + n - 3, "\xE2\x80\xA2", 3) == 0) /* • */
            n -= 3;
        else
            break;
        p[n] = '\0';
    }
    return n;
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
    /* a date run into the name ("Jane Doe November 3, 2025") */
    int64_t when;
    size_t dst, dlen;
    if (xdate_find(p, strlen(p), 0, 0, &when, &dst, &dlen) == 0 && dst > 0)
        p[dst] = '\0';
    /* cut at a separator followed by a date or other matter */
    static const char *const cuts[] = {" | ", "｜", " - ", " – ", " — ", " on ", "　", " 20", ", 20",
                                       " : ", " ：", " at ", " · ", " • "};
    for (size_t k = 0; k < SD_ARRAY_LEN(cuts); k++) {
        char *q = strstr(p, cuts[k]);
        if (q && q != p)
            *q = '\0';
    }
    size_t n = trim_name_end(p);
    /* a trailing aside in parentheses: "@handle(Display Name)", "Jane Doe (Reuters)" */
    if (n > 0 && (p[n - 1] == ')' || (n >= 3 && memcmp(p + n - 3, "\xEF\xBC\x89", 3) == 0))) {
        char *open = NULL;
        for (char *q = p + 1; q < p + n; q++)
            if (*q == '(' || (q + 3 <= p + n && memcmp(q, "\xEF\xBC\x88", 3) == 0))
                open = q;
        if (open) {
            *open = '\0';
            n = trim_name_end(p);
        }
    }
    /* "@handle": the handle */
    if (p[0] == '@' && n > 1 && !strchr(p, ' ')) {
        p++;
        n--;
    }
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
    /* "Posted February 16, 2026 by Jane Doe": the date between the verb and "by" */
    static const char *const dated[] = {"Posted ", "Published ", "Written "};
    for (size_t k = 0; k < SD_ARRAY_LEN(dated) && !is_ja && !is_en; k++) {
        size_t l = strlen(dated[k]);
        if (strncmp(line, dated[k], l) != 0)
            continue;
        const char *d = line + l;
        if (strncmp(d, "on ", 3) == 0)
            d += 3;
        int64_t when;
        size_t st, len;
        if (xdate_find(d, strlen(d), 0, 0, &when, &st, &len) != 0 || st != 0)
            return NULL;
        d += len;
        while (*d == ' ' || *d == ',')
            d++;
        if (strncmp(d, "by ", 3) != 0)
            return NULL;
        line = d;
        is_en = 1;
    }
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

/* ---- bylines in the page ------------------------------------------------------------------ */

/* Does a class or id name say it is not the name in a byline: a rank, a badge, a role or
 * job title, a bio, a follow button, counts, sharing? */
static int byline_furniture_name(const char *v)
{
    static const char *const words[] = {"rank", "badge", "role", "title", "job", "bio", "follow",
                                        "count", "kudos", "share", "social", "sns"};
    if (!v)
        return 0;
    for (size_t k = 0; k < SD_ARRAY_LEN(words); k++)
        if (ci_strstr(v, words[k]))
            return 1;
    return 0;
}

/* Is the element `a`, below a byline element, something else than the name: a date, a
 * <time>, a rank or other furniture its class names, a button, hidden? */
static int byline_part_is_other(const xpage *pg, int32_t a)
{
    const xel *e = &pg->el[a];
    if (e->tag == X_TIME || e->tag == X_BUTTON || (e->flags & XF_DATE_HINT) ||
        byline_furniture_name(xattr(e->node, "class")) || byline_furniture_name(xattr(e->node, "id")))
        return 1;
    /* dropped or hidden by itself, not because the byline is */
    uint32_t own = XF_DROP_STATIC | XF_HIDDEN;
    return (e->flags & own) && (e->parent < 0 || !(pg->el[e->parent].flags & own));
}

/* A piece that is only the word or heading before a name ("By", "文：", "About the author"). */
static int byline_prefix_only(const char *seg)
{
    static const char *const words[] = {"By", "by", "BY", "Written by", "written by", "Posted by",
                                        "posted by", "Author", "Authors", "Text", "About the author",
                                        "About the Author", "文", "著者", "筆者", "執筆者", "執筆",
                                        "記者", "投稿者", "取材・文", "この記事を書いた人",
                                        "著者プロフィール", "執筆者プロフィール", "プロフィール"};
    size_t n = strlen(seg);
    while (n > 0 && (seg[n - 1] == ' ' || seg[n - 1] == ':'))
        n--;
    if (n >= 3 && memcmp(seg + n - 3, "\xEF\xBC\x9A", 3) == 0) /* ： */
        n -= 3;
    for (size_t k = 0; k < SD_ARRAY_LEN(words); k++)
        if (strlen(words[k]) == n && strncmp(seg, words[k], n) == 0)
            return 1;
    return n == 0;
}

static int is_space_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Characters that join two names or a label to a name where texts touch: , 、 ， & ・ / : ： */
static int joins_names(const char *s, size_t n, int at_end)
{
    static const char *const joins[] = {",", "&", "/", ":", "\xE3\x80\x81", "\xEF\xBC\x8C",
                                        "\xE3\x83\xBB", "\xEF\xBC\x9A"};
    for (size_t k = 0; k < SD_ARRAY_LEN(joins); k++) {
        size_t l = strlen(joins[k]);
        if (n >= l && memcmp(at_end ? s + n - l : s, joins[k], l) == 0)
            return 1;
    }
    return 0;
}

#define BYLINE_MAX_NODES 256

/* One piece of a byline: 1 when it decides (*name set or left NULL), 0 when it is only "By". */
static int byline_piece(strbuf *seg, char **name)
{
    char *piece = text_collapse_space(strbuf_cstr(seg), seg->len);
    strbuf_reset(seg);
    int decided = !byline_prefix_only(piece);
    if (decided)
        *name = clean_author(piece);
    free(piece);
    return decided;
}

/*
 * The name in a byline element.  Its text often runs on into other matter held by child
 * elements: "maria_k" + "Lumora Employee" (a rank) + "01-30-2026 10:17 AM", "@user(Name)" +
 * "in" + an organisation, "Jane Doe" + a bio in a block of its own.  The parts that say
 * something else (dates, <time>, ranks and such flagged by class, buttons) are left out; the
 * rest is cut where a new block starts, where a left-out part stood, or where the texts of
 * two elements touch without a space between them; the first piece that is not a lone
 * "By" is the name.  At most BYLINE_MAX_NODES nodes are read.
 */
static char *byline_element_name(const xpage *pg, int32_t i)
{
    /* The subtree's nodes in document order (the text array leaves out dropped parts, and
     * bylines often stand in a dropped <footer> or <header>). */
    const xnode *top = pg->el[i].node;
    strbuf seg = STRBUF_INIT;
    char *name = NULL;
    int decided = 0;
    int32_t prev_block = -1, prev_owner = -1;
    int gap = 0; /* a left-out part since the last text */
    char prev_last = ' ';
    size_t read = 0;
    const xnode *n = top->children;
    while (n && !decided && read++ < BYLINE_MAX_NODES) {
        int descend = 0;
        if (n->type == XN_ELEMENT) {
            if (n->index < 0 || byline_part_is_other(pg, n->index))
                gap = 1;
            else
                descend = n->children != NULL;
        } else if (n->type == XN_TEXT && n->content && n->parent && n->parent->index >= 0) {
            const char *c = n->content;
            size_t cl = strlen(c);
            size_t lead = 0;
            while (lead < cl && is_space_byte(c[lead]))
                lead++;
            if (lead == cl) {
                prev_last = ' ';
            } else {
                int32_t owner = n->parent->index;
                int32_t block = pg->el[owner].block;
                int glued = prev_owner >= 0 && owner != prev_owner && !is_space_byte(prev_last) &&
                            lead == 0 && !joins_names(strbuf_cstr(&seg), seg.len, 1) &&
                            !joins_names(c, cl, 0);
                if (seg.len && (gap || block != prev_block || glued) && byline_piece(&seg, &name)) {
                    decided = 1;
                    break;
                }
                strbuf_append(&seg, c, cl);
                prev_last = c[cl - 1];
                prev_block = block;
                prev_owner = owner;
                gap = 0;
            }
        }
        if (descend) {
            n = n->children;
            continue;
        }
        while (n && n != top && !n->next)
            n = n->parent;
        n = n && n != top ? n->next : NULL;
    }
    if (!decided && seg.len)
        byline_piece(&seg, &name);
    strbuf_free(&seg);
    return name;
}

/* Does the text node hold exactly the title (white space aside)? */
static int text_is_title(const char *content, const char *title, size_t tl)
{
    size_t n = strlen(content);
    if (n < tl || n > tl * 2 + 16)
        return 0;
    char *c = text_collapse_space(content, n);
    int same = strcmp(c, title) == 0;
    free(c);
    return same;
}

#define UNDER_TITLE_LINES 6

/* Last resort: a line right under the headline that reads like a byline ("Posted February
 * 16, 2026 by Jane Doe", "By Jane Doe"), in pages with no byline markup at all.  The
 * headline is the first text that is the whole title; the next few lines are read. */
static char *byline_under_title(const xpage *pg, const char *title)
{
    if (!title || !*title)
        return NULL;
    size_t tl = strlen(title);
    for (size_t k = 0; k < pg->ntx; k++) {
        if (!text_is_title(pg->tx[k].node->content, title, tl))
            continue;
        size_t lines = 0;
        for (size_t j = k + 1; j < pg->ntx && lines < UNDER_TITLE_LINES; j++) {
            const xtext *t = &pg->tx[j];
            size_t n = strlen(t->node->content);
            if (n > 200)
                break;
            char *line = text_collapse_space(t->node->content, n);
            if (!*line) {
                free(line);
                continue;
            }
            lines++;
            char *name = (pg->el[t->owner].flags & (XF_LINK | XF_HIDDEN)) || inside_comments(pg, t->owner)
                             ? NULL : byline_name(line);
            free(line);
            if (name)
                return name;
        }
        return NULL;
    }
    return NULL;
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
    int byline_tried = 0; /* the first byline element (short, outside comments) is the one */

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
                    if (strlen(t) <= 200) {
                        /* the whole element: its name, without what runs on after it */
                        char *name = pick == (int32_t)k && e->end - (int32_t)k < 20
                                         ? byline_element_name(pg, pick) : NULL;
                        set_once(&r.authors[A_ITEMPROP], name ? name : t);
                        free(name);
                    }
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
            if ((e->flags & XF_BYLINE_HINT) && !byline_tried && !inside_comments(pg, (int32_t)k) &&
                e->end - (int32_t)k < 20) {
                char *t = xtext_inline(pg, (int32_t)k, 0);
                if (strlen(t) <= 200 && *t) {
                    byline_tried = 1;
                    r.authors[A_BYLINE] = byline_element_name(pg, (int32_t)k);
                }
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
    size_t chosen = 0;
    for (size_t k = 0; k < SD_ARRAY_LEN(r.dates) && m->published == SD_TIME_NONE; k++) {
        if (r.dates[k] && xdate_parse_info(r.dates[k], tz, now, &m->pub) == 0) {
            m->published = m->pub.t;
            chosen = k;
        }
    }
    /* A date alone (or at 00:00:00), where another declaration gives the time of that day. */
    for (size_t k = chosen + 1; k < SD_ARRAY_LEN(r.dates) && m->published != SD_TIME_NONE &&
                                !m->pub.timed; k++) {
        xdate_info v;
        if (r.dates[k] && xdate_parse_info(r.dates[k], tz, now, &v) == 0 && v.timed &&
            v.day == m->pub.day) {
            m->pub = v;
            m->published = v.t;
        }
    }

    /* Author. */
    for (size_t k = 0; k < SD_ARRAY_LEN(r.authors) && !m->author; k++)
        m->author = clean_author(r.authors[k]);
    if (!m->author)
        m->author = byline_under_title(pg, m->title);

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

/* label_score of s[0, n) */
static int label_in(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    char *t = xstrndup(s, n);
    int l = label_score(t);
    free(t);
    return l;
}

#define LABEL_BYTES 48

/* The label of the date matched at s[start, start + len): the words just before it since
 * `from` (at most LABEL_BYTES: "公開日：", "Published", "最終更新日:"), else words the match
 * took in as its "weekday" or a short label in parentheses right after it
 * ("2026-02-12(公開)"); the word of another date's label after it ("10:30 更新 11/19") is
 * not this one's.  Returns the label_score and *before, whether text stood before the date. */
static int match_label(const char *s, size_t n, size_t from, size_t start, size_t len, int *before)
{
    size_t b = start > from + LABEL_BYTES ? start - LABEL_BYTES : from;
    size_t i = b;
    while (i < start && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
        i++;
    if (before)
        *before = i < start;
    int l = label_in(s + b, start - b);
    if (l)
        return l;
    l = label_in(s + start, len);
    if (l)
        return l;
    i = start + len;
    while (i < n && s[i] == ' ')
        i++;
    size_t open = 0;
    if (i < n && s[i] == '(')
        open = 1;
    else if (i + 3 <= n && memcmp(s + i, "\xEF\xBC\x88", 3) == 0) /* （ */
        open = 3;
    if (!open)
        return 0;
    i += open;
    size_t st = i;
    for (; i < n && i - st < 24; i++) {
        if (s[i] == ')' || (i + 3 <= n && memcmp(s + i, "\xEF\xBC\x89", 3) == 0)) /* ） */
            return label_in(s + st, i - st);
        if (s[i] >= '0' && s[i] <= '9')
            return 0;
    }
    return 0;
}

#define DATES_PER_TEXT 8

/* The first date in s[0, n) that is not labelled as an update ("更新日：2025/11/19　公開日：
 * 2025/11/18" gives the second), with its label; at most DATES_PER_TEXT dates are looked at.
 * Returns 0, or -1 when there is none. */
static int first_unupdated_date(const char *s, size_t n, int tz_offset, int64_t now, xdate_info *d,
                                int *label, size_t *start, size_t *len)
{
    size_t from = 0;
    for (int k = 0; k < DATES_PER_TEXT && from < n; k++) {
        size_t st, ln;
        if (xdate_find_info(s + from, n - from, tz_offset, now, d, &st, &ln) != 0)
            return -1;
        st += from;
        *label = match_label(s, n, from, st, ln, NULL);
        if (*label >= 0) {
            *start = st;
            *len = ln;
            return 0;
        }
        from = st + (ln ? ln : 1);
    }
    return -1;
}

static int inside_boilerplate(const xpage *pg, int32_t i)
{
    for (int32_t a = i; a >= 0; a = pg->el[a].parent)
        if (pg->el[a].flags & (XF_COMMENTS | XF_UNLIKELY | XF_DROP_STATIC))
            return 1;
    return 0;
}

/* Where dates of other things stand: list items and tables of data (lists of other
 * articles, timelines, schedules), links, page furniture (sidebars, menus; an article's own
 * <header> is not furniture). */
static int inside_other_dates(const xpage *pg, int32_t i)
{
    if (pg->el[i].flags & XF_LINK)
        return 1;
    for (int32_t a = i; a >= 0; a = pg->el[a].parent) {
        const xel *e = &pg->el[a];
        if (e->tag == X_LI || (e->flags & XF_DATA_TABLE) ||
            ((e->flags & XF_LAYOUT) && e->tag != X_HEADER))
            return 1;
    }
    return 0;
}

/* An element that states a time in a datetime attribute: <time>, and custom elements
 * such as <relative-time> or <local-time> (not <del>/<ins>, whose datetime is an edit's). */
static const char *datetime_attr(const xel *e)
{
    if (e->tag != X_TIME && e->tag != X_OTHER)
        return NULL;
    const char *nm = e->node->name;
    if (e->tag == X_OTHER && (!nm || strcmp(nm, "del") == 0 || strcmp(nm, "ins") == 0))
        return NULL;
    return xattr(e->node, "datetime");
}

#define SIBLING_LABEL_SPAN 64
#define SUBTREE_MAX 256 /* elements: larger ones are not read for a label */

/* The label in the text right before an element, among its siblings, since the last one that
 * holds a date: "<span>Published</span> <time>" or "Published <relative-time>... Updated
 * <relative-time>".  Read only when the element is among the first SIBLING_LABEL_SPAN
 * elements of its parent, so that a long run of siblings is not read for each of them. */
static int sibling_label(const xpage *pg, int32_t k, int tz_offset, int64_t now)
{
    int32_t p = pg->el[k].parent;
    if (p < 0 || k - p > SIBLING_LABEL_SPAN)
        return 0;
    const xnode *self = pg->el[k].node;
    strbuf sb = STRBUF_INIT;
    size_t seen = 0;
    for (const xnode *c = pg->el[p].node->children; c && c != self && seen < 4 * SIBLING_LABEL_SPAN;
         c = c->next, seen++) {
        char *t = NULL;
        if (c->type == XN_TEXT && c->content)
            t = strlen(c->content) <= 200 ? xstrdup(c->content) : NULL;
        else if (c->type == XN_ELEMENT && c->index >= 0 && pg->el[c->index].raw_text <= 120 &&
                 pg->el[c->index].end - c->index <= SUBTREE_MAX)
            t = xtext_inline(pg, c->index, 0);
        else if (c->type == XN_ELEMENT && c->index < 0)
            continue;
        int64_t v;
        size_t st, ln;
        if (!t || xdate_find(t, strlen(t), tz_offset, now, &v, &st, &ln) == 0 ||
            (c->type == XN_ELEMENT && datetime_attr(&pg->el[c->index]))) {
            strbuf_reset(&sb); /* a big block or another date: what stood before is not this label */
        } else {
            strbuf_puts(&sb, t);
            strbuf_putc(&sb, ' ');
        }
        free(t);
    }
    int l = sb.len ? label_in(strbuf_cstr(&sb) + (sb.len > LABEL_BYTES ? sb.len - LABEL_BYTES : 0),
                              sb.len > LABEL_BYTES ? LABEL_BYTES : sb.len)
                   : 0;
    strbuf_free(&sb);
    return l;
}

/* A date stated by an element that says it holds one (class, <time>, datetime attribute).
 * Returns 0 with *d and *label, or -1. */
static int element_date(const xpage *pg, int32_t k, int tz_offset, int64_t now, int dateline_only,
                        xdate_info *d, int *label)
{
    const xel *e = &pg->el[k];
    const char *dt = datetime_attr(e);
    char *text = xtext_inline(pg, k, 0);
    size_t tl = strlen(text);
    int found = 0;
    *label = 0;
    size_t st = 0, ln = 0;
    xdate_info td;
    int text_label = 0;
    int in_text = tl <= 300 && first_unupdated_date(text, tl, tz_offset, now, &td, &text_label, &st, &ln) == 0;
    if (dt && xdate_parse_info(dt, tz_offset, now, d) == 0) {
        found = 1;
        *label = in_text ? text_label : label_score(text);
    } else if (in_text && (!dateline_only || xtext_mostly_date(text))) {
        *d = td;
        found = 1;
        *label = text_label;
    }
    free(text);
    if (!found)
        return -1;
    if (*label == 0)
        *label = sibling_label(pg, k, tz_offset, now);
    /* the label may stand in the parent: <div><span>公開日</span><span>...</span></div> */
    if (*label == 0 && e->parent >= 0 && pg->el[e->parent].raw_text <= 120 &&
        pg->el[e->parent].end - e->parent <= SUBTREE_MAX) {
        char *pt = xtext_inline(pg, e->parent, 0);
        *label = label_score(pt);
        free(pt);
    }
    return 0;
}

/* The label of a date found in a text node: in the node, else in the short text node before
 * it when the date opens this one ("<span>最終更新日:</span>2026年2月6日"). */
static int text_node_label(const xpage *pg, size_t k, const char *s, size_t n, size_t st, size_t ln)
{
    int before = 0;
    int l = match_label(s, n, 0, st, ln, &before);
    if (l || before || k == 0)
        return l;
    const char *p = pg->tx[k - 1].node->content;
    size_t pn = strlen(p);
    int64_t v;
    size_t a, b;
    if (pn > LABEL_BYTES || xdate_find(p, pn, 0, 0, &v, &a, &b) == 0)
        return 0;
    return label_in(p, pn);
}

/* The first element marked as the article, and the first text node in it (pg->ntx if none). */
static int32_t article_anchor(const xpage *pg, size_t *first_tx)
{
    int32_t anchor = -1;
    for (size_t k = 0; k < pg->nel; k++)
        if (pg->el[k].flags & XF_CONTENT) {
            anchor = (int32_t)k;
            break;
        }
    *first_tx = pg->ntx;
    if (anchor >= 0)
        for (size_t k = 0; k < pg->ntx; k++)
            if (pg->tx[k].owner >= anchor && pg->tx[k].owner < pg->el[anchor].end) {
                *first_tx = k;
                break;
            }
    return anchor;
}

#define WINDOW_BEFORE 40
#define WINDOW_AFTER 15
#define REFINE_MAX_ELEMENTS 2000

int64_t xmeta_refine_time(const xpage *pg, int tz_offset, int64_t now, const xdate_info *d)
{
    if (d->timed)
        return d->t;
    size_t first_tx;
    article_anchor(pg, &first_tx);
    if (first_tx >= pg->ntx)
        return d->t;
    size_t lo = first_tx > WINDOW_BEFORE ? first_tx - WINDOW_BEFORE : 0;
    size_t hi = first_tx + WINDOW_AFTER + 1 < pg->ntx ? first_tx + WINDOW_AFTER + 1 : pg->ntx;
    int64_t best = SD_TIME_NONE;
    int best_label = -1;
    /* elements that say they hold a date, in the window */
    int32_t el_lo = pg->tx[lo].owner, el_hi = pg->tx[hi - 1].owner;
    for (int32_t k = el_lo; k <= el_hi && k - el_lo < REFINE_MAX_ELEMENTS; k++) {
        const xel *e = &pg->el[k];
        if (!(e->flags & XF_DATE_HINT) && !datetime_attr(e))
            continue;
        if (e->end - k > SUBTREE_MAX || inside_boilerplate(pg, k) || inside_other_dates(pg, k))
            continue;
        xdate_info v;
        int label;
        if (element_date(pg, k, tz_offset, now, 1, &v, &label) != 0 || label < 0 || !v.timed ||
            v.day != d->day)
            continue;
        if (label > best_label || (label == best_label && v.t < best)) {
            best = v.t;
            best_label = label;
        }
    }
    /* datelines: short text that is a date and little else */
    for (size_t k = lo; k < hi; k++) {
        const xtext *t = &pg->tx[k];
        const char *s = t->node->content;
        size_t n = strlen(s);
        if (n > 200 || inside_boilerplate(pg, t->owner) || inside_other_dates(pg, t->owner))
            continue;
        char *c = text_collapse_space(s, n);
        xdate_info v;
        size_t st, ln;
        if (xtext_mostly_date(c) && xdate_find_info(c, strlen(c), tz_offset, now, &v, &st, &ln) == 0 &&
            v.timed && v.day == d->day) {
            int label = text_node_label(pg, k, c, strlen(c), st, ln);
            if (label >= 0 && (label > best_label || (label == best_label && v.t < best))) {
                best = v.t;
                best_label = label;
            }
        }
        free(c);
    }
    return best != SD_TIME_NONE ? best : d->t;
}

int64_t xmeta_text_date(const xpage *pg, int tz_offset, int64_t now, const char *content_text)
{
    size_t first_tx;
    int32_t anchor = article_anchor(pg, &first_tx);
    /* 1. Elements that say they hold a date, and <time>: best label, then nearest the article.
     * A date labelled as an update is not the publication's. */
    xdate_info best;
    memset(&best, 0, sizeof best);
    best.t = SD_TIME_NONE;
    int best_label = -100;
    long best_dist = 0;
    size_t seen = 0;
    for (size_t k = 0; k < pg->nel && seen < 200; k++) {
        const xel *e = &pg->el[k];
        if (!(e->flags & XF_DATE_HINT) && !datetime_attr(e) && e->tag != X_TIME)
            continue;
        if (inside_boilerplate(pg, (int32_t)k))
            continue;
        seen++;
        xdate_info v;
        int label;
        if (element_date(pg, (int32_t)k, tz_offset, now, 0, &v, &label) != 0 || label < 0)
            continue;
        long dist = anchor >= 0 ? labs((long)k - (long)anchor) : (long)k;
        if (label > best_label || (label == best_label && dist < best_dist)) {
            best = v;
            best_label = label;
            best_dist = dist;
        }
    }
    if (best.t != SD_TIME_NONE)
        return xmeta_refine_time(pg, tz_offset, now, &best);
    /* 2. Short text near the start of the article, nearest first: the dateline
     * usually stands just above the body or in its first lines. */
    if (first_tx < pg->ntx) {
        for (size_t d = 0; d <= WINDOW_BEFORE; d++) {
            for (int side = 0; side < 2; side++) {
                if (side == 1 && d == 0)
                    continue;
                size_t k;
                if (side == 0) { /* before (and at) the start */
                    if (d > first_tx)
                        continue;
                    k = first_tx - d;
                } else {
                    if (d > WINDOW_AFTER || first_tx + d >= pg->ntx)
                        continue;
                    k = first_tx + d;
                }
                const xtext *t = &pg->tx[k];
                const char *s = t->node->content;
                size_t n = strlen(s);
                if (n > 200 || inside_boilerplate(pg, t->owner))
                    continue;
                xdate_info v;
                size_t st, ln;
                int label;
                if (first_unupdated_date(s, n, tz_offset, now, &v, &label, &st, &ln) == 0 &&
                    text_node_label(pg, k, s, n, st, ln) >= 0)
                    return xmeta_refine_time(pg, tz_offset, now, &v);
            }
        }
    }
    /* 3. The first date in the article's own text, unless it is labelled as an update. */
    if (content_text) {
        size_t n = strlen(content_text);
        if (n > 4000)
            n = 4000;
        xdate_info v;
        size_t st, ln;
        if (xdate_find_info(content_text, n, tz_offset, now, &v, &st, &ln) == 0 &&
            match_label(content_text, n, 0, st, ln, NULL) >= 0)
            return v.t;
    }
    return SD_TIME_NONE;
}
