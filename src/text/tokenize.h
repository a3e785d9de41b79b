/*
 * tokenize: words of Japanese and English text, normalised for comparing.
 *
 * Owns the one tokenizer used for similarity sketches (MinHash/SimHash) and
 * for TextRank.  Text is normalised first (text_normalize, TEXT_NORM_MATCH),
 * then cut into runs:
 *  - Japanese runs (kana, kanji) go to MeCab: nouns, independent verbs and
 *    adjectives are kept (verbs/adjectives as their dictionary form);
 *    particles, auxiliaries, symbols, suffixes, pronouns, dependent words
 *    and a few empty words (する, いる, こと, ため...) are dropped.
 *  - Runs of other letters and digits are words: lower-cased, English stop
 *    words dropped, optionally stemmed (plural -s, -ed, -ing, final -e), and
 *    dots between letters or digits kept (3.1.4, example.com, setup.exe), as
 *    are hyphens next to digits (cve-2026-12345, windows-11).
 * Every token says where it came from in the caller's text.
 *
 * MeCab: the tagger is created once per tokenizer (it maps the dictionary,
 * which takes milliseconds) and reused; a tokenizer is therefore not
 * thread-safe: use one per thread.  The dictionary is found through
 * mecabrc's default, else in the usual places (/var/lib/mecab/dic/ipadic-utf8,
 * <mecab-config --dicdir>/ipadic-utf8 for Debian and /usr/local builds); it
 * must be UTF-8.  When no usable MeCab dictionary exists, Japanese runs
 * become character bigrams (pairs of two hiragana are skipped) after one
 * warning from tokenizer_create; nothing crashes.
 *
 * Bounds: only the first TOKENIZE_MAX_INPUT bytes are read; MeCab sees at
 * most TOKENIZE_MECAB_CHUNK bytes at a time; tokens longer than
 * TOKENIZE_MAX_TOKEN bytes are dropped (hashes, base64).
 */
#ifndef SECDIGEST_TOKENIZE_H
#define SECDIGEST_TOKENIZE_H

#include "core/core.h"

#include <stdint.h>

#define TOKENIZE_MAX_INPUT (1u << 20)
#define TOKENIZE_MECAB_CHUNK 4096
#define TOKENIZE_MAX_TOKEN 64

typedef struct tokenizer_opts {
    const char *mecab_dicdir; /* NULL: mecabrc's default, then the usual places */
    int no_mecab;             /* never use MeCab (Japanese as bigrams), no warning */
    int base_forms;           /* Japanese verbs/adjectives as dictionary forms (default 1) */
    int stem;                 /* light English stemming (default 1) */
    int keep_numbers;         /* keep number tokens (default 1) */
    int keep_stopwords;       /* keep English stop words and empty Japanese words (default 0) */
} tokenizer_opts;

/* The defaults above. */
void tokenizer_opts_init(tokenizer_opts *o);

enum token_kind {
    TOKEN_WORD,      /* a word of a space-separated script (English...) */
    TOKEN_NUMBER,    /* digits, maybe with . , (2026, 9.8, 3.1.4) */
    TOKEN_JA,        /* a Japanese word from MeCab */
    TOKEN_JA_BIGRAM, /* two Japanese characters (no MeCab) */
};

typedef struct token {
    size_t text;         /* offset of the NUL-terminated token in token_list.buf */
    uint32_t len;        /* its length in bytes */
    enum token_kind kind;
    uint64_t hash;       /* token_hash() of the token */
    size_t off, src_len; /* where it came from in the input */
} token;

typedef struct token_list {
    token *items;
    size_t count, cap;
    strbuf buf;
} token_list;

void token_list_init(token_list *l);
void token_list_free(token_list *l);
/* The text of token i. */
const char *token_list_text(const token_list *l, size_t i);

typedef struct tokenizer tokenizer;

/* Never fails: without MeCab it falls back to bigrams.  opts may be NULL. */
tokenizer *tokenizer_create(const tokenizer_opts *opts);
void tokenizer_free(tokenizer *t);
/* 1 when Japanese goes through MeCab. */
int tokenizer_has_mecab(const tokenizer *t);
/* The MeCab dictionary folder in use, or NULL. */
const char *tokenizer_dicdir(const tokenizer *t);

/* Tokens of text[0..len), replacing what `out` held.  Returns the count. */
size_t tokenizer_run(tokenizer *t, const char *text, size_t len, token_list *out);

/* 64-bit FNV-1a: stable across runs and machines (sketches are stored). */
uint64_t token_hash(const char *s, size_t n);

#endif
