/*
 * analyze: the day's stored articles turned into the day's ranked stories.
 *
 * Input: the items of one day (store_items_between), with their extracted
 * text.  Output: stories (reports of the same event across sources and
 * languages, grouped), each with its digest group, category, facts, a score
 * and the reasons for that score, sorted by score; and the key points.
 * Every decision is explainable: `reasons` lists what added to the score.
 *
 * Nothing here writes prose; compose does.  Nothing here touches the network.
 */
#ifndef SECDIGEST_ANALYZE_H
#define SECDIGEST_ANALYZE_H

#include "core/core.h"
#include "store/store.h"

enum story_group { STORY_GROUP_DOMESTIC = 0, STORY_GROUP_OVERSEAS, STORY_GROUP_OTHER, STORY_GROUP_COUNT };

enum story_category {
    STORY_CAT_RANSOMWARE = 0,
    STORY_CAT_DATA_BREACH,
    STORY_CAT_VULNERABILITY,
    STORY_CAT_ACTIVE_EXPLOITATION,
    STORY_CAT_THREAT_ACTOR,
    STORY_CAT_FRAUD_PHISHING,
    STORY_CAT_POLICY,
    STORY_CAT_PRODUCT,
    STORY_CAT_COUNT
};

/* The heading as the digest prints it: 国内セキュリティ動向, 海外重大事例, その他インシデント. */
const char *story_group_heading(enum story_group g);
/* "ransomware", "data_breach", ... (the ids used in data files and JSON). */
const char *story_category_id(enum story_category c);
int story_category_from_id(const char *id, enum story_category *out);

/* One article of the day, prepared for analysis. */
typedef struct article {
    const store_item *item; /* borrowed from day_analysis.items */
    const char *text;       /* extracted body, else summary, else title (borrowed) */
    char *lang;             /* "ja" or "en" */
    char *norm_title;       /* NFKC, case-folded title */
    char **cves;            /* CVE ids found, in order */
    size_t ncves;
    int exploited;          /* exploitation reported */
    int ransomware;         /* ransomware reported */
    double cvss_max;        /* 0 if none stated */
    int64_t records;        /* largest count of records/people affected stated, 0 if none */
    int japan_signals;      /* count of Japan-relevance signals in title+text */
    size_t story;           /* index into day_analysis.stories */
} article;

typedef struct story_reason {
    char *what;    /* "3 independent sources", "actively exploited", ... */
    double points;
} story_reason;

typedef struct story {
    char *id;               /* stable for the same input: "YYYYMMDD-xxxxxxxx" */
    size_t *articles;       /* indexes into day_analysis.articles, best source first */
    size_t narticles;
    enum story_group group;
    enum story_category category;
    double score;
    story_reason *reasons;
    size_t nreasons;
    char **cves;            /* union of the articles' CVE ids */
    size_t ncves;
    double cvss_max;
    int exploited;
    int ransomware;
    int64_t records;
    int languages;          /* bit 1: ja, bit 2: en */
    char **orgs;            /* affected organisations, vendors, actors named */
    size_t norgs;
    char *continues;        /* id of an earlier day's story this one follows, or NULL */
} story;

typedef struct analyze_opts {
    const char *data_dir;       /* bundled data (lexicons) */
    const char *user_data_dir;  /* extra user lexicons, or NULL */
    int64_t day_start, day_end; /* the day, UTC bounds */
    int key_points;             /* 0: 3 */
    const char *timezone;       /* IANA zone naming the day in story ids; NULL: the UTC date
                                 * of the middle of [day_start, day_end) (right for any zone
                                 * within 12 hours of UTC) */
} analyze_opts;

typedef struct day_analysis {
    store_item *items;      /* owned */
    size_t nitems;
    article *articles;      /* one per item */
    size_t narticles;
    story *stories;         /* sorted by score, highest first; ties by id */
    size_t nstories;
    size_t *key_points;     /* indexes into stories */
    size_t nkey_points;
} day_analysis;

/* Load the day's items and analyse them; earlier days in the store are used for novelty and `continues`. */
int analyze_day(store *st, const analyze_opts *opts, day_analysis **out, sd_err *err);
/* Analyse items already in memory (takes ownership of `items`). */
int analyze_items(store *st, const analyze_opts *opts, store_item *items, size_t nitems,
                  day_analysis **out, sd_err *err);
void day_analysis_free(day_analysis *a);

#endif
