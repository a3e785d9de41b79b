/*
 * llm_writer: the per-part loop of the LLM writer -- prompts, token budget,
 * answer cache, request limit, fallback (see compose/llm.h).
 *
 * A part's request carries the part's task, the day's date, the extractive
 * draft of that very part (so the model keeps to the same facts and length),
 * and the part's sources, numbered: for a story part, the articles the story
 * cites; for the deep dive, outlook and conclusion, the union of the stories
 * they cover; for a glossary entry, only the bundled definition.  Nothing of
 * any other story is sent.  Links are never sent: the program writes them.
 *
 * The cache (table llm_cache) keys an accepted answer by SHA-256 of the model
 * name, the system prompt and the first-attempt user prompt (which holds the
 * sources), so running a day again sends nothing; a cached answer is
 * verified again before use, so a stricter verifier never trusts an old one.
 */
#include "compose/llm.h"
#include "core/log.h"
#include "text/normalize.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

struct llm_writer {
    llm_client *client;
    llm_settings s;
    char *model;
    char *shown_url;         /* redacted, for logs */
    int disabled;            /* given up on the endpoint for this run */
    int endpoint_bad_parts;  /* parts in a row that got no usable answer from the endpoint */
    int timeout_parts;       /* parts in a row whose request timed out (after its retries) */
    int cache_broken;        /* a cache error was logged: no more cache use */
};

/* Endpoint failures in a row (no answer, or no parsable answer) before giving up. */
#define ENDPOINT_BAD_PARTS_MAX 3
/* Timed-out parts in a row before giving up: each already cost (1 + retries) x timeout. */
#define TIMEOUT_PARTS_MAX 2
/* Sources per request beyond which the rest are left out (titles alone would not fit). */
#define SOURCES_MAX 16
/* A source trimmed below this many tokens says nothing: leave it out instead. */
#define SOURCE_MIN_TOKENS 60

static const char system_prompt[] =
    "あなたは日本語のサイバーセキュリティニュースまとめの編集者です。"
    "利用者の指示する一つの部分の文章だけを、与えられた番号付きの出典と下書きだけを根拠に、日本語で書きます。\n"
    "規則:\n"
    "- 出典にない事実、数値、日付、CVE番号、組織名・製品名・人名・攻撃グループ名を加えない。"
    "数値と固有名詞は出典の表記のまま使う（英語の名前を片仮名に直さない）。\n"
    "- URL、ドメイン名、メールアドレスを書かない。\n"
    "- 見出し、箇条書き、Markdown、HTML、[1]のような出典番号を文章の中に入れない。\n"
    "- 英語の出典は日本語に訳してまとめる。自然なです・ます調で書く（用語解説だけは常体）。\n"
    "- 指示された文数と字数を守る。\n"
    "- 考えた過程や前置きは出力しない。\n"
    "出力は次の形のJSONオブジェクト一つだけ: {\"text\": \"文章\", \"sources\": [使った出典の番号]}";

/* ---- settings ------------------------------------------------------------ */

