/* JSON: the digest as data, in the shape of cli.md (plus a few added fields). */
#include "core/timeutil.h"
#include "render/render.h"

#include "render/json_fields.h"

#include <cjson/cJSON.h>
#include <math.h>

static cJSON *str_array(char **v, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(a, cJSON_CreateString(v[i]));
    return a;
}

/* Which writer produced a part: NULL means the extractive writer. */
static const char *writer_name(const char *w) { return w ? w : "extractive"; }

void render_json(const digest *d, strbuf *out)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "date", d->date);
    cJSON *gen = cJSON_AddObjectToObject(root, "generated_by");
    cJSON_AddStringToObject(gen, "version", d->version ? d->version : "");
    cJSON_AddStringToObject(gen, "writer", d->writer ? d->writer : "extractive");
    json_put_str(root, "empty_reason", d->empty_reason);

    cJSON *kps = cJSON_AddArrayToObject(root, "key_points");
    for (size_t i = 0; i < d->nkey_points; i++) {
        cJSON *k = cJSON_CreateObject();
        json_put_str(k, "headline", d->key_points[i].headline);
        json_put_str(k, "summary", d->key_points[i].summary);
        json_put_str(k, "story", d->stories[d->key_points[i].story].id);
        cJSON_AddStringToObject(k, "writer", writer_name(d->key_points[i].writer));
        cJSON_AddItemToArray(kps, k);
    }

    cJSON *groups = cJSON_AddArrayToObject(root, "groups");
    for (int g = 0; g < STORY_GROUP_COUNT; g++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "name", story_group_heading((enum story_group)g));
        cJSON *ids = cJSON_AddArrayToObject(o, "stories");
        for (size_t k = 0; k < d->ngroup_stories[g]; k++)
            cJSON_AddItemToArray(ids, cJSON_CreateString(d->stories[d->group_stories[g][k]].id));
        cJSON_AddItemToArray(groups, o);
    }

    cJSON *stories = cJSON_AddArrayToObject(root, "stories");
    for (size_t i = 0; i < d->nstories; i++) {
        const digest_story *s = &d->stories[i];
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "id", s->id);
        json_put_str(o, "headline", s->headline);
        cJSON_AddStringToObject(o, "group", story_group_heading(s->group));
        cJSON_AddStringToObject(o, "category", story_category_id(s->category));
        /* Two decimals: enough to explain a ranking, stable to print. */
        cJSON_AddNumberToObject(o, "score", round(s->score * 100.0) / 100.0);
        cJSON_AddItemToObject(o, "reasons", str_array(s->reasons, s->nreasons));
        json_put_str(o, "summary", s->summary);
        cJSON_AddItemToObject(o, "paragraphs", str_array(s->paragraphs, s->nparagraphs));
        cJSON_AddItemToObject(o, "cves", str_array(s->cves, s->ncves));
        cJSON *srcs = cJSON_AddArrayToObject(o, "sources");
        for (size_t k = 0; k < s->nsources; k++) {
            const digest_source *src = &s->sources[k];
            cJSON *so = cJSON_CreateObject();
            json_put_str(so, "name", src->name);
            json_put_str(so, "title", src->title);
            json_put_str(so, "url", src->url);
            json_put_time(so, "published", src->published);
            json_put_str(so, "language", src->language);
            cJSON_AddItemToArray(srcs, so);
        }
        cJSON_AddStringToObject(o, "writer", s->writer ? s->writer : "extractive");
        cJSON *ws = cJSON_AddObjectToObject(o, "writers");
        cJSON_AddStringToObject(ws, "headline", writer_name(s->headline_writer));
        cJSON_AddStringToObject(ws, "summary", writer_name(s->summary_writer));
        cJSON_AddStringToObject(ws, "paragraphs", writer_name(s->paragraphs_writer));
        cJSON_AddItemToArray(stories, o);
    }

    cJSON *dd = cJSON_AddObjectToObject(root, "deep_dive");
    json_put_str(dd, "topic", d->deep_topic);
    if (d->nstories > 0 && d->deep_story < d->nstories)
        cJSON_AddStringToObject(dd, "story", d->stories[d->deep_story].id);
    else
        cJSON_AddNullToObject(dd, "story");
    json_put_str(dd, "body", d->deep_body);
    cJSON *subs = cJSON_AddArrayToObject(dd, "subsections");
    for (size_t i = 0; i < d->ndeep_sections; i++) {
        cJSON *o = cJSON_CreateObject();
        json_put_str(o, "title", d->deep_sections[i].title);
        json_put_str(o, "body", d->deep_sections[i].body);
        cJSON_AddStringToObject(o, "writer", writer_name(d->deep_sections[i].writer));
        cJSON_AddItemToArray(subs, o);
    }
    cJSON *gl = cJSON_AddArrayToObject(dd, "glossary");
    for (size_t i = 0; i < d->nglossary; i++) {
        cJSON *o = cJSON_CreateObject();
        json_put_str(o, "term", d->glossary[i].term);
        json_put_str(o, "definition", d->glossary[i].definition);
        cJSON_AddStringToObject(o, "writer", writer_name(d->glossary[i].writer));
        cJSON_AddItemToArray(gl, o);
    }
    json_put_str(dd, "outlook", d->outlook);
    cJSON_AddStringToObject(dd, "writer", d->deep_writer ? d->deep_writer : "extractive");
    cJSON_AddStringToObject(dd, "body_writer", writer_name(d->deep_body_writer));
    cJSON_AddStringToObject(dd, "outlook_writer", writer_name(d->outlook_writer));
    json_put_str(root, "conclusion", d->conclusion);
    cJSON_AddStringToObject(root, "conclusion_writer", writer_name(d->conclusion_writer));

    cJSON *cites = cJSON_AddArrayToObject(root, "citations");
    for (size_t i = 0; i < d->ncitations; i++) {
        cJSON *o = cJSON_CreateObject();
        json_put_str(o, "title", d->citations[i].title);
        json_put_str(o, "source", d->citations[i].source);
        json_put_str(o, "url", d->citations[i].url);
        cJSON_AddItemToArray(cites, o);
    }

    char *s = cJSON_Print(root);
    if (!s)
        die("out of memory rendering JSON");
    strbuf_puts(out, s);
    strbuf_putc(out, '\n');
    cJSON_free(s);
    cJSON_Delete(root);
}
