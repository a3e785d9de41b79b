/*
 * compose: the day's digest as data (struct digest), written from the ranked
 * stories of analyze by a writer: the extractive writer (sentences chosen
 * from the collected articles, plus our own fixed wording from data/) or the
 * LLM writer (verified against the sources, falling back per part).
 *
 * The digest holds only text and the sources it cites; renderers turn it into
 * Markdown, HTML, JSON and Atom without deciding anything.
 */
#ifndef SECDIGEST_DIGEST_H
#define SECDIGEST_DIGEST_H

#include "analyze/analyze.h"
#include "core/core.h"
#include "store/store.h"

typedef struct digest_source {
    char *name;       /* the feed's name */
    char *title;      /* the article's title */
    char *url;        /* the article's link, as collected */
    int64_t published;
    char *language;
} digest_source;

typedef struct digest_story {
    char *id;
    char *headline;
    enum story_group group;
    enum story_category category;
    double score;
    char **reasons;           /* "what (+points)" lines */
    size_t nreasons;
    char *summary;            /* one or two sentences */
    char *entry;              /* the short line under its group heading */
    char **paragraphs;        /* ニュース紹介 paragraphs (1 to 3) */
    size_t nparagraphs;
    char **cves;
    size_t ncves;
    digest_source *sources;
    size_t nsources;
    const char *writer;       /* "extractive" or "llm" (static string) */
    /* Which writer produced each prose part (static strings; NULL: extractive). */
    const char *headline_writer;
    const char *summary_writer;
    const char *paragraphs_writer;
} digest_story;

typedef struct digest_key_point {
    char *headline;
    char *summary;
    size_t story;             /* index into digest.stories */
    const char *writer;       /* of the summary: NULL (extractive) or "llm" */
} digest_key_point;

typedef struct digest_term {
    char *term;
    char *definition;
    const char *writer;       /* of the definition: NULL (extractive) or "llm" */
} digest_term;

typedef struct digest_section {
    char *title;
    char *body;
    const char *writer;       /* of the body: NULL (extractive) or "llm" */
} digest_section;

typedef struct digest_citation {
    char *title;
    char *source;
    char *url;
} digest_citation;

typedef struct digest {
    char *date;               /* YYYY-MM-DD */
    char *date_heading;       /* as printed: YYYY-MM-DD or YYYY年M月D日 */
    char *version;
    const char *writer;       /* "extractive" or "llm" */
    char *empty_reason;       /* non-NULL for a day with nothing collected: why */
    digest_key_point *key_points;
    size_t nkey_points;
    digest_story *stories;    /* in ニュース紹介 order */
    size_t nstories;
    size_t *group_stories[STORY_GROUP_COUNT]; /* indexes into stories */
    size_t ngroup_stories[STORY_GROUP_COUNT];
    char *group_empty[STORY_GROUP_COUNT];     /* the sentence for an empty group */
    /* 深掘り */
    char *deep_topic;
    size_t deep_story;        /* index into stories */
    char *deep_body;
    digest_section *deep_sections;
    size_t ndeep_sections;
    digest_term *glossary;
    size_t nglossary;
    char *outlook;
    const char *deep_writer;  /* "llm" when any part of the deep dive is */
    const char *deep_body_writer;   /* NULL (extractive) or "llm" */
    const char *outlook_writer;
    char *conclusion;
    const char *conclusion_writer;
    digest_citation *citations;
    size_t ncitations;
} digest;

void digest_free(digest *d);

#endif