static const char *env_nonempty(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

int llm_writer_create(const llm_settings *s, llm_writer **out, sd_err *err)
{
    *out = NULL;
    llm_client *c = NULL;
    if (llm_client_create(s, &c, err) != 0)
        return -1;
    llm_writer *w = xcalloc(1, sizeof *w);
    w->client = c;
    w->s = *s;
    w->model = xstrdup(s->model);
    w->shown_url = llm_redact_url(s->url);
    w->s.url = w->shown_url;
    w->s.model = w->model;
    w->s.api_key = NULL;
    if (w->s.attempts < 1)
        w->s.attempts = 1;
    if (w->s.max_input_tokens < 500)
        w->s.max_input_tokens = 500;
    *out = w;
    return 0;
}

void llm_writer_free(llm_writer *w)
{
    if (!w)
        return;
    llm_client_free(w->client);
    free(w->model);
    free(w->shown_url);
    free(w);
}

int llm_writer_from_env(const config *cfg, int force, llm_writer **out, sd_err *err)
{
    *out = NULL;
    const char *url = env_nonempty("SECDIGEST_LLM_URL");
    if (!url && cfg)
        url = config_get(cfg, "llm", "url");
    if (!url || !*url) {
        if (force)
            log_warn("llm: --llm given but no endpoint is configured (SECDIGEST_LLM_URL or [llm] url); "
                     "writing the extractive digest");
        return 0;
    }
    if (cfg && config_get(cfg, "llm", "api_key"))
        log_warn("llm: [llm] api_key in the config file is ignored: the key comes only from the environment "
                 "(SECDIGEST_LLM_API_KEY or OPENAI_API_KEY)");
    llm_settings s;
    llm_settings_init(&s);
    s.url = url;
    s.model = env_nonempty("SECDIGEST_LLM_MODEL");
    if (!s.model && cfg)
        s.model = config_get(cfg, "llm", "model");
    s.api_key = env_nonempty("SECDIGEST_LLM_API_KEY");
    if (!s.api_key)
        s.api_key = env_nonempty("OPENAI_API_KEY");
    static const struct {
        const char *key;
        long min, max;
    } nums[] = {
        {"timeout", 1, 3600},       {"connect_timeout", 1, 300}, {"retries", 0, 10},
        {"retry_delay_ms", 0, 600000}, {"max_input_tokens", 500, 1000000}, {"max_requests", 1, 1000000},
        {"attempts", 1, 5},
    };
    long v[SD_ARRAY_LEN(nums)];
    long defs[SD_ARRAY_LEN(nums)] = {s.timeout_s, s.connect_timeout_s, s.retries, s.retry_delay_ms,
                                     s.max_input_tokens, s.max_requests, s.attempts};
    for (size_t i = 0; i < SD_ARRAY_LEN(nums); i++) {
        if (!cfg) {
            v[i] = defs[i];
            continue;
        }
        if (config_get_long(cfg, "llm", nums[i].key, defs[i], nums[i].min, nums[i].max, &v[i], err) != 0)
            return -1;
    }
    s.timeout_s = v[0];
    s.connect_timeout_s = v[1];
    s.retries = (int)v[2];
    s.retry_delay_ms = v[3];
    s.max_input_tokens = v[4];
    s.max_requests = v[5];
    s.attempts = (int)v[6];
    if (llm_writer_create(&s, out, err) != 0)
        return -1;
    log_info("llm: writing prose with model %s at %s", (*out)->model, (*out)->shown_url);
    return 0;
}

void llm_stats_log(const llm_stats *s)
{
    if (!s)
        return;
    log_info("llm: %zu of %zu parts written by the LLM, %zu kept the extractive text; %zu requests, "
             "%zu answers (%zu rejected), %zu failed exchanges, %zu cache hits; tokens: %ld prompt, %ld completion%s",
             s->parts_llm, s->parts, s->parts_extractive, s->requests, s->answers, s->rejected, s->failed,
             s->cache_hits, s->prompt_tokens, s->completion_tokens,
             s->limit_reached ? "; request limit reached" : s->endpoint_disabled ? "; endpoint given up" : "");
}

/* ---- cache ----------------------------------------------------------------- */

static char *cache_get(llm_writer *w, store *st, const char *key)
{
    if (!st || w->cache_broken)
        return NULL;
    sqlite3 *db = store_db(st);
    sqlite3_stmt *q = NULL;
    char *answer = NULL;
    if (sqlite3_prepare_v2(db, "SELECT answer FROM llm_cache WHERE key = ?1", -1, &q, NULL) != SQLITE_OK) {
        log_warn("llm: answer cache not usable: %s", sqlite3_errmsg(db));
        w->cache_broken = 1;
        return NULL;
    }
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW) {
        const unsigned char *a = sqlite3_column_text(q, 0);
        if (a)
            answer = xstrdup((const char *)a);
    } else if (rc != SQLITE_DONE) {
        log_warn("llm: answer cache not readable: %s", sqlite3_errmsg(db));
        w->cache_broken = 1;
    }
    sqlite3_finalize(q);
    return answer;
}

static void cache_put(llm_writer *w, store *st, const char *key, const char *answer)
{
    if (!st || w->cache_broken)
        return;
    sqlite3 *db = store_db(st);
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO llm_cache(key, model, created_at, answer) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT(key) DO UPDATE SET model = excluded.model, "
                           "created_at = excluded.created_at, answer = excluded.answer",
                           -1, &q, NULL) != SQLITE_OK) {
        log_warn("llm: answer cache not usable: %s", sqlite3_errmsg(db));
        w->cache_broken = 1;
        return;
    }
    sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, w->model, -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)time(NULL));
    sqlite3_bind_text(q, 4, answer, -1, SQLITE_STATIC);
    if (sqlite3_step(q) != SQLITE_DONE) {
        log_warn("llm: answer not cached: %s", sqlite3_errmsg(db));
        w->cache_broken = 1;
    }
    sqlite3_finalize(q);
}

static void cache_key(const llm_writer *w, const char *user, char out[65])
{
    llm_sha256 c;
    unsigned char d[32];
    static const char tag[] = "secdigest llm cache v1";
    llm_sha256_init(&c);
    llm_sha256_update(&c, tag, sizeof tag);
    llm_sha256_update(&c, w->model, strlen(w->model) + 1);
    llm_sha256_update(&c, system_prompt, sizeof system_prompt);
    llm_sha256_update(&c, user, strlen(user) + 1);
    llm_sha256_final(&c, d);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[64] = '\0';
}

/* ---- sources and the prompt ---------------------------------------------- */

typedef struct src_text {
    const char *name;
    const char *title;
    const char *lang;   /* "ja", "en" or NULL */
    const char *text;   /* full; the prompt may carry less */
    char *sent;         /* the text as sent (trimmed), owned */
} src_text;

typedef struct src_set {
    src_text *v;
    size_t n, cap;
} src_set;

