/* Lexicon files, overriding, and the matcher. */
#include "test.h"

#include "analyze/lexicon.h"
#include "text/normalize.h"

#include <stdlib.h>
#include <time.h>

static const char *testdata(void)
{
    const char *d = getenv("TESTDATA");
    return d ? d : "data";
}

static char *dir_of(const char *name) { return xasprintf("%s/%s", testdata(), name); }

/* The one entry `name` folds to, or NULL when none or several. */
static const lexicon_entry *one(const lexicon *lex, const char *name)
{
    uint32_t ids[4];
    size_t n = lexicon_lookup(lex, name, strlen(name), ids, 4);
    return n == 1 ? lexicon_entry_get(lex, ids[0]) : NULL;
}

typedef struct hits {
    size_t off[64];
    size_t n;
} hits;

static int collect(const lexicon_match *m, void *ctx)
{
    hits *h = ctx;
    (void)m;
    if (h->n < 64) {
        h->off[h->n] = m->off;
        h->n++;
    }
    return 0;
}

static size_t scan_count(const lexicon *lex, const char *text, hits *h)
{
    char *f = text_fold(text, strlen(text));
    memset(h, 0, sizeof *h);
    lexicon_scan(lex, f, strlen(f), collect, h);
    free(f);
    return h->n;
}

/* Number of matches in text that resolve to an entry called `name`. */
typedef struct named {
    const lexicon *lex;
    const char *name;
    size_t count;
} named;

static int count_named(const lexicon_match *m, void *ctx)
{
    named *n = ctx;
    if (strcmp(lexicon_entry_get(n->lex, m->entry)->name, n->name) == 0)
        n->count++;
    return 0;
}

static size_t matches_of(const lexicon *lex, const char *text, const char *name)
{
    char *f = text_fold(text, strlen(text));
    named n = {lex, name, 0};
    lexicon_scan(lex, f, strlen(f), count_named, &n);
    free(f);
    return n.count;
}

TEST(load_bundled_test_lexicon)
{
    char *dir = dir_of("lexicon");
    sd_err err = SD_ERR_INIT;
    lexicon *lex = lexicon_load(dir, NULL, &err);
    CHECK(lex != NULL);
    if (!lex) {
        fprintf(stderr, "%s\n", sd_err_msg(&err));
        sd_err_clear(&err);
        free(dir);
        return;
    }
    const lexicon_entry *e = one(lex, "LockBit 3.0");
    CHECK(e && strcmp(e->name, "LockBit") == 0 && e->kind == LEX_RANSOMWARE);
    /* aliases match whatever their width and case */
    e = one(lex, "ＬＯＣＫＢＩＴ");
    CHECK(e && strcmp(e->name, "LockBit") == 0);
    e = one(lex, "hidden cobra");
    CHECK(e && strcmp(e->name, "Lazarus Group") == 0 && e->kind == LEX_ACTOR);
    /* names_ja_latin forms of a vendor become that vendor's aliases */
    e = one(lex, "フォーティネット");
    CHECK(e && strcmp(e->name, "Fortinet") == 0 && e->kind == LEX_VENDOR);
    e = one(lex, "ﾌｫｰﾃｨﾈｯﾄ");
    CHECK(e && strcmp(e->name, "Fortinet") == 0);
    /* a Latin name in no other file is an entry of its own */
    e = one(lex, "朝日");
    CHECK(e && strcmp(e->name, "Asahi") == 0 && e->kind == LEX_NAME);
    e = one(lex, "asahi");
    CHECK(e && e->kind == LEX_NAME);
    e = one(lex, "警察庁");
    CHECK(e && e->kind == LEX_JP_GOV);
    e = one(lex, ".go.jp");
    CHECK(e && e->kind == LEX_JP_DOMAIN);
    /* categories */
    e = one(lex, "ランサムウェア");
    CHECK(e && e->kind == LEX_CATEGORY && e->weight == 3 &&
          strcmp(lexicon_category_name(lex, e->category), "ransomware") == 0);
    CHECK_INT(lexicon_category_count(lex), 4);
    CHECK(one(lex, "nothing like this") == NULL);
    CHECK(lexicon_entry_get(lex, 1000000) == NULL);
    lexicon_free(lex);
    free(dir);
}

