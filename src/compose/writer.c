/*
 * writer: the extractive part of the writer -- a story's candidate
 * sentences and the choices made among them.
 *
 * Candidates: the sentences of the story's best sources (text/sentence),
 * cleaned for output (NFC, one line), kept only when they read as a whole
 * sentence of prose (ending in a sentence stop, not a caption, credit line,
 * "read more" link or truncated feed summary), split by language and ranked
 * by TextRank (compose/textrank.c) with a prior favouring the leads of the
 * best sources.  Bounds: WRITER_MAX_ARTICLES articles, a number of sentences
 * each and WRITER_MAX_SENTENCES per story, so a day of a thousand stories
 * stays fast.
 *
 * Choices: the most central sentences under a redundancy limit (token
 * Jaccard against what is already chosen, which is what removes the same
 * fact reported by several sources) and a length budget, printed in reading
 * order (best source first, each source's own order kept).
 */
#include "compose/compose_internal.h"
#include "text/normalize.h"
#include "text/sentence.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Two sentences say the same thing when their token sets are this similar
 * (Jaccard), or when the shorter one's tokens are mostly in the other (a
 * second source restating the lead with fewer details adds nothing). */
#define WRITER_REDUNDANT 0.5
#define WRITER_CONTAINED 0.65

static int redundant(const tokset *a, const tokset *b)
{
    if (a->n == 0 || b->n == 0)
        return 0;
    size_t o = tokset_overlap(a, b);
    size_t mn = a->n < b->n ? a->n : b->n;
    return (double)o / (double)(a->n + b->n - o) >= WRITER_REDUNDANT || (double)o / (double)mn >= WRITER_CONTAINED;
}
/* Source text read per article: the facts are at the top. */
#define WRITER_MAX_TEXT (48u * 1024u)

size_t utf8_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

static int cp_is_cjk_punct(int32_t cp)
{
    return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
}

static int cp_is_ja_side(int32_t cp) { return text_is_japanese(cp) || cp_is_cjk_punct(cp); }

static int cp_is_ignorable(int32_t cp)
{
    return cp == 0xFFFD || cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF;
}

char *clean_text(const char *s, size_t len)
{
    if (!s)
        return xstrdup("");
    /* Clean first, normalise last: dropping a character (a zero-width space
     * before a combining mark) can leave text that only NFC puts right. */
    const char *in = s;
    size_t n = len;
    strbuf sb = STRBUF_INIT;
    strbuf_append(&sb, "", 0); /* NUL-terminated even when nothing is kept */
    strbuf_grow(&sb, n + 1);
    int pending_space = 0, pending_break = 0;
    int32_t prev = 0; /* last code point written */
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = text_utf8_decode(in, n, i, &cp);
        const char *at = in + i;
        i += k;
        if (cp_is_ignorable(cp))
            continue;
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || text_is_space(cp)) {
            pending_space = sb.len > 0;
            pending_break |= cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029;
            continue;
        }
        if (pending_space) {
            /* A line break inside Japanese text is not a word space (a
             * space between two phrases of a title is). */
            if (!(pending_break && cp_is_ja_side(prev) && cp_is_ja_side(cp)))
                strbuf_putc(&sb, ' ');
            pending_space = 0;
        }
        pending_break = 0;
        /* Runs of stray punctuation become one mark. */
        if ((cp == ',' || cp == 0x3001 || cp == 0xFF0C || cp == 0x3002) && cp == prev)
            continue;
        if (cp == ',' && prev == ' ' && sb.len >= 2 && sb.data[sb.len - 2] == ',') {
            sb.len--;
            sb.data[sb.len] = '\0';
            continue;
        }
        /* {word} reads as template residue to a checker: use the full-width braces. */
        if (cp == '{') {
            strbuf_puts(&sb, "\xEF\xBD\x9B");
        } else if (cp == '}') {
            strbuf_puts(&sb, "\xEF\xBD\x9D");
        } else {
            strbuf_append(&sb, at, k);
        }
        prev = cp;
    }
    char *out = text_nfc(strbuf_cstr(&sb), sb.len);
    strbuf_free(&sb);
    return out;
}

/* ---- candidates --------------------------------------------------------- */

