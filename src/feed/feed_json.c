/*
 * feed_json: JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
 *
 * cJSON parses the whole document; its own nesting limit keeps the
 * recursion bounded, and a scan before it enforces our (lower) depth limit
 * with the same message as for XML.  Field mapping: url -> link (else
 * external_url), content_html/content_text -> content, summary -> summary,
 * date_published/date_modified, author (1.0) and authors (1.1), tags.
 */
#include "feed/feed_internal.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deepest nesting of arrays/objects, outside strings; stops counting past `limit`. */
static int json_depth(const char *s, size_t len, int limit)
{
    int depth = 0, max = 0, in_str = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
            continue;
        }
        if (c == '"')
            in_str = 1;
        else if (c == '{' || c == '[') {
            if (++depth > max) {
                max = depth;
                if (max > limit)
                    return max;
            }
        } else if (c == '}' || c == ']')
            depth--;
    }
    return max;
}

static const char *str_of(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) && v->valuestring ? v->valuestring : NULL;
}

static char *author_names(const cJSON *o)
{
    strbuf sb = STRBUF_INIT;
    const cJSON *authors = cJSON_GetObjectItemCaseSensitive(o, "authors");
    const cJSON *a;
    if (cJSON_IsArray(authors)) {
        cJSON_ArrayForEach(a, authors)
        {
            const char *n = cJSON_IsObject(a) ? str_of(a, "name") : NULL;
            char *t = n ? feed_text_line(n, strlen(n), FEED_TEXT_AUTO) : NULL;
            if (t) {
                if (sb.len)
                    strbuf_append(&sb, ", ", 2);
                strbuf_puts(&sb, t);
                free(t);
            }
        }
    }
    if (!sb.len) {
        const cJSON *au = cJSON_GetObjectItemCaseSensitive(o, "author");
        const char *n = cJSON_IsObject(au) ? str_of(au, "name") : NULL;
        char *t = n ? feed_text_line(n, strlen(n), FEED_TEXT_AUTO) : NULL;
        if (t) {
            strbuf_puts(&sb, t);
            free(t);
        }
    }
    if (!sb.len) {
        strbuf_free(&sb);
        return NULL;
    }
    return strbuf_detach(&sb);
}

static int64_t json_date(feed_doc *doc, const cJSON *item, const char *key, size_t index, const feed_item *it)
{
    const char *s = str_of(item, key);
    int64_t t;
    if (!s)
        return SD_TIME_NONE;
    if (feed_date_parse(s, &t) == 0 && t >= 0)
        return t;
    char *label = feed_item_label(it, index);
    feed_doc_warn(doc, "%s: date \"%.80s\" not understood", label, s);
    free(label);
    return SD_TIME_NONE;
}

int feed_parse_json(const char *utf8, size_t len, const feed_parse_opts *opts, feed_doc *doc, sd_err *err)
{
    if (json_depth(utf8, len, opts->max_depth) > opts->max_depth)
        return sd_err_set(err, "refused: JSON nested deeper than %d levels", opts->max_depth);
    cJSON *root = cJSON_ParseWithLength(utf8, len);
    if (!root) {
        const char *at = cJSON_GetErrorPtr();
        size_t off = at && at >= utf8 && at <= utf8 + len ? (size_t)(at - utf8) : 0;
        return sd_err_set(err, "not a feed: invalid JSON (near byte %zu)", off);
    }
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return sd_err_set(err, "not a feed: JSON that is not an object");
    }
    const char *version = str_of(root, "version");
    const cJSON *items = cJSON_GetObjectItemCaseSensitive(root, "items");
    if (!cJSON_IsArray(items) || (version && !strstr(version, "jsonfeed.org"))) {
        cJSON_Delete(root);
        return sd_err_set(err, "not a feed: JSON without a JSON Feed version and items array");
    }
    if (!version)
        feed_doc_warn(doc, "JSON Feed without a version: read as 1.1");

    const char *title = str_of(root, "title");
    doc->title = title ? feed_text_line(title, strlen(title), FEED_TEXT_AUTO) : NULL;
    const char *lang = str_of(root, "language");
    doc->language = lang ? feed_text_line(lang, strlen(lang), FEED_TEXT_RAW) : NULL;
    const char *url = opts->url && feed_url_is_absolute(opts->url) ? opts->url : NULL;
    const char *home = str_of(root, "home_page_url");
    if (home) {
        char *h = feed_clean_url(home, strlen(home));
        doc->link = feed_resolve_link(h, NULL, url ? url : str_of(root, "feed_url"));
        free(h);
    }
    const char *base = url ? url : str_of(root, "feed_url");
    if (!base || !feed_url_is_absolute(base))
        base = doc->link;
    char *feed_author = author_names(root);

    size_t index = 0;
    int unresolved = 0;
    const cJSON *ji;
    cJSON_ArrayForEach(ji, items)
    {
        if (!cJSON_IsObject(ji))
            continue;
        if (doc->nitems >= opts->max_items) {
            feed_doc_warn(doc, "more than %zu items: the rest were ignored", opts->max_items);
            break;
        }
        feed_item *it = feed_doc_add_item(doc);
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(ji, "id");
        if (cJSON_IsString(id) && id->valuestring)
            it->id = feed_text_line(id->valuestring, strlen(id->valuestring), FEED_TEXT_RAW);
        else if (cJSON_IsNumber(id) && isfinite(id->valuedouble)) /* 1.0 feeds sometimes use numbers */
            it->id = xasprintf("%.17g", id->valuedouble);
        const char *t = str_of(ji, "title");
        it->title = t ? feed_text_line(t, strlen(t), FEED_TEXT_AUTO) : NULL;
        const char *u = str_of(ji, "url");
        if (!u)
            u = str_of(ji, "external_url");
        if (u) {
            char *cu = feed_clean_url(u, strlen(u));
            it->link = feed_resolve_link(cu, NULL, base);
            if (cu && !it->link)
                unresolved++;
            free(cu);
        }
        const char *html = str_of(ji, "content_html");
        const char *text = str_of(ji, "content_text");
        if (html)
            it->content = feed_text_block(html, strlen(html), FEED_TEXT_HTML);
        if (!it->content && text)
            it->content = feed_text_block(text, strlen(text), FEED_TEXT_PLAIN);
        const char *summary = str_of(ji, "summary");
        if (summary)
            it->summary = feed_text_block(summary, strlen(summary), FEED_TEXT_AUTO);
        it->published = json_date(doc, ji, "date_published", index, it);
        it->updated = json_date(doc, ji, "date_modified", index, it);
        it->author = author_names(ji);
        if (!it->author && feed_author)
            it->author = xstrdup(feed_author);
        const cJSON *tags = cJSON_GetObjectItemCaseSensitive(ji, "tags");
        const cJSON *tag;
        if (cJSON_IsArray(tags)) {
            cJSON_ArrayForEach(tag, tags)
            {
                if (cJSON_IsString(tag) && tag->valuestring)
                    feed_item_add_category(it, feed_text_line(tag->valuestring, strlen(tag->valuestring),
                                                              FEED_TEXT_AUTO));
            }
        }
        index++;
    }
    if (unresolved)
        feed_doc_warn(doc, "%d item link%s left out: not an http(s) URL, or relative with no base URL to resolve it",
                      unresolved, unresolved == 1 ? "" : "s");
    free(feed_author);
    cJSON_Delete(root);
    return 0;
}