TEST(word_boundaries)
{
    char *dir = dir_of("lexicon");
    sd_err err = SD_ERR_INIT;
    lexicon *lex = lexicon_load(dir, NULL, &err);
    free(dir);
    if (!lex) {
        CHECK(0);
        return;
    }
    CHECK_INT(matches_of(lex, "LockBit claimed it", "LockBit"), 1);
    CHECK_INT(matches_of(lex, "lockbitx and xlockbit and lockbit3", "LockBit"), 0);
    /* the scan reports overlapping patterns too: lockbit, lockbit 3.0, ロックビット */
    CHECK_INT(matches_of(lex, "LockBit 3.0 and ロックビット", "LockBit"), 3);
    CHECK_INT(matches_of(lex, "(LockBit)", "LockBit"), 1);
    /* Latin next to Japanese is a boundary */
    CHECK_INT(matches_of(lex, "LockBitによる攻撃", "LockBit"), 1);
    /* katakana: not in the middle of a katakana word, but a longer word may follow */
    CHECK_INT(matches_of(lex, "カミライ", "Mirai"), 0);
    CHECK_INT(matches_of(lex, "ミライの亜種", "Mirai"), 1);
    CHECK_INT(matches_of(lex, "ミライボット", "Mirai"), 1);
    /* kanji names match anywhere */
    CHECK_INT(matches_of(lex, "朝日新聞", "Asahi"), 1);
    /* overlapping patterns are all reported: "microsoft" and "microsoft exchange" */
    CHECK_INT(matches_of(lex, "Microsoft Exchange", "Microsoft"), 1);
    CHECK_INT(matches_of(lex, "Microsoft Exchange", "Microsoft Exchange"), 1);
    /* white space in the text must match the pattern's single space */
    CHECK_INT(matches_of(lex, "Microsoft\xE3\x80\x80" "Exchange", "Microsoft Exchange"), 1);
    lexicon_free(lex);
}

TEST(user_folder_overrides)
{
    char *dir = dir_of("lexicon"), *user = dir_of("lexicon_user");
    sd_err err = SD_ERR_INIT;
    lexicon *lex = lexicon_load(dir, user, &err);
    free(dir);
    free(user);
    if (!lex) {
        CHECK(0);
        fprintf(stderr, "%s\n", sd_err_msg(&err));
        sd_err_clear(&err);
        return;
    }
    const lexicon_entry *e = one(lex, "Bronze Silhouette");
    CHECK(e && strcmp(e->name, "Volt Typhoon") == 0 && e->kind == LEX_ACTOR);
    e = one(lex, "Geodo");
    CHECK(e && strcmp(e->name, "Emotet") == 0 && e->kind == LEX_MALWARE);
    CHECK(one(lex, "エモテット") != NULL);
    /* removed with kind "none" */
    CHECK(one(lex, "Mirai") == NULL);
    CHECK(one(lex, "ミライ") == NULL);
    /* category keyword removed with weight 0, another added */
    CHECK(one(lex, "流出") == NULL);
    e = one(lex, "漏えい");
    CHECK(e && e->weight == 5 && strcmp(lexicon_category_name(lex, e->category), "data_breach") == 0);
    /* untouched entries stay */
    CHECK(one(lex, "LockBit") != NULL);
    lexicon_free(lex);
}

TEST(in_memory_files_and_errors)
{
    lexicon *lex = lexicon_create();
    sd_err err = SD_ERR_INIT;
    /* BOM, CRLF, comments, blank lines, a stray trailing TAB */
    const char *actors = "\xEF\xBB\xBF# comment\r\n\r\nBlackCat\transomware\tALPHV|ALPHV BlackCat\r\n"
                         "   # indented comment\nScattered Spider\tactor\t\n";
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_ACTORS, actors, strlen(actors), "a.tsv", &err), 0);
    /* replacing within the same load: the later line wins */
    const char *again = "BlackCat\tmalware\tNoberus\n";
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_ACTORS, again, strlen(again), "b.tsv", &err), 0);

    const char *bad_kind = "X\tbadkind\ty\n";
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_ACTORS, bad_kind, strlen(bad_kind), "bad.tsv", &err), -1);
    CHECK(err.msg && strstr(err.msg, "bad.tsv:1:") && strstr(err.msg, "unknown kind 'badkind'"));
    sd_err_clear(&err);
    const char *too_many = "# c\n日本\tword\textra\n";
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_JAPAN, too_many, strlen(too_many), "j.tsv", &err), -1);
    CHECK(err.msg && strstr(err.msg, "j.tsv:2:") && strstr(err.msg, "expected 2"));
    sd_err_clear(&err);
    const char *bad_weight = "ransomware\tlots\tx\n";
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_CATEGORIES, bad_weight, strlen(bad_weight), "c.tsv", &err), -1);
    CHECK(err.msg && strstr(err.msg, "not a number"));
    sd_err_clear(&err);
    const char *bad_cat = "Bad-Cat\t1\tx\n";
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_CATEGORIES, bad_cat, strlen(bad_cat), "c.tsv", &err), -1);
    CHECK(err.msg && strstr(err.msg, "[a-z_]+"));
    sd_err_clear(&err);
    const char *one_field = "lonely\n";
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_VENDORS, one_field, strlen(one_field), "v.tsv", &err), -1);
    sd_err_clear(&err);

    CHECK_INT(lexicon_compile(lex, &err), 0);
    const lexicon_entry *e = one(lex, "alphv");
    CHECK(e == NULL); /* replaced by the later line, whose aliases are Noberus only */
    e = one(lex, "noberus");
    CHECK(e && strcmp(e->name, "BlackCat") == 0 && e->kind == LEX_MALWARE);
    e = one(lex, "scattered spider");
    CHECK(e && e->kind == LEX_ACTOR);
    /* adding after compiling is refused */
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_ACTORS, again, strlen(again), "late.tsv", &err), -1);
    sd_err_clear(&err);
    lexicon_free(lex);
}

