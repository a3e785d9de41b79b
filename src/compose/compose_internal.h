/*
 * compose internals: what compose.c, writer.c, textrank.c, refdata.c and
 * patterns.c share.  Nothing outside src/compose includes this.
 *
 *  - refdata: the glossary and the defensive guidance (data/README.md), bundled
 *    then user folder, and finding which glossary terms a text uses;
 *  - textrank: token sets of sentences, their overlap, and centrality;
 *  - writer: a story's candidate sentences (cleaned, tokenised, ranked) and
 *    the choices made from them (paragraphs, summary, cue sentences);
 *  - patterns: our own fixed Japanese wording (labels, headline patterns for
 *    English-only stories, numbers written the Japanese way, clean-up of
 *    titles).
 */
#ifndef SECDIGEST_COMPOSE_INTERNAL_H
#define SECDIGEST_COMPOSE_INTERNAL_H

#include "analyze/analyze.h"
#include "analyze/entities.h"
#include "core/core.h"
#include "text/tokenize.h"

#include <stdint.h>

/* ---- refdata.c ---------------------------------------------------------- */

typedef struct gloss_entry {
    char *term;
    char *definition;
    char **spellings;  /* the term, then its aliases */
    size_t nspellings;
} gloss_entry;

typedef struct guide_line {
    char *category;    /* category id or "general" */
    char *kind;        /* background | impact | countermeasure | outlook */
    char *text;
} guide_line;

typedef struct refdata {
    gloss_entry *gloss;
    size_t ngloss, gloss_cap;
    guide_line *guide;
    size_t nguide, guide_cap;
} refdata;

/* Bundled folder first (its files must exist), then the user folder (optional,
 * "~/" expanded); user records replace bundled ones by key as data/README.md
 * says.  Malformed lines are skipped with a warning naming file and line. */
int refdata_load(refdata *rd, const char *data_dir, const char *user_dir, sd_err *err);
void refdata_free(refdata *rd);
/* The guidance lines of (category, kind), in file order; falls back to
 * "general" when the category has none.  Returns the count; *lines points
 * into an array the caller frees (the strings belong to rd). */
size_t refdata_guidance(const refdata *rd, const char *category, const char *kind, const char ***lines);
/* Glossary entries whose term or an alias occurs in `text` (NFC or any form:
 * it is compared after NFKC), ordered by first occurrence (ties by term),
 * at most `max`.  Returns the count stored in idx (indexes into rd->gloss). */
size_t refdata_glossary_in(const refdata *rd, const char *text, size_t len, size_t max, size_t *idx);

/* ---- textrank.c --------------------------------------------------------- */

typedef struct tokset {
    uint64_t *h;   /* sorted, unique */
    size_t n;
} tokset;

void tokset_free(tokset *t);
/* From a token list: the tokens whose source span starts in [off, off+len). */
void tokset_from_tokens(const token_list *tl, size_t off, size_t len, tokset *out);
size_t tokset_overlap(const tokset *a, const tokset *b);
double tokset_jaccard(const tokset *a, const tokset *b);
/* TextRank centrality with a prior (teleport) distribution: score[i] for
 * each of n sentences.  prior may be NULL (uniform).  Deterministic. */
void textrank(const tokset *sets, const double *prior, size_t n, double *score);

/* ---- writer.c ----------------------------------------------------------- */

typedef struct csent {
    char *text;       /* cleaned: NFC, one line, no control characters */
    size_t chars;     /* code points */
    size_t bytes;
    int ja;           /* Japanese sentence (else English) */
    size_t article;   /* rank of its article in the story (0 = best source) */
    size_t pos;       /* index of the sentence in its article */
    size_t rank_pos;  /* index among the article's kept sentences */
    unsigned flags;   /* sentence_flags */
    tokset toks;
    double score;     /* centrality */
    int used;         /* printed in the story's paragraphs */
    int deep;         /* printed in the deep dive */
} csent;

typedef struct cpool {
    csent *v;
    size_t n, cap;
} cpool;

/* How many articles / sentences of one story are read (speed bound): the
 * facts of news are in its first sentences. */
#define WRITER_MAX_ARTICLES 8
#define WRITER_MAX_SENTENCES_PER_ARTICLE 16
#define WRITER_MAX_SENTENCES 60

