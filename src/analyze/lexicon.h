/*
 * lexicon: the name lists analysis matches against, and the matcher.
 *
 * Owns reading the lexicon files (data/lexicon/ of the install, then a user
 * folder that extends and overrides it), the built-in signal phrases
 * (exploitation, zero-day, KEV, ransomware) and one Aho-Corasick automaton
 * over all of them, so that finding every name in a text is one pass,
 * linear in its length whatever the size of the lists.
 *
 * Files (UTF-8, '#' starts a comment line, fields separated by one TAB):
 *   actors.tsv          canonical TAB kind TAB alias|alias...   kind: actor | malware | ransomware
 *   vendors.tsv         canonical TAB kind TAB alias|alias...   kind: vendor | product
 *   names_ja_latin.tsv  latin TAB form|form...                  katakana/kanji spellings of a Latin name
 *   japan.tsv           term TAB kind                           kind: org | gov | place | domain | word
 *                       (a domain is a DNS suffix such as .co.jp)
 *   categories.tsv      category TAB weight TAB keyword         category: [a-z_]+
 * A missing file is an empty list.  A malformed line is an error naming the
 * file and line.
 *
 * Overriding: a later file (the user folder) replaces an entry with the same
 * key: the canonical name (actors, vendors), the Latin name (names), the term
 * (japan), the category and keyword (categories).  Kind "none" (or weight 0
 * for categories, or form "-" for names) removes the entry instead.
 *
 * names_ja_latin: when the Latin name is the canonical name or an alias of an
 * actors/vendors entry, its forms become more aliases of that entry;
 * otherwise it is an entry of its own, kind LEX_NAME, named by the Latin.
 *
 * Matching is done on text folded with text_fold()/TEXT_NORM_MATCH (patterns
 * are folded the same way).  A pattern that starts (ends) with an ASCII letter
 * or digit only matches where the byte before (after) is not one; a pattern
 * starting with katakana does not match in the middle of a katakana word.
 *
 * A compiled lexicon is read-only: any number of threads may scan with it.
 */
#ifndef SECDIGEST_LEXICON_H
#define SECDIGEST_LEXICON_H

#include "core/core.h"

#include <stdint.h>

enum lexicon_kind {
    LEX_ACTOR,       /* actors.tsv */
    LEX_MALWARE,
    LEX_RANSOMWARE,
    LEX_VENDOR,      /* vendors.tsv */
    LEX_PRODUCT,
    LEX_NAME,        /* names_ja_latin.tsv entry that is in neither file above */
    LEX_JP_ORG,      /* japan.tsv */
    LEX_JP_GOV,
    LEX_JP_PLACE,
    LEX_JP_DOMAIN,
    LEX_JP_WORD,
    LEX_CATEGORY,    /* categories.tsv keyword */
    LEX_SIGNAL,      /* built-in phrase; `signal` says which */
    LEX_STOP,        /* built-in longer phrase that hides a shorter name (日本時間 hides 日本) */
};

enum lexicon_signal {
    LEX_SIG_EXPLOITED_EN, /* "actively exploited"...: negated by "not"/"no" before it */
    LEX_SIG_EXPLOITED_JA, /* 悪用を確認...: negated by ない/ません after it, not after 場合 */
    LEX_SIG_ZERO_DAY,
    LEX_SIG_KEV,
    LEX_SIG_RANSOMWARE,
};

enum lexicon_file {
    LEX_FILE_ACTORS,
    LEX_FILE_VENDORS,
    LEX_FILE_NAMES,
    LEX_FILE_JAPAN,
    LEX_FILE_CATEGORIES,
    LEX_FILE_COUNT
};

typedef struct lexicon_entry {
    const char *name;   /* canonical name as written (Latin for LEX_NAME; the term for japan.tsv) */
    enum lexicon_kind kind;
    int category;       /* LEX_CATEGORY: index for lexicon_category_name(); else -1 */
    int signal;         /* LEX_SIGNAL: enum lexicon_signal; else -1 */
    double weight;      /* LEX_CATEGORY: the keyword's weight; else 0 */
} lexicon_entry;

typedef struct lexicon_match {
    size_t off, len; /* bytes in the folded text */
    uint32_t entry;
} lexicon_match;

typedef struct lexicon lexicon;

/* An empty lexicon holding only the built-in signal phrases. */
lexicon *lexicon_create(void);
void lexicon_free(lexicon *lex);
/* Add the contents of one file; `name` is used in error messages. */
int lexicon_add_text(lexicon *lex, enum lexicon_file file, const char *text, size_t len,
                     const char *name, sd_err *err);
/* Add every lexicon file found in `dir`; the folder must exist unless missing_ok. */
int lexicon_add_dir(lexicon *lex, const char *dir, int missing_ok, sd_err *err);
/* Build the matcher.  Adding after this is an error; scanning before it finds nothing. */
int lexicon_compile(lexicon *lex, sd_err *err);
/* create + add bundled_dir (must exist) + user_dir (may be NULL or missing) +
 * compile.  Both are lexicon folders (…/data/lexicon), holding the .tsv files. */
lexicon *lexicon_load(const char *bundled_dir, const char *user_dir, sd_err *err);

size_t lexicon_entry_count(const lexicon *lex);
const lexicon_entry *lexicon_entry_get(const lexicon *lex, uint32_t id);
size_t lexicon_category_count(const lexicon *lex);
const char *lexicon_category_name(const lexicon *lex, int category);
/* Entries whose name or alias folds to the same text as name[0..len); returns
 * how many, storing up to `max` ids. */
size_t lexicon_lookup(const lexicon *lex, const char *name, size_t len, uint32_t *ids, size_t max);

/* Every match (each entry of each pattern occurrence that passes the boundary
 * rules) in folded text, in order of end offset.  `fn` returns nonzero to
 * stop.  Returns the number of matches reported. */
typedef int (*lexicon_match_fn)(const lexicon_match *m, void *ctx);
size_t lexicon_scan(const lexicon *lex, const char *folded, size_t len, lexicon_match_fn fn,
                    void *ctx);

const char *lexicon_kind_name(enum lexicon_kind kind);

#endif
