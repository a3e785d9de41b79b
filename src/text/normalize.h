/*
 * normalize: Unicode normalisation of article text, and what script it is in.
 *
 * Owns: the one way text is made comparable for matching (NFKC, case fold,
 * dash and quote lumping, default-ignorables removed: ＣＶＥ－２０２６ and
 * cve‐2026 become "cve-2026", ｶﾀｶﾅ becomes カタカナ), NFC for checking output,
 * the UTF-8 decoder and character classes the other text modules share, and
 * the script mix / language guess of a text.
 *
 * Hostile input: invalid UTF-8 never fails; each bad byte becomes U+FFFD.
 * NUL becomes a space so that results are safe C strings.  Time and memory
 * are linear in the input.  A run of more than 30 combining marks is cut
 * into pieces (as the Stream-Safe Text Format of UAX #15 does), which keeps
 * reordering bounded.
 *
 * Speed: characters that NFKC leaves alone (ASCII, kana, common kanji, CJK
 * brackets and stops) are copied without calling utf8proc, so Japanese and
 * English text normalises at memcpy-like speed; only the rest (full-width
 * and half-width forms, accented Latin, symbols) goes through utf8proc.
 */
#ifndef SECDIGEST_NORMALIZE_H
#define SECDIGEST_NORMALIZE_H

#include "core/core.h"

#include <stdint.h>

/* ---- UTF-8 and character classes -------------------------------------- */

/* Decode one character at s[i] (i < len).  Returns the number of bytes it
 * takes (1..4); *cp is U+FFFD for an invalid or truncated sequence, which
 * then takes exactly one byte. */
size_t text_utf8_decode(const char *s, size_t len, size_t i, int32_t *cp);
/* Encode cp (U+FFFD if out of range or a surrogate) into out[4]; returns 1..4. */
size_t text_utf8_encode(int32_t cp, char out[4]);
/* Offset of the character start at or before i (never past len). */
size_t text_utf8_char_start(const char *s, size_t len, size_t i);

int text_is_hiragana(int32_t cp);   /* U+3041..U+309F */
int text_is_katakana(int32_t cp);   /* full- and half-width katakana and ー; not the middle dot ・ */
int text_is_kanji(int32_t cp);      /* CJK ideographs (incl. extension A/B.., compatibility) and 々〆 */
int text_is_kana(int32_t cp);       /* hiragana or katakana */
int text_is_japanese(int32_t cp);   /* kana or kanji */
int text_is_latin_letter(int32_t cp); /* ASCII, Latin-1..Latin Extended-B and full-width letters */
int text_is_space(int32_t cp);      /* Unicode white space incl. U+3000 and NBSP */
int text_is_upper(int32_t cp);      /* Unicode general category Lu */

/* ---- normalisation ------------------------------------------------------ */

enum text_norm_flags {
    TEXT_NORM_CASEFOLD = 1 << 0, /* Unicode case folding (for matching) */
    TEXT_NORM_LUMP = 1 << 1,     /* dashes -> '-', curly quotes -> ' ", fraction slash -> '/'... */
    TEXT_NORM_MAP = 1 << 2,      /* fill text_norm.src */
};
/* What matching uses everywhere: compare texts only after this. */
#define TEXT_NORM_MATCH (TEXT_NORM_CASEFOLD | TEXT_NORM_LUMP)

typedef struct text_norm {
    char *s;     /* NUL-terminated normalised UTF-8; never NULL after text_normalize */
    size_t len;
    /* With TEXT_NORM_MAP: src[i] is the offset in the input of the character
     * (or the combining sequence) that produced byte i, and src[len] is the
     * input length, so the input span of s[a..b) is [src[a], src[b]) whenever
     * b is the start of a character.  NULL otherwise. */
    size_t *src;
} text_norm;

void text_norm_init(text_norm *n);
void text_norm_free(text_norm *n);
/* NFKC of s[0..len) (always), plus the transformations in `flags`.  Replaces
 * the previous contents of `out` (which must be initialised).  Never fails. */
void text_normalize(const char *s, size_t len, unsigned flags, text_norm *out);

/* Newly allocated NFKC + case fold + lumping (TEXT_NORM_MATCH), never NULL. */
char *text_fold(const char *s, size_t len);
/* Newly allocated NFKC without case fold (names as they are shown), never NULL. */
char *text_nfkc(const char *s, size_t len);
/* Newly allocated NFC (for checking and writing output), invalid bytes as U+FFFD, never NULL. */
char *text_nfc(const char *s, size_t len);
/* Valid UTF-8 already in NFC. */
int text_is_nfc(const char *s, size_t len);

/* ---- script mix and language ------------------------------------------- */

typedef struct text_script_mix {
    size_t kana;          /* hiragana + katakana letters */
    size_t kanji;
    size_t latin;         /* Latin letters */
    size_t latin_accented;/* of which outside ASCII (and full-width) */
    size_t other_letters; /* Hangul, Cyrillic, Greek, Arabic, ... */
    size_t digits;
    size_t invalid;       /* U+FFFD, including bytes that were not UTF-8 */
    double ja_share;      /* (kana + kanji) / all letters, 0 when no letters */
    double latin_share;   /* latin / all letters */
} text_script_mix;

void text_script_mix_of(const char *s, size_t len, text_script_mix *out);
/* "ja", "en" or NULL when the text is too short, mixed, or in another
 * language.  Japanese needs kana (kanji alone may be Chinese); English needs
 * Latin letters with few accents and, for longer texts, English function
 * words.  Looks at no more than the first 64 KiB. */
const char *text_language_guess(const char *s, size_t len);

#endif