static void src_set_free(src_set *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i].sent);
    free(s->v);
    memset(s, 0, sizeof *s);
}

static void src_add(src_set *s, const char *name, const char *title, const char *lang, const char *text)
{
    for (size_t i = 0; i < s->n; i++)
        if (sd_streq(s->v[i].title, title) && sd_streq(s->v[i].name, name))
            return;
    s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof *s->v);
    src_text *t = &s->v[s->n++];
    memset(t, 0, sizeof *t);
    t->name = name ? name : "";
    t->title = title ? title : "";
    t->lang = lang;
    t->text = text ? text : "";
}

/* The analysis story of a digest story (same id), or NULL. */
static const story *analysis_story(const day_analysis *a, const digest_story *ds)
{
    if (!a || !ds->id)
        return NULL;
    for (size_t i = 0; i < a->nstories; i++)
        if (a->stories[i].id && strcmp(a->stories[i].id, ds->id) == 0)
            return &a->stories[i];
    return NULL;
}

/* The articles a digest story cites (its 出典 lines), with their extracted text. */
static void add_story_sources(src_set *set, const day_analysis *a, const digest_story *ds)
{
    const story *s = analysis_story(a, ds);
    for (size_t k = 0; k < ds->nsources; k++) {
        const digest_source *src = &ds->sources[k];
        const char *text = NULL, *lang = src->language;
        for (size_t j = 0; s && j < s->narticles && !text; j++) {
            if (s->articles[j] >= a->narticles)
                continue;
            const article *art = &a->articles[s->articles[j]];
            const store_item *it = art->item;
            if (!it)
                continue;
            if (sd_streq(it->link, src->url) || sd_streq(it->canonical_link, src->url)) {
                text = art->text;
                if (art->lang)
                    lang = art->lang;
            }
        }
        /* Without an analysed article the title is all there is to go on. */
        src_add(set, src->name, src->title, lang, text ? text : "");
    }
}

/* Cut `text` to about `tokens` tokens, at a sentence end when one is near. */
static char *trim_to_tokens(const char *text, long tokens)
{
    size_t len = strlen(text);
    if (llm_estimate_tokens(text, len) <= tokens)
        return xstrdup(text);
    double t = 0;
    size_t i = 0;
    while (i < len) {
        int32_t cp;
        size_t cl = text_utf8_decode(text, len, i, &cp);
        double cost = cl == 1 ? 0.25 : (double)cl / 3.0;
        if (t + cost > (double)tokens)
            break;
        t += cost;
        i += cl;
    }
    size_t cut = i;
    /* back to the last sentence end in the last 40% */
    for (size_t k = i; k > i * 6 / 10; k--) {
        if (k >= 3 && memcmp(text + k - 3, "。", 3) == 0) {
            cut = k;
            break;
        }
        if (k >= 2 && text[k - 2] == '.' && text[k - 1] == ' ') {
            cut = k - 1;
            break;
        }
        if (text[k - 1] == '\n') {
            cut = k - 1;
            break;
        }
    }
    strbuf sb = STRBUF_INIT;
    strbuf_append(&sb, text, cut);
    strbuf_puts(&sb, "…");
    return strbuf_detach(&sb);
}

/* Remove URLs from a source text: they are of no use to the model and must not come back. */
static char *without_urls(const char *text)
{
    strbuf sb = STRBUF_INIT;
    const char *p = text;
    while (*p) {
        if (strncmp(p, "http://", 7) == 0 || strncmp(p, "https://", 8) == 0) {
            while (*p && *p != ' ' && *p != '\n' && *p != '\t' && (unsigned char)*p < 0x80)
                p++;
            continue;
        }
        strbuf_putc(&sb, *p++);
    }
    return strbuf_detach(&sb);
}

enum part_kind {
    PART_HEADLINE,
    PART_SUMMARY,
    PART_BODY,
    PART_KEY_POINT,
    PART_DEEP_BODY,
    PART_DEEP_SECTION,
    PART_GLOSSARY,
    PART_OUTLOOK,
    PART_CONCLUSION,
};

typedef struct part_spec {
    const char *task;     /* the 課題 line; also how a test server tells parts apart */
    size_t max_chars;
    int max_sentences;
    int max_paragraphs;
} part_spec;

static const part_spec specs[] = {
    [PART_HEADLINE] = {"見出し", 60, 1, 1},
    [PART_SUMMARY] = {"要約", 150, 2, 1},
    [PART_BODY] = {"本文", 700, 0, 3},
    [PART_KEY_POINT] = {"主要ポイント", 150, 2, 1},
    [PART_DEEP_BODY] = {"深掘りの導入", 700, 0, 3},
    [PART_DEEP_SECTION] = {"深掘りの小節", 600, 0, 3},
    [PART_GLOSSARY] = {"用語解説", 150, 2, 1},
    [PART_OUTLOOK] = {"今後の展望", 450, 0, 2},
    [PART_CONCLUSION] = {"結論", 500, 0, 2},
};