/* ASCII-lower-cased copy (UTF-8 bytes unchanged), for case-insensitive searches. */
static char *lower_copy(const char *s)
{
    char *l = xstrdup(s);
    for (char *p = l; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    return l;
}

/* Lines that are part of a page, not of the article. */
static const char *const boilerplate[] = {
    "http://", "https://", "www.", "続きを読む", "続きはこちら", "詳細はこちら", "記事を読む", "関連記事",
    "この記事は", "無断転載", "all rights reserved", "copyright", "©", "read more", "continue reading",
    "appeared first on", "the post ", "subscribe", "sign up", "click here", "follow us", "newsletter",
    "cookie", "javascript", "写真：", "画像：", "photo:", "image:", "credit:", "(source:", "広告",
    "[…]", "[...]", "※この", "お問い合わせ", "プレスリリース全文",
};

static int ends_as_sentence(const char *s, size_t n, int ja)
{
    if (n == 0)
        return 0;
    size_t st = text_utf8_char_start(s, n, n - 1);
    int32_t cp;
    text_utf8_decode(s, n, st, &cp);
    if (cp == 0x2026 || (n >= 3 && memcmp(s + n - 3, "...", 3) == 0))
        return 0;
    /* A closing quote or bracket after the stop belongs to the sentence. */
    if (cp == 0x300D || cp == 0x300F || cp == 0xFF09 || cp == ')' || cp == '"' || cp == '\'' || cp == 0x201D ||
        cp == 0x2019) {
        if (st == 0)
            return 0;
        size_t st2 = text_utf8_char_start(s, n, st - 1);
        int32_t c2;
        text_utf8_decode(s, n, st2, &c2);
        if (c2 == 0x3002 || c2 == '.' || c2 == '!' || c2 == '?' || c2 == 0xFF01 || c2 == 0xFF1F)
            return 1;
        /* A quote or bracket without a stop before it is a caption or a title. */
        return 0;
    }
    if (ja)
        return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?';
    return cp == '.' || cp == '!' || cp == '?';
}

static size_t count_words(const char *s)
{
    size_t n = 0;
    int in = 0;
    for (const char *p = s; *p; p++) {
        int sp = *p == ' ';
        if (!sp && !in)
            n++;
        in = !sp;
    }
    return n;
}

static void pool_push(cpool *p, const csent *c)
{
    p->v = xgrow(p->v, &p->cap, p->n + 1, sizeof *p->v);
    p->v[p->n++] = *c;
}

void cpool_free(cpool *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->v[i].text);
        tokset_free(&p->v[i].toks);
    }
    free(p->v);
    memset(p, 0, sizeof *p);
}

static const char *article_text(const article *art)
{
    if (art->text && *art->text)
        return art->text;
    const store_item *it = art->item;
    if (!it)
        return NULL;
    if (it->text && *it->text)
        return it->text;
    if (it->summary && *it->summary)
        return it->summary;
    return it->content;
}

/* Japanese openers that point back to an earlier sentence (同社は, また, このため...):
 * such a sentence reads badly where nothing precedes it. */
static const char *const anaphora_ja[] = {"同社", "同行", "同市", "同県", "同省", "同庁", "同大", "同機構", "同センター",
                                          "同グループ", "また、", "さらに", "このため", "これにより", "これを受け",
                                          "その後", "そのうえ", "一方", "この", "その", "こうした", "ただ、", "なお、"};
static const char *const anaphora_en[] = {"It ", "Its ", "He ", "She ", "They ", "This ", "That ", "These ",
                                          "Those ", "However", "But ", "Also", "The company", "The firm", "The group"};

static int anaphoric(const csent *c)
{
    const char *const *list = c->ja ? anaphora_ja : anaphora_en;
    size_t n = c->ja ? SD_ARRAY_LEN(anaphora_ja) : SD_ARRAY_LEN(anaphora_en);
    for (size_t i = 0; i < n; i++)
        if (strncmp(c->text, list[i], strlen(list[i])) == 0)
            return 1;
    return 0;
}

/*
 * Centrality from TextRank, then weighed by what news writing tells:
 * earlier sentences and better sources carry the facts, and a sentence
 * that leans on the one before it is a poor choice to quote alone.
 */
