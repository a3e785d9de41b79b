/*
 * sentence: splitting Japanese and English text into sentences.
 *
 * Owns the sentence boundaries every later step cites.  The result is a list
 * of spans (offset, length) into the caller's text, so a digest can quote a
 * sentence exactly as the source wrote it.  Spans never include the
 * surrounding white space or a bullet marker, and a span with no letter,
 * digit or Japanese character ("■", "----") is not a sentence.
 *
 * Rules (decided here, tested in tests/unit/test_sentence.c):
 *  - Lines: a blank line always ends a sentence; so does a single line break,
 *    except when an English sentence was plainly hard-wrapped (the line ends
 *    in a lower-case letter, ',' or ';' and the next starts with a lower-case
 *    letter), in which case the span crosses the line break.
 *  - Bullet lines start with ・ ● ○ ◆ ◇ ■ □ ▪ • ◎ ★ ☆ ▶ ► ※ → ✓, a circled
 *    number (①..⑳, ❶..❿), "- ", "* ", "+ ", or a 1-2 digit list number ("1. ",
 *    "2) ", "(3) ", "４．").  Each is its own sentence (or sentences) flagged
 *    SENTENCE_BULLET; the marker is left out of the span.
 *  - Japanese: 。｡！？ end a sentence.  Closing brackets and quotes after the
 *    stop (」』）)】] ” ’ " ') stay with the sentence.  Inside 「…」 and 『…』
 *    nothing is split when the quote closes on the same line within
 *    SENTENCE_QUOTE_MAX characters (「…。」と述べた。 is one sentence); a longer
 *    or unclosed quote is split normally, so one stray 「 cannot swallow a
 *    paragraph.  ． ends a sentence unless it sits between digits or Latin
 *    letters (full-width version numbers).
 *  - English: ! and ? end a sentence when followed by white space or the end
 *    (not "Yahoo!").  '.' ends a sentence when followed by white space or the
 *    end, and not: after a title or short abbreviation (Mr. Dr. e.g. i.e. vs.
 *    No. before a number, Nov. before a day...), after a single-letter
 *    initial, or when the next word starts with a lower-case letter.  After
 *    company and place abbreviations (Inc. Ltd. Corp. Co. etc. U.S. a.m.) it
 *    ends a sentence only when the next word is a common sentence opener
 *    ("The", "It", "However"...).  Dots inside a word (3.1.4, v2.0,
 *    example.com, setup.exe, U.S.) never split.
 *  - Length: a sentence longer than SENTENCE_MAX_BYTES is cut at the last
 *    space or comma (、，,) in its second half, else at a character
 *    boundary, and flagged SENTENCE_CUT.  Time is linear in the input.
 *  - Invalid UTF-8 bytes are kept inside spans as they are (callers normalise).
 */
#ifndef SECDIGEST_SENTENCE_H
#define SECDIGEST_SENTENCE_H

#include "core/core.h"

#define SENTENCE_MAX_BYTES 2048
#define SENTENCE_QUOTE_MAX 200 /* characters */

enum sentence_flags {
    SENTENCE_BULLET = 1 << 0,     /* from a bullet or numbered list line */
    SENTENCE_CUT = 1 << 1,        /* ended only because it was too long */
    SENTENCE_PARAGRAPH = 1 << 2,  /* first sentence of a paragraph (or of the text) */
};

typedef struct sentence {
    size_t off; /* byte offset into the text that was split */
    size_t len; /* bytes */
    unsigned flags;
} sentence;

typedef struct sentence_list {
    sentence *items;
    size_t count;
    size_t cap;
} sentence_list;

void sentence_list_init(sentence_list *l);
void sentence_list_free(sentence_list *l);
/* Split text[0..len) into `out` (replacing what it held).  Returns the count. */
size_t sentence_split(const char *text, size_t len, sentence_list *out);

#endif