typedef struct part {
    enum part_kind kind;
    char *label;           /* for logs: "story 3 summary" */
    const char *subject;   /* headline, topic, subsection title or term */
    const char *draft;     /* the extractive text of the part */
    src_set src;
    const char **extra;    /* more evidence: headlines of the stories covered */
    size_t nextra;
} part;

static void conditions(strbuf *sb, const part *p)
{
    const part_spec *sp = &specs[p->kind];
    switch (p->kind) {
    case PART_HEADLINE:
        strbuf_printf(sb, "英語で報じられたこのニュースの日本語の見出しを、%zu字以内の1行で書く。句点で終えない。", sp->max_chars);
        break;
    case PART_SUMMARY:
        strbuf_printf(sb, "このニュースの要約を1〜2文、%zu字以内で書く。何が起きたか、誰が影響を受けるかを中心に。", sp->max_chars);
        break;
    case PART_BODY:
        strbuf_printf(sb, "このニュースの紹介文を1〜3段落、合計%zu字以内で書く。何が起きたか、誰が影響を受けるか、"
                          "読者が取るべき対応を、出典にある範囲で。段落の間は空行。", sp->max_chars);
        break;
    case PART_KEY_POINT:
        strbuf_printf(sb, "この日の主要ポイントとして、このニュースの要点を1〜2文、%zu字以内で書く。", sp->max_chars);
        break;
    case PART_DEEP_BODY:
        strbuf_printf(sb, "深掘り「%s」の導入を1〜3段落、合計%zu字以内で書く。段落の間は空行。", p->subject, sp->max_chars);
        break;
    case PART_DEEP_SECTION:
        strbuf_printf(sb, "深掘りの小節「%s」の本文を1〜3段落、合計%zu字以内で書く。段落の間は空行。", p->subject,
                      sp->max_chars);
        break;
    case PART_GLOSSARY:
        strbuf_printf(sb, "用語「%s」の解説を、出典[1]の定義だけを言い換えて1〜2文、%zu字以内で書く。"
                          "辞書のような常体（〜のこと。〜を指す。）で。", p->subject, sp->max_chars);
        break;
    case PART_OUTLOOK:
        strbuf_printf(sb, "「今後の展望」を1〜2段落、合計%zu字以内で書く。", sp->max_chars);
        break;
    case PART_CONCLUSION:
        strbuf_printf(sb, "この日のまとめの結論を1〜2段落、合計%zu字以内で書く。", sp->max_chars);
        break;
    }
}

static void date_ja(const char *ymd, char out[32])
{
    int y = 0, m = 0, d = 0;
    if (ymd && sscanf(ymd, "%d-%d-%d", &y, &m, &d) == 3)
        snprintf(out, 32, "%d年%d月%d日", y, m, d);
    else
        snprintf(out, 32, "%s", ymd ? ymd : "");
}

static const char draft_intro[] = "\n下書き（機械的な抜粋。出典と同じ事実だけを含む）:\n";

/* Task, date, subject and conditions; the draft (as it will be sent) when given. */
static void put_prompt_head(strbuf *sb, const part *p, const char *date, const char *draft)
{
    strbuf_printf(sb, "課題: %s\n日付: %s\n", specs[p->kind].task, date);
    if (p->subject && p->kind != PART_DEEP_SECTION && p->kind != PART_GLOSSARY)
        strbuf_printf(sb, "対象: %s\n", p->subject);
    strbuf_puts(sb, "条件: ");
    conditions(sb, p);
    strbuf_putc(sb, '\n');
    if (draft && *draft)
        strbuf_printf(sb, "%s%s\n", draft_intro, draft);
    strbuf_puts(sb, "\n出典:\n");
}

static void put_source(strbuf *sb, size_t i, const src_text *s)
{
    const char *lang = sd_streq(s->lang, "ja") ? "日本語" : sd_streq(s->lang, "en") ? "英語" : "言語不明";
    strbuf_printf(sb, "[%zu] %s「%s」（%s）\n", i + 1, s->name, s->title, lang);
    if (s->sent && *s->sent)
        strbuf_printf(sb, "%s\n", s->sent);
    strbuf_putc(sb, '\n');
}

static const char prompt_tail[] = "出力: {\"text\": \"…\", \"sources\": [使った出典の番号]} の形のJSONオブジェクトだけ。";

static long tok(const char *s) { return s ? llm_estimate_tokens(s, strlen(s)) : 0; }

/*
 * The user prompt within the token budget.  What must be sent comes first:
 * the system prompt, the task and every source's header (name, title).
 * What is left goes to the draft (at most a third of it when the sources
 * need the rest) and to the source texts, which are cut from their end so
 * that each gets an equal share, the short ones whole (water-filling).  A
 * share too small to say anything leaves that source as its title alone.
 * Only when the headers alone exceed the budget are trailing sources left out.
 */