/* The candidate sentences of a story (at most per_article from each of its
 * articles), split by language, ranked. */
void cpool_build(cpool *ja, cpool *en, tokenizer *tk, const day_analysis *a, const story *s, size_t per_article);
void cpool_free(cpool *p);

/* Indexes (into p->v) of sentences chosen by centrality under a redundancy
 * limit and a budget, returned in reading order (article, position).
 * max_units: characters for Japanese, bytes for English. */
size_t writer_select(const cpool *p, size_t max_sentences, size_t max_units, size_t max_articles,
                     size_t *out);
/* The selected sentences as 1..max_par paragraphs (new paragraph at an
 * article change or when a paragraph would pass par_units).  Marks them used.
 * Returns the number of paragraphs appended to *pars. */
size_t writer_paragraphs(cpool *p, const size_t *sel, size_t nsel, size_t par_units, size_t max_par,
                         char ***pars, size_t *npars);
/* One or two of the most central sentences, in reading order, within
 * max_chars; a single over-long sentence is cut at a clause boundary with
 * "…".  NULL when the pool is empty. */
char *writer_summary(const cpool *p, size_t max_chars);
/* Sentences of the pool that speak of `cue` (CUE_*), best first, at most max,
 * preferring sentences not yet used.  Returns the count stored in out. */
enum writer_cue { CUE_BACKGROUND, CUE_IMPACT, CUE_COUNTERMEASURE, CUE_COUNT };
size_t writer_cue_sentences(const cpool *p, enum writer_cue cue, size_t max, size_t *out);
/* Up to max of the most central sentences printed nowhere yet and not
 * redundant with anything printed, within max_units; reading order. */
size_t writer_fresh(const cpool *p, size_t max, size_t max_units, size_t *out);
/* Code points in a UTF-8 string. */
size_t utf8_chars(const char *s, size_t len);
/* Cleaned copy of source text for output: NFC, control characters dropped,
 * white space collapsed to one space, trimmed, stray-punctuation runs and
 * braces neutralised.  Never NULL. */
char *clean_text(const char *s, size_t len);

/* ---- patterns.c --------------------------------------------------------- */

const char *pattern_category_label(enum story_category c);  /* ランサムウェア, 情報漏えい... */
/* A source title as a headline: tags (【速報】), the site-name suffix and
 * stray spaces removed, cut to max_chars (Japanese) at a character boundary
 * or, for Latin text, at a word boundary.  Never NULL (maybe ""). */
char *pattern_clean_title(const char *title, const char *site, size_t max_chars);
/* A count written the Japanese way: 4300 -> "4,300", 3400000 -> "340万",
 * 41000000 -> "4,100万", 1200000000 -> "12億"; *rounded when digits were lost. */
char *pattern_number_ja(double v, int *rounded);
/* CVSS or score with one decimal, locale-independent ("9.8"). */
char *pattern_decimal1(double v);

/* Facts of an English-only story, from its sources' text only. */
typedef struct story_facts {
    char *victim;      /* affected organisation (a name the sources repeat) */
    char *product;     /* product named (lexicon) */
    char *vendor;      /* vendor named (lexicon) */
    char *actor;       /* threat actor (lexicon) */
    char *malware;     /* malware family (lexicon) */
    char *ransomware;  /* ransomware group or family (lexicon) */
    char **cves;
    size_t ncves;
    double cvss;       /* highest stated, 0 if none */
    int exploited;     /* exploitation reported */
    int denied;        /* only "not exploited" statements */
    int ransom;        /* ransomware reported */
    double amount;     /* affected records / people / accounts, 0 if none */
    enum amount_unit amount_unit;
    unsigned amount_qual;
} story_facts;

void story_facts_gather(story_facts *f, const lexicon *lex, entities *scratch, const day_analysis *a,
                        const story *s);
void story_facts_free(story_facts *f);
/* Our Japanese headline for an English-only story ("海外報道：…" when no
 * pattern applies).  `title` is the best English title (cleaned). */
char *pattern_headline_en(const story_facts *f, enum story_category cat, const char *title);
/* Our Japanese lead sentence(s) for an English-only story: who reported,
 * then the facts found. `names` are the distinct source names. */
char *pattern_lead_en(const story_facts *f, enum story_category cat, char **names, size_t nnames);

#endif