static void rank_pool(cpool *p)
{
    if (p->n == 0)
        return;
    tokset *sets = xmalloc(p->n * sizeof *sets);
    double *prior = xmalloc(p->n * sizeof *prior);
    double *score = xmalloc(p->n * sizeof *score);
    for (size_t i = 0; i < p->n; i++) {
        sets[i] = p->v[i].toks;
        prior[i] = 1.0 / ((1.0 + 0.5 * (double)p->v[i].article) * sqrt(1.0 + (double)p->v[i].rank_pos));
        if (p->v[i].flags & SENTENCE_BULLET)
            prior[i] *= 0.5;
    }
    textrank(sets, prior, p->n, score);
    for (size_t i = 0; i < p->n; i++) {
        const csent *c = &p->v[i];
        double v = score[i] * (double)p->n;
        v *= 0.5 + 0.5 / (1.0 + 0.5 * (double)c->rank_pos);
        v /= 1.0 + 0.1 * (double)c->article;
        if (anaphoric(c))
            v *= 0.6;
        p->v[i].score = v;
    }
    free(score);
    free(prior);
    free(sets);
}

void cpool_build(cpool *ja, cpool *en, tokenizer *tk, const day_analysis *a, const story *s, size_t per_article)
{
    if (per_article == 0 || per_article > WRITER_MAX_SENTENCES_PER_ARTICLE)
        per_article = WRITER_MAX_SENTENCES_PER_ARTICLE;
    memset(ja, 0, sizeof *ja);
    memset(en, 0, sizeof *en);
    sentence_list sl;
    sentence_list_init(&sl);
    token_list tl;
    token_list_init(&tl);
    size_t total = 0;
    for (size_t k = 0; k < s->narticles && k < WRITER_MAX_ARTICLES && total < WRITER_MAX_SENTENCES; k++) {
        if (s->articles[k] >= a->narticles)
            continue;
        const article *art = &a->articles[s->articles[k]];
        const char *text = article_text(art);
        if (!text)
            continue;
        size_t len = strlen(text);
        if (len > WRITER_MAX_TEXT)
            len = text_utf8_char_start(text, len, WRITER_MAX_TEXT);
        sentence_split(text, len, &sl);
        size_t kept = 0;
        for (size_t i = 0; i < sl.count && kept < per_article && total < WRITER_MAX_SENTENCES;
             i++) {
            const sentence *se = &sl.items[i];
            if (se->flags & SENTENCE_CUT)
                continue;
            char *c = clean_text(text + se->off, se->len);
            size_t bytes = strlen(c), chars = utf8_chars(c, bytes);
            text_script_mix m;
            text_script_mix_of(c, bytes, &m);
            int is_ja = m.kana > 0;
            int ok;
            if (is_ja)
                ok = chars >= 12 && chars <= 260 && ends_as_sentence(c, bytes, 1);
            else
                ok = m.latin >= 20 && m.latin_share >= 0.8 && bytes <= 500 && count_words(c) >= 6 &&
                     ends_as_sentence(c, bytes, 0);
            if (ok) {
                char *lc = lower_copy(c);
                for (size_t b = 0; ok && b < SD_ARRAY_LEN(boilerplate); b++)
                    ok = strstr(lc, boilerplate[b]) == NULL;
                free(lc);
            }
            if (!ok) {
                free(c);
                continue;
            }
            csent cs;
            memset(&cs, 0, sizeof cs);
            cs.text = c;
            cs.bytes = bytes;
            cs.chars = chars;
            cs.ja = is_ja;
            cs.article = k;
            cs.pos = i;
            cs.rank_pos = kept;
            cs.flags = se->flags;
            /* Only the sentences kept are tokenised: the cost follows the bounds above. */
            tokenizer_run(tk, text + se->off, se->len, &tl);
            tokset_from_tokens(&tl, 0, se->len, &cs.toks);
            if (cs.toks.n == 0) {
                free(c);
                continue;
            }
            pool_push(is_ja ? ja : en, &cs);
            kept++;
            total++;
        }
    }
    token_list_free(&tl);
    sentence_list_free(&sl);
    rank_pool(ja);
    rank_pool(en);
}

/* ---- choosing ------------------------------------------------------------ */

/* Sort keys copied out of the pool, so that sorting needs no global state. */
typedef struct rank_key {
    double score;
    size_t article, pos, idx;
} rank_key;