static char *build_prompt(const llm_writer *w, part *p, const char *date)
{
    if (p->src.n > SOURCES_MAX) {
        for (size_t i = SOURCES_MAX; i < p->src.n; i++)
            free(p->src.v[i].sent);
        p->src.n = SOURCES_MAX;
    }
    long budget = w->s.max_input_tokens;
    long fixed;
    for (;;) {
        strbuf head = STRBUF_INIT;
        put_prompt_head(&head, p, date, NULL);
        fixed = tok(system_prompt) + tok(head.data) + tok(prompt_tail);
        strbuf_free(&head);
        for (size_t i = 0; i < p->src.n; i++) {
            strbuf hdr = STRBUF_INIT;
            src_text tmp = p->src.v[i];
            tmp.sent = NULL;
            put_source(&hdr, i, &tmp);
            fixed += tok(hdr.data) + 1; /* the text's line end */
            strbuf_free(&hdr);
        }
        if (fixed <= budget || p->src.n <= 1)
            break;
        free(p->src.v[p->src.n - 1].sent);
        p->src.n--;
        log_debug("llm: %s: a source left out to stay within %ld tokens", p->label, budget);
    }
    long room = budget - fixed;
    if (room < 0)
        room = 0;

    char **clean = xcalloc(p->src.n ? p->src.n : 1, sizeof *clean);
    long *need = xcalloc(p->src.n ? p->src.n : 1, sizeof *need);
    long src_need = 0;
    for (size_t i = 0; i < p->src.n; i++) {
        clean[i] = without_urls(p->src.v[i].text);
        need[i] = tok(clean[i]) + 1; /* + the ellipsis a cut adds */
        src_need += need[i];
    }
    long draft_need = p->draft && *p->draft ? tok(draft_intro) + tok(p->draft) + 1 : 0;
    char *draft = NULL;
    if (draft_need) {
        long draft_room = draft_need + src_need <= room ? draft_need
                          : room - src_need > room / 3  ? room - src_need
                                                        : room / 3;
        if (draft_room >= draft_need)
            draft = xstrdup(p->draft);
        else if (draft_room - tok(draft_intro) - 2 >= SOURCE_MIN_TOKENS)
            draft = trim_to_tokens(p->draft, draft_room - tok(draft_intro) - 2);
        if (draft)
            room -= tok(draft_intro) + tok(draft) + 1;
    }
    long cap = -1;
    if (src_need > room) {
        long lo = 0, hi = room > 0 ? room : 0;
        while (lo < hi) {
            long mid = (lo + hi + 1) / 2, sum = 0;
            for (size_t i = 0; i < p->src.n; i++)
                sum += need[i] < mid ? need[i] : mid;
            if (sum <= room)
                lo = mid;
            else
                hi = mid - 1;
        }
        cap = lo;
    }
    for (size_t i = 0; i < p->src.n; i++) {
        free(p->src.v[i].sent);
        if (cap < 0 || need[i] <= cap)
            p->src.v[i].sent = xstrdup(clean[i]);
        else if (cap >= SOURCE_MIN_TOKENS)
            p->src.v[i].sent = trim_to_tokens(clean[i], cap - 1);
        else
            p->src.v[i].sent = xstrdup(""); /* its title alone */
        free(clean[i]);
    }
    free(clean);
    free(need);

    strbuf sb = STRBUF_INIT;
    put_prompt_head(&sb, p, date, draft);
    free(draft);
    for (size_t i = 0; i < p->src.n; i++)
        put_source(&sb, i, &p->src.v[i]);
    strbuf_puts(&sb, prompt_tail);
    return strbuf_detach(&sb);
}

static llm_evidence *part_evidence(const part *p, const char *date, const digest *d)
{
    llm_evidence *ev = llm_evidence_create();
    llm_evidence_add(ev, date);
    llm_evidence_add(ev, p->subject);
    llm_evidence_add(ev, p->draft);
    for (size_t i = 0; i < p->nextra; i++)
        llm_evidence_add(ev, p->extra[i]);
    for (size_t i = 0; i < p->src.n; i++) {
        llm_evidence_add(ev, p->src.v[i].name);
        llm_evidence_add(ev, p->src.v[i].title);
        llm_evidence_add(ev, p->src.v[i].sent);
    }
    for (size_t i = 0; i < d->nglossary; i++)
        llm_evidence_add_term(ev, d->glossary[i].term);
    return ev;
}

static void part_free(part *p)
{
    free(p->label);
    src_set_free(&p->src);
    free(p->extra);
}

/* ---- one part ------------------------------------------------------------- */

static void give_up(llm_writer *w, llm_stats *stats, const char *why)
{
    if (w->disabled)
        return;
    w->disabled = 1;
    stats->endpoint_disabled = 1;
    log_warn("llm: giving up on %s for this run (%s); the remaining parts keep the extractive text", w->shown_url,
             why);
}

