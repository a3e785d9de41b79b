/*
 * entities: the facts one article states, pulled out of its text.
 *
 * Owns extraction, from one text (Japanese, English or mixed), of:
 *  - CVE IDs (any width or case: ＣＶＥ－２０２６－１２３４５ is CVE-2026-12345),
 *    deduplicated in order of first mention, each with the CVSS score the
 *    text states for it ("CVSS 9.8", "CVSSv3.1 base score of 9.8",
 *    "CVSSスコアは9.8", "深刻度「緊急」(9.8)");
 *  - names from the lexicon (vendors, products, actors, malware, ransomware
 *    groups, Latin names written in kana, Japanese organisations, government
 *    bodies, places, words) and organisations found by their form
 *    (株式会社X, X株式会社, X社, 〇〇大学/病院/銀行, 〇〇省/庁, 〇〇市/県, "X Inc.",
 *    "X Corp", "X Ltd"...), and host names: a japan.tsv domain entry is a DNS
 *    suffix (.co.jp) and names the host it ends (example.co.jp), as does any
 *    host under .jp;
 *  - counts and amounts with their unit (約12万件 = 120000 records, 3,400人 =
 *    3400 people, 1.2TB = 1.2e12 bytes (decimal prefixes; KiB.. binary),
 *    $4.5 million = USD 4500000, 500万円 = JPY 5000000);
 *  - signals: exploitation reported (悪用を確認, actively exploited, KEV...)
 *    or denied (悪用は確認されていない, "no evidence of exploitation"),
 *    zero-day, KEV, ransomware; and the Japan relevance of the text;
 *  - keyword scores per category (categories.tsv).
 *
 * Every position is a byte span in the caller's text (not the normalised
 * copy), so callers can cite the sentence a fact came from.
 *
 * Bounds: only the first ENTITIES_MAX_INPUT bytes are read (`truncated` says
 * so); each list is capped; time is linear in the input.
 */
#ifndef SECDIGEST_ENTITIES_H
#define SECDIGEST_ENTITIES_H

#include "analyze/lexicon.h"
#include "core/core.h"

#include <stdint.h>

#define ENTITIES_MAX_INPUT (1u << 20)

enum entity_kind {
    ENTITY_VENDOR,
    ENTITY_PRODUCT,
    ENTITY_ACTOR,
    ENTITY_MALWARE,
    ENTITY_RANSOMWARE, /* a ransomware family or group */
    ENTITY_NAME,       /* names_ja_latin: a Latin name, however it was written */
    ENTITY_ORG,        /* organisation (japan.tsv org, or by form: 株式会社X, X Inc.) */
    ENTITY_GOV,        /* government body (japan.tsv gov, 〇〇省, 〇〇庁) */
    ENTITY_PLACE,      /* japan.tsv place, 〇〇市, 〇〇県 */
    ENTITY_DOMAIN,     /* japan.tsv domain, or a host name under .jp */
    ENTITY_WORD,       /* japan.tsv word: 日本, 国内... */
    ENTITY_KIND_COUNT
};

typedef struct entity_name {
    char *name;           /* lexicon canonical name, or the text's own spelling (NFKC) */
    enum entity_kind kind;
    int japan;            /* counts as a Japan-relevance signal */
    int32_t entry;        /* lexicon entry id, -1 when found by form */
    size_t off, len;      /* first mention in the input */
    unsigned count;       /* mentions */
} entity_name;

typedef struct entity_cve {
    char *id;             /* "CVE-2026-12345" */
    double cvss;          /* score the text states for it, 0 when none */
    size_t off, len;      /* first mention in the input */
    unsigned count;
} entity_cve;

enum amount_unit {
    AMOUNT_RECORDS,  /* 件, records, entries, rows */
    AMOUNT_PEOPLE,   /* 人, 名, people, customers, users, patients... */
    AMOUNT_ACCOUNTS, /* アカウント, accounts */
    AMOUNT_ORGS,     /* 社, 団体, 組織, companies, organizations */
    AMOUNT_DEVICES,  /* 台, devices, servers, systems */
    AMOUNT_VULNS,    /* N件の脆弱性, vulnerabilities, flaws */
    AMOUNT_BYTES,
    AMOUNT_USD,
    AMOUNT_JPY,
    AMOUNT_EUR,
    AMOUNT_UNIT_COUNT
};

enum amount_qualifier {
    AMOUNT_APPROX = 1 << 0,   /* 約, about, an estimated */
    AMOUNT_AT_LEAST = 1 << 1, /* 以上, 超, more than, over */
    AMOUNT_AT_MOST = 1 << 2,  /* 最大, up to, as many as */
};

typedef struct entity_amount {
    enum amount_unit unit;
    double value;         /* records, people, bytes or currency units */
    unsigned qualifier;   /* enum amount_qualifier bits */
    size_t off, len;      /* the phrase in the input (qualifier and unit included) */
} entity_amount;

enum entity_signal_kind { SIGNAL_EXPLOITED, SIGNAL_ZERO_DAY, SIGNAL_KEV, SIGNAL_RANSOMWARE, SIGNAL_KIND_COUNT };

typedef struct entity_signal {
    enum entity_signal_kind kind;
    int negated;          /* the text says it is not so (悪用は確認されていない) */
    size_t off, len;      /* the phrase in the input */
} entity_signal;

typedef struct entity_category {
    char *id;             /* category id from categories.tsv */
    double score;         /* sum of the weights of the distinct keywords found */
    unsigned hits;        /* keyword mentions */
} entity_category;

typedef struct entities {
    entity_cve *cves;
    size_t ncves, cves_cap;
    entity_name *names;   /* in order of first mention */
    size_t nnames, names_cap;
    entity_amount *amounts; /* in order of mention; same unit and value only once */
    size_t namounts, amounts_cap;
    entity_signal *signals; /* every signal phrase, in order */
    size_t nsignals, signals_cap;
    entity_category *categories;
    size_t ncategories, categories_cap;

    double cvss_max;        /* highest CVSS score stated anywhere, 0 when none */
    int exploited;          /* exploitation reported (a phrase not negated, or KEV) */
    int exploitation_denied;/* only negated exploitation phrases */
    int zero_day;
    int kev;
    int ransomware;         /* ransomware phrase or a ransomware name */
    int japan_signals;      /* distinct Japan-relevance names */
    double japan_score;     /* weighted: org/gov 3, place/domain 2, word 1 */
    int truncated;          /* the input was longer than ENTITIES_MAX_INPUT */
} entities;

entities *entities_create(void);
/* Empty the lists (keeping their memory) so one struct serves many texts. */
void entities_clear(entities *e);
void entities_free(entities *e);

/* Extract everything from text[0..len) into `out` (cleared first).  Never
 * fails.  `lex` must be compiled; it may be NULL, but then neither lexicon
 * names nor signals (which are built into every lexicon) are found: pass at
 * least lexicon_create() + lexicon_compile(). */
void entities_extract(const lexicon *lex, const char *text, size_t len, entities *out);

/* Largest value stated in `unit`, 0 when none. */
double entities_largest(const entities *e, enum amount_unit unit);
/* The first-mentioned name of `kind`, or NULL. */
const entity_name *entities_first_of(const entities *e, enum entity_kind kind);

const char *entity_kind_name(enum entity_kind kind);   /* "vendor", "org", ... */
const char *amount_unit_name(enum amount_unit unit);   /* "records", "people", "bytes", "USD", ... */

#endif