/* Best first; ties by reading order (so equal scores never depend on qsort). */
static int by_score(const void *x, const void *y)
{
    const rank_key *a = x, *b = y;
    if (a->score != b->score)
        return a->score > b->score ? -1 : 1;
    if (a->article != b->article)
        return a->article < b->article ? -1 : 1;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

static int by_reading(const void *x, const void *y)
{
    const rank_key *a = x, *b = y;
    if (a->article != b->article)
        return a->article < b->article ? -1 : 1;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

static void sort_indexes(const cpool *p, size_t *v, size_t n, int (*cmp)(const void *, const void *))
{
    if (n < 2)
        return;
    rank_key *k = xmalloc(n * sizeof *k);
    for (size_t i = 0; i < n; i++)
        k[i] = (rank_key){p->v[v[i]].score, p->v[v[i]].article, p->v[v[i]].pos, v[i]};
    qsort(k, n, sizeof *k, cmp);
    for (size_t i = 0; i < n; i++)
        v[i] = k[i].idx;
    free(k);
}

static size_t *ranked(const cpool *p)
{
    size_t *o = xmalloc((p->n ? p->n : 1) * sizeof *o);
    for (size_t i = 0; i < p->n; i++)
        o[i] = i;
    sort_indexes(p, o, p->n, by_score);
    return o;
}

static void reading_order(const cpool *p, size_t *v, size_t n) { sort_indexes(p, v, n, by_reading); }

static size_t units_of(const csent *c) { return c->ja ? c->chars : c->bytes; }

size_t writer_select(const cpool *p, size_t max_sentences, size_t max_units, size_t max_articles, size_t *out)
{
    size_t *o = ranked(p);
    size_t n = 0, units = 0;
    size_t arts[WRITER_MAX_ARTICLES + 1];
    size_t narts = 0;
    for (size_t r = 0; r < p->n && n < max_sentences; r++) {
        const csent *c = &p->v[o[r]];
        size_t u = units_of(c);
        if (units + u > max_units)
            continue;
        int known = 0;
        for (size_t k = 0; k < narts; k++)
            known |= arts[k] == c->article;
        if (!known && narts >= max_articles)
            continue;
        int dup = 0;
        for (size_t k = 0; k < n && !dup; k++)
            dup = redundant(&c->toks, &p->v[out[k]].toks);
        if (dup)
            continue;
        out[n++] = o[r];
        units += u;
        if (!known && narts < SD_ARRAY_LEN(arts))
            arts[narts++] = c->article;
    }
    free(o);
    /* Reading order: each source's sentences together in its own order, the
     * source holding the most central sentence first (arts[] is in order of
     * each source's best-ranked sentence). */
    rank_key *k = xmalloc((n ? n : 1) * sizeof *k);
    for (size_t i = 0; i < n; i++) {
        size_t g = 0;
        while (g < narts && arts[g] != p->v[out[i]].article)
            g++;
        k[i] = (rank_key){0, g, p->v[out[i]].pos, out[i]};
    }
    qsort(k, n, sizeof *k, by_reading);
    for (size_t i = 0; i < n; i++)
        out[i] = k[i].idx;
    free(k);
    return n;
}

size_t writer_paragraphs(cpool *p, const size_t *sel, size_t nsel, size_t par_units, size_t max_par,
                         char ***pars, size_t *npars)
{
    strbuf cur = STRBUF_INIT;
    size_t cur_units = 0, made = 0, cur_article = SIZE_MAX;
    for (size_t i = 0; i <= nsel; i++) {
        csent *c = i < nsel ? &p->v[sel[i]] : NULL;
        int flush = !c || (cur.len > 0 && (c->article != cur_article || cur_units + units_of(c) > par_units));
        if (flush && cur.len > 0) {
            *pars = xrealloc(*pars, (*npars + 1) * sizeof **pars);
            (*pars)[(*npars)++] = strbuf_detach(&cur);
            made++;
            cur_units = 0;
        }
        if (!c || made >= max_par)
            break;
        if (cur.len > 0 && !c->ja)
            strbuf_putc(&cur, ' ');
        strbuf_puts(&cur, c->text);
        cur_units += units_of(c);
        cur_article = c->article;
        c->used = 1;
    }
    strbuf_free(&cur);
    return made;
}

/* Cut s at the last clause boundary that keeps it within max_chars, adding "…". */
static char *cut_clause(const char *s, size_t max_chars)
{
    size_t n = strlen(s), chars = 0, best = 0, i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = text_utf8_decode(s, n, i, &cp);
        if (chars + 1 >= max_chars)
            break;
        i += k;
        chars++;
        if (cp == 0x3001 || cp == 0xFF0C || cp == ',' || cp == ' ')
            best = cp == ' ' ? i - 1 : i;
    }
    if (best == 0)
        best = i;
    /* Do not end on the comma itself. */
    strbuf sb = STRBUF_INIT;
    size_t e = best;
    while (e > 0) {
        size_t st = text_utf8_char_start(s, n, e - 1);
        int32_t cp;
        text_utf8_decode(s, n, st, &cp);
        if (cp == 0x3001 || cp == 0xFF0C || cp == ',' || cp == ' ')
            e = st;
        else
            break;
    }
    strbuf_append(&sb, s, e);
    strbuf_puts(&sb, "…");
    return strbuf_detach(&sb);
}

char *writer_summary(const cpool *p, size_t max_chars)
{
    if (p->n == 0)
        return NULL;
    size_t *o = ranked(p);
    size_t look = p->n < 5 ? p->n : 5;
    size_t first = SIZE_MAX;
    for (size_t r = 0; r < look && first == SIZE_MAX; r++)
        if (units_of(&p->v[o[r]]) <= max_chars)
            first = o[r];
    /* A source's opening sentence is the natural summary of news: take the
     * best-ranked lead when it is nearly as central as the best sentence. */
    for (size_t r = 0; first != SIZE_MAX && r < p->n; r++) {
        const csent *c = &p->v[o[r]];
        if (o[r] == first)
            continue;
        if (c->score < 0.6 * p->v[first].score)
            break;
        if (c->rank_pos == 0 && p->v[first].rank_pos != 0 && units_of(c) <= max_chars && !anaphoric(c)) {
            first = o[r];
            break;
        }
    }
    if (first == SIZE_MAX) {
        char *cut = cut_clause(p->v[o[0]].text, max_chars);
        free(o);
        return cut;
    }
    size_t pick[2] = {first, SIZE_MAX};
    /* A second sentence when the first is short and another adds to it. */
    if (units_of(&p->v[first]) < max_chars / 2) {
        for (size_t r = 0; r < look; r++) {
            const csent *c = &p->v[o[r]];
            if (o[r] == first || units_of(&p->v[first]) + units_of(c) > max_chars)
                continue;
            if (redundant(&c->toks, &p->v[first].toks))
                continue;
            pick[1] = o[r];
            break;
        }
    }
    free(o);
    size_t n = pick[1] == SIZE_MAX ? 1 : 2;
    reading_order(p, pick, n);
    strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (i && !p->v[pick[i]].ja)
            strbuf_putc(&sb, ' ');
        strbuf_puts(&sb, p->v[pick[i]].text);
    }
    return strbuf_detach(&sb);
}

