/*
 * fuzz_text: the language layer on arbitrary bytes.
 *
 * Runs normalisation (fold, NFKC, NFC, script mix, language guess),
 * sentence splitting, tokenizing (MeCab when installed) and entity
 * extraction on the input, and checks what must always hold: no crash, every
 * span inside the input and in order, folding idempotent, output valid UTF-8.
 * The lexicon is a small one built in memory, so the target needs no files.
 */
#include "analyze/entities.h"
#include "analyze/lexicon.h"
#include "text/normalize.h"
#include "text/sentence.h"
#include "text/tokenize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static lexicon *lex;
static tokenizer *tok;
static entities *ent;
static sentence_list sentences;
static token_list tokens;

static const char actors[] = "LockBit\transomware\tLockBit 3.0|ロックビット\n"
                             "Lazarus Group\tactor\tLazarus|ラザルス\n";
static const char vendors[] = "Fortinet\tvendor\tフォーティネット\nFortiOS\tproduct\t\n";
static const char names[] = "Asahi\tアサヒ|朝日\n";
static const char japan[] = "日本\tword\n国内\tword\n東京都\tplace\n警察庁\tgov\ngo.jp\tdomain\n";
static const char categories[] = "ransomware\t3\tランサムウェア\ndata_breach\t2\t流出\n";

static void must(int cond)
{
    if (!cond)
        abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    sd_err err = SD_ERR_INIT;
    lex = lexicon_create();
    must(lexicon_add_text(lex, LEX_FILE_ACTORS, actors, strlen(actors), "actors", &err) == 0);
    must(lexicon_add_text(lex, LEX_FILE_VENDORS, vendors, strlen(vendors), "vendors", &err) == 0);
    must(lexicon_add_text(lex, LEX_FILE_NAMES, names, strlen(names), "names", &err) == 0);
    must(lexicon_add_text(lex, LEX_FILE_JAPAN, japan, strlen(japan), "japan", &err) == 0);
    must(lexicon_add_text(lex, LEX_FILE_CATEGORIES, categories, strlen(categories), "categories", &err) == 0);
    must(lexicon_compile(lex, &err) == 0);
    tok = tokenizer_create(NULL);
    ent = entities_create();
    sentence_list_init(&sentences);
    token_list_init(&tokens);
    return 0;
}

static int valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t cl = text_utf8_decode(s, n, i, &cp);
        if (cp == 0xFFFD && cl == 1)
            return 0;
        i += cl;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;

    char *f = text_fold(s, size);
    size_t fl = strlen(f);
    must(valid_utf8(f, fl));
    char *ff = text_fold(f, fl);
    must(strcmp(f, ff) == 0);
    free(ff);
    free(f);
    char *k = text_nfkc(s, size);
    must(valid_utf8(k, strlen(k)));
    free(k);
    char *c = text_nfc(s, size);
    must(text_is_nfc(c, strlen(c)));
    free(c);

    text_norm n;
    text_norm_init(&n);
    text_normalize(s, size, TEXT_NORM_MATCH | TEXT_NORM_MAP, &n);
    for (size_t i = 0; i <= n.len; i++)
        must(n.src[i] <= size && (i == 0 || n.src[i] >= n.src[i - 1]));
    must(n.src[n.len] == size);
    text_norm_free(&n);

    text_script_mix mix;
    text_script_mix_of(s, size, &mix);
    const char *lang = text_language_guess(s, size);
    must(!lang || strcmp(lang, "ja") == 0 || strcmp(lang, "en") == 0);

    sentence_split(s, size, &sentences);
    size_t prev_end = 0;
    for (size_t i = 0; i < sentences.count; i++) {
        const sentence *st = &sentences.items[i];
        must(st->len > 0 && st->off >= prev_end && st->off + st->len <= size);
        must(st->len <= SENTENCE_MAX_BYTES + 8);
        prev_end = st->off + st->len;
    }

    tokenizer_run(tok, s, size, &tokens);
    for (size_t i = 0; i < tokens.count; i++) {
        const token *t = &tokens.items[i];
        must(t->off + t->src_len <= size);
        must(t->len > 0 && t->len <= TOKENIZE_MAX_TOKEN);
        must(strlen(token_list_text(&tokens, i)) == t->len);
    }

    entities_extract(lex, s, size, ent);
    for (size_t i = 0; i < ent->ncves; i++)
        must(ent->cves[i].off + ent->cves[i].len <= size && ent->cves[i].cvss >= 0 && ent->cves[i].cvss <= 10);
    for (size_t i = 0; i < ent->nnames; i++) {
        must(ent->names[i].off + ent->names[i].len <= size);
        must(valid_utf8(ent->names[i].name, strlen(ent->names[i].name)));
    }
    for (size_t i = 0; i < ent->namounts; i++)
        must(ent->amounts[i].off + ent->amounts[i].len <= size && ent->amounts[i].value > 0);
    for (size_t i = 0; i < ent->nsignals; i++)
        must(ent->signals[i].off + ent->signals[i].len <= size);
    return 0;
}