/* An error that says the prompt was too long for the model ("maximum context length"...). */
static int too_long_for_endpoint(const char *why)
{
    static const char *const words[] = {"context", "too long", "too many tokens", "maximum", "exceed"};
    if (!why)
        return 0;
    for (size_t i = 0; i < SD_ARRAY_LEN(words); i++)
        for (const char *p = why; *p; p++)
            if (strncasecmp(p, words[i], strlen(words[i])) == 0)
                return 1;
    return 0;
}

/* Verified text for a part, or NULL (the part keeps its extractive text). */
static char *run_part(llm_writer *w, store *st, part *p, const char *date, const digest *d, llm_stats *stats)
{
    stats->parts++;
    if (w->disabled || p->src.n == 0 || !p->draft || !*p->draft) {
        stats->parts_extractive++;
        return NULL;
    }
    char *prompt = build_prompt(w, p, date);
    llm_evidence *ev = part_evidence(p, date, d);
    llm_rules rules;
    llm_rules_init(&rules, p->src.n, specs[p->kind].max_chars);
    rules.max_sentences = specs[p->kind].max_sentences;
    rules.max_paragraphs = specs[p->kind].max_paragraphs;
    if (p->kind == PART_HEADLINE) {
        rules.min_chars = 5;
        rules.no_final_stop = 1;
        rules.max_sentences = 0;
    }
    char key[65];
    cache_key(w, prompt, key);
    char *text = NULL, *why = NULL;

    char *cached = cache_get(w, st, key);
    if (cached) {
        if (llm_verify_answer(cached, &rules, ev, &text, NULL, NULL, &why) == 0) {
            stats->cache_hits++;
            stats->parts_llm++;
            free(cached);
            goto out;
        }
        log_info("llm: %s: the cached answer no longer passes (%s); asking again", p->label, why);
        free(why);
        why = NULL;
        free(cached);
    }

    int endpoint_bad = 1, shrunk = 0;
    for (int attempt = 0; attempt < w->s.attempts && !text; attempt++) {
        const char *user = prompt;
        char *retry_prompt = NULL;
        if (attempt > 0 && why) {
            retry_prompt = xasprintf("%s\n\n前回の回答は採用されませんでした（理由: %s）。"
                                     "条件と規則を守って書き直してください。", prompt, why);
            user = retry_prompt;
        }
        free(why);
        why = NULL;
        llm_reply reply;
        char *fail_why = NULL;
        enum llm_failure f = llm_client_chat(w->client, system_prompt, user, &reply, stats, &fail_why);
        free(retry_prompt);
        int last = attempt + 1 >= w->s.attempts;
        if (f == LLM_OK) {
            endpoint_bad = 0;
            if (llm_verify_answer(reply.content, &rules, ev, &text, NULL, NULL, &why) == 0) {
                cache_put(w, st, key, reply.content);
            } else {
                stats->rejected++;
                log_warn("llm: %s: rejected (%s); %s", p->label, why,
                         last ? "using the extractive text" : "retrying");
            }
            llm_reply_clear(&reply);
            continue;
        }
        if (f == LLM_FAIL_PROTOCOL) {
            /* A reply, but not one we could read: logged like a rejected answer
             * (counted among the failed exchanges, not the answers). */
            log_warn("llm: %s: rejected (%s); %s", p->label, fail_why, last ? "using the extractive text" : "retrying");
            why = fail_why;
            continue;
        }
        if (f == LLM_FAIL_LIMIT) {
            stats->limit_reached = 1;
            log_warn("llm: %s: %s; this and the remaining parts keep the extractive text", p->label, fail_why);
            w->disabled = 1;
            free(fail_why);
            endpoint_bad = 0;
            break;
        }
        if (f == LLM_FAIL_HTTP && !shrunk && too_long_for_endpoint(fail_why) && w->s.max_input_tokens >= 1000) {
            /* The server's context is smaller than max_input_tokens: halve the
             * budget for the rest of the run and ask again with less text. */
            w->s.max_input_tokens /= 2;
            log_warn("llm: %s: the endpoint refused a long prompt (%s); sending at most %ld tokens from now on",
                     p->label, fail_why, w->s.max_input_tokens);
            free(fail_why);
            free(prompt);
            prompt = build_prompt(w, p, date);
            llm_evidence_free(ev);
            ev = part_evidence(p, date, d);
            rules.nsources = p->src.n;
            shrunk = 1;
            attempt--;
            continue;
        }
        log_warn("llm: %s: request failed (%s); using the extractive text", p->label,
                 fail_why ? fail_why : "unknown error");
        if (f == LLM_FAIL_CONNECT || f == LLM_FAIL_CONFIG)
            give_up(w, stats, fail_why);
        if (f == LLM_FAIL_TIMEOUT && ++w->timeout_parts >= TIMEOUT_PARTS_MAX) {
            char *r = xasprintf("%d parts in a row timed out", w->timeout_parts);
            give_up(w, stats, r);
            free(r);
        }
        free(fail_why);
        break;
    }
    if (!text) {
        if (endpoint_bad && !w->disabled && ++w->endpoint_bad_parts >= ENDPOINT_BAD_PARTS_MAX) {
            char *r = xasprintf("%d parts in a row without a usable answer", w->endpoint_bad_parts);
            give_up(w, stats, r);
            free(r);
        }
        stats->parts_extractive++;
    } else {
        w->endpoint_bad_parts = 0;
        stats->parts_llm++;
    }
    if (!endpoint_bad)
        w->endpoint_bad_parts = w->timeout_parts = 0;
out:
    free(why);
    free(prompt);
    llm_evidence_free(ev);
    return text;
}