/* ---- cue sentences for the deep dive ------------------------------------ */

typedef struct cue_word {
    const char *w;   /* lower case for English */
    int weight;
} cue_word;

/* A sentence about what was not done ("適用しておらず") explains the cause. */
static const cue_word cue_ja[CUE_COUNT][20] = {
    [CUE_BACKGROUND] = {{"原因", 2}, {"経緯", 1}, {"経路", 2}, {"侵入", 1}, {"発端", 2}, {"きっかけ", 2},
                        {"突いた", 1}, {"突かれ", 1}, {"悪用して", 1}, {"不正アクセス", 1}, {"攻撃者は", 1},
                        {"手口", 1}, {"背景", 2}, {"狙った", 1}, {"乗っ取", 1}, {"おらず", 2},
                        {"していなかった", 2}, {"放置", 2}, {NULL, 0}},
    [CUE_IMPACT] = {{"影響", 1}, {"被害", 1}, {"停止", 1}, {"流出", 1}, {"漏えい", 1}, {"漏洩", 1}, {"暗号化", 1},
                    {"障害", 1}, {"遅れ", 1}, {"中断", 1}, {"盗ま", 1}, {"窃取", 1}, {"損害", 1},
                    {"閲覧された", 1}, {"可能性がある", 1}, {NULL, 0}},
    [CUE_COUNTERMEASURE] = {{"対策", 1}, {"推奨", 2}, {"パッチ", 1}, {"アップデート", 1}, {"更新", 1}, {"修正", 1},
                            {"回避策", 2}, {"呼び掛け", 2}, {"呼びかけ", 2}, {"注意を", 1}, {"注意する", 1},
                            {"変更", 1}, {"適用", 1}, {"求めて", 1}, {"必須", 1}, {"してください", 2},
                            {"べき", 1}, {NULL, 0}},
};
static const cue_word cue_en[CUE_COUNT][20] = {
    [CUE_BACKGROUND] = {{"caused by", 2}, {"gained access", 2}, {"initial access", 2}, {"broke into", 1},
                        {"entry point", 2}, {"exploiting", 1}, {"tactic", 1}, {"attributed", 1}, {"began", 1},
                        {"through a", 1}, {"via a", 1}, {"stolen credentials", 1}, {"phishing email", 1},
                        {"targeted", 1}, {"had not ", 2}, {"failed to ", 2}, {NULL, 0}},
    [CUE_IMPACT] = {{"affected", 1}, {"impact", 1}, {"disrupt", 1}, {"stolen", 1}, {"stole", 1}, {"exposed", 1},
                    {"outage", 1}, {"leaked", 1}, {"encrypted", 1}, {"divert", 1}, {"offline", 1},
                    {"shut down", 1}, {"losses", 1}, {"compromised", 1}, {"took down", 1}, {NULL, 0}},
    [CUE_COUNTERMEASURE] = {{"patch", 1}, {"update", 1}, {"fixed", 1}, {"fixes", 1}, {"mitigat", 1},
                            {"recommend", 2}, {"urge", 2}, {"advise", 2}, {"should", 2}, {"workaround", 2},
                            {"upgrade", 1}, {"rotate", 1}, {"reset", 1}, {NULL, 0}},
};

