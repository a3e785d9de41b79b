/*
 * analyze_internal: what the files of the analysis engine share and nothing
 * outside src/analyze sees.
 *
 *  features.c  one article's features: language, MinHash sketch of title and
 *              lead, anchors (CVE ids, lexicon names, organisations, amounts,
 *              Latin and katakana proper names), facts and signals;
 *  cluster.c   candidate pairs (LSH buckets, rare-anchor index, links),
 *              pair scores, merging into stories with a guard against
 *              chaining; matching a day's stories with earlier days' stories;
 *  classify.c  group (国内 / 海外 / その他) and category of a story;
 *  rank.c      the importance score, its reasons, and the key points;
 *  analyze.c   loading, orchestration, story ids, the public structures.
 *
 * Everything is deterministic: no pointer-order or hash-seed dependence;
 * every sort has a total order (ties end on an index or an id).
 */
#ifndef SECDIGEST_ANALYZE_INTERNAL_H
#define SECDIGEST_ANALYZE_INTERNAL_H

#include "analyze/analyze.h"
#include "analyze/entities.h"
#include "analyze/lexicon.h"

#include <stdint.h>

/* ---- bounds: what hostile or absurd input cannot exceed ---- */

#define AN_TITLE_MAX 2048       /* bytes of a title that are looked at */
#define AN_LEAD_BYTES 500       /* the lead: this much of the text after the title (about
                                 * 170 Japanese characters or 80 English words) */
#define AN_ENTITY_INPUT 2048    /* bytes of title + text given to entity extraction: the
                                 * lead and first paragraphs, where news states its facts */
#define AN_TAIL_SCAN (1u << 20) /* bytes of text after that searched for CVE ids only */
#define AN_MAX_CVES 256         /* per article */
#define AN_MAX_ANCHORS 48       /* anchors kept per article (title and lead first) */
#define AN_MAX_SHINGLES 256     /* per article (title + lead) */

/* ---- MinHash (one-permutation hashing with densification) ---- */

#define MH_K 64    /* sketch length */
#define LSH_ROWS 4 /* rows per band: bands = MH_K / LSH_ROWS */
#define LSH_BANDS (MH_K / LSH_ROWS)

enum anchor_kind {
    ANC_CVE = 0,
    ANC_ACTOR,   /* actor, malware, ransomware family */
    ANC_PRODUCT,
    ANC_VENDOR,
    ANC_NAME,    /* names_ja_latin entry (a company, agency...) */
    ANC_ORG,     /* organisation: lexicon or by form (株式会社X, X Inc.) */
    ANC_GOV,
    ANC_PLACE,   /* places and countries: weak */
    ANC_DOMAIN,  /* a host name */
    ANC_AMOUNT,  /* a stated count or amount, rounded */
    ANC_LATIN,   /* a Latin-letter proper name not in the lexicon */
    ANC_IDENT,   /* an identifier with letters and digits (NNSA-2026-0117, KB5031234) */
    ANC_KANA,    /* a katakana name not in the lexicon */
    ANC_DATE,    /* a month and day stated in the text (12月17日, December 17) */
    ANC_KIND_COUNT
};

enum anchor_where { ANC_IN_TITLE = 1, ANC_IN_HEAD = 2 /* title or lead */ };

typedef struct anchor {
    uint64_t key;   /* hash of kind class + folded name */
    float w;        /* kind weight x rarity, filled after counting */
    uint32_t df;    /* articles of the day carrying it */
    uint32_t dff;   /* feeds of the day carrying it (a feed repeating itself counts once) */
    uint8_t kind;
    uint8_t where;
} anchor;

/* Per-article facts used by classification and ranking. */
typedef struct afacts {
    double cat_title[STORY_CAT_COUNT]; /* categories.tsv keyword scores in the title */
    double cat_text[STORY_CAT_COUNT];  /* in title + text */
    int exploited, exploitation_denied, zero_day, kev, ransomware;
    int ransomware_title;              /* ransomware named in the title */
    double cvss_max;
    double records;                    /* records / people / accounts */
    double money_usd;                  /* the largest stated amount of money, in USD */
    double money_value;                /* ... as stated */
    int money_unit;                    /* ... its enum amount_unit (USD, JPY, EUR), -1 when none */
    double japan_title;                /* Japan relevance of the title */
    double japan_head;                 /* ... of the title and lead */
    double japan_text;                 /* ... of the whole text */
    double foreign_head;               /* foreign countries / markers in title and lead */
    int jp_vendor;                     /* a Japanese vendor or product is the subject */
    int critical_infra;                /* hospital, power, water, rail, ... */
    int has_actor, has_victim_org;
    int nvuln_amount;                  /* "47 vulnerabilities" */
    int ransomware_head;               /* ransomware named or reported in the title or lead */
    int actor_title;                   /* an actor or malware (not ransomware) named in the title */
    int critical_title;                /* critical / 深刻 / 緊急 in the title */
    int rce;                           /* remote code execution */
    int gov_title;                     /* a government body named in the title */
    int ja_subject;                    /* a Japanese title names its subject in Japanese script */
    int latin_subject;                 /* a Japanese title names its subject only in Latin letters */
    double devices;                    /* stated devices, servers, sites exposed */
} afacts;

