/*
 * compose: from the day's analysis to a digest (compose/digest.h).
 *
 * The extractive writer chooses sentences from the collected articles
 * (centrality over MeCab-segmented Japanese and tokenised English, redundancy
 * removed across sources, length limits per part) and adds only our own fixed
 * wording from the data folder (glossary, guidance per category).  For a story
 * with only English sources it builds the Japanese headline and lead from the
 * extracted facts with our own sentence patterns, then quotes key English
 * sentences as quotations.  Nothing is invented: every sentence is a source's
 * sentence or our fixed wording.
 *
 * An optional LLM writer (compose/llm.h) may replace prose parts; each part
 * records which writer produced it.
 */
#ifndef SECDIGEST_COMPOSE_H
#define SECDIGEST_COMPOSE_H

#include "analyze/analyze.h"
#include "compose/digest.h"
#include "core/core.h"
#include "store/store.h"

struct llm_writer; /* compose/llm.h */

typedef struct compose_opts {
    const char *date;           /* YYYY-MM-DD */
    int date_style_ja;          /* headings as YYYY年M月D日 */
    const char *data_dir;       /* bundled data: glossary.tsv, guidance.tsv */
    const char *user_data_dir;  /* user additions, or NULL */
    const char *timezone;
    int64_t day_start, day_end;
    int key_points;             /* 0: 3 */
    const char *version;
    const char *empty_reason;   /* why nothing was collected, for an empty day (or NULL) */
    struct llm_writer *llm;     /* NULL: extractive only */
} compose_opts;

int compose_digest(store *st, const day_analysis *a, const compose_opts *opts, digest **out, sd_err *err);

#endif