static int cue_hits(const csent *c, const char *lc, enum writer_cue cue)
{
    int n = 0;
    const cue_word *list = c->ja ? cue_ja[cue] : cue_en[cue];
    for (size_t i = 0; list[i].w; i++) {
        for (const char *at = strstr(lc, list[i].w); at; at = strstr(at + 1, list[i].w)) {
            /* English cues start a word ("patch" not in "dispatch"); they may end inside one ("mitigat"). */
            if (!c->ja && at > lc && ((at[-1] >= 'a' && at[-1] <= 'z') || (at[-1] >= '0' && at[-1] <= '9')))
                continue;
            n += list[i].weight;
            break;
        }
    }
    return n;
}

/* The cue a sentence speaks of most; ties go to the later (more actionable) cue. */
static int cue_of(const csent *c)
{
    int best = -1, hits = 0;
    char *lc = lower_copy(c->text);
    for (int k = 0; k < CUE_COUNT; k++) {
        int h = cue_hits(c, lc, (enum writer_cue)k);
        if (h > 0 && h >= hits) {
            best = k;
            hits = h;
        }
    }
    free(lc);
    return best;
}

/* Redundant with a sentence already printed (paragraphs or deep dive)? */
static int said_before(const cpool *p, const csent *c)
{
    for (size_t i = 0; i < p->n; i++) {
        const csent *o = &p->v[i];
        if (o != c && (o->used || o->deep) && redundant(&c->toks, &o->toks))
            return 1;
    }
    return 0;
}

size_t writer_cue_sentences(const cpool *p, enum writer_cue cue, size_t max, size_t *out)
{
    size_t *o = ranked(p);
    size_t n = 0;
    /* Fresh sentences first; a sentence the paragraphs printed only when nothing else speaks of the cue. */
    for (int pass = 0; pass < 2 && n < max; pass++) {
        for (size_t r = 0; r < p->n && n < max; r++) {
            const csent *c = &p->v[o[r]];
            if (c->deep || c->used != pass || cue_of(c) != (int)cue)
                continue;
            if (pass == 0 && said_before(p, c))
                continue;
            int dup = 0;
            for (size_t k = 0; k < n && !dup; k++)
                dup = redundant(&c->toks, &p->v[out[k]].toks);
            if (!dup)
                out[n++] = o[r];
        }
    }
    free(o);
    reading_order(p, out, n);
    return n;
}

size_t writer_fresh(const cpool *p, size_t max, size_t max_units, size_t *out)
{
    size_t *o = ranked(p);
    size_t n = 0, units = 0;
    for (size_t r = 0; r < p->n && n < max; r++) {
        const csent *c = &p->v[o[r]];
        if (c->used || c->deep || units + units_of(c) > max_units || said_before(p, c))
            continue;
        int dup = 0;
        for (size_t k = 0; k < n && !dup; k++)
            dup = redundant(&c->toks, &p->v[out[k]].toks);
        if (dup)
            continue;
        out[n++] = o[r];
        units += units_of(c);
    }
    free(o);
    reading_order(p, out, n);
    return n;
}
