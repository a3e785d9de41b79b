#include "compose/digest.h"

#include <stdlib.h>

static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void digest_free(digest *d)
{
    if (!d)
        return;
    free(d->date);
    free(d->date_heading);
    free(d->version);
    free(d->empty_reason);
    for (size_t i = 0; i < d->nkey_points; i++) {
        free(d->key_points[i].headline);
        free(d->key_points[i].summary);
    }
    free(d->key_points);
    for (size_t i = 0; i < d->nstories; i++) {
        digest_story *s = &d->stories[i];
        free(s->id);
        free(s->headline);
        free_strings(s->reasons, s->nreasons);
        free(s->summary);
        free(s->entry);
        free_strings(s->paragraphs, s->nparagraphs);
        free_strings(s->cves, s->ncves);
        for (size_t k = 0; k < s->nsources; k++) {
            free(s->sources[k].name);
            free(s->sources[k].title);
            free(s->sources[k].url);
            free(s->sources[k].language);
        }
        free(s->sources);
    }
    free(d->stories);
    for (int g = 0; g < STORY_GROUP_COUNT; g++) {
        free(d->group_stories[g]);
        free(d->group_empty[g]);
    }
    free(d->deep_topic);
    free(d->deep_body);
    for (size_t i = 0; i < d->ndeep_sections; i++) {
        free(d->deep_sections[i].title);
        free(d->deep_sections[i].body);
    }
    free(d->deep_sections);
    for (size_t i = 0; i < d->nglossary; i++) {
        free(d->glossary[i].term);
        free(d->glossary[i].definition);
    }
    free(d->glossary);
    free(d->outlook);
    free(d->conclusion);
    for (size_t i = 0; i < d->ncitations; i++) {
        free(d->citations[i].title);
        free(d->citations[i].source);
        free(d->citations[i].url);
    }
    free(d->citations);
    free(d);
}