TEST(folders)
{
    lexicon *lex = lexicon_create();
    sd_err err = SD_ERR_INIT;
    CHECK_INT(lexicon_add_dir(lex, "/nonexistent/lexicon", 0, &err), -1);
    CHECK(err.msg && strstr(err.msg, "/nonexistent/lexicon"));
    sd_err_clear(&err);
    CHECK_INT(lexicon_add_dir(lex, "/nonexistent/lexicon", 1, &err), 0);
    lexicon_free(lex);
    CHECK(lexicon_load("/nonexistent/lexicon", NULL, &err) == NULL);
    sd_err_clear(&err);
    /* a missing user folder is fine */
    char *dir = dir_of("lexicon");
    lex = lexicon_load(dir, "/nonexistent/user", &err);
    CHECK(lex != NULL);
    lexicon_free(lex);
    free(dir);
}

TEST(builtin_signals)
{
    lexicon *lex = lexicon_create();
    sd_err err = SD_ERR_INIT;
    CHECK_INT(lexicon_compile(lex, &err), 0);
    uint32_t ids[4];
    CHECK_INT(lexicon_lookup(lex, "Actively Exploited", strlen("Actively Exploited"), ids, 4), 1);
    const lexicon_entry *e = lexicon_entry_get(lex, ids[0]);
    CHECK(e->kind == LEX_SIGNAL && e->signal == LEX_SIG_EXPLOITED_EN);
    e = one(lex, "ゼロデイ");
    CHECK(e && e->signal == LEX_SIG_ZERO_DAY);
    e = one(lex, "KEV");
    CHECK(e && e->signal == LEX_SIG_KEV);
    e = one(lex, "日本時間");
    CHECK(e && e->kind == LEX_STOP);
    hits h;
    /* "kev" is word-bounded: not in "kevin" */
    CHECK_INT(scan_count(lex, "kevin", &h), 0);
    CHECK_INT(scan_count(lex, "CISA KEV catalog", &h), 1);
    CHECK_INT(h.off[0], 5);
    lexicon_free(lex);
}

TEST(many_patterns_linear_scan)
{
    /* 20000 names and a 1 MiB text: building and scanning stay fast. */
    strbuf sb = STRBUF_INIT;
    for (int i = 0; i < 20000; i++)
        strbuf_printf(&sb, "Name%05d\tvendor\tAlias%05d|別名%05d\n", i, i, i);
    lexicon *lex = lexicon_create();
    sd_err err = SD_ERR_INIT;
    clock_t t0 = clock();
    CHECK_INT(lexicon_add_text(lex, LEX_FILE_VENDORS, sb.data, sb.len, "big.tsv", &err), 0);
    CHECK_INT(lexicon_compile(lex, &err), 0);
    double build = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(build < 5.0);
    strbuf_reset(&sb);
    size_t want = 0;
    while (sb.len < (1u << 20)) {
        strbuf_printf(&sb, "text about name%05d and alias%05d near 別名%05d, nothing else. ", (int)(want % 20000),
                      (int)((want + 7) % 20000), (int)((want + 9) % 20000));
        want += 3;
    }
    hits h;
    memset(&h, 0, sizeof h);
    t0 = clock();
    size_t n = lexicon_scan(lex, sb.data, sb.len, collect, &h);
    double scan = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK_INT(n, want);
    CHECK(scan < 1.0);
    printf("     20000 names: built in %.3f s; 1 MiB scanned in %.4f s\n", build, scan);
    strbuf_free(&sb);
    lexicon_free(lex);
}

int main(void)
{
    RUN(load_bundled_test_lexicon);
    RUN(word_boundaries);
    RUN(user_folder_overrides);
    RUN(in_memory_files_and_errors);
    RUN(folders);
    RUN(builtin_signals);
    RUN(many_patterns_linear_scan);
    return test_report();
}