/* ---- the digest ------------------------------------------------------------ */

static const char *const LLM = "llm";

static void replace_str(char **slot, char *text)
{
    free(*slot);
    *slot = text;
}

static int english_only(const digest_story *s)
{
    for (size_t k = 0; k < s->nsources; k++)
        if (sd_streq(s->sources[k].language, "ja"))
            return 0;
    return s->nsources > 0;
}

/* Replace every occurrence of `from` in *slot by `to`. */
static void replace_all(char **slot, const char *from, const char *to)
{
    if (!*slot || !from || !*from || !strstr(*slot, from))
        return;
    strbuf sb = STRBUF_INIT;
    const char *p = *slot;
    for (const char *q = strstr(p, from); q; q = strstr(p, from)) {
        strbuf_append(&sb, p, (size_t)(q - p));
        strbuf_puts(&sb, to);
        p = q + strlen(from);
    }
    strbuf_puts(&sb, p);
    replace_str(slot, strbuf_detach(&sb));
}

static char *joined(char **v, size_t n)
{
    strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < n; i++) {
        if (i)
            strbuf_putc(&sb, '\n');
        strbuf_puts(&sb, v[i]);
    }
    return strbuf_detach(&sb);
}

/* The stories the deep dive covers: its main story and the key points of the same category. */
static size_t deep_members(const digest *d, size_t *out, size_t max)
{
    size_t n = 0;
    if (d->deep_story >= d->nstories)
        return 0;
    out[n++] = d->deep_story;
    for (size_t i = 0; i < d->nkey_points && n < max; i++) {
        size_t k = d->key_points[i].story;
        if (k != d->deep_story && k < d->nstories && d->stories[k].category == d->stories[d->deep_story].category)
            out[n++] = k;
    }
    return n;
}

static void part_init(part *p, enum part_kind kind, char *label, const char *subject, const char *draft)
{
    memset(p, 0, sizeof *p);
    p->kind = kind;
    p->label = label;
    p->subject = subject;
    p->draft = draft;
}

static void part_add_story(part *p, const day_analysis *a, const digest *d, size_t si)
{
    add_story_sources(&p->src, a, &d->stories[si]);
    p->extra = xrealloc(p->extra, (p->nextra + 1) * sizeof *p->extra);
    p->extra[p->nextra++] = d->stories[si].headline;
}