typedef struct afeat {
    int64_t t;             /* published, else first seen */
    uint64_t link_hash;    /* canonical link (0: none) */
    uint64_t text_hash;    /* normalised title + lead: exact duplicates */
    uint32_t sig[MH_K];
    uint32_t nshingles;
    uint32_t anc_off, nanc; /* into features.anchors, sorted by key */
    uint32_t sh_off, sh_n;  /* into features.sh while the features are built */
    uint64_t skeleton;      /* the title without bracketed parts, spaces and punctuation (0: too short) */
    uint64_t skeleton_nd;   /* the same without digits: copies of one item, for counting words */
    uint8_t lang;          /* 0 ja, 1 en */
    int64_t feed_id;
    afacts f;
    char **names;          /* display names of organisations/vendors/actors (owned) */
    size_t nnames;
} afeat;

typedef struct features {
    afeat *a;
    size_t n;
    anchor *anchors;
    size_t nanchors, anchors_cap;
    uint32_t *sh;          /* shingles of every article (freed once sketched) */
    size_t nsh, sh_cap;
} features;

/* features.c */
typedef struct feature_ctx feature_ctx;
feature_ctx *feature_ctx_create(const lexicon *lex);
void feature_ctx_free(feature_ctx *fc);
/* Generic katakana terms (glossary.tsv terms and aliases) that name no event. */
void feature_ctx_add_glossary(feature_ctx *fc, const char *path);
/* Fill articles[i] (public fields) and F->a[i] for every item. */
void features_build(feature_ctx *fc, const store_item *items, size_t n, article *articles,
                    features *F);
void features_free(features *F);
/* Count each anchor's document frequency and set its weight. */
void features_weigh_anchors(features *F);
double anchor_kind_weight(enum anchor_kind k);
/* Tests only: remember the text of every anchor key (not thread-safe; off frees it). */
void features_debug(int on);
const char *features_debug_name(uint64_t key);
uint64_t an_hash(const void *p, size_t n, uint64_t seed);
uint64_t an_mix(uint64_t x);
int an_text_lang(const char *lang);

/* cluster.c */
typedef struct pair_eval {
    double score;
    double jaccard;
    double anchor;      /* title/lead anchor coverage */
    double shared_w;    /* weight of shared anchors */
    int cve_conflict;
    int same_link;
    int subject, own_subject_a, own_subject_b, cve_head;
    double cover;
} pair_eval;

double pair_score(const features *F, size_t i, size_t j, pair_eval *ev);
/* Cluster the articles: story_of[i] gets a dense story number (by the
 * smallest article index of each story); returns the number of stories. */
size_t cluster_articles(const features *F, size_t *story_of);
/* Jaccard estimate of two sketches. */
double sketch_jaccard(const uint32_t *a, const uint32_t *b);

/* Earlier days' stories, seen through their articles. */
typedef struct prior_story {
    char *id;
    int64_t day_start;
} prior_story;

typedef struct prior_set {
    features F;            /* articles of the earlier days */
    size_t *story_of;      /* article -> prior story */
    prior_story *stories;
    size_t nstories;
} prior_set;

typedef struct prior_match {
    long story;            /* index into prior_set.stories, -1 when none */
    double score;
    int new_facts;         /* facts today that the earlier story lacked */
    int repeated;          /* the earlier story's articles repeated with nothing new */
} prior_match;

/* For each of today's stories, the earlier story it continues. */
void match_prior(const features *today, const size_t *story_of, size_t nstories,
                 const prior_set *prior, prior_match *out);

/* classify.c */
void classify_story(const day_analysis *a, const features *F, story *s);

/* rank.c */
typedef struct rank_input {
    const prior_match *prior;  /* per story (NULL: no lookback) */
    int64_t day_start, day_end;
} rank_input;
void rank_story(const day_analysis *a, const features *F, story *s, const prior_match *pm,
                const rank_input *ri);
void choose_key_points(day_analysis *a, int want);

/* analyze.c helpers shared with rank/classify */
void story_add_reason(story *s, double points, const char *fmt, ...) SD_PRINTF(3, 4);

/* text_utf8_decode, inlined: the feature and entity scans decode every
 * character of every article, and a call per character was a tenth of
 * their time.  Same results as text_utf8_decode (text/normalize.h). */
static inline size_t an_utf8_decode(const char *str, size_t len, size_t i, int32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    int32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3, v = c & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFD;
        return 1;
    }
    if (len - i <= need) {
        *cp = 0xFFFD;
        return 1;
    }
    for (size_t k = 1; k <= need; k++) {
        unsigned char d = s[i + k];
        if ((d & 0xC0) != 0x80) {
            *cp = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (d & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return need + 1;
}

#endif