int llm_rewrite_digest(llm_writer *w, store *st, const day_analysis *a, digest *d, llm_stats *stats, sd_err *err)
{
    if (!w || !d || !stats)
        return sd_err_set(err, "llm: nothing to rewrite");
    if (d->nstories == 0)
        return 0; /* an empty day: only our own fixed wording, nothing to source */
    char date[32];
    date_ja(d->date, date);
    int any = 0;

    /* 1. Headlines of stories reported only in English: everything else quotes them. */
    for (size_t i = 0; i < d->nstories; i++) {
        digest_story *s = &d->stories[i];
        if (!english_only(s))
            continue;
        part p;
        part_init(&p, PART_HEADLINE, xasprintf("story %zu headline", i + 1), s->headline, s->headline);
        part_add_story(&p, a, d, i);
        char *t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        if (!t)
            continue;
        char *old = s->headline;
        s->headline = t;
        s->headline_writer = LLM;
        for (size_t k = 0; k < d->nkey_points; k++)
            if (d->key_points[k].story == i && sd_streq(d->key_points[k].headline, old))
                replace_str(&d->key_points[k].headline, xstrdup(t));
        if (s->entry && sd_starts_with(s->entry, old)) {
            char *e = xasprintf("%s%s", t, s->entry + strlen(old));
            replace_str(&s->entry, e);
        }
        /* The program's own sentences that quote the headline follow it
         * (they are also the drafts of the parts asked for below). */
        replace_all(&d->deep_topic, old, t);
        replace_all(&d->deep_body, old, t);
        for (size_t k = 0; k < d->ndeep_sections; k++)
            replace_all(&d->deep_sections[k].body, old, t);
        replace_all(&d->outlook, old, t);
        replace_all(&d->conclusion, old, t);
        free(old);
        any = 1;
    }

    /* 2. Key points. */
    for (size_t k = 0; k < d->nkey_points; k++) {
        digest_key_point *kp = &d->key_points[k];
        if (kp->story >= d->nstories)
            continue;
        part p;
        part_init(&p, PART_KEY_POINT, xasprintf("key point %zu", k + 1), kp->headline, kp->summary);
        part_add_story(&p, a, d, kp->story);
        char *t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        if (t) {
            replace_str(&kp->summary, t);
            kp->writer = LLM;
            any = 1;
        }
    }

    /* 3. Each story: summary, then its ニュース紹介 paragraphs. */
    for (size_t i = 0; i < d->nstories; i++) {
        digest_story *s = &d->stories[i];
        part p;
        char *old_summary = s->summary ? xstrdup(s->summary) : NULL;
        part_init(&p, PART_SUMMARY, xasprintf("story %zu summary", i + 1), s->headline, s->summary);
        part_add_story(&p, a, d, i);
        char *t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        if (t) {
            if (s->entry && old_summary && strcmp(s->entry, old_summary) == 0)
                replace_str(&s->entry, xstrdup(t));
            replace_str(&s->summary, t);
            s->summary_writer = LLM;
            any = 1;
        }
        free(old_summary);

        char *draft = joined(s->paragraphs, s->nparagraphs);
        part_init(&p, PART_BODY, xasprintf("story %zu paragraphs", i + 1), s->headline, draft);
        part_add_story(&p, a, d, i);
        t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        free(draft);
        if (t) {
            for (size_t k = 0; k < s->nparagraphs; k++)
                free(s->paragraphs[k]);
            free(s->paragraphs);
            s->paragraphs = NULL;
            s->nparagraphs = 0;
            for (char *q = t; *q;) {
                char *nl = strchr(q, '\n');
                size_t n = nl ? (size_t)(nl - q) : strlen(q);
                if (n) {
                    s->paragraphs = xrealloc(s->paragraphs, (s->nparagraphs + 1) * sizeof *s->paragraphs);
                    s->paragraphs[s->nparagraphs++] = xstrndup(q, n);
                }
                q += n + (nl ? 1 : 0);
            }
            free(t);
            s->paragraphs_writer = LLM;
            any = 1;
        }
        if (s->headline_writer || s->summary_writer || s->paragraphs_writer)
            s->writer = LLM;
    }

    /* 4. The deep dive, over the stories it covers. */
    size_t members[16];
    size_t nm = deep_members(d, members, SD_ARRAY_LEN(members));
    int deep_any = 0;
    if (nm > 0 && d->deep_body) {
        part p;
        part_init(&p, PART_DEEP_BODY, xstrdup("deep dive body"), d->deep_topic, d->deep_body);
        for (size_t m = 0; m < nm; m++)
            part_add_story(&p, a, d, members[m]);
        char *t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        if (t) {
            replace_str(&d->deep_body, t);
            d->deep_body_writer = LLM;
            deep_any = 1;
        }
    }
    for (size_t i = 0; nm > 0 && i < d->ndeep_sections; i++) {
        digest_section *sec = &d->deep_sections[i];
        part p;
        part_init(&p, PART_DEEP_SECTION, xasprintf("deep dive section %zu (%s)", i + 1, sec->title), sec->title,
                  sec->body);
        for (size_t m = 0; m < nm; m++)
            part_add_story(&p, a, d, members[m]);
        char *t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        if (t) {
            replace_str(&sec->body, t);
            sec->writer = LLM;
            deep_any = 1;
        }
    }
    if (nm > 0 && d->outlook) {
        part p;
        part_init(&p, PART_OUTLOOK, xstrdup("outlook"), d->deep_topic, d->outlook);
        for (size_t m = 0; m < nm; m++)
            part_add_story(&p, a, d, members[m]);
        char *t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        if (t) {
            replace_str(&d->outlook, t);
            d->outlook_writer = LLM;
            deep_any = 1;
        }
    }

    /* 5. The conclusion, over the key points (and the deep dive's stories). */
    if (d->conclusion) {
        part p;
        part_init(&p, PART_CONCLUSION, xstrdup("conclusion"), NULL, d->conclusion);
        for (size_t k = 0; k < d->nkey_points; k++)
            if (d->key_points[k].story < d->nstories)
                part_add_story(&p, a, d, d->key_points[k].story);
        for (size_t m = 0; m < nm; m++)
            part_add_story(&p, a, d, members[m]);
        char *t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        if (t) {
            replace_str(&d->conclusion, t);
            d->conclusion_writer = LLM;
            any = 1;
        }
    }

    /* 6. Glossary: reworded from the bundled definition alone. */
    for (size_t i = 0; i < d->nglossary; i++) {
        digest_term *g = &d->glossary[i];
        part p;
        part_init(&p, PART_GLOSSARY, xasprintf("glossary %zu (%s)", i + 1, g->term), g->term, g->definition);
        src_add(&p.src, "secdigest 用語集", g->term, "ja", g->definition);
        char *t = run_part(w, st, &p, date, d, stats);
        part_free(&p);
        if (t) {
            replace_str(&g->definition, t);
            g->writer = LLM;
            deep_any = 1;
        }
    }
    if (deep_any) {
        d->deep_writer = LLM;
        any = 1;
    }
    if (any)
        d->writer = LLM;
    return 0;
}
